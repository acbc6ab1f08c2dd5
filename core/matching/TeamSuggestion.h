#pragma once

#include "Candidate.h"
#include "TopicMatch.h"

#include <QStringList>
#include <QVector>

namespace Kohtaamo {

// A team chosen by TeamSuggester: each member with what they add to the others, and what the team still lacks.
struct TeamMember
{
    Candidate candidate;
    QStringList adds; // translated ("Foster care — exact, as parent", "A new perspective: as relative")
    int gain = 0; // the coverage points this member added when chosen
};

struct TeamSuggestion
{
    QVector<TeamMember> members; // in the order they were chosen
    QVector<TopicMatch> coverage; // per request topic the team's best match, in the request's order
    QStringList gaps; // translated: topics no member covers, or not from the wanted perspective
    int wanted = 0; // how many workers the request needs

    bool complete() const { return members.size() >= wanted; }
};

} // namespace Kohtaamo
