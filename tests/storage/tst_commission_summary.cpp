// The commission summary (OfficeService::commissionSummary, reports/CommissionSummary) on both backends: a held
// request's data gathered in one read — the request, its steps, the team named only with a valid consent to appear
// in public (as the confirmation to the requester names them), the hours and the fees as totals of the attended
// engagements (declined fees left out), the outcome with the audience and the feedback, and the experience
// knowledge with its topics and life-course phase; a request that is not there is named.
#include "HeldRequestFixture.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "office/OfficeService.h"

#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::HeldRequest;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0));

QString describe(const Error &e)
{
    return e.message + QStringLiteral(" / ") + e.detail;
}
} // namespace

class TestCommissionSummary : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void beforeTheOutcomeTheTeamIsCountedAndNamedWithConsent();
    void theOutcomeHoursFeesAndKnowledgeAreGathered();
    void aMissingRequestIsNamed();

private:
    Status consentToAppear(qint64 workerId, const QDate &given, const QDate &expires = {});
    Engagement engagement(int index);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office; // anna, the office's admin
    HeldRequest m_held;
};

void TestCommissionSummary::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
}

void TestCommissionSummary::cleanupTestCase()
{
    Clock::install(nullptr);
}

void TestCommissionSummary::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_held = Test::makeHeldRequest(*db);
    QVERIFY2(m_held.ok(), qPrintable(m_held.error));
    m_office = std::make_unique<OfficeService>(std::move(db));
    QVERIFY(m_office->actAs(QStringLiteral("anna")));
}

void TestCommissionSummary::cleanup()
{
    m_office.reset();
    m_testDb.reset();
}

Status TestCommissionSummary::consentToAppear(qint64 workerId, const QDate &given, const QDate &expires)
{
    Consent c;
    c.workerId = workerId;
    c.scope = ConsentScope::PublicAppearance;
    c.givenOn = given;
    c.expiresOn = expires;
    auto recorded = m_office->recordConsent(c);
    if (!recorded)
        return recorded.error();
    return Status::success();
}

Engagement TestCommissionSummary::engagement(int index)
{
    auto sheet = m_office->meetingOutcomeSheet(m_held.requestId);
    if (!sheet)
        return {};
    for (const Engagement &e : std::as_const(sheet->engagements)) {
        if (e.id == m_held.engagements.value(index))
            return e;
    }
    return {};
}

void TestCommissionSummary::beforeTheOutcomeTheTeamIsCountedAndNamedWithConsent()
{
    // Aino may be named; Bertil's consent expired before today; Cecilia gave none.
    Status s = consentToAppear(m_held.workers.at(0), QDate(2026, 1, 1));
    QVERIFY2(s, qPrintable(describe(s.error())));
    s = consentToAppear(m_held.workers.at(1), QDate(2025, 1, 1), QDate(2026, 2, 28));
    QVERIFY2(s, qPrintable(describe(s.error())));

    auto summary = m_office->commissionSummary(m_held.requestId, QStringLiteral("en"));
    QVERIFY2(summary, qPrintable(describe(summary.error())));
    QCOMPARE(summary->requestId, m_held.requestId);
    QVERIFY(!summary->reference.isEmpty());
    QCOMPARE(summary->title, QStringLiteral("How family history was gone through in a family mapping"));
    QCOMPARE(summary->requesterName, QStringLiteral("Tiina Trainer"));
    QCOMPARE(summary->status, RequestStatus::Held);
    QCOMPARE(summary->workDate, QDate(2026, 3, 3));
    QCOMPARE(summary->starts.toLocalTime(), QDateTime(QDate(2026, 3, 3), QTime(13, 0)));
    QCOMPARE(summary->topics.size(), 1);
    QVERIFY(!summary->topics.at(0).isEmpty());
    // The steps: new, tagged, inviting, confirmed, held.
    QCOMPARE(summary->history.size(), 5);
    QCOMPARE(summary->history.first().status, RequestStatus::New);
    QCOMPARE(summary->history.last().status, RequestStatus::Held);
    QCOMPARE(summary->namedWorkers, QStringList { QStringLiteral("Aino K.") });
    QCOMPARE(summary->unnamedWorkers, 2);
    QCOMPARE(summary->workerCount(), 3);
    // Nothing attended yet: no hours or fees; no outcome.
    QCOMPARE(summary->hours, 0.0);
    QCOMPARE(summary->feesCents, qint64(0));
    QVERIFY(!summary->outcomeRecorded);
    QVERIFY(summary->knowledge.isEmpty());
}

void TestCommissionSummary::theOutcomeHoursFeesAndKnowledgeAreGathered()
{
    Engagement aino = engagement(0);
    aino.attendance = Attendance::Attended;
    aino.hours = 2.5;
    aino.feeCents = 15000;
    aino.travelCents = 1200;
    Engagement bertil = engagement(1);
    bertil.attendance = Attendance::Attended;
    bertil.hours = 2;
    bertil.feeCents = 15000;
    bertil.feeDeclined = true;
    Engagement cecilia = engagement(2);
    cecilia.attendance = Attendance::NoShow;
    OutcomeRecorder::Changes changes;
    changes.engagements = { aino, bertil, cecilia };
    MeetingOutcome outcome;
    outcome.requestId = m_held.requestId;
    outcome.heldOn = QDate(2026, 3, 3);
    outcome.summary = QStringLiteral("The trainees asked about the family mapping.");
    outcome.requesterFeedback = QStringLiteral("Eye-opening, thank you.");
    outcome.audienceSize = 24;
    changes.outcome = outcome;
    KnowledgeEntry k;
    k.requestId = m_held.requestId;
    k.recordedOn = QDate(2026, 3, 3);
    k.text = QStringLiteral("Nobody said why the family history was asked.");
    k.phase = LifeCoursePhase::Parenthood;
    k.criticalPoint = true;
    k.topicIds = { Test::topicIdByCode(m_office->database(), QStringLiteral("child_protection.family_mapping")) };
    changes.knowledge = { k };
    auto stored = m_office->recordOutcome(m_held.requestId, changes);
    QVERIFY2(stored, qPrintable(describe(stored.error())));

    auto summary = m_office->commissionSummary(m_held.requestId, QStringLiteral("fi"));
    QVERIFY2(summary, qPrintable(describe(summary.error())));
    // Cecilia did not come: two took part, neither may be named.
    QCOMPARE(summary->workerCount(), 2);
    QVERIFY(summary->namedWorkers.isEmpty());
    QCOMPARE(summary->hours, 4.5);
    QCOMPARE(summary->feesCents, qint64(15000)); // Bertil declined his fee
    QCOMPARE(summary->travelCents, qint64(1200));
    QVERIFY(summary->outcomeRecorded);
    QCOMPARE(summary->heldOn, QDate(2026, 3, 3));
    QCOMPARE(summary->outcomeSummary, outcome.summary);
    QCOMPARE(summary->requesterFeedback, outcome.requesterFeedback);
    QCOMPARE(summary->audienceSize, 24);
    QCOMPARE(summary->knowledge.size(), 1);
    QCOMPARE(summary->knowledge.at(0).text, k.text);
    QCOMPARE(summary->knowledge.at(0).phase, LifeCoursePhase::Parenthood);
    QVERIFY(summary->knowledge.at(0).criticalPoint);
    QCOMPARE(summary->knowledge.at(0).topics.size(), 1);
    // The topic in the language asked for: the same name the request's topic has.
    QCOMPARE(summary->knowledge.at(0).topics.at(0), summary->topics.at(0));
    auto topic = m_office->topic(k.topicIds.at(0));
    QVERIFY(topic);
    QCOMPARE(summary->topics.at(0), topic->nameFi);
}

void TestCommissionSummary::aMissingRequestIsNamed()
{
    auto missing = m_office->commissionSummary(987654);
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    auto none = m_office->commissionSummary(0);
    QVERIFY(!none);
    QCOMPARE(none.error().detail, QStringLiteral("requestId"));
}

QTEST_GUILESS_MAIN(TestCommissionSummary)
#include "tst_commission_summary.moc"
