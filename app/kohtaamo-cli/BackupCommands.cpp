#include "BackupCommands.h"

#include "CliCommands.h"
#include "CliOptions.h"
#include "SecretPrompt.h"
#include "TerminalText.h"

#include "office/OfficeService.h"

namespace Kohtaamo::Cli {

namespace {
constexpr const char *kPassphraseVariable = "KOHTAAMO_BACKUP_PASSPHRASE";
} // namespace

int BackupCommands::backup(Context &c)
{
    const QString path = c.options.positional(0);
    auto passphrase = SecretPrompt::read(kPassphraseVariable, tr("Passphrase for the backup: "), true, c.err);
    if (!passphrase)
        return BadUsage;
    const Status s = c.office.writeBackup(path, *passphrase);
    passphrase->fill(QLatin1Char('\0'));
    if (!s) {
        c.err << s.error().message << '\n';
        return exitCodeFor(s.error());
    }
    c.out << tr("Encrypted backup written to %1.").arg(TerminalText::field(path)) << '\n';
    return Ok;
}

int BackupCommands::restore(Context &c)
{
    const QString path = c.options.positional(0);
    auto passphrase = SecretPrompt::read(kPassphraseVariable, tr("Passphrase of the backup: "), false, c.err);
    if (!passphrase)
        return BadUsage;
    const Status s = c.office.restoreBackup(path, *passphrase);
    passphrase->fill(QLatin1Char('\0'));
    if (!s) {
        c.err << s.error().message << '\n';
        return exitCodeFor(s.error());
    }
    c.out << tr("The office was restored from %1.").arg(TerminalText::field(path)) << '\n';
    return Ok;
}

} // namespace Kohtaamo::Cli
