#pragma once

#include "domain/Request.h"
#include "domain/RequestStatus.h"

#include <QDate>
#include <QString>
#include <QVector>

namespace Kohtaamo {

// One line of the request inbox: what a coordinator scans a list by, read without loading the whole request.
struct RequestSummary
{
    qint64 id = 0;
    int version = 0;
    QString reference;
    QDate receivedOn;
    QString title;
    QString requesterName;
    QString requesterUnit;
    QString serviceType; // ServiceType code; empty = not set
    RequestStatus status = RequestStatus::New;
    QDate workDate; // the chosen proposed time, else the earliest, else the deadline; invalid = none yet
    int workersNeeded = 1;
    int acceptedCount = 0; // invitations answered "accepted"
    QVector<RequestTopic> topics; // primary topics first, then by id
};

} // namespace Kohtaamo
