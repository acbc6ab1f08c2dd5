#pragma once

#include "MatchingSnapshot.h"
#include "Ranking.h"
#include "RankingEngine.h"
#include "RankingWeights.h"
#include "TeamSuggestion.h"
#include "common/Result.h"
#include "office/OfficeChange.h"

#include <QCoreApplication>
#include <QDate>

#include <memory>

namespace Kohtaamo {

class Database;

// The ranking as a screen uses it: loads the snapshot and the stored weights once, ranks any number of requests
// against it, and keeps it warm: apply() reads again only what a change touched (the rows of the workers it
// concerns, the requests it names) and puts it in place; a change it cannot apply precisely (weights, taxonomy,
// organisations, a kind changed as a whole, a worker removed) and a new day load everything again on the next
// rank(). Loading everything is the expensive part (one bulk query per table); ranking one request is milliseconds.
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

    // Brings a loaded snapshot up to date with `change` (OfficeService::changed), here or by another coordinator.
    void apply(const OfficeChange &change);
    // The next rank() reads the database again.
    void invalidate();
    // How many times the whole snapshot was read (for tests and benchmarks).
    int fullLoads() const { return m_fullLoads; }
    const MatchingSnapshot *snapshot() const { return m_snapshot.get(); }
    bool isLoaded() const { return m_engine != nullptr; }
    int workerCount() const;

private:
    Status ensureLoaded(const QDate &today);
    bool update(const OfficeChange &change); // false: read everything again

    Database &m_db;
    std::unique_ptr<MatchingSnapshot> m_snapshot;
    std::unique_ptr<RankingEngine> m_engine;
    QDate m_loadedFor;
    QHash<qint64, QString> m_storedNames; // of the workers shown with a label that tells them apart
    int m_fullLoads = 0;
};

} // namespace Kohtaamo
