#include "InvitationRepository.h"

#include "common/Clock.h"
#include "domain/RequestStatus.h"
#include "requests/RequestWorkflow.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace Kohtaamo {

namespace {
const QString kTable = QStringLiteral("invitations");
const QString kColumns = QStringLiteral("id, version, request_id, worker_id, sent_at, channel, response, "
                                        "responded_at, decline_reason, reminders, last_reminder_at, note, reserve");

Invitation fromQuery(const SqlQuery &q)
{
    Invitation i;
    i.id = q.value(0).toLongLong();
    i.version = q.value(1).toInt();
    i.requestId = q.value(2).toLongLong();
    i.workerId = q.value(3).toLongLong();
    i.sentAt = SqlQuery::toDateTime(q.value(4));
    i.channel = invitationChannelFromCode(q.value(5).toString()).value_or(InvitationChannel::Other);
    i.response = invitationResponseFromCode(q.value(6).toString()).value_or(InvitationResponse::Pending);
    i.respondedAt = SqlQuery::toDateTime(q.value(7));
    i.declineReason = q.value(8).toString();
    i.reminders = q.value(9).toInt();
    i.lastReminderAt = SqlQuery::toDateTime(q.value(10));
    i.note = q.value(11).toString();
    i.reserve = q.value(12).toBool();
    return i;
}

const QString kEventColumns = QStringLiteral("id, invitation_id, at, kind, response, reason, coordinator_id, actor");

Result<QVector<InvitationEvent>> readEvents(SqlQuery &q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<InvitationEvent> events;
    while (q.next()) {
        InvitationEvent e;
        e.id = q.value(0).toLongLong();
        e.invitationId = q.value(1).toLongLong();
        e.at = SqlQuery::toDateTime(q.value(2));
        e.kind = invitationEventKindFromCode(q.value(3).toString()).value_or(InvitationEventKind::Answered);
        e.response = invitationResponseFromCode(q.value(4).toString());
        e.reason = q.value(5).toString();
        e.coordinatorId = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
        e.actor = q.value(7).toString();
        events.append(e);
    }
    return events;
}

Row invitationRow(const Invitation &i)
{
    Row row;
    row.set(QStringLiteral("sent_at"), SqlQuery::fromDateTime(i.sentAt))
        .set(QStringLiteral("channel"), toCode(i.channel))
        .set(QStringLiteral("response"), toCode(i.response))
        .set(QStringLiteral("responded_at"), SqlQuery::fromDateTime(i.respondedAt))
        .set(QStringLiteral("decline_reason"), i.declineReason)
        .set(QStringLiteral("reminders"), i.reminders)
        .set(QStringLiteral("last_reminder_at"), SqlQuery::fromDateTime(i.lastReminderAt))
        .set(QStringLiteral("note"), i.note)
        .set(QStringLiteral("reserve"), i.reserve);
    return row;
}
} // namespace

InvitationRepository::InvitationRepository(Database &db) : m_db(db) { }

Result<QVector<Invitation>> InvitationRepository::list(const QString &where, const QVariantList &binds,
                                                       const QString &order)
{
    // `where` and `order` are fixed texts of this file.
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM invitations%2 ORDER BY %3")
                   .arg(kColumns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where, order));
    q.bindAll(binds);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Invitation> result;
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

Result<Invitation> InvitationRepository::get(qint64 id)
{
    auto found = list(QStringLiteral("id = ?"), { id }, QStringLiteral("id"));
    if (!found)
        return found.error();
    if (found->isEmpty())
        return RecordStore::notFound(tr("Invitation #%1").arg(id));
    return found->first();
}

Result<QVector<Invitation>> InvitationRepository::listForRequest(qint64 requestId)
{
    return list(QStringLiteral("request_id = ?"), { requestId }, QStringLiteral("id"));
}

Result<QVector<Invitation>> InvitationRepository::listForWorker(qint64 workerId)
{
    return list(QStringLiteral("worker_id = ?"), { workerId }, QStringLiteral("id DESC"));
}

Result<QVector<Invitation>> InvitationRepository::listAll()
{
    return list(QString(), {}, QStringLiteral("request_id, id"));
}

Result<QVector<InvitationEvent>> InvitationRepository::listAllHistory()
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM invitation_events ORDER BY invitation_id, id").arg(kEventColumns));
    return readEvents(q);
}

Result<QVector<Invitation>> InvitationRepository::listForRequestIds(qint64 first, qint64 last)
{
    return list(QStringLiteral("request_id BETWEEN ? AND ?"), { first, last }, QStringLiteral("request_id, id"));
}

Result<QVector<InvitationEvent>> InvitationRepository::historyForRequestIds(qint64 first, qint64 last)
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM invitation_events WHERE invitation_id IN (SELECT id FROM invitations "
                              "WHERE request_id BETWEEN ? AND ?) ORDER BY invitation_id, id")
                   .arg(kEventColumns));
    q.bindAll({ first, last });
    return readEvents(q);
}

Result<int> InvitationRepository::acceptedCount(qint64 requestId)
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT COUNT(*) FROM invitations WHERE request_id = ? AND response = ? "
                              "AND reserve = ?"));
    q.bindAll({ requestId, toCode(InvitationResponse::Accepted), false });
    auto count = q.scalar();
    if (!count)
        return count.error();
    return count->toInt();
}

Result<QString> InvitationRepository::label(qint64 requestId, qint64 workerId)
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
    return tr("The invitation of “%1” to request %2").arg(worker, request);
}

Status InvitationRepository::validate(const Invitation &i)
{
    const auto invalid = [](const QString &message, const char *field) {
        return Error(Error::Code::InvalidInput, message, QString::fromLatin1(field));
    };
    if (i.requestId <= 0)
        return invalid(tr("An invitation must belong to a request."), "requestId");
    if (i.workerId <= 0)
        return invalid(tr("An invitation must name the worker invited."), "workerId");
    if (i.reminders < 0)
        return invalid(tr("The number of reminders cannot be negative."), "reminders");
    if (i.sentAt.isValid() && i.respondedAt.isValid() && i.respondedAt < i.sentAt)
        return invalid(tr("The answer cannot come before the invitation was sent."), "respondedAt");
    if (i.sentAt.isValid() && i.lastReminderAt.isValid() && i.lastReminderAt < i.sentAt)
        return invalid(tr("A reminder cannot be sent before the invitation."), "lastReminderAt");
    if (i.reserve && i.response != InvitationResponse::Accepted)
        return invalid(tr("Only a worker who accepted can be kept in reserve."), "reserve");
    return Status::success();
}

Status InvitationRepository::validateEvent(const InvitationEvent &e)
{
    const auto invalid = [](const QString &message, const char *field) {
        return Error(Error::Code::InvalidInput, message, QString::fromLatin1(field));
    };
    if (!e.at.isValid())
        return invalid(tr("A step of an invitation's history needs the time it was taken."), "at");
    if (e.kind == InvitationEventKind::Answered && !e.response)
        return invalid(tr("An answer in an invitation's history needs the answer that was given."), "response");
    if (e.kind != InvitationEventKind::Answered && e.response)
        return invalid(tr("Only an answer in an invitation's history names an answer."), "response");
    return Status::success();
}

Result<Invitation> InvitationRepository::create(const Invitation &invitation)
{
    return insert(invitation, [&](qint64 id) {
        return addEvent(id, InvitationEventKind::Invited, std::nullopt, QString(), invitation.sentAt);
    });
}

Result<Invitation> InvitationRepository::createWithHistory(const Invitation &invitation,
                                                           const QVector<InvitationEvent> &history)
{
    for (const InvitationEvent &e : history) {
        if (Status s = validateEvent(e); !s)
            return s.error();
    }
    return insert(invitation, [&](qint64 id) -> Status {
        for (const InvitationEvent &e : history) {
            if (Status s = storeEvent(id, e); !s)
                return s;
        }
        return Status::success();
    });
}

Result<Invitation> InvitationRepository::insert(const Invitation &invitation,
                                                const std::function<Status(qint64)> &writeHistory)
{
    if (Status s = validate(invitation); !s)
        return s.error();
    Invitation i = invitation;
    i.declineReason = i.declineReason.trimmed();

    SqlQuery req(m_db, QStringLiteral("SELECT status, reference FROM requests WHERE id = ?"));
    req.bind(i.requestId);
    if (Status s = req.exec(); !s)
        return s.error();
    if (!req.next())
        return Error(Error::Code::InvalidInput,
                     tr("Request #%1 does not exist; someone may have removed it.").arg(i.requestId),
                     QStringLiteral("requestId"));
    const RequestStatus status = requestStatusFromCode(req.value(0).toString()).value_or(RequestStatus::New);
    const QString reference = req.value(1).toString();
    req.raw().finish();
    if (status == RequestStatus::Held || RequestWorkflow::isFinal(status))
        return Error(Error::Code::NotAllowed,
                     tr("Request %1 is “%2”: no one can be invited to it any more.")
                         .arg(reference, RequestWorkflow::statusName(status)),
                     QStringLiteral("requestId"));

    SqlQuery worker(m_db, QStringLiteral("SELECT display_name FROM workers WHERE id = ?"));
    worker.bind(i.workerId);
    if (Status s = worker.exec(); !s)
        return s.error();
    if (!worker.next())
        return Error(Error::Code::InvalidInput,
                     tr("Worker #%1 does not exist; someone may have removed them.").arg(i.workerId),
                     QStringLiteral("workerId"));
    const QString workerName = worker.value(0).toString();
    worker.raw().finish();

    SqlQuery dup(m_db, QStringLiteral("SELECT COUNT(*) FROM invitations WHERE request_id = ? AND worker_id = ?"));
    dup.bindAll({ i.requestId, i.workerId });
    auto count = dup.scalar();
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return alreadyInvited(workerName, reference);

    Row row;
    row.set(QStringLiteral("request_id"), i.requestId).set(QStringLiteral("worker_id"), i.workerId);
    const Row fields = invitationRow(i);
    for (const auto &field : fields.fields())
        row.set(field.first, field.second);

    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto id = RecordStore(m_db).insert(kTable, row);
    if (!id)
        return id.error();
    if (Status s = writeHistory(*id); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    i.id = *id;
    i.version = 1;
    return i;
}

Error InvitationRepository::alreadyInvited(const QString &workerName, const QString &reference)
{
    return Error(
        Error::Code::InvalidInput,
        tr("%1 has already been invited to request %2. Change that invitation instead.").arg(workerName, reference),
        QStringLiteral("workerId"));
}

Result<Invitation> InvitationRepository::save(const Invitation &invitation)
{
    if (invitation.id == 0)
        return create(invitation);
    if (Status s = validate(invitation); !s)
        return s.error();
    Invitation i = invitation;
    i.declineReason = i.declineReason.trimmed();

    auto name = label(i.requestId, i.workerId);
    if (!name)
        return name.error();
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto stored = get(i.id);
    if (!stored)
        return stored.error().code == Error::Code::NotFound ? RecordStore::notFound(*name) : stored.error();
    if (stored->requestId != i.requestId || stored->workerId != i.workerId)
        return Error(Error::Code::InvalidInput,
                     tr("An invitation cannot be moved to another request or worker; make a new invitation instead."),
                     QStringLiteral("workerId"));
    auto version = RecordStore(m_db).update(kTable, i.id, i.version, invitationRow(i), *name);
    if (!version)
        return version.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    i.version = *version;
    return i;
}

Result<Invitation> InvitationRepository::loadForChange(qint64 id, int expectedVersion)
{
    auto current = get(id);
    if (!current)
        return current.error();
    if (current->version != expectedVersion) {
        auto name = label(current->requestId, current->workerId);
        if (!name)
            return name.error();
        return RecordStore(m_db).conflict(kTable, id, *name);
    }
    return current;
}

Result<Invitation> InvitationRepository::applyStep(qint64 id, int expectedVersion,
                                                   const std::function<Result<Step>(Invitation &)> &change)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto current = loadForChange(id, expectedVersion);
    if (!current)
        return current.error();
    Invitation i = *current;
    auto step = change(i);
    if (!step)
        return step.error();
    if (!step->changes)
        return current;
    auto saved = save(i);
    if (!saved)
        return saved.error();
    if (Status s = addEvent(id, step->kind, step->response, step->reason, step->at); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return saved;
}

Result<Invitation> InvitationRepository::recordResponse(qint64 id, int expectedVersion, InvitationResponse response,
                                                        const QString &declineReason, const QDateTime &at)
{
    if (response == InvitationResponse::Withdrawn)
        return withdraw(id, expectedVersion);
    return applyStep(id, expectedVersion, [&](Invitation &i) -> Result<Step> {
        i.response = response;
        if (response == InvitationResponse::Pending)
            i.respondedAt = QDateTime();
        else
            i.respondedAt = at.isValid() ? at : Clock::instance().now();
        // A later answer keeps the reason of an earlier decline on the invitation; every answer with its own reason
        // is in the history (and the audit).
        if (response == InvitationResponse::Declined)
            i.declineReason = declineReason.trimmed();
        if (response != InvitationResponse::Accepted)
            i.reserve = false;
        const QString reason = response == InvitationResponse::Declined ? i.declineReason : QString();
        return Step { InvitationEventKind::Answered, response, reason, i.respondedAt };
    });
}

Result<Invitation> InvitationRepository::reinvite(qint64 id, int expectedVersion, InvitationChannel channel,
                                                  const QDateTime &at)
{
    return applyStep(id, expectedVersion, [&](Invitation &i) -> Result<Step> {
        if (i.response != InvitationResponse::Withdrawn)
            return Error(Error::Code::NotAllowed,
                         tr("Only a withdrawn invitation can be sent again; this one still stands."),
                         QStringLiteral("response"));
        i.response = InvitationResponse::Pending;
        i.channel = channel;
        i.sentAt = at.isValid() ? at : Clock::instance().now();
        i.respondedAt = QDateTime();
        i.declineReason.clear();
        i.reminders = 0;
        i.lastReminderAt = QDateTime();
        i.reserve = false;
        return Step { InvitationEventKind::InvitedAgain, std::nullopt, {}, i.sentAt };
    });
}

Result<Invitation> InvitationRepository::setReserve(qint64 id, int expectedVersion, bool reserve)
{
    return applyStep(id, expectedVersion, [&](Invitation &i) -> Result<Step> {
        if (i.reserve == reserve)
            return Step { InvitationEventKind::Reserve, std::nullopt, {}, {}, false };
        if (reserve && i.response != InvitationResponse::Accepted)
            return Error(Error::Code::NotAllowed, tr("Only a worker who accepted can be kept in reserve."),
                         QStringLiteral("response"));
        i.reserve = reserve;
        return Step { reserve ? InvitationEventKind::Reserve : InvitationEventKind::JoinedTeam, std::nullopt, {}, {} };
    });
}

Result<QVector<InvitationEvent>> InvitationRepository::history(qint64 invitationId)
{
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT %1 FROM invitation_events WHERE invitation_id = ? ORDER BY id").arg(kEventColumns));
    q.bind(invitationId);
    return readEvents(q);
}

Status InvitationRepository::addEvent(qint64 invitationId, InvitationEventKind kind,
                                      std::optional<InvitationResponse> response, const QString &reason,
                                      const QDateTime &at)
{
    InvitationEvent e;
    e.at = at.isValid() ? at : Clock::instance().now();
    e.kind = kind;
    e.response = response;
    e.reason = reason;
    e.coordinatorId = m_db.actorId();
    e.actor = m_db.actor();
    return storeEvent(invitationId, e);
}

Status InvitationRepository::storeEvent(qint64 invitationId, const InvitationEvent &e)
{
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO invitation_events (invitation_id, at, kind, response, reason, "
                              "coordinator_id, actor) VALUES (?, ?, ?, ?, ?, ?, ?)"));
    q.bindAll({ invitationId, SqlQuery::fromDateTime(e.at), toCode(e.kind),
                e.response ? toCode(*e.response) : QString(), e.reason, SqlQuery::fromId(e.coordinatorId), e.actor });
    return q.exec();
}

Result<Invitation> InvitationRepository::logReminder(qint64 id, int expectedVersion, const QDateTime &at)
{
    auto current = loadForChange(id, expectedVersion);
    if (!current)
        return current.error();
    Invitation i = *current;
    if (i.response == InvitationResponse::Declined || i.response == InvitationResponse::Withdrawn)
        return Error(Error::Code::NotAllowed,
                     i.response == InvitationResponse::Declined
                         ? tr("The worker declined this invitation; do not remind them of it.")
                         : tr("The invitation was withdrawn; do not remind the worker of it."),
                     QStringLiteral("response"));
    i.reminders += 1;
    i.lastReminderAt = at.isValid() ? at : Clock::instance().now();
    return save(i);
}

Result<Invitation> InvitationRepository::withdraw(qint64 id, int expectedVersion, const QString &reason)
{
    return applyStep(id, expectedVersion, [&](Invitation &i) -> Result<Step> {
        if (i.response == InvitationResponse::Declined)
            return Error(Error::Code::NotAllowed, tr("The worker already declined this invitation."),
                         QStringLiteral("response"));
        if (i.response == InvitationResponse::Withdrawn)
            return Error(Error::Code::NotAllowed, tr("The invitation has already been withdrawn."),
                         QStringLiteral("response"));
        i.response = InvitationResponse::Withdrawn;
        i.reserve = false;
        return Step { InvitationEventKind::Withdrawn, std::nullopt, reason.trimmed(), {} };
    });
}

} // namespace Kohtaamo
