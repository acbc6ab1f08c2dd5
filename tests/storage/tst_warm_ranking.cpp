// The warm ranking (MatchingService::apply), on both backends: after each kind of change made through the office
// service (an invitation, an answer, a confirmation, a worker's edit and a new worker, a consent, a request's edit,
// a new request, a cancellation) the snapshot kept loaded ranks exactly as one loaded afresh — order, scores, every
// reason, the excluded and why — without reading every worker again; a change made by another coordinator on another
// connection is taken in the same way; weights fall back to a full load. A snapshot read ahead on a thread and a
// connection of its own (warmUp, as the main window starts it) is taken in with the changes made meanwhile.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "matching/MatchingService.h"
#include "office/OfficeService.h"
#include "storage/SqlQuery.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDate kToday(2026, 11, 2);

QVector<qint64> ids(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    QVector<qint64> result;
    if (!q.exec())
        return result;
    while (q.next())
        result << q.value(0).toLongLong();
    return result;
}

// Everything a ranking says, one line per candidate or excluded worker.
QStringList describe(const Ranking &r)
{
    QStringList lines;
    lines << QStringLiteral("eligible %1 excluded %2").arg(r.eligibleCount).arg(r.excludedCount);
    for (int count : r.exclusionCounts)
        lines.last() += QStringLiteral(" %1").arg(count);
    for (const Candidate &c : r.candidates) {
        QStringList parts;
        for (const ScorePart &p : c.parts)
            parts << QStringLiteral("%1:%2[%3]").arg(int(p.kind)).arg(p.points).arg(p.reasons.join(QLatin1Char('|')));
        for (const CandidateNote &n : c.notes)
            parts << QStringLiteral("note %1 %2").arg(int(n.flag)).arg(n.text);
        for (const TopicMatch &m : c.matches)
            parts << QStringLiteral("match %1 %2 %3 %4")
                         .arg(int(m.level))
                         .arg(m.experienceTopicName)
                         .arg(m.points)
                         .arg(int(m.perspective));
        QStringList suitable;
        for (int o : c.suitableOptions)
            suitable << QString::number(o);
        lines << QStringLiteral("%1. #%2 %3 org %4 score %5 recent %6 options %7 | %8")
                     .arg(c.position)
                     .arg(c.workerId)
                     .arg(c.displayName)
                     .arg(c.organisationId)
                     .arg(c.score)
                     .arg(c.recentEngagements)
                     .arg(suitable.join(QLatin1Char(',')), parts.join(QStringLiteral("; ")));
    }
    for (const ExcludedWorker &x : r.excluded) {
        QStringList reasons;
        for (const Exclusion &e : x.exclusions)
            reasons << QStringLiteral("%1 %2").arg(int(e.reason)).arg(e.text);
        lines
            << QStringLiteral("excluded #%1 %2: %3").arg(x.workerId).arg(x.displayName, reasons.join(QLatin1Char('|')));
    }
    return lines;
}
} // namespace

class TestWarmRanking : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void invitationsAnswersAndConfirmation();
    void workersConsentsAndNames();
    void requestsEditedLoggedAndCancelled();
    void anotherCoordinator();
    void weightsReadEverythingAgain();
    void readAheadTakesInTheChangesMadeMeanwhile();
    void readAheadForgottenWhenAskedToReadAgain();

private:
    // Ranks the office's open requests with the warm service and with a freshly loaded one; fails on a difference.
    void compareWithFresh(const char *step);
    Request request(qint64 id) { return *m_office->request(id); }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<FixedClock> m_clock;
    QVector<qint64> m_open; // requests ranked at each step
};

void TestWarmRanking::init()
{
    m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(10, 0)));
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    {
        auto db = m_testDb->openOrFail();
        QVERIFY(db);
        DemoGenerator::Options o;
        o.workers = 90;
        o.requests = 160;
        o.seed = 3;
        o.today = kToday;
        auto generated = DemoGenerator(*db).generate(o);
        QVERIFY2(generated, qPrintable(generated.error().message + QLatin1Char(' ') + generated.error().detail));
    }
    m_office = std::make_unique<OfficeService>(m_testDb->openOrFail());
    m_office->actAsTool(QStringLiteral("warm-ranking test"));
    // Tagged requests first (the invitation step invites to the first one).
    m_open = ids(m_office->database(),
                 QStringLiteral("SELECT id FROM requests WHERE status IN ('new', 'tagged', 'inviting') ORDER BY "
                                "CASE status WHEN 'tagged' THEN 0 WHEN 'inviting' THEN 1 ELSE 2 END, id"));
    QVERIFY(m_open.size() >= 4);
    m_open.resize(4);
    compareWithFresh("loaded");
    QCOMPARE(m_office->matching().fullLoads(), 1);
}

void TestWarmRanking::cleanup()
{
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

void TestWarmRanking::compareWithFresh(const char *step)
{
    RankingEngine::Options options;
    options.limit = 1000;
    options.includeExcluded = true;
    for (qint64 id : std::as_const(m_open)) {
        const Request r = request(id);
        auto warm = m_office->matching().rank(r, options);
        QVERIFY2(warm, step);
        MatchingService fresh(m_office->database());
        auto cold = fresh.rank(r, options);
        QVERIFY2(cold, step);
        const QStringList a = describe(*warm), b = describe(*cold);
        if (a != b) {
            for (int i = 0; i < qMax(a.size(), b.size()); ++i) {
                if (a.value(i) != b.value(i)) {
                    qWarning("%s, request %lld, line %d:\n warm:  %s\n fresh: %s", step, id, i, qPrintable(a.value(i)),
                             qPrintable(b.value(i)));
                    break;
                }
            }
        }
        QVERIFY2(a == b, step);
        QVERIFY2(warm->candidates.size() + warm->excluded.size() > 0, step);
    }
}

void TestWarmRanking::invitationsAnswersAndConfirmation()
{
    RankingEngine::Options options;
    options.limit = 5;
    Request r = request(m_open.first());
    auto ranked = m_office->matching().rank(r, options);
    QVERIFY(ranked && ranked->candidates.size() >= 2);
    const QVector<qint64> chosen { ranked->candidates.at(0).workerId, ranked->candidates.at(1).workerId };
    auto invited = m_office->invite(r.id, r.version, chosen, InvitationChannel::Phone);
    QVERIFY2(invited, qPrintable(invited.error().message));
    compareWithFresh("invited");

    auto invitations = m_office->invitations(r.id);
    QVERIFY(invitations);
    for (const Invitation &i : std::as_const(*invitations)) {
        if (!chosen.contains(i.workerId) || i.response != InvitationResponse::Pending)
            continue;
        auto answered = m_office->recordAnswer(i.id, i.version, InvitationResponse::Accepted);
        QVERIFY2(answered, qPrintable(answered.error().message));
        break;
    }
    compareWithFresh("answered");

    r = request(r.id);
    auto confirmed = m_office->confirm(r.id, r.version);
    if (confirmed) // a request without a chosen time cannot be confirmed; the answers are still compared above
        compareWithFresh("confirmed");
    QCOMPARE(m_office->matching().fullLoads(), 1);
}

void TestWarmRanking::workersConsentsAndNames()
{
    Database &db = m_office->database();
    const QVector<qint64> workers
        = ids(db, QStringLiteral("SELECT id FROM workers WHERE status = 'active' ORDER BY id"));
    QVERIFY(workers.size() >= 3);
    // An edit: the name of another worker (both are told apart from then on), another home region.
    Worker a = *m_office->worker(workers.at(0));
    const Worker b = *m_office->worker(workers.at(1));
    a.displayName = b.displayName;
    a.homeRegion = b.homeRegion;
    auto saved = m_office->saveWorker(a);
    QVERIFY2(saved, qPrintable(saved.error().message + QLatin1Char(' ') + saved.error().detail));
    compareWithFresh("renamed");
    // ... and back: neither needs telling apart any more.
    a = *saved;
    a.displayName = QStringLiteral("Uniikki Nimi");
    saved = m_office->saveWorker(a);
    QVERIFY2(saved, qPrintable(saved.error().message));
    compareWithFresh("renamed back");

    // A consent withdrawn by recording its successor... here simply a new one given today.
    Consent c;
    c.workerId = workers.at(2);
    c.scope = ConsentScope::PublicAppearance;
    c.givenOn = kToday;
    auto consent = m_office->recordConsent(c);
    QVERIFY2(consent, qPrintable(consent.error().message + QLatin1Char(' ') + consent.error().detail));
    compareWithFresh("consent");

    // A new worker, like an existing one.
    Worker n = *m_office->worker(workers.at(1));
    n.id = 0;
    n.version = 0;
    n.displayName = QStringLiteral("Uusi Toimija");
    for (auto &e : n.experiences)
        e.id = 0;
    for (auto &p : n.unavailable)
        p.id = 0;
    auto added = m_office->saveWorker(n);
    QVERIFY2(added, qPrintable(added.error().message + QLatin1Char(' ') + added.error().detail));
    compareWithFresh("new worker");
    QCOMPARE(m_office->matching().fullLoads(), 1);
}

void TestWarmRanking::requestsEditedLoggedAndCancelled()
{
    // A request's edit: another topic weighs on everyone engaged in it, and a closed request's old engagements
    // leave the history window.
    Database &db = m_office->database();
    const QVector<qint64> engaged = ids(db, QStringLiteral("SELECT DISTINCT request_id FROM engagements ORDER BY 1"));
    QVERIFY(!engaged.isEmpty());
    Request r = request(engaged.last());
    const QVector<qint64> heavy = ids(db, QStringLiteral("SELECT id FROM topics WHERE heavy ORDER BY id"));
    QVERIFY(!heavy.isEmpty());
    r.topics.append({ heavy.first(), TopicWeight::Secondary });
    auto saved = m_office->saveRequest(r);
    QVERIFY2(saved, qPrintable(saved.error().message + QLatin1Char(' ') + saved.error().detail));
    compareWithFresh("request edited");

    // A new request, invited at once.
    Request fresh = request(m_open.at(1));
    fresh.id = 0;
    fresh.version = 0;
    fresh.reference.clear();
    for (auto &o : fresh.dateOptions)
        o.id = 0;
    auto logged = m_office->saveRequest(fresh);
    QVERIFY2(logged, qPrintable(logged.error().message + QLatin1Char(' ') + logged.error().detail));
    m_open.append(logged->id);
    compareWithFresh("request logged");

    // Cancelling a confirmed request cancels its engagements: its workers are free again.
    const QVector<qint64> confirmed = ids(db,
                                          QStringLiteral("SELECT r.id FROM requests r WHERE r.status = 'confirmed' "
                                                         "AND EXISTS (SELECT 1 FROM engagements e WHERE "
                                                         "e.request_id = r.id) ORDER BY r.id"));
    QVERIFY(!confirmed.isEmpty());
    const Request c = request(confirmed.first());
    auto cancelled = m_office->cancel(c.id, c.version, QStringLiteral("Peruttu"));
    QVERIFY2(cancelled, qPrintable(cancelled.error().message + QLatin1Char(' ') + cancelled.error().detail));
    compareWithFresh("request cancelled");
    QCOMPARE(m_office->matching().fullLoads(), 1);
}

void TestWarmRanking::anotherCoordinator()
{
    OfficeService other(m_testDb->openOrFail());
    other.actAsTool(QStringLiteral("another coordinator"));
    QSignalSpy madeThere(&other, &OfficeService::changed);
    QSignalSpy heardHere(m_office.get(), &OfficeService::changed);

    const Request r = *other.request(m_open.at(2));
    RankingEngine::Options options;
    options.limit = 3;
    auto ranked = m_office->matching().rank(r, options);
    QVERIFY(ranked && !ranked->candidates.isEmpty());
    auto invited = other.invite(r.id, r.version, { ranked->candidates.first().workerId }, InvitationChannel::Email);
    QVERIFY2(invited, qPrintable(invited.error().message));
    Worker w = *other.worker(ranked->candidates.first().workerId);
    w.maxEngagementsPerMonth = 1;
    w.languages = { QStringLiteral("sv") };
    QVERIFY(other.saveWorker(w));
    QCOMPARE(madeThere.count(), 2);

    if (TestDatabase::postgres()) {
        // Through LISTEN/NOTIFY, as `external` changes.
        QTRY_VERIFY_WITH_TIMEOUT(heardHere.count() >= 2, 5000);
        QVERIFY(heardHere.constLast().at(0).value<OfficeChange>().external);
    } else {
        // SQLite has no notifications: what reaches this office is what the other one announced.
        for (const QList<QVariant> &signal : std::as_const(madeThere)) {
            OfficeChange change = signal.at(0).value<OfficeChange>();
            change.external = true;
            m_office->announce(change);
        }
    }
    compareWithFresh("another coordinator");
    QCOMPARE(m_office->matching().fullLoads(), 1);
}

void TestWarmRanking::weightsReadEverythingAgain()
{
    SqlQuery admin(m_office->database(),
                   QStringLiteral("SELECT username FROM coordinators WHERE role = 'admin' ORDER BY id"));
    auto login = admin.scalar();
    QVERIFY(login);
    QVERIFY(m_office->actAs(login->toString()));
    auto weights = m_office->rankingWeights();
    QVERIFY(weights);
    RankingWeights changed = *weights;
    changed.setValue(RankingWeights::Key::RotationPerEngagement,
                     changed.value(RankingWeights::Key::RotationPerEngagement) + 3);
    auto saved = m_office->saveRankingWeights(changed);
    QVERIFY2(saved, qPrintable(saved.error().message + QLatin1Char(' ') + saved.error().detail));
    compareWithFresh("weights");
    QCOMPARE(m_office->matching().fullLoads(), 2);
}

void TestWarmRanking::readAheadTakesInTheChangesMadeMeanwhile()
{
    MatchingService &matching = m_office->matching();
    matching.warmUp();
    QVERIFY(!matching.isWarmingUp()); // loaded already: nothing to read ahead
    matching.invalidate();
    matching.warmUp();
    QVERIFY(matching.isWarmingUp());

    // While the thread reads (before, during or after its read: each must come out the same): an invitation, an
    // answer and a worker's edit made here.
    const Request r = request(m_open.first());
    RankingEngine::Options options;
    options.limit = 3;
    auto ranked = MatchingService(m_office->database()).rank(r, options);
    QVERIFY(ranked && ranked->candidates.size() >= 2);
    const qint64 invitee = ranked->candidates.at(0).workerId, edited = ranked->candidates.at(1).workerId;
    auto invited = m_office->invite(r.id, r.version, { invitee }, InvitationChannel::Phone);
    QVERIFY2(invited, qPrintable(invited.error().message));
    auto invitations = m_office->invitations(r.id);
    QVERIFY(invitations);
    bool answered = false;
    for (const Invitation &i : std::as_const(*invitations)) {
        if (i.workerId == invitee && i.response == InvitationResponse::Pending)
            answered = bool(m_office->recordAnswer(i.id, i.version, InvitationResponse::Declined));
    }
    QVERIFY(answered);
    Worker w = *m_office->worker(edited);
    w.maxEngagementsPerMonth = 1;
    w.languages = { QStringLiteral("sv") };
    QVERIFY(m_office->saveWorker(w));

    QTRY_VERIFY_WITH_TIMEOUT(matching.isWarmedUp(), 30000);
    compareWithFresh("read ahead");
    QCOMPARE(matching.loadsAhead(), 1);
    QCOMPARE(matching.fullLoads(), 2); // init's and the one read ahead
    QVERIFY(!matching.isWarmingUp());
}

void TestWarmRanking::readAheadForgottenWhenAskedToReadAgain()
{
    MatchingService &matching = m_office->matching();
    matching.invalidate();
    matching.warmUp();
    QVERIFY(matching.isWarmingUp());
    matching.invalidate(); // "Rank anew" while it reads: what it read may be older than what made the user ask
    compareWithFresh("read again");
    QCOMPARE(matching.loadsAhead(), 0);
    QCOMPARE(matching.fullLoads(), 2);

    // Abandoned (as before a restore replaces the file): nothing is taken in, the next rank reads here.
    matching.invalidate();
    matching.warmUp();
    matching.abandonWarmUp();
    QVERIFY(!matching.isWarmingUp());
    compareWithFresh("abandoned");
    QCOMPARE(matching.loadsAhead(), 0);
    QCOMPARE(matching.fullLoads(), 3);
}

QTEST_GUILESS_MAIN(TestWarmRanking)
#include "tst_warm_ranking.moc"
