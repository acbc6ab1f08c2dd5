#pragma once

#include "matching/MatchingSnapshot.h"
#include "matching/Ranking.h"
#include "matching/TeamSuggestion.h"

#include <QJsonArray>
#include <QJsonObject>

namespace Kohtaamo {

// A ranking and a team suggestion as JSON, for scripts (`kohtaamo-cli rank --json`, documented in
// docs/interchange.md): candidates in ranking order with their score parts, reasons and flags, the excluded workers
// with reason codes, each team member with what they add. Enum values are the stable text codes; the texts are
// translated. Topic and organisation names come from the snapshot the ranking was made with.
class RankingJson
{
public:
    explicit RankingJson(const MatchingSnapshot &snapshot);

    // withExcluded: the ranking was made with RankingEngine::Options::includeExcluded, so that it lists the excluded
    // workers and counts them per reason.
    QJsonObject ranking(const Request &request, const Ranking &ranking, bool withExcluded) const;
    QJsonObject team(const Request &request, const Ranking &ranking, const TeamSuggestion &team) const;

    QJsonObject candidate(const Candidate &candidate) const;
    QJsonObject topicMatch(const TopicMatch &match) const;
    QJsonObject request(const Request &request, const Ranking &ranking) const;

private:
    QJsonValue topicCode(qint64 topicId) const;

    const MatchingSnapshot &m_snapshot;
};

} // namespace Kohtaamo
