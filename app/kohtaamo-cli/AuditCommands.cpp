#include "AuditCommands.h"

#include "CliCommands.h"
#include "CliOptions.h"
#include "TerminalText.h"

#include "office/OfficeService.h"

namespace Kohtaamo::Cli {

int AuditCommands::audit(Context &c)
{
    const QString action = c.options.positional(0);
    if (action != QLatin1String("verify")) {
        c.err << tr("Unknown audit action %1: use verify.").arg(TerminalText::field(action)) << '\n';
        return BadUsage;
    }
    auto verification = c.office.verifyAudit();
    if (!verification) {
        c.err << verification.error().message << '\n';
        return exitCodeFor(verification.error());
    }
    if (!verification->intact()) {
        c.err << verification->message << '\n';
        return Failure;
    }
    c.out << verification->message << '\n';
    return Ok;
}

} // namespace Kohtaamo::Cli
