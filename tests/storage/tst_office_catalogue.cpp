// The office service's catalogue on both backends: topics, organisations and ranking weights are an admin's to
// change (a coordinator and a viewer are refused with their role named, and nothing is written); the group meeting
// rhythm is any coordinator's but a viewer's; each change is announced once with its ids, and reaches another
// coordinator's office; and a look at another database (inspect) says what is there without changing it.
#include "TestDatabase.h"

#include "office/OfficeService.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSignalSpy>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
int count(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toInt() : -1;
}

QString describe(const Error &e)
{
    return e.message + QStringLiteral(" / ") + e.detail;
}

Topic newTopic(qint64 parentId, const QString &code, const QString &name)
{
    Topic t;
    t.parentId = parentId;
    t.code = code;
    t.nameFi = name;
    t.nameEn = name;
    return t;
}
} // namespace

class TestOfficeCatalogue : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void anAdminChangesTheCatalogueAndEachChangeIsAnnounced();
    void aCoordinatorWhoIsNotAnAdminChangesNoneOfIt();
    void aViewerWritesNothing();
    void anyCoordinatorSetsTheGroupMeetingRhythm();
    void anotherCoordinatorHearsOfTheChange();
    void inspectSaysWhatAnotherDatabaseHolds();
    void inspectOfAFileThatIsNotKohtaamoIsAClearError();

private:
    // A second coordinator on a connection of their own: "bertta", a coordinator; with `viewer`, made a viewer.
    std::unique_ptr<OfficeService> other(const QString &login, bool viewer = false);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office; // anna, the office's first coordinator and so its admin
};

void TestOfficeCatalogue::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_office = std::make_unique<OfficeService>(std::move(db));
    QVERIFY(m_office->actAs(QStringLiteral("anna")));
    QVERIFY(m_office->isAdmin());
}

void TestOfficeCatalogue::cleanup()
{
    m_office.reset();
    m_testDb.reset();
}

std::unique_ptr<OfficeService> TestOfficeCatalogue::other(const QString &login, bool viewer)
{
    auto office = std::make_unique<OfficeService>(m_testDb->openOrFail());
    if (!office->actAs(login))
        return {};
    if (viewer) {
        Coordinator c = office->coordinator();
        c.role = CoordinatorRole::Viewer;
        if (!m_office->saveCoordinator(c) || !office->actAs(login))
            return {};
    }
    return office;
}

void TestOfficeCatalogue::anAdminChangesTheCatalogueAndEachChangeIsAnnounced()
{
    Database &db = m_office->database();
    QSignalSpy spy(m_office.get(), &OfficeService::changed);
    const auto lastChange = [&spy] { return spy.constLast().at(0).value<OfficeChange>(); };

    // A topic: added under the first top-level topic, then renamed and retired; the tree keeps it.
    auto topics = m_office->topics();
    QVERIFY(topics && !topics->isEmpty());
    const Topic parent = topics->constFirst();
    auto added = m_office->saveTopic(
        newTopic(parent.id, parent.code + QStringLiteral(".peer_support"), QStringLiteral("Vertaistuki")));
    QVERIFY2(added, qPrintable(describe(added.error())));
    QCOMPARE(spy.count(), 1);
    QVERIFY(lastChange().touches(OfficeChange::Kind::Taxonomy, added->id));
    QVERIFY(!lastChange().touches(OfficeChange::Kind::Taxonomy, parent.id));
    QVERIFY(!lastChange().external);
    Topic retired = *added;
    retired.nameEn = QStringLiteral("Peer support");
    retired.retired = true;
    auto saved = m_office->saveTopic(retired);
    QVERIFY2(saved, qPrintable(describe(saved.error())));
    QCOMPARE(spy.count(), 2);
    QVERIFY(m_office->topic(added->id)->retired);
    const auto same = m_office->saveTopic(*saved);
    QVERIFY2(same, qPrintable(describe(same.error())));
    QCOMPARE(same->version, saved->version);
    QCOMPARE(m_office->topics()->size(), topics->size() + 1);
    // A move under its own subtopic is refused and changes nothing.
    Topic moved = *m_office->topic(parent.id);
    moved.parentId = added->id;
    QVERIFY(!m_office->saveTopic(moved));
    QCOMPARE(m_office->topic(parent.id)->parentId, qint64(0));
    QCOMPARE(spy.count(), 2);

    // An organisation: added, then deactivated.
    Organisation o;
    o.name = QStringLiteral("Pesäpuu ry");
    auto organisation = m_office->saveOrganisation(o);
    QVERIFY2(organisation, qPrintable(describe(organisation.error())));
    QCOMPARE(spy.count(), 3);
    QVERIFY(lastChange().touches(OfficeChange::Kind::Organisation, organisation->id));
    // Saving it unchanged is no change (and no failure inside the service's transaction).
    const auto unchanged = m_office->saveOrganisation(*organisation);
    QVERIFY2(unchanged, qPrintable(describe(unchanged.error())));
    QCOMPARE(unchanged->version, organisation->version);
    Organisation off = *organisation;
    off.active = false;
    QVERIFY(m_office->saveOrganisation(off));
    QVERIFY(!m_office->organisation(organisation->id)->active);

    // The ranking weights, saved as one set and then back to the defaults.
    RankingWeights weights = *m_office->rankingWeights();
    weights.setValue(RankingWeights::Key::WillingnessListed, 3);
    auto stored = m_office->saveRankingWeights(weights);
    QVERIFY2(stored, qPrintable(describe(stored.error())));
    QCOMPARE(m_office->rankingWeights()->value(RankingWeights::Key::WillingnessListed), 3.0);
    QVERIFY(lastChange().touches(OfficeChange::Kind::Settings, OfficeService::kRankingWeightsRecord));
    QVERIFY(!lastChange().touches(OfficeChange::Kind::Settings, OfficeService::kOfficeSettingsRecord));
    const int announced = int(spy.count());
    // Saving the same values again changes nothing and announces nothing.
    const auto again = m_office->saveRankingWeights(*stored);
    QVERIFY2(again, qPrintable(describe(again.error())));
    QCOMPARE(spy.count(), announced);
    auto defaults = m_office->restoreDefaultRankingWeights(stored->version());
    QVERIFY2(defaults, qPrintable(describe(defaults.error())));
    QVERIFY(defaults->sameValues(RankingWeights::defaults()));
    QCOMPARE(spy.count(), announced + 1);
    // A stale version is a conflict.
    QCOMPARE(m_office->restoreDefaultRankingWeights(stored->version()).error().code, Error::Code::Conflict);

    // Each write is audited as anna's.
    const qint64 anna = m_office->coordinator().id;
    for (const char *table : { "topics", "organisations", "ranking_weights" })
        QVERIFY2(count(db,
                       QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = ? AND actor_id = ? "
                                      "AND actor = 'anna'"),
                       { QString::fromLatin1(table), anna })
                     >= 2,
                 table);
}

void TestOfficeCatalogue::aCoordinatorWhoIsNotAnAdminChangesNoneOfIt()
{
    auto bertta = other(QStringLiteral("bertta"));
    QVERIFY(bertta);
    QCOMPARE(bertta->coordinator().role, CoordinatorRole::Coordinator);
    Database &db = m_office->database();
    const int audit = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QSignalSpy spy(bertta.get(), &OfficeService::changed);

    const Topic first = bertta->topics()->constFirst();
    Topic renamed = first;
    renamed.nameEn = QStringLiteral("Renamed");
    const auto refusedTopic = bertta->saveTopic(renamed);
    QVERIFY(!refusedTopic);
    QCOMPARE(refusedTopic.error().code, Error::Code::NotAllowed);
    QCOMPARE(refusedTopic.error().detail, QStringLiteral("role"));
    QVERIFY2(refusedTopic.error().message.contains(QLatin1String("Only an admin can change the topics"))
                 && refusedTopic.error().message.contains(QLatin1String("Your role is coordinator")),
             qPrintable(refusedTopic.error().message));
    QVERIFY(!bertta->saveTopic(newTopic(0, QStringLiteral("new_topic"), QStringLiteral("Uusi"))));

    Organisation o;
    o.name = QStringLiteral("Pesäpuu ry");
    const auto refusedOrganisation = bertta->saveOrganisation(o);
    QVERIFY(!refusedOrganisation);
    QCOMPARE(refusedOrganisation.error().code, Error::Code::NotAllowed);
    QVERIFY(refusedOrganisation.error().message.contains(QLatin1String("organisations")));

    RankingWeights weights = *bertta->rankingWeights();
    weights.setValue(RankingWeights::Key::WillingnessListed, 3);
    const auto refusedWeights = bertta->saveRankingWeights(weights);
    QVERIFY(!refusedWeights);
    QCOMPARE(refusedWeights.error().code, Error::Code::NotAllowed);
    QVERIFY(refusedWeights.error().message.contains(QLatin1String("ranking weights")));
    QCOMPARE(bertta->restoreDefaultRankingWeights(weights.version()).error().code, Error::Code::NotAllowed);

    // Nothing was written, nothing announced; what she may read she reads.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    QCOMPARE(m_office->topic(first.id)->nameEn, first.nameEn);
    QCOMPARE(m_office->organisations()->size(), 0);
    QCOMPARE(m_office->rankingWeights()->value(RankingWeights::Key::WillingnessListed),
             RankingWeights::defaultValue(RankingWeights::Key::WillingnessListed));
    QCOMPARE(spy.count(), 0);

    // Made an admin, she may.
    Coordinator c = bertta->coordinator();
    c.role = CoordinatorRole::Admin;
    QVERIFY(m_office->saveCoordinator(c));
    QVERIFY(bertta->actAs(QStringLiteral("bertta")));
    QVERIFY(bertta->saveTopic(renamed));
}

void TestOfficeCatalogue::aViewerWritesNothing()
{
    auto ville = other(QStringLiteral("ville"), true);
    QVERIFY(ville);
    QCOMPARE(ville->coordinator().role, CoordinatorRole::Viewer);
    Database &db = m_office->database();
    const int audit = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QSignalSpy spy(ville.get(), &OfficeService::changed);

    Topic t = ville->topics()->constFirst();
    t.nameEn = QStringLiteral("Renamed");
    const auto topic = ville->saveTopic(t);
    QVERIFY(!topic);
    QCOMPARE(topic.error().code, Error::Code::NotAllowed);
    QVERIFY2(topic.error().message.contains(QLatin1String("Your role is viewer")), qPrintable(topic.error().message));
    Organisation o;
    o.name = QStringLiteral("Pesäpuu ry");
    QCOMPARE(ville->saveOrganisation(o).error().code, Error::Code::NotAllowed);
    RankingWeights weights = *ville->rankingWeights();
    weights.setValue(RankingWeights::Key::WillingnessListed, 3);
    QCOMPARE(ville->saveRankingWeights(weights).error().code, Error::Code::NotAllowed);
    QCOMPARE(ville->restoreDefaultRankingWeights(weights.version()).error().code, Error::Code::NotAllowed);
    GroupMeetingRhythm rhythm = *ville->groupMeetingRhythm();
    rhythm.firstMeeting = QDate(2026, 3, 2);
    const auto meetings = ville->saveGroupMeetingRhythm(rhythm);
    QVERIFY(!meetings);
    QCOMPARE(meetings.error().code, Error::Code::NotAllowed);
    QVERIFY(meetings.error().message.contains(QLatin1String("viewer")));

    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM organisations")), 0);
    QVERIFY(!m_office->groupMeetingRhythm()->isSet());
    QCOMPARE(spy.count(), 0);
}

void TestOfficeCatalogue::anyCoordinatorSetsTheGroupMeetingRhythm()
{
    auto bertta = other(QStringLiteral("bertta"));
    QVERIFY(bertta);
    QVERIFY(!bertta->isAdmin());
    QSignalSpy spy(bertta.get(), &OfficeService::changed);
    GroupMeetingRhythm rhythm = *bertta->groupMeetingRhythm();
    const GroupMeetingRhythm read = rhythm;
    rhythm.firstMeeting = QDate(2026, 3, 2);
    rhythm.intervalDays = 21;
    auto saved = bertta->saveGroupMeetingRhythm(rhythm);
    QVERIFY2(saved, qPrintable(describe(saved.error())));
    QCOMPARE(m_office->groupMeetingRhythm()->intervalDays, 21);
    QCOMPARE(spy.count(), 1);
    const auto change = spy.constLast().at(0).value<OfficeChange>();
    QVERIFY(change.touches(OfficeChange::Kind::Settings, OfficeService::kGroupMeetingRhythmRecord));
    QVERIFY(!change.touches(OfficeChange::Kind::Settings, OfficeService::kRankingWeightsRecord));

    // A save from what was read before hers is a conflict, and hers stays.
    GroupMeetingRhythm stale = read;
    stale.intervalDays = 35;
    const auto conflict = m_office->saveGroupMeetingRhythm(stale);
    QVERIFY(!conflict);
    QCOMPARE(conflict.error().code, Error::Code::Conflict);
    QCOMPARE(m_office->groupMeetingRhythm()->intervalDays, 21);
    // Rules that need no database: an interval of no days is refused with the field named.
    GroupMeetingRhythm none = *saved;
    none.intervalDays = 0;
    QCOMPARE(m_office->saveGroupMeetingRhythm(none).error().code, Error::Code::InvalidInput);
}

void TestOfficeCatalogue::anotherCoordinatorHearsOfTheChange()
{
    auto bertta = other(QStringLiteral("bertta"));
    QVERIFY(bertta);
    QSignalSpy heard(bertta.get(), &OfficeService::changed);
    Organisation o;
    o.name = QStringLiteral("Pesäpuu ry");
    auto saved = m_office->saveOrganisation(o);
    QVERIFY(saved);
    if (TestDatabase::postgres()) {
        // Through LISTEN/NOTIFY, with the ids.
        QVERIFY(heard.wait(5000) || heard.count() > 0);
        const auto change = heard.constLast().at(0).value<OfficeChange>();
        QVERIFY(change.external);
        QVERIFY(change.touches(OfficeChange::Kind::Organisation, saved->id));
    } else {
        // An SQLite file has no notifications: the other office reads the change when it reads again.
        QTest::qWait(50);
        QCOMPARE(heard.count(), 0);
    }
    QCOMPARE(bertta->organisations()->size(), 1);
}

void TestOfficeCatalogue::inspectSaysWhatAnotherDatabaseHolds()
{
    // Another office with one organisation, one worker and one request.
    TestDatabase another;
    KOHTAAMO_REQUIRE_DB(another);
    {
        OfficeService office(another.openOrFail());
        QVERIFY(office.actAs(QStringLiteral("carita")));
        Organisation o;
        o.name = QStringLiteral("Lauste");
        auto organisation = office.saveOrganisation(o);
        QVERIFY(organisation);
        SqlQuery w(office.database(),
                   QStringLiteral("INSERT INTO workers (display_name, organisation_id, title, version) "
                                  "VALUES ('Aino K.', ?, 'experience_partner', 1)"));
        w.bind(organisation->id);
        QVERIFY(w.exec());
        Request r;
        r.receivedOn = QDate(2026, 2, 10);
        r.requesterName = QStringLiteral("Tiina Trainer");
        r.title = QStringLiteral("Onboarding");
        QVERIFY(office.saveRequest(r));
    }
    const int auditBefore = count(m_office->database(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto found = OfficeService::inspect(another.location());
    QVERIFY2(found, qPrintable(describe(found.error())));
    QCOMPARE(found->state, OfficeInspection::State::Ready);
    QCOMPARE(found->counts.organisations, 1);
    QCOMPARE(found->counts.workers, 1);
    QCOMPARE(found->counts.allRequests(), 1);
    QCOMPARE(count(m_office->database(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);

    // An older Kohtaamo database is named as such and left at its version.
    TestDatabase older;
    KOHTAAMO_REQUIRE_DB(older);
    Database::OpenOptions v5;
    v5.targetVersion = 5;
    {
        auto db = older.openOrFail(v5);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), 5);
    }
    found = OfficeService::inspect(older.location());
    QVERIFY2(found, qPrintable(describe(found.error())));
    QCOMPARE(found->state, OfficeInspection::State::Older);
    Database::OpenOptions look;
    look.migrate = false;
    look.readOnly = true;
    look.targetVersion = 5;
    QCOMPARE(older.openOrFail(look)->schemaVersion(), 5);

    if (TestDatabase::postgres()) {
        // An empty PostgreSQL database: Kohtaamo would set itself up in it.
        TestDatabase empty;
        KOHTAAMO_REQUIRE_DB(empty);
        found = OfficeService::inspect(empty.location());
        QVERIFY2(found, qPrintable(describe(found.error())));
        QCOMPARE(found->state, OfficeInspection::State::Empty);
    } else {
        // No file yet: created when used, not by looking.
        const QString path = QFileInfo(another.location().path).dir().filePath(QStringLiteral("new-office.sqlite"));
        found = OfficeService::inspect(DatabaseLocation::sqlite(path));
        QVERIFY2(found, qPrintable(describe(found.error())));
        QCOMPARE(found->state, OfficeInspection::State::NoFileYet);
        QVERIFY(found->canCreate);
        QCOMPARE(found->folder, QFileInfo(another.location().path).absolutePath());
        QVERIFY(!QFile::exists(path));
        // No folder yet: a mistyped path, named as such; nothing is created.
        const QString typo = QFileInfo(another.location().path).dir().filePath(QStringLiteral("new/office.sqlite"));
        found = OfficeService::inspect(DatabaseLocation::sqlite(typo));
        QVERIFY(!found);
        QCOMPARE(found.error().code, Error::Code::NotFound);
        QVERIFY2(found.error().message.contains(QLatin1String("does not exist")), qPrintable(found.error().message));
        QVERIFY(!QFileInfo::exists(QFileInfo(typo).absolutePath()));
    }
}

void TestOfficeCatalogue::inspectOfAFileThatIsNotKohtaamoIsAClearError()
{
    DatabaseLocation foreign;
    if (TestDatabase::postgres()) {
        // A PostgreSQL database with someone else's table in it.
        TestDatabase theirs;
        KOHTAAMO_REQUIRE_DB(theirs);
        foreign = theirs.location();
        {
            QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), QStringLiteral("foreign"));
            raw.setHostName(foreign.host);
            raw.setPort(foreign.port);
            raw.setUserName(foreign.user);
            raw.setPassword(foreign.password);
            raw.setDatabaseName(foreign.databaseName);
            raw.setConnectOptions(foreign.options);
            QVERIFY2(raw.open(), qPrintable(raw.lastError().text()));
            QSqlQuery create(raw);
            QVERIFY(create.exec(QStringLiteral("CREATE TABLE shopping (item TEXT)")));
            raw.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
        const auto refused = OfficeService::inspect(foreign);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::ForeignDatabase);
        QVERIFY2(refused.error().message.contains(QLatin1String("not a Kohtaamo database")),
                 qPrintable(refused.error().message));
        return;
    }
    const QString path = QFileInfo(m_office->location().path).dir().filePath(QStringLiteral("notes.txt"));
    {
        QFile file(path);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Shopping list: milk, bread\n");
    }
    const auto refused = OfficeService::inspect(DatabaseLocation::sqlite(path));
    QVERIFY(!refused);
    QVERIFY2(refused.error().code == Error::Code::ForeignDatabase || refused.error().code == Error::Code::CannotOpen,
             qPrintable(describe(refused.error())));
    QVERIFY(!refused.error().message.isEmpty());
    QFile file(path);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Shopping list: milk, bread\n")); // untouched

    // An SQLite file of someone else's: named as not Kohtaamo's.
    const QString other = QFileInfo(path).dir().filePath(QStringLiteral("shopping.sqlite"));
    {
        QSqlDatabase raw = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("foreign"));
        raw.setDatabaseName(other);
        QVERIFY(raw.open());
        QSqlQuery create(raw);
        QVERIFY(create.exec(QStringLiteral("CREATE TABLE shopping (item TEXT)")));
        raw.close();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("foreign"));
    const auto notOurs = OfficeService::inspect(DatabaseLocation::sqlite(other));
    QVERIFY(!notOurs);
    QCOMPARE(notOurs.error().code, Error::Code::ForeignDatabase);
    QVERIFY2(notOurs.error().message.contains(QLatin1String("not a Kohtaamo database")),
             qPrintable(notOurs.error().message));
}

QTEST_GUILESS_MAIN(TestOfficeCatalogue)
#include "tst_office_catalogue.moc"
