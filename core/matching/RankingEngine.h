#pragma once

#include "MatchingSnapshot.h"
#include "Ranking.h"
#include "RankingWeights.h"
#include "WorkerAssessment.h"

#include <QCoreApplication>
#include <QDate>

#include <optional>

namespace Kohtaamo {

// Ranks the workers of a snapshot for one request: the hard rules first (a worker who breaks any of them is never a
// candidate), then an explainable score, a sum of named parts (ScorePartKind) in whole points. Ties go to the worker
// with fewer recent engagements, then to the lower worker id, so the same data always gives the same ranking.
//
// The request need not be in the snapshot (it may be being edited); its id finds earlier invitations and engagements.
// The rules that depend on the date are checked for the chosen time. When several times are proposed and none is
// chosen, a worker who can do any of them is a candidate (Candidate::suitableOptions and a reason name those times):
// the weekly preferences are compared with those times, wellbeing and the fee ceiling taken at the best of them; a
// worker who can do none is excluded with every reason that rules out one of them. Without a proposed time the
// rules are checked for the deadline, else `today`. A withdrawn invitation does not count as one. Only the returned
// top candidates are explained; the excluded workers are listed only when asked for. The engine keeps a reference
// to the snapshot, which must outlive it. rank() is const and may run from several threads at once; for a large pool it
// splits the workers over threads of its own (Options::threads) and gives the same result as with one.
class RankingEngine
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::RankingEngine)
public:
    struct Options
    {
        int limit = 50; // candidates returned with explanations; the others are only counted
        bool includeExcluded = false; // list the excluded workers with every reason that applied
        QString language = QStringLiteral("en"); // for names, dates and times in the reasons: fi, sv, en
        int threads
            = 0; // 0 = one per core for large pools (25,000 workers a thread, at most 8); same result either way
    };

    explicit RankingEngine(const MatchingSnapshot &snapshot, RankingWeights weights = RankingWeights::defaults());

    const RankingWeights &weights() const { return m_weights; }
    const MatchingSnapshot &snapshot() const { return m_snapshot; }

    Ranking rank(const Request &request, const QDate &today, const Options &options) const;
    Ranking rank(const Request &request, const QDate &today) const { return rank(request, today, Options()); }
    Ranking rank(const Request &request) const; // today from Clock::instance()

    // One worker against the request, explained whether eligible or not; nullopt when the worker is not in the
    // snapshot.
    std::optional<WorkerAssessment> assess(const Request &request, qint64 workerId, const QDate &today,
                                           const QString &language = QStringLiteral("en")) const;

private:
    const MatchingSnapshot &m_snapshot;
    RankingWeights m_weights;
};

} // namespace Kohtaamo
