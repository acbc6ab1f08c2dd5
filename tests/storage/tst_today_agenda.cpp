// Every count of the Today page agrees with what the database holds, on a dataset built around the edge days:
// the day an invitation becomes overdue, the first and last day of the engagement and consent windows, the month
// boundary of the monthly limit, recovery breaks that start or end today, and requests received on a meeting day.
#include "TestDatabase.h"
#include "common/Clock.h"
#include "requests/RequestInboxQuery.h"
#include "storage/SqlQuery.h"
#include "today/GroupMeetingRhythmRepository.h"
#include "today/TodayAgenda.h"

#include <QTest>

using namespace Kohtaamo;

namespace {
const QDate kToday(2025, 3, 12); // a Wednesday

QDateTime at(int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(2025, month, day), QTime(hour, minute));
}
} // namespace

class TestTodayAgenda : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void emptyDatabaseCountsNothing();
    void eachCountAgreesWithTheDatabase();
    void overdueFollowsTheSetting();
    void theMeetingDayAndAMissingRhythm();

private:
    // The helpers below do not assert: a QVERIFY in a helper would return only from the helper and the test would go
    // on. They note the first failure in m_failure and return false (or 0); build() returns whether everything was
    // written, and each test checks that with QVERIFY2(build(), qPrintable(m_failure)).
    bool build();
    qint64 worker(const QString &status, int maxPerMonth);
    qint64 request(const char *status, const QDate &received);
    qint64 insertReturningId(const QString &sql, const QVariantList &values);
    bool fail(const QString &what);
    void invitation(qint64 request, qint64 worker, const char *response, const QDateTime &sent);
    void engagement(qint64 request, qint64 worker, const char *attendance, const QDateTime &starts,
                    const char *payment = "not_due", bool debrief = false, qint64 fee = 0, qint64 travel = 0);
    void consent(qint64 worker, const char *scope, const QDate &given, const QDate &expires,
                 const QDate &withdrawn = {});
    void unavailable(qint64 worker, const char *kind, const QDate &starts, const QDate &ends);
    bool exec(const QString &sql, const QVariantList &values);

    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    FixedClock m_clock { QDateTime(kToday, QTime(9, 30)) };
    qint64 m_organisation = 0;
    int m_references = 0;
    QVector<qint64> m_w; // workers W1..W7 at index 1..7
    QVector<qint64> m_r; // requests R1..R8 at index 1..8
    QString m_failure; // the first thing build() could not write
};

void TestTodayAgenda::init()
{
    Clock::install(&m_clock);
    m_clock.set(QDateTime(kToday, QTime(9, 30)));
    m_testDb = std::make_unique<Test::TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_db = m_testDb->openOrFail();
    QVERIFY(m_db);
    SqlQuery q(*m_db, QStringLiteral("INSERT INTO organisations (name) VALUES (?) RETURNING id"));
    q.bind(QStringLiteral("Ehjä ry"));
    const auto id = q.scalar();
    QVERIFY2(id.ok(), qPrintable(id.error().detail));
    m_organisation = id->toLongLong();
}

void TestTodayAgenda::cleanup()
{
    m_db.reset();
    m_testDb.reset();
    m_w.clear();
    m_r.clear();
    m_failure.clear();
    Clock::install(nullptr);
}

bool TestTodayAgenda::fail(const QString &what)
{
    if (m_failure.isEmpty())
        m_failure = what;
    return false;
}

bool TestTodayAgenda::exec(const QString &sql, const QVariantList &values)
{
    SqlQuery q(*m_db, sql);
    q.bindAll(values);
    if (const Status s = q.exec(); !s)
        return fail(s.error().detail); // names the statement
    return true;
}

qint64 TestTodayAgenda::insertReturningId(const QString &sql, const QVariantList &values)
{
    SqlQuery q(*m_db, sql);
    q.bindAll(values);
    const auto id = q.scalar();
    if (!id) {
        fail(id.error().detail);
        return 0;
    }
    return id->toLongLong();
}

qint64 TestTodayAgenda::worker(const QString &status, int maxPerMonth)
{
    return insertReturningId(
        QStringLiteral("INSERT INTO workers (display_name, organisation_id, title, status, "
                       "max_engagements_per_month) VALUES (?, ?, ?, ?, ?) RETURNING id"),
        { QStringLiteral("Worker"), m_organisation, QStringLiteral("peer_supporter"), status, maxPerMonth });
}

qint64 TestTodayAgenda::request(const char *status, const QDate &received)
{
    return insertReturningId(QStringLiteral("INSERT INTO requests (reference, received_on, requester_name, title, "
                                            "status) VALUES (?, ?, ?, ?, ?) RETURNING id"),
                             { QStringLiteral("2025-%1").arg(++m_references), SqlQuery::fromDate(received),
                               QStringLiteral("Requester"), QStringLiteral("Title"), QString::fromLatin1(status) });
}

void TestTodayAgenda::invitation(qint64 request, qint64 worker, const char *response, const QDateTime &sent)
{
    exec(QStringLiteral("INSERT INTO invitations (request_id, worker_id, response, sent_at) VALUES (?, ?, ?, ?)"),
         { request, worker, QString::fromLatin1(response), SqlQuery::fromDateTime(sent) });
}

void TestTodayAgenda::engagement(qint64 request, qint64 worker, const char *attendance, const QDateTime &starts,
                                 const char *payment, bool debrief, qint64 fee, qint64 travel)
{
    exec(QStringLiteral("INSERT INTO engagements (request_id, worker_id, attendance, starts_at, payment_state, "
                        "debrief_done, fee_cents, travel_cents) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
         { request, worker, QString::fromLatin1(attendance), SqlQuery::fromDateTime(starts),
           QString::fromLatin1(payment), debrief, fee, travel });
}

void TestTodayAgenda::consent(qint64 worker, const char *scope, const QDate &given, const QDate &expires,
                              const QDate &withdrawn)
{
    exec(QStringLiteral("INSERT INTO consents (worker_id, scope, given_on, expires_on, withdrawn_on) "
                        "VALUES (?, ?, ?, ?, ?)"),
         { worker, QString::fromLatin1(scope), SqlQuery::fromDate(given), SqlQuery::fromDate(expires),
           SqlQuery::fromDate(withdrawn) });
}

void TestTodayAgenda::unavailable(qint64 worker, const char *kind, const QDate &starts, const QDate &ends)
{
    exec(QStringLiteral("INSERT INTO worker_unavailability (worker_id, starts, ends, kind) VALUES (?, ?, ?, ?)"),
         { worker, SqlQuery::fromDate(starts), SqlQuery::fromDate(ends), QString::fromLatin1(kind) });
}

bool TestTodayAgenda::build()
{
    m_w = { 0,
            worker(QStringLiteral("active"), 2),
            worker(QStringLiteral("active"), 3),
            worker(QStringLiteral("active"), 1),
            worker(QStringLiteral("active"), 0),
            worker(QStringLiteral("left"), 1),
            worker(QStringLiteral("active"), 1),
            worker(QStringLiteral("on_break"), 1) };
    const auto d = [](int month, int day) { return QDate(2025, month, day); };
    m_r = { 0,
            request("new", d(3, 4)), // R1: received on the last meeting's day
            request("new", d(3, 3)), // R2: the day before it
            request("tagged", d(3, 10)), // R3
            request("inviting", d(3, 1)), // R4
            request("confirmed", d(3, 11)), // R5
            request("held", d(2, 20)), // R6
            request("cancelled", d(3, 5)), // R7
            request("inviting", d(2, 1)) }; // R8
    const auto &w = m_w;
    const auto &r = m_r;

    // Invitations: overdue means sent before 2025-03-05 (more than 7 days ago).
    invitation(r[4], w[1], "pending", at(3, 4, 10)); // 8 days: overdue
    invitation(r[4], w[2], "pending", at(3, 5, 0, 1)); // 7 days: not yet
    invitation(r[4], w[3], "pending", at(3, 4, 23, 59)); // overdue, late on the last overdue day
    invitation(r[7], w[1], "pending", at(1, 1, 9)); // the request was cancelled
    invitation(r[8], w[1], "accepted", at(1, 1, 9)); // answered
    invitation(r[8], w[2], "pending", at(2, 1, 9)); // overdue

    // Engagements in the next 14 days: 2025-03-12 00:00 up to 2025-03-26 00:00.
    engagement(r[5], w[1], "planned", at(3, 12, 8)); // today, earlier than now: counts
    engagement(r[5], w[2], "planned", at(3, 25, 23, 30)); // the 14th day
    engagement(r[5], w[3], "planned", at(3, 26, 0)); // the 15th day
    engagement(r[5], w[4], "planned", at(3, 11, 18)); // yesterday
    engagement(r[7], w[1], "planned", at(3, 15, 10)); // cancelled request
    engagement(r[8], w[5], "planned", at(3, 20, 10)); // counts (W5 has left, but the engagement stands)
    engagement(r[8], w[6], "cancelled", at(3, 20, 10)); // cancelled engagement
    engagement(r[8], w[7], "attended", at(2, 28, 23), "paid", true); // last month
    // Held: debriefs and fees.
    engagement(r[6], w[1], "attended", at(3, 1, 10), "unpaid", false, 10000, 500); // no debrief, unpaid
    engagement(r[6], w[2], "attended", at(3, 1, 10), "paid", true, 10000);
    engagement(r[6], w[3], "no_show", at(3, 1, 10), "not_due", false);
    engagement(r[6], w[4], "attended", at(3, 1, 10), "declined", false, 10000); // no debrief, fee declined

    // Contact consents expiring 2025-03-12 .. 2025-04-11.
    consent(w[1], "contact", QDate(2023, 1, 1), d(3, 12)); // expires today: still valid, counts
    consent(w[2], "contact", QDate(2023, 1, 1), d(4, 11)); // the 30th day
    consent(w[3], "contact", QDate(2023, 1, 1), d(4, 12)); // the 31st day
    consent(w[3], "public_appearance", QDate(2023, 1, 1), d(3, 20)); // another scope
    consent(w[4], "contact", QDate(2023, 1, 1), d(3, 11)); // expired yesterday
    consent(w[6], "contact", QDate(2023, 1, 1), d(3, 20), d(3, 1)); // withdrawn
    consent(w[7], "contact", QDate(2023, 1, 1), d(3, 20)); // renewed by the next one
    consent(w[7], "contact", d(3, 10), QDate(2027, 3, 10));
    consent(w[5], "contact", QDate(2023, 1, 1), d(3, 20)); // has left

    // Recovery breaks.
    unavailable(w[2], "recovery_break", d(3, 12), d(3, 20)); // starts today
    unavailable(w[7], "recovery_break", d(3, 1), d(3, 12)); // ends today
    unavailable(w[4], "recovery_break", d(3, 1), d(3, 11)); // ended yesterday
    unavailable(w[6], "unavailable", d(3, 1), d(3, 31)); // away, not resting
    unavailable(w[5], "recovery_break", d(3, 1), d(3, 31)); // has left

    // The group met on 2025-01-07 and every four weeks since: 4 Feb, 4 Mar; next 1 Apr.
    GroupMeetingRhythmRepository rhythms(*m_db);
    const auto loaded = rhythms.load();
    if (!loaded)
        return fail(QStringLiteral("loading the group meeting rhythm: ") + loaded.error().detail);
    GroupMeetingRhythm rhythm = *loaded;
    rhythm.firstMeeting = QDate(2025, 1, 7);
    if (const auto saved = rhythms.save(rhythm); !saved)
        return fail(QStringLiteral("saving the group meeting rhythm: ") + saved.error().detail);
    return m_failure.isEmpty();
}

void TestTodayAgenda::emptyDatabaseCountsNothing()
{
    auto agenda = TodayAgenda(*m_db).load();
    QVERIFY2(agenda.ok(), qPrintable(agenda.error().message + agenda.error().detail));
    QCOMPARE(agenda->today, kToday);
    for (const TodayAgenda::Item *item :
         { &agenda->untaggedRequests, &agenda->staleInvitations, &agenda->upcomingEngagements, &agenda->missingDebriefs,
           &agenda->unpaidFees, &agenda->expiringConsents, &agenda->restingWorkers, &agenda->meetingRequests })
        QCOMPARE(item->count, 0);
    QVERIFY(!agenda->nextMeeting.isValid());
}

void TestTodayAgenda::eachCountAgreesWithTheDatabase()
{
    QVERIFY2(build(), qPrintable(m_failure));
    auto loaded = TodayAgenda(*m_db).load();
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().message + loaded.error().detail));
    const TodayAgenda::Agenda &a = *loaded;
    const auto &r = m_r;
    const auto &w = m_w;
    using Ids = QVector<qint64>;

    QCOMPARE(a.untaggedRequests.count, 2);
    QVERIFY(a.untaggedRequests.usesFilter);
    RequestInboxQuery inbox(*m_db);
    QCOMPARE(*inbox.count(a.untaggedRequests.filter), 2);

    QCOMPARE(a.staleInvitations.count, 3);
    QCOMPARE(a.staleInvitations.requestIds, (Ids { r[4], r[8] }));

    QCOMPARE(a.upcomingEngagements.count, 3);
    QCOMPARE(a.upcomingEngagements.requestIds, (Ids { r[5], r[8] }));

    QCOMPARE(a.missingDebriefs.count, 2);
    QCOMPARE(a.missingDebriefs.requestIds, (Ids { r[6] }));

    QCOMPARE(a.unpaidFees.count, 1);
    QCOMPARE(a.unpaidFees.requestIds, (Ids { r[6] }));
    QCOMPARE(a.unpaidCents, qint64(10500));

    QCOMPARE(a.expiringConsents.count, 2);
    QCOMPARE(a.expiringConsents.workerIds, (Ids { w[1], w[2] }));

    // W1: 2 engagements in March against a limit of 2; W3: a planned one and a no-show against 1.
    // W2 and W7 are on a recovery break today; W7's own limit is not reached (its engagement was in February).
    QCOMPARE(a.atMonthlyLimit, 2);
    QCOMPARE(a.onRecoveryBreak, 2);
    QCOMPARE(a.restingWorkers.count, 4);
    QCOMPARE(a.restingWorkers.workerIds, (Ids { w[1], w[2], w[3], w[7] }));

    QCOMPARE(a.nextMeeting, QDate(2025, 4, 1));
    QCOMPARE(a.previousMeeting, QDate(2025, 3, 4));
    QCOMPARE(a.bringSince, QDate(2025, 3, 4));
    QVERIFY(a.meetingRequests.usesFilter);
    QCOMPARE(a.meetingRequests.count, 2); // R1 (received on the meeting day) and R3
    QCOMPARE(*inbox.count(a.meetingRequests.filter), 2);
}

void TestTodayAgenda::overdueFollowsTheSetting()
{
    QVERIFY2(build(), qPrintable(m_failure));
    TodayAgenda::Options options;
    options.staleInvitationDays = 6; // now the one sent 7 days ago is overdue too
    auto a = TodayAgenda(*m_db).load(options);
    QVERIFY(a.ok());
    QCOMPARE(a->staleInvitations.count, 4);
    options.staleInvitationDays = 60; // the oldest open one was sent on 1 February, 39 days ago
    a = TodayAgenda(*m_db).load(options);
    QVERIFY(a.ok());
    QCOMPARE(a->staleInvitations.count, 0);
}

void TestTodayAgenda::theMeetingDayAndAMissingRhythm()
{
    QVERIFY2(build(), qPrintable(m_failure));
    m_clock.set(QDateTime(QDate(2025, 4, 1), QTime(8, 0)));
    auto a = TodayAgenda(*m_db).load();
    QVERIFY(a.ok());
    QCOMPARE(a->nextMeeting, QDate(2025, 4, 1)); // the meeting is today
    QCOMPARE(a->bringSince, QDate(2025, 3, 4));
    QCOMPARE(a->meetingRequests.count, 2);

    // Without a first meeting day the page still lists the last four weeks' requests.
    GroupMeetingRhythmRepository rhythms(*m_db);
    GroupMeetingRhythm rhythm = *rhythms.load();
    rhythm.firstMeeting = {};
    QVERIFY(rhythms.save(rhythm).ok());
    m_clock.set(QDateTime(kToday, QTime(9, 30)));
    a = TodayAgenda(*m_db).load();
    QVERIFY(a.ok());
    QVERIFY(!a->nextMeeting.isValid());
    QCOMPARE(a->bringSince, kToday.addDays(-28)); // 2025-02-12
    QCOMPARE(a->meetingRequests.count, 4); // R1 to R4 (R8 earlier, R5 confirmed)
    QCOMPARE(*RequestInboxQuery(*m_db).count(a->meetingRequests.filter), 4);
}

QTEST_GUILESS_MAIN(TestTodayAgenda)
#include "tst_today_agenda.moc"
