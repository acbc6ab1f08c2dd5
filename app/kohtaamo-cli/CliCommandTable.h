#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QList>

namespace Kohtaamo::Cli {

// kohtaamo-cli's commands with their options, and the overview that `kohtaamo-cli help` prints. Built on each call, so
// the texts are translated in the language installed at the time.
class CliCommandTable
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::CliCommandTable)
public:
    static QList<CliCommand> commands();
    // The command called name, or nullptr.
    static const CliCommand *find(const QList<CliCommand> &commands, const QString &name);
    // Usage, the commands with their summaries, the database address, where the formats are described, exit codes.
    static QString overview();
};

} // namespace Kohtaamo::Cli
