#pragma once

#include "CloseGap.h"
#include "common/Result.h"
#include "domain/Engagement.h"
#include "domain/Invitation.h"
#include "domain/Request.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

class Database;

// The steps of the commission model that touch several records at once, each in one transaction so that a failure
// changes nothing. Each step names the request version it read: a request another coordinator changed meanwhile is
// a Conflict. The office service (core/office/OfficeService) is the only caller outside tests; it adds the acting
// coordinator's checks and the change signal.
class RequestOperations
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::RequestOperations)
public:
    explicit RequestOperations(Database &db);

    struct InviteResult
    {
        Request request; // as stored afterwards (status Inviting)
        QVector<Invitation> invitations; // the new or renewed ones, in the order of the worker ids given
    };

    // Invites every worker in `workerIds` by `channel`, now. A worker whose earlier invitation was withdrawn is
    // invited again on that invitation (its history keeps the first). A request still Tagged moves to Inviting in the
    // same transaction. InvalidInput without workers or when one is already invited (naming the worker); NotAllowed
    // when the request is New (not tagged yet) or past inviting.
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

    struct SaveResult
    {
        Request request; // as stored
        QVector<Engagement> moved; // planned engagements moved to the new time
        QVector<qint64> workersToTell; // invited or engaged workers with a new change notice
        bool rescheduled = false; // the meeting's time changed
    };

    // Logs a new request (id 0) or saves an edit. When the meeting's time of a request with invitations or
    // engagements changes, its planned engagements move with it and every invited or engaged worker gets a notice
    // "to be told of the change" — in the same transaction.
    Result<SaveResult> save(const Request &request);

    struct CancelResult
    {
        Request request; // as stored (Cancelled)
        QVector<Engagement> engagements; // planned engagements cancelled
        QVector<Invitation> invitations; // open invitations withdrawn
        QVector<qint64> workersToTell;
    };

    // Cancels the request with a reason; its planned engagements are cancelled and its open (pending or accepted)
    // invitations withdrawn with that reason, all in one transaction, and the workers get a change notice.
    Result<CancelResult> cancel(qint64 requestId, int expectedVersion, const QString &reason);

    // What is still missing before a held request is closed (attendance, hours, debrief, fee decision), one entry per
    // engagement and gap.
    Result<QVector<CloseGap>> closeGaps(qint64 requestId);

    // Closes a held request. With gaps (closeGaps) and `despiteGaps` false, NotAllowed (detail "closeGaps") naming
    // them, and nothing changes; with `despiteGaps` the gaps go into the status history's reason.
    Result<Request> close(qint64 requestId, int expectedVersion, bool despiteGaps);

private:
    Database &m_db;
};

} // namespace Kohtaamo
