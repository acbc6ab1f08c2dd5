#pragma once

#include "common/Result.h"
#include "domain/RequestStatus.h"

#include <QCoreApplication>
#include <QMap>
#include <QVector>

namespace Kohtaamo {

class Database;

// The office at a glance: how many organisations, experience workers and requests there are, for the start page
// and the first lines of a funder's report. Plain read queries; nothing is written.
class OfficeSummary
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::OfficeSummary)
public:
    struct Counts
    {
        int organisations = 0; // every organisation
        int activeOrganisations = 0;
        int workers = 0; // every experience worker, whatever the status
        int activeWorkers = 0;
        int workersOnBreak = 0;
        QMap<RequestStatus, int> requests; // every status, zero when there are none

        int requestsIn(RequestStatus status) const { return requests.value(status, 0); }
        // Requests still being worked on: everything before Closed and Cancelled.
        int openRequests() const;
        int allRequests() const;
        // Nothing has been entered yet: no organisation and no worker.
        bool isEmpty() const { return organisations == 0 && workers == 0; }
    };

    explicit OfficeSummary(Database &db);

    Result<Counts> counts();

    // The statuses of requests still being worked on, in workflow order.
    static QVector<RequestStatus> openStatuses();

private:
    Database &m_db;
};

} // namespace Kohtaamo
