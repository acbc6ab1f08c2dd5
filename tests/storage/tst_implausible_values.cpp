// Implausible values are refused by the office service with the same limits the forms use (issue 16: "born 1800,
// a 90-trillion-euro fee, 50 MB notes"), on both backends: the refusal names the field and nothing is written. The
// limits are one set of numbers in core (common/Plausibility.h) that the forms read too.
#include "HeldRequestFixture.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "common/Plausibility.h"
#include "office/OfficeService.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(9, 0));

int count(Database &db, const QString &sql)
{
    SqlQuery q(db, sql);
    auto r = q.scalar();
    return r ? r->toInt() : -1;
}

QString describe(const Error &e)
{
    return e.message + QStringLiteral(" / ") + e.detail;
}
} // namespace

class TestImplausibleValues : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void implausibleWorkersAreRefusedNamingTheField_data();
    void implausibleWorkersAreRefusedNamingTheField();
    void aWorkerAtEveryLimitIsSaved();
    void aFiftyMegabyteNoteIsRefused();
    void implausibleOutcomesAreRefusedNamingTheField_data();
    void implausibleOutcomesAreRefusedNamingTheField();
    void aRequestFeeOfNinetyTrillionEurosIsRefused();
    void aConsentNoteTooLongIsRefused();

private:
    Worker worker() const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<FixedClock> m_clock;
    Test::HeldRequest m_held;
};

void TestImplausibleValues::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
}

void TestImplausibleValues::cleanupTestCase()
{
    Clock::install(nullptr);
}

void TestImplausibleValues::init()
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

void TestImplausibleValues::cleanup()
{
    m_office.reset();
    m_testDb.reset();
}

Worker TestImplausibleValues::worker() const
{
    auto w = m_office->worker(m_held.workers.first());
    return w ? *w : Worker();
}

void TestImplausibleValues::implausibleWorkersAreRefusedNamingTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("value");
    QTest::addRow("born 1800") << QStringLiteral("dateOfBirth") << QStringLiteral("1800-05-01");
    QTest::addRow("born tomorrow") << QStringLiteral("dateOfBirth") << QStringLiteral("2026-03-11");
    QTest::addRow("notes one character too long")
        << QStringLiteral("notes") << QString::number(Plausibility::kMaxNoteLength + 1);
    QTest::addRow("a training of a million hours") << QStringLiteral("trainingHours") << QStringLiteral("1000000");
    QTest::addRow("training name too long")
        << QStringLiteral("trainingName") << QString::number(Plausibility::kMaxNameLength + 1);
    QTest::addRow("municipality too long")
        << QStringLiteral("municipality") << QString::number(Plausibility::kMaxNameLength + 1);
    QTest::addRow("a million engagements a month")
        << QStringLiteral("maxEngagementsPerMonth") << QStringLiteral("1000000");
    QTest::addRow("ten years between engagements")
        << QStringLiteral("minDaysBetweenEngagements") << QStringLiteral("3650");
    QTest::addRow("ten years of notice") << QStringLiteral("noticeDays") << QStringLiteral("3650");
}

void TestImplausibleValues::implausibleWorkersAreRefusedNamingTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, value);
    Worker w = worker();
    QVERIFY(w.id);
    if (field == QLatin1String("dateOfBirth"))
        w.dateOfBirth = QDate::fromString(value, Qt::ISODate);
    else if (field == QLatin1String("notes"))
        w.notes = QString(value.toInt(), QLatin1Char('n'));
    else if (field == QLatin1String("trainingName"))
        w.trainingName = QString(value.toInt(), QLatin1Char('t'));
    else if (field == QLatin1String("municipality"))
        w.municipality = QString(value.toInt(), QLatin1Char('m'));
    else if (field == QLatin1String("trainingHours"))
        w.trainingHours = value.toDouble();
    else if (field == QLatin1String("maxEngagementsPerMonth"))
        w.maxEngagementsPerMonth = value.toInt();
    else if (field == QLatin1String("minDaysBetweenEngagements"))
        w.minDaysBetweenEngagements = value.toInt();
    else if (field == QLatin1String("noticeDays"))
        w.noticeDays = value.toInt();
    const int audit = count(m_office->database(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto saved = m_office->saveWorker(w);
    QVERIFY2(!saved, qPrintable(QStringLiteral("accepted: %1 = %2").arg(field, value.left(40))));
    QCOMPARE(saved.error().code, Error::Code::InvalidInput);
    QCOMPARE(saved.error().detail, field);
    QCOMPARE(count(m_office->database(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    QCOMPARE(worker().version, w.version);
}

void TestImplausibleValues::aWorkerAtEveryLimitIsSaved()
{
    Worker w = worker();
    w.dateOfBirth = Plausibility::earliestDateOfBirth();
    w.notes = QString(Plausibility::kMaxNoteLength, QLatin1Char('n'));
    w.trainingName = QString(Plausibility::kMaxNameLength, QLatin1Char('t'));
    w.trainingHours = Plausibility::kMaxTrainingHours;
    w.maxEngagementsPerMonth = Plausibility::kMaxEngagementsPerMonth;
    w.minDaysBetweenEngagements = Plausibility::kMaxPaceDays;
    w.noticeDays = Plausibility::kMaxPaceDays;
    auto saved = m_office->saveWorker(w);
    QVERIFY2(saved, qPrintable(describe(saved.error())));
    QCOMPARE(saved->notes.size(), Plausibility::kMaxNoteLength);
}

void TestImplausibleValues::aFiftyMegabyteNoteIsRefused()
{
    Worker w = worker();
    w.notes = QString(50 * 1024 * 1024, QLatin1Char('x'));
    auto saved = m_office->saveWorker(w);
    QVERIFY(!saved);
    QCOMPARE(saved.error().detail, QStringLiteral("notes"));
    // The message says how long the text may be.
    QVERIFY2(saved.error().message.contains(QString::number(Plausibility::kMaxNoteLength)),
             qPrintable(saved.error().message));
}

void TestImplausibleValues::implausibleOutcomesAreRefusedNamingTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addRow("travel costs of 90 trillion euros") << QStringLiteral("travelCents");
    QTest::addRow("an engagement note too long") << QStringLiteral("note");
    QTest::addRow("a summary too long") << QStringLiteral("summary");
    QTest::addRow("requester's feedback too long") << QStringLiteral("requesterFeedback");
    QTest::addRow("knowledge text too long") << QStringLiteral("text");
}

void TestImplausibleValues::implausibleOutcomesAreRefusedNamingTheField()
{
    QFETCH(QString, field);
    auto sheet = m_office->meetingOutcomeSheet(m_held.requestId);
    QVERIFY(sheet);
    Engagement e = sheet->engagements.first();
    e.attendance = Attendance::Attended;
    MeetingOutcome o;
    o.requestId = m_held.requestId;
    o.heldOn = QDate(2026, 3, 3);
    o.summary = QStringLiteral("A good meeting.");
    KnowledgeEntry k;
    k.requestId = m_held.requestId;
    k.recordedOn = QDate(2026, 3, 3);
    k.text = QStringLiteral("What was learned.");
    k.topicIds = { Test::topicIdByCode(m_office->database(), QStringLiteral("child_protection.family_mapping")) };
    const QString tooLong(Plausibility::kMaxNoteLength + 1, QLatin1Char('x'));
    if (field == QLatin1String("travelCents"))
        e.travelCents = Q_INT64_C(9000000000000000);
    else if (field == QLatin1String("note"))
        e.note = tooLong;
    else if (field == QLatin1String("summary"))
        o.summary = tooLong;
    else if (field == QLatin1String("requesterFeedback"))
        o.requesterFeedback = tooLong;
    else if (field == QLatin1String("text"))
        k.text = tooLong;
    OutcomeRecorder::Changes changes;
    changes.engagements = { e };
    changes.outcome = o;
    changes.knowledge = { k };
    const QVector<int> before = Test::outcomeFootprint(m_office->database());
    auto refused = m_office->recordOutcome(m_held.requestId, changes);
    QVERIFY2(!refused, qPrintable(QStringLiteral("accepted: ") + field));
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(refused.error().detail, field);
    QCOMPARE(Test::outcomeFootprint(m_office->database()), before);
}

void TestImplausibleValues::aRequestFeeOfNinetyTrillionEurosIsRefused()
{
    auto request = m_office->request(m_held.requestId);
    QVERIFY(request);
    Request r = *request;
    r.feeCents = Q_INT64_C(9000000000000000);
    auto saved = m_office->saveRequest(r);
    QVERIFY(!saved);
    QCOMPARE(saved.error().detail, QStringLiteral("feeCents"));
}

void TestImplausibleValues::aConsentNoteTooLongIsRefused()
{
    Consent c;
    c.workerId = m_held.workers.first();
    c.scope = ConsentScope::Contact;
    c.givenOn = QDate(2026, 3, 1);
    c.note = QString(Plausibility::kMaxNoteLength + 1, QLatin1Char('c'));
    auto recorded = m_office->recordConsent(c);
    QVERIFY(!recorded);
    QCOMPARE(recorded.error().code, Error::Code::InvalidInput);
    QCOMPARE(recorded.error().detail, QStringLiteral("note"));
}

QTEST_GUILESS_MAIN(TestImplausibleValues)
#include "tst_implausible_values.moc"
