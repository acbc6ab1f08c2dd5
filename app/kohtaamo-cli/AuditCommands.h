#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace Kohtaamo::Cli {

// `audit verify`: walks the audit log's hash chain (docs/data-protection.md) and says whether it is intact (exit 0)
// or names the first entry edited or removed (exit 1). `audit list`: the entries a filter leaves, newest first, as the
// audit viewer shows them (admins only, acting as the login that runs it).
class AuditCommands
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::AuditCommands)
public:
    static int audit(Context &c);
    static int list(Context &c);
};

} // namespace Kohtaamo::Cli
