#pragma once

#include "Ranking.h"
#include "TeamSuggestion.h"

#include <QCoreApplication>

namespace Kohtaamo {

// Suggests a team for a request that needs several workers: greedy marginal coverage over the request's topics.
// Each round takes the candidate who adds the most the team does not have yet — better matches of the requested
// topics (in the same points as the experience part, so a primary topic and the wanted perspective weigh more) and,
// when the request wants no particular perspective, a perspective no member brings yet. Ties go to the better-ranked
// candidate; once nobody adds anything, the next best by score fills the team. Deterministic for a given ranking.
class TeamSuggester
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::TeamSuggester)
public:
    // The pool is ranking.candidates (rank with a limit of a few times the team size); `perspectivePoints` is what a
    // new perspective is worth: pass the engine's weights.points(ExperiencePerspective); the short form uses the
    // default weight and request.workersNeeded.
    static TeamSuggestion suggest(const Request &request, const Ranking &ranking, int teamSize, int perspectivePoints);
    static TeamSuggestion suggest(const Request &request, const Ranking &ranking);
};

} // namespace Kohtaamo
