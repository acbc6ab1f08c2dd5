#include "RankingEngine.h"

#include "MatchTexts.h"
#include "RankingContext.h"
#include "RankingRules.h"

#include "common/Clock.h"

#include <QtMath>

#include <algorithm>
#include <cstdlib>
#include <limits>
#include <thread>

namespace Kohtaamo {

namespace {

using RankingRules::checkTimes;
using RankingRules::dayText;
using RankingRules::hasTag;
using RankingRules::plural;
using Index = SnapshotIndex;
using Context = RankingContext;

// lupdate files the texts of a free tr() in namespace Kohtaamo under the context "Kohtaamo": read them there.
QString tr(const char *text, int n = -1)
{
    return QCoreApplication::translate("Kohtaamo", text, nullptr, n);
}

struct Scores
{
    std::array<int, kScorePartCount> parts {};
    int total = 0;
    int recent = 0;
};

// What the wellbeing and fee ceiling parts read of a worker's engagements for one time.
struct Dated
{
    int heavyEngagement = -1; // within the wellbeing window of the time, on a heavy topic of the request
    int heavyTopic = -1;
    qint64 yearFees = 0; // in the time's year
};

// Per-ranking working memory, so that checking and scoring a worker allocates nothing.
struct Scratch
{
    explicit Scratch(const Context &c)
        : best(static_cast<std::size_t>(c.R), 0)
        , bestExperience(static_cast<std::size_t>(c.R), 0)
        , suits(c.times.size(), 0)
        , counts(c.times.size(), 0)
        , dated(c.times.size())
    {
    }
    std::vector<int> best;
    std::vector<quint32> bestExperience;
    std::vector<quint8> suits; // per time of the context: the worker can do it (checkTimes)
    std::vector<quint8> counts; // per time: the score reads it (those the worker can do; all when none)
    std::vector<Dated> dated;
};

// The wellbeing and fee ceiling points at one time (no more than 0).
int datedPoints(const Context &c, const Index::WorkerFacts &f, const Dated &d)
{
    int points = d.heavyEngagement >= 0 ? -c.heavyPenalty : 0;
    if (f.ceilingCents >= 0 && c.feeCents > 0) {
        const qint64 projected = d.yearFees + c.feeCents;
        if (projected > f.ceilingCents)
            points -= c.overPenalty;
        else if (static_cast<double>(projected) * 100.0 >= static_cast<double>(f.ceilingCents) * c.nearPercent)
            points -= c.nearPenalty;
    }
    return points;
}

// The score and its parts. With `out`, also the reasons, topic matches and flags of a candidate.
// The fit parts come first and the others can only lower the score: when the fit parts alone stay below `cutoff`
// the worker cannot get in among the best, and scoring stops there (returns false).
bool score(const Context &c, const Index::WorkerFacts &f, Scores &s, Scratch &scratch, Candidate *out,
           int cutoff = std::numeric_limits<int>::min())
{
    const auto part = [&s](ScorePartKind k) -> int & { return s.parts[static_cast<std::size_t>(k)]; };
    const auto reason
        = [out](ScorePartKind k, const QString &text) { out->parts[static_cast<int>(k)].reasons.append(text); };
    if (out) {
        out->parts.clear();
        for (int k = 0; k < kScorePartCount; ++k)
            out->parts.append(ScorePart { static_cast<ScorePartKind>(k), 0, {} });
    }

    // Experience: per requested topic the best of the worker's experiences through the taxonomy.
    const int R = c.R;
    if (R > 0) {
        std::fill(scratch.best.begin(), scratch.best.end(), 0);
        const auto experiences = f.experiences();
        for (quint32 k = 0; k < experiences.size(); ++k) {
            const auto &x = experiences[k];
            if (!c.related[x.topic])
                continue;
            const quint8 *levels = &c.level[static_cast<std::size_t>(x.topic) * static_cast<std::size_t>(R)];
            const int pm = (c.wanted >= 0 && x.perspective == c.wanted) ? 1 : 0;
            for (int q = 0; q < R; ++q) {
                if (!levels[q])
                    continue;
                const int p = c.pointsFor(q, levels[q], pm);
                if (p > scratch.best[static_cast<std::size_t>(q)]) {
                    scratch.best[static_cast<std::size_t>(q)] = p;
                    scratch.bestExperience[static_cast<std::size_t>(q)] = k;
                }
            }
        }
        int sum = 0;
        for (int q = 0; q < R; ++q)
            sum += scratch.best[static_cast<std::size_t>(q)];
        part(ScorePartKind::Experience) = sum;

        if (out) {
            for (int q = 0; q < R; ++q) {
                TopicMatch m;
                m.requestTopicId = c.request.topics.at(q).topicId;
                m.requestTopicName = c.requestTopicName(q);
                m.weight = c.request.topics.at(q).weight;
                m.points = scratch.best[static_cast<std::size_t>(q)];
                if (m.points > 0) {
                    const auto &x = experiences[scratch.bestExperience[static_cast<std::size_t>(q)]];
                    m.level = static_cast<MatchLevel>(
                        c.level[static_cast<std::size_t>(x.topic) * static_cast<std::size_t>(R)
                                + static_cast<std::size_t>(q)]);
                    m.experienceTopicId = c.tree.at(x.topic).id;
                    m.experienceTopicName = c.topicName(x.topic);
                    m.perspective = static_cast<Perspective>(x.perspective);
                    m.perspectiveWanted = c.wanted >= 0 && x.perspective == c.wanted;
                }
                reason(ScorePartKind::Experience, MatchTexts::topicMatch(m));
                out->matches.append(m);
            }
        }
    }

    // Willingness: the worker has said yes to this kind of work.
    if (!c.request.serviceType.isEmpty()) {
        const bool listed = c.serviceTypeTag >= 0 && hasTag(f, c.serviceTypeTag);
        part(ScorePartKind::Willingness) = listed ? c.willingPoints : 0;
        if (out) {
            const QString name = c.serviceType ? c.serviceType->name(c.language) : c.request.serviceType;
            reason(ScorePartKind::Willingness,
                   listed ? tr("Has said yes to “%1”").arg(name) : tr("Has not listed “%1”").arg(name));
        }
    }

    // The times the score reads: those the worker can do (checkTimes), or every one for a worker who can do none (the
    // score as it would be). With one time, that one.
    const std::size_t times = c.times.size();
    quint8 *counts = scratch.counts.data();
    int counted = 0;
    for (std::size_t i = 0; i < times; ++i)
        counted += counts[i] = scratch.suits[i];
    if (counted == 0) {
        std::fill_n(counts, times, quint8(1));
        counted = static_cast<int>(times);
    }

    // Availability: the weekly preferences against the chosen time or the proposed ones the worker can do.
    if (c.proposed) {
        if (out && c.severalTimes) {
            QStringList suitable;
            for (std::size_t i = 0; i < times; ++i) {
                if (scratch.suits[i]) {
                    out->suitableOptions.append(c.times[i].option);
                    suitable << MatchTexts::time(c.times[i].starts, c.language);
                }
            }
            const QString all = QString::number(times);
            QString text;
            if (suitable.size() == int(times))
                text = tr("Can do all %1 proposed times").arg(all);
            else if (suitable.isEmpty())
                text = tr("Can do none of the %1 proposed times").arg(all);
            else
                text = tr("Can do %1 of the %2 proposed times: %3")
                           .arg(QString::number(suitable.size()), all, suitable.join(QStringLiteral(", ")));
            reason(ScorePartKind::Availability, text);
        }
        if (f.weeklyMask == 0) {
            part(ScorePartKind::Availability) = c.unstatedPoints;
            if (out)
                reason(ScorePartKind::Availability, tr("No weekly preferences stated"));
        } else {
            int fits = 0;
            for (std::size_t i = 0; i < times; ++i)
                fits += counts[i] & (f.weeklyMask >> c.times[i].availabilityBit);
            const int total = counted;
            part(ScorePartKind::Availability) = qRound(c.fitPoints * fits / total);
            if (out) {
                if (total == int(times)) {
                    if (total == 1)
                        reason(ScorePartKind::Availability,
                               fits ? tr("The time fits the weekly preferences")
                                    : tr("The time is outside the weekly preferences"));
                    else
                        reason(ScorePartKind::Availability,
                               tr("%1 of %2 proposed times fit the weekly preferences").arg(fits).arg(total));
                } else if (total == 1) {
                    reason(ScorePartKind::Availability,
                           fits ? tr("The time the worker can do fits the weekly preferences")
                                : tr("The time the worker can do is outside the weekly preferences"));
                } else {
                    reason(ScorePartKind::Availability,
                           tr("%1 of the %2 times the worker can do fit the weekly preferences").arg(fits).arg(total));
                }
            }
        }
    }

    if (!out && s.parts[0] + s.parts[1] + s.parts[2] < cutoff)
        return false;
    static_assert(int(ScorePartKind::Experience) == 0 && int(ScorePartKind::Willingness) == 1
                      && int(ScorePartKind::Availability) == 2,
                  "the fit parts come first");

    // Rotation, wellbeing and the year's fees, in one pass over the engagements. Wellbeing and fees depend on the
    // time: read for each time the score reads (one, unless several are proposed).
    int recent = 0;
    Dated *dated = scratch.dated.data();
    std::fill_n(dated, times, Dated());
    const qint32 rotationFirst = c.today - c.rotationDays;
    const qint32 rotationLast = c.today + c.rotationDays;
    const auto engagements = f.engagements();
    const auto track = [&c](const Context::Time &t, Dated &d, const Index::EngagementFacts &e, quint32 k) {
        d.yearFees += ((e.day >= t.yearFirst) & (e.day <= t.yearLast)) ? e.feeCents : 0;
        if (d.heavyEngagement < 0 && e.request >= 0 && std::abs(e.day - t.date) <= c.heavyDays) {
            const qint32 topic = c.requestHeavyTopic[static_cast<std::size_t>(e.request)];
            if (topic >= 0) {
                d.heavyEngagement = static_cast<int>(k);
                d.heavyTopic = topic;
            }
        }
    };
    for (quint32 k = 0; k < engagements.size(); ++k) {
        const auto &e = engagements[k];
        if (e.day == Index::kNoDay || (c.requestId != 0 && e.requestId == c.requestId))
            continue;
        recent += (e.day >= rotationFirst) & (e.day <= rotationLast);
        if (times == 1) {
            track(c.times.front(), dated[0], e, k);
        } else {
            for (std::size_t i = 0; i < times; ++i) {
                if (counts[i])
                    track(c.times[i], dated[i], e, k);
            }
        }
    }
    // The best of the times for the worker: the fewest wellbeing and fee points off, the earliest among equals.
    std::size_t at = 0;
    if (times > 1) {
        int bestPoints = std::numeric_limits<int>::min();
        for (std::size_t i = 0; i < times; ++i) {
            if (!counts[i])
                continue;
            const int points = datedPoints(c, f, dated[i]);
            if (points > bestPoints) {
                bestPoints = points;
                at = i;
            }
        }
    }
    const int heavyEngagement = dated[at].heavyEngagement;
    const int heavyTopic = dated[at].heavyTopic;
    const qint64 yearFees = dated[at].yearFees;
    int unanswered = 0;
    for (const auto &inv : f.invitations())
        unanswered += inv.withoutEngagement & (inv.sentDay >= rotationFirst) & (inv.requestId != c.requestId);
    const int rotationPenalty = qMin(c.maxRotationPenalty, c.perEngagement * recent + c.perInvitation * unanswered);
    part(ScorePartKind::Rotation) = -rotationPenalty;
    s.recent = recent;
    if (out) {
        out->recentEngagements = recent;
        if (recent == 0 && unanswered == 0)
            reason(ScorePartKind::Rotation,
                   plural(c.rotationDays,
                          QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine", "No engagements within %n day"),
                          QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine", "No engagements within %n days")));
        if (recent > 0)
            reason(ScorePartKind::Rotation,
                   plural(recent, QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine", "%n engagement within %1 days"),
                          QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine", "%n engagements within %1 days"))
                       .arg(c.rotationDays));
        if (unanswered > 0)
            reason(ScorePartKind::Rotation,
                   plural(unanswered,
                          QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine",
                                              "%n invitation without an engagement in the last %1 days"),
                          QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine",
                                              "%n invitations without an engagement in the last %1 days"))
                       .arg(c.rotationDays));
        if (rotationPenalty == c.maxRotationPenalty && rotationPenalty > 0)
            reason(ScorePartKind::Rotation, tr("Rotation minus capped at %1").arg(c.maxRotationPenalty));
    }

    if (heavyEngagement >= 0) {
        part(ScorePartKind::Wellbeing) = -c.heavyPenalty;
        if (out) {
            const QString text = tr("Engaged on the heavy topic %1 on %2")
                                     .arg(c.topicName(heavyTopic),
                                          dayText(c, engagements[static_cast<std::size_t>(heavyEngagement)].day));
            reason(ScorePartKind::Wellbeing, text);
            out->notes.append({ CandidateFlag::HeavyTopicRecently, text });
        }
    }
    if (out && f.lastSupportDay < c.supportSince) {
        out->notes.append({ CandidateFlag::NoRecentSupport,
                            f.lastSupportDay == Index::kNoDay
                                ? tr("No supervision or debrief on record")
                                : tr("No supervision or debrief since %1").arg(dayText(c, f.lastSupportDay)) });
    }

    // Fee ceiling: only paid work counts towards it.
    if (f.ceilingCents >= 0 && c.feeCents > 0) {
        const qint64 projected = yearFees + c.feeCents;
        if (projected > f.ceilingCents) {
            part(ScorePartKind::FeeCeiling) = -c.overPenalty;
            if (out) {
                const QString text
                    = tr("Fees this year %1 and this request's %2 would cross the earnings ceiling of %3")
                          .arg(MatchTexts::euros(yearFees), MatchTexts::euros(c.feeCents),
                               MatchTexts::euros(f.ceilingCents));
                reason(ScorePartKind::FeeCeiling, text);
                out->notes.append({ CandidateFlag::FeeCeilingCrossed, text });
            }
        } else if (static_cast<double>(projected) * 100.0 >= static_cast<double>(f.ceilingCents) * c.nearPercent) {
            part(ScorePartKind::FeeCeiling) = -c.nearPenalty;
            if (out) {
                const int percent = f.ceilingCents > 0 ? static_cast<int>(projected * 100 / f.ceilingCents) : 100;
                const QString text
                    = tr("With this request the year's fees reach %1% of the earnings ceiling (%2 of %3)")
                          .arg(percent)
                          .arg(MatchTexts::euros(projected), MatchTexts::euros(f.ceilingCents));
                reason(ScorePartKind::FeeCeiling, text);
                out->notes.append({ CandidateFlag::NearFeeCeiling, text });
            }
        }
    }

    int total = 0;
    for (int p : s.parts)
        total += p;
    s.total = total;
    if (out) {
        for (int k = 0; k < kScorePartCount; ++k)
            out->parts[k].points = s.parts[static_cast<std::size_t>(k)];
        out->score = total;
    }
    return true;
}

// A candidate explained; with `exclusions`, also the reasons the worker is excluded for (empty = eligible).
Candidate describe(const Context &c, int w, Scratch &scratch, QVector<Exclusion> *exclusions = nullptr)
{
    const auto &worker = c.snap.workers()[static_cast<std::size_t>(w)];
    const Index::WorkerFacts &f = c.ix.worker(w);
    if (exclusions)
        checkTimes<false>(c, w, f, exclusions, scratch.suits.data());
    else
        checkTimes<true>(c, w, f, nullptr, scratch.suits.data());
    Candidate cand;
    cand.workerId = worker.id;
    cand.displayName = worker.displayName;
    cand.organisationId = worker.organisationId;
    Scores s;
    score(c, f, s, scratch, &cand);
    return cand;
}

struct Entry
{
    int total;
    int recent;
    int worker; // dense index, in id order
};

// Best first: higher score, then fewer recent engagements, then the lower worker id.
bool better(const Entry &a, const Entry &b)
{
    if (a.total != b.total)
        return a.total > b.total;
    if (a.recent != b.recent)
        return a.recent < b.recent;
    return a.worker < b.worker;
}

} // namespace

RankingEngine::RankingEngine(const MatchingSnapshot &snapshot, RankingWeights weights)
    : m_snapshot(snapshot), m_weights(std::move(weights))
{
}

Ranking RankingEngine::rank(const Request &request) const
{
    return rank(request, Clock::instance().today(), Options());
}

namespace {

// What one pass over a range of workers found.
struct Scan
{
    std::vector<Entry> best; // a heap of the best `limit` (its front is the worst of them), then sorted best first
    std::vector<int> excluded;
    int eligible = 0;
    int excludedCount = 0;
    std::array<int, kExclusionReasonCount> counts {};
};

// The hard rules for every worker of [from, to), then the score of the eligible ones into a bounded heap; no
// allocation per worker.
void scan(const Context &c, int from, int to, std::size_t limit, bool includeExcluded, Scan &out)
{
    out.best.reserve(qMin(limit, static_cast<std::size_t>(to - from)));
    Scratch scratch(c);
    const Index::WorkerFacts *f = nullptr;
    for (int w = from; w < to; ++w) {
        // Blocks lie in worker order, one after the other, until a warm snapshot replaces one
        // (MatchingSnapshot::applyWorkers): then each is found through its line.
        f = (c.ix.inOrder && f) ? f->next() : &c.ix.worker(w);
        // The fast path stops at the first reason; the full check only when the excluded are asked for.
        quint8 *suits = scratch.suits.data();
        quint32 mask = includeExcluded ? checkTimes<false>(c, w, *f, nullptr, suits)
                                       : checkTimes<true>(c, w, *f, nullptr, suits);
        if (mask) {
            ++out.excludedCount;
            if (includeExcluded) {
                out.excluded.push_back(w);
                while (mask) {
                    ++out.counts[qCountTrailingZeroBits(mask)];
                    mask &= mask - 1;
                }
            }
            continue;
        }
        ++out.eligible;
        if (limit == 0)
            continue;
        // Once the heap is full, only a score above its worst can get in.
        const bool full = out.best.size() == limit;
        Scores s;
        if (!score(c, *f, s, scratch, nullptr, full ? out.best.front().total : std::numeric_limits<int>::min()))
            continue;
        const Entry entry { s.total, s.recent, w };
        if (!full) {
            out.best.push_back(entry);
            std::push_heap(out.best.begin(), out.best.end(), better);
        } else if (better(entry, out.best.front())) {
            std::pop_heap(out.best.begin(), out.best.end(), better);
            out.best.back() = entry;
            std::push_heap(out.best.begin(), out.best.end(), better);
        }
    }
    std::sort_heap(out.best.begin(), out.best.end(), better); // best first
}

int threadsFor(int requested, int workers)
{
    if (requested > 0)
        return qBound(1, requested, 64);
    // Threads pay off only for large pools; one thread per core, at most eight.
    constexpr int kWorkersPerThread = 25000;
    const int cores = qMax(1, static_cast<int>(std::thread::hardware_concurrency()));
    return qBound(1, qMin(cores, workers / kWorkersPerThread), 8);
}

} // namespace

Ranking RankingEngine::rank(const Request &request, const QDate &today, const Options &options) const
{
    const Context c(m_snapshot, m_weights, request, today, options.language);
    Ranking result;
    result.requestId = request.id;
    result.today = today;
    result.requestDate = c.dateValue;

    // The workers in consecutive ranges, one per thread; every range keeps its own best, merged in the same total
    // order, so the result does not depend on the number of threads.
    const int n = m_snapshot.workerCount();
    const auto limit = static_cast<std::size_t>(qMax(0, options.limit));
    const int threads = qMin(threadsFor(options.threads, n), qMax(1, n));
    std::vector<Scan> scans(static_cast<std::size_t>(threads));
    const auto rangeStart = [n, threads](int t) { return static_cast<int>(qint64(n) * t / threads); };
    if (threads == 1) {
        scan(c, 0, n, limit, options.includeExcluded, scans[0]);
    } else {
        std::vector<std::thread> pool;
        pool.reserve(static_cast<std::size_t>(threads - 1));
        for (int t = 1; t < threads; ++t)
            pool.emplace_back([&, t] {
                scan(c, rangeStart(t), rangeStart(t + 1), limit, options.includeExcluded,
                     scans[static_cast<std::size_t>(t)]);
            });
        scan(c, 0, rangeStart(1), limit, options.includeExcluded, scans[0]);
        for (auto &th : pool)
            th.join();
    }

    std::vector<Entry> best;
    std::vector<int> excluded;
    for (const Scan &sc : scans) {
        result.eligibleCount += sc.eligible;
        result.excludedCount += sc.excludedCount;
        for (std::size_t r = 0; r < sc.counts.size(); ++r)
            result.exclusionCounts[r] += sc.counts[r];
        best.insert(best.end(), sc.best.begin(), sc.best.end());
        excluded.insert(excluded.end(), sc.excluded.begin(), sc.excluded.end()); // ranges are in id order
    }
    const std::size_t top = qMin(limit, best.size());
    std::partial_sort(best.begin(), best.begin() + static_cast<std::ptrdiff_t>(top), best.end(), better);

    Scratch scratch(c);
    result.candidates.reserve(static_cast<int>(top));
    for (std::size_t i = 0; i < top; ++i) {
        Candidate cand = describe(c, best[i].worker, scratch);
        cand.position = static_cast<int>(i) + 1;
        Q_ASSERT(cand.score == best[i].total);
        result.candidates.append(std::move(cand));
    }

    result.excluded.reserve(static_cast<int>(excluded.size()));
    for (int w : excluded) {
        const auto &worker = m_snapshot.workers()[static_cast<std::size_t>(w)];
        ExcludedWorker x;
        x.workerId = worker.id;
        x.displayName = worker.displayName;
        checkTimes<false>(c, w, c.ix.worker(w), &x.exclusions, scratch.suits.data());
        result.excluded.append(std::move(x));
    }
    return result;
}

std::optional<WorkerAssessment> RankingEngine::assess(const Request &request, qint64 workerId, const QDate &today,
                                                      const QString &language) const
{
    const int w = m_snapshot.workerIndex(workerId);
    if (w < 0)
        return std::nullopt;
    const Context c(m_snapshot, m_weights, request, today, language);
    Scratch scratch(c);
    WorkerAssessment a;
    a.candidate = describe(c, w, scratch, &a.exclusions);
    return a;
}

} // namespace Kohtaamo
