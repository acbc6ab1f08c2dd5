// OfficeService: the office at a glance (Today) and the ranking kept loaded between requests.
#include "OfficeRun.h"

#include "matching/RankingWeightsRepository.h"
#include "matching/SnapshotLoader.h"
#include "matching/TeamSuggester.h"

namespace Kohtaamo {

Result<OfficeSummary::Counts> OfficeService::counts()
{
    return OfficeSummary(*m_db).counts();
}

Result<TodayAgenda::Agenda> OfficeService::today(const TodayAgenda::Options &options)
{
    return TodayAgenda(*m_db).load(options);
}

MatchingService &OfficeService::matching()
{
    if (!m_matching) {
        m_matching = std::make_unique<MatchingService>(*m_db);
        // What the ranking weighs changed (here or, through NOTIFY, by another coordinator): the snapshot reads
        // again what the change touched, and only that.
        connect(this, &OfficeService::changed, this, [this](const OfficeChange &change) { m_matching->apply(change); });
    }
    return *m_matching;
}

Result<DayRanking> OfficeService::rankOn(const Request &request, const QDate &day,
                                         const RankingEngine::Options &options, bool withTeam)
{
    DayRanking result;
    result.request = request;
    result.day = day;
    auto weights = RankingWeightsRepository(*m_db).load();
    if (!weights)
        return weights.error();
    result.weights = *weights;
    // Only what ranking this one request needs: the ranking is the same as from the full snapshot.
    SnapshotLoader loader(*m_db);
    loader.setFocus(request, result.weights);
    auto snapshot = loader.load(day);
    if (!snapshot)
        return snapshot.error();
    result.snapshot = std::move(snapshot).value();
    const RankingEngine engine(result.snapshot, result.weights);
    RankingEngine::Options used = options;
    if (withTeam)
        used.limit = qMax(options.limit, 5 * request.workersNeeded); // the pool: a few times the team
    result.ranking = engine.rank(request, day, used);
    if (withTeam) // as the request page does (MatchingService::suggestTeam)
        result.team = TeamSuggester::suggest(request, result.ranking, qMax(1, request.workersNeeded),
                                             engine.weights().points(RankingWeights::Key::ExperiencePerspective));
    return result;
}

} // namespace Kohtaamo
