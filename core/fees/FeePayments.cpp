#include "FeePayments.h"

#include "FeeQuery.h"
#include "domain/Engagement.h"
#include "matching/MatchTexts.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"

#include <QMap>
#include <QSet>

namespace Kohtaamo {

namespace {
const QString kBatches = QStringLiteral("fee_batches");
const QString kEngagements = QStringLiteral("engagements");
constexpr int kNoteLength = 1000;

Error invalid(const QString &message, const char *field)
{
    return Error(Error::Code::InvalidInput, message, QString::fromLatin1(field));
}

struct Stored
{
    qint64 id = 0;
    int version = 0;
    qint64 workerId = 0;
    QString workerName;
    QString reference;
    Attendance attendance = Attendance::Planned;
    qint64 feeCents = 0;
    qint64 travelCents = 0;
    bool declined = false;
    PaymentState payment = PaymentState::NotDue;
    QString batchReference;
    QDate paidOn;
    std::optional<qint64> ceilingCents;
};
} // namespace

FeePayments::FeePayments(Database &db) : m_db(db) { }

Status FeePayments::validate(const FeeMarking &marking)
{
    if (marking.items.isEmpty())
        return invalid(tr("Choose at least one fee to mark paid."), "engagements");
    if (!marking.paidOn.isValid())
        return invalid(tr("Enter the date the fees were paid."), "paidOn");
    if (marking.paidOn.year() < 2000)
        return invalid(tr("The payment date is implausibly early."), "paidOn");
    if (marking.note.size() > kNoteLength)
        return invalid(tr("The note is longer than %1 characters.").arg(kNoteLength), "note");
    QSet<qint64> seen;
    for (const FeeMarking::Item &item : marking.items) {
        if (seen.contains(item.engagementId))
            return invalid(tr("Engagement #%1 is chosen twice.").arg(item.engagementId), "engagements");
        seen.insert(item.engagementId);
    }
    return Status::success();
}

Result<QString> FeePayments::nextReference(const QDate &paidOn)
{
    const QString month = paidOn.toString(QStringLiteral("yyyy-MM"));
    SqlQuery q(m_db, QStringLiteral("SELECT reference FROM fee_batches WHERE reference LIKE ?"));
    q.bind(QString(month + QStringLiteral("/%")));
    if (Status s = q.exec(); !s)
        return s.error();
    int highest = 0;
    while (q.next())
        highest = std::max(highest, q.value(0).toString().section(QLatin1Char('/'), 1).toInt());
    return QString(month + QLatin1Char('/') + QString::number(highest + 1));
}

Result<FeeMarkingResult> FeePayments::markPaid(const FeeMarking &marking)
{
    if (Status s = validate(marking); !s)
        return s.error();
    QVector<qint64> ids;
    for (const FeeMarking::Item &item : marking.items)
        ids << item.engagementId;
    QHash<qint64, Stored> stored;
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT e.id, e.version, e.worker_id, w.display_name, r.reference, e.attendance, "
                                  "e.fee_cents, e.travel_cents, e.fee_declined, e.payment_state, b.reference, "
                                  "e.paid_on, w.annual_earnings_ceiling_cents "
                                  "FROM engagements e JOIN workers w ON w.id = e.worker_id "
                                  "JOIN requests r ON r.id = e.request_id "
                                  "LEFT JOIN fee_batches b ON b.id = e.fee_batch_id WHERE e.id IN (%1)")
                       .arg(SqlQuery::placeholders(ids.size())));
        QVariantList binds;
        for (qint64 id : std::as_const(ids))
            binds << id;
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            Stored e;
            e.id = q.value(0).toLongLong();
            e.version = q.value(1).toInt();
            e.workerId = q.value(2).toLongLong();
            e.workerName = q.value(3).toString();
            e.reference = q.value(4).toString();
            e.attendance = attendanceFromCode(q.value(5).toString()).value_or(Attendance::Planned);
            e.feeCents = q.value(6).toLongLong();
            e.travelCents = q.value(7).toLongLong();
            e.declined = q.value(8).toBool();
            e.payment = paymentStateFromCode(q.value(9).toString()).value_or(PaymentState::NotDue);
            e.batchReference = q.value(10).toString();
            e.paidOn = SqlQuery::toDate(q.value(11));
            e.ceilingCents = SqlQuery::toOptionalCents(q.value(12));
            stored.insert(e.id, e);
        }
    }

    // Every engagement first: one refusal and nothing is written.
    QMap<qint64, qint64> batchFees; // per worker, ordered for stable warnings
    QHash<qint64, const Stored *> workers;
    for (const FeeMarking::Item &item : marking.items) {
        const auto it = stored.constFind(item.engagementId);
        if (it == stored.constEnd())
            return RecordStore::notFound(tr("Engagement #%1").arg(item.engagementId));
        const Stored &e = *it;
        const QString who = tr("%1 in %2").arg(e.workerName, e.reference);
        if (e.version != item.expectedVersion)
            return RecordStore(m_db).conflict(kEngagements, e.id, who);
        const auto refuse = [&](const QString &why) {
            return Error(Error::Code::NotAllowed, tr("%1: %2").arg(who, why), QStringLiteral("engagements"));
        };
        if (e.payment == PaymentState::Paid)
            return e.batchReference.isEmpty()
                ? refuse(tr("the fee was already paid on %1").arg(QLocale().toString(e.paidOn, QLocale::ShortFormat)))
                : refuse(tr("the fee was already paid in batch %1").arg(e.batchReference));
        if (e.declined || e.payment == PaymentState::Declined)
            return refuse(tr("the worker declined the fee"));
        if (e.attendance != Attendance::Attended)
            return refuse(tr("the meeting outcome does not say the work was done"));
        if (e.feeCents + e.travelCents <= 0)
            return refuse(tr("there is no fee or travel cost to pay"));
        if (e.payment != PaymentState::Unpaid)
            return refuse(tr("the fee is not due"));
        batchFees[e.workerId] += e.feeCents;
        workers.insert(e.workerId, &e);
    }

    FeeMarkingResult result;
    QVector<qint64> limited;
    for (auto it = batchFees.cbegin(); it != batchFees.cend(); ++it)
        if (workers.value(it.key())->ceilingCents && it.value() > 0)
            limited << it.key();
    const int year = marking.paidOn.year();
    auto paid = FeeQuery(m_db).paidInYear(limited, year);
    if (!paid)
        return paid.error();
    for (qint64 workerId : std::as_const(limited)) {
        const Stored *w = workers.value(workerId);
        const qint64 before = paid->value(workerId);
        const qint64 batch = batchFees.value(workerId);
        if (before + batch <= *w->ceilingCents)
            continue;
        FeeCeilingWarning warning { workerId, w->workerName, year, before, batch, *w->ceilingCents, {} };
        warning.text = tr("%1: fees paid in %2 would be %3 with this batch (%4 before it), over the annual "
                          "earnings ceiling of %5")
                           .arg(w->workerName, QString::number(year), MatchTexts::euros(before + batch),
                                MatchTexts::euros(before), MatchTexts::euros(*w->ceilingCents));
        result.warnings.append(warning);
    }
    if (!result.warnings.isEmpty() && !marking.acknowledgeCeiling)
        return result;

    auto reference = nextReference(marking.paidOn);
    if (!reference)
        return reference.error();
    RecordStore store(m_db);
    Row batchRow;
    batchRow.set(QStringLiteral("reference"), *reference)
        .set(QStringLiteral("paid_on"), SqlQuery::fromDate(marking.paidOn))
        .set(QStringLiteral("note"), marking.note.trimmed())
        .set(QStringLiteral("created_by"), m_db.actor());
    auto batchId = store.insert(kBatches, batchRow);
    if (!batchId)
        return batchId.error();
    for (const FeeMarking::Item &item : marking.items) {
        const Stored &e = stored.value(item.engagementId);
        Row row;
        row.set(QStringLiteral("payment_state"), toCode(PaymentState::Paid))
            .set(QStringLiteral("paid_on"), SqlQuery::fromDate(marking.paidOn))
            .set(QStringLiteral("fee_batch_id"), *batchId);
        auto updated = store.update(kEngagements, e.id, item.expectedVersion, row,
                                    tr("%1 in %2").arg(e.workerName, e.reference));
        if (!updated)
            return updated.error();
    }
    auto batch = FeeQuery(m_db).batch(*batchId);
    if (!batch)
        return batch.error();
    result.batch = *batch;
    return result;
}

Result<QVector<qint64>> FeePayments::undo(qint64 batchId, int expectedVersion)
{
    auto batch = FeeQuery(m_db).batch(batchId);
    if (!batch)
        return batch.error();
    const QString label = tr("payment batch %1").arg(batch->reference);
    if (batch->version != expectedVersion)
        return RecordStore(m_db).conflict(kBatches, batchId, label);
    QVector<QPair<qint64, int>> engagements;
    {
        SqlQuery q(m_db, QStringLiteral("SELECT id, version FROM engagements WHERE fee_batch_id = ? ORDER BY id"));
        q.bind(batchId);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next())
            engagements.append({ q.value(0).toLongLong(), q.value(1).toInt() });
    }
    RecordStore store(m_db);
    QVector<qint64> ids;
    for (const auto &[id, version] : std::as_const(engagements)) {
        Row row;
        row.set(QStringLiteral("payment_state"), toCode(PaymentState::Unpaid))
            .set(QStringLiteral("paid_on"), SqlQuery::fromDate(QDate()))
            .set(QStringLiteral("fee_batch_id"), SqlQuery::fromId(0));
        auto updated = store.update(kEngagements, id, version, row, tr("Engagement #%1").arg(id));
        if (!updated)
            return updated.error();
        ids << id;
    }
    if (Status s = store.remove(kBatches, batchId, label); !s)
        return s.error();
    return ids;
}

Result<qint64> FeePayments::restoreBatch(const FeeBatch &batch, const QVector<qint64> &engagementIds)
{
    if (batch.reference.trimmed().isEmpty() || !batch.paidOn.isValid())
        return Error(Error::Code::InvalidInput, tr("A payment batch needs its reference and the date it was paid."),
                     QStringLiteral("reference"));
    {
        SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM fee_batches WHERE reference = ?"));
        q.bind(batch.reference);
        if (Status s = q.exec(); !s)
            return s.error();
        if (q.next() && q.value(0).toInt() > 0)
            return Error(Error::Code::Conflict, tr("The office already has a payment batch %1.").arg(batch.reference),
                         QStringLiteral("reference"));
    }
    RecordStore store(m_db);
    Row batchRow;
    batchRow.set(QStringLiteral("reference"), batch.reference.trimmed())
        .set(QStringLiteral("paid_on"), SqlQuery::fromDate(batch.paidOn))
        .set(QStringLiteral("note"), batch.note.trimmed())
        .set(QStringLiteral("created_by"), batch.createdBy);
    auto batchId = store.insert(kBatches, batchRow);
    if (!batchId)
        return batchId.error();
    if (batch.createdAt.isValid()) { // when the batch was made, not when it was moved
        SqlQuery q(m_db, QStringLiteral("UPDATE fee_batches SET created_at = ?, updated_at = ? WHERE id = ?"));
        q.bind(SqlQuery::fromDateTime(batch.createdAt));
        q.bind(SqlQuery::fromDateTime(batch.createdAt));
        q.bind(*batchId);
        if (Status s = q.exec(); !s)
            return s.error();
    }
    for (qint64 id : engagementIds) {
        SqlQuery q(m_db, QStringLiteral("SELECT version, payment_state FROM engagements WHERE id = ?"));
        q.bind(id);
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return RecordStore::notFound(tr("Engagement #%1").arg(id));
        if (q.value(1).toString() != toCode(PaymentState::Paid))
            return Error(Error::Code::InvalidInput,
                         tr("Batch %1 names a fee that is not marked paid.").arg(batch.reference),
                         QStringLiteral("payment"));
        Row row;
        row.set(QStringLiteral("fee_batch_id"), *batchId);
        auto updated = store.update(kEngagements, id, q.value(0).toInt(), row, tr("Engagement #%1").arg(id));
        if (!updated)
            return updated.error();
    }
    return *batchId;
}

} // namespace Kohtaamo
