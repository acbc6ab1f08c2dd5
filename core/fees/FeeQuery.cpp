#include "FeeQuery.h"

#include "domain/Engagement.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "workers/DistinctNames.h"

#include <QSet>

#include <algorithm>

namespace Kohtaamo {

namespace {
QVariant dayStart(const QDate &day)
{
    return SqlQuery::fromDateTime(QDateTime(day, QTime(0, 0)));
}
} // namespace

FeeQuery::FeeQuery(Database &db) : m_db(db) { }

QString FeeQuery::dueCondition()
{
    return QStringLiteral("(e.payment_state = ? AND e.attendance = ? AND e.fee_declined = ? "
                          "AND e.fee_cents + e.travel_cents > 0)");
}

QVariantList FeeQuery::dueBinds()
{
    return { toCode(PaymentState::Unpaid), toCode(Attendance::Attended), false };
}

Result<QVector<FeeRow>> FeeQuery::rows(const FeeFilter &filter)
{
    QStringList where;
    QVariantList binds;
    const QString paid = QStringLiteral("e.payment_state = ?");
    switch (filter.state) {
    case FeeFilter::State::Due:
        where << dueCondition();
        binds << dueBinds();
        break;
    case FeeFilter::State::Paid:
        where << paid;
        binds << toCode(PaymentState::Paid);
        break;
    case FeeFilter::State::All:
        where << QStringLiteral("(%1 OR %2)").arg(dueCondition(), paid);
        binds << dueBinds() << toCode(PaymentState::Paid);
        break;
    }
    // The held date: the outcome's, else the engagement's day (compared as stored instants, no per-row conversion).
    if (filter.from.isValid()) {
        where << QStringLiteral("((mo.held_on IS NOT NULL AND mo.held_on >= ?) "
                                "OR (mo.held_on IS NULL AND e.starts_at >= ?))");
        binds << SqlQuery::fromDate(filter.from) << dayStart(filter.from);
    }
    if (filter.to.isValid()) {
        where << QStringLiteral("((mo.held_on IS NOT NULL AND mo.held_on <= ?) "
                                "OR (mo.held_on IS NULL AND e.starts_at < ?))");
        binds << SqlQuery::fromDate(filter.to) << dayStart(filter.to.addDays(1));
    }
    if (filter.organisationId > 0) {
        where << QStringLiteral("w.organisation_id = ?");
        binds << filter.organisationId;
    }
    if (filter.workerId > 0) {
        where << QStringLiteral("e.worker_id = ?");
        binds << filter.workerId;
    }
    if (filter.requestId > 0) {
        where << QStringLiteral("e.request_id = ?");
        binds << filter.requestId;
    }
    if (filter.batchId > 0) {
        where << QStringLiteral("e.fee_batch_id = ?");
        binds << filter.batchId;
    }
    if (!filter.engagementIds.isEmpty()) {
        where << QStringLiteral("e.id IN (%1)").arg(SqlQuery::placeholders(filter.engagementIds.size()));
        for (qint64 id : filter.engagementIds)
            binds << id;
    }
    QVector<FeeRow> result;
    {
        SqlQuery q(
            m_db,
            QStringLiteral("SELECT e.id, e.version, e.request_id, r.reference, r.title, e.worker_id, w.display_name, "
                           "w.organisation_id, o.name, mo.held_on, e.starts_at, e.fee_cents, e.travel_cents, "
                           "e.payment_state, e.paid_on, e.fee_batch_id, b.reference, "
                           "w.annual_earnings_ceiling_cents "
                           "FROM engagements e JOIN requests r ON r.id = e.request_id "
                           "JOIN workers w ON w.id = e.worker_id "
                           "LEFT JOIN organisations o ON o.id = w.organisation_id "
                           "LEFT JOIN meeting_outcomes mo ON mo.request_id = e.request_id "
                           "LEFT JOIN fee_batches b ON b.id = e.fee_batch_id "
                           "WHERE %1 ORDER BY e.id")
                .arg(where.join(QStringLiteral(" AND "))));
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            FeeRow row;
            row.engagementId = q.value(0).toLongLong();
            row.engagementVersion = q.value(1).toInt();
            row.requestId = q.value(2).toLongLong();
            row.requestReference = q.value(3).toString();
            row.requestTitle = q.value(4).toString();
            row.workerId = q.value(5).toLongLong();
            row.workerName = q.value(6).toString();
            row.organisationId = q.value(7).toLongLong();
            row.organisationName = q.value(8).toString();
            row.heldOn = SqlQuery::toDate(q.value(9));
            if (!row.heldOn.isValid())
                row.heldOn = SqlQuery::toDateTime(q.value(10)).date();
            row.feeCents = q.value(11).toLongLong();
            row.travelCents = q.value(12).toLongLong();
            row.state = q.value(13).toString() == toCode(PaymentState::Paid) ? FeeRow::State::Paid : FeeRow::State::Due;
            row.paidOn = SqlQuery::toDate(q.value(14));
            row.batchId = q.value(15).isNull() ? 0 : q.value(15).toLongLong();
            row.batchReference = q.value(16).toString();
            row.ceilingCents = SqlQuery::toOptionalCents(q.value(17));
            result.append(row);
        }
    }

    // Two workers with one name ("Ulla H.") are told apart, here and in the bookkeeping export made from these rows.
    if (!result.isEmpty()) {
        auto shared = DistinctNames::sharedNames(m_db);
        if (!shared)
            return shared.error();
        for (FeeRow &row : result)
            row.workerName = shared->value(row.workerId, row.workerName);
    }

    // The year's paid fees of the workers that have a ceiling, per year of the held dates shown.
    QHash<int, QSet<qint64>> workersByYear;
    for (const FeeRow &row : std::as_const(result))
        if (row.ceilingCents && row.heldOn.isValid())
            workersByYear[row.heldOn.year()].insert(row.workerId);
    QHash<QPair<int, qint64>, qint64> yearPaid;
    for (auto it = workersByYear.cbegin(); it != workersByYear.cend(); ++it) {
        auto sums = paidInYear(QVector<qint64>(it.value().cbegin(), it.value().cend()), it.key());
        if (!sums)
            return sums.error();
        for (auto s = sums->cbegin(); s != sums->cend(); ++s)
            yearPaid.insert({ it.key(), s.key() }, s.value());
    }
    for (FeeRow &row : result)
        if (row.ceilingCents && row.heldOn.isValid())
            row.yearPaidCents = yearPaid.value({ row.heldOn.year(), row.workerId });

    std::stable_sort(result.begin(), result.end(), [](const FeeRow &a, const FeeRow &b) {
        if (a.heldOn != b.heldOn)
            return a.heldOn < b.heldOn;
        const int byName = QString::localeAwareCompare(a.workerName, b.workerName);
        if (byName != 0)
            return byName < 0;
        return a.requestReference < b.requestReference;
    });
    return result;
}

Result<QHash<qint64, qint64>> FeeQuery::paidInYear(const QVector<qint64> &workerIds, int year)
{
    QHash<qint64, qint64> sums;
    if (workerIds.isEmpty())
        return sums;
    SqlQuery q(m_db,
               QStringLiteral("SELECT worker_id, SUM(fee_cents) FROM engagements WHERE payment_state = ? "
                              "AND fee_declined = ? AND paid_on >= ? AND paid_on <= ? AND worker_id IN (%1) "
                              "GROUP BY worker_id")
                   .arg(SqlQuery::placeholders(workerIds.size())));
    QVariantList binds { toCode(PaymentState::Paid), false, SqlQuery::fromDate(QDate(year, 1, 1)),
                         SqlQuery::fromDate(QDate(year, 12, 31)) };
    for (qint64 id : workerIds)
        binds << id;
    q.bindAll(binds);
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next())
        sums.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return sums;
}

Result<QVector<FeeBatch>> FeeQuery::batches()
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT b.id, b.version, b.reference, b.paid_on, b.note, b.created_by, b.created_at, "
                              "COUNT(e.id), COALESCE(SUM(e.fee_cents + e.travel_cents), 0) "
                              "FROM fee_batches b LEFT JOIN engagements e ON e.fee_batch_id = b.id "
                              "GROUP BY b.id, b.version, b.reference, b.paid_on, b.note, b.created_by, b.created_at "
                              "ORDER BY b.paid_on DESC, b.id DESC"));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<FeeBatch> result;
    while (q.next()) {
        FeeBatch b;
        b.id = q.value(0).toLongLong();
        b.version = q.value(1).toInt();
        b.reference = q.value(2).toString();
        b.paidOn = SqlQuery::toDate(q.value(3));
        b.note = q.value(4).toString();
        b.createdBy = q.value(5).toString();
        b.createdAt = SqlQuery::toDateTime(q.value(6));
        b.fees = q.value(7).toInt();
        b.totalCents = q.value(8).toLongLong();
        result.append(b);
    }
    return result;
}

Result<FeeBatch> FeeQuery::batch(qint64 id)
{
    auto all = batches();
    if (!all)
        return all.error();
    for (const FeeBatch &b : std::as_const(*all))
        if (b.id == id)
            return b;
    return RecordStore::notFound(tr("Payment batch #%1").arg(id));
}

Result<WorkerFeeYear> FeeQuery::workerYear(qint64 workerId, int year)
{
    WorkerFeeYear y;
    y.workerId = workerId;
    y.year = year;
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT display_name, annual_earnings_ceiling_cents FROM workers WHERE id = ?"));
        q.bind(workerId);
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return RecordStore::notFound(tr("Worker #%1").arg(workerId));
        y.workerName = q.value(0).toString();
        y.ceilingCents = SqlQuery::toOptionalCents(q.value(1));
    }
    auto paid = paidInYear({ workerId }, year);
    if (!paid)
        return paid.error();
    y.paidCents = paid->value(workerId);
    SqlQuery due(m_db,
                 QStringLiteral("SELECT COALESCE(SUM(e.fee_cents), 0) FROM engagements e WHERE e.worker_id = ? AND %1")
                     .arg(dueCondition()));
    due.bindAll(QVariantList { workerId } + dueBinds());
    auto sum = due.scalar();
    if (!sum)
        return sum.error();
    y.dueCents = sum->toLongLong();
    return y;
}

} // namespace Kohtaamo
