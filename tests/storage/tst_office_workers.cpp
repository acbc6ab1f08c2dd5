// The office service's use cases for experience workers, on both backends: a worker and the consents recorded and
// withdrawn with them are saved together or not at all; "recorded by" is the acting coordinator; a viewer changes
// nothing; bad input names its field and writes nothing; the change signal names what changed; deactivating keeps the
// history; and the reads the worker pages use (register, history, choices) answer what the database holds.
#include "HeldRequestFixture.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "office/OfficeService.h"
#include "repositories/ConsentRepository.h"
#include "repositories/WorkerRepository.h"
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

// Everything a worker use case could write.
QVector<int> footprint(Database &db)
{
    QVector<int> counts;
    for (const char *sql :
         { "SELECT COUNT(*) FROM audit_log", "SELECT COUNT(*) FROM workers",
           "SELECT COALESCE(SUM(version), 0) FROM workers", "SELECT COUNT(*) FROM consents",
           "SELECT COALESCE(SUM(version), 0) FROM consents", "SELECT COUNT(*) FROM worker_experiences" })
        counts << count(db, QString::fromLatin1(sql));
    return counts;
}

Consent contactConsent(const QDate &givenOn)
{
    Consent c;
    c.scope = ConsentScope::Contact;
    c.givenOn = givenOn;
    return c;
}

WorkerConsentChanges::NewConsent newConsent(const Consent &c, std::optional<int> supersededVersion = std::nullopt)
{
    return { c, supersededVersion };
}
} // namespace

class TestOfficeWorkers : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void workerAndConsentsAreSavedTogether();
    void aBadConsentLeavesTheWorkerUnsaved();
    void anEditWithABadWithdrawalChangesNothing();
    void recordedByIsTheActingCoordinator();
    void changeSignalNamesTheWorkerAndConsents();
    void badInputNamesTheFieldAndChangesNothing();
    void viewerCannotChangeWorkersOrConsents();
    void staleEditIsAConflictAndRecordsNoConsent();
    void consentsOnTheirOwn();
    void deactivatingKeepsTheHistory();
    void historyHasInvitationsEngagementsAndTheirRequests();
    void registerReadsAgreeWithTheDatabase();
    void workersOfTheSameNameAreToldApart();

private:
    Worker newWorker(const QString &name) const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<FixedClock> m_clock;
    qint64 m_organisation = 0;
    qint64 m_topic = 0;
};

void TestOfficeWorkers::init()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_office = std::make_unique<OfficeService>(std::move(db));
    QVERIFY(m_office->actAs(QStringLiteral("anna")));
    SqlQuery org(m_office->database(),
                 QStringLiteral("INSERT INTO organisations (name, version) VALUES (?, 1) RETURNING id"));
    org.bind(QStringLiteral("Perhekuntoutuskeskus Lauste"));
    auto orgId = org.scalar();
    QVERIFY(orgId);
    m_organisation = orgId->toLongLong();
    org.raw().finish();
    m_topic = Test::topicIdByCode(m_office->database(), QStringLiteral("child_protection.placement.emergency"));
    QVERIFY(m_topic != 0);
}

void TestOfficeWorkers::cleanup()
{
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

Worker TestOfficeWorkers::newWorker(const QString &name) const
{
    Worker w;
    w.displayName = name;
    w.organisationId = m_organisation;
    w.languages = { QStringLiteral("fi") };
    w.homeRegion = QStringLiteral("Varsinais-Suomi");
    w.experiences = { { 0, m_topic, Perspective::ChildOrYouth, {} } };
    return w;
}

void TestOfficeWorkers::workerAndConsentsAreSavedTogether()
{
    WorkerConsentChanges consents;
    consents.recorded = { newConsent(contactConsent(kNow.date().addDays(-3))) };
    Consent publicAppearance = contactConsent(kNow.date());
    publicAppearance.scope = ConsentScope::PublicAppearance;
    publicAppearance.expiresOn = kNow.date().addYears(1);
    consents.recorded << newConsent(publicAppearance);
    auto saved = m_office->saveWorker(newWorker(QStringLiteral("Aino Virtanen")), consents);
    QVERIFY2(saved, qPrintable(saved.error().message));
    QVERIFY(saved->id != 0);
    QCOMPARE(saved->experiences.size(), 1);
    auto stored = m_office->consents(saved->id);
    QVERIFY(stored);
    QCOMPARE(stored->size(), 2);
    for (const Consent &c : *stored)
        QCOMPARE(c.workerId, saved->id); // the new worker's id, known only inside the transaction

    // The editor's next save replaces the contact consent and withdraws the other one, with an edit of the worker.
    Worker edited = *saved;
    edited.phone = QStringLiteral("040 123 4567");
    const Consent &contact = stored->at(0).scope == ConsentScope::Contact ? stored->at(0) : stored->at(1);
    const Consent &appearance = stored->at(0).scope == ConsentScope::Contact ? stored->at(1) : stored->at(0);
    Consent renewed = contactConsent(kNow.date());
    renewed.supersedesId = contact.id;
    WorkerConsentChanges next;
    next.withdrawals = { { appearance.id, appearance.version, kNow.date() } };
    next.recorded = { newConsent(renewed, contact.version) };
    auto again = m_office->saveWorker(edited, next);
    QVERIFY2(again, qPrintable(again.error().message));
    QCOMPARE(again->phone, QStringLiteral("040 123 4567"));
    auto history = m_office->consents(saved->id);
    QVERIFY(history);
    QCOMPARE(history->size(), 3);
    QCOMPARE(ConsentRepository(m_office->database()).get(contact.id)->withdrawnOn, kNow.date()); // replaced today
    QCOMPARE(ConsentRepository(m_office->database()).get(appearance.id)->withdrawnOn, kNow.date());
}

void TestOfficeWorkers::aBadConsentLeavesTheWorkerUnsaved()
{
    Database &db = m_office->database();
    const QVector<int> before = footprint(db);
    WorkerConsentChanges consents;
    consents.recorded = { newConsent(contactConsent(kNow.date())) };
    Consent guardian = contactConsent(kNow.date());
    guardian.scope = ConsentScope::Guardian; // a guardian's consent without the guardian's name
    consents.recorded << newConsent(guardian);
    QSignalSpy changed(m_office.get(), &OfficeService::changed);
    auto refused = m_office->saveWorker(newWorker(QStringLiteral("Aino Virtanen")), consents);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(refused.error().detail, QStringLiteral("guardianName"));
    // The worker was written first inside the transaction; it went with the consent.
    QCOMPARE(footprint(db), before);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM workers")), 0);
    QCOMPARE(changed.count(), 0);
}

void TestOfficeWorkers::anEditWithABadWithdrawalChangesNothing()
{
    WorkerConsentChanges given;
    given.recorded = { newConsent(contactConsent(kNow.date().addDays(-10))) };
    auto aino = m_office->saveWorker(newWorker(QStringLiteral("Aino")), given);
    QVERIFY(aino);
    auto bertil = m_office->saveWorker(newWorker(QStringLiteral("Bertil")), given);
    QVERIFY(bertil);
    const Consent ainos = m_office->consents(aino->id)->first();
    const Consent bertils = m_office->consents(bertil->id)->first();
    Database &db = m_office->database();
    const QVector<int> before = footprint(db);

    // Withdrawn before it was given: the consent's rule, named by its field.
    Worker edited = *aino;
    edited.municipality = QStringLiteral("Turku");
    WorkerConsentChanges early;
    early.withdrawals = { { ainos.id, ainos.version, ainos.givenOn.addDays(-1) } };
    auto refused = m_office->saveWorker(edited, early);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(refused.error().detail, QStringLiteral("withdrawnOn"));
    QCOMPARE(footprint(db), before);
    QCOMPARE(m_office->worker(aino->id)->municipality, QString());

    // Another worker's consent cannot be withdrawn in Aino's editor.
    WorkerConsentChanges foreign;
    foreign.withdrawals = { { bertils.id, bertils.version, kNow.date() } };
    refused = m_office->saveWorker(edited, foreign);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(refused.error().detail, QStringLiteral("consents"));
    QCOMPARE(footprint(db), before);
    QVERIFY(!ConsentRepository(db).get(bertils.id)->withdrawnOn.isValid());
}

void TestOfficeWorkers::recordedByIsTheActingCoordinator()
{
    const Coordinator anna = m_office->coordinator();
    QVERIFY(anna.id != 0);
    auto second = m_testDb->openOrFail();
    OfficeService bertta(std::move(second));
    QVERIFY(bertta.actAs(QStringLiteral("bertta")));
    QVERIFY(bertta.coordinator().id != anna.id);

    Consent claimed = contactConsent(kNow.date());
    claimed.recordedBy = bertta.coordinator().id; // what the caller says does not count
    WorkerConsentChanges consents;
    consents.recorded = { newConsent(claimed) };
    auto saved = m_office->saveWorker(newWorker(QStringLiteral("Aino")), consents);
    QVERIFY2(saved, qPrintable(saved.error().message));
    QCOMPARE(m_office->consents(saved->id)->first().recordedBy, anna.id);
    Database &db = m_office->database();
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'consents' AND actor_id = ? "
                                  "AND actor = ?"),
                   { anna.id, QStringLiteral("anna") }),
             1);

    // A consent on its own, by the other coordinator.
    Consent later = contactConsent(kNow.date());
    later.workerId = saved->id;
    later.scope = ConsentScope::PhotoRecording;
    auto recorded = bertta.recordConsent(later);
    QVERIFY2(recorded, qPrintable(recorded.error().message));
    QCOMPARE(recorded->recordedBy, bertta.coordinator().id);
}

void TestOfficeWorkers::changeSignalNamesTheWorkerAndConsents()
{
    QSignalSpy changed(m_office.get(), &OfficeService::changed);
    WorkerConsentChanges consents;
    consents.recorded = { newConsent(contactConsent(kNow.date())) };
    auto saved = m_office->saveWorker(newWorker(QStringLiteral("Aino")), consents);
    QVERIFY(saved);
    QCOMPARE(changed.count(), 1); // one signal for the use case, after the commit
    const auto change = changed.first().at(0).value<OfficeChange>();
    QVERIFY(!change.external);
    QVERIFY(change.touches(OfficeChange::Kind::Worker, saved->id));
    const Consent consent = m_office->consents(saved->id)->first();
    QVERIFY(change.touches(OfficeChange::Kind::Consent, consent.id));
    QVERIFY(!change.touches(OfficeChange::Kind::Request));

    // An edit of the worker alone.
    changed.clear();
    Worker edited = *saved;
    edited.phone = QStringLiteral("040 123 4567");
    QVERIFY(m_office->saveWorker(edited));
    QCOMPARE(changed.count(), 1);
    const auto edit = changed.first().at(0).value<OfficeChange>();
    QVERIFY(edit.touches(OfficeChange::Kind::Worker, saved->id));
    QVERIFY(!edit.touches(OfficeChange::Kind::Consent));

    changed.clear();
    auto withdrawn = m_office->withdrawConsent(consent.id, consent.version, kNow.date());
    QVERIFY(withdrawn);
    QCOMPARE(changed.count(), 1);
    const auto withdrawal = changed.first().at(0).value<OfficeChange>();
    QVERIFY(withdrawal.touches(OfficeChange::Kind::Consent, consent.id));
    QVERIFY(withdrawal.touches(OfficeChange::Kind::Worker, saved->id)); // the register's consent column

    changed.clear();
    auto deactivated = m_office->deactivateWorker(saved->id, m_office->worker(saved->id)->version);
    QVERIFY(deactivated);
    QCOMPARE(changed.count(), 1);
    QVERIFY(changed.first().at(0).value<OfficeChange>().touches(OfficeChange::Kind::Worker, saved->id));

    if (TestDatabase::postgres()) {
        // Another coordinator's office hears of it through LISTEN/NOTIFY.
        auto second = m_testDb->openOrFail();
        OfficeService other(std::move(second));
        QVERIFY(other.actAs(QStringLiteral("bertta")));
        QSignalSpy heard(&other, &OfficeService::changed);
        auto renamed = *m_office->worker(saved->id);
        renamed.displayName = QStringLiteral("Aino V.");
        QVERIFY(m_office->saveWorker(renamed));
        QVERIFY(heard.wait(5000) || heard.count() > 0);
        const auto external = heard.constLast().at(0).value<OfficeChange>();
        QVERIFY(external.external);
        QVERIFY(external.touches(OfficeChange::Kind::Worker, saved->id));
    }
}

void TestOfficeWorkers::badInputNamesTheFieldAndChangesNothing()
{
    Database &db = m_office->database();
    QSignalSpy changed(m_office.get(), &OfficeService::changed);
    const QVector<int> empty = footprint(db);
    Worker nameless = newWorker(QString());
    auto refused = m_office->saveWorker(nameless);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(refused.error().detail, QStringLiteral("displayName"));
    QCOMPARE(footprint(db), empty);
    // The form asks the same rule before saving.
    QCOMPARE(OfficeService::validateWorker(nameless).error().detail, QStringLiteral("displayName"));

    auto saved = m_office->saveWorker(newWorker(QStringLiteral("Aino")));
    QVERIFY(saved);
    changed.clear();
    const QVector<int> before = footprint(db);
    Worker edited = *saved;
    edited.email = QStringLiteral("not an address");
    refused = m_office->saveWorker(edited);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("email"));
    edited = *saved;
    edited.organisationId = m_organisation + 1000; // no such organisation: the database's rule
    refused = m_office->saveWorker(edited);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("organisationId"));
    Consent expiresFirst = contactConsent(kNow.date());
    expiresFirst.workerId = saved->id;
    expiresFirst.expiresOn = kNow.date().addDays(-1);
    QCOMPARE(OfficeService::validateConsent(expiresFirst).error().detail, QStringLiteral("expiresOn"));
    auto noConsent = m_office->recordConsent(expiresFirst);
    QVERIFY(!noConsent);
    QCOMPARE(noConsent.error().detail, QStringLiteral("expiresOn"));
    QCOMPARE(footprint(db), before);
    QCOMPARE(m_office->worker(saved->id)->email, QString());
    QCOMPARE(changed.count(), 0);
}

void TestOfficeWorkers::viewerCannotChangeWorkersOrConsents()
{
    WorkerConsentChanges given;
    given.recorded = { newConsent(contactConsent(kNow.date())) };
    auto aino = m_office->saveWorker(newWorker(QStringLiteral("Aino")), given);
    QVERIFY(aino);
    const Consent consent = m_office->consents(aino->id)->first();

    auto otherDb = m_testDb->openOrFail();
    OfficeService viewer(std::move(otherDb));
    QVERIFY(viewer.actAs(QStringLiteral("ville")));
    Coordinator v = viewer.coordinator();
    v.role = CoordinatorRole::Viewer;
    QVERIFY(m_office->saveCoordinator(v));
    QVERIFY(viewer.actAs(QStringLiteral("ville")));
    QCOMPARE(viewer.coordinator().role, CoordinatorRole::Viewer);

    Database &db = m_office->database();
    const QVector<int> before = footprint(db);
    QSignalSpy changed(&viewer, &OfficeService::changed);
    const auto refusedAsViewer
        = [](const Error &e) { return e.code == Error::Code::NotAllowed && e.detail == QLatin1String("role"); };
    auto created = viewer.saveWorker(newWorker(QStringLiteral("Bertil")), given);
    QVERIFY(!created);
    QVERIFY(refusedAsViewer(created.error()));
    Worker edited = *aino;
    edited.phone = QStringLiteral("040 123 4567");
    auto edit = viewer.saveWorker(edited);
    QVERIFY(!edit);
    QVERIFY(refusedAsViewer(edit.error()));
    Consent more = contactConsent(kNow.date());
    more.workerId = aino->id;
    more.scope = ConsentScope::PhotoRecording;
    auto recorded = viewer.recordConsent(more);
    QVERIFY(!recorded);
    QVERIFY(refusedAsViewer(recorded.error()));
    auto withdrawn = viewer.withdrawConsent(consent.id, consent.version, kNow.date());
    QVERIFY(!withdrawn);
    QVERIFY(refusedAsViewer(withdrawn.error()));
    auto deactivated = viewer.deactivateWorker(aino->id, aino->version);
    QVERIFY(!deactivated);
    QVERIFY(refusedAsViewer(deactivated.error()));
    QCOMPARE(footprint(db), before);
    QCOMPARE(changed.count(), 0);
    // A viewer reads.
    QCOMPARE(viewer.worker(aino->id)->displayName, QStringLiteral("Aino"));
    QCOMPARE(*viewer.workerCount({}), 1);
}

void TestOfficeWorkers::staleEditIsAConflictAndRecordsNoConsent()
{
    auto saved = m_office->saveWorker(newWorker(QStringLiteral("Aino")));
    QVERIFY(saved);
    auto second = m_testDb->openOrFail();
    OfficeService bertta(std::move(second));
    QVERIFY(bertta.actAs(QStringLiteral("bertta")));
    Worker theirs = *bertta.worker(saved->id);
    theirs.municipality = QStringLiteral("Turku");
    QVERIFY(bertta.saveWorker(theirs));

    Database &db = m_office->database();
    const QVector<int> before = footprint(db);
    Worker mine = *saved; // read before Bertta's save
    mine.phone = QStringLiteral("040 123 4567");
    WorkerConsentChanges consents;
    consents.recorded = { newConsent(contactConsent(kNow.date())) };
    auto refused = m_office->saveWorker(mine, consents);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(footprint(db), before);
    const Worker stored = *m_office->worker(saved->id);
    QCOMPARE(stored.municipality, QStringLiteral("Turku"));
    QCOMPARE(stored.phone, QString());
}

void TestOfficeWorkers::consentsOnTheirOwn()
{
    auto saved = m_office->saveWorker(newWorker(QStringLiteral("Aino")));
    QVERIFY(saved);
    Consent first = contactConsent(kNow.date().addDays(-30));
    first.workerId = saved->id;
    auto recorded = m_office->recordConsent(first);
    QVERIFY2(recorded, qPrintable(recorded.error().message));
    // A replacement older than the consent it replaces is refused at its date.
    Consent older = contactConsent(kNow.date().addDays(-40));
    older.workerId = saved->id;
    older.supersedesId = recorded->id;
    auto refused = m_office->recordConsent(older, recorded->version);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("givenOn"));
    // A stale withdrawal is a conflict.
    Consent renewed = contactConsent(kNow.date());
    renewed.workerId = saved->id;
    renewed.supersedesId = recorded->id;
    QVERIFY(m_office->recordConsent(renewed, recorded->version));
    auto stale = m_office->withdrawConsent(recorded->id, recorded->version, kNow.date());
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QCOMPARE(m_office->consents(saved->id)->size(), 2);
}

void TestOfficeWorkers::deactivatingKeepsTheHistory()
{
    WorkerConsentChanges given;
    given.recorded = { newConsent(contactConsent(kNow.date())) };
    auto saved = m_office->saveWorker(newWorker(QStringLiteral("Aino")), given);
    QVERIFY(saved);
    auto left = m_office->deactivateWorker(saved->id, saved->version);
    QVERIFY2(left, qPrintable(left.error().message));
    QCOMPARE(left->status, WorkerStatus::Left);
    QCOMPARE(left->experiences.size(), 1);
    QCOMPARE(left->displayName, QStringLiteral("Aino"));
    QCOMPARE(m_office->consents(saved->id)->size(), 1);
    // From a stale read: a conflict, not an overwrite.
    auto stale = m_office->deactivateWorker(saved->id, saved->version);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, Error::Code::Conflict);
}

void TestOfficeWorkers::historyHasInvitationsEngagementsAndTheirRequests()
{
    auto aino = m_office->saveWorker(newWorker(QStringLiteral("Aino")));
    auto bertil = m_office->saveWorker(newWorker(QStringLiteral("Bertil")));
    QVERIFY(aino && bertil);
    auto fresh = m_office->workerHistory(aino->id);
    QVERIFY(fresh);
    QVERIFY(fresh->invitations.isEmpty() && fresh->engagements.isEmpty() && fresh->requests.isEmpty());

    Request r;
    r.receivedOn = QDate(2026, 2, 10);
    r.requesterName = QStringLiteral("Tiina Trainer");
    r.title = QStringLiteral("Onboarding of new social workers");
    r.topics = { { m_topic, TopicWeight::Primary } };
    r.workersNeeded = 1;
    r.durationMinutes = 120;
    r.feeCents = 15000;
    r.dateOptions = { { 0, kMeeting, kMeeting.addSecs(2 * 3600), true } };
    auto logged = m_office->saveRequest(r);
    QVERIFY2(logged, qPrintable(logged.error().message));
    auto tagged = m_office->markTagged(logged->id, logged->version);
    QVERIFY(tagged);
    auto invited = m_office->invite(tagged->id, tagged->version, { aino->id, bertil->id }, InvitationChannel::Phone);
    QVERIFY2(invited, qPrintable(invited.error().message));
    Invitation ainos;
    for (const Invitation &i : std::as_const(invited->invitations))
        if (i.workerId == aino->id)
            ainos = i;
    QVERIFY(m_office->recordAnswer(ainos.id, ainos.version, InvitationResponse::Accepted));
    auto confirmed = m_office->confirm(tagged->id, m_office->request(tagged->id)->version);
    QVERIFY2(confirmed, qPrintable(confirmed.error().message));

    auto history = m_office->workerHistory(aino->id);
    QVERIFY2(history, qPrintable(history.error().message));
    QCOMPARE(history->invitations.size(), 1);
    QCOMPARE(history->invitations.first().response, InvitationResponse::Accepted);
    QCOMPARE(history->engagements.size(), 1);
    QCOMPARE(history->engagements.first().starts, kMeeting);
    QCOMPARE(history->requests.size(), 1);
    QCOMPARE(history->requests.value(tagged->id).reference, tagged->reference);
    auto bertils = m_office->workerHistory(bertil->id);
    QVERIFY(bertils);
    QCOMPARE(bertils->invitations.size(), 1);
    QCOMPARE(bertils->engagements.size(), 0);
}

void TestOfficeWorkers::registerReadsAgreeWithTheDatabase()
{
    Worker anna = newWorker(QStringLiteral("Anna"));
    anna.homeRegion = QStringLiteral("Pirkanmaa");
    Worker bjorn = newWorker(QStringLiteral("Björn"));
    bjorn.languages = { QStringLiteral("sv") };
    bjorn.homeRegion = QStringLiteral("Uusimaa");
    bjorn.experiences.clear();
    Worker cecilia = newWorker(QStringLiteral("Cecilia"));
    cecilia.languages = { QStringLiteral("fi"), QStringLiteral("sv") };
    cecilia.homeRegion = QStringLiteral("Uusimaa");
    WorkerConsentChanges given;
    given.recorded = { newConsent(contactConsent(kNow.date())) };
    QVector<qint64> ids;
    const QVector<Worker> workers { anna, bjorn, cecilia };
    for (int i = 0; i < workers.size(); ++i) {
        // Björn has no consent to be contacted.
        auto saved = m_office->saveWorker(workers.at(i), i == 1 ? WorkerConsentChanges() : given);
        QVERIFY2(saved, qPrintable(saved.error().message));
        ids << saved->id;
    }
    QCOMPARE(*m_office->workerCount({}), 3);
    WorkerRegisterFilter swedish;
    swedish.language = QStringLiteral("sv");
    QCOMPARE(*m_office->workerCount(swedish), 2);
    WorkerRegisterFilter missing;
    missing.consent = WorkerRegisterFilter::ConsentState::Missing;
    auto page = m_office->workerPage(missing, {}, 0, 10);
    QVERIFY(page);
    QCOMPARE(page->size(), 1);
    QCOMPARE(page->first().id, ids.at(1));
    const WorkerRegisterQuery::Sort byNameDown { WorkerRegisterQuery::SortKey::Name, Qt::DescendingOrder };
    auto firstTwo = m_office->workerPage({}, byNameDown, 0, 2);
    QVERIFY(firstTwo);
    QCOMPARE(firstTwo->size(), 2);
    QCOMPARE(firstTwo->first().displayName, QStringLiteral("Cecilia"));
    QCOMPARE(*m_office->workerPosition({}, byNameDown, ids.at(0)), 2);
    QCOMPARE(*m_office->workerPosition(swedish, byNameDown, ids.at(0)), -1);
    QCOMPARE(*m_office->workerLanguages(), (QStringList { QStringLiteral("fi"), QStringLiteral("sv") }));
    QCOMPARE(*m_office->workerRegions(), (QStringList { QStringLiteral("Pirkanmaa"), QStringLiteral("Uusimaa") }));
    auto topics = m_office->topics();
    QVERIFY(topics);
    QVERIFY(std::any_of(topics->cbegin(), topics->cend(), [&](const Topic &t) { return t.id == m_topic; }));
    auto kinds = m_office->serviceTypes();
    QVERIFY(kinds && !kinds->isEmpty());
    QCOMPARE(OfficeService::consentScopeName(ConsentScope::PublicAppearance), QStringLiteral("public appearance"));
}

void TestOfficeWorkers::workersOfTheSameNameAreToldApart()
{
    Worker tampere = newWorker(QStringLiteral("Ulla H."));
    tampere.municipality = QStringLiteral("Tampere");
    Worker turku = newWorker(QStringLiteral("Ulla H."));
    turku.municipality = QStringLiteral("Turku");
    Worker twin = newWorker(QStringLiteral("Ulla H."));
    twin.municipality = QStringLiteral("Turku");
    Worker alone = newWorker(QStringLiteral("Aino V."));
    QVector<qint64> ids;
    for (const Worker &w : { tampere, turku, twin, alone }) {
        auto saved = m_office->saveWorker(w);
        QVERIFY2(saved, qPrintable(saved.error().message));
        ids << saved->id;
    }
    auto names = m_office->workerNames(ids);
    QVERIFY(names);
    QCOMPARE(names->value(ids[0]), QStringLiteral("Ulla H. (Tampere)"));
    // The municipality does not tell these two apart: their numbers do.
    QCOMPARE(names->value(ids[1]), QStringLiteral("Ulla H. (#%1)").arg(ids[1]));
    QCOMPARE(names->value(ids[2]), QStringLiteral("Ulla H. (#%1)").arg(ids[2]));
    QCOMPARE(names->value(ids[3]), QStringLiteral("Aino V."));
    // Asked for one worker alone, the label still tells them from the others of the name; an unknown id is left out.
    auto one = m_office->workerNames({ ids[0], 987654 });
    QVERIFY(one);
    QCOMPARE(one->size(), 1);
    QCOMPARE(one->value(ids[0]), QStringLiteral("Ulla H. (Tampere)"));
    QVERIFY(m_office->workerNames({})->isEmpty());
    // The ranking (candidates and excluded) uses the same labels.
    Request anyRequest;
    anyRequest.title = QStringLiteral("Puheenvuoro");
    RankingEngine::Options options;
    options.includeExcluded = true;
    options.limit = 100;
    auto ranked = m_office->rankOn(anyRequest, kNow.date(), options);
    QVERIFY2(ranked, qPrintable(ranked.error().message));
    QSet<QString> inSnapshot;
    for (const auto &w : ranked->snapshot.workers())
        inSnapshot << w.displayName;
    QVERIFY(inSnapshot.contains(QStringLiteral("Ulla H. (Tampere)")));
    QVERIFY(inSnapshot.contains(QStringLiteral("Aino V.")));
    QVERIFY(!inSnapshot.contains(QStringLiteral("Ulla H.")));
}

QTEST_GUILESS_MAIN(TestOfficeWorkers)
#include "tst_office_workers.moc"
