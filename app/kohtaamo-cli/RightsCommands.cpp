#include "RightsCommands.h"

#include "CliCommands.h"
#include "CliOptions.h"
#include "TerminalText.h"

#include "SubjectAccessDocument.h"
#include "common/PrivateFile.h"
#include "office/DatabaseLocation.h"
#include "office/OfficeService.h"

#include <QGuiApplication>
#include <QJsonDocument>
#include <QLocale>

namespace Kohtaamo::Cli {

namespace {
int fail(Context &c, const Error &error)
{
    c.err << error.message << '\n';
    return exitCodeFor(error);
}

// The person's rights are exercised by a coordinator, with their role: the login running the command.
bool actAsLogin(Context &c)
{
    if (Status s = c.office.actAs(c.login); !s) {
        c.err << s.error().message << '\n';
        return false;
    }
    return true;
}

// The worker named by --worker, or 0 after saying what is wrong.
qint64 workerId(Context &c)
{
    bool ok = false;
    const qint64 id = c.options.value(QStringLiteral("worker")).toLongLong(&ok);
    if (!ok || id <= 0) {
        c.err << RightsCommands::tr("Give the worker's id with --worker ID (the number in the worker register).")
              << '\n';
        return 0;
    }
    return id;
}
} // namespace

int RightsCommands::eraseWorker(Context &c)
{
    const qint64 id = workerId(c);
    if (id == 0)
        return BadUsage;
    if (!actAsLogin(c))
        return Failure;
    auto worker = c.office.worker(id);
    if (!worker)
        return fail(c, worker.error());
    if (!c.options.flag(QStringLiteral("yes"))) {
        c.err << tr("This erases %1's personal data everywhere in the office, old values in the audit log included. "
                    "It cannot be undone. Run the command again with --yes to erase.")
                     .arg(TerminalText::field(worker->displayName))
              << '\n';
        return BadUsage;
    }
    auto erased = c.office.eraseWorker(id, worker->version);
    if (!erased)
        return fail(c, erased.error());
    c.out << tr("Erased worker #%1: %2 audit entries scrubbed, %3 messages removed, %4 texts scrubbed.")
                 .arg(id)
                 .arg(erased->auditEntriesScrubbed)
                 .arg(erased->messagesRemoved)
                 .arg(erased->textsScrubbed)
          << '\n';
    return Ok;
}

int RightsCommands::retention(Context &c)
{
    if (!actAsLogin(c))
        return Failure;
    auto due = c.office.retentionDue();
    if (!due)
        return fail(c, due.error());
    const QLocale locale;
    if (due->leftYears == 0)
        c.out << tr("Erasing workers who left: off.") << '\n';
    else
        c.out << tr("Workers who left before %1 (the rule: erase after %2 years): %3")
                     .arg(locale.toString(due->leftBefore, QLocale::ShortFormat))
                     .arg(due->leftYears)
                     .arg(due->workers.size())
              << '\n';
    for (const RetentionDue::Worker &w : std::as_const(due->workers))
        c.out << tr("  #%1 %2, left on %3")
                     .arg(w.id)
                     .arg(TerminalText::field(w.name), locale.toString(w.leftOn, QLocale::ShortFormat))
              << '\n';
    if (due->auditYears == 0)
        c.out << tr("Pruning the audit log: off.") << '\n';
    else if (due->auditEntries == 0)
        c.out << tr("Audit entries older than %1 years holding personal data: none.").arg(due->auditYears) << '\n';
    else
        c.out << tr("Audit entries older than %1 years holding personal data: %2 (%3 to %4)")
                     .arg(due->auditYears)
                     .arg(due->auditEntries)
                     .arg(locale.toString(due->auditFirst.toLocalTime().date(), QLocale::ShortFormat),
                          locale.toString(due->auditLast.toLocalTime().date(), QLocale::ShortFormat))
              << '\n';
    if (!c.options.flag(QStringLiteral("apply")))
        return Ok;
    if (due->isEmpty()) {
        c.out << tr("Nothing is due.") << '\n';
        return Ok;
    }
    if (!c.options.flag(QStringLiteral("yes"))) {
        c.err << tr("This erases the workers listed and prunes the audit entries' personal values. It cannot be "
                    "undone. Run the command again with --apply --yes to apply.")
              << '\n';
        return BadUsage;
    }
    auto applied = c.office.applyRetention(*due);
    if (!applied)
        return fail(c, applied.error());
    c.out << tr("Workers erased: %1. Audit entries pruned: %2.")
                 .arg(applied->erasures.size())
                 .arg(applied->auditEntriesPruned)
          << '\n';
    return Ok;
}

int RightsCommands::subjectAccess(Context &c)
{
    const qint64 id = workerId(c);
    if (id == 0)
        return BadUsage;
    const QString json = c.options.value(QStringLiteral("json"));
    const QString pdf = c.options.value(QStringLiteral("pdf"));
    if (json.isEmpty() && pdf.isEmpty()) {
        c.err << tr("Give --json FILE, --pdf FILE or both.") << '\n';
        return BadUsage;
    }
    if (!pdf.isEmpty() && !qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
        c.err << tr("The PDF cannot be drawn here (no graphical application object).") << '\n';
        return Failure;
    }
    if (!actAsLogin(c))
        return Failure;
    auto data = c.office.subjectAccess(id);
    if (!data)
        return fail(c, data.error());
    if (!json.isEmpty()) {
        if (Status s = PrivateFile::write(json, QJsonDocument(*data).toJson(QJsonDocument::Indented)); !s)
            return fail(c, s.error());
        c.err << tr("Wrote the subject access data to %1.").arg(json) << '\n';
    }
    if (!pdf.isEmpty()) {
        const QString office = c.options.has(QStringLiteral("office-name"))
            ? c.options.value(QStringLiteral("office-name"))
            : c.office.location().displayName();
        auto pages = SubjectAccessDocument(*data, office, QLocale(QLocale::English, QLocale::Finland)).writePdf(pdf);
        if (!pages)
            return fail(c, pages.error());
        c.err << tr("Wrote the subject access document (%1 pages) to %2.").arg(*pages).arg(pdf) << '\n';
    }
    return Ok;
}

} // namespace Kohtaamo::Cli
