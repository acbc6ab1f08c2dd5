#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace Kohtaamo::Cli {

// `import-workers FILE [--map field=column …] [--organisation NAME] [--dry-run]`: a worker register kept in a
// spreadsheet (CSV or XLSX), its columns guessed from their headers or mapped with --map, every row checked with the
// worker form's rules and stored all or nothing (OfficeService::importWorkerRegister). --dry-run only prints what would
// happen. Refused rows are named with their row and column; exit 2 when any is refused.
class WorkerImportCommands
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::WorkerImportCommands)
public:
    static int importWorkers(Context &c);
};

} // namespace Kohtaamo::Cli
