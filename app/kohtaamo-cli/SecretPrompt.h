#pragma once

#include <QCoreApplication>
#include <QString>
#include <QTextStream>

#include <optional>

namespace Kohtaamo::Cli {

// A password or passphrase for kohtaamo-cli, never from the command line: from the environment variable `variable`
// (for scheduled jobs), else asked on the terminal without echo (twice when `confirm`). Empty optional, with a message
// on err, when there is none.
class SecretPrompt
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::SecretPrompt)
public:
    static std::optional<QString> read(const char *variable, const QString &prompt, bool confirm, QTextStream &err);
};

} // namespace Kohtaamo::Cli
