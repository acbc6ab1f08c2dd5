// The office service's rules of the commission workflow, on both backends: what happens where two screens or two
// coordinators meet (a late "yes" on a confirmed request), a changed answer, a new time, a cancellation, a withdrawn
// invitation sent again, closing with gaps, reopening, and who is working.
#include "HeldRequestFixture.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "office/OfficeService.h"
#include "repositories/EngagementRepository.h"
#include "repositories/InvitationRepository.h"
#include "storage/SqlQuery.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 2, 11), QTime(9, 0));
const QDateTime kMeeting(QDate(2026, 3, 3), QTime(13, 0));

int count(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toInt() : -1;
}

QString text(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toString() : QStringLiteral("<error>");
}
} // namespace

class TestOfficeService : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void actingCoordinatorIsARecordInTheAudit();
    void lateYesOnAConfirmedRequestFromAStaleCopy();
    void noAfterConfirmationCancelsTheEngagement();
    void changedAnswerKeepsItsHistory();
    void newTimeMovesTheTeamAndMarksWhomToTell();
    void cancellingCancelsTheWorkAndWithdrawsInvitations();
    void withdrawnInvitationCanBeSentAgain();
    void closingNamesWhatIsMissing();
    void onlyAnAdminReopens();
    void viewerCannotChangeAnything();
    void theLastAdminStaysAndLoginsStay();
    void feeAboveTheOfficeMaximumIsRefused();
    void failedUseCaseChangesNothingAndAnnouncesNothing();

private:
    // A tagged request needing `needed` workers at kMeeting, four workers (ids in m_workers).
    Request makeRequest(OfficeService &office, int needed);
    Invitation invitationOf(qint64 requestId, qint64 workerId);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<FixedClock> m_clock;
    QVector<qint64> m_workers;
};

void TestOfficeService::init()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_office = std::make_unique<OfficeService>(std::move(db));
    QVERIFY(m_office->actAs(QStringLiteral("anna")));
    m_workers.clear();
    Database &d = m_office->database();
    SqlQuery org(d, QStringLiteral("INSERT INTO organisations (name, version) VALUES (?, 1) RETURNING id"));
    org.bind(QStringLiteral("Perhekuntoutuskeskus Lauste"));
    auto orgId = org.scalar();
    QVERIFY(orgId);
    const qint64 organisation = orgId->toLongLong();
    org.raw().finish();
    for (const char *name : { "Aino K.", "Bertil S.", "Cecilia", "Daniel" }) {
        SqlQuery w(d,
                   QStringLiteral("INSERT INTO workers (display_name, organisation_id, title, version) "
                                  "VALUES (?, ?, 'experience_partner', 1) RETURNING id"));
        w.bindAll({ QString::fromUtf8(name), organisation });
        auto id = w.scalar();
        QVERIFY(id);
        m_workers << id->toLongLong();
    }
}

void TestOfficeService::cleanup()
{
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

Request TestOfficeService::makeRequest(OfficeService &office, int needed)
{
    Request r;
    r.receivedOn = QDate(2026, 2, 10);
    r.requesterName = QStringLiteral("Tiina Trainer");
    r.title = QStringLiteral("Onboarding of new social workers");
    r.topics = { { Test::topicIdByCode(office.database(), QStringLiteral("child_protection.family_mapping")),
                   TopicWeight::Primary } };
    r.workersNeeded = needed;
    r.durationMinutes = 120;
    r.feeCents = 15000;
    r.dateOptions = { { 0, kMeeting, kMeeting.addSecs(2 * 3600), true } };
    auto saved = office.saveRequest(r);
    if (!saved) {
        qWarning("%s", qPrintable(saved.error().message));
        return {};
    }
    auto tagged = office.markTagged(saved->id, saved->version);
    return tagged ? *tagged : Request {};
}

Invitation TestOfficeService::invitationOf(qint64 requestId, qint64 workerId)
{
    auto all = m_office->invitations(requestId);
    if (all)
        for (const Invitation &i : *all)
            if (i.workerId == workerId)
                return i;
    return {};
}

void TestOfficeService::actingCoordinatorIsARecordInTheAudit()
{
    const Coordinator anna = m_office->coordinator();
    QVERIFY(anna.id != 0);
    QCOMPARE(anna.username, QStringLiteral("anna"));
    QCOMPARE(anna.role, CoordinatorRole::Admin); // the first coordinator of the office
    const Request r = makeRequest(*m_office, 1);
    QVERIFY(r.id != 0);
    Database &db = m_office->database();
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'requests' AND record_id = ? "
                                  "AND actor_id = ? AND actor = ?"),
                   { r.id, anna.id, QStringLiteral("anna") }),
             2); // logged, tagged
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor_id IS NULL AND table_name = "
                                  "'requests'")),
             0);

    // A second login is a coordinator, not an admin; the same login again is the same record.
    auto second = m_testDb->openOrFail();
    OfficeService bertta(std::move(second));
    QVERIFY(bertta.actAs(QStringLiteral("Bertta")));
    QCOMPARE(bertta.coordinator().role, CoordinatorRole::Coordinator);
    QCOMPARE(bertta.coordinator().username, QStringLiteral("bertta"));
    QVERIFY(m_office->actAs(QStringLiteral("ANNA")));
    QCOMPARE(m_office->coordinator().id, anna.id);
    QCOMPARE(m_office->coordinators()->size(), 2);
}

void TestOfficeService::lateYesOnAConfirmedRequestFromAStaleCopy()
{
    Request r = makeRequest(*m_office, 1);
    QVERIFY(r.id != 0);
    auto invited = m_office->invite(r.id, r.version, { m_workers[0], m_workers[1] }, InvitationChannel::Phone);
    QVERIFY2(invited, qPrintable(invited.error().message));
    // Coordinator A's screen reads the invitations now; then coordinator B, on another connection, confirms.
    const Invitation staleSecond = invitationOf(r.id, m_workers[1]);
    auto otherDb = m_testDb->openOrFail();
    OfficeService b(std::move(otherDb));
    QVERIFY(b.actAs(QStringLiteral("bertta")));
    QSignalSpy heardByA(m_office.get(), &OfficeService::changed);
    const Invitation first = invitationOf(r.id, m_workers[0]);
    QVERIFY(b.recordAnswer(first.id, first.version, InvitationResponse::Accepted));
    auto confirmed = b.confirm(r.id, b.request(r.id)->version);
    QVERIFY2(confirmed, qPrintable(confirmed.error().message));
    QCOMPARE(confirmed->engagements.size(), 1);
    if (TestDatabase::postgres()) {
        // B's changes reach A's open office through LISTEN/NOTIFY.
        QVERIFY(heardByA.wait(5000) || heardByA.count() > 0);
        const auto change = heardByA.constLast().at(0).value<OfficeChange>();
        QVERIFY(change.external);
        QVERIFY(change.touches(OfficeChange::Kind::Request, r.id));
    }

    // A, on the stale screen, records the second worker's "yes": the team is full, so A is asked, and nothing changes.
    Database &db = m_office->database();
    const int auditBefore = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto asked = m_office->recordAnswer(staleSecond.id, staleSecond.version, InvitationResponse::Accepted);
    QVERIFY(!asked);
    QCOMPARE(asked.error().code, Error::Code::NotAllowed);
    QCOMPARE(asked.error().detail, QStringLiteral("teamFull"));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
    QCOMPARE(invitationOf(r.id, m_workers[1]).response, InvitationResponse::Pending);

    // Kept in reserve: accepted, no engagement, not counted as accepted for the team.
    auto reserve = m_office->recordAnswer(staleSecond.id, staleSecond.version, InvitationResponse::Accepted, {},
                                          InvitationOperations::TeamChoice::KeepInReserve);
    QVERIFY2(reserve, qPrintable(reserve.error().message));
    QVERIFY(reserve->invitation.reserve);
    QVERIFY(!reserve->engagement);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM engagements WHERE request_id = ?"), { r.id }), 1);

    // Taken into the team later: an engagement at the request's time.
    auto joined = m_office->takeIntoTeam(reserve->invitation.id, reserve->invitation.version);
    QVERIFY2(joined, qPrintable(joined.error().message));
    QVERIFY(joined->engagement);
    QCOMPARE(joined->engagement->starts, kMeeting);
    QCOMPARE(joined->engagement->attendance, Attendance::Planned);

    // A third "yes" added to the team at once: never an accepted invitation without its engagement.
    Invitation third;
    {
        auto more
            = m_office->invite(r.id, m_office->request(r.id)->version, { m_workers[2] }, InvitationChannel::Email);
        QVERIFY2(more, qPrintable(more.error().message));
        third = more->invitations.first();
    }
    auto added = m_office->recordAnswer(third.id, third.version, InvitationResponse::Accepted, {},
                                        InvitationOperations::TeamChoice::AddToTeam);
    QVERIFY2(added, qPrintable(added.error().message));
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM invitations i WHERE i.request_id = ? AND i.response = "
                                  "'accepted' AND i.reserve = ? AND NOT EXISTS (SELECT 1 FROM engagements e "
                                  "WHERE e.request_id = i.request_id AND e.worker_id = i.worker_id AND "
                                  "e.attendance <> 'cancelled')"),
                   { r.id, false }),
             0);
}

void TestOfficeService::noAfterConfirmationCancelsTheEngagement()
{
    Request r = makeRequest(*m_office, 1);
    auto invited = m_office->invite(r.id, r.version, { m_workers[0] }, InvitationChannel::Phone);
    QVERIFY(invited);
    Invitation inv = invited->invitations.first();
    auto yes = m_office->recordAnswer(inv.id, inv.version, InvitationResponse::Accepted);
    QVERIFY(yes);
    auto confirmed = m_office->confirm(r.id, m_office->request(r.id)->version);
    QVERIFY2(confirmed, qPrintable(confirmed.error().message));
    auto no
        = m_office->recordAnswer(inv.id, yes->invitation.version, InvitationResponse::Declined, QStringLiteral("Ill"));
    QVERIFY2(no, qPrintable(no.error().message));
    QVERIFY(no->engagement);
    QCOMPARE(no->engagement->attendance, Attendance::Cancelled);
    // Yes again: the same engagement is planned again.
    auto again = m_office->recordAnswer(inv.id, no->invitation.version, InvitationResponse::Accepted, {},
                                        InvitationOperations::TeamChoice::AddToTeam);
    QVERIFY2(again, qPrintable(again.error().message));
    QCOMPARE(again->engagement->id, no->engagement->id);
    QCOMPARE(again->engagement->attendance, Attendance::Planned);
}

void TestOfficeService::changedAnswerKeepsItsHistory()
{
    Request r = makeRequest(*m_office, 1);
    auto invited = m_office->invite(r.id, r.version, { m_workers[0] }, InvitationChannel::Phone);
    QVERIFY(invited);
    const Invitation inv = invited->invitations.first();
    auto declined = m_office->recordAnswer(inv.id, inv.version, InvitationResponse::Declined,
                                           QStringLiteral("Too close to my own story right now"));
    QVERIFY(declined);
    QCOMPARE(declined->invitation.declineReason, QStringLiteral("Too close to my own story right now"));
    auto accepted = m_office->recordAnswer(inv.id, declined->invitation.version, InvitationResponse::Accepted);
    QVERIFY2(accepted, qPrintable(accepted.error().message));
    QCOMPARE(accepted->invitation.response, InvitationResponse::Accepted);

    auto history = m_office->invitationHistory(inv.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(0).kind, InvitationEventKind::Invited);
    QCOMPARE(history->at(1).kind, InvitationEventKind::Answered);
    QCOMPARE(history->at(1).response, std::optional(InvitationResponse::Declined));
    QCOMPARE(history->at(1).reason, QStringLiteral("Too close to my own story right now"));
    QCOMPARE(history->at(1).coordinatorId, m_office->coordinator().id);
    QCOMPARE(history->at(2).response, std::optional(InvitationResponse::Accepted));
    // The invitation keeps the earlier reason, and the audit has it too.
    QCOMPARE(accepted->invitation.declineReason, QStringLiteral("Too close to my own story right now"));
    QCOMPARE(count(m_office->database(),
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'invitations' AND record_id = ? "
                                  "AND changes LIKE ?"),
                   { inv.id, QStringLiteral("%Too close to my own story%") }),
             1);
}

void TestOfficeService::newTimeMovesTheTeamAndMarksWhomToTell()
{
    Request r = makeRequest(*m_office, 1);
    auto invited
        = m_office->invite(r.id, r.version, { m_workers[0], m_workers[1], m_workers[2] }, InvitationChannel::Phone);
    QVERIFY(invited);
    const Invitation a = invitationOf(r.id, m_workers[0]);
    const Invitation c = invitationOf(r.id, m_workers[2]);
    QVERIFY(m_office->recordAnswer(a.id, a.version, InvitationResponse::Accepted));
    QVERIFY(m_office->recordAnswer(c.id, c.version, InvitationResponse::Declined, QStringLiteral("Away")));
    QVERIFY(m_office->confirm(r.id, m_office->request(r.id)->version));

    Request moved = *m_office->request(r.id);
    const QDateTime later = kMeeting.addDays(7).addSecs(3600);
    moved.dateOptions = { { 0, later, later.addSecs(3 * 3600), true } };
    auto saved = m_office->saveRequestDetailed(moved);
    QVERIFY2(saved, qPrintable(saved.error().message));
    QVERIFY(saved->rescheduled);
    QCOMPARE(saved->moved.size(), 1);
    auto engagements = EngagementRepository(m_office->database()).listForRequest(r.id);
    QVERIFY(engagements);
    QCOMPARE(engagements->size(), 1);
    QCOMPARE(engagements->first().starts, later);
    QCOMPARE(engagements->first().ends, later.addSecs(3 * 3600));
    QCOMPARE(engagements->first().hours, 3.0);
    // The engaged worker and the one still pending are to be told; the one who declined is not.
    auto notices = m_office->changeNotices(r.id);
    QVERIFY(notices);
    QVector<qint64> told;
    for (const ChangeNotice &n : *notices) {
        QCOMPARE(n.kind, ChangeNoticeKind::Rescheduled);
        QVERIFY(!n.doneAt.isValid());
        told << n.workerId;
    }
    std::sort(told.begin(), told.end());
    QCOMPARE(told, (QVector<qint64> { m_workers[0], m_workers[1] }));
    // Saving again without a new time adds nothing; marking one done closes it.
    Request again = *m_office->request(r.id);
    again.title += QStringLiteral(" (room 2)");
    auto unchanged = m_office->saveRequestDetailed(again);
    QVERIFY(unchanged);
    QVERIFY(!unchanged->rescheduled);
    QCOMPARE(m_office->changeNotices(r.id)->size(), 2);
    QVERIFY(m_office->markNoticeDone(notices->first().id));
    QVERIFY(m_office->changeNotices(r.id)->first().doneAt.isValid());
}

void TestOfficeService::cancellingCancelsTheWorkAndWithdrawsInvitations()
{
    Request r = makeRequest(*m_office, 1);
    QVERIFY(m_office->invite(r.id, r.version, { m_workers[0], m_workers[1], m_workers[2] }, InvitationChannel::Phone));
    const Invitation a = invitationOf(r.id, m_workers[0]);
    const Invitation c = invitationOf(r.id, m_workers[2]);
    QVERIFY(m_office->recordAnswer(a.id, a.version, InvitationResponse::Accepted));
    QVERIFY(m_office->recordAnswer(c.id, c.version, InvitationResponse::Declined, QStringLiteral("Away")));
    QVERIFY(m_office->confirm(r.id, m_office->request(r.id)->version));

    auto cancelled
        = m_office->cancel(r.id, m_office->request(r.id)->version, QStringLiteral("The course was cancelled"));
    QVERIFY2(cancelled, qPrintable(cancelled.error().message));
    QCOMPARE(cancelled->request.status, RequestStatus::Cancelled);
    QCOMPARE(cancelled->engagements.size(), 1);
    Database &db = m_office->database();
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM engagements WHERE request_id = ? AND attendance <> "
                                  "'cancelled'"),
                   { r.id }),
             0);
    // The pending and the accepted invitation are withdrawn with the reason; the decline stays a decline.
    QCOMPARE(invitationOf(r.id, m_workers[0]).response, InvitationResponse::Withdrawn);
    QCOMPARE(invitationOf(r.id, m_workers[1]).response, InvitationResponse::Withdrawn);
    QCOMPARE(invitationOf(r.id, m_workers[2]).response, InvitationResponse::Declined);
    auto history = m_office->invitationHistory(invitationOf(r.id, m_workers[1]).id);
    QCOMPARE(history->constLast().kind, InvitationEventKind::Withdrawn);
    QCOMPARE(history->constLast().reason, QStringLiteral("The course was cancelled"));
    QCOMPARE(m_office->changeNotices(r.id)->size(), 2);
    QCOMPARE(m_office->changeNotices(r.id)->first().kind, ChangeNoticeKind::Cancelled);
}

void TestOfficeService::withdrawnInvitationCanBeSentAgain()
{
    Request r = makeRequest(*m_office, 1);
    auto invited = m_office->invite(r.id, r.version, { m_workers[0] }, InvitationChannel::Phone);
    QVERIFY(invited);
    const Invitation first = invited->invitations.first();
    QVERIFY(m_office->withdrawInvitation(first.id, first.version, QStringLiteral("Enough workers")));
    m_clock->set(kNow.addDays(2));
    auto again = m_office->invite(r.id, m_office->request(r.id)->version, { m_workers[0] }, InvitationChannel::Email);
    QVERIFY2(again, qPrintable(again.error().message));
    QCOMPARE(again->invitations.first().id, first.id); // the same invitation, its story kept
    QCOMPARE(again->invitations.first().response, InvitationResponse::Pending);
    QCOMPARE(again->invitations.first().channel, InvitationChannel::Email);
    QCOMPARE(again->invitations.first().sentAt, kNow.addDays(2));
    auto history = m_office->invitationHistory(first.id);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    QCOMPARE(history->at(1).kind, InvitationEventKind::Withdrawn);
    QCOMPARE(history->at(2).kind, InvitationEventKind::InvitedAgain);
    // A standing invitation is not sent twice.
    auto twice = m_office->invite(r.id, m_office->request(r.id)->version, { m_workers[0] }, InvitationChannel::Email);
    QVERIFY(!twice);
    QCOMPARE(twice.error().code, Error::Code::InvalidInput);
}

void TestOfficeService::closingNamesWhatIsMissing()
{
    Request r = makeRequest(*m_office, 2);
    QVERIFY(m_office->invite(r.id, r.version, { m_workers[0], m_workers[1] }, InvitationChannel::Phone));
    for (int w : { 0, 1 }) {
        const Invitation i = invitationOf(r.id, m_workers[w]);
        QVERIFY(m_office->recordAnswer(i.id, i.version, InvitationResponse::Accepted));
    }
    QVERIFY(m_office->confirm(r.id, m_office->request(r.id)->version));
    m_clock->set(QDateTime(QDate(2026, 3, 4), QTime(9, 0)));
    auto held = m_office->markHeld(r.id, m_office->request(r.id)->version);
    QVERIFY2(held, qPrintable(held.error().message));

    // Aino attended with hours but no debrief or fee decision; Bertil's attendance is not recorded.
    Database &db = m_office->database();
    auto engagements = EngagementRepository(db).listForRequest(r.id);
    Engagement aino = engagements->at(0);
    aino.attendance = Attendance::Attended;
    aino.hours = 2;
    QVERIFY(EngagementRepository(db).save(aino));

    auto gaps = m_office->closeGaps(r.id);
    QVERIFY(gaps);
    QVector<CloseGap::Kind> kinds;
    for (const CloseGap &g : *gaps)
        kinds << g.kind;
    QCOMPARE(
        kinds,
        (QVector<CloseGap::Kind> { CloseGap::Kind::Debrief, CloseGap::Kind::FeeDecision, CloseGap::Kind::Attendance }));
    QVERIFY(gaps->at(2).text.contains(QStringLiteral("Bertil S.")));

    auto refused = m_office->close(r.id, held->version);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("closeGaps"));
    QCOMPARE(m_office->request(r.id)->status, RequestStatus::Held);
    auto closed = m_office->close(r.id, held->version, true);
    QVERIFY2(closed, qPrintable(closed.error().message));
    QCOMPARE(closed->status, RequestStatus::Closed);
    QVERIFY(text(db,
                 QStringLiteral("SELECT reason FROM request_status_history WHERE request_id = ? ORDER BY id DESC "
                                "LIMIT 1"),
                 { r.id })
                .contains(QStringLiteral("Bertil S.")));
}

void TestOfficeService::onlyAnAdminReopens()
{
    Request r = makeRequest(*m_office, 1);
    // Straight to Closed through the workflow's steps.
    QVERIFY(m_office->invite(r.id, r.version, { m_workers[0] }, InvitationChannel::Phone));
    const Invitation i = invitationOf(r.id, m_workers[0]);
    QVERIFY(m_office->recordAnswer(i.id, i.version, InvitationResponse::Accepted));
    QVERIFY(m_office->confirm(r.id, m_office->request(r.id)->version));
    m_clock->set(QDateTime(QDate(2026, 3, 4), QTime(9, 0)));
    QVERIFY(m_office->markHeld(r.id, m_office->request(r.id)->version));
    auto closed = m_office->close(r.id, m_office->request(r.id)->version, true);
    QVERIFY(closed);

    auto otherDb = m_testDb->openOrFail();
    OfficeService bertta(std::move(otherDb));
    QVERIFY(bertta.actAs(QStringLiteral("bertta")));
    auto refused = bertta.reopen(r.id, closed->version, QStringLiteral("Wrong hours"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    QCOMPARE(m_office->request(r.id)->status, RequestStatus::Closed);

    auto noReason = m_office->reopen(r.id, closed->version, QStringLiteral("  "));
    QVERIFY(!noReason);
    QCOMPARE(noReason.error().code, Error::Code::InvalidInput);
    auto reopened = m_office->reopen(r.id, closed->version, QStringLiteral("Wrong hours"));
    QVERIFY2(reopened, qPrintable(reopened.error().message));
    QCOMPARE(reopened->status, RequestStatus::Held);
    QCOMPARE(text(m_office->database(),
                  QStringLiteral("SELECT reason FROM request_status_history WHERE request_id = ? AND from_status = "
                                 "'closed'"),
                  { r.id }),
             QStringLiteral("Wrong hours"));
}

void TestOfficeService::viewerCannotChangeAnything()
{
    auto otherDb = m_testDb->openOrFail();
    OfficeService viewer(std::move(otherDb));
    QVERIFY(viewer.actAs(QStringLiteral("ville")));
    Coordinator v = viewer.coordinator();
    v.role = CoordinatorRole::Viewer;
    // Only an admin changes roles.
    QVERIFY(!viewer.saveCoordinator(v));
    QVERIFY(m_office->saveCoordinator(v));
    QVERIFY(viewer.actAs(QStringLiteral("ville")));
    QCOMPARE(viewer.coordinator().role, CoordinatorRole::Viewer);
    Request r;
    r.receivedOn = QDate(2026, 2, 10);
    r.requesterName = QStringLiteral("X");
    r.title = QStringLiteral("Y");
    auto refused = viewer.saveRequest(r);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    QCOMPARE(count(m_office->database(), QStringLiteral("SELECT COUNT(*) FROM requests")), 0);
}

void TestOfficeService::theLastAdminStaysAndLoginsStay()
{
    Coordinator anna = m_office->coordinator();
    QCOMPARE(anna.role, CoordinatorRole::Admin);
    anna.role = CoordinatorRole::Coordinator;
    auto refused = m_office->saveCoordinator(anna);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    anna = m_office->coordinator();
    anna.active = false;
    QVERIFY(!m_office->saveCoordinator(anna));
    anna = m_office->coordinator();
    anna.username = QStringLiteral("anna2");
    auto ownLogin = m_office->saveCoordinator(anna);
    QVERIFY(!ownLogin);
    QCOMPARE(ownLogin.error().detail, QStringLiteral("username"));

    // With a second admin, the first may step down; a coordinator cannot move themselves to another organisation.
    auto otherDb = m_testDb->openOrFail();
    OfficeService bertta(std::move(otherDb));
    QVERIFY(bertta.actAs(QStringLiteral("bertta")));
    Coordinator b = bertta.coordinator();
    b.organisationId = text(m_office->database(), QStringLiteral("SELECT id FROM organisations")).toLongLong();
    QVERIFY(!bertta.saveCoordinator(b));
    b = bertta.coordinator();
    b.displayName = QStringLiteral("Bertta B.");
    QVERIFY(bertta.saveCoordinator(b)); // their own name, yes
    b = bertta.coordinator();
    b.role = CoordinatorRole::Admin;
    QVERIFY(m_office->saveCoordinator(b));
    anna = m_office->coordinator();
    anna.role = CoordinatorRole::Coordinator;
    QVERIFY(m_office->saveCoordinator(anna));
    QCOMPARE(m_office->coordinator().role, CoordinatorRole::Coordinator);
}

void TestOfficeService::feeAboveTheOfficeMaximumIsRefused()
{
    QCOMPARE(m_office->officeSettings()->maxFeeCents, OfficeSettings::kDefaultMaxFeeCents);
    Request r = makeRequest(*m_office, 1);
    QVERIFY(r.id != 0);
    r.feeCents = 250000; // 2,500 €: a zero too many
    auto refused = m_office->saveRequest(r);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(refused.error().detail, QStringLiteral("feeCents"));
    QCOMPARE(*m_office->request(r.id)->feeCents, 15000);

    // An engagement's fee too.
    auto invited = m_office->invite(r.id, r.version, { m_workers[0] }, InvitationChannel::Phone);
    QVERIFY(invited);
    const Invitation inv = invited->invitations.first();
    QVERIFY(m_office->recordAnswer(inv.id, inv.version, InvitationResponse::Accepted));
    auto confirmed = m_office->confirm(r.id, m_office->request(r.id)->version);
    QVERIFY(confirmed);
    Engagement e = confirmed->engagements.first();
    e.feeCents = 300000;
    auto engagement = EngagementRepository(m_office->database()).save(e);
    QVERIFY(!engagement);
    QCOMPARE(engagement.error().detail, QStringLiteral("feeCents"));

    // The admin raises the limit; then it fits. Only an admin may.
    OfficeSettings settings = *m_office->officeSettings();
    settings.maxFeeCents = 400000;
    QVERIFY(m_office->saveOfficeSettings(settings));
    QVERIFY(EngagementRepository(m_office->database()).save(e));
    auto otherDb = m_testDb->openOrFail();
    OfficeService bertta(std::move(otherDb));
    QVERIFY(bertta.actAs(QStringLiteral("bertta")));
    settings = *bertta.officeSettings();
    settings.maxFeeCents = 100;
    QVERIFY(!bertta.saveOfficeSettings(settings));
    settings.maxFeeCents = 0;
    QCOMPARE(m_office->saveOfficeSettings(settings).error().detail, QStringLiteral("maxFeeCents"));
}

void TestOfficeService::failedUseCaseChangesNothingAndAnnouncesNothing()
{
    Request r = makeRequest(*m_office, 1);
    QSignalSpy spy(m_office.get(), &OfficeService::changed);
    Database &db = m_office->database();
    const int audit = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    // The second worker does not exist: nobody is invited and the request stays Tagged.
    auto failed = m_office->invite(r.id, r.version, { m_workers[0], 999999 }, InvitationChannel::Phone);
    QVERIFY(!failed);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM invitations")), 0);
    QCOMPARE(m_office->request(r.id)->status, RequestStatus::Tagged);
    QCOMPARE(spy.count(), 0);
    auto ok = m_office->invite(r.id, r.version, { m_workers[0] }, InvitationChannel::Phone);
    QVERIFY(ok);
    QCOMPARE(spy.count(), 1);
    const auto change = spy.at(0).at(0).value<OfficeChange>();
    QVERIFY(!change.external);
    QVERIFY(change.touches(OfficeChange::Kind::Request, r.id));
    QVERIFY(change.touches(OfficeChange::Kind::Invitation, ok->invitations.first().id));
}

QTEST_GUILESS_MAIN(TestOfficeService)
#include "tst_office_service.moc"
