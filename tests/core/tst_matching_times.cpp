// A request with several proposed times and none chosen: a worker who can do any of them is a candidate, shown with
// the times that suit; one who can do none is excluded with every reason that rules out a time; the score is taken
// at the best suitable time. A chosen time alone counts. Pure: in-memory snapshots, no database.
#include "MatchingFixture.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Kohtaamo;
using namespace Kohtaamo::Test;

namespace {
// Three proposed times: Monday 16 March 10–12, Wednesday 18 March 14–16, Wednesday 1 April 10–12. "Today" is
// Monday 2 March.
const QDate kFirst(2026, 3, 16), kSecond(2026, 3, 18), kThird(2026, 4, 1);

QDateTime at(const QDate &d, int h, int m = 0)
{
    return QDateTime(d, QTime(h, m));
}

void proposeThreeTimes(MatchingFixture &f, int chosen = -1)
{
    f.request.dateOptions = { { 1, at(kFirst, 10), at(kFirst, 12), chosen == 0 },
                              { 2, at(kSecond, 14), at(kSecond, 16), chosen == 1 },
                              { 3, at(kThird, 10), at(kThird, 12), chosen == 2 } };
}

// An engagement in another request over the given day's proposed time.
void clashOn(MatchingFixture &f, const QDate &day, int hour)
{
    f.addEngagement(1, Ids::OtherRequest, at(day, hour, 30), at(day, hour + 1, 30));
}

QStringList availabilityReasons(const Candidate &c)
{
    return c.part(ScorePartKind::Availability).reasons;
}

// A crowd with random clashes, unavailable periods, monthly limits and notice over the three proposed times.
void addCrowd(MatchingFixture &f, int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    const QDate days[] = { kFirst, kSecond, kThird };
    const int hours[] = { 10, 14, 10 };
    for (int i = 0; i < count; ++i) {
        const qint64 id = 10 + i;
        Worker &w = f.addWorker(id);
        w.weekly = WeeklyAvailability(rng.bounded(2) ? int(rng.bounded(WeeklyAvailability::kAll + 1)) : 0);
        w.maxEngagementsPerMonth = rng.bounded(3) == 0 ? 1 : 0;
        w.minDaysBetweenEngagements = rng.bounded(3) == 0 ? int(rng.bounded(5)) : 0;
        w.noticeDays = rng.bounded(4) == 0 ? int(rng.bounded(20)) : 0;
        if (rng.bounded(4) == 0) {
            const QDate from = kFirst.addDays(int(rng.bounded(20)) - 3);
            w.unavailable = { { 1, from, from.addDays(int(rng.bounded(6))), UnavailableKind::Unavailable, {} } };
        }
        if (rng.bounded(5) == 0)
            w.languages = { QStringLiteral("sv") };
        w.experiences = { { 0, rng.bounded(2) ? Ids::Emergency : Ids::Placement, Perspective::Parent, {} } };
        for (int k = 0; k < 3; ++k) {
            if (rng.bounded(4) == 0) {
                const QDate day = days[k].addDays(int(rng.bounded(3)) - 1);
                f.addEngagement(id, rng.bounded(2) ? Ids::HeavyRequest : Ids::OtherRequest, at(day, hours[k]),
                                at(day, hours[k] + 1), Attendance::Planned, qint64(rng.bounded(30000)));
            }
        }
        if (rng.bounded(3) == 0)
            f.worker(id).annualEarningsCeilingCents = qint64(rng.bounded(60000));
    }
    f.request.topics = { { Ids::Emergency, TopicWeight::Primary }, { Ids::Domestic, TopicWeight::Secondary } };
    f.request.feeCents = 15000;
    proposeThreeTimes(f);
}
} // namespace

class TestMatchingTimes : public QObject
{
    Q_OBJECT
private slots:
    void anyProposedTimeWillDo_data();
    void anyProposedTimeWillDo();
    void reasonNamesTheSuitableTimes_data();
    void reasonNamesTheSuitableTimes();
    void scoreTakesTheBestSuitableTime_data();
    void scoreTakesTheBestSuitableTime();
    void rankingAgreesWithAssessmentAndThreads();
};

void TestMatchingTimes::anyProposedTimeWillDo_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QVector<int>>("suitable"); // indexes into Request::dateOptions
    QTest::addColumn<QStringList>("expected"); // reason codes; empty = a candidate

    const auto row
        = [](const char *name, Mutation m, QVector<int> suitable, std::initializer_list<const char *> codes) {
              QStringList expected;
              for (const char *c : codes)
                  expected << QString::fromLatin1(c);
              QTest::newRow(name) << m << suitable << expected;
          };

    row("every proposed time suits", [](MatchingFixture &) {}, { 0, 1, 2 }, {});
    row("double booked at the earliest: a candidate for the later times",
        [](MatchingFixture &f) { clashOn(f, kFirst, 10); }, { 1, 2 }, {});
    row("double booked at the second: the first and the last suit", [](MatchingFixture &f) { clashOn(f, kSecond, 14); },
        { 0, 2 }, {});
    row("unavailable over the first two: the last suits",
        [](MatchingFixture &f) {
            f.worker(1).unavailable
                = { { 1, QDate(2026, 3, 14), QDate(2026, 3, 20), UnavailableKind::Unavailable, {} } };
        },
        { 2 }, {});
    row("recovery break over the last: the first two suit",
        [](MatchingFixture &f) {
            f.worker(1).unavailable
                = { { 1, QDate(2026, 3, 30), QDate(2026, 4, 5), UnavailableKind::RecoveryBreak, {} } };
        },
        { 0, 1 }, {});
    row("monthly limit reached in March: the April time suits",
        [](MatchingFixture &f) {
            f.worker(1).maxEngagementsPerMonth = 1;
            f.addEngagementOn(1, QDate(2026, 3, 5));
        },
        { 2 }, {});
    row("too soon after an engagement the day before the earliest",
        [](MatchingFixture &f) {
            f.worker(1).minDaysBetweenEngagements = 3;
            f.addEngagementOn(1, QDate(2026, 3, 15));
        },
        { 1, 2 }, {});
    row("notice too short for the earliest only", [](MatchingFixture &f) { f.worker(1).noticeDays = 15; }, { 1, 2 },
        {});
    row("contact consent expiring before the later times",
        [](MatchingFixture &f) {
            f.removeConsents(1, ConsentScope::Contact);
            f.addConsent(1, ConsentScope::Contact, QDate(2025, 1, 1), QDate(2026, 3, 17));
        },
        { 0 }, {});
    row("under 18 until the day of the last time",
        [](MatchingFixture &f) { f.worker(1).dateOfBirth = kThird.addYears(-18); }, { 2 }, {});
    row("can do none: every reason that rules out a time",
        [](MatchingFixture &f) {
            clashOn(f, kFirst, 10); // also the month's one engagement in March
            f.worker(1).unavailable = { { 1, kSecond, kSecond, UnavailableKind::Unavailable, {} } };
            f.worker(1).maxEngagementsPerMonth = 1;
            f.addEngagementOn(1, QDate(2026, 4, 20));
        },
        {}, { "double_booked", "monthly_limit_reached", "unavailable" });
    row("a reason of the worker's own rules out every time",
        [](MatchingFixture &f) { f.request.language = QStringLiteral("sv"); }, {}, { "language_not_spoken" });
    row("withdrawn and free at a later time: a candidate",
        [](MatchingFixture &f) {
            clashOn(f, kFirst, 10);
            f.addInvitation(1, Ids::TheRequest, InvitationResponse::Withdrawn, QDate(2026, 3, 1));
        },
        { 1, 2 }, {});
    row("a chosen time alone counts: clash at it",
        [](MatchingFixture &f) {
            proposeThreeTimes(f, 1);
            clashOn(f, kSecond, 14);
        },
        {}, { "double_booked" });
    row("a chosen time alone counts: clash at another",
        [](MatchingFixture &f) {
            proposeThreeTimes(f, 1);
            clashOn(f, kFirst, 10);
            f.worker(1).noticeDays = 15;
        },
        {}, {});
}

void TestMatchingTimes::anyProposedTimeWillDo()
{
    QFETCH(Mutation, mutate);
    QFETCH(QVector<int>, suitable);
    QFETCH(QStringList, expected);
    expected.sort();

    MatchingFixture f;
    proposeThreeTimes(f);
    mutate(f);

    const WorkerAssessment a = f.assess(1);
    QCOMPARE(MatchingFixture::codes(a.exclusions), expected);
    for (const auto &e : a.exclusions)
        QVERIFY2(!e.text.isEmpty(), qPrintable(toCode(e.reason)));
    QCOMPARE(a.candidate.suitableOptions, suitable);

    // The ranking agrees: a candidate with the same suitable times, else excluded with the same reasons.
    const Ranking r = f.rank();
    QCOMPARE(r.requestDate, f.request.workDate());
    if (expected.isEmpty()) {
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.first().suitableOptions, suitable);
        QCOMPARE(r.candidates.first().score, a.candidate.score);
        QCOMPARE(r.excludedCount, 0);
    } else {
        QVERIFY(r.candidates.isEmpty());
        QCOMPARE(r.excluded.size(), 1);
        QCOMPARE(MatchingFixture::codes(r.excluded.first().exclusions), expected);
        for (const QString &code : std::as_const(expected))
            QCOMPARE(r.countExcludedFor(*exclusionReasonFromCode(code)), 1);
    }
    // The fast path (excluded workers not listed) decides the same.
    QCOMPARE(f.rank(50, false).eligibleCount, expected.isEmpty() ? 1 : 0);
}

void TestMatchingTimes::reasonNamesTheSuitableTimes_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("clash"); // at the first time
    QTest::addColumn<QString>("reason");

    QTest::newRow("English: in en_FI's format")
        << QStringLiteral("en") << true
        << QStringLiteral("Can do 2 of the 3 proposed times: 18/03/2026 14.00, 01/04/2026 10.00");
    QTest::newRow("Finnish: in fi_FI's format")
        << QStringLiteral("fi") << true
        << QStringLiteral("Can do 2 of the 3 proposed times: 18.3.2026 14.00, 1.4.2026 10.00");
    QTest::newRow("Swedish: in sv_FI's format")
        << QStringLiteral("sv") << true
        << QStringLiteral("Can do 2 of the 3 proposed times: 2026-03-18 14:00, 2026-04-01 10:00");
    QTest::newRow("every time suits") << QStringLiteral("en") << false << QStringLiteral("Can do all 3 proposed times");
}

void TestMatchingTimes::reasonNamesTheSuitableTimes()
{
    QFETCH(QString, language);
    QFETCH(bool, clash);
    QFETCH(QString, reason);

    MatchingFixture f;
    proposeThreeTimes(f);
    if (clash)
        clashOn(f, kFirst, 10);
    const RankingEngine &engine = f.engine();
    const WorkerAssessment a = *engine.assess(f.request, 1, f.today, language);
    QVERIFY(a.eligible());
    QVERIFY2(availabilityReasons(a.candidate).contains(reason),
             qPrintable(availabilityReasons(a.candidate).join(QStringLiteral(" | "))));

    RankingEngine::Options o;
    o.language = language;
    const Ranking r = engine.rank(f.request, f.today, o);
    QCOMPARE(r.candidates.size(), 1);
    QCOMPARE(r.candidates.first().reasons(), a.candidate.reasons());

    // One time, or a chosen one: nothing to say about the proposed times.
    proposeThreeTimes(f, 1);
    const WorkerAssessment chosen = *f.engine().assess(f.request, 1, f.today, language);
    for (const QString &line : availabilityReasons(chosen.candidate))
        QVERIFY2(!line.startsWith(QStringLiteral("Can do")), qPrintable(line));
    QVERIFY(chosen.candidate.suitableOptions.isEmpty());
}

void TestMatchingTimes::scoreTakesTheBestSuitableTime_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<int>("part"); // ScorePartKind
    QTest::addColumn<int>("points");

    const int wellbeing = int(ScorePartKind::Wellbeing), fee = int(ScorePartKind::FeeCeiling),
              availability = int(ScorePartKind::Availability);
    // A heavy engagement 55 days before 16 March: within the wellbeing window of it, not of 1 June.
    const auto heavyBeforeSpring = [](MatchingFixture &f) {
        f.request.topics = { { Ids::Domestic, TopicWeight::Primary } };
        f.request.dateOptions = { { 1, at(kFirst, 10), at(kFirst, 12), false },
                                  { 2, at(QDate(2026, 6, 1), 10), at(QDate(2026, 6, 1), 12), false } };
        f.addEngagementOn(1, QDate(2026, 1, 20), Ids::HeavyRequest);
    };
    QTest::newRow("heavy topic near the earliest only: the later time has no minus")
        << Mutation(heavyBeforeSpring) << wellbeing << 0;
    QTest::newRow("heavy topic near the only suitable time weighs")
        << Mutation([heavyBeforeSpring](MatchingFixture &f) {
               heavyBeforeSpring(f);
               clashOn(f, QDate(2026, 6, 1), 10);
           })
        << wellbeing << -20;

    // Fees of 90 € this year against a ceiling of 100 €: a 20 € fee crosses it this year, not next.
    const auto feesAtTheTurnOfTheYear = [](MatchingFixture &f) {
        f.worker(1).annualEarningsCeilingCents = 10000;
        f.addEngagementOn(1, QDate(2026, 1, 10)).feeCents = 9000;
        f.request.feeCents = 2000;
        f.request.dateOptions = { { 1, at(QDate(2026, 12, 15), 10), at(QDate(2026, 12, 15), 12), false },
                                  { 2, at(QDate(2027, 1, 12), 10), at(QDate(2027, 1, 12), 12), false } };
    };
    QTest::newRow("fee ceiling: next year's time does not cross it") << Mutation(feesAtTheTurnOfTheYear) << fee << 0;
    QTest::newRow("fee ceiling: this year's time crosses it when it alone suits") << Mutation([feesAtTheTurnOfTheYear](
                                                                                                  MatchingFixture &f) {
        feesAtTheTurnOfTheYear(f);
        f.worker(1).unavailable = { { 1, QDate(2027, 1, 1), QDate(2027, 1, 31), UnavailableKind::Unavailable, {} } };
    }) << fee << -40;

    // Monday morning preferred: the first time fits them, the second does not.
    const auto mondayMornings = [](MatchingFixture &f) {
        WeeklyAvailability mondayMorning;
        mondayMorning.set(1, WeeklyAvailability::Morning, true);
        f.worker(1).weekly = mondayMorning;
        f.request.dateOptions
            = { { 1, at(kFirst, 10), at(kFirst, 12), false }, { 2, at(kSecond, 14), at(kSecond, 16), false } };
    };
    QTest::newRow("preferences: one of the two suitable times fits") << Mutation(mondayMornings) << availability << 5;
    QTest::newRow("preferences: the only suitable time fits") << Mutation([mondayMornings](MatchingFixture &f) {
        mondayMornings(f);
        clashOn(f, kSecond, 14);
    }) << availability << 10;
    QTest::newRow("preferences: the only suitable time does not fit") << Mutation([mondayMornings](MatchingFixture &f) {
        mondayMornings(f);
        clashOn(f, kFirst, 10);
    }) << availability << 0;
}

void TestMatchingTimes::scoreTakesTheBestSuitableTime()
{
    QFETCH(Mutation, mutate);
    QFETCH(int, part);
    QFETCH(int, points);

    MatchingFixture f;
    mutate(f);
    const WorkerAssessment a = f.assess(1);
    QVERIFY(a.eligible());
    QCOMPARE(a.candidate.points(static_cast<ScorePartKind>(part)), points);
    int sum = 0;
    for (const auto &p : a.candidate.parts)
        sum += p.points;
    QCOMPARE(a.candidate.score, sum);
    const Ranking r = f.rank();
    QCOMPARE(r.candidates.size(), 1);
    QCOMPARE(r.candidates.first().score, a.candidate.score);
    QCOMPARE(r.candidates.first().reasons(), a.candidate.reasons());
}

void TestMatchingTimes::rankingAgreesWithAssessmentAndThreads()
{
    MatchingFixture f;
    addCrowd(f, 400, 11);
    const RankingEngine &engine = f.engine();
    RankingEngine::Options one;
    one.limit = 1000;
    one.includeExcluded = true;
    one.threads = 1;
    const Ranking single = engine.rank(f.request, f.today, one);
    QVERIFY(single.eligibleCount > 50);
    QVERIFY(single.excludedCount > 50);

    // Every worker: the ranking and the assessment alone agree on eligibility, score and suitable times.
    QHash<qint64, const Candidate *> candidates;
    for (const auto &c : single.candidates)
        candidates.insert(c.workerId, &c);
    QHash<qint64, const ExcludedWorker *> excluded;
    for (const auto &x : single.excluded)
        excluded.insert(x.workerId, &x);
    int partlySuitable = 0;
    for (const Worker &w : f.data.workers) {
        const WorkerAssessment a = *engine.assess(f.request, w.id, f.today);
        QCOMPARE(a.eligible(), candidates.contains(w.id));
        QCOMPARE(!a.eligible(), excluded.contains(w.id));
        if (a.eligible()) {
            const Candidate &c = *candidates.value(w.id);
            QCOMPARE(c.score, a.candidate.score);
            QCOMPARE(c.suitableOptions, a.candidate.suitableOptions);
            QVERIFY(!c.suitableOptions.isEmpty());
            partlySuitable += c.suitableOptions.size() < 3 ? 1 : 0;
        } else {
            QCOMPARE(MatchingFixture::codes(excluded.value(w.id)->exclusions), MatchingFixture::codes(a.exclusions));
            QVERIFY(a.candidate.suitableOptions.isEmpty());
        }
    }
    QVERIFY2(partlySuitable > 10, "the crowd has candidates who can do only some of the times");

    // Threads and the order of the data change nothing.
    for (int threads : { 2, 3, 7 }) {
        RankingEngine::Options many = one;
        many.threads = threads;
        const Ranking parallel = engine.rank(f.request, f.today, many);
        QCOMPARE(parallel.eligibleCount, single.eligibleCount);
        QVERIFY(parallel.exclusionCounts == single.exclusionCounts);
        QCOMPARE(parallel.candidates.size(), single.candidates.size());
        for (int i = 0; i < single.candidates.size(); ++i) {
            QCOMPARE(parallel.candidates.at(i).workerId, single.candidates.at(i).workerId);
            QCOMPARE(parallel.candidates.at(i).score, single.candidates.at(i).score);
            QCOMPARE(parallel.candidates.at(i).suitableOptions, single.candidates.at(i).suitableOptions);
        }
    }
    MatchingFixture g;
    addCrowd(g, 400, 11);
    std::reverse(g.data.workers.begin(), g.data.workers.end());
    std::reverse(g.data.engagements.begin(), g.data.engagements.end());
    std::reverse(g.request.dateOptions.begin(), g.request.dateOptions.end());
    const Ranking reversed = g.engine().rank(g.request, g.today, one);
    QCOMPARE(reversed.candidates.size(), single.candidates.size());
    for (int i = 0; i < single.candidates.size(); ++i) {
        QCOMPARE(reversed.candidates.at(i).workerId, single.candidates.at(i).workerId);
        QCOMPARE(reversed.candidates.at(i).score, single.candidates.at(i).score);
        QCOMPARE(reversed.candidates.at(i).reasons(), single.candidates.at(i).reasons());
        // The same times, named by their places in the reversed list.
        QVector<int> mirrored;
        for (int o : single.candidates.at(i).suitableOptions)
            mirrored.append(2 - o);
        QCOMPARE(reversed.candidates.at(i).suitableOptions, mirrored);
    }
}

QTEST_GUILESS_MAIN(TestMatchingTimes)
#include "tst_matching_times.moc"
