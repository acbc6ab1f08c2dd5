#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace Kohtaamo::Cli {

// `backup FILE` / `restore FILE`: an encrypted backup of an SQLite office (libsodium; docs/data-protection.md). The
// passphrase is asked on the terminal without echo, or taken from KOHTAAMO_BACKUP_PASSPHRASE for scheduled jobs.
class BackupCommands
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::BackupCommands)
public:
    static int backup(Context &c);
    static int restore(Context &c);
};

} // namespace Kohtaamo::Cli
