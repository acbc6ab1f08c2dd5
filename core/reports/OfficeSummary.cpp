#include "OfficeSummary.h"

#include "domain/Worker.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

namespace Kohtaamo {

OfficeSummary::OfficeSummary(Database &db) : m_db(db) { }

QVector<RequestStatus> OfficeSummary::openStatuses()
{
    return { RequestStatus::New, RequestStatus::Tagged, RequestStatus::Inviting, RequestStatus::Confirmed,
             RequestStatus::Held };
}

int OfficeSummary::Counts::openRequests() const
{
    int total = 0;
    for (RequestStatus status : openStatuses())
        total += requestsIn(status);
    return total;
}

int OfficeSummary::Counts::allRequests() const
{
    int total = 0;
    for (int n : requests)
        total += n;
    return total;
}

Result<OfficeSummary::Counts> OfficeSummary::counts()
{
    Counts counts;
    for (const auto &entry : kRequestStatusCodes)
        counts.requests.insert(entry.first, 0);

    SqlQuery organisations(m_db,
                           QStringLiteral("SELECT COUNT(*), COALESCE(SUM(CASE WHEN active = ? THEN 1 ELSE 0 END), 0) "
                                          "FROM organisations"));
    organisations.bind(true);
    if (Status s = organisations.exec(); !s)
        return s.error();
    if (organisations.next()) {
        counts.organisations = organisations.value(0).toInt();
        counts.activeOrganisations = organisations.value(1).toInt();
    }

    SqlQuery workers(m_db, QStringLiteral("SELECT status, COUNT(*) FROM workers GROUP BY status"));
    if (Status s = workers.exec(); !s)
        return s.error();
    while (workers.next()) {
        const QString status = workers.value(0).toString();
        const int n = workers.value(1).toInt();
        counts.workers += n;
        if (status == toCode(WorkerStatus::Active))
            counts.activeWorkers = n;
        else if (status == toCode(WorkerStatus::OnBreak))
            counts.workersOnBreak = n;
    }

    SqlQuery requests(m_db, QStringLiteral("SELECT status, COUNT(*) FROM requests GROUP BY status"));
    if (Status s = requests.exec(); !s)
        return s.error();
    while (requests.next()) {
        if (const auto status = requestStatusFromCode(requests.value(0).toString()))
            counts.requests[*status] = requests.value(1).toInt();
    }
    return counts;
}

} // namespace Kohtaamo
