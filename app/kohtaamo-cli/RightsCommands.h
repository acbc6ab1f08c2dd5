#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace Kohtaamo::Cli {

// The person's rights (docs/data-protection.md): `erase-worker --worker ID --yes` erases a worker (admins only);
// `subject-access --worker ID --json FILE --pdf FILE` writes everything held about them, private to the user;
// `retention [--apply --yes]` lists the cases the retention rules find due and applies them (admins only).
class RightsCommands
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::RightsCommands)
public:
    static int eraseWorker(Context &c);
    static int subjectAccess(Context &c);
    // `retention [--apply --yes]`: lists what the retention rules find due; applies it (admins only).
    static int retention(Context &c);
};

} // namespace Kohtaamo::Cli
