#include "RankingJson.h"

#include "InterchangeFormat.h"

namespace Kohtaamo {

namespace {
QJsonArray textArray(const QStringList &values)
{
    QJsonArray a;
    for (const QString &v : values)
        a.append(v);
    return a;
}
} // namespace

RankingJson::RankingJson(const MatchingSnapshot &snapshot) : m_snapshot(snapshot) { }

QJsonValue RankingJson::topicCode(qint64 topicId) const
{
    const Topic *t = m_snapshot.topics().find(topicId);
    return t ? QJsonValue(t->code) : QJsonValue(QJsonValue::Null);
}

QJsonObject RankingJson::topicMatch(const TopicMatch &m) const
{
    const bool matched = m.level != MatchLevel::None;
    return QJsonObject {
        { QStringLiteral("topic"), topicCode(m.requestTopicId) },
        { QStringLiteral("topicName"), m.requestTopicName },
        { QStringLiteral("weight"), toCode(m.weight) },
        { QStringLiteral("level"), toCode(m.level) },
        { QStringLiteral("experienceTopic"), matched ? topicCode(m.experienceTopicId) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("perspective"), matched ? QJsonValue(toCode(m.perspective)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("perspectiveWanted"), m.perspectiveWanted },
        { QStringLiteral("points"), m.points },
    };
}

QJsonObject RankingJson::candidate(const Candidate &c) const
{
    QJsonArray parts;
    for (const ScorePart &p : c.parts)
        parts.append(QJsonObject { { QStringLiteral("kind"), toCode(p.kind) },
                                   { QStringLiteral("points"), p.points },
                                   { QStringLiteral("reasons"), textArray(p.reasons) } });
    QJsonArray flags;
    for (const CandidateNote &n : c.notes)
        flags.append(QJsonObject { { QStringLiteral("code"), toCode(n.flag) }, { QStringLiteral("text"), n.text } });
    QJsonArray matches;
    for (const TopicMatch &m : c.matches)
        matches.append(topicMatch(m));
    const Organisation *organisation = m_snapshot.organisation(c.organisationId);
    return QJsonObject {
        { QStringLiteral("position"), c.position },
        { QStringLiteral("workerId"), c.workerId },
        { QStringLiteral("name"), c.displayName },
        { QStringLiteral("organisation"),
          organisation ? QJsonValue(organisation->name) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("score"), c.score },
        { QStringLiteral("parts"), parts },
        { QStringLiteral("reasons"), textArray(c.reasons()) },
        { QStringLiteral("flags"), flags },
        { QStringLiteral("matches"), matches },
        { QStringLiteral("recentEngagements"), c.recentEngagements },
    };
}

QJsonObject RankingJson::request(const Request &r, const Ranking &ranking) const
{
    return QJsonObject {
        { QStringLiteral("id"), r.id },
        { QStringLiteral("reference"), r.reference },
        { QStringLiteral("title"), r.title },
        { QStringLiteral("status"), toCode(r.status) },
        { QStringLiteral("workersNeeded"), r.workersNeeded },
        { QStringLiteral("date"), InterchangeFormat::date(ranking.requestDate) },
    };
}

QJsonObject RankingJson::ranking(const Request &r, const Ranking &ranking, bool withExcluded) const
{
    QJsonArray candidates;
    for (const Candidate &c : ranking.candidates)
        candidates.append(candidate(c));
    QJsonObject out {
        { QStringLiteral("request"), request(r, ranking) },
        { QStringLiteral("today"), InterchangeFormat::date(ranking.today) },
        { QStringLiteral("eligibleCount"), ranking.eligibleCount },
        { QStringLiteral("excludedCount"), ranking.excludedCount },
        { QStringLiteral("candidates"), candidates },
    };
    if (withExcluded) {
        QJsonArray excluded;
        for (const ExcludedWorker &x : ranking.excluded) {
            QJsonArray reasons;
            for (const Exclusion &e : x.exclusions)
                reasons.append(
                    QJsonObject { { QStringLiteral("code"), toCode(e.reason) }, { QStringLiteral("text"), e.text } });
            excluded.append(QJsonObject { { QStringLiteral("workerId"), x.workerId },
                                          { QStringLiteral("name"), x.displayName },
                                          { QStringLiteral("reasons"), reasons } });
        }
        QJsonObject counts;
        for (const auto &entry : kExclusionReasonCodes) {
            if (const int n = ranking.countExcludedFor(entry.first))
                counts.insert(QString::fromLatin1(entry.second), n);
        }
        out.insert(QStringLiteral("excluded"), excluded);
        out.insert(QStringLiteral("exclusionCounts"), counts);
    }
    return out;
}

QJsonObject RankingJson::team(const Request &r, const Ranking &ranking, const TeamSuggestion &team) const
{
    QJsonArray members;
    for (const TeamMember &m : team.members)
        members.append(QJsonObject { { QStringLiteral("workerId"), m.candidate.workerId },
                                     { QStringLiteral("name"), m.candidate.displayName },
                                     { QStringLiteral("position"), m.candidate.position },
                                     { QStringLiteral("score"), m.candidate.score },
                                     { QStringLiteral("gain"), m.gain },
                                     { QStringLiteral("adds"), textArray(m.adds) } });
    QJsonArray coverage;
    for (const TopicMatch &m : team.coverage)
        coverage.append(topicMatch(m));
    return QJsonObject {
        { QStringLiteral("request"), request(r, ranking) },
        { QStringLiteral("today"), InterchangeFormat::date(ranking.today) },
        { QStringLiteral("wanted"), team.wanted },
        { QStringLiteral("complete"), team.complete() },
        { QStringLiteral("members"), members },
        { QStringLiteral("coverage"), coverage },
        { QStringLiteral("gaps"), textArray(team.gaps) },
    };
}

} // namespace Kohtaamo
