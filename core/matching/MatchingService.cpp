#include "MatchingService.h"

#include "RankingWeightsRepository.h"
#include "ScorePart.h"
#include "SnapshotLoader.h"
#include "TeamSuggester.h"
#include "common/Clock.h"

namespace Kohtaamo {

MatchingService::MatchingService(Database &db) : m_db(db) { }

MatchingService::~MatchingService() = default;

void MatchingService::invalidate()
{
    m_engine.reset();
    m_snapshot.reset();
    m_loadedFor = QDate();
}

int MatchingService::workerCount() const
{
    return m_snapshot ? m_snapshot->workerCount() : 0;
}

Status MatchingService::ensureLoaded(const QDate &today)
{
    if (m_engine && m_loadedFor == today)
        return Status::success();
    invalidate();
    auto weights = RankingWeightsRepository(m_db).load();
    if (!weights)
        return weights.error();
    auto snapshot = SnapshotLoader(m_db).load(today);
    if (!snapshot)
        return snapshot.error();
    m_snapshot = std::make_unique<MatchingSnapshot>(std::move(snapshot).value());
    m_engine = std::make_unique<RankingEngine>(*m_snapshot, *weights);
    m_loadedFor = today;
    return Status::success();
}

Result<Ranking> MatchingService::rank(const Request &request, const RankingEngine::Options &options)
{
    const QDate today = Clock::instance().today();
    if (Status s = ensureLoaded(today); !s)
        return s.error();
    return m_engine->rank(request, today, options);
}

TeamSuggestion MatchingService::suggestTeam(const Request &request, const Ranking &ranking) const
{
    const int perspectivePoints = m_engine ? m_engine->weights().points(RankingWeights::Key::ExperiencePerspective) : 0;
    return TeamSuggester::suggest(request, ranking, qMax(1, request.workersNeeded), perspectivePoints);
}

} // namespace Kohtaamo
