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

// Everything the matching reads, as plain domain values: what SnapshotLoader reads from a database in one go, or
// what a test builds in memory. MatchingSnapshot indexes it. Order does not matter.
struct MatchingData
{
    QVector<Topic> topics;
    QVector<ServiceType> serviceTypes;
    QVector<Organisation> organisations;
    QVector<Worker> workers;
    QVector<Consent> consents;
    QVector<Request> requests; // at least those the engagements and invitations refer to
    QVector<Invitation> invitations;
    QVector<Engagement> engagements;
};

} // namespace Kohtaamo
