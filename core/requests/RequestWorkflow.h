#pragma once

#include "common/Result.h"
#include "domain/Request.h"
#include "domain/RequestStatus.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace Kohtaamo {

// The rules of the commission workflow, without a database:
//
//   New -> Tagged -> Inviting -> Confirmed -> Held -> Closed
//   New, Tagged, Inviting, Confirmed -> Cancelled (with a reason)
//
// Held, Closed and Cancelled cannot be cancelled; Closed and Cancelled are final. Besides the order, a step has
// conditions on the request (see checkTransition). RequestRepository::changeStatus applies these rules; the UI asks
// them to enable its buttons and to explain why one is disabled.
class RequestWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::RequestWorkflow)
public:
    // What the rules need to know besides the request itself.
    struct Context
    {
        int acceptedInvitations = 0; // invitations of this request answered "accepted"
        QDate today; // invalid = do not check dates
    };

    // The statuses a request in `from` may move to, in workflow order; empty for Closed and Cancelled.
    static QVector<RequestStatus> nextSteps(RequestStatus from);
    // The order alone: whether `to` is among nextSteps(from).
    static bool isStep(RequestStatus from, RequestStatus to);
    static bool isFinal(RequestStatus status); // Closed or Cancelled
    static bool canCancel(RequestStatus status); // before Held

    // Whether `request` (in its current status) may move to `to`. Errors, each with a translated message:
    //  - NotAllowed: the step is not in the workflow, or a condition is not met:
    //      to Tagged: at least one topic;
    //      to Inviting: at least one topic, and a proposed time or a deadline;
    //      to Confirmed: at least workersNeeded accepted invitations, and a chosen time when several were proposed;
    //      to Held: the meeting (chosen, else earliest proposed time) is not in the future (when today is known);
    //  - InvalidInput: cancelling without a reason.
    static Status checkTransition(const Request &request, RequestStatus to, const QString &reason,
                                  const Context &context);
    static Status checkTransition(const Request &request, RequestStatus to, const QString &reason = {})
    {
        return checkTransition(request, to, reason, Context {});
    }

    // Several steps taken at once (an import bringing a request to its status): each checked as above against the
    // request as it would be after the previous one. On success `request` holds the last status (and, for a
    // cancellation, the trimmed reason); the first refused step is returned as the error, put in `refused` if asked,
    // and leaves `request` as it was.
    static Status walk(Request &request, const QVector<RequestStatus> &steps, const QString &cancelReason,
                       const Context &context, RequestStatus *refused = nullptr);

    // The status as the user reads it ("Inviting"), translated.
    static QString statusName(RequestStatus status);
    // The start of the meeting the workflow goes by: the chosen time, else the earliest proposed; invalid if none.
    static QDateTime meetingStart(const Request &request);
};

} // namespace Kohtaamo
