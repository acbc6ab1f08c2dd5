#pragma once

#include "domain/Consent.h"
#include "domain/Engagement.h"
#include "domain/Invitation.h"
#include "domain/Organisation.h"
#include "domain/Request.h"
#include "domain/ServiceType.h"
#include "domain/Topic.h"
#include "domain/Worker.h"

#include <QVector>

namespace Kohtaamo {

// What the matching reads of a request other than the one ranked (that one comes whole from the caller): the
// reference and title explanations name, and its topics.
struct MatchingRequest
{
    qint64 id = 0;
    QString reference;
    QString title;
    QVector<RequestTopic> topics;

    MatchingRequest() = default;
    MatchingRequest(const Request &r) : id(r.id), reference(r.reference), title(r.title), topics(r.topics) { }
};

// What the matching reads of an invitation.
struct MatchingInvitation
{
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 workerId = 0;
    QDateTime sentAt;
    InvitationResponse response = InvitationResponse::Pending;

    MatchingInvitation() = default;
    MatchingInvitation(const Invitation &i)
        : id(i.id), requestId(i.requestId), workerId(i.workerId), sentAt(i.sentAt), response(i.response)
    {
    }
};

// What the matching reads of an engagement.
struct MatchingEngagement
{
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 workerId = 0;
    QDateTime starts;
    QDateTime ends;
    Attendance attendance = Attendance::Planned;
    qint64 feeCents = 0;
    bool feeDeclined = false;
    PaymentState payment = PaymentState::NotDue;
    bool debriefDone = false;
    QDate debriefOn;

    MatchingEngagement() = default;
    MatchingEngagement(const Engagement &e)
        : id(e.id)
        , requestId(e.requestId)
        , workerId(e.workerId)
        , starts(e.starts)
        , ends(e.ends)
        , attendance(e.attendance)
        , feeCents(e.feeCents)
        , feeDeclined(e.feeDeclined)
        , payment(e.payment)
        , debriefDone(e.debriefDone)
        , debriefOn(e.debriefOn)
    {
    }
};

// Everything the matching reads, as plain values: what SnapshotLoader reads from a database in one go, or what a test
// builds in memory (from domain values: a Request, Invitation or Engagement converts to what is read of it).
// MatchingSnapshot indexes it. Order does not matter.
struct MatchingData
{
    QVector<Topic> topics;
    QVector<ServiceType> serviceTypes;
    QVector<Organisation> organisations;
    QVector<Worker> workers;
    QVector<Consent> consents;
    QVector<MatchingRequest> requests; // at least those the engagements and invitations refer to
    QVector<MatchingInvitation> invitations;
    QVector<MatchingEngagement> engagements;
};

} // namespace Kohtaamo

// Moved in memory as bytes when a vector of them grows (their members are Qt's implicitly shared types and numbers).
Q_DECLARE_TYPEINFO(Kohtaamo::MatchingRequest, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Kohtaamo::MatchingInvitation, Q_RELOCATABLE_TYPE);
Q_DECLARE_TYPEINFO(Kohtaamo::MatchingEngagement, Q_RELOCATABLE_TYPE);
