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
#include <QHash>
#include <QVector>

#include <atomic>
#include <chrono>
#include <future>
#include <memory>

namespace Kohtaamo {

class Database;

// The ranking as a screen uses it: loads the snapshot and the stored weights once, ranks any number of requests
// against it, and keeps it warm: apply() reads again only what a change touched (the rows of the workers it
// concerns, the requests it names) and puts it in place; a change it cannot apply precisely (weights, taxonomy,
// organisations, a kind changed as a whole, a worker removed) and a new day load everything again on the next
// rank(). Loading everything is the expensive part (one bulk query per table); ranking one request is milliseconds.
//
// warmUp() does that expensive part ahead, on a thread and a connection of its own, while the coordinator is still
// on another page: the first rank() then finds the snapshot ready, or waits only for the rest of the load.
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

    // Starts loading the snapshot on a thread of its own, with its own connection to the same database (opened for
    // reading only; an SQLite database in memory has no second connection, and then nothing is done). The changes
    // that arrive meanwhile are kept and applied when rank() takes the snapshot in; when the second connection or
    // the load fails, rank() loads here as before. Does nothing while a snapshot is loaded or loading.
    void warmUp();
    bool isWarmingUp() const { return m_pending.valid(); }
    // Stops a load warmUp() began, waits for its thread to end and forgets it (before the database file is replaced:
    // its connection must be closed). The service's destructor does the same, so an office closed during the load
    // does not wait for all of it.
    void abandonWarmUp();
    // The load warmUp() began has ended (rank() takes it in without waiting).
    bool isWarmedUp() const
    {
        return m_pending.valid() && m_pending.wait_for(std::chrono::seconds(0)) == std::future_status::ready;
    }

    // Brings a loaded snapshot up to date with `change` (OfficeService::changed), here or by another coordinator.
    void apply(const OfficeChange &change);
    // The next rank() reads the database again.
    void invalidate();
    // How many times the whole snapshot was read (for tests and benchmarks).
    int fullLoads() const { return m_fullLoads; }
    // How many of those were read ahead by warmUp() and taken in.
    int loadsAhead() const { return m_loadsAhead; }
    const MatchingSnapshot *snapshot() const { return m_snapshot.get(); }
    bool isLoaded() const { return m_engine != nullptr; }
    int workerCount() const;

private:
    struct Loaded; // the weights and the snapshot, read here or by the thread of warmUp()
    static std::shared_ptr<Loaded> readAll(Database &db, const QDate &today);
    void take(Loaded &loaded, const QDate &today); // puts what was read in place
    Status ensureLoaded(const QDate &today);
    bool takeLoadAhead(const QDate &today); // true: a snapshot read ahead is in place for today
    void reset();
    bool update(const OfficeChange &change); // false: read everything again

    Database &m_db;
    std::unique_ptr<MatchingSnapshot> m_snapshot;
    std::unique_ptr<RankingEngine> m_engine;
    QDate m_loadedFor;
    QHash<qint64, QString> m_storedNames; // of the workers shown with a label that tells them apart
    int m_fullLoads = 0;
    int m_loadsAhead = 0;
    std::future<std::shared_ptr<Loaded>> m_pending; // warmUp() under way (its destructor waits for the thread)
    std::shared_ptr<std::atomic<bool>> m_stopPending; // set: the thread's reads end early (Database::setInterruption)
    QDate m_pendingFor;
    QVector<OfficeChange> m_pendingChanges; // arrived while it was under way
    bool m_pendingStale = false; // invalidate() was asked for meanwhile
};

} // namespace Kohtaamo
