#include "RequestOperations.h"

#include "RequestWorkflow.h"
#include "common/Clock.h"
#include "repositories/ChangeNoticeRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/RequestRepository.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>
#include <algorithm>

namespace Kohtaamo {

namespace {

// The proposed times as the workers read them: start and end, in order.
QVector<QPair<QDateTime, QDateTime>> proposedTimes(const Request &r)
{
    QVector<QPair<QDateTime, QDateTime>> times;
    for (const DateOption &o : r.dateOptions)
        times.append({ o.starts, o.ends });
    std::sort(times.begin(), times.end());
    return times;
}

bool timeChanged(const Request &before, const Request &after)
{
    const auto a = EngagementRepository::meetingSlot(before);
    const auto b = EngagementRepository::meetingSlot(after);
    return a.starts != b.starts || a.ends != b.ends || proposedTimes(before) != proposedTimes(after);
}

bool isOpen(InvitationResponse r)
{
    return r == InvitationResponse::Pending || r == InvitationResponse::Accepted;
}

void addOnce(QVector<qint64> &ids, qint64 id)
{
    if (!ids.contains(id))
        ids.append(id);
}

} // namespace

RequestOperations::RequestOperations(Database &db) : m_db(db) { }

Result<RequestOperations::InviteResult> RequestOperations::invite(qint64 requestId, int expectedVersion,
                                                                  const QVector<qint64> &workerIds,
                                                                  InvitationChannel channel)
{
    if (workerIds.isEmpty())
        return Error(Error::Code::InvalidInput, tr("Choose at least one experience worker to invite."));

    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    RequestRepository requests(m_db);
    auto request = requests.get(requestId);
    if (!request)
        return request.error();
    if (request->version != expectedVersion)
        return RecordStore(m_db).conflict(QStringLiteral("requests"), requestId,
                                          tr("The request %1 “%2”").arg(request->reference, request->title));
    if (request->status == RequestStatus::New)
        return Error(
            Error::Code::NotAllowed,
            tr("Request %1 has no topics yet. Tag it before inviting experience workers.").arg(request->reference));

    InvitationRepository invitations(m_db);
    auto existing = invitations.listForRequest(requestId);
    if (!existing)
        return existing.error();
    QHash<qint64, Invitation> byWorker;
    for (const Invitation &i : *existing)
        byWorker.insert(i.workerId, i);

    InviteResult result;
    const QDateTime now = Clock::instance().now();
    for (qint64 workerId : workerIds) {
        const auto earlier = byWorker.constFind(workerId);
        Result<Invitation> made = Error();
        if (earlier != byWorker.constEnd() && earlier->response == InvitationResponse::Withdrawn) {
            made = invitations.reinvite(earlier->id, earlier->version, channel, now);
        } else {
            Invitation invitation;
            invitation.requestId = requestId;
            invitation.workerId = workerId;
            invitation.channel = channel;
            invitation.sentAt = now;
            made = invitations.create(invitation);
        }
        if (!made)
            return made.error();
        result.invitations.append(*made);
    }
    if (request->status == RequestStatus::Tagged) {
        auto moved = requests.changeStatus(requestId, request->version, RequestStatus::Inviting);
        if (!moved)
            return moved.error();
        result.request = *moved;
    } else {
        result.request = *request;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<RequestOperations::ConfirmResult> RequestOperations::confirm(qint64 requestId, int expectedVersion)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto moved = RequestRepository(m_db).changeStatus(requestId, expectedVersion, RequestStatus::Confirmed);
    if (!moved)
        return moved.error();
    auto engagements = EngagementRepository(m_db).confirmFromInvitations(requestId);
    if (!engagements)
        return engagements.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return ConfirmResult { *moved, *engagements };
}

Result<RequestOperations::SaveResult> RequestOperations::save(const Request &request)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    RequestRepository requests(m_db);
    std::optional<Request> before;
    if (request.id != 0) {
        auto stored = requests.get(request.id);
        if (!stored)
            return stored.error();
        before = *stored;
    }
    auto saved = requests.save(request);
    if (!saved)
        return saved.error();
    SaveResult result;
    result.request = *saved;
    const bool live = saved->status == RequestStatus::Inviting || saved->status == RequestStatus::Confirmed;
    if (before && live && timeChanged(*before, *saved)) {
        result.rescheduled = true;
        auto moved = EngagementRepository(m_db).moveToRequestTime(*saved);
        if (!moved)
            return moved.error();
        result.moved = *moved;
        auto invited = InvitationRepository(m_db).listForRequest(saved->id);
        if (!invited)
            return invited.error();
        for (const Invitation &i : *invited)
            if (isOpen(i.response))
                addOnce(result.workersToTell, i.workerId);
        auto engaged = EngagementRepository(m_db).listForRequest(saved->id);
        if (!engaged)
            return engaged.error();
        for (const Engagement &e : *engaged)
            if (e.attendance == Attendance::Planned)
                addOnce(result.workersToTell, e.workerId);
        auto added = ChangeNoticeRepository(m_db).add(saved->id, result.workersToTell, ChangeNoticeKind::Rescheduled);
        if (!added)
            return added.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<RequestOperations::CancelResult> RequestOperations::cancel(qint64 requestId, int expectedVersion,
                                                                  const QString &reason)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto moved = RequestRepository(m_db).changeStatus(requestId, expectedVersion, RequestStatus::Cancelled, reason);
    if (!moved)
        return moved.error();
    CancelResult result;
    result.request = *moved;
    auto cancelled = EngagementRepository(m_db).cancelPlanned(requestId);
    if (!cancelled)
        return cancelled.error();
    result.engagements = *cancelled;
    for (const Engagement &e : std::as_const(result.engagements))
        addOnce(result.workersToTell, e.workerId);

    InvitationRepository invitations(m_db);
    auto open = invitations.listForRequest(requestId);
    if (!open)
        return open.error();
    for (const Invitation &i : std::as_const(*open)) {
        if (!isOpen(i.response))
            continue;
        auto withdrawn = invitations.withdraw(i.id, i.version, reason);
        if (!withdrawn)
            return withdrawn.error();
        result.invitations.append(*withdrawn);
        addOnce(result.workersToTell, i.workerId);
    }
    auto added = ChangeNoticeRepository(m_db).add(requestId, result.workersToTell, ChangeNoticeKind::Cancelled);
    if (!added)
        return added.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<QVector<CloseGap>> RequestOperations::closeGaps(qint64 requestId)
{
    auto engagements = EngagementRepository(m_db).listForRequest(requestId);
    if (!engagements)
        return engagements.error();
    QVector<CloseGap> gaps;
    for (const Engagement &e : std::as_const(*engagements)) {
        if (e.attendance == Attendance::Cancelled || e.attendance == Attendance::NoShow)
            continue;
        SqlQuery name(m_db, QStringLiteral("SELECT display_name FROM workers WHERE id = ?"));
        name.bind(e.workerId);
        auto who = name.scalar();
        if (!who)
            return who.error();
        const QString worker = who->toString();
        const auto gap = [&](CloseGap::Kind kind, const QString &text) {
            gaps.append(CloseGap { kind, e.id, e.workerId, worker, text });
        };
        if (e.attendance == Attendance::Planned) {
            gap(CloseGap::Kind::Attendance, tr("%1: attendance not recorded").arg(worker));
            continue;
        }
        if (e.hours <= 0)
            gap(CloseGap::Kind::Hours, tr("%1: no hours recorded").arg(worker));
        if (!e.debriefDone)
            gap(CloseGap::Kind::Debrief, tr("%1: no debrief").arg(worker));
        if (!e.feeDeclined && e.payment == PaymentState::NotDue && e.feeCents + e.travelCents > 0)
            gap(CloseGap::Kind::FeeDecision, tr("%1: the fee is neither due nor declined").arg(worker));
    }
    return gaps;
}

Result<Request> RequestOperations::close(qint64 requestId, int expectedVersion, bool despiteGaps)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto gaps = closeGaps(requestId);
    if (!gaps)
        return gaps.error();
    QStringList missing;
    for (const CloseGap &g : std::as_const(*gaps))
        missing.append(g.text);
    if (!missing.isEmpty() && !despiteGaps)
        return Error(Error::Code::NotAllowed,
                     tr("Still missing before the request is closed: %1.").arg(missing.join(QStringLiteral("; "))),
                     QStringLiteral("closeGaps"));
    const QString reason
        = missing.isEmpty() ? QString() : tr("Closed with gaps: %1").arg(missing.join(QStringLiteral("; ")));
    auto closed = RequestRepository(m_db).changeStatus(requestId, expectedVersion, RequestStatus::Closed, reason);
    if (!closed)
        return closed.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return closed;
}

} // namespace Kohtaamo
