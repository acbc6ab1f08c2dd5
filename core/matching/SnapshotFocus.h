#pragma once

#include "MatchingData.h"
#include "RankingWeights.h"
#include "SnapshotFilters.h"
#include "common/Result.h"
#include "domain/Request.h"

namespace Kohtaamo {

class Database;

// Part of SnapshotLoader (not for other callers): what a load focused on one request (SnapshotLoader::setFocus)
// reads differently from a full one. The history it reads is only what can weigh on ranking that request with
// those weights; of other requests only the heavy topics and the titles the ranking names; of the last debriefs
// only those that can flag a candidate.
class SnapshotFocus
{
public:
    SnapshotFocus(const Request &request, const RankingWeights &weights);

    const Request &request() const { return m_request; }
    const RankingWeights &weights() const { return m_weights; }

    // The condition on the invitations `i` read.
    SnapshotFilters::Condition invitations(const QDate &since, const QDate &today) const;
    // The query of the engagements read, with `columns` of `engagements e`, for the workers of `data`.
    SnapshotFilters::Condition engagements(const QString &columns, const MatchingData &data, const QDate &since,
                                           const QDate &today) const;
    // The other requests of the engagements in `data`: their heavy topics, and the title of those at the same time.
    Status loadRequests(Database &db, MatchingData &data) const;
    // Each worker's last debrief over every engagement of the history window, cancelled ones included.
    Status loadDebriefs(Database &db, MatchingData &data, const QDate &since, const QDate &today) const;

private:
    Request m_request;
    RankingWeights m_weights;
};

} // namespace Kohtaamo
