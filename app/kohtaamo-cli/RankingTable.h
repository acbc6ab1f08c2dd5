#pragma once

#include "matching/MatchingSnapshot.h"
#include "matching/Ranking.h"
#include "matching/TeamSuggestion.h"

#include <QCoreApplication>
#include <QTextStream>

namespace Kohtaamo::Cli {

// A ranking and a team suggestion as plain text for a terminal: one row per candidate with position, name, score
// and the points of each score part, the reasons and flags indented below it; the excluded workers with their
// reasons; the team members with what each adds.
class RankingTable
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::RankingTable)
public:
    static void writeRanking(QTextStream &out, const Request &request, const Ranking &ranking, bool withExcluded);
    static void writeTeam(QTextStream &out, const Request &request, const Ranking &ranking, const TeamSuggestion &team);

private:
    static void writeHeading(QTextStream &out, const Request &request, const Ranking &ranking);
};

} // namespace Kohtaamo::Cli
