// The group meeting rhythm's arithmetic: the next meeting on or after a day and the one before it.
#include "today/GroupMeetingRhythm.h"

#include <QTest>

using namespace Kohtaamo;

class TestGroupMeetingRhythm : public QObject
{
    Q_OBJECT

private slots:
    void nextAndPrevious_data();
    void nextAndPrevious();
    void notSetGivesNoMeeting();
};

void TestGroupMeetingRhythm::nextAndPrevious_data()
{
    QTest::addColumn<QDate>("first");
    QTest::addColumn<int>("interval");
    QTest::addColumn<QDate>("day");
    QTest::addColumn<QDate>("next");
    QTest::addColumn<QDate>("previous");

    const QDate first(2025, 1, 7);
    QTest::newRow("before the first meeting") << first << 28 << QDate(2024, 12, 1) << first << QDate();
    QTest::newRow("on the first meeting") << first << 28 << first << first << QDate();
    QTest::newRow("the day after the first") << first << 28 << QDate(2025, 1, 8) << QDate(2025, 2, 4) << first;
    QTest::newRow("the day before a meeting") << first << 28 << QDate(2025, 2, 3) << QDate(2025, 2, 4) << first;
    QTest::newRow("on a later meeting") << first << 28 << QDate(2025, 3, 4) << QDate(2025, 3, 4) << QDate(2025, 2, 4);
    QTest::newRow("weekly") << first << 7 << QDate(2025, 1, 20) << QDate(2025, 1, 21) << QDate(2025, 1, 14);
    QTest::newRow("every day") << first << 1 << QDate(2025, 1, 20) << QDate(2025, 1, 20) << QDate(2025, 1, 19);
    QTest::newRow("across a leap day") << QDate(2024, 2, 1) << 28 << QDate(2024, 3, 1) << QDate(2024, 3, 28)
                                       << QDate(2024, 2, 29);
}

void TestGroupMeetingRhythm::nextAndPrevious()
{
    QFETCH(QDate, first);
    QFETCH(int, interval);
    QFETCH(QDate, day);
    QFETCH(QDate, next);
    QFETCH(QDate, previous);
    GroupMeetingRhythm rhythm;
    rhythm.firstMeeting = first;
    rhythm.intervalDays = interval;
    QVERIFY(rhythm.isSet());
    QCOMPARE(rhythm.nextOnOrAfter(day), next);
    QCOMPARE(rhythm.previousBefore(day), previous);
}

void TestGroupMeetingRhythm::notSetGivesNoMeeting()
{
    GroupMeetingRhythm rhythm;
    QVERIFY(!rhythm.isSet());
    QCOMPARE(rhythm.intervalDays, 28);
    QVERIFY(!rhythm.nextOnOrAfter(QDate(2025, 3, 12)).isValid());
    QVERIFY(!rhythm.previousBefore(QDate(2025, 3, 12)).isValid());
}

QTEST_GUILESS_MAIN(TestGroupMeetingRhythm)
#include "tst_group_meeting_rhythm.moc"
