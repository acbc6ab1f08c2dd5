#pragma once

#include "CandidateFlag.h"
#include "ScorePart.h"
#include "TopicMatch.h"

#include <QString>
#include <QVector>

namespace Kohtaamo {

// A worker who may be asked, with the score explained: parts always holds every ScorePartKind in enum order and
// their points add up to score exactly.
struct Candidate
{
    qint64 workerId = 0;
    QString displayName;
    qint64 organisationId = 0;
    int position = 0; // 1-based place in the ranking; 0 when assessed alone
    int score = 0;
    QVector<ScorePart> parts;
    QVector<TopicMatch> matches; // one per request topic, in the request's order
    QVector<CandidateNote> notes;
    int recentEngagements = 0; // in the rotation window; the first tie-break after the score
    // With several proposed times and none chosen: the times the worker can do, as indexes into
    // Request::dateOptions, earliest first (empty for an excluded worker). Empty when one time or a chosen one counts.
    QVector<int> suitableOptions;

    const ScorePart &part(ScorePartKind kind) const { return parts.at(static_cast<int>(kind)); }
    int points(ScorePartKind kind) const { return parts.isEmpty() ? 0 : part(kind).points; }
    bool hasFlag(CandidateFlag flag) const
    {
        for (const auto &n : notes) {
            if (n.flag == flag)
                return true;
        }
        return false;
    }
    // Every reason of every part, in part order.
    QStringList reasons() const
    {
        QStringList all;
        for (const auto &p : parts)
            all += p.reasons;
        return all;
    }
};

} // namespace Kohtaamo
