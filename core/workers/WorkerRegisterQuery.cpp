#include "WorkerRegisterQuery.h"

#include "common/Clock.h"
#include "domain/Consent.h"
#include "domain/Engagement.h"
#include "requests/RequestInboxQuery.h"
#include "storage/Database.h"
#include "storage/PagedList.h"
#include "storage/SqlQuery.h"

#include <QHash>

#include <algorithm>

namespace Kohtaamo {

namespace {
// Summaries are read for at most this many ids per statement, well below both backends' limits on bound values.
constexpr int kIdsPerStatement = 500;

const QStringList kTextColumns { QStringLiteral("w.display_name"), QStringLiteral("w.email"), QStringLiteral("w.phone"),
                                 QStringLiteral("w.municipality"), QStringLiteral("w.home_region") };

// An enum's codes as a CASE giving each its place in the enum, so that sorting follows the enum's order.
template <typename Table> QString enumOrder(const QString &column, const Table &table)
{
    QString cases;
    int rank = 0;
    for (const auto &entry : table)
        cases += QStringLiteral(" WHEN '%1' THEN %2").arg(QLatin1String(entry.second)).arg(rank++);
    return QStringLiteral("CASE %1%2 END").arg(column, cases);
}
} // namespace

WorkerRegisterQuery::WorkerRegisterQuery(Database &db) : m_db(db), m_today(Clock::instance().today()) { }

QString WorkerRegisterQuery::validContact(const QString &extra, QVariantList &binds) const
{
    const QVariant today = SqlQuery::fromDate(m_today);
    binds << toCode(ConsentScope::Contact) << today << today << today;
    return QStringLiteral("FROM consents c WHERE c.worker_id = w.id AND c.scope = ? AND c.given_on <= ? "
                          "AND (c.expires_on IS NULL OR c.expires_on >= ?) "
                          "AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ?)")
        + extra;
}

QString WorkerRegisterQuery::orderBy(const Sort &sort) const
{
    // Age ascending is the latest date of birth first.
    const bool byAge = sort.key == SortKey::Age;
    const bool ascending = (sort.order == Qt::AscendingOrder) != byAge;
    const QString direction = ascending ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    QString key;
    switch (sort.key) {
    case SortKey::Name:
        key = QStringLiteral("w.display_name");
        break;
    case SortKey::Organisation:
        key = QStringLiteral("(SELECT o.name FROM organisations o WHERE o.id = w.organisation_id)");
        break;
    case SortKey::Title:
        key = enumOrder(QStringLiteral("w.title"), kWorkerTitleCodes);
        break;
    case SortKey::Status:
        key = enumOrder(QStringLiteral("w.status"), kWorkerStatusCodes);
        break;
    case SortKey::Region:
        key = QStringLiteral("w.home_region");
        break;
    case SortKey::Age:
        key = QStringLiteral("w.date_of_birth");
        break;
    }
    QString order = QStringLiteral(" ORDER BY ");
    if (byAge) // unknown ages last when the youngest come first
        order += QStringLiteral("(w.date_of_birth IS NULL)%1, ")
                     .arg(sort.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC"));
    return order + key + direction + QStringLiteral(", w.id") + direction;
}

Result<WorkerRegisterQuery::Condition> WorkerRegisterQuery::condition(const WorkerRegisterFilter &filter)
{
    QStringList parts;
    QVariantList binds;
    if (!filter.ids.isEmpty()) {
        if (filter.ids.size() > kMaxIds)
            return Error(Error::Code::InvalidInput,
                         tr("The list has %1 workers, more than can be shown at once (%2). Narrow it with the other "
                            "filters.")
                             .arg(filter.ids.size())
                             .arg(kMaxIds));
        parts << QStringLiteral("w.id IN (%1)").arg(SqlQuery::placeholders(filter.ids.size()));
        for (qint64 id : filter.ids)
            binds << id;
    }
    if (!filter.statuses.isEmpty()) {
        parts << QStringLiteral("w.status IN (%1)").arg(SqlQuery::placeholders(filter.statuses.size()));
        for (WorkerStatus s : filter.statuses)
            binds << toCode(s);
    }
    if (filter.organisationId != 0) {
        parts << QStringLiteral("w.organisation_id = ?");
        binds << filter.organisationId;
    }
    if (filter.topicId != 0) {
        auto subtree = RequestInboxQuery(m_db).topicSubtree(filter.topicId);
        if (!subtree)
            return subtree.error();
        if (subtree->isEmpty()) {
            parts << QStringLiteral("1 = 0");
        } else {
            parts << QStringLiteral("w.id IN (SELECT e.worker_id FROM worker_experiences e WHERE e.topic_id IN (%1))")
                         .arg(SqlQuery::placeholders(subtree->size()));
            for (qint64 id : *subtree)
                binds << id;
        }
    }
    if (!filter.language.isEmpty()) {
        parts << QStringLiteral("w.id IN (SELECT l.worker_id FROM worker_languages l WHERE l.language = ?)");
        binds << filter.language;
    }
    if (!filter.region.isEmpty()) {
        parts << QStringLiteral("(w.home_region = ? OR w.id IN (SELECT r.worker_id FROM worker_regions r "
                                "WHERE r.region = ?))");
        binds << filter.region << filter.region;
    }
    using ConsentState = WorkerRegisterFilter::ConsentState;
    switch (filter.consent) {
    case ConsentState::Any:
        break;
    case ConsentState::Valid:
        parts << QStringLiteral("EXISTS (SELECT 1 %1)").arg(validContact({}, binds));
        break;
    case ConsentState::Missing:
        parts << QStringLiteral("NOT EXISTS (SELECT 1 %1)").arg(validContact({}, binds));
        break;
    case ConsentState::ExpiringSoon: {
        // Valid now, and no valid consent lasts beyond the window.
        parts << QStringLiteral("EXISTS (SELECT 1 %1)").arg(validContact({}, binds));
        const QString beyond = validContact(QStringLiteral(" AND (c.expires_on IS NULL OR c.expires_on > ?)"), binds);
        binds << SqlQuery::fromDate(m_today.addDays(WorkerRegisterFilter::kExpiringDays));
        parts << QStringLiteral("NOT EXISTS (SELECT 1 %1)").arg(beyond);
        break;
    }
    }
    // Under 18 today: born after the day 18 years ago.
    if (filter.minors == WorkerRegisterFilter::Minors::OnlyMinors) {
        parts << QStringLiteral("(w.date_of_birth IS NOT NULL AND w.date_of_birth > ?)");
        binds << SqlQuery::fromDate(m_today.addYears(-18));
    } else if (filter.minors == WorkerRegisterFilter::Minors::NoMinors) {
        parts << QStringLiteral("(w.date_of_birth IS NULL OR w.date_of_birth <= ?)");
        binds << SqlQuery::fromDate(m_today.addYears(-18));
    }
    const Dialect &dialect = m_db.dialect();
    for (const QString &word : filter.words()) {
        QStringList any;
        for (const QString &column : kTextColumns) {
            any << dialect.containsText(column);
            binds << dialect.containsTextValues(word);
        }
        parts << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    Condition c;
    if (!parts.isEmpty())
        c.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    c.binds = binds;
    return c;
}

Result<int> WorkerRegisterQuery::count(const WorkerRegisterFilter &filter)
{
    auto where = condition(filter);
    if (!where)
        return where.error();
    return PagedList(m_db, QStringLiteral("workers w"), QStringLiteral("w.id")).count(where->sql, where->binds);
}

Result<QVector<WorkerSummary>> WorkerRegisterQuery::fetch(const WorkerRegisterFilter &filter, const Sort &sort,
                                                          int offset, int limit)
{
    if (offset < 0 || limit < 0)
        return Error(Error::Code::InvalidInput, tr("A page of the worker list cannot start before its first row."));
    if (limit == 0)
        return QVector<WorkerSummary> {};
    auto where = condition(filter);
    if (!where)
        return where.error();
    auto ids = PagedList(m_db, QStringLiteral("workers w"), QStringLiteral("w.id"))
                   .pageIds(where->sql, where->binds, orderBy(sort), offset, limit);
    if (!ids)
        return ids.error();
    return load(*ids);
}

Result<int> WorkerRegisterQuery::positionOf(const WorkerRegisterFilter &filter, const Sort &sort, qint64 id)
{
    auto where = condition(filter);
    if (!where)
        return where.error();
    return PagedList(m_db, QStringLiteral("workers w"), QStringLiteral("w.id"))
        .positionOf(where->sql, where->binds, orderBy(sort), id);
}

Result<QVector<WorkerSummary>> WorkerRegisterQuery::load(const QVector<qint64> &ids)
{
    QVector<WorkerSummary> result(ids.size());
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < ids.size(); ++i)
        index.insert(ids.at(i), i);
    const QVariant today = SqlQuery::fromDate(m_today);
    const QDate monthFirst(m_today.year(), m_today.month(), 1);
    const QString engagementDay = m_db.dialect().localDate(QStringLiteral("e.starts_at"));

    for (qsizetype start = 0; start < ids.size(); start += kIdsPerStatement) {
        const QVector<qint64> chunk = ids.mid(start, kIdsPerStatement);
        QVariantList idBinds;
        for (qint64 id : chunk)
            idBinds << id;
        const QString in = SqlQuery::placeholders(chunk.size());

        QVariantList binds { toCode(UnavailableKind::RecoveryBreak),
                             today,
                             today,
                             toCode(Attendance::Cancelled),
                             SqlQuery::fromDate(monthFirst),
                             SqlQuery::fromDate(monthFirst.addMonths(1).addDays(-1)) };
        const QString valid = validContact({}, binds);
        const QString expiry = validContact({}, binds);
        binds += idBinds;
        SqlQuery q(m_db,
                   QStringLiteral("SELECT w.id, w.version, w.display_name, w.pseudonym, w.organisation_id, o.name, "
                                  "w.title, w.status, w.home_region, w.date_of_birth, w.max_engagements_per_month, "
                                  "(SELECT MAX(u.ends) FROM worker_unavailability u WHERE u.worker_id = w.id "
                                  "AND u.kind = ? AND u.starts <= ? AND u.ends >= ?), "
                                  "(SELECT COUNT(*) FROM engagements e WHERE e.worker_id = w.id AND e.attendance <> ? "
                                  "AND %1 >= ? AND %1 <= ?), "
                                  "CASE WHEN EXISTS (SELECT 1 %2) THEN 1 ELSE 0 END, "
                                  "(SELECT CASE WHEN COUNT(*) = COUNT(c.expires_on) THEN MAX(c.expires_on) END %3) "
                                  "FROM workers w LEFT JOIN organisations o ON o.id = w.organisation_id "
                                  "WHERE w.id IN (%4)")
                       .arg(engagementDay, valid, expiry, in));
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.constEnd())
                continue;
            WorkerSummary &w = result[*it];
            w.id = q.value(0).toLongLong();
            w.version = q.value(1).toInt();
            w.displayName = q.value(2).toString();
            w.pseudonym = q.value(3).toBool();
            w.organisationId = q.value(4).toLongLong();
            w.organisationName = q.value(5).toString();
            w.title = workerTitleFromCode(q.value(6).toString()).value_or(WorkerTitle::Other);
            w.status = workerStatusFromCode(q.value(7).toString()).value_or(WorkerStatus::Left);
            w.homeRegion = q.value(8).toString();
            Worker born;
            born.dateOfBirth = SqlQuery::toDate(q.value(9));
            w.age = born.ageOn(m_today);
            w.maxEngagementsPerMonth = q.value(10).toInt();
            w.recoveryBreakUntil = SqlQuery::toDate(q.value(11));
            w.engagementsThisMonth = q.value(12).toInt();
            w.contactConsentValid = q.value(13).toInt() != 0;
            w.contactConsentExpires = SqlQuery::toDate(q.value(14));
        }

        SqlQuery languages(m_db,
                           QStringLiteral("SELECT worker_id, language FROM worker_languages "
                                          "WHERE worker_id IN (%1) ORDER BY worker_id, language")
                               .arg(in));
        languages.bindAll(idBinds);
        if (Status s = languages.exec(); !s)
            return s.error();
        while (languages.next()) {
            const auto it = index.constFind(languages.value(0).toLongLong());
            if (it != index.constEnd())
                result[*it].languages << languages.value(1).toString();
        }
    }
    // A worker removed between the two statements leaves a hole; drop it rather than show an empty line.
    result.erase(std::remove_if(result.begin(), result.end(), [](const WorkerSummary &w) { return w.id == 0; }),
                 result.end());
    return result;
}

Result<QStringList> WorkerRegisterQuery::strings(const QString &sql)
{
    SqlQuery q(m_db, sql);
    if (Status s = q.exec(); !s)
        return s.error();
    QStringList out;
    while (q.next())
        out << q.value(0).toString();
    return out;
}

Result<QStringList> WorkerRegisterQuery::regions()
{
    return strings(QStringLiteral("SELECT home_region FROM workers WHERE home_region <> '' UNION "
                                  "SELECT region FROM worker_regions ORDER BY 1"));
}

Result<QStringList> WorkerRegisterQuery::languages()
{
    return strings(QStringLiteral("SELECT DISTINCT language FROM worker_languages ORDER BY 1"));
}

} // namespace Kohtaamo
