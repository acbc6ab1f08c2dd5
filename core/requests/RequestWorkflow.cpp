#include "RequestWorkflow.h"

#include <QLocale>

namespace Kohtaamo {

QVector<RequestStatus> RequestWorkflow::nextSteps(RequestStatus from)
{
    switch (from) {
    case RequestStatus::New:
        return { RequestStatus::Tagged, RequestStatus::Cancelled };
    case RequestStatus::Tagged:
        return { RequestStatus::Inviting, RequestStatus::Cancelled };
    case RequestStatus::Inviting:
        return { RequestStatus::Confirmed, RequestStatus::Cancelled };
    case RequestStatus::Confirmed:
        return { RequestStatus::Held, RequestStatus::Cancelled };
    case RequestStatus::Held:
        return { RequestStatus::Closed };
    case RequestStatus::Closed:
    case RequestStatus::Cancelled:
        return {};
    }
    return {};
}

bool RequestWorkflow::isStep(RequestStatus from, RequestStatus to)
{
    return nextSteps(from).contains(to);
}

bool RequestWorkflow::isFinal(RequestStatus status)
{
    return status == RequestStatus::Closed || status == RequestStatus::Cancelled;
}

bool RequestWorkflow::canCancel(RequestStatus status)
{
    return isStep(status, RequestStatus::Cancelled);
}

QDateTime RequestWorkflow::meetingStart(const Request &request)
{
    QDateTime earliest;
    for (const DateOption &o : request.dateOptions) {
        if (o.chosen)
            return o.starts;
        if (o.starts.isValid() && (!earliest.isValid() || o.starts < earliest))
            earliest = o.starts;
    }
    return earliest;
}

Status RequestWorkflow::walk(Request &request, const QVector<RequestStatus> &steps, const QString &cancelReason,
                             const Context &context, RequestStatus *refused)
{
    Request walked = request;
    for (RequestStatus step : steps) {
        const QString why = step == RequestStatus::Cancelled ? cancelReason.trimmed() : QString();
        if (Status s = checkTransition(walked, step, why, context); !s) {
            if (refused)
                *refused = step;
            return s.error();
        }
        walked.status = step;
        if (step == RequestStatus::Cancelled)
            walked.cancelReason = why;
    }
    request = walked;
    return Status::success();
}

Status RequestWorkflow::checkTransition(const Request &request, RequestStatus to, const QString &reason,
                                        const Context &context)
{
    const RequestStatus from = request.status;
    if (from == to)
        return Error(Error::Code::NotAllowed, tr("The request is already “%1”.").arg(statusName(to)),
                     QStringLiteral("status"));
    if (!isStep(from, to)) {
        if (to == RequestStatus::Cancelled)
            return Error(Error::Code::NotAllowed,
                         tr("A request that is “%1” can no longer be cancelled.").arg(statusName(from)),
                         QStringLiteral("status"));
        return Error(Error::Code::NotAllowed,
                     tr("A request cannot go from “%1” to “%2”.").arg(statusName(from), statusName(to)),
                     QStringLiteral("status"));
    }

    switch (to) {
    case RequestStatus::New:
        break; // never a step
    case RequestStatus::Tagged:
        if (request.topics.isEmpty())
            return Error(Error::Code::NotAllowed,
                         tr("Add at least one topic to the request before marking it tagged: the topics say whose "
                            "experience is asked for."),
                         QStringLiteral("topics"));
        break;
    case RequestStatus::Inviting:
        if (request.topics.isEmpty())
            return Error(Error::Code::NotAllowed, tr("Add at least one topic to the request before inviting workers."),
                         QStringLiteral("topics"));
        if (request.dateOptions.isEmpty() && !request.deadline.isValid())
            return Error(Error::Code::NotAllowed,
                         tr("Propose a time or set a deadline before inviting workers: they need to know when."),
                         QStringLiteral("dateOptions"));
        break;
    case RequestStatus::Confirmed: {
        if (context.acceptedInvitations < request.workersNeeded)
            return Error(Error::Code::NotAllowed,
                         tr("The request needs %n worker(s), but only %1 accepted the invitation.", nullptr,
                            request.workersNeeded)
                             .arg(context.acceptedInvitations),
                         QStringLiteral("invitations"));
        if (request.dateOptions.size() > 1) {
            bool chosen = false;
            for (const DateOption &o : request.dateOptions)
                chosen = chosen || o.chosen;
            if (!chosen)
                return Error(Error::Code::NotAllowed,
                             tr("Several times were proposed: choose the one that was agreed before confirming."),
                             QStringLiteral("dateOptions"));
        }
        break;
    }
    case RequestStatus::Held: {
        const QDateTime starts = meetingStart(request);
        if (context.today.isValid() && starts.isValid() && starts.date() > context.today)
            return Error(Error::Code::NotAllowed,
                         tr("The meeting is planned for %1; it can be marked held only once it has taken place.")
                             .arg(QLocale().toString(starts.date(), QLocale::ShortFormat)),
                         QStringLiteral("dateOptions"));
        break;
    }
    case RequestStatus::Closed:
        break;
    case RequestStatus::Cancelled:
        if (reason.trimmed().isEmpty())
            return Error(Error::Code::InvalidInput,
                         tr("Give a reason for cancelling the request; the requester and the invited workers "
                            "will ask."),
                         QStringLiteral("reason"));
        break;
    }
    return Status::success();
}

QString RequestWorkflow::statusName(RequestStatus status)
{
    switch (status) {
    case RequestStatus::New:
        return tr("New", "request status");
    case RequestStatus::Tagged:
        return tr("Tagged", "request status");
    case RequestStatus::Inviting:
        return tr("Inviting", "request status");
    case RequestStatus::Confirmed:
        return tr("Confirmed", "request status");
    case RequestStatus::Held:
        return tr("Held", "request status");
    case RequestStatus::Closed:
        return tr("Closed", "request status");
    case RequestStatus::Cancelled:
        return tr("Cancelled", "request status");
    }
    return {};
}

} // namespace Kohtaamo
