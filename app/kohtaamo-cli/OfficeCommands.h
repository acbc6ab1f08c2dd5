#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace Kohtaamo::Cli {

// `info`: the schema version and the rows of each table. `demo [--workers N] [--requests M] [--seed S]
// [--today D]`: a deterministic demo office into an empty database (DemoGenerator through the office service).
class OfficeCommands
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::OfficeCommands)
public:
    static int info(Context &c);
    static int init(Context &c);
    static int demo(Context &c);
};

} // namespace Kohtaamo::Cli
