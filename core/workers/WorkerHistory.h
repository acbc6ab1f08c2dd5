#pragma once

#include "domain/Engagement.h"
#include "domain/Invitation.h"
#include "domain/Request.h"

#include <QHash>
#include <QVector>

namespace Kohtaamo {

// What a worker has done, read in one consistent picture for the editor's History tab: their invitations (latest
// first), their engagements (latest start first) and the requests both belong to, by id. Plain value; the office
// service reads it (OfficeService::workerHistory).
struct WorkerHistory
{
    QVector<Invitation> invitations;
    QVector<Engagement> engagements;
    QHash<qint64, Request> requests; // each request named above that could be read
};

} // namespace Kohtaamo
