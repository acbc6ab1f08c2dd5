#include "InvitationOperations.h"

#include "RequestWorkflow.h"
#include "repositories/EngagementRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/RequestRepository.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace Kohtaamo {

namespace {

// An invitation with its request, read for a change; NotAllowed once the request is held, closed or cancelled.
struct OpenInvitation
{
    Invitation invitation;
    Request request;
};

Status checkOpen(const Request &request);

Result<OpenInvitation> loadOpen(Database &db, qint64 invitationId)
{
    auto invitation = InvitationRepository(db).get(invitationId);
    if (!invitation)
        return invitation.error();
    auto request = RequestRepository(db).get(invitation->requestId);
    if (!request)
        return request.error();
    if (Status s = checkOpen(*request); !s)
        return s.error();
    return OpenInvitation { *invitation, *request };
}

Status checkOpen(const Request &request)
{
    if (request.status == RequestStatus::Held || RequestWorkflow::isFinal(request.status))
        return Error(Error::Code::NotAllowed,
                     InvitationOperations::tr("Request %1 is “%2”: its invitations can no longer change.")
                         .arg(request.reference, RequestWorkflow::statusName(request.status)),
                     QStringLiteral("status"));
    return Status::success();
}

} // namespace

InvitationOperations::InvitationOperations(Database &db) : m_db(db) { }

Result<InvitationOperations::AnswerResult> InvitationOperations::recordAnswer(qint64 invitationId, int expectedVersion,
                                                                              InvitationResponse response,
                                                                              const QString &declineReason,
                                                                              TeamChoice choice)
{
    if (response == InvitationResponse::Withdrawn)
        return withdraw(invitationId, expectedVersion, declineReason);
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    InvitationRepository invitations(m_db);
    auto open = loadOpen(m_db, invitationId);
    if (!open)
        return open.error();
    const Invitation *current = &open->invitation;
    const Request *request = &open->request;
    if (current->response == InvitationResponse::Withdrawn)
        return Error(Error::Code::NotAllowed,
                     tr("The invitation was withdrawn; invite the worker again before recording an answer."),
                     QStringLiteral("response"));

    auto answered = invitations.recordResponse(invitationId, expectedVersion, response, declineReason);
    if (!answered)
        return answered.error();
    AnswerResult result { *answered, std::nullopt };
    EngagementRepository engagements(m_db);

    if (request->status == RequestStatus::Confirmed) {
        if (response == InvitationResponse::Accepted) {
            SqlQuery team(m_db,
                          QStringLiteral("SELECT COUNT(*) FROM engagements WHERE request_id = ? AND "
                                         "attendance <> ? AND worker_id <> ?"));
            team.bindAll({ request->id, toCode(Attendance::Cancelled), current->workerId });
            auto engaged = team.scalar();
            if (!engaged)
                return engaged.error();
            const bool full = engaged->toInt() >= request->workersNeeded;
            if (full && choice == TeamChoice::Ask)
                return Error(Error::Code::NotAllowed,
                             tr("Request %1 is confirmed and its team already has the %n worker(s) needed. Add this "
                                "worker to the team anyway, or keep them in reserve.",
                                nullptr, request->workersNeeded)
                                 .arg(request->reference),
                             QStringLiteral("teamFull"));
            if (full && choice == TeamChoice::KeepInReserve) {
                auto reserved = invitations.setReserve(invitationId, answered->version, true);
                if (!reserved)
                    return reserved.error();
                result.invitation = *reserved;
            } else {
                auto engaged = engagements.engageFromInvitation(*answered, *request);
                if (!engaged)
                    return engaged.error();
                result.engagement = *engaged;
            }
        } else if (current->response == InvitationResponse::Accepted) {
            auto cancelled = engagements.cancelPlanned(request->id, current->workerId);
            if (!cancelled)
                return cancelled.error();
            if (!cancelled->isEmpty())
                result.engagement = cancelled->first();
        }
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<InvitationOperations::AnswerResult> InvitationOperations::withdraw(qint64 invitationId, int expectedVersion,
                                                                          const QString &reason)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    InvitationRepository invitations(m_db);
    auto open = loadOpen(m_db, invitationId);
    if (!open)
        return open.error();
    const Invitation *current = &open->invitation;
    const Request *request = &open->request;
    auto withdrawn = invitations.withdraw(invitationId, expectedVersion, reason);
    if (!withdrawn)
        return withdrawn.error();
    AnswerResult result { *withdrawn, std::nullopt };
    auto cancelled = EngagementRepository(m_db).cancelPlanned(request->id, current->workerId);
    if (!cancelled)
        return cancelled.error();
    if (!cancelled->isEmpty())
        result.engagement = cancelled->first();
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<InvitationOperations::AnswerResult> InvitationOperations::joinTeam(qint64 invitationId, int expectedVersion)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    InvitationRepository invitations(m_db);
    auto open = loadOpen(m_db, invitationId);
    if (!open)
        return open.error();
    const Request *request = &open->request;
    auto joined = invitations.setReserve(invitationId, expectedVersion, false);
    if (!joined)
        return joined.error();
    AnswerResult result { *joined, std::nullopt };
    if (request->status == RequestStatus::Confirmed) {
        auto engaged = EngagementRepository(m_db).engageFromInvitation(*joined, *request);
        if (!engaged)
            return engaged.error();
        result.engagement = *engaged;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

Result<Invitation> InvitationOperations::remind(qint64 invitationId, int expectedVersion)
{
    return InvitationRepository(m_db).logReminder(invitationId, expectedVersion);
}

} // namespace Kohtaamo
