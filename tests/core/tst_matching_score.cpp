// The score of the matching: every part with the default weights, parts adding up to the total, monotonicity,
// determinism, tie-breaks, and the team suggestion. Pure: in-memory snapshots, no database.
#include "MatchingFixture.h"

#include "matching/TeamSuggester.h"

#include <QRandomGenerator>
#include <QTest>

using namespace Kohtaamo;
using namespace Kohtaamo::Test;

namespace {
const QDate kDay(2026, 3, 16);

int part(const WorkerAssessment &a, ScorePartKind kind)
{
    return a.candidate.points(kind);
}

QString reasonsOf(const WorkerAssessment &a, ScorePartKind kind)
{
    return a.candidate.part(kind).reasons.join(QStringLiteral(" | "));
}

int sumOfParts(const Candidate &c)
{
    int sum = 0;
    for (const auto &p : c.parts)
        sum += p.points;
    return sum;
}

// A crowd of workers with random experiences, preferences, consents and history, the same for the same seed.
void addCrowd(MatchingFixture &f, int count, quint32 seed)
{
    QRandomGenerator rng(seed);
    const qint64 topics[]
        = { Ids::ChildProtection, Ids::Placement, Ids::Emergency, Ids::FosterCare, Ids::NeedsAssessment,
            Ids::Violence,        Ids::Domestic,  Ids::Shelter,   Ids::Migration,  Ids::Refugee };
    const Perspective perspectives[]
        = { Perspective::ChildOrYouth, Perspective::Parent, Perspective::Relative, Perspective::Other };
    for (int i = 0; i < count; ++i) {
        const qint64 id = 10 + i;
        Worker &w = f.addWorker(id);
        w.experiences.clear();
        const int n = rng.bounded(4);
        for (int k = 0; k < n; ++k)
            w.experiences.append({ 0, topics[rng.bounded(10)], perspectives[rng.bounded(4)], {} });
        if (rng.bounded(2))
            w.serviceTypes = { QStringLiteral("talk") };
        w.weekly = WeeklyAvailability(rng.bounded(2) ? int(rng.bounded(WeeklyAvailability::kAll + 1)) : 0);
        if (rng.bounded(3) == 0)
            w.annualEarningsCeilingCents = qint64(rng.bounded(200000));
        w.lastSupervision = rng.bounded(2) ? f.today.addDays(-int(rng.bounded(500))) : QDate();
        const int engagements = rng.bounded(5);
        for (int k = 0; k < engagements; ++k) {
            const QDate day = f.today.addDays(-int(rng.bounded(200)));
            f.addEngagement(id, rng.bounded(2) ? Ids::HeavyRequest : Ids::OtherRequest, QDateTime(day, QTime(9, 0)),
                            QDateTime(day, QTime(10, 0)), Attendance::Attended, qint64(rng.bounded(50000)));
        }
        const int invitations = rng.bounded(4);
        for (int k = 0; k < invitations; ++k)
            f.addInvitation(id, Ids::OtherRequest + 10 + k, InvitationResponse::NoReply,
                            f.today.addDays(-int(rng.bounded(120))));
    }
    f.request.topics = { { Ids::Emergency, TopicWeight::Primary }, { Ids::Domestic, TopicWeight::Secondary } };
    f.request.wantedPerspective = Perspective::Parent;
    f.request.feeCents = 15000;
}
} // namespace

class TestMatchingScore : public QObject
{
    Q_OBJECT
private slots:
    void baselineParts();
    void experienceThroughTheTaxonomy_data();
    void experienceThroughTheTaxonomy();
    void experienceLevelsAreOrdered();
    void experienceReasonsSayHow();
    void bestExperiencePerTopicAddsUp();
    void willingness();
    void availability_data();
    void availability();
    void rotation_data();
    void rotation();
    void wellbeingHeavyTopic_data();
    void wellbeingHeavyTopic();
    void wellbeingSupportFlag_data();
    void wellbeingSupportFlag();
    void feeCeiling_data();
    void feeCeiling();
    void weightsChangeTheScore();
    void partsAddUpToTheTotal();
    void addingAMatchingExperienceNeverLowersTheScore();
    void sameDataSameRanking();
    void threadsDoNotChangeTheRanking();
    void tiesBreakByRecentEngagementsThenId();
    void topCandidatesSorted();
    void teamCoversTopicsNotJustTopScores();
    void teamAddsAMissingPerspective();
    void teamReportsGapsAndShortPools();
};

void TestMatchingScore::baselineParts()
{
    MatchingFixture f;
    const WorkerAssessment a = f.assess();
    QVERIFY(a.eligible());
    QCOMPARE(a.candidate.parts.size(), kScorePartCount);
    for (int k = 0; k < kScorePartCount; ++k)
        QCOMPARE(a.candidate.parts.at(k).kind, static_cast<ScorePartKind>(k));
    QCOMPARE(part(a, ScorePartKind::Experience), 40);
    QCOMPARE(part(a, ScorePartKind::Willingness), 15);
    QCOMPARE(part(a, ScorePartKind::Availability), 5);
    QCOMPARE(part(a, ScorePartKind::Rotation), 0);
    QCOMPARE(part(a, ScorePartKind::Wellbeing), 0);
    QCOMPARE(part(a, ScorePartKind::FeeCeiling), 0);
    QCOMPARE(a.candidate.score, 60);
    QVERIFY(a.candidate.notes.isEmpty());
}

void TestMatchingScore::experienceThroughTheTaxonomy_data()
{
    QTest::addColumn<qint64>("requested");
    QTest::addColumn<int>("weight"); // TopicWeight
    QTest::addColumn<int>("wanted"); // Perspective
    QTest::addColumn<qint64>("experience");
    QTest::addColumn<int>("perspective");
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("level"); // MatchLevel

    const int primary = int(TopicWeight::Primary), secondary = int(TopicWeight::Secondary);
    const int any = int(Perspective::Any), parent = int(Perspective::Parent), child = int(Perspective::ChildOrYouth);
    const int exact = int(MatchLevel::Exact), narrower = int(MatchLevel::Narrower), broader = int(MatchLevel::Broader),
              sibling = int(MatchLevel::Sibling), none = int(MatchLevel::None);
    QTest::newRow("exact") << qint64(Ids::Placement) << primary << any << qint64(Ids::Placement) << parent << 40
                           << exact;
    QTest::newRow("narrower (child topic)")
        << qint64(Ids::Placement) << primary << any << qint64(Ids::Emergency) << parent << 28 << narrower;
    QTest::newRow("broader (parent topic)")
        << qint64(Ids::Placement) << primary << any << qint64(Ids::ChildProtection) << parent << 22 << broader;
    QTest::newRow("broader (two levels up)")
        << qint64(Ids::Emergency) << primary << any << qint64(Ids::ChildProtection) << parent << 22 << broader;
    QTest::newRow("sibling") << qint64(Ids::Placement) << primary << any << qint64(Ids::NeedsAssessment) << parent << 10
                             << sibling;
    QTest::newRow("cousin is nothing") << qint64(Ids::Emergency) << primary << any << qint64(Ids::NeedsAssessment)
                                       << parent << 0 << none;
    QTest::newRow("other tree") << qint64(Ids::Placement) << primary << any << qint64(Ids::Refugee) << parent << 0
                                << none;
    QTest::newRow("top-level topics are not siblings")
        << qint64(Ids::ChildProtection) << primary << any << qint64(Ids::Migration) << parent << 0 << none;
    QTest::newRow("exact, wanted perspective")
        << qint64(Ids::Placement) << primary << parent << qint64(Ids::Placement) << parent << 52 << exact;
    QTest::newRow("exact, other perspective")
        << qint64(Ids::Placement) << primary << child << qint64(Ids::Placement) << parent << 40 << exact;
    QTest::newRow("sibling, wanted perspective")
        << qint64(Ids::Placement) << primary << parent << qint64(Ids::NeedsAssessment) << parent << 22 << sibling;
    QTest::newRow("secondary exact") << qint64(Ids::Placement) << secondary << any << qint64(Ids::Placement) << parent
                                     << 20 << exact;
    QTest::newRow("secondary sibling") << qint64(Ids::Placement) << secondary << any << qint64(Ids::NeedsAssessment)
                                       << parent << 5 << sibling;
    QTest::newRow("secondary broader, wanted perspective")
        << qint64(Ids::Placement) << secondary << parent << qint64(Ids::ChildProtection) << parent << 17 << broader;
}

void TestMatchingScore::experienceThroughTheTaxonomy()
{
    QFETCH(qint64, requested);
    QFETCH(int, weight);
    QFETCH(int, wanted);
    QFETCH(qint64, experience);
    QFETCH(int, perspective);
    QFETCH(int, points);
    QFETCH(int, level);

    MatchingFixture f;
    f.request.topics = { { requested, static_cast<TopicWeight>(weight) } };
    f.request.wantedPerspective = static_cast<Perspective>(wanted);
    f.worker(1).experiences = { { 0, experience, static_cast<Perspective>(perspective), {} } };
    const WorkerAssessment a = f.assess();
    QCOMPARE(part(a, ScorePartKind::Experience), points);
    QCOMPARE(a.candidate.matches.size(), 1);
    QCOMPARE(int(a.candidate.matches.first().level), level);
    QCOMPARE(a.candidate.matches.first().points, points);
    QCOMPARE(a.candidate.matches.first().experienceTopicId, level == int(MatchLevel::None) ? 0 : experience);
}

void TestMatchingScore::experienceLevelsAreOrdered()
{
    // exact > narrower/broader > sibling > none, for any weights in their defaults' order.
    int previous = 1000;
    for (qint64 topic : { qint64(Ids::Placement), qint64(Ids::Emergency), qint64(Ids::ChildProtection),
                          qint64(Ids::NeedsAssessment), qint64(Ids::Refugee) }) {
        MatchingFixture f;
        f.request.topics = { { Ids::Placement, TopicWeight::Primary } };
        f.worker(1).experiences = { { 0, topic, Perspective::Parent, {} } };
        const int points = part(f.assess(), ScorePartKind::Experience);
        QVERIFY2(points < previous || (points == 0 && previous == 0), qPrintable(QString::number(topic)));
        previous = points;
    }
    QCOMPARE(previous, 0);

    // A primary topic weighs more than a secondary one.
    MatchingFixture f;
    f.request.topics = { { Ids::Emergency, TopicWeight::Primary }, { Ids::Refugee, TopicWeight::Secondary } };
    f.addWorker(2).experiences = { { 0, Ids::Refugee, Perspective::Parent, {} } };
    QVERIFY(part(f.assess(1), ScorePartKind::Experience) > part(f.assess(2), ScorePartKind::Experience));
}

void TestMatchingScore::experienceReasonsSayHow()
{
    MatchingFixture f;
    f.request.topics = { { Ids::Emergency, TopicWeight::Primary },
                         { Ids::FosterCare, TopicWeight::Primary },
                         { Ids::Refugee, TopicWeight::Secondary } };
    f.request.wantedPerspective = Perspective::Parent;
    const WorkerAssessment a = f.assess();
    const QString reasons = reasonsOf(a, ScorePartKind::Experience);
    QVERIFY2(reasons.contains(QStringLiteral("Emergency placement — exact, as parent")), qPrintable(reasons));
    QVERIFY2(reasons.contains(QStringLiteral("Foster care — through the related topic Emergency placement, as parent")),
             qPrintable(reasons));
    QVERIFY2(reasons.contains(QStringLiteral("Refugee background — no experience")), qPrintable(reasons));

    // Names follow the requested language.
    RankingEngine::Options finnish;
    finnish.language = QStringLiteral("fi");
    const Ranking r = f.engine().rank(f.request, f.today, finnish);
    QVERIFY(r.candidates.first().reasons().join(QLatin1Char('|')).contains(QStringLiteral("fi:Emergency placement")));
}

void TestMatchingScore::bestExperiencePerTopicAddsUp()
{
    MatchingFixture f;
    f.request.topics = { { Ids::Emergency, TopicWeight::Primary }, { Ids::Refugee, TopicWeight::Primary } };
    f.request.wantedPerspective = Perspective::Parent;
    // For emergency placement the best is the exact one as parent (52), not the narrower or the other perspective.
    f.worker(1).experiences = { { 0, Ids::Emergency, Perspective::ChildOrYouth, {} },
                                { 0, Ids::Placement, Perspective::Parent, {} },
                                { 0, Ids::Emergency, Perspective::Parent, {} },
                                { 0, Ids::Migration, Perspective::Relative, {} } };
    const WorkerAssessment a = f.assess();
    QCOMPARE(a.candidate.matches.at(0).points, 52);
    QCOMPARE(a.candidate.matches.at(0).perspective, Perspective::Parent);
    QCOMPARE(a.candidate.matches.at(1).points, 22);
    QCOMPARE(a.candidate.matches.at(1).level, MatchLevel::Broader);
    QCOMPARE(part(a, ScorePartKind::Experience), 74);
}

void TestMatchingScore::willingness()
{
    MatchingFixture f;
    f.addWorker(2).serviceTypes = { QStringLiteral("pair_work") };
    QCOMPARE(part(f.assess(1), ScorePartKind::Willingness), 15);
    QVERIFY(
        reasonsOf(f.assess(1), ScorePartKind::Willingness).contains(QStringLiteral("Has said yes to “Work group”")));
    QCOMPARE(part(f.assess(2), ScorePartKind::Willingness), 0);
    QVERIFY(reasonsOf(f.assess(2), ScorePartKind::Willingness).contains(QStringLiteral("Has not listed")));
    f.request.serviceType.clear(); // no kind of work given: neutral for everyone
    QCOMPARE(part(f.assess(1), ScorePartKind::Willingness), 0);
    QCOMPARE(part(f.assess(2), ScorePartKind::Willingness), 0);
}

void TestMatchingScore::availability_data()
{
    QTest::addColumn<QVector<QDateTime>>("options");
    QTest::addColumn<int>("chosen"); // index, -1 = none
    QTest::addColumn<int>("mask");
    QTest::addColumn<int>("points");

    WeeklyAvailability mondayMorning;
    mondayMorning.set(1, WeeklyAvailability::Morning, true);
    WeeklyAvailability tuesdayEvening;
    tuesdayEvening.set(2, WeeklyAvailability::Evening, true);
    const QDateTime monday10(kDay, QTime(10, 0)), tuesday18(kDay.addDays(1), QTime(18, 0)),
        monday13(kDay, QTime(13, 0));
    QTest::newRow("no preferences stated: neutral") << QVector<QDateTime> { monday10 } << -1 << 0 << 5;
    QTest::newRow("fits") << QVector<QDateTime> { monday10 } << -1 << mondayMorning.mask() << 10;
    QTest::newRow("same day, other part of the day")
        << QVector<QDateTime> { monday13 } << -1 << mondayMorning.mask() << 0;
    QTest::newRow("does not fit") << QVector<QDateTime> { monday10 } << -1 << tuesdayEvening.mask() << 0;
    QTest::newRow("one of two options fits")
        << QVector<QDateTime> { monday10, tuesday18 } << -1 << tuesdayEvening.mask() << 5;
    QTest::newRow("the chosen option decides")
        << QVector<QDateTime> { monday10, tuesday18 } << 1 << tuesdayEvening.mask() << 10;
    QTest::newRow("no options: nothing to compare") << QVector<QDateTime> {} << -1 << mondayMorning.mask() << 0;
}

void TestMatchingScore::availability()
{
    QFETCH(QVector<QDateTime>, options);
    QFETCH(int, chosen);
    QFETCH(int, mask);
    QFETCH(int, points);
    MatchingFixture f;
    f.request.dateOptions.clear();
    for (int i = 0; i < options.size(); ++i)
        f.request.dateOptions.append({ i + 1, options.at(i), options.at(i).addSecs(3600), i == chosen });
    f.request.deadline = kDay;
    f.worker(1).weekly = WeeklyAvailability(mask);
    const WorkerAssessment a = f.assess();
    QVERIFY(a.eligible());
    QCOMPARE(part(a, ScorePartKind::Availability), points);
}

void TestMatchingScore::rotation_data()
{
    QTest::addColumn<QVector<int>>("engagementDays"); // relative to today
    QTest::addColumn<QVector<int>>("invitationDays"); // relative to today, invitations without engagement
    QTest::addColumn<int>("points");
    QTest::addColumn<QString>("reason");

    QTest::newRow("nothing recent") << QVector<int> {} << QVector<int> {} << 0
                                    << QStringLiteral("No engagements within 90 days");
    QTest::newRow("older than the window")
        << QVector<int> { -91, -200 } << QVector<int> { -100 } << 0 << QStringLiteral("No engagements");
    QTest::newRow("one engagement") << QVector<int> { -10 } << QVector<int> {} << -6
                                    << QStringLiteral("1 engagement within 90 days");
    QTest::newRow("three engagements") << QVector<int> { -10, -30, -90 } << QVector<int> {} << -18
                                       << QStringLiteral("3 engagements within 90 days");
    QTest::newRow("a planned one counts")
        << QVector<int> { 5 } << QVector<int> {} << -6 << QStringLiteral("1 engagement");
    QTest::newRow("invitations without engagement")
        << QVector<int> {} << QVector<int> { -3, -40 } << -4 << QStringLiteral("2 invitations without an engagement");
    QTest::newRow("capped") << QVector<int> { -1, -8, -15, -22, -29, -36 } << QVector<int> { -2 } << -30
                            << QStringLiteral("capped at 30");
}

void TestMatchingScore::rotation()
{
    QFETCH(QVector<int>, engagementDays);
    QFETCH(QVector<int>, invitationDays);
    QFETCH(int, points);
    QFETCH(QString, reason);
    MatchingFixture f;
    for (int d : engagementDays)
        f.addEngagementOn(1, f.today.addDays(d));
    qint64 other = 700;
    for (int d : invitationDays)
        f.addInvitation(1, other++, InvitationResponse::NoReply, f.today.addDays(d));
    // An invitation that led to an engagement is not counted as one without.
    f.addInvitation(1, Ids::OtherRequest, InvitationResponse::Accepted, f.today.addDays(-50));
    f.addEngagementOn(1, f.today.addDays(-400));
    const WorkerAssessment a = f.assess();
    QVERIFY(a.eligible());
    QCOMPARE(part(a, ScorePartKind::Rotation), points);
    QVERIFY2(reasonsOf(a, ScorePartKind::Rotation).contains(reason), qPrintable(reasonsOf(a, ScorePartKind::Rotation)));
}

void TestMatchingScore::wellbeingHeavyTopic_data()
{
    QTest::addColumn<qint64>("requested");
    QTest::addColumn<int>("daysBefore"); // the heavy engagement, before the request date
    QTest::addColumn<bool>("cancelled");
    QTest::addColumn<int>("points");

    QTest::newRow("same heavy topic recently") << qint64(Ids::Domestic) << 20 << false << -20;
    QTest::newRow("same heavy topic, last day of the window") << qint64(Ids::Domestic) << 60 << false << -20;
    QTest::newRow("same heavy topic, out of the window") << qint64(Ids::Domestic) << 61 << false << 0;
    QTest::newRow("broader heavy topic") << qint64(Ids::Violence) << 20 << false << -20;
    QTest::newRow("a neighbouring topic is not the same") << qint64(Ids::Shelter) << 20 << false << 0;
    QTest::newRow("another topic") << qint64(Ids::Emergency) << 20 << false << 0;
    QTest::newRow("cancelled engagement") << qint64(Ids::Domestic) << 20 << true << 0;
}

void TestMatchingScore::wellbeingHeavyTopic()
{
    QFETCH(qint64, requested);
    QFETCH(int, daysBefore);
    QFETCH(bool, cancelled);
    QFETCH(int, points);
    MatchingFixture f;
    f.request.topics = { { requested, TopicWeight::Primary } };
    auto &e = f.addEngagementOn(1, kDay.addDays(-daysBefore), Ids::HeavyRequest);
    if (cancelled)
        e.attendance = Attendance::Cancelled;
    const WorkerAssessment a = f.assess();
    QVERIFY(a.eligible());
    QCOMPARE(part(a, ScorePartKind::Wellbeing), points);
    QCOMPARE(a.candidate.hasFlag(CandidateFlag::HeavyTopicRecently), points != 0);
    if (points != 0)
        QVERIFY(reasonsOf(a, ScorePartKind::Wellbeing).contains(QStringLiteral("Domestic violence")));
}

void TestMatchingScore::wellbeingSupportFlag_data()
{
    QTest::addColumn<int>("supervisionDaysAgo"); // -1 = none
    QTest::addColumn<int>("debriefDaysAgo"); // an engagement's debrief; -1 = none
    QTest::addColumn<bool>("flagged");
    QTest::newRow("supervised a month ago") << 30 << -1 << false;
    QTest::newRow("supervised exactly a year ago") << 365 << -1 << false;
    QTest::newRow("supervised a year and a day ago") << 366 << -1 << true;
    QTest::newRow("never supervised") << -1 << -1 << true;
    QTest::newRow("an engagement's debrief counts") << 500 << 100 << false;
}

void TestMatchingScore::wellbeingSupportFlag()
{
    QFETCH(int, supervisionDaysAgo);
    QFETCH(int, debriefDaysAgo);
    QFETCH(bool, flagged);
    MatchingFixture f;
    f.worker(1).lastSupervision = supervisionDaysAgo < 0 ? QDate() : f.today.addDays(-supervisionDaysAgo);
    if (debriefDaysAgo >= 0) {
        auto &e = f.addEngagementOn(1, f.today.addDays(-debriefDaysAgo - 1));
        e.debriefDone = true;
        e.debriefOn = f.today.addDays(-debriefDaysAgo);
    }
    const WorkerAssessment a = f.assess();
    QCOMPARE(a.candidate.hasFlag(CandidateFlag::NoRecentSupport), flagged);
    QCOMPARE(part(a, ScorePartKind::Wellbeing), 0); // a flag, not a minus
}

void TestMatchingScore::feeCeiling_data()
{
    QTest::addColumn<qint64>("ceiling"); // -1 = none
    QTest::addColumn<QVector<qint64>>("feesThisYear");
    QTest::addColumn<qint64>("requestFee"); // -1 = none
    QTest::addColumn<int>("points");
    QTest::addColumn<int>("flag"); // CandidateFlag, -1 = none

    const int crossed = int(CandidateFlag::FeeCeilingCrossed), near = int(CandidateFlag::NearFeeCeiling);
    QTest::newRow("no ceiling") << qint64(-1) << QVector<qint64> { 90000 } << qint64(20000) << 0 << -1;
    QTest::newRow("far below") << qint64(100000) << QVector<qint64> { 10000 } << qint64(20000) << 0 << -1;
    QTest::newRow("near: at 80%") << qint64(100000) << QVector<qint64> { 30000, 30000 } << qint64(20000) << -10 << near;
    QTest::newRow("just below near") << qint64(100000) << QVector<qint64> { 59999 } << qint64(20000) << 0 << -1;
    QTest::newRow("exactly at the ceiling is near")
        << qint64(100000) << QVector<qint64> { 80000 } << qint64(20000) << -10 << near;
    QTest::newRow("one cent over crosses")
        << qint64(100000) << QVector<qint64> { 80001 } << qint64(20000) << -40 << crossed;
    QTest::newRow("unpaid work is fine") << qint64(100000) << QVector<qint64> { 99000 } << qint64(-1) << 0 << -1;
    QTest::newRow("zero fee is unpaid") << qint64(100000) << QVector<qint64> { 99000 } << qint64(0) << 0 << -1;
}

void TestMatchingScore::feeCeiling()
{
    QFETCH(qint64, ceiling);
    QFETCH(QVector<qint64>, feesThisYear);
    QFETCH(qint64, requestFee);
    QFETCH(int, points);
    QFETCH(int, flag);
    MatchingFixture f;
    if (ceiling >= 0)
        f.worker(1).annualEarningsCeilingCents = ceiling;
    int day = 10;
    for (qint64 fee : feesThisYear) {
        f.addEngagementOn(1, QDate(2026, 1, day)).feeCents = fee;
        day += 5;
    }
    // Last year's fees, a declined fee and a cancelled engagement do not count.
    f.addEngagementOn(1, QDate(2025, 12, 20)).feeCents = 500000;
    f.addEngagementOn(1, QDate(2026, 2, 2)).feeDeclined = true;
    f.data.engagements.last().feeCents = 500000;
    auto &cancelled = f.addEngagementOn(1, QDate(2026, 2, 9));
    cancelled.feeCents = 500000;
    cancelled.attendance = Attendance::Cancelled;
    if (requestFee >= 0)
        f.request.feeCents = requestFee;
    const WorkerAssessment a = f.assess();
    QVERIFY(a.eligible());
    QCOMPARE(part(a, ScorePartKind::FeeCeiling), points);
    QCOMPARE(a.candidate.hasFlag(CandidateFlag::FeeCeilingCrossed), flag == int(CandidateFlag::FeeCeilingCrossed));
    QCOMPARE(a.candidate.hasFlag(CandidateFlag::NearFeeCeiling), flag == int(CandidateFlag::NearFeeCeiling));
}

void TestMatchingScore::weightsChangeTheScore()
{
    MatchingFixture f;
    RankingWeights w;
    w.setValue(RankingWeights::Key::WillingnessListed, 0);
    w.setValue(RankingWeights::Key::ExperienceExact, 33.4);
    const WorkerAssessment a = f.assess(1, w);
    QCOMPARE(part(a, ScorePartKind::Willingness), 0);
    QCOMPARE(part(a, ScorePartKind::Experience), 33);
    QCOMPARE(a.candidate.score, sumOfParts(a.candidate));
}

void TestMatchingScore::partsAddUpToTheTotal()
{
    for (quint32 seed : { 1u, 2u, 3u }) {
        MatchingFixture f;
        addCrowd(f, 200, seed);
        RankingWeights w;
        w.setValue(RankingWeights::Key::ExperienceSecondaryPercent, 33); // fractions round per topic
        w.setValue(RankingWeights::Key::ExperiencePerspective, 7.5);
        const Ranking r = f.rank(1000, false, w);
        QVERIFY(r.candidates.size() > 50);
        for (const Candidate &c : r.candidates) {
            QCOMPARE(c.parts.size(), kScorePartCount);
            QCOMPARE(sumOfParts(c), c.score);
            int topics = 0;
            for (const auto &m : c.matches)
                topics += m.points;
            QCOMPARE(topics, c.points(ScorePartKind::Experience));
        }
    }
}

void TestMatchingScore::addingAMatchingExperienceNeverLowersTheScore()
{
    const qint64 topics[] = { Ids::Emergency, Ids::Placement, Ids::ChildProtection, Ids::FosterCare,
                              Ids::Domestic,  Ids::Violence,  Ids::Shelter };
    const Perspective perspectives[] = { Perspective::Parent, Perspective::ChildOrYouth, Perspective::Relative };
    MatchingFixture base;
    addCrowd(base, 60, 42);
    const RankingEngine &baseEngine = base.engine();
    int raised = 0;
    for (qint64 topic : topics) {
        for (Perspective p : perspectives) {
            MatchingFixture more;
            addCrowd(more, 60, 42);
            for (auto &w : more.data.workers)
                w.experiences.append({ 0, topic, p, {} });
            const RankingEngine &moreEngine = more.engine();
            for (const Worker &w : std::as_const(base.data.workers)) {
                const WorkerAssessment before = *baseEngine.assess(base.request, w.id, base.today);
                const WorkerAssessment after = *moreEngine.assess(more.request, w.id, more.today);
                QCOMPARE(after.exclusions.size(), before.exclusions.size());
                QVERIFY2(after.candidate.score >= before.candidate.score,
                         qPrintable(QStringLiteral("worker %1, topic %2").arg(w.id).arg(topic)));
                for (int q = 0; q < after.candidate.matches.size(); ++q)
                    QVERIFY(after.candidate.matches.at(q).points >= before.candidate.matches.at(q).points);
                if (after.candidate.score > before.candidate.score)
                    ++raised;
            }
        }
    }
    QVERIFY2(raised > 0, "the test must be able to see a change");
}

void TestMatchingScore::sameDataSameRanking()
{
    MatchingFixture f;
    addCrowd(f, 300, 7);
    const Ranking first = f.rank(100, true);

    // The same data in another order, in a new snapshot.
    MatchingFixture g;
    addCrowd(g, 300, 7);
    std::reverse(g.data.workers.begin(), g.data.workers.end());
    std::reverse(g.data.consents.begin(), g.data.consents.end());
    std::reverse(g.data.engagements.begin(), g.data.engagements.end());
    std::reverse(g.data.invitations.begin(), g.data.invitations.end());
    std::reverse(g.data.topics.begin(), g.data.topics.end());
    const Ranking second = g.rank(100, true);
    const Ranking again = g.rank(100, true);

    for (const Ranking *other : { &second, &again }) {
        QCOMPARE(other->candidates.size(), first.candidates.size());
        QCOMPARE(other->eligibleCount, first.eligibleCount);
        for (int i = 0; i < first.candidates.size(); ++i) {
            QCOMPARE(other->candidates.at(i).workerId, first.candidates.at(i).workerId);
            QCOMPARE(other->candidates.at(i).score, first.candidates.at(i).score);
            QCOMPARE(other->candidates.at(i).reasons(), first.candidates.at(i).reasons());
        }
        QCOMPARE(other->excluded.size(), first.excluded.size());
        for (int i = 0; i < first.excluded.size(); ++i)
            QCOMPARE(other->excluded.at(i).workerId, first.excluded.at(i).workerId);
    }
}

void TestMatchingScore::threadsDoNotChangeTheRanking()
{
    MatchingFixture f;
    addCrowd(f, 500, 5);
    const RankingEngine &engine = f.engine();
    RankingEngine::Options one;
    one.limit = 40;
    one.includeExcluded = true;
    one.threads = 1;
    const Ranking single = engine.rank(f.request, f.today, one);
    for (int threads : { 2, 3, 7 }) {
        RankingEngine::Options many = one;
        many.threads = threads;
        const Ranking parallel = engine.rank(f.request, f.today, many);
        QCOMPARE(parallel.eligibleCount, single.eligibleCount);
        QCOMPARE(parallel.excludedCount, single.excludedCount);
        QVERIFY(parallel.exclusionCounts == single.exclusionCounts);
        QCOMPARE(parallel.candidates.size(), single.candidates.size());
        for (int i = 0; i < single.candidates.size(); ++i) {
            QCOMPARE(parallel.candidates.at(i).workerId, single.candidates.at(i).workerId);
            QCOMPARE(parallel.candidates.at(i).score, single.candidates.at(i).score);
        }
        QCOMPARE(parallel.excluded.size(), single.excluded.size());
        for (int i = 0; i < single.excluded.size(); ++i)
            QCOMPARE(parallel.excluded.at(i).workerId, single.excluded.at(i).workerId);
    }
}

void TestMatchingScore::tiesBreakByRecentEngagementsThenId()
{
    MatchingFixture f;
    f.data.workers.clear();
    f.data.consents.clear();
    for (qint64 id : { 7, 3, 5 })
        f.addWorker(id);
    // Worker 3 had an engagement recently, which costs rotation points; give the points back through experience.
    f.addEngagementOn(3, f.today.addDays(-5));
    RankingWeights w;
    w.setValue(RankingWeights::Key::RotationPerEngagement, 0);
    const Ranking r = f.rank(10, false, w);
    QCOMPARE(r.candidates.size(), 3);
    QCOMPARE(r.candidates.at(0).score, r.candidates.at(2).score);
    QCOMPARE(r.candidates.at(0).workerId, qint64(5));
    QCOMPARE(r.candidates.at(1).workerId, qint64(7));
    QCOMPARE(r.candidates.at(2).workerId, qint64(3)); // one recent engagement: last among equals
    QCOMPARE(r.candidates.at(2).recentEngagements, 1);
    for (int i = 0; i < 3; ++i)
        QCOMPARE(r.candidates.at(i).position, i + 1);
}

void TestMatchingScore::topCandidatesSorted()
{
    MatchingFixture f;
    addCrowd(f, 400, 11);
    const Ranking all = f.rank(100000, false);
    const Ranking top = f.rank(10, false);
    QCOMPARE(top.candidates.size(), 10);
    QCOMPARE(top.eligibleCount, all.eligibleCount);
    QVERIFY(all.candidates.size() == all.eligibleCount);
    for (int i = 0; i < 10; ++i)
        QCOMPARE(top.candidates.at(i).workerId, all.candidates.at(i).workerId);
    for (int i = 1; i < all.candidates.size(); ++i) {
        const Candidate &a = all.candidates.at(i - 1), &b = all.candidates.at(i);
        QVERIFY(a.score > b.score
                || (a.score == b.score
                    && (a.recentEngagements < b.recentEngagements
                        || (a.recentEngagements == b.recentEngagements && a.workerId < b.workerId))));
    }
    QCOMPARE(f.rank(0, false).candidates.size(), 0);
}

void TestMatchingScore::teamCoversTopicsNotJustTopScores()
{
    MatchingFixture f;
    f.request.topics = { { Ids::Emergency, TopicWeight::Primary }, { Ids::Refugee, TopicWeight::Primary } };
    f.request.workersNeeded = 2;
    f.worker(1).experiences = { { 0, Ids::Emergency, Perspective::Parent, {} } };
    f.addWorker(2).experiences = { { 0, Ids::Emergency, Perspective::Parent, {} } };
    f.addWorker(3).experiences = { { 0, Ids::Refugee, Perspective::Parent, {} } };
    f.worker(3).serviceTypes.clear(); // ranks last by score
    const Ranking r = f.rank();
    QCOMPARE(r.candidates.at(2).workerId, qint64(3));

    const TeamSuggestion team = TeamSuggester::suggest(f.request, r);
    QCOMPARE(team.wanted, 2);
    QCOMPARE(team.members.size(), 2);
    QVERIFY(team.complete());
    QCOMPARE(team.members.at(0).candidate.workerId, qint64(1));
    QCOMPARE(team.members.at(1).candidate.workerId, qint64(3));
    QVERIFY2(team.members.at(0).adds.join(QLatin1Char('|')).contains(QStringLiteral("Emergency placement — exact")),
             qPrintable(team.members.at(0).adds.join(QLatin1Char('|'))));
    QVERIFY2(team.members.at(1).adds.join(QLatin1Char('|')).contains(QStringLiteral("Refugee background — exact")),
             qPrintable(team.members.at(1).adds.join(QLatin1Char('|'))));
    QVERIFY(team.gaps.isEmpty());
    QCOMPARE(team.coverage.size(), 2);
    QCOMPARE(team.coverage.at(1).level, MatchLevel::Exact);

    // Same data, same team.
    const TeamSuggestion again = TeamSuggester::suggest(f.request, f.rank());
    QCOMPARE(again.members.at(1).candidate.workerId, qint64(3));
}

void TestMatchingScore::teamAddsAMissingPerspective()
{
    MatchingFixture f;
    f.request.workersNeeded = 2;
    f.worker(1).experiences = { { 0, Ids::Emergency, Perspective::Parent, {} } };
    f.addWorker(2).experiences = { { 0, Ids::Emergency, Perspective::Parent, {} } };
    f.addWorker(3).experiences = { { 0, Ids::Emergency, Perspective::ChildOrYouth, {} } };
    f.worker(3).serviceTypes.clear();
    const TeamSuggestion team = TeamSuggester::suggest(f.request, f.rank());
    QCOMPARE(team.members.size(), 2);
    QCOMPARE(team.members.at(1).candidate.workerId, qint64(3));
    QVERIFY(team.members.at(1)
                .adds.join(QLatin1Char('|'))
                .contains(QStringLiteral("A new perspective: as child or youth")));

    // When a perspective is wanted, the team is built around it and nothing else adds: the next best by score.
    f.request.wantedPerspective = Perspective::Parent;
    const TeamSuggestion parents = TeamSuggester::suggest(f.request, f.rank());
    QCOMPARE(parents.members.at(0).candidate.workerId, qint64(1));
    QCOMPARE(parents.members.at(1).candidate.workerId, qint64(2));
    QVERIFY(parents.members.at(1).adds.join(QLatin1Char('|')).contains(QStringLiteral("Next best by score")));
}

void TestMatchingScore::teamReportsGapsAndShortPools()
{
    MatchingFixture f;
    f.request.topics = { { Ids::Emergency, TopicWeight::Primary }, { Ids::Refugee, TopicWeight::Secondary } };
    f.request.wantedPerspective = Perspective::ChildOrYouth;
    f.request.workersNeeded = 3;
    f.addWorker(2);
    const TeamSuggestion team = TeamSuggester::suggest(f.request, f.rank());
    QCOMPARE(team.members.size(), 2);
    QVERIFY(!team.complete());
    const QString gaps = team.gaps.join(QLatin1Char('|'));
    QVERIFY2(gaps.contains(QStringLiteral("Nobody in the team has experience of Refugee background")),
             qPrintable(gaps));
    QVERIFY2(gaps.contains(QStringLiteral("Emergency placement as child or youth")), qPrintable(gaps));
    QVERIFY2(gaps.contains(QStringLiteral("Only 2 of the 3")), qPrintable(gaps));
}

QTEST_GUILESS_MAIN(TestMatchingScore)
#include "tst_matching_score.moc"
