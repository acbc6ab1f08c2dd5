#include "RankCommands.h"

#include "CliCommands.h"
#include "CliOptions.h"
#include "TerminalText.h"

#include "RankingTable.h"
#include "common/Translations.h"

#include "common/Clock.h"
#include "interchange/RankingJson.h"
#include "matching/RankingEngine.h"
#include "office/OfficeService.h"

#include <QJsonDocument>

namespace Kohtaamo::Cli {

namespace {
constexpr int kDefaultLimit = 50;

// Reads the day and the request; returns an exit code other than Ok on failure.
int prepare(Context &c, const CliOptions &options, Request &request, QDate &day)
{
    day = Clock::instance().today();
    if (!options.dateValue(QStringLiteral("date"), day, c.err))
        return BadUsage;
    const QString reference = options.positional(0).trimmed();
    auto found = c.office.requestByReference(reference);
    if (!found) {
        if (found.error().code == Error::Code::NotFound) {
            c.err << RankCommands::tr("No request has the reference %1.").arg(TerminalText::field(reference)) << '\n';
            return NotFound;
        }
        c.err << found.error().message << '\n';
        return exitCodeFor(found.error());
    }
    request = *found;
    return Ok;
}

void writeJson(QTextStream &out, const QJsonObject &object)
{
    out << QString::fromUtf8(QJsonDocument(object).toJson(QJsonDocument::Indented));
}
} // namespace

int RankCommands::rank(Context &c)
{
    const CliOptions &options = c.options;
    RankingEngine::Options rankOptions;
    rankOptions.limit = kDefaultLimit;
    if (!options.intValue(QStringLiteral("limit"), rankOptions.limit, 1, 1000000, c.err))
        return BadUsage;
    rankOptions.includeExcluded = options.flag(QStringLiteral("excluded"));
    // The table is for people: names, dates and reasons in the tool's language. JSON stays English for programs.
    if (!options.flag(QStringLiteral("json")))
        rankOptions.language = Translations::currentLanguage();
    Request request;
    QDate day;
    if (const int rc = prepare(c, options, request, day); rc != Ok)
        return rc;
    auto ranked = c.office.rankOn(request, day, rankOptions);
    if (!ranked) {
        c.err << ranked.error().message << '\n';
        return exitCodeFor(ranked.error());
    }
    if (options.flag(QStringLiteral("json")))
        writeJson(c.out, RankingJson(ranked->snapshot).ranking(request, ranked->ranking, rankOptions.includeExcluded));
    else
        RankingTable::writeRanking(c.out, request, ranked->ranking, rankOptions.includeExcluded);
    return Ok;
}

int RankCommands::suggestTeam(Context &c)
{
    const CliOptions &options = c.options;
    Request request;
    QDate day;
    if (const int rc = prepare(c, options, request, day); rc != Ok)
        return rc;
    RankingEngine::Options rankOptions;
    rankOptions.limit = kDefaultLimit;
    if (!options.flag(QStringLiteral("json")))
        rankOptions.language = Translations::currentLanguage();
    auto ranked = c.office.rankOn(request, day, rankOptions, true);
    if (!ranked) {
        c.err << ranked.error().message << '\n';
        return exitCodeFor(ranked.error());
    }
    if (options.flag(QStringLiteral("json")))
        writeJson(c.out, RankingJson(ranked->snapshot).team(request, ranked->ranking, *ranked->team));
    else
        RankingTable::writeTeam(c.out, request, ranked->ranking, *ranked->team);
    return Ok;
}

} // namespace Kohtaamo::Cli
