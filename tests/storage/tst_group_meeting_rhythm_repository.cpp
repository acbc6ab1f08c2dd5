// The group meeting rhythm is stored office-wide: one row, saved with its version checked and an audit entry.
#include "TestDatabase.h"
#include "storage/SqlQuery.h"
#include "today/GroupMeetingRhythmRepository.h"

#include <QTest>

using namespace Kohtaamo;

class TestGroupMeetingRhythmRepository : public QObject
{
    Q_OBJECT

private slots:
    void aNewDatabaseMeetsEveryFourWeeksFromNoDayYet();
    void saveIsAuditedAndBumpsTheVersion();
    void aStaleSaveIsRefusedAndChangesNothing();
    void anIntervalOutOfRangeIsRefused();
};

void TestGroupMeetingRhythmRepository::aNewDatabaseMeetsEveryFourWeeksFromNoDayYet()
{
    Test::TestDatabase testDb;
    KOHTAAMO_REQUIRE_DB(testDb);
    auto db = testDb.openOrFail();
    QVERIFY(db);
    auto rhythm = GroupMeetingRhythmRepository(*db).load();
    QVERIFY2(rhythm.ok(), qPrintable(rhythm.error().message));
    QVERIFY(rhythm->id > 0);
    QCOMPARE(rhythm->version, 1);
    QVERIFY(!rhythm->firstMeeting.isValid());
    QCOMPARE(rhythm->intervalDays, 28);
}

void TestGroupMeetingRhythmRepository::saveIsAuditedAndBumpsTheVersion()
{
    Test::TestDatabase testDb;
    KOHTAAMO_REQUIRE_DB(testDb);
    auto db = testDb.openOrFail();
    GroupMeetingRhythmRepository repository(*db);
    GroupMeetingRhythm rhythm = *repository.load();
    rhythm.firstMeeting = QDate(2025, 1, 7);
    rhythm.intervalDays = 21;
    auto saved = repository.save(rhythm);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(saved->version, 2);

    // A second coordinator reads what was saved.
    auto other = testDb.openOrFail();
    auto read = GroupMeetingRhythmRepository(*other).load();
    QVERIFY(read.ok());
    QCOMPARE(read->firstMeeting, QDate(2025, 1, 7));
    QCOMPARE(read->intervalDays, 21);
    QCOMPARE(read->version, 2);

    SqlQuery audit(*db, QStringLiteral("SELECT action, changes FROM audit_log WHERE table_name = ? AND record_id = ?"));
    audit.bindAll({ QStringLiteral("group_meeting_rhythm"), rhythm.id });
    QVERIFY(audit.exec().ok());
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("update"));
    QVERIFY(audit.value(1).toString().contains(QLatin1String("interval_days")));
    QVERIFY(audit.value(1).toString().contains(QLatin1String("2025-01-07")));
}

void TestGroupMeetingRhythmRepository::aStaleSaveIsRefusedAndChangesNothing()
{
    Test::TestDatabase testDb;
    KOHTAAMO_REQUIRE_DB(testDb);
    auto first = testDb.openOrFail();
    auto second = testDb.openOrFail();
    GroupMeetingRhythm mine = *GroupMeetingRhythmRepository(*first).load();
    GroupMeetingRhythm theirs = *GroupMeetingRhythmRepository(*second).load();

    theirs.intervalDays = 14;
    QVERIFY(GroupMeetingRhythmRepository(*second).save(theirs).ok());

    mine.intervalDays = 35;
    auto refused = GroupMeetingRhythmRepository(*first).save(mine);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(GroupMeetingRhythmRepository(*first).load()->intervalDays, 14);
}

void TestGroupMeetingRhythmRepository::anIntervalOutOfRangeIsRefused()
{
    Test::TestDatabase testDb;
    KOHTAAMO_REQUIRE_DB(testDb);
    auto db = testDb.openOrFail();
    GroupMeetingRhythmRepository repository(*db);
    GroupMeetingRhythm rhythm = *repository.load();
    for (int days : { 0, -7, 367 }) {
        rhythm.intervalDays = days;
        auto refused = repository.save(rhythm);
        QVERIFY(!refused.ok());
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    }
    QCOMPARE(repository.load()->version, 1);
}

QTEST_GUILESS_MAIN(TestGroupMeetingRhythmRepository)
#include "tst_group_meeting_rhythm_repository.moc"
