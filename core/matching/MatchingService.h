#pragma once

#include "MatchingSnapshot.h"
#include "Ranking.h"
#include "RankingEngine.h"
#include "RankingWeights.h"
#include "TeamSuggestion.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

namespace Kohtaamo {

class Database;

// The ranking as a screen uses it: loads the snapshot and the stored weights once, ranks any number of requests
// against it, and loads again after invalidate() (an invitation, an engagement or a worker changed) or when the day
// changes. Loading is the expensive part (one bulk query per table); ranking one request is milliseconds.
class MatchingService
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::MatchingService)
public:
    explicit MatchingService(Database &db);
    ~MatchingService();

    // Ranks `request` for today (Clock::instance()), loading first when needed.
    Result<Ranking> rank(const Request &request, const RankingEngine::Options &options);
    // The team for a request that needs several workers, from a ranking made by rank().
    TeamSuggestion suggestTeam(const Request &request, const Ranking &ranking) const;

    // The next rank() reads the database again.
    void invalidate();
    bool isLoaded() const { return m_engine != nullptr; }
    int workerCount() const;

private:
    Status ensureLoaded(const QDate &today);

    Database &m_db;
    std::unique_ptr<MatchingSnapshot> m_snapshot;
    std::unique_ptr<RankingEngine> m_engine;
    QDate m_loadedFor;
};

} // namespace Kohtaamo
