#include "RequestOperations.h"

#include "common/Clock.h"
#include "repositories/EngagementRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/RequestRepository.h"
#include "storage/RecordStore.h"
#include "storage/Transaction.h"

namespace Kohtaamo {

RequestOperations::RequestOperations(Database &db)
    : m_db(db)
{
}

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
        return Error(Error::Code::NotAllowed,
                     tr("Request %1 has no topics yet. Tag it before inviting experience workers.")
                         .arg(request->reference));

    InviteResult result;
    const QDateTime now = Clock::instance().now();
    InvitationRepository invitations(m_db);
    for (qint64 workerId : workerIds) {
        Invitation invitation;
        invitation.requestId = requestId;
        invitation.workerId = workerId;
        invitation.channel = channel;
        invitation.sentAt = now;
        auto created = invitations.create(invitation);
        if (!created)
            return created.error();
        result.invitations.append(*created);
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
    return ConfirmResult{*moved, *engagements};
}

} // namespace Kohtaamo
