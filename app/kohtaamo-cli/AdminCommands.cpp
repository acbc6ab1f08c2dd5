#include "AdminCommands.h"

#include "CliCommands.h"
#include "CliOptions.h"
#include "SecretPrompt.h"
#include "TerminalText.h"

#include "office/OfficeService.h"

namespace Kohtaamo::Cli {

namespace {
constexpr const char *kPasswordVariable = "KOHTAAMO_COORDINATOR_PASSWORD";

int initPostgres(Context &c)
{
    if (Status s = c.office.initPostgres(); !s) {
        c.err << s.error().message << '\n';
        return exitCodeFor(s.error());
    }
    c.out << AdminCommands::tr("The roles kohtaamo_viewer, kohtaamo_coordinator and kohtaamo_admin, their privileges, "
                               "the row-level security policies and the append-only audit log are in place.")
          << '\n';
    return Ok;
}

int addCoordinator(Context &c)
{
    CoordinatorLogin request;
    request.login = c.options.value(QStringLiteral("login")).trimmed();
    request.organisation = c.options.value(QStringLiteral("organisation"));
    request.displayName = c.options.value(QStringLiteral("name"));
    if (request.login.isEmpty() || request.organisation.isEmpty()) {
        c.err << AdminCommands::tr("add-coordinator needs --login and --organisation.") << '\n';
        return BadUsage;
    }
    const QString roleText = c.options.has(QStringLiteral("role")) ? c.options.value(QStringLiteral("role"))
                                                                   : QStringLiteral("coordinator");
    const auto role = coordinatorRoleFromCode(roleText.trimmed().toLower());
    if (!role) {
        c.err << AdminCommands::tr("Unknown role %1: use admin, coordinator or viewer.")
                     .arg(TerminalText::field(roleText))
              << '\n';
        return BadUsage;
    }
    request.role = *role;
    auto password = SecretPrompt::read(
        kPasswordVariable, AdminCommands::tr("Password for %1: ").arg(TerminalText::field(request.login)), true, c.err);
    if (!password)
        return BadUsage;
    request.password = *password;
    auto saved = c.office.addCoordinatorLogin(request);
    request.password.fill(QLatin1Char('\0'));
    if (!saved) {
        c.err << saved.error().message << '\n';
        return exitCodeFor(saved.error());
    }
    c.out << AdminCommands::tr("The login %1 can connect as a %2 of “%3”.")
                 .arg(TerminalText::field(saved->username), toCode(saved->role),
                      TerminalText::field(request.organisation.trimmed()))
          << '\n';
    return Ok;
}
} // namespace

int AdminCommands::admin(Context &c)
{
    const QString action = c.options.positional(0);
    if (action == QLatin1String("init-postgres"))
        return initPostgres(c);
    if (action == QLatin1String("add-coordinator"))
        return addCoordinator(c);
    c.err << tr("Unknown admin action %1: use init-postgres or add-coordinator.").arg(TerminalText::field(action))
          << '\n';
    return BadUsage;
}

} // namespace Kohtaamo::Cli
