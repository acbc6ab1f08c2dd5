// OfficeService: retention (docs/data-protection.md, Retention). The office's rules (Settings ▸ Retention) say after
// how many years a worker who left is erased and the audit log's old values lose what is personal. Nothing happens by
// itself: retentionDue() lists the due cases (an admin sees them on Today, or `kohtaamo-cli retention`), and
// applyRetention() does what the admin confirmed, in one transaction: each worker is erased by erasure's own code
// (eraseWithinRun), then the audit entries are pruned and the chain sealed again as erasure does.
#include "OfficeRun.h"

#include "common/Clock.h"
#include "repositories/OfficeSettingsRepository.h"
#include "storage/AuditChain.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

namespace Kohtaamo {

namespace {
const QString kPruned = QStringLiteral("[pruned]");

// The fields of audited records whose values are about a person: what erasure clears on a worker's record, their
// lived experiences and unavailability (with reasons), guardians' names, every free text (notes, reasons, summaries,
// feedback, knowledge, mail), and a requester's or coordinator's name and contact details. Pruning keeps who changed
// what, when, of which record, and every other field (statuses, dates of the work, counts, hours, fees, codes).
const QSet<QString> &personalFields()
{
    static const QSet<QString> fields {
        QStringLiteral("display_name"),
        QStringLiteral("email"),
        QStringLiteral("phone"),
        QStringLiteral("date_of_birth"),
        QStringLiteral("municipality"),
        QStringLiteral("notes"),
        QStringLiteral("note"),
        QStringLiteral("annual_earnings_ceiling_cents"),
        QStringLiteral("guardian_name"),
        QStringLiteral("decline_reason"),
        QStringLiteral("reason"),
        QStringLiteral("requester_name"),
        QStringLiteral("requester_email"),
        QStringLiteral("requester_phone"),
        QStringLiteral("description"),
        QStringLiteral("cancel_reason"),
        QStringLiteral("summary"),
        QStringLiteral("requester_feedback"),
        QStringLiteral("text"),
        QStringLiteral("subject"),
        QStringLiteral("body"),
        QStringLiteral("ics"),
        QStringLiteral("recipient_name"),
        QStringLiteral("recipient_address"),
        QStringLiteral("contact"),
        QStringLiteral("worker_experiences"),
        QStringLiteral("worker_unavailability"),
    };
    return fields;
}

// Every value below a personal field becomes "[pruned]" (null and empty texts stay: they held nothing).
QJsonValue prunedValue(const QJsonValue &v, bool personal, bool &changed)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = prunedValue(it.value(), personal || personalFields().contains(it.key()), changed);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = prunedValue(a.at(i), personal, changed);
        return a;
    }
    if (!personal || v.isNull() || v.isUndefined())
        return v;
    if (v.isString()
        && (v.toString().isEmpty() || v.toString() == kPruned || v.toString() == QLatin1String("[erased]")))
        return v;
    changed = true;
    return kPruned;
}

// The entry's changes without personal values, or nothing when it holds none (or is not JSON: the demo's summary).
std::optional<QString> pruned(const QString &changes)
{
    const QJsonDocument doc = QJsonDocument::fromJson(changes.toUtf8());
    if (!doc.isObject())
        return std::nullopt;
    bool changed = false;
    const QJsonValue clean = prunedValue(doc.object(), false, changed);
    if (!changed)
        return std::nullopt;
    return QString::fromUtf8(QJsonDocument(clean.toObject()).toJson(QJsonDocument::Compact));
}

QJsonObject newValue(const QJsonValue &v)
{
    return QJsonObject { { QStringLiteral("new"), v } };
}
} // namespace

Result<RetentionDue> OfficeService::retentionDue()
{
    auto settings = OfficeSettingsRepository(*m_db).get();
    if (!settings)
        return settings.error();
    RetentionDue due;
    due.today = Clock::instance().today();
    due.leftYears = settings->retentionLeftYears;
    due.auditYears = settings->retentionAuditYears;
    if (due.leftYears > 0) {
        // "Left more than N years ago": on the day N years after leaving they are not due yet, the day after they are.
        due.leftBefore = due.today.addYears(-due.leftYears);
        SqlQuery q(*m_db,
                   QStringLiteral("SELECT w.id, w.version, w.display_name, w.left_on FROM workers w "
                                  "WHERE w.status = 'left' AND w.left_on IS NOT NULL AND w.left_on < ? "
                                  "AND NOT EXISTS (SELECT 1 FROM audit_log a WHERE a.table_name = 'erasures' "
                                  "AND a.record_id = w.id) ORDER BY w.left_on, w.id"));
        q.bind(SqlQuery::fromDate(due.leftBefore));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            due.workers.append(
                { q.value(0).toLongLong(), q.value(1).toInt(), q.value(2).toString(), SqlQuery::toDate(q.value(3)) });
    }
    if (due.auditYears > 0) {
        due.auditBefore = due.today.addYears(-due.auditYears).startOfDay();
        // Entries before the last run's limit were pruned then: only those after it are read.
        SqlQuery last(*m_db, QStringLiteral("SELECT audit_pruned_before FROM office_settings WHERE id = 1"));
        if (Status s = last.exec(); !s)
            return s.error();
        const QDateTime since = last.next() ? SqlQuery::toDateTime(last.value(0)) : QDateTime();
        SqlQuery q(*m_db,
                   since.isValid()
                       ? QStringLiteral("SELECT at, changes FROM audit_log WHERE at < ? AND at >= ? ORDER BY id")
                       : QStringLiteral("SELECT at, changes FROM audit_log WHERE at < ? ORDER BY id"));
        q.bind(SqlQuery::fromDateTime(due.auditBefore));
        if (since.isValid())
            q.bind(SqlQuery::fromDateTime(since));
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            if (!pruned(q.value(1).toString()))
                continue;
            const QDateTime at = SqlQuery::toDateTime(q.value(0));
            ++due.auditEntries;
            if (!due.auditFirst.isValid() || at < due.auditFirst)
                due.auditFirst = at;
            if (!due.auditLast.isValid() || at > due.auditLast)
                due.auditLast = at;
        }
    }
    return due;
}

Result<RetentionRun> OfficeService::applyRetention(const RetentionDue &confirmed)
{
    if (Status s = requireAdminFor(tr("Only an admin can apply the retention rules.")); !s)
        return s.error();
    auto applied = run<RetentionRun>([&](OfficeChange &change) -> Result<RetentionRun> {
        auto due = retentionDue();
        if (!due)
            return due.error();
        QVector<qint64> dueIds, confirmedIds;
        for (const RetentionDue::Worker &w : std::as_const(due->workers))
            dueIds << w.id;
        for (const RetentionDue::Worker &w : confirmed.workers)
            confirmedIds << w.id;
        if (dueIds != confirmedIds || due->auditBefore != confirmed.auditBefore
            || due->auditEntries != confirmed.auditEntries)
            return Error(Error::Code::Conflict,
                         tr("What the retention rules find due has changed since you looked. Nothing was erased or "
                            "pruned: look at the list again."),
                         QStringLiteral("retention"));
        if (due->isEmpty())
            return Error(Error::Code::InvalidInput, tr("Nothing is due under the retention rules."),
                         QStringLiteral("retention"));

        RetentionRun result;
        change = everything();
        for (const RetentionDue::Worker &w : std::as_const(due->workers)) {
            auto erased = eraseWithinRun(w.id, w.version);
            if (!erased)
                return erased.error();
            result.erasures << *erased;
            change.add(OfficeChange::Kind::Worker, w.id);
        }
        if (due->auditEntries > 0) {
            const QDateTime before = due->auditBefore;
            auto rewritten
                = AuditChain::rewrite(*m_db, [&](qint64, const AuditChain::Entry &e) -> std::optional<QString> {
                      if (e.at >= before)
                          return std::nullopt;
                      return pruned(e.changes);
                  });
            if (!rewritten)
                return rewritten.error();
            result.auditEntriesPruned = *rewritten;
            SqlQuery mark(*m_db, QStringLiteral("UPDATE office_settings SET audit_pruned_before = ? WHERE id = 1"));
            mark.bind(SqlQuery::fromDateTime(before));
            if (Status s = mark.exec(); !s)
                return s.error();
        }

        // The run itself, with nothing personal (each erasure wrote its own entry with the worker's id).
        const QJsonObject summary {
            { QStringLiteral("workers_erased"), newValue(int(result.erasures.size())) },
            { QStringLiteral("left_before"), newValue(due->leftBefore.toString(Qt::ISODate)) },
            { QStringLiteral("audit_entries_pruned"), newValue(result.auditEntriesPruned) },
            { QStringLiteral("audit_before"), newValue(due->auditBefore.toUTC().toString(Qt::ISODateWithMs)) },
        };
        if (Status a = AuditChain::append(*m_db,
                                          { Clock::instance().now(), m_db->actor(), m_db->actorId(),
                                            QStringLiteral("retention_runs"), 0, QStringLiteral("insert"),
                                            QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) });
            !a)
            return a.error();
        return result;
    });
    if (applied) {
        if (Status s = checkpointAfterErasure(); !s)
            return s.error();
    }
    return applied;
}

} // namespace Kohtaamo
