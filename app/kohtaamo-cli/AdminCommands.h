#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace Kohtaamo::Cli {

// `admin init-postgres`: the roles, privileges, row-level security and append-only audit of a shared PostgreSQL
// database. `admin add-coordinator --login L --organisation O --role R [--name N]`: a coordinator's own database
// login (password from KOHTAAMO_COORDINATOR_PASSWORD or asked on the terminal, never on the command line) and their
// coordinator record. docs/shared-database.md.
class AdminCommands
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::AdminCommands)
public:
    static int admin(Context &c);
};

} // namespace Kohtaamo::Cli
