// Recording what came of a held request on both backends: engagements, the outcome and experience knowledge are
// written together, and a failure in any part — bad input, a record another coordinator saved meanwhile, a
// record the database refuses — leaves every part as it was.
#include "HeldRequestFixture.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "repositories/OutcomeRepository.h"
#include "requests/OutcomeRecorder.h"

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

class TestOutcomeRecorder : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void savesEveryPartTogether();
    void nothingToSaveWritesNothing();
    void invalidInputIsFoundBeforeWriting();
    void aLaterFailureUndoesTheEarlierParts();
    void aStaleEngagementIsAConflictAndNothingIsWritten();
    void anOutcomeRecordedMeanwhileIsAConflict();
    void recordsOfAnotherRequestAreRefused();

private:
    std::unique_ptr<FixedClock> m_clock;
};

void TestOutcomeRecorder::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
}

void TestOutcomeRecorder::cleanupTestCase()
{
    Clock::install(nullptr);
}

void TestOutcomeRecorder::savesEveryPartTogether()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const HeldRequest h = Test::makeHeldRequest(*db);
    QVERIFY2(h.ok(), qPrintable(h.error));
    EngagementRepository engagements(*db);

    OutcomeRecorder::Changes changes;
    Engagement aino = *engagements.get(h.engagements.at(0));
    aino.attendance = Attendance::Attended;
    aino.hours = 2.5;
    aino.debriefDone = true;
    aino.debriefOn = QDate(2026, 3, 4);
    aino.debriefBy = QStringLiteral("Maija");
    Engagement bertil = *engagements.get(h.engagements.at(1));
    bertil.attendance = Attendance::NoShow;
    bertil.hours = 0;
    changes.engagements = { aino, bertil };
    MeetingOutcome outcome;
    outcome.requestId = h.requestId;
    outcome.heldOn = QDate(2026, 3, 3);
    outcome.summary = QStringLiteral("The family mapping felt like an interrogation.");
    changes.outcome = outcome;
    KnowledgeEntry k;
    k.requestId = h.requestId;
    k.recordedOn = QDate(2026, 3, 3);
    k.text = QStringLiteral("Nobody said why the family history was asked.");
    k.criticalPoint = true;
    k.phase = LifeCoursePhase::Parenthood;
    k.topicIds = { Test::topicIdByCode(*db, QStringLiteral("child_protection.family_mapping")) };
    changes.knowledge = { k };

    OutcomeRecorder::Failure failure;
    auto stored = OutcomeRecorder(*db).save(h.requestId, changes, &failure);
    QVERIFY2(stored.ok(), qPrintable(describe(stored.error())));
    QCOMPARE(failure.part, OutcomeRecorder::Part::None);
    QCOMPARE(stored->engagements.size(), 2);
    QCOMPARE(stored->engagements.at(0).version, aino.version + 1);
    QVERIFY(stored->outcome && stored->outcome->id > 0);
    QCOMPARE(stored->knowledge.size(), 1);
    QVERIFY(stored->knowledge.at(0).id > 0);

    // A second coordinator sees all of it.
    auto other = t.openOrFail();
    QVERIFY(other);
    auto back = EngagementRepository(*other).get(aino.id);
    QVERIFY(back.ok());
    QCOMPARE(back->attendance, Attendance::Attended);
    QCOMPARE(back->debriefBy, QStringLiteral("Maija"));
    QCOMPARE(EngagementRepository(*other).get(bertil.id)->attendance, Attendance::NoShow);
    QCOMPARE(EngagementRepository(*other).get(h.engagements.at(2))->version, 1);
    QCOMPARE(OutcomeRepository(*other).outcomeForRequest(h.requestId)->summary, outcome.summary);
    auto knowledge = OutcomeRepository(*other).listKnowledge(h.requestId);
    QVERIFY(knowledge.ok());
    QCOMPARE(knowledge->size(), 1);
    QVERIFY(knowledge->at(0).criticalPoint);
    QCOMPARE(knowledge->at(0).topicIds, k.topicIds);
}

void TestOutcomeRecorder::nothingToSaveWritesNothing()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const HeldRequest h = Test::makeHeldRequest(*db);
    QVERIFY2(h.ok(), qPrintable(h.error));
    const QVector<int> before = Test::outcomeFootprint(*db);
    auto stored = OutcomeRecorder(*db).save(h.requestId, {});
    QVERIFY(stored.ok());
    QVERIFY(stored->isEmpty());
    QCOMPARE(Test::outcomeFootprint(*db), before);
}

void TestOutcomeRecorder::invalidInputIsFoundBeforeWriting()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const HeldRequest h = Test::makeHeldRequest(*db);
    QVERIFY2(h.ok(), qPrintable(h.error));
    EngagementRepository engagements(*db);
    OutcomeRecorder::Changes changes;
    Engagement fine = *engagements.get(h.engagements.at(0));
    fine.attendance = Attendance::Attended;
    Engagement negative = *engagements.get(h.engagements.at(2));
    negative.hours = -1.5;
    changes.engagements = { fine, negative };
    const QVector<int> before = Test::outcomeFootprint(*db);

    OutcomeRecorder::Failure failure;
    auto stored = OutcomeRecorder(*db).save(h.requestId, changes, &failure);
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, Error::Code::InvalidInput);
    QCOMPARE(stored.error().detail, QStringLiteral("hours"));
    QCOMPARE(failure.part, OutcomeRecorder::Part::Engagement);
    QCOMPARE(failure.index, 1);
    QCOMPARE(Test::outcomeFootprint(*db), before);
}

void TestOutcomeRecorder::aLaterFailureUndoesTheEarlierParts()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const HeldRequest h = Test::makeHeldRequest(*db);
    QVERIFY2(h.ok(), qPrintable(h.error));
    OutcomeRecorder::Changes changes;
    Engagement aino = *EngagementRepository(*db).get(h.engagements.at(0));
    aino.attendance = Attendance::Attended;
    changes.engagements = { aino };
    MeetingOutcome outcome;
    outcome.requestId = h.requestId;
    outcome.summary = QStringLiteral("Written, then undone.");
    changes.outcome = outcome;
    // Passes the rules without a database, fails in it: the topic does not exist.
    KnowledgeEntry k;
    k.requestId = h.requestId;
    k.recordedOn = QDate(2026, 3, 3);
    k.text = QStringLiteral("About a topic someone removed.");
    k.topicIds = { 987654 };
    changes.knowledge = { k };
    const QVector<int> before = Test::outcomeFootprint(*db);

    OutcomeRecorder::Failure failure;
    auto stored = OutcomeRecorder(*db).save(h.requestId, changes, &failure);
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, Error::Code::InvalidInput);
    QCOMPARE(failure.part, OutcomeRecorder::Part::Knowledge);
    QCOMPARE(failure.index, 0);
    QCOMPARE(Test::outcomeFootprint(*db), before);
    QCOMPARE(EngagementRepository(*db).get(aino.id)->attendance, Attendance::Planned);
    QCOMPARE(OutcomeRepository(*db).outcomeForRequest(h.requestId).error().code, Error::Code::NotFound);
    // The connection is usable afterwards: the same changes with a real topic go in.
    changes.knowledge.first().topicIds
        = { Test::topicIdByCode(*db, QStringLiteral("child_protection.family_mapping")) };
    auto retried = OutcomeRecorder(*db).save(h.requestId, changes);
    QVERIFY2(retried.ok(), qPrintable(describe(retried.error())));
}

void TestOutcomeRecorder::aStaleEngagementIsAConflictAndNothingIsWritten()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    db->setActor(QStringLiteral("anna"));
    const HeldRequest h = Test::makeHeldRequest(*db);
    QVERIFY2(h.ok(), qPrintable(h.error));
    EngagementRepository engagements(*db);
    Engagement aino = *engagements.get(h.engagements.at(0));
    Engagement bertil = *engagements.get(h.engagements.at(1));

    // Meanwhile a second coordinator records Bertil's travel costs.
    auto other = t.openOrFail();
    QVERIFY(other);
    other->setActor(QStringLiteral("mikko"));
    Engagement theirs = bertil;
    theirs.travelCents = 1240;
    QVERIFY(EngagementRepository(*other).save(theirs).ok());
    const QVector<int> before = Test::outcomeFootprint(*db);

    aino.attendance = Attendance::Attended;
    bertil.attendance = Attendance::Attended;
    OutcomeRecorder::Changes changes;
    changes.engagements = { aino, bertil };
    OutcomeRecorder::Failure failure;
    auto stored = OutcomeRecorder(*db).save(h.requestId, changes, &failure);
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, Error::Code::Conflict);
    QVERIFY2(stored.error().message.contains(QStringLiteral("Bertil S.")), qPrintable(stored.error().message));
    QVERIFY2(stored.error().message.contains(QStringLiteral("mikko")), qPrintable(stored.error().message));
    QCOMPARE(failure.part, OutcomeRecorder::Part::Engagement);
    QCOMPARE(failure.index, 1);
    QCOMPARE(Test::outcomeFootprint(*db), before);
    QCOMPARE(EngagementRepository(*other).get(aino.id)->attendance, Attendance::Planned);
    QCOMPARE(EngagementRepository(*other).get(bertil.id)->travelCents, 1240);
}

void TestOutcomeRecorder::anOutcomeRecordedMeanwhileIsAConflict()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const HeldRequest h = Test::makeHeldRequest(*db);
    QVERIFY2(h.ok(), qPrintable(h.error));
    auto other = t.openOrFail();
    QVERIFY(other);
    MeetingOutcome theirs;
    theirs.requestId = h.requestId;
    theirs.summary = QStringLiteral("Theirs.");
    QVERIFY(OutcomeRepository(*other).saveOutcome(theirs).ok());
    const QVector<int> before = Test::outcomeFootprint(*db);

    OutcomeRecorder::Changes changes;
    Engagement aino = *EngagementRepository(*db).get(h.engagements.at(0));
    aino.attendance = Attendance::Attended;
    changes.engagements = { aino };
    MeetingOutcome mine;
    mine.requestId = h.requestId;
    mine.summary = QStringLiteral("Mine.");
    changes.outcome = mine;
    OutcomeRecorder::Failure failure;
    auto stored = OutcomeRecorder(*db).save(h.requestId, changes, &failure);
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, Error::Code::Conflict);
    QCOMPARE(failure.part, OutcomeRecorder::Part::Outcome);
    QCOMPARE(Test::outcomeFootprint(*db), before);
    QCOMPARE(OutcomeRepository(*db).outcomeForRequest(h.requestId)->summary, QStringLiteral("Theirs."));
}

void TestOutcomeRecorder::recordsOfAnotherRequestAreRefused()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const HeldRequest h = Test::makeHeldRequest(*db);
    QVERIFY2(h.ok(), qPrintable(h.error));
    OutcomeRecorder::Changes changes;
    KnowledgeEntry k;
    k.requestId = 0; // not tied to this request
    k.recordedOn = QDate(2026, 3, 3);
    k.text = QStringLiteral("Raised by the group itself.");
    changes.knowledge = { k };
    const QVector<int> before = Test::outcomeFootprint(*db);
    OutcomeRecorder::Failure failure;
    auto stored = OutcomeRecorder(*db).save(h.requestId, changes, &failure);
    QVERIFY(!stored.ok());
    QCOMPARE(stored.error().code, Error::Code::InvalidInput);
    QCOMPARE(failure.part, OutcomeRecorder::Part::Knowledge);
    QCOMPARE(Test::outcomeFootprint(*db), before);
}

QTEST_GUILESS_MAIN(TestOutcomeRecorder)
#include "tst_outcome_recorder.moc"
