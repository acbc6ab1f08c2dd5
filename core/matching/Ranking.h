#pragma once

#include "Candidate.h"
#include "ExcludedWorker.h"

#include <QDate>
#include <QVector>

#include <array>

namespace Kohtaamo {

// The result of ranking one request: the best candidates in order, how many more were eligible, and (on demand) who
// was excluded and why.
struct Ranking
{
    qint64 requestId = 0;
    QDate today;
    QDate requestDate; // the day the hard rules were checked for (Request::workDate(), else today)
    QVector<Candidate> candidates; // best first, at most RankingEngine::Options::limit
    int eligibleCount = 0; // all workers who passed the hard rules
    int excludedCount = 0;
    // Filled only with RankingEngine::Options::includeExcluded (without it the engine stops at a worker's first
    // reason):
    std::array<int, kExclusionReasonCount> exclusionCounts {}; // workers per reason, indexed by ExclusionReason
    QVector<ExcludedWorker> excluded; // in worker id order

    int countExcludedFor(ExclusionReason reason) const { return exclusionCounts[static_cast<std::size_t>(reason)]; }
};

} // namespace Kohtaamo
