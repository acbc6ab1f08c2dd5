#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace Kohtaamo::Cli {

// `audit verify`: walks the audit log's hash chain (docs/data-protection.md) and says whether it is intact (exit 0)
// or names the first entry edited or removed (exit 1).
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::AuditCommands)
public:
    static int audit(Context &c);
};

} // namespace Kohtaamo::Cli
