// Recording what came of a held request through the office service, on both backends: everything in one
// transaction announced once with the ids it touched; bad input names the field and writes nothing, as does a fee
// above the office's largest fee or a failure late in the work; a viewer records nothing; the dialog's read gives
// the request's records together; and experience knowledge is saved and listed.
#include "HeldRequestFixture.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "office/OfficeService.h"

#include <QSignalSpy>
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

int count(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toInt() : -1;
}
} // namespace

class TestOfficeOutcomes : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void theSheetHoldsTheRequestsRecords();
    void theOutcomeIsRecordedInOneTransactionAndAnnouncedOnce();
    void badInputNamesTheFieldAndChangesNothing();
    void aFeeAboveTheOfficesLargestIsRefused();
    void aLaterFailureUndoesEverything();
    void aViewerRecordsNothing();
    void knowledgeIsSavedAndListed();

private:
    Engagement engagement(int index);
    MeetingOutcome outcome(const QString &summary) const;
    KnowledgeEntry knowledge(const QString &text);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office; // anna, the office's admin
    HeldRequest m_held;
};

void TestOfficeOutcomes::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
}

void TestOfficeOutcomes::cleanupTestCase()
{
    Clock::install(nullptr);
}

void TestOfficeOutcomes::init()
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

void TestOfficeOutcomes::cleanup()
{
    m_office.reset();
    m_testDb.reset();
}

Engagement TestOfficeOutcomes::engagement(int index)
{
    auto sheet = m_office->meetingOutcomeSheet(m_held.requestId);
    if (!sheet)
        return {};
    for (const Engagement &e : std::as_const(sheet->engagements))
        if (e.id == m_held.engagements.value(index))
            return e;
    return {};
}

MeetingOutcome TestOfficeOutcomes::outcome(const QString &summary) const
{
    MeetingOutcome o;
    o.requestId = m_held.requestId;
    o.heldOn = QDate(2026, 3, 3);
    o.summary = summary;
    return o;
}

KnowledgeEntry TestOfficeOutcomes::knowledge(const QString &text)
{
    KnowledgeEntry k;
    k.requestId = m_held.requestId;
    k.recordedOn = QDate(2026, 3, 3);
    k.text = text;
    k.phase = LifeCoursePhase::Parenthood;
    k.topicIds = { Test::topicIdByCode(m_office->database(), QStringLiteral("child_protection.family_mapping")) };
    return k;
}

void TestOfficeOutcomes::theSheetHoldsTheRequestsRecords()
{
    auto sheet = m_office->meetingOutcomeSheet(m_held.requestId);
    QVERIFY2(sheet, qPrintable(describe(sheet.error())));
    QCOMPARE(sheet->request.id, m_held.requestId);
    QCOMPARE(sheet->request.status, RequestStatus::Held);
    QCOMPARE(sheet->engagements.size(), 3);
    QCOMPARE(sheet->engagements.at(0).id, m_held.engagements.at(0));
    QCOMPARE(sheet->workerNames.value(m_held.workers.at(0)), QStringLiteral("Aino K."));
    QCOMPARE(sheet->workerNames.value(m_held.workers.at(2)), QStringLiteral("Cecilia"));
    QVERIFY(!sheet->outcome);
    QVERIFY(sheet->knowledge.isEmpty());
    QVERIFY(!sheet->taxonomy.isEmpty());

    // After recording, the outcome and the knowledge are there, the latest entry first.
    OutcomeRecorder::Changes changes;
    changes.outcome = outcome(QStringLiteral("Went well."));
    changes.knowledge = { knowledge(QStringLiteral("First")) };
    QVERIFY(m_office->recordOutcome(m_held.requestId, changes));
    QVERIFY(m_office->saveKnowledge(knowledge(QStringLiteral("Second"))));
    sheet = m_office->meetingOutcomeSheet(m_held.requestId);
    QVERIFY(sheet);
    QVERIFY(sheet->outcome);
    QCOMPARE(sheet->outcome->summary, QStringLiteral("Went well."));
    QCOMPARE(sheet->knowledge.size(), 2);
    QCOMPARE(sheet->knowledge.at(0).text, QStringLiteral("Second"));

    // A request that is not there: NotFound.
    QCOMPARE(m_office->meetingOutcomeSheet(987654).error().code, Error::Code::NotFound);
}

void TestOfficeOutcomes::theOutcomeIsRecordedInOneTransactionAndAnnouncedOnce()
{
    QSignalSpy spy(m_office.get(), &OfficeService::changed);
    Engagement aino = engagement(0);
    aino.attendance = Attendance::Attended;
    aino.hours = 2.5;
    aino.feeCents = 15000;
    aino.debriefDone = true;
    aino.debriefOn = QDate(2026, 3, 4);
    aino.debriefBy = QStringLiteral("Maija");
    Engagement bertil = engagement(1);
    bertil.attendance = Attendance::NoShow;
    OutcomeRecorder::Changes changes;
    changes.engagements = { aino, bertil };
    changes.outcome = outcome(QStringLiteral("The family mapping felt like an interrogation."));
    changes.knowledge = { knowledge(QStringLiteral("Nobody said why the family history was asked.")) };

    OutcomeRecorder::Failure failure;
    auto stored = m_office->recordOutcome(m_held.requestId, changes, &failure);
    QVERIFY2(stored, qPrintable(describe(stored.error())));
    QCOMPARE(failure.part, OutcomeRecorder::Part::None);
    QCOMPARE(stored->engagements.size(), 2);
    QCOMPARE(stored->engagements.at(0).payment, PaymentState::Unpaid); // work done with a fee: the fee is due
    QVERIFY(stored->outcome && stored->outcome->id > 0);
    QCOMPARE(stored->knowledge.size(), 1);

    // One announcement, after the commit, naming what changed.
    QCOMPARE(spy.count(), 1);
    const auto change = spy.at(0).at(0).value<OfficeChange>();
    QVERIFY(!change.external);
    QVERIFY(change.touches(OfficeChange::Kind::Engagement, aino.id));
    QVERIFY(change.touches(OfficeChange::Kind::Engagement, bertil.id));
    QVERIFY(!change.touches(OfficeChange::Kind::Engagement, m_held.engagements.at(2)));
    QVERIFY(change.touches(OfficeChange::Kind::Worker, m_held.workers.at(0)));
    QVERIFY(change.touches(OfficeChange::Kind::Outcome, m_held.requestId));

    // A second office (another coordinator) reads all of it; the audit names anna.
    OfficeService other(m_testDb->openOrFail());
    QVERIFY(other.actAs(QStringLiteral("bertta")));
    auto sheet = other.meetingOutcomeSheet(m_held.requestId);
    QVERIFY(sheet);
    QCOMPARE(sheet->engagements.at(0).attendance, Attendance::Attended);
    QCOMPARE(sheet->engagements.at(1).attendance, Attendance::NoShow);
    QCOMPARE(sheet->outcome->summary, changes.outcome->summary);
    QCOMPARE(sheet->knowledge.size(), 1);
    Database &db = m_office->database();
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'meeting_outcomes' AND "
                                  "actor_id = ? AND actor = 'anna'"),
                   { m_office->coordinator().id }),
             1);

    // Nothing changed: nothing written, nothing announced.
    const QVector<int> before = Test::outcomeFootprint(db);
    QVERIFY(m_office->recordOutcome(m_held.requestId, {}));
    QCOMPARE(Test::outcomeFootprint(db), before);
    QCOMPARE(spy.count(), 1);
}

void TestOfficeOutcomes::badInputNamesTheFieldAndChangesNothing()
{
    QSignalSpy spy(m_office.get(), &OfficeService::changed);
    Database &db = m_office->database();
    const QVector<int> before = Test::outcomeFootprint(db);
    Engagement fine = engagement(0);
    fine.attendance = Attendance::Attended;
    Engagement negative = engagement(2);
    negative.hours = -1.5;
    OutcomeRecorder::Changes changes;
    changes.engagements = { fine, negative };
    changes.outcome = outcome(QStringLiteral("Not saved"));

    OutcomeRecorder::Failure failure;
    auto refused = m_office->recordOutcome(m_held.requestId, changes, &failure);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(refused.error().detail, QStringLiteral("hours"));
    QCOMPARE(failure.part, OutcomeRecorder::Part::Engagement);
    QCOMPARE(failure.index, 1);
    QCOMPARE(Test::outcomeFootprint(db), before);
    QCOMPARE(engagement(0).attendance, Attendance::Planned);
    QCOMPARE(spy.count(), 0);

    // The outcome's own fields: a summary of someone else's request is refused too.
    changes.engagements.clear();
    changes.outcome->requestId = m_held.requestId + 1;
    refused = m_office->recordOutcome(m_held.requestId, changes, &failure);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("requestId"));
    QCOMPARE(failure.part, OutcomeRecorder::Part::Outcome);
    QCOMPARE(Test::outcomeFootprint(db), before);
}

void TestOfficeOutcomes::aFeeAboveTheOfficesLargestIsRefused()
{
    OfficeSettings settings = *m_office->officeSettings();
    settings.maxFeeCents = 50000;
    QVERIFY(m_office->saveOfficeSettings(settings));
    QSignalSpy spy(m_office.get(), &OfficeService::changed);
    Database &db = m_office->database();
    const QVector<int> before = Test::outcomeFootprint(db);

    Engagement aino = engagement(0);
    aino.attendance = Attendance::Attended;
    aino.feeCents = 60000; // 600 €, above the 500 € the office allows
    OutcomeRecorder::Changes changes;
    changes.outcome = outcome(QStringLiteral("Written only with the fee."));
    changes.engagements = { aino };
    OutcomeRecorder::Failure failure;
    auto refused = m_office->recordOutcome(m_held.requestId, changes, &failure);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(refused.error().detail, QStringLiteral("feeCents"));
    QCOMPARE(failure.part, OutcomeRecorder::Part::Engagement);
    QCOMPARE(Test::outcomeFootprint(db), before);
    QCOMPARE(engagement(0).feeCents, qint64(15000));
    QCOMPARE(spy.count(), 0);

    // At the limit it goes in.
    changes.engagements.first().feeCents = 50000;
    auto stored = m_office->recordOutcome(m_held.requestId, changes, &failure);
    QVERIFY2(stored, qPrintable(describe(stored.error())));
    QCOMPARE(engagement(0).feeCents, qint64(50000));
}

void TestOfficeOutcomes::aLaterFailureUndoesEverything()
{
    QSignalSpy spy(m_office.get(), &OfficeService::changed);
    Database &db = m_office->database();
    const QVector<int> before = Test::outcomeFootprint(db);
    Engagement aino = engagement(0);
    aino.attendance = Attendance::Attended;
    OutcomeRecorder::Changes changes;
    changes.engagements = { aino };
    changes.outcome = outcome(QStringLiteral("Written, then undone."));
    KnowledgeEntry k = knowledge(QStringLiteral("About a topic that is not there."));
    k.topicIds = { 987654 }; // passes the rules without a database, fails in it
    changes.knowledge = { k };

    OutcomeRecorder::Failure failure;
    auto refused = m_office->recordOutcome(m_held.requestId, changes, &failure);
    QVERIFY(!refused);
    QCOMPARE(failure.part, OutcomeRecorder::Part::Knowledge);
    QCOMPARE(Test::outcomeFootprint(db), before);
    QCOMPARE(engagement(0).attendance, Attendance::Planned);
    QVERIFY(!m_office->meetingOutcomeSheet(m_held.requestId)->outcome);
    QCOMPARE(spy.count(), 0);

    // Without any topic it is refused too, naming the field ...
    changes.knowledge.first().topicIds.clear();
    QCOMPARE(m_office->recordOutcome(m_held.requestId, changes, &failure).error().detail, QStringLiteral("topicIds"));
    QCOMPARE(failure.part, OutcomeRecorder::Part::Knowledge);
    QCOMPARE(Test::outcomeFootprint(db), before);
    // ... and the office goes on working: with a real topic it is recorded.
    changes.knowledge.first().topicIds
        = { Test::topicIdByCode(db, QStringLiteral("child_protection.placement.emergency")) };
    auto stored = m_office->recordOutcome(m_held.requestId, changes);
    QVERIFY2(stored, qPrintable(describe(stored.error())));
    QCOMPARE(spy.count(), 1);
}

void TestOfficeOutcomes::aViewerRecordsNothing()
{
    OfficeService ville(m_testDb->openOrFail());
    QVERIFY(ville.actAs(QStringLiteral("ville")));
    Coordinator v = ville.coordinator();
    v.role = CoordinatorRole::Viewer;
    QVERIFY(m_office->saveCoordinator(v));
    QVERIFY(ville.actAs(QStringLiteral("ville")));
    QCOMPARE(ville.coordinator().role, CoordinatorRole::Viewer);
    Database &db = m_office->database();
    const QVector<int> before = Test::outcomeFootprint(db);
    QSignalSpy spy(&ville, &OfficeService::changed);

    // She reads what there is ...
    QVERIFY(ville.meetingOutcomeSheet(m_held.requestId));
    // ... and changes nothing.
    Engagement aino = engagement(0);
    aino.attendance = Attendance::Attended;
    OutcomeRecorder::Changes changes;
    changes.engagements = { aino };
    changes.outcome = outcome(QStringLiteral("Not hers to write"));
    auto refused = ville.recordOutcome(m_held.requestId, changes);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    QVERIFY(refused.error().message.contains(QLatin1String("viewer")));
    QCOMPARE(ville.saveKnowledge(knowledge(QStringLiteral("Nor this"))).error().code, Error::Code::NotAllowed);
    QCOMPARE(Test::outcomeFootprint(db), before);
    QCOMPARE(spy.count(), 0);
}

void TestOfficeOutcomes::knowledgeIsSavedAndListed()
{
    QSignalSpy spy(m_office.get(), &OfficeService::changed);
    auto saved = m_office->saveKnowledge(knowledge(QStringLiteral("Nobody explained the placement.")));
    QVERIFY2(saved, qPrintable(describe(saved.error())));
    QVERIFY(saved->id > 0);
    QCOMPARE(spy.count(), 1);
    QVERIFY(spy.at(0).at(0).value<OfficeChange>().touches(OfficeChange::Kind::Outcome, m_held.requestId));

    KnowledgeEntry changed = *saved;
    changed.criticalPoint = true;
    // Knowledge is reported by topic: an entry left without one is refused, naming the field, and nothing changes.
    changed.topicIds.clear();
    QCOMPARE(m_office->saveKnowledge(changed).error().detail, QStringLiteral("topicIds"));
    QCOMPARE(OfficeService::validateKnowledge(changed).error().detail, QStringLiteral("topicIds"));
    QCOMPARE(spy.count(), 1);
    const qint64 emergency
        = Test::topicIdByCode(m_office->database(), QStringLiteral("child_protection.placement.emergency"));
    changed.topicIds = { emergency };
    auto again = m_office->saveKnowledge(changed);
    QVERIFY2(again, qPrintable(describe(again.error())));
    QCOMPARE(again->version, saved->version + 1);
    auto listed = m_office->knowledge(m_held.requestId);
    QVERIFY(listed);
    QCOMPARE(listed->size(), 1);
    QVERIFY(listed->at(0).criticalPoint);
    QCOMPARE(listed->at(0).topicIds, QVector<qint64> { emergency });

    // A stale copy is a conflict; an empty text is refused with the field named, before and in the service.
    QCOMPARE(m_office->saveKnowledge(changed).error().code, Error::Code::Conflict);
    KnowledgeEntry empty = knowledge(QString());
    const Status check = OfficeService::validateKnowledge(empty);
    QVERIFY(!check);
    QCOMPARE(check.error().detail, QStringLiteral("text"));
    QCOMPARE(m_office->saveKnowledge(empty).error().detail, QStringLiteral("text"));
    QCOMPARE(m_office->knowledge(m_held.requestId)->size(), 1);
    QCOMPARE(spy.count(), 2);
}

QTEST_GUILESS_MAIN(TestOfficeOutcomes)
#include "tst_office_outcomes.moc"
