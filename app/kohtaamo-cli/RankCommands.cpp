#include "RankCommands.h"

#include "CliCommands.h"
#include "CliOptions.h"
#include "RankingTable.h"

#include "common/Clock.h"
#include "interchange/RankingJson.h"
#include "matching/RankingEngine.h"
#include "matching/RankingWeightsRepository.h"
#include "matching/SnapshotLoader.h"
#include "matching/TeamSuggester.h"
#include "repositories/RequestRepository.h"

#include <QJsonDocument>

namespace Kohtaamo::Cli {

namespace {
constexpr int kDefaultLimit = 50;

// Everything a ranking of one request needs, read from the database.
struct Prepared
{
    Request request;
    QDate today;
    RankingWeights weights;
    MatchingSnapshot snapshot;
};

// Reads the request, the weights and the snapshot; returns an exit code other than Ok on failure.
int prepare(Context &c, const CliOptions &options, Prepared &p)
{
    p.today = Clock::instance().today();
    if (!options.dateValue(QStringLiteral("date"), p.today, c.err))
        return BadUsage;
    const QString reference = options.positional(0).trimmed();
    auto request = RequestRepository(c.db).findByReference(reference);
    if (!request) {
        if (request.error().code == Error::Code::NotFound) {
            c.err << RankCommands::tr("No request has the reference %1.").arg(reference) << '\n';
            return NotFound;
        }
        c.err << request.error().message << '\n';
        return exitCodeFor(request.error());
    }
    p.request = *request;
    auto weights = RankingWeightsRepository(c.db).load();
    if (!weights) {
        c.err << weights.error().message << '\n';
        return exitCodeFor(weights.error());
    }
    p.weights = *weights;
    // Only what ranking this one request needs: the ranking is the same as from the full snapshot.
    SnapshotLoader loader(c.db);
    loader.setFocus(p.request, p.weights);
    auto snapshot = loader.load(p.today);
    if (!snapshot) {
        c.err << snapshot.error().message << '\n';
        return exitCodeFor(snapshot.error());
    }
    p.snapshot = std::move(snapshot).value();
    return Ok;
}

void writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}
} // namespace

int RankCommands::rank(Context &c)
{
    CliOptions options;
    if (!options.parse(c.args, { QStringLiteral("date"), QStringLiteral("limit") },
                       { QStringLiteral("excluded"), QStringLiteral("json") }, 1, c.err))
        return BadUsage;
    RankingEngine::Options rankOptions;
    rankOptions.limit = kDefaultLimit;
    if (!options.intValue(QStringLiteral("limit"), rankOptions.limit, 1, 1000000, c.err))
        return BadUsage;
    rankOptions.includeExcluded = options.flag(QStringLiteral("excluded"));
    Prepared p;
    if (const int rc = prepare(c, options, p); rc != Ok)
        return rc;
    const RankingEngine engine(p.snapshot, p.weights);
    const Ranking ranking = engine.rank(p.request, p.today, rankOptions);
    if (options.flag(QStringLiteral("json")))
        writeJson(c.out, RankingJson(p.snapshot).ranking(p.request, ranking, rankOptions.includeExcluded));
    else
        RankingTable::writeRanking(c.out, p.request, ranking, rankOptions.includeExcluded);
    return Ok;
}

int RankCommands::suggestTeam(Context &c)
{
    CliOptions options;
    if (!options.parse(c.args, { QStringLiteral("date") }, { QStringLiteral("json") }, 1, c.err))
        return BadUsage;
    Prepared p;
    if (const int rc = prepare(c, options, p); rc != Ok)
        return rc;
    const RankingEngine engine(p.snapshot, p.weights);
    RankingEngine::Options rankOptions;
    rankOptions.limit = qMax(kDefaultLimit, 5 * p.request.workersNeeded); // the pool: a few times the team
    const Ranking ranking = engine.rank(p.request, p.today, rankOptions);
    // As the request page does (MatchingService::suggestTeam).
    const TeamSuggestion team
        = TeamSuggester::suggest(p.request, ranking, qMax(1, p.request.workersNeeded),
                                 engine.weights().points(RankingWeights::Key::ExperiencePerspective));
    if (options.flag(QStringLiteral("json")))
        writeJson(c.out, RankingJson(p.snapshot).team(p.request, ranking, team));
    else
        RankingTable::writeTeam(c.out, p.request, ranking, team);
    return Ok;
}

} // namespace Kohtaamo::Cli
