#include "EngagementRepository.h"

#include "OfficeSettingsRepository.h"
#include "RequestRepository.h"
#include "common/Plausibility.h"
#include "domain/Invitation.h"
#include "requests/RequestWorkflow.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QPair>

namespace Kohtaamo {

namespace {
const QString kTable = QStringLiteral("engagements");
const QString kColumns = QStringLiteral(
    "id, version, request_id, worker_id, invitation_id, starts_at, ends_at, attendance, hours, fee_cents, "
    "travel_cents, fee_declined, payment_state, paid_on, preparation_done, debrief_done, debrief_on, debrief_by, note");

Engagement fromQuery(const SqlQuery &q)
{
    Engagement e;
    e.id = q.value(0).toLongLong();
    e.version = q.value(1).toInt();
    e.requestId = q.value(2).toLongLong();
    e.workerId = q.value(3).toLongLong();
    e.invitationId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
    e.starts = SqlQuery::toDateTime(q.value(5));
    e.ends = SqlQuery::toDateTime(q.value(6));
    e.attendance = attendanceFromCode(q.value(7).toString()).value_or(Attendance::Planned);
    e.hours = q.value(8).toDouble();
    e.feeCents = q.value(9).toLongLong();
    e.travelCents = q.value(10).toLongLong();
    e.feeDeclined = q.value(11).toBool();
    e.payment = paymentStateFromCode(q.value(12).toString()).value_or(PaymentState::NotDue);
    e.paidOn = SqlQuery::toDate(q.value(13));
    e.preparationDone = q.value(14).toBool();
    e.debriefDone = q.value(15).toBool();
    e.debriefOn = SqlQuery::toDate(q.value(16));
    e.debriefBy = q.value(17).toString();
    e.note = q.value(18).toString();
    return e;
}

// The columns a save may change; request and worker are fixed once the engagement exists.
Row engagementRow(const Engagement &e)
{
    Row row;
    row.set(QStringLiteral("invitation_id"), SqlQuery::fromId(e.invitationId))
        .set(QStringLiteral("starts_at"), SqlQuery::fromDateTime(e.starts))
        .set(QStringLiteral("ends_at"), SqlQuery::fromDateTime(e.ends))
        .set(QStringLiteral("attendance"), toCode(e.attendance))
        .set(QStringLiteral("hours"), e.hours)
        .set(QStringLiteral("fee_cents"), e.feeCents)
        .set(QStringLiteral("travel_cents"), e.travelCents)
        .set(QStringLiteral("fee_declined"), e.feeDeclined)
        .set(QStringLiteral("payment_state"), toCode(e.payment))
        .set(QStringLiteral("paid_on"), SqlQuery::fromDate(e.paidOn))
        .set(QStringLiteral("preparation_done"), e.preparationDone)
        .set(QStringLiteral("debrief_done"), e.debriefDone)
        .set(QStringLiteral("debrief_on"), SqlQuery::fromDate(e.debriefOn))
        .set(QStringLiteral("debrief_by"), e.debriefBy)
        .set(QStringLiteral("note"), e.note);
    return row;
}

Row insertRow(const Engagement &e)
{
    Row row;
    row.set(QStringLiteral("request_id"), e.requestId).set(QStringLiteral("worker_id"), e.workerId);
    const Row fields = engagementRow(e);
    for (const auto &field : fields.fields())
        row.set(field.first, field.second);
    return row;
}
} // namespace

EngagementRepository::EngagementRepository(Database &db) : m_db(db) { }

Result<QVector<Engagement>> EngagementRepository::list(const QString &where, const QVariantList &binds,
                                                       const QString &order)
{
    // `where` and `order` are fixed texts of this file.
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM engagements%2 ORDER BY %3")
                   .arg(kColumns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where, order));
    q.bindAll(binds);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Engagement> result;
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

Result<Engagement> EngagementRepository::get(qint64 id)
{
    auto found = list(QStringLiteral("id = ?"), { id }, QStringLiteral("id"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return RecordStore::notFound(tr("Engagement #%1").arg(id));
    return found->first();
}

Result<QVector<Engagement>> EngagementRepository::listForRequest(qint64 requestId)
{
    return list(QStringLiteral("request_id = ?"), { requestId }, QStringLiteral("id"));
}

Result<QVector<Engagement>> EngagementRepository::listForWorker(qint64 workerId)
{
    // Engagements without a time (a brochure review) come last.
    return list(QStringLiteral("worker_id = ?"), { workerId },
                QStringLiteral("CASE WHEN starts_at IS NULL THEN 1 ELSE 0 END, starts_at DESC, id DESC"));
}

Result<QVector<Engagement>> EngagementRepository::listAll()
{
    return list(QString(), {}, QStringLiteral("request_id, id"));
}

Result<QVector<Engagement>> EngagementRepository::listForRequestIds(qint64 first, qint64 last)
{
    return list(QStringLiteral("request_id BETWEEN ? AND ?"), { first, last }, QStringLiteral("request_id, id"));
}

Result<QString> EngagementRepository::label(qint64 requestId, qint64 workerId)
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT (SELECT display_name FROM workers WHERE id = ?), "
                              "(SELECT reference FROM requests WHERE id = ?)"));
    q.bindAll({ workerId, requestId });
    if (Status s = q.exec(); !s)
        return s.error();
    const bool row = q.next();
    const QString worker = row && !q.value(0).isNull() ? q.value(0).toString() : tr("worker #%1").arg(workerId);
    const QString request = row && !q.value(1).isNull() ? q.value(1).toString() : tr("#%1").arg(requestId);
    return tr("The engagement of “%1” in request %2").arg(worker, request);
}

Status EngagementRepository::validate(const Engagement &e)
{
    const auto invalid = [](const QString &message, const char *field) {
        return Error(Error::Code::InvalidInput, message, QString::fromLatin1(field));
    };
    if (e.requestId <= 0)
        return invalid(tr("An engagement must belong to a request."), "requestId");
    if (e.workerId <= 0)
        return invalid(tr("An engagement must name the worker."), "workerId");
    if (e.ends.isValid() && !e.starts.isValid())
        return invalid(tr("Enter when the engagement starts, not only when it ends."), "starts");
    if (e.starts.isValid() && e.ends.isValid() && e.ends <= e.starts)
        return invalid(tr("An engagement must end after it starts."), "ends");
    if (e.hours < 0 || e.hours > 24 * 7)
        return invalid(tr("The hours must be between 0 and 168."), "hours");
    if (e.feeCents < 0)
        return invalid(tr("The fee cannot be negative."), "feeCents");
    if (e.travelCents < 0)
        return invalid(tr("Travel costs cannot be negative."), "travelCents");
    // The fee has the office's own cap (checkAgainstDatabase); both amounts have the plausible one.
    if (Status s = Plausibility::checkAmount(e.feeCents, "feeCents"); !s)
        return s;
    if (Status s = Plausibility::checkAmount(e.travelCents, "travelCents"); !s)
        return s;
    if (Status s = Plausibility::checkLength(e.note, Plausibility::kMaxNoteLength, "note"); !s)
        return s;
    if (Status s = Plausibility::checkLength(e.debriefBy, Plausibility::kMaxNameLength, "debriefBy"); !s)
        return s;
    if (e.payment == PaymentState::Paid && !e.paidOn.isValid())
        return invalid(tr("Enter the date the fee was paid."), "paidOn");
    if (e.payment != PaymentState::Paid && e.paidOn.isValid())
        return invalid(tr("A payment date is given, but the fee is not marked paid."), "paidOn");
    if (e.feeDeclined && e.payment == PaymentState::Paid)
        return invalid(tr("The worker declined the fee, so it cannot be marked paid."), "payment");
    return Status::success();
}

Error EngagementRepository::alreadyEngaged(const QString &workerName)
{
    return Error(Error::Code::InvalidInput, tr("%1 is already engaged in this request.").arg(workerName),
                 QStringLiteral("workerId"));
}

Status EngagementRepository::checkAgainstDatabase(const Engagement &e)
{
    const auto invalid = [](const QString &message, const char *field) {
        return Error(Error::Code::InvalidInput, message, QString::fromLatin1(field));
    };
    SqlQuery q(m_db,
               QStringLiteral("SELECT (SELECT COUNT(*) FROM requests WHERE id = ?), "
                              "(SELECT display_name FROM workers WHERE id = ?)"));
    q.bindAll({ e.requestId, e.workerId });
    if (Status s = q.exec(); !s)
        return s;
    if (!q.next())
        return Error(Error::Code::Database, tr("The database returned no row."));
    if (q.value(0).toInt() == 0)
        return invalid(tr("Request #%1 does not exist; someone may have removed it.").arg(e.requestId), "requestId");
    if (q.value(1).isNull())
        return invalid(tr("Worker #%1 does not exist; someone may have removed them.").arg(e.workerId), "workerId");
    const QString workerName = q.value(1).toString();
    q.raw().finish();
    if (Status s = OfficeSettingsRepository(m_db).checkFee(e.feeCents, "feeCents"); !s)
        return s;

    if (e.invitationId != 0) {
        SqlQuery inv(m_db, QStringLiteral("SELECT request_id, worker_id FROM invitations WHERE id = ?"));
        inv.bind(e.invitationId);
        if (Status s = inv.exec(); !s)
            return s;
        if (!inv.next())
            return invalid(tr("Invitation #%1 does not exist.").arg(e.invitationId), "invitationId");
        if (inv.value(0).toLongLong() != e.requestId || inv.value(1).toLongLong() != e.workerId)
            return invalid(tr("The invitation belongs to another request or worker."), "invitationId");
    }
    if (e.id == 0) {
        SqlQuery dup(m_db, QStringLiteral("SELECT COUNT(*) FROM engagements WHERE request_id = ? AND worker_id = ?"));
        dup.bindAll({ e.requestId, e.workerId });
        auto count = dup.scalar();
        if (!count)
            return count.error();
        if (count->toInt() > 0)
            return alreadyEngaged(workerName);
    }
    return Status::success();
}

Result<Engagement> EngagementRepository::save(const Engagement &engagement)
{
    if (Status s = validate(engagement); !s)
        return s.error();
    Engagement e = engagement;
    e.debriefBy = e.debriefBy.trimmed();
    if (Status s = checkAgainstDatabase(e); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    RecordStore store(m_db);
    if (e.id == 0) {
        auto id = store.insert(kTable, insertRow(e));
        if (!id)
            return id.error();
        e.id = *id;
        e.version = 1;
    } else {
        auto name = label(e.requestId, e.workerId);
        if (!name)
            return name.error();
        auto stored = get(e.id);
        if (!stored)
            return stored.error().code == Error::Code::NotFound ? RecordStore::notFound(*name) : stored.error();
        if (stored->requestId != e.requestId || stored->workerId != e.workerId)
            return Error(Error::Code::InvalidInput,
                         tr("An engagement cannot be moved to another request or worker; make a new one instead."),
                         QStringLiteral("workerId"));
        auto version = store.update(kTable, e.id, e.version, engagementRow(e), *name);
        if (!version)
            return version.error();
        e.version = *version;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return e;
}

Result<QVector<Engagement>> EngagementRepository::confirmFromInvitations(qint64 requestId)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return request.error();
    if (RequestWorkflow::isFinal(request->status))
        return Error(Error::Code::NotAllowed,
                     tr("Request %1 is “%2”: no one can be engaged in it any more.")
                         .arg(request->reference, RequestWorkflow::statusName(request->status)),
                     QStringLiteral("status"));

    const MeetingSlot slot = meetingSlot(*request);

    SqlQuery accepted(m_db,
                      QStringLiteral("SELECT i.id, i.worker_id FROM invitations i WHERE i.request_id = ? "
                                     "AND i.response = ? AND i.reserve = ? AND NOT EXISTS (SELECT 1 FROM "
                                     "engagements e WHERE e.request_id = i.request_id AND e.worker_id = "
                                     "i.worker_id) ORDER BY i.id"));
    accepted.bindAll({ requestId, toCode(InvitationResponse::Accepted), false });
    if (Status s = accepted.exec(); !s)
        return s.error();
    QVector<QPair<qint64, qint64>> toEngage; // invitation, worker
    while (accepted.next())
        toEngage.append({ accepted.value(0).toLongLong(), accepted.value(1).toLongLong() });

    RecordStore store(m_db);
    QVector<Engagement> created;
    for (const auto &[invitationId, workerId] : toEngage) {
        Engagement e = planned(*request, slot, invitationId, workerId);
        auto id = store.insert(kTable, insertRow(e));
        if (!id)
            return id.error();
        e.id = *id;
        e.version = 1;
        created.append(e);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return created;
}

Engagement EngagementRepository::planned(const Request &request, const MeetingSlot &slot, qint64 invitationId,
                                         qint64 workerId)
{
    Engagement e;
    e.requestId = request.id;
    e.workerId = workerId;
    e.invitationId = invitationId;
    e.starts = slot.starts;
    e.ends = slot.ends;
    e.attendance = Attendance::Planned;
    e.hours = slot.hours;
    e.feeCents = request.feeCents.value_or(0);
    e.payment = PaymentState::NotDue;
    return e;
}

EngagementRepository::MeetingSlot EngagementRepository::meetingSlot(const Request &request)
{
    // The chosen proposed time, else the earliest; a missing end comes from the request's duration.
    MeetingSlot slot;
    for (const DateOption &o : request.dateOptions) {
        if (o.chosen || !slot.starts.isValid() || o.starts < slot.starts) {
            slot.starts = o.starts;
            slot.ends = o.ends;
        }
        if (o.chosen)
            break;
    }
    if (slot.starts.isValid() && !slot.ends.isValid() && request.durationMinutes > 0)
        slot.ends = slot.starts.addSecs(qint64(request.durationMinutes) * 60);
    slot.hours = request.durationMinutes / 60.0;
    if (slot.starts.isValid() && slot.ends.isValid())
        slot.hours = slot.starts.secsTo(slot.ends) / 3600.0;
    return slot;
}

Result<Engagement> EngagementRepository::engageFromInvitation(const Invitation &invitation, const Request &request)
{
    if (invitation.response != InvitationResponse::Accepted || invitation.requestId != request.id)
        return Error(Error::Code::NotAllowed, tr("Only a worker who accepted this request can be engaged in it."),
                     QStringLiteral("response"));
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    const MeetingSlot slot = meetingSlot(request);
    auto existing = list(QStringLiteral("request_id = ? AND worker_id = ?"), { request.id, invitation.workerId },
                         QStringLiteral("id"));
    if (!existing)
        return existing.error();
    Result<Engagement> stored = Error();
    if (!existing->isEmpty()) {
        Engagement e = existing->first();
        if (e.attendance != Attendance::Cancelled)
            return e; // already in the team
        // Engaged before, then cancelled (the answer changed): planned again, at the request's time now.
        e.attendance = Attendance::Planned;
        e.invitationId = invitation.id;
        e.starts = slot.starts;
        e.ends = slot.ends;
        e.hours = slot.hours;
        stored = save(e);
    } else {
        stored = save(planned(request, slot, invitation.id, invitation.workerId));
    }
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Result<QVector<Engagement>> EngagementRepository::cancelPlanned(qint64 requestId, qint64 workerId)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto planned = workerId != 0 ? list(QStringLiteral("request_id = ? AND worker_id = ? AND attendance = ?"),
                                        { requestId, workerId, toCode(Attendance::Planned) }, QStringLiteral("id"))
                                 : list(QStringLiteral("request_id = ? AND attendance = ?"),
                                        { requestId, toCode(Attendance::Planned) }, QStringLiteral("id"));
    if (!planned)
        return planned.error();
    QVector<Engagement> cancelled;
    for (Engagement e : *planned) {
        e.attendance = Attendance::Cancelled;
        auto saved = save(e);
        if (!saved)
            return saved.error();
        cancelled.append(*saved);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return cancelled;
}

Result<QVector<Engagement>> EngagementRepository::moveToRequestTime(const Request &request)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    const MeetingSlot slot = meetingSlot(request);
    auto planned = list(QStringLiteral("request_id = ? AND attendance = ?"),
                        { request.id, toCode(Attendance::Planned) }, QStringLiteral("id"));
    if (!planned)
        return planned.error();
    QVector<Engagement> moved;
    for (Engagement e : *planned) {
        if (e.starts == slot.starts && e.ends == slot.ends)
            continue;
        e.starts = slot.starts;
        e.ends = slot.ends;
        e.hours = slot.hours;
        auto saved = save(e);
        if (!saved)
            return saved.error();
        moved.append(*saved);
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return moved;
}

} // namespace Kohtaamo
