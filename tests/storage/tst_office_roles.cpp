// Roles enforced by the service (docs/data-protection.md, Roles), on both backends: every writing use case of
// OfficeService, called as an admin, as a coordinator of the worker's organisation, as a coordinator of another
// organisation and as a viewer. What a role may not do is refused with NotAllowed naming the role or the organisation,
// and writes nothing (the audit log does not grow); what it may do is never refused for the role (it may still fail
// for the data: a stale version, a workflow step out of order).
#include "HeldRequestFixture.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "office/OfficeService.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(9, 0));

enum class Who { Viewer, OtherOrganisation, OwnOrganisation, Admin };
enum class May { Writer, Organisation, Admin }; // any but a viewer; the worker's organisation and admins; admins

template <typename T> Status status(const Result<T> &r)
{
    return r ? Status::success() : Status(r.error());
}

template <typename T> T orDefault(const Result<T> &r)
{
    return r ? *r : T();
}

bool allowed(May may, Who who)
{
    switch (may) {
    case May::Writer:
        return who != Who::Viewer;
    case May::Organisation:
        return who == Who::OwnOrganisation || who == Who::Admin;
    case May::Admin:
        return who == Who::Admin;
    }
    return false;
}

bool refusedForRole(const Status &s)
{
    return !s && s.error().code == Error::Code::NotAllowed
        && (s.error().detail == QLatin1String("role") || s.error().detail == QLatin1String("organisation"));
}

int auditCount(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto r = q.scalar();
    return r ? r->toInt() : -1;
}
} // namespace

class TestOfficeRoles : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyWritingUseCaseChecksTheRole_data();
    void everyWritingUseCaseChecksTheRole();
    void coordinatorOfAnotherOrganisationInvitesAndRecordsTheAnswer();

private:
    struct UseCase
    {
        const char *name;
        May may;
        std::function<Status()> call;
    };
    QVector<UseCase> useCases();
    void actAs(Who who);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    qint64 m_orgA = 0;
    qint64 m_orgB = 0;
    qint64 m_worker = 0; // of organisation A
    qint64 m_consent = 0;
    Test::HeldRequest m_held;
    qint64 m_inviting = 0;
};

void TestOfficeRoles::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_office = std::make_unique<OfficeService>(m_testDb->openOrFail());
    m_held = Test::makeHeldRequest(m_office->database());
    QVERIFY2(m_held.ok(), qPrintable(m_held.error));
    QVERIFY(m_office->actAs(QStringLiteral("anna"))); // the first: admin
    QVERIFY(m_office->isAdmin());
    for (const char *login : { "bea", "cai", "vera" })
        QVERIFY(m_office->actAs(QString::fromLatin1(login)));
    QVERIFY(m_office->actAs(QStringLiteral("anna")));
    m_orgA = m_office->worker(m_held.workers.first())->organisationId; // Perhekuntoutuskeskus Lauste
    Organisation b;
    b.name = QStringLiteral("Familjehuset Tammi");
    auto savedB = m_office->saveOrganisation(b);
    QVERIFY2(savedB, qPrintable(savedB.error().message));
    m_orgB = savedB->id;
    const QVector<Coordinator> everyone = *m_office->coordinators();
    for (Coordinator c : everyone) {
        if (c.username == QLatin1String("bea"))
            c.organisationId = m_orgA;
        else if (c.username == QLatin1String("cai"))
            c.organisationId = m_orgB;
        else if (c.username == QLatin1String("vera"))
            c.role = CoordinatorRole::Viewer;
        else
            continue;
        auto saved = m_office->saveCoordinator(c);
        QVERIFY2(saved, qPrintable(saved.error().message));
    }
    Worker w;
    w.displayName = QStringLiteral("Aino Virtanen");
    w.organisationId = m_orgA;
    w.languages = { QStringLiteral("fi") };
    Consent contact;
    contact.scope = ConsentScope::Contact;
    contact.givenOn = kNow.date().addDays(-30);
    WorkerConsentChanges consents;
    consents.recorded = { { contact, std::nullopt } };
    auto saved = m_office->saveWorker(w, consents);
    QVERIFY2(saved, qPrintable(saved.error().message));
    m_worker = saved->id;
    m_consent = m_office->consents(m_worker)->first().id;

    Request r;
    r.receivedOn = kNow.date();
    r.requesterName = QStringLiteral("Tiina Trainer");
    r.title = QStringLiteral("Onboarding of new social workers");
    r.topics = { { Test::topicIdByCode(m_office->database(), QStringLiteral("child_protection.family_mapping")),
                   TopicWeight::Primary } };
    r.workersNeeded = 2;
    r.durationMinutes = 120;
    const QDateTime start(QDate(2026, 4, 2), QTime(13, 0));
    r.dateOptions = { { 0, start, start.addSecs(7200), true } };
    auto request = m_office->saveRequest(r);
    QVERIFY2(request, qPrintable(request.error().message));
    m_inviting = request->id;
}

void TestOfficeRoles::cleanupTestCase()
{
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

void TestOfficeRoles::actAs(Who who)
{
    static const char *logins[] = { "vera", "cai", "bea", "anna" };
    QVERIFY(m_office->actAs(QString::fromLatin1(logins[int(who)])));
}

QVector<TestOfficeRoles::UseCase> TestOfficeRoles::useCases()
{
    OfficeService &o = *m_office;
    const auto req = [&o](qint64 id) { return orDefault(o.request(id)); };
    const auto firstInvitation = [&o, this]() { return o.invitations(m_held.requestId)->first(); };
    const auto engagementsOf = [&o, this]() { return o.meetingOutcomeSheet(m_held.requestId)->engagements; };
    return {
        // the office and its coordinators
        { "saveOfficeSettings", May::Admin, [&o] { return status(o.saveOfficeSettings(*o.officeSettings())); } },
        { "saveCoordinator (another's)", May::Admin,
          [&o] {
              const QVector<Coordinator> everyone = *o.coordinators();
              for (Coordinator c : everyone) {
                  if (c.username == QLatin1String("vera")) {
                      c.displayName = QStringLiteral("Vera V.");
                      return status(o.saveCoordinator(c));
                  }
              }
              return Status(Error(Error::Code::NotFound, QStringLiteral("vera")));
          } },
        // requests
        { "saveRequest", May::Writer, [=, &o] { return status(o.saveRequest(req(m_inviting))); } },
        { "saveRequestDetailed", May::Writer, [=, &o] { return status(o.saveRequestDetailed(req(m_inviting))); } },
        { "markTagged", May::Writer, [=, &o] { return status(o.markTagged(m_inviting, req(m_inviting).version)); } },
        { "invite (a worker of organisation A)", May::Writer,
          [=, &o] {
              return status(o.invite(m_inviting, req(m_inviting).version, { m_worker }, InvitationChannel::Email));
          } },
        { "recordAnswer", May::Writer,
          [=, &o] {
              auto invitations = o.invitations(m_inviting);
              if (!invitations || invitations->isEmpty())
                  return Status(Error(Error::Code::NotFound, QStringLiteral("invitation")));
              return status(
                  o.recordAnswer(invitations->first().id, invitations->first().version, InvitationResponse::Accepted));
          } },
        { "remind", May::Writer,
          [=, &o] { return status(o.remind(firstInvitation().id, firstInvitation().version)); } },
        { "withdrawInvitation", May::Writer,
          [=, &o] { return status(o.withdrawInvitation(firstInvitation().id, firstInvitation().version)); } },
        { "takeIntoTeam", May::Writer,
          [=, &o] { return status(o.takeIntoTeam(firstInvitation().id, firstInvitation().version)); } },
        { "confirm", May::Writer, [=, &o] { return status(o.confirm(m_inviting, req(m_inviting).version)); } },
        { "markHeld", May::Writer, [=, &o] { return status(o.markHeld(m_inviting, req(m_inviting).version)); } },
        { "moveRequest", May::Writer,
          [=, &o] { return status(o.moveRequest(m_inviting, req(m_inviting).version, RequestStatus::Tagged)); } },
        { "markNoticeDone", May::Writer, [&o] { return o.markNoticeDone(999999); } },
        { "recordOutcome", May::Writer,
          [=, &o] {
              OutcomeRecorder::Changes changes;
              changes.engagements = engagementsOf();
              for (Engagement &e : changes.engagements) {
                  e.attendance = Attendance::Attended;
                  e.hours = 2;
              }
              return status(o.recordOutcome(m_held.requestId, changes));
          } },
        { "saveKnowledge", May::Writer,
          [=, &o] {
              KnowledgeEntry k;
              k.requestId = m_held.requestId;
              k.recordedOn = kNow.date();
              k.text = QStringLiteral("What a family mapping felt like from the child's side.");
              return status(o.saveKnowledge(k));
          } },
        { "markFeesPaid", May::Writer,
          [=, &o] {
              FeeMarking m;
              m.paidOn = kNow.date();
              for (const Engagement &e : engagementsOf())
                  m.items.append({ e.id, e.version });
              return status(o.markFeesPaid(m));
          } },
        { "undoFeePayment", May::Admin,
          [&o] {
              auto batches = o.feeBatches();
              if (!batches || batches->isEmpty())
                  return status(o.undoFeePayment(999999, 1));
              return status(o.undoFeePayment(batches->first().id, batches->first().version));
          } },
        { "close", May::Writer, [=, &o] { return status(o.close(m_held.requestId, req(m_held.requestId).version)); } },
        { "reopen", May::Admin,
          [=, &o] {
              return status(
                  o.reopen(m_held.requestId, req(m_held.requestId).version, QStringLiteral("A fee was wrong")));
          } },
        // workers: their organisation's coordinators and admins
        { "saveWorker (edit)", May::Organisation,
          [=, &o] {
              Worker w = *o.worker(m_worker);
              w.municipality = QStringLiteral("Turku");
              return status(o.saveWorker(w));
          } },
        { "saveWorker (new in organisation A)", May::Organisation,
          [=, &o] {
              Worker w;
              w.displayName = QStringLiteral("New Worker");
              w.organisationId = m_orgA;
              return status(o.saveWorker(w));
          } },
        { "saveWorker (move from A to B)", May::Admin,
          [=, &o] {
              Worker w = *o.worker(m_worker);
              w.organisationId = m_orgB;
              auto saved = o.saveWorker(w);
              if (saved) { // back again, for the use cases after this one
                  Worker back = *saved;
                  back.organisationId = m_orgA;
                  return status(o.saveWorker(back));
              }
              return status(saved);
          } },
        { "recordConsent", May::Organisation,
          [=, &o] {
              Consent c;
              c.workerId = m_worker;
              c.scope = ConsentScope::PublicAppearance;
              c.givenOn = kNow.date();
              return status(o.recordConsent(c));
          } },
        { "withdrawConsent", May::Organisation,
          [=, &o] {
              int version = 0;
              for (const Consent &c : orDefault(o.consents(m_worker)))
                  version = c.id == m_consent ? c.version : version;
              return status(o.withdrawConsent(m_consent, version, kNow.date()));
          } },
        { "deactivateWorker", May::Organisation,
          [=, &o] { return status(o.deactivateWorker(m_worker, o.worker(m_worker)->version)); } },
        { "importWorkerRegister (into A)", May::Organisation,
          [=, &o] {
              ImportTable t;
              t.header = { QStringLiteral("Nimi") };
              t.rows = { { 2, { QStringLiteral("Tuotu Tekijä") } } };
              WorkerImportMapping mapping;
              mapping.set(WorkerImportField::DisplayName, 0);
              WorkerImportOptions options;
              options.defaultOrganisationId = m_orgA;
              return status(o.importWorkerRegister(t, mapping, options));
          } },
        { "subjectAccess", May::Organisation, [=, &o] { return status(o.subjectAccess(m_worker)); } },
        // the catalogue
        { "saveTopic", May::Admin, [&o] { return status(o.saveTopic(o.topics()->first())); } },
        { "saveOrganisation", May::Admin, [=, &o] { return status(o.saveOrganisation(*o.organisation(m_orgA))); } },
        { "saveRankingWeights", May::Admin, [&o] { return status(o.saveRankingWeights(*o.rankingWeights())); } },
        { "restoreDefaultRankingWeights", May::Admin,
          [&o] { return status(o.restoreDefaultRankingWeights(o.rankingWeights()->version())); } },
        { "saveGroupMeetingRhythm", May::Writer,
          [&o] { return status(o.saveGroupMeetingRhythm(*o.groupMeetingRhythm())); } },
        { "saveFundedActivity", May::Admin, [&o] { return status(o.saveFundedActivity(FundedActivity())); } },
        // e-mail
        { "saveMailSettings", May::Admin, [&o] { return status(o.saveMailSettings(*o.mailSettings())); } },
        { "saveMessageTemplate", May::Admin,
          [&o] {
              return status(o.saveMessageTemplate(*o.messageTemplate(MessageKind::Reminder, QStringLiteral("fi"))));
          } },
        { "resetMessageTemplate", May::Admin,
          [&o] { return status(o.resetMessageTemplate(MessageKind::Reminder, QStringLiteral("fi"))); } },
        { "draftDueReminders", May::Writer, [&o] { return status(o.draftDueReminders()); } },
        { "draftMessage", May::Writer,
          [=, &o] { return status(o.draftMessage(m_held.requestId, m_held.workers.first(), MessageKind::ThankYou)); } },
        { "approveMessage", May::Writer, [&o] { return status(o.approveMessage(999999, 1, {}, {})); } },
        { "approveAll", May::Writer, [&o] { return status(o.approveAll(0)); } },
        { "discardMessage", May::Writer, [&o] { return o.discardMessage(999999, 1); } },
        { "sendOutbox", May::Writer, [&o] { return status(o.sendOutbox(SmtpAccount())); } },
        { "sendTestMessage", May::Writer, [&o] { return o.sendTestMessage(SmtpAccount(), QString()); } },
        // the office's data as a whole (into an empty office only: refused here for the data, not the role)
        { "generateDemo", May::Writer, [&o] { return status(o.generateDemo(DemoGenerator::Options())); } },
        { "importInterchange", May::Writer, [&o] { return status(o.importInterchange(QByteArray("{}"))); } },
        // retention (nothing is due in this office: an admin is refused for that, not for the role)
        { "applyRetention", May::Admin, [&o] { return status(o.applyRetention(*o.retentionDue())); } },
        // last: nothing of this worker is left to work on afterwards
        { "eraseWorker", May::Admin, [=, &o] { return status(o.eraseWorker(m_worker, o.worker(m_worker)->version)); } },
    };
}

void TestOfficeRoles::everyWritingUseCaseChecksTheRole_data()
{
    QTest::addColumn<int>("useCase");
    QTest::addColumn<int>("who");
    // Names only: the fixture is not built yet when the rows are made.
    static const char *roles[]
        = { "viewer", "coordinator of another organisation", "coordinator of the worker's", "admin" };
    const QVector<UseCase> all = useCases();
    for (int i = 0; i < all.size(); ++i) {
        for (int who = 0; who < 4; ++who)
            QTest::addRow("%s as %s", all.at(i).name, roles[who]) << i << who;
    }
}

void TestOfficeRoles::everyWritingUseCaseChecksTheRole()
{
    QFETCH(int, useCase);
    QFETCH(int, who);
    const UseCase u = useCases().at(useCase);
    actAs(Who(who));
    Database &db = m_office->database();
    const int before = auditCount(db);
    const Status s = u.call();
    if (allowed(u.may, Who(who))) {
        QVERIFY2(!refusedForRole(s), qPrintable(s ? QString() : s.error().message));
    } else {
        QVERIFY2(
            refusedForRole(s),
            qPrintable(s ? QStringLiteral("allowed") : s.error().message + QLatin1String(" / ") + s.error().detail));
        QVERIFY(!s.error().message.isEmpty());
        QCOMPARE(auditCount(db), before); // nothing written
    }
    actAs(Who::Admin);
}

void TestOfficeRoles::coordinatorOfAnotherOrganisationInvitesAndRecordsTheAnswer()
{
    // A worker of A, invited through a request by a coordinator of B, who records their answer; B's coordinator
    // still may not change the worker's record, and is told whose worker it is.
    actAs(Who::Admin);
    Worker w;
    w.displayName = QStringLiteral("Bertil Sund");
    w.organisationId = m_orgA;
    w.languages = { QStringLiteral("sv") };
    auto saved = m_office->saveWorker(w);
    QVERIFY2(saved, qPrintable(saved.error().message));
    Request r = *m_office->request(m_inviting);
    if (r.status != RequestStatus::Inviting && r.status != RequestStatus::Tagged) {
        r.id = 0;
        r.version = 0;
        r.reference.clear();
        auto fresh = m_office->saveRequest(r);
        QVERIFY2(fresh, qPrintable(fresh.error().message));
        r = *fresh;
    }
    actAs(Who::OtherOrganisation);
    auto invited = m_office->invite(r.id, m_office->request(r.id)->version, { saved->id }, InvitationChannel::Phone);
    QVERIFY2(invited, qPrintable(invited.error().message));
    Invitation inv;
    const QVector<Invitation> invitations = *m_office->invitations(r.id);
    for (const Invitation &i : invitations) {
        if (i.workerId == saved->id)
            inv = i;
    }
    QVERIFY(inv.id != 0);
    auto answered = m_office->recordAnswer(inv.id, inv.version, InvitationResponse::Declined);
    QVERIFY2(answered, qPrintable(answered.error().message));

    Worker edited = *m_office->worker(saved->id);
    edited.phone = QStringLiteral("040 765 4321");
    auto refused = m_office->saveWorker(edited);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    QCOMPARE(refused.error().detail, QStringLiteral("organisation"));
    QVERIFY2(refused.error().message.contains(QLatin1String("Perhekuntoutuskeskus Lauste")),
             qPrintable(refused.error().message));
    QVERIFY2(refused.error().message.contains(QLatin1String("Familjehuset Tammi")),
             qPrintable(refused.error().message));
    QVERIFY(!m_office->mayChangeWorker(saved->id));
    actAs(Who::OwnOrganisation);
    QVERIFY(m_office->mayChangeWorker(saved->id));
    actAs(Who::Admin);
}

QTEST_GUILESS_MAIN(TestOfficeRoles)
#include "tst_office_roles.moc"
