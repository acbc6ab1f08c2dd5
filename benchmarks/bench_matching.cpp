// Ranking one request against 1,000 / 10,000 / 100,000 synthetic workers (10 experiences each, a 300-topic
// taxonomy), once the snapshot is loaded; plus what loading costs: indexing the snapshot, and reading it from SQLite.
// Run: kohtaamo-bench-matching [--benchmark_filter=...]
#include "SyntheticWorld.h"

#include "matching/RankingEngine.h"
#include "matching/SnapshotLoader.h"
#include "matching/TeamSuggester.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QTemporaryDir>

#include <benchmark/benchmark.h>

#include <map>
#include <memory>

using namespace Kohtaamo;

namespace {

struct Pool
{
    MatchingData data;
    std::unique_ptr<MatchingSnapshot> snapshot;
};

// One generated pool per size, built on first use and kept for every benchmark of that size.
Pool &pool(int workers)
{
    static std::map<int, Pool> pools;
    Pool &p = pools[workers];
    if (!p.snapshot) {
        p.data = SyntheticWorld::generate(workers);
        p.snapshot = std::make_unique<MatchingSnapshot>(p.data);
    }
    return p;
}

void rank(benchmark::State &state, bool remote, bool excluded, int threads = 0)
{
    const Pool &p = pool(static_cast<int>(state.range(0)));
    const RankingEngine engine(*p.snapshot);
    const Request request = SyntheticWorld::request(remote);
    RankingEngine::Options options;
    options.includeExcluded = excluded;
    options.threads = threads;
    Ranking r;
    for (auto _ : state) {
        r = engine.rank(request, SyntheticWorld::today(), options);
        benchmark::DoNotOptimize(r);
    }
    state.counters["eligible"] = r.eligibleCount;
    state.counters["excluded"] = r.excludedCount;
    state.counters["workers/s"]
        = benchmark::Counter(double(state.range(0)), benchmark::Counter::kIsIterationInvariantRate);
}

// Remote work: the region rule excludes nobody, so most workers are scored (the heavier case).
void BM_RankRemote(benchmark::State &state)
{
    rank(state, true, false);
}
// The same on one thread (the engine otherwise uses one per core for 25,000 workers and more).
void BM_RankRemoteOneThread(benchmark::State &state)
{
    rank(state, true, false, 1);
}
// In person in one of 19 regions: most workers are excluded by the region rule before scoring.
void BM_RankInPerson(benchmark::State &state)
{
    rank(state, false, false);
}
// With every excluded worker listed and explained.
void BM_RankRemoteWithExcluded(benchmark::State &state)
{
    rank(state, true, true);
}

void BM_SuggestTeam(benchmark::State &state)
{
    const Pool &p = pool(static_cast<int>(state.range(0)));
    const RankingEngine engine(*p.snapshot);
    const Request request = SyntheticWorld::request(true);
    for (auto _ : state) {
        RankingEngine::Options options;
        options.limit = 30;
        const Ranking r = engine.rank(request, SyntheticWorld::today(), options);
        TeamSuggestion team = TeamSuggester::suggest(request, r);
        benchmark::DoNotOptimize(team);
    }
}

void BM_BuildSnapshot(benchmark::State &state)
{
    const Pool &p = pool(static_cast<int>(state.range(0)));
    for (auto _ : state) {
        MatchingSnapshot s(p.data);
        benchmark::DoNotOptimize(s);
    }
}

void BM_LoadSnapshotFromSQLite(benchmark::State &state)
{
    QTemporaryDir dir;
    auto db = Database::open(DatabaseLocation::sqlite(dir.filePath(QStringLiteral("bench.sqlite"))));
    if (!db) {
        state.SkipWithError(qPrintable(db.error().message));
        return;
    }
    if (Status s = SyntheticWorld::write(**db, pool(static_cast<int>(state.range(0))).data); !s) {
        state.SkipWithError(qPrintable(s.error().detail));
        return;
    }
    SnapshotLoader loader(**db);
    int workers = 0;
    for (auto _ : state) {
        auto s = loader.load(SyntheticWorld::today());
        if (!s) {
            state.SkipWithError(qPrintable(s.error().detail));
            return;
        }
        workers = s->workerCount();
        benchmark::DoNotOptimize(s);
    }
    state.counters["workers"] = workers;
}

} // namespace

BENCHMARK(BM_RankRemote)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RankRemoteOneThread)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RankInPerson)->Arg(1000)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_RankRemoteWithExcluded)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_SuggestTeam)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_BuildSnapshot)->Arg(10000)->Arg(100000)->Unit(benchmark::kMillisecond);
BENCHMARK(BM_LoadSnapshotFromSQLite)->Arg(10000)->Unit(benchmark::kMillisecond)->Iterations(5);

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv); // the SQL driver plugins are found through it
    benchmark::Initialize(&argc, argv);
    if (benchmark::ReportUnrecognizedArguments(argc, argv))
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    return 0;
}
