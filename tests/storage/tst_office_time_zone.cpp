// The office's time zone, on both backends: a machine that runs on UTC still sees, ranks and validates an office's
// meeting times in the office's zone (Settings ▸ Office, Europe/Helsinki by default). The process starts on UTC here,
// like a laptop set to UTC in a Helsinki office.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "common/OfficeTimeZone.h"
#include "domain/WeeklyAvailability.h"
#include "office/OfficeService.h"
#include "storage/SqlQuery.h"

#include <QSignalSpy>
#include <QTest>
#include <QTimeZone>

#include <ctime>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 2, 11), QTime(9, 0), QTimeZone::utc());
const QTimeZone kHelsinki("Europe/Helsinki");
// A Monday, 18:00 in Helsinki: 16:00 UTC (winter time, +2).
const QDateTime kEveningMeeting(QDate(2026, 3, 2), QTime(18, 0), kHelsinki);

QString reasonsOf(const Ranking &ranking, qint64 workerId)
{
    for (const Candidate &c : ranking.candidates)
        if (c.workerId == workerId)
            return c.reasons().join(QStringLiteral(" | "));
    return QStringLiteral("<not a candidate>");
}
} // namespace

class TestOfficeTimeZone : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void meetingTimesReadInTheOfficeZone();
    void dayPartsOfTheRankingFollowTheOfficeZone();
    void anUnknownZoneIsRefusedAndChangesNothing();
    void aNewZoneAppliesAtOnce();

private:
    Request eveningRequest();

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<FixedClock> m_clock;
};

void TestOfficeTimeZone::initTestCase()
{
    qputenv("TZ", "UTC");
    tzset();
    QVERIFY2(kHelsinki.isValid(), "the system has no tzdata for Europe/Helsinki");
    QCOMPARE(QDateTime(QDate(2026, 3, 2), QTime(12, 0)).offsetFromUtc(), 0); // the machine is on UTC
}

void TestOfficeTimeZone::init()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_office = std::make_unique<OfficeService>(std::move(db));
    DemoGenerator::Options demo;
    demo.workers = 40;
    demo.requests = 12;
    demo.seed = 3;
    demo.today = kNow.date();
    auto generated = m_office->generateDemo(demo);
    QVERIFY2(generated, qPrintable(generated.error().message));
    QVERIFY(m_office->actAs(QStringLiteral("anna.lehtinen")));
}

void TestOfficeTimeZone::cleanup()
{
    OfficeTimeZone::restore();
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

Request TestOfficeTimeZone::eveningRequest()
{
    Request r;
    r.receivedOn = kNow.date();
    r.requesterName = QStringLiteral("Tiina Trainer");
    r.title = QStringLiteral("Evening talk for foster parents");
    r.workersNeeded = 1;
    r.durationMinutes = 90;
    r.language = QStringLiteral("fi");
    r.remote = true;
    const auto topics = m_office->topics();
    if (topics)
        for (const Topic &t : *topics)
            if (t.code == QLatin1String("child_protection.family_mapping"))
                r.topics = { { t.id, TopicWeight::Primary } };
    r.dateOptions = { { 0, kEveningMeeting, kEveningMeeting.addSecs(90 * 60), true } };
    auto saved = m_office->saveRequest(r);
    if (!saved) {
        qWarning("%s", qPrintable(saved.error().message));
        return {};
    }
    return *saved;
}

void TestOfficeTimeZone::meetingTimesReadInTheOfficeZone()
{
    const Request saved = eveningRequest();
    QVERIFY(saved.id != 0);
    // On the machine's own zone (UTC), the stored instant reads as 16:00: an afternoon meeting.
    auto plain = m_office->request(saved.id);
    QVERIFY(plain);
    QCOMPARE(plain->dateOptions.at(0).starts.toLocalTime().time(), QTime(16, 0));

    QVERIFY(m_office->applyTimeZone()); // Europe/Helsinki unless the office says otherwise
    QCOMPARE(OfficeTimeZone::current(), QByteArray("Europe/Helsinki"));
    auto office = m_office->request(saved.id);
    QVERIFY(office);
    const QDateTime starts = office->dateOptions.at(0).starts.toLocalTime();
    QCOMPARE(starts.time(), QTime(18, 0));
    QCOMPARE(starts.date(), QDate(2026, 3, 2));
    QCOMPARE(WeeklyAvailability::partOfDay(starts.time().hour()), WeeklyAvailability::Evening);
    QCOMPARE(starts.toMSecsSinceEpoch(), kEveningMeeting.toMSecsSinceEpoch()); // the same instant
    // "Today" is the office's day too: 23:30 UTC on 11 February is already the 12th in Helsinki.
    m_clock->set(QDateTime(QDate(2026, 2, 11), QTime(23, 30), QTimeZone::utc()));
    QCOMPARE(Clock::instance().now().toLocalTime().date(), QDate(2026, 2, 12));
}

void TestOfficeTimeZone::dayPartsOfTheRankingFollowTheOfficeZone()
{
    QVERIFY(m_office->applyTimeZone());
    const Request r = eveningRequest();
    QVERIFY(r.id != 0);
    RankingEngine::Options options;
    options.limit = 100;
    auto ranking = m_office->matching().rank(*m_office->request(r.id), options);
    QVERIFY2(ranking, qPrintable(ranking.error().message));
    QVERIFY(!ranking->candidates.isEmpty());
    const qint64 worker = ranking->candidates.first().workerId;

    // The worker prefers Monday evenings only.
    WeeklyAvailability monday;
    monday.set(1, WeeklyAvailability::Evening, true);
    SqlQuery q(m_office->database(), QStringLiteral("UPDATE workers SET weekly_availability = ? WHERE id = ?"));
    q.bindAll({ monday.mask(), worker });
    QVERIFY(q.exec());
    m_office->matching().invalidate();
    ranking = m_office->matching().rank(*m_office->request(r.id), options);
    QVERIFY(ranking);
    QVERIFY2(reasonsOf(*ranking, worker).contains(QStringLiteral("The time fits the weekly preferences")),
             qPrintable(reasonsOf(*ranking, worker)));

    // The same office ranked on the machine's zone would call it an afternoon: the failure this guards against.
    OfficeTimeZone::restore();
    m_office->matching().invalidate();
    ranking = m_office->matching().rank(*m_office->request(r.id), options);
    QVERIFY(ranking);
    QVERIFY2(reasonsOf(*ranking, worker).contains(QStringLiteral("The time is outside the weekly preferences")),
             qPrintable(reasonsOf(*ranking, worker)));
}

void TestOfficeTimeZone::anUnknownZoneIsRefusedAndChangesNothing()
{
    auto before = m_office->officeSettings();
    QVERIFY(before);
    QCOMPARE(before->timeZone, QByteArray("Europe/Helsinki"));
    OfficeSettings wrong = *before;
    wrong.timeZone = "Europe/Atlantis";
    QSignalSpy changed(m_office.get(), &OfficeService::changed);
    auto refused = m_office->saveOfficeSettings(wrong);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("timeZone"));
    QVERIFY(refused.error().message.contains(QStringLiteral("Europe/Atlantis")));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(m_office->officeSettings()->version, before->version);
    QVERIFY(!OfficeTimeZone::apply("Europe/Atlantis"));
}

void TestOfficeTimeZone::aNewZoneAppliesAtOnce()
{
    QVERIFY(m_office->applyTimeZone());
    const Request r = eveningRequest();
    QVERIFY(r.id != 0);
    OfficeSettings settings = *m_office->officeSettings();
    settings.timeZone = "Europe/Stockholm"; // one hour behind Helsinki
    auto saved = m_office->saveOfficeSettings(settings);
    QVERIFY2(saved, qPrintable(saved.error().message));
    QCOMPARE(OfficeTimeZone::current(), QByteArray("Europe/Stockholm"));
    QCOMPARE(m_office->request(r.id)->dateOptions.at(0).starts.toLocalTime().time(), QTime(17, 0));
    // Stored, so the next start applies it too.
    OfficeService again(m_office->database());
    QVERIFY(again.applyTimeZone());
    QCOMPARE(again.officeSettings()->timeZone, QByteArray("Europe/Stockholm"));
}

QTEST_GUILESS_MAIN(TestOfficeTimeZone)
#include "tst_office_time_zone.moc"
