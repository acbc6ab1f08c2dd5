// OfficeService: a request's reads and its workflow, from logging to closing (the rules are in
// requests/RequestOperations and requests/InvitationOperations).
#include "OfficeRun.h"

#include "workers/DistinctNames.h"

#include "repositories/ChangeNoticeRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/RequestRepository.h"

namespace Kohtaamo {

namespace {
void addRequest(OfficeChange &c, const Request &r)
{
    c.add(OfficeChange::Kind::Request, r.id);
}

void addAnswer(OfficeChange &c, const InvitationOperations::AnswerResult &a)
{
    c.add(OfficeChange::Kind::Invitation, a.invitation.id).add(OfficeChange::Kind::Request, a.invitation.requestId);
    c.add(OfficeChange::Kind::Worker, a.invitation.workerId);
    if (a.engagement)
        c.add(OfficeChange::Kind::Engagement, a.engagement->id);
}
} // namespace

// --- reads ---

Result<Request> OfficeService::request(qint64 id)
{
    return RequestRepository(*m_db).get(id);
}

Result<Request> OfficeService::requestByReference(const QString &reference)
{
    return RequestRepository(*m_db).findByReference(reference);
}

Result<QVector<RequestStatusChange>> OfficeService::requestStatusHistory(qint64 requestId)
{
    return RequestRepository(*m_db).statusHistory(requestId);
}

Result<int> OfficeService::acceptedCount(qint64 requestId)
{
    return InvitationRepository(*m_db).acceptedCount(requestId);
}

QVector<Error> OfficeService::requestProblems(const Request &request)
{
    return RequestRepository::problems(request);
}

Status OfficeService::checkDateOption(const DateOption &option)
{
    return RequestRepository::validateDateOption(option);
}

// --- the inbox ---

Result<RequestInboxQuery::FirstPage> OfficeService::inboxFirstPage(const RequestInboxFilter &filter,
                                                                   const RequestInboxQuery::Sort &sort, int limit,
                                                                   const QString &language)
{
    return RequestInboxQuery(*m_db, language).fetchFirst(filter, sort, limit);
}

Result<QVector<RequestSummary>> OfficeService::inboxPage(const RequestInboxFilter &filter,
                                                         const RequestInboxQuery::Sort &sort, int offset, int limit,
                                                         const QString &language)
{
    return RequestInboxQuery(*m_db, language).fetch(filter, sort, offset, limit);
}

Result<int> OfficeService::inboxPosition(const RequestInboxFilter &filter, const RequestInboxQuery::Sort &sort,
                                         qint64 id)
{
    return RequestInboxQuery(*m_db).positionOf(filter, sort, id);
}

Result<QVector<Invitation>> OfficeService::invitations(qint64 requestId)
{
    return InvitationRepository(*m_db).listForRequest(requestId);
}

Result<QHash<qint64, QString>> OfficeService::workerNames(const QVector<qint64> &workerIds)
{
    // Two of the same name are told apart; only these workers and the others of their names are read.
    return DistinctNames::labelsOfWorkers(*m_db, workerIds);
}

Result<QVector<InvitationEvent>> OfficeService::invitationHistory(qint64 invitationId)
{
    return InvitationRepository(*m_db).history(invitationId);
}

Result<QVector<ChangeNotice>> OfficeService::changeNotices(qint64 requestId)
{
    return ChangeNoticeRepository(*m_db).listForRequest(requestId);
}

Result<QVector<CloseGap>> OfficeService::closeGaps(qint64 requestId)
{
    return RequestOperations(*m_db).closeGaps(requestId);
}

// --- a request's workflow ---

Result<RequestOperations::SaveResult> OfficeService::saveRequestDetailed(const Request &request)
{
    return run<RequestOperations::SaveResult>([&](OfficeChange &change) -> Result<RequestOperations::SaveResult> {
        std::optional<Request> before;
        if (request.id != 0) {
            auto stored = RequestRepository(*m_db).get(request.id);
            if (!stored)
                return stored.error();
            before = *stored;
        }
        auto saved = RequestOperations(*m_db).save(request);
        if (!saved)
            return saved;
        addRequest(change, saved->request);
        for (const Engagement &e : std::as_const(saved->moved))
            change.add(OfficeChange::Kind::Engagement, e.id).add(OfficeChange::Kind::Worker, e.workerId);
        if (!saved->workersToTell.isEmpty())
            change.add(OfficeChange::Kind::Notice, saved->request.id);
        // A new time or place: the workers with an open invitation or in the team get the updated calendar entry.
        QVector<qint64> toTell = saved->workersToTell;
        const bool placeChanged = before
            && (before->place.trimmed() != saved->request.place.trimmed() || before->remote != saved->request.remote);
        if (placeChanged) {
            auto invited = InvitationRepository(*m_db).listForRequest(saved->request.id);
            if (!invited)
                return invited.error();
            for (const Invitation &i : std::as_const(*invited))
                if ((i.response == InvitationResponse::Pending || i.response == InvitationResponse::Accepted)
                    && !toTell.contains(i.workerId))
                    toTell << i.workerId;
        }
        if (saved->rescheduled || placeChanged)
            if (Status s = draftMail(saved->request.id, toTell, MessageKind::Change, change); !s)
                return s.error();
        return saved;
    });
}

Result<Request> OfficeService::saveRequest(const Request &request)
{
    auto saved = saveRequestDetailed(request);
    if (!saved)
        return saved.error();
    return saved->request;
}

Result<Request> OfficeService::markTagged(qint64 requestId, int expectedVersion)
{
    return moveRequest(requestId, expectedVersion, RequestStatus::Tagged);
}

Result<RequestOperations::InviteResult> OfficeService::invite(qint64 requestId, int expectedVersion,
                                                              const QVector<qint64> &workerIds,
                                                              InvitationChannel channel)
{
    return run<RequestOperations::InviteResult>([&](OfficeChange &change) -> Result<RequestOperations::InviteResult> {
        auto invited = RequestOperations(*m_db).invite(requestId, expectedVersion, workerIds, channel);
        if (!invited)
            return invited;
        addRequest(change, invited->request);
        QVector<qint64> workers;
        for (const Invitation &i : std::as_const(invited->invitations)) {
            change.add(OfficeChange::Kind::Invitation, i.id).add(OfficeChange::Kind::Worker, i.workerId);
            workers << i.workerId;
        }
        if (Status s = draftMail(requestId, workers, MessageKind::Invitation, change); !s)
            return s.error();
        return invited;
    });
}

Result<InvitationOperations::AnswerResult> OfficeService::recordAnswer(qint64 invitationId, int expectedVersion,
                                                                       InvitationResponse response,
                                                                       const QString &declineReason,
                                                                       InvitationOperations::TeamChoice choice)
{
    return run<InvitationOperations::AnswerResult>(
        [&](OfficeChange &change) -> Result<InvitationOperations::AnswerResult> {
            auto answered = InvitationOperations(*m_db).recordAnswer(invitationId, expectedVersion, response,
                                                                     declineReason, choice);
            if (answered)
                addAnswer(change, *answered);
            return answered;
        });
}

Result<InvitationOperations::AnswerResult> OfficeService::withdrawInvitation(qint64 invitationId, int expectedVersion,
                                                                             const QString &reason)
{
    return run<InvitationOperations::AnswerResult>(
        [&](OfficeChange &change) -> Result<InvitationOperations::AnswerResult> {
            auto withdrawn = InvitationOperations(*m_db).withdraw(invitationId, expectedVersion, reason);
            if (!withdrawn)
                return withdrawn;
            addAnswer(change, *withdrawn);
            if (Status s = draftMail(withdrawn->invitation.requestId, { withdrawn->invitation.workerId },
                                     MessageKind::Cancellation, change);
                !s)
                return s.error();
            return withdrawn;
        });
}

Result<InvitationOperations::AnswerResult> OfficeService::takeIntoTeam(qint64 invitationId, int expectedVersion)
{
    return run<InvitationOperations::AnswerResult>(
        [&](OfficeChange &change) -> Result<InvitationOperations::AnswerResult> {
            auto joined = InvitationOperations(*m_db).joinTeam(invitationId, expectedVersion);
            if (joined)
                addAnswer(change, *joined);
            return joined;
        });
}

Result<Invitation> OfficeService::remind(qint64 invitationId, int expectedVersion)
{
    return run<Invitation>([&](OfficeChange &change) -> Result<Invitation> {
        auto reminded = InvitationOperations(*m_db).remind(invitationId, expectedVersion);
        if (!reminded)
            return reminded;
        change.add(OfficeChange::Kind::Invitation, reminded->id).add(OfficeChange::Kind::Request, reminded->requestId);
        if (Status s = draftMail(reminded->requestId, { reminded->workerId }, MessageKind::Reminder, change); !s)
            return s.error();
        return reminded;
    });
}

Result<RequestOperations::ConfirmResult> OfficeService::confirm(qint64 requestId, int expectedVersion)
{
    return run<RequestOperations::ConfirmResult>([&](OfficeChange &change) -> Result<RequestOperations::ConfirmResult> {
        auto confirmed = RequestOperations(*m_db).confirm(requestId, expectedVersion);
        if (!confirmed)
            return confirmed;
        addRequest(change, confirmed->request);
        QVector<qint64> team;
        for (const Engagement &e : std::as_const(confirmed->engagements)) {
            change.add(OfficeChange::Kind::Engagement, e.id).add(OfficeChange::Kind::Worker, e.workerId);
            team << e.workerId;
        }
        if (Status s = draftMail(requestId, team, MessageKind::WorkerConfirmation, change); !s)
            return s.error();
        if (Status s = draftRequesterConfirmation(requestId, change); !s)
            return s.error();
        return confirmed;
    });
}

Result<Request> OfficeService::markHeld(qint64 requestId, int expectedVersion)
{
    return run<Request>([&](OfficeChange &change) -> Result<Request> {
        auto held = RequestRepository(*m_db).changeStatus(requestId, expectedVersion, RequestStatus::Held, {});
        if (!held)
            return held;
        addRequest(change, *held);
        // The meeting took place: a thank-you to each worker of the team (drafts, for the coordinator to approve).
        auto engagements = EngagementRepository(*m_db).listForRequest(requestId);
        if (!engagements)
            return engagements.error();
        QVector<qint64> team;
        for (const Engagement &e : std::as_const(*engagements))
            if (e.attendance != Attendance::Cancelled && !team.contains(e.workerId))
                team << e.workerId;
        if (Status s = draftMail(requestId, team, MessageKind::ThankYou, change); !s)
            return s.error();
        return held;
    });
}

Result<Request> OfficeService::close(qint64 requestId, int expectedVersion, bool despiteGaps)
{
    return run<Request>([&](OfficeChange &change) -> Result<Request> {
        auto closed = RequestOperations(*m_db).close(requestId, expectedVersion, despiteGaps);
        if (closed)
            addRequest(change, *closed);
        return closed;
    });
}

Result<Request> OfficeService::reopen(qint64 requestId, int expectedVersion, const QString &reason)
{
    if (!isAdmin())
        return Error(Error::Code::NotAllowed,
                     tr("Only an admin can reopen a closed request. Ask an admin of this office."),
                     QStringLiteral("role"));
    return run<Request>([&](OfficeChange &change) -> Result<Request> {
        auto reopened = RequestRepository(*m_db).reopen(requestId, expectedVersion, reason);
        if (reopened)
            addRequest(change, *reopened);
        return reopened;
    });
}

Result<RequestOperations::CancelResult> OfficeService::cancel(qint64 requestId, int expectedVersion,
                                                              const QString &reason)
{
    return run<RequestOperations::CancelResult>([&](OfficeChange &change) -> Result<RequestOperations::CancelResult> {
        auto cancelled = RequestOperations(*m_db).cancel(requestId, expectedVersion, reason);
        if (!cancelled)
            return cancelled;
        addRequest(change, cancelled->request);
        for (const Engagement &e : std::as_const(cancelled->engagements))
            change.add(OfficeChange::Kind::Engagement, e.id).add(OfficeChange::Kind::Worker, e.workerId);
        for (const Invitation &i : std::as_const(cancelled->invitations))
            change.add(OfficeChange::Kind::Invitation, i.id).add(OfficeChange::Kind::Worker, i.workerId);
        if (!cancelled->workersToTell.isEmpty())
            change.add(OfficeChange::Kind::Notice, requestId);
        if (Status s = draftMail(requestId, cancelled->workersToTell, MessageKind::Cancellation, change); !s)
            return s.error();
        return cancelled;
    });
}

Result<Request> OfficeService::moveRequest(qint64 requestId, int expectedVersion, RequestStatus to,
                                           const QString &reason, bool despiteGaps)
{
    const auto requestOf = [](const auto &result) -> Result<Request> {
        if (!result)
            return result.error();
        return result->request;
    };
    switch (to) {
    case RequestStatus::Confirmed:
        return requestOf(confirm(requestId, expectedVersion));
    case RequestStatus::Cancelled:
        return requestOf(cancel(requestId, expectedVersion, reason));
    case RequestStatus::Closed:
        return close(requestId, expectedVersion, despiteGaps);
    case RequestStatus::Held:
        return markHeld(requestId, expectedVersion);
    case RequestStatus::New:
    case RequestStatus::Tagged:
    case RequestStatus::Inviting:
        break;
    }
    return run<Request>([&](OfficeChange &change) -> Result<Request> {
        auto moved = RequestRepository(*m_db).changeStatus(requestId, expectedVersion, to, reason);
        if (moved)
            addRequest(change, *moved);
        return moved;
    });
}

Status OfficeService::markNoticeDone(qint64 noticeId)
{
    auto done = run<bool>([&](OfficeChange &change) -> Result<bool> {
        if (Status s = ChangeNoticeRepository(*m_db).markDone(noticeId); !s)
            return s.error();
        change.addAll(OfficeChange::Kind::Notice);
        return true;
    });
    return done ? Status::success() : Status(done.error());
}

} // namespace Kohtaamo
