#include "AuditCommands.h"

#include "CliCommands.h"
#include "CliOptions.h"
#include "TerminalText.h"

#include "audit/AuditTexts.h"
#include "office/OfficeService.h"

#include <QLocale>

namespace Kohtaamo::Cli {

namespace {
int verify(Context &c)
{
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
} // namespace

int AuditCommands::audit(Context &c)
{
    const QString action = c.options.positional(0);
    if (action == QLatin1String("verify"))
        return verify(c);
    if (action == QLatin1String("list"))
        return list(c);
    c.err << tr("Unknown audit action %1: use verify or list.").arg(TerminalText::field(action)) << '\n';
    return BadUsage;
}

int AuditCommands::list(Context &c)
{
    const CliOptions &options = c.options;
    AuditFilter filter;
    int limit = 50;
    if (!options.intValue(QStringLiteral("limit"), limit, 1, 100000, c.err)
        || !options.dateValue(QStringLiteral("from"), filter.from, c.err)
        || !options.dateValue(QStringLiteral("to"), filter.to, c.err))
        return BadUsage;
    if (options.has(QStringLiteral("worker"))) {
        bool ok = false;
        filter.workerId = options.value(QStringLiteral("worker")).toLongLong(&ok);
        if (!ok || filter.workerId <= 0) {
            c.err << tr("--worker: give the worker's id (the number in the worker register).") << '\n';
            return BadUsage;
        }
    }
    filter.actor = options.value(QStringLiteral("coordinator")).trimmed().toLower();
    // The log is read as the login running the command, with its role: admins only.
    if (Status s = c.office.actAs(c.login); !s) {
        c.err << s.error().message << '\n';
        return exitCodeFor(s.error());
    }
    if (Status s = c.office.mayReadAudit(); !s) {
        c.err << s.error().message << '\n';
        return Failure;
    }
    if (options.has(QStringLiteral("request"))) {
        auto request = c.office.requestByReference(options.value(QStringLiteral("request")).trimmed());
        if (!request) {
            c.err << request.error().message << '\n';
            return exitCodeFor(request.error());
        }
        filter.table = QStringLiteral("requests");
        filter.recordId = request->id;
    }
    auto page = c.office.auditLog(filter, 0, limit);
    if (!page) {
        c.err << page.error().message << '\n';
        return exitCodeFor(page.error());
    }
    auto total = c.office.auditLogCount(filter);
    if (!total) {
        c.err << total.error().message << '\n';
        return exitCodeFor(total.error());
    }
    // Tab-separated, newest first: for reading and for scripts. Every value from the data through TerminalText.
    c.out << QStringList { tr("Entry"), tr("When"), tr("Coordinator"), tr("Action"), tr("Record"), tr("Changes") }.join(
        QLatin1Char('\t'))
          << '\n';
    for (const AuditLogEntry &e : *page) {
        const QString who
            = e.actorName.isEmpty() ? e.entry.actor : QStringLiteral("%1 (%2)").arg(e.actorName, e.entry.actor);
        c.out << QStringList { QString::number(e.entry.id),
                               e.entry.at.toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")),
                               TerminalText::field(who),
                               TerminalText::field(AuditTexts::action(e.entry)),
                               TerminalText::field(AuditTexts::record(e)),
                               TerminalText::cell(AuditTexts::changes(e.entry, QStringLiteral("; "), 80)) }
                     .join(QLatin1Char('\t'))
              << '\n';
    }
    c.err << tr("%n of %1 entries shown, newest first.", nullptr, int(page->size())).arg(*total) << '\n';
    return Ok;
}

} // namespace Kohtaamo::Cli
