#pragma once

#include "domain/Request.h"
#include "matching/MatchingSnapshot.h"
#include "matching/Ranking.h"
#include "matching/RankingWeights.h"
#include "matching/TeamSuggestion.h"

#include <QDate>

#include <optional>

namespace Kohtaamo {

// One request ranked as on a given day (the command line's `rank` and `suggest-team`): the ranking, the team when one
// was asked for, and what they were computed from (the snapshot names the workers in the JSON output).
struct DayRanking
{
    Request request;
    QDate day;
    RankingWeights weights;
    MatchingSnapshot snapshot;
    Ranking ranking;
    std::optional<TeamSuggestion> team;
};

} // namespace Kohtaamo
