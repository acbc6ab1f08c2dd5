#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace Kohtaamo::Cli {

// The person's rights (docs/data-protection.md): `erase-worker --worker ID --yes` erases a worker (admins only);
// `subject-access --worker ID --json FILE --pdf FILE` writes everything held about them, private to the user.
class RightsCommands
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::RightsCommands)
public:
    static int eraseWorker(Context &c);
    static int subjectAccess(Context &c);
};

} // namespace Kohtaamo::Cli
