#pragma once

#include "common/Result.h"
#include "domain/Engagement.h"
#include "domain/Invitation.h"
#include "domain/Request.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

class Database;

// The steps of the commission model that touch several records at once, each in one transaction so that a failure
// changes nothing: inviting a set of workers (and moving a tagged request on to Inviting), and confirming a request
// (the accepted invitations become engagements). Each step names the request version it read: a request another
// coordinator changed meanwhile is a Conflict.
class RequestOperations
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::RequestOperations)
public:
    explicit RequestOperations(Database &db);

    struct InviteResult
    {
        Request request; // as stored afterwards (status Inviting)
        QVector<Invitation> invitations; // the new ones, in the order of the worker ids given
    };

    // Invites every worker in `workerIds` by `channel`, now. A request still Tagged moves to Inviting in the same
    // transaction. InvalidInput without workers or when one is already invited (naming the worker); NotAllowed when
    // the request is New (not tagged yet) or past inviting.
    Result<InviteResult> invite(qint64 requestId, int expectedVersion, const QVector<qint64> &workerIds,
                                InvitationChannel channel);

    struct ConfirmResult
    {
        Request request; // as stored afterwards (status Confirmed)
        QVector<Engagement> engagements; // created for the accepted invitations
    };

    // Moves the request to Confirmed (RequestWorkflow's conditions apply: enough accepted invitations, a chosen time
    // when several were proposed) and creates an engagement for every accepted invitation.
    Result<ConfirmResult> confirm(qint64 requestId, int expectedVersion);

private:
    Database &m_db;
};

} // namespace Kohtaamo
