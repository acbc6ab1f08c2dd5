#include "TeamSuggester.h"

#include "MatchTexts.h"
#include "RankingWeights.h"

#include <QSet>

#include <algorithm>

namespace Kohtaamo {

TeamSuggestion TeamSuggester::suggest(const Request &request, const Ranking &ranking)
{
    return suggest(request, ranking, request.workersNeeded,
                   RankingWeights::defaults().points(RankingWeights::Key::ExperiencePerspective));
}

TeamSuggestion TeamSuggester::suggest(const Request &request, const Ranking &ranking, int teamSize,
                                      int perspectivePoints)
{
    TeamSuggestion team;
    team.wanted = qMax(0, teamSize);
    const int topics = request.topics.size();
    const bool anyPerspective = request.wantedPerspective == Perspective::Any;

    // What the team has so far: per topic the best match, and the perspectives its members bring.
    for (int q = 0; q < topics; ++q) {
        TopicMatch none;
        none.requestTopicId = request.topics.at(q).topicId;
        none.weight = request.topics.at(q).weight;
        if (!ranking.candidates.isEmpty() && q < ranking.candidates.constFirst().matches.size())
            none.requestTopicName = ranking.candidates.constFirst().matches.at(q).requestTopicName;
        else
            none.requestTopicName = tr("topic #%1").arg(none.requestTopicId); // nobody in the pool to name it
        team.coverage.append(none);
    }
    QVector<bool> wantedCovered(topics, false);
    QSet<int> perspectives;
    const auto candidatePerspectives = [](const Candidate &c) {
        QSet<int> p;
        for (const auto &m : c.matches) {
            if (m.level != MatchLevel::None)
                p.insert(static_cast<int>(m.perspective));
        }
        return p;
    };
    const auto gainOf = [&](const Candidate &c) {
        int gain = 0;
        for (int q = 0; q < topics && q < c.matches.size(); ++q)
            gain += qMax(0, c.matches.at(q).points - team.coverage.at(q).points);
        if (anyPerspective) {
            const QSet<int> p = candidatePerspectives(c);
            for (int v : p) {
                if (!perspectives.contains(v))
                    gain += perspectivePoints;
            }
        }
        return gain;
    };

    QVector<bool> taken(ranking.candidates.size(), false);
    while (team.members.size() < team.wanted) {
        int best = -1;
        int bestGain = 0;
        for (int i = 0; i < ranking.candidates.size(); ++i) {
            if (taken.at(i))
                continue;
            const int gain = gainOf(ranking.candidates.at(i));
            // Strictly more: on equal gain the earlier (better-ranked) candidate stays.
            if (best < 0 || gain > bestGain) {
                best = i;
                bestGain = gain;
            }
        }
        if (best < 0)
            break; // the pool is exhausted
        taken[best] = true;
        const Candidate &c = ranking.candidates.at(best);
        TeamMember member;
        member.candidate = c;
        member.gain = bestGain;
        for (int q = 0; q < topics && q < c.matches.size(); ++q) {
            const TopicMatch &m = c.matches.at(q);
            if (m.perspectiveWanted && m.level != MatchLevel::None)
                wantedCovered[q] = true;
            if (m.points > team.coverage.at(q).points) {
                member.adds.append(team.coverage.at(q).points > 0 ? tr("Better: %1").arg(MatchTexts::topicMatch(m))
                                                                  : MatchTexts::topicMatch(m));
                team.coverage[q] = m;
            }
        }
        const QSet<int> p = candidatePerspectives(c);
        QList<int> fresh;
        for (int v : p) {
            if (!perspectives.contains(v))
                fresh.append(v);
        }
        std::sort(fresh.begin(), fresh.end());
        if (anyPerspective && !team.members.isEmpty()) {
            for (int v : fresh)
                member.adds.append(
                    tr("A new perspective: %1").arg(MatchTexts::perspective(static_cast<Perspective>(v))));
        }
        perspectives.unite(p);
        if (member.adds.isEmpty())
            member.adds.append(tr("Next best by score (%1 points); adds no new topic or perspective").arg(c.score));
        team.members.append(member);
    }

    for (int q = 0; q < topics; ++q) {
        const TopicMatch &m = team.coverage.at(q);
        const QString &name = m.requestTopicName;
        if (m.level == MatchLevel::None)
            team.gaps.append(tr("Nobody in the team has experience of %1").arg(name));
        else if (!anyPerspective && !wantedCovered.at(q))
            team.gaps.append(tr("Nobody in the team has experience of %1 %2")
                                 .arg(name, MatchTexts::perspective(request.wantedPerspective)));
    }
    if (team.members.size() < team.wanted)
        team.gaps.append(
            tr("Only %1 of the %2 workers needed can be suggested").arg(team.members.size()).arg(team.wanted));
    return team;
}

} // namespace Kohtaamo
