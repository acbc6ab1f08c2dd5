// Frozen databases of every earlier schema (tests/data/schema-vN.sqlite, written once by tests/tools/
// make_schema_fixtures and never again) open with the default options: each is backed up next to itself, upgraded to
// the current schema, and its office reads back through the repositories as it was written; one from a newer
// Kohtaamo (schema-future.sqlite) is refused and left byte for byte as it was.
//
// tst_database replays today's scripts up to each version; these files are what those scripts wrote when they were
// frozen, so a later edit to an old script or to the upgrade path shows here.
#include "TestDatabase.h"

#include "matching/RankingWeightsRepository.h"
#include "repositories/AuditRepository.h"
#include "repositories/ChangeNoticeRepository.h"
#include "repositories/ConsentRepository.h"
#include "repositories/CoordinatorRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/TopicRepository.h"
#include "repositories/WorkerRepository.h"
#include "requests/RequestInboxQuery.h"
#include "storage/AuditChain.h"
#include "storage/Migrator.h"
#include "today/GroupMeetingRhythmRepository.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>

#ifndef KOHTAAMO_TEST_DATA_DIR
#error "KOHTAAMO_TEST_DATA_DIR must name tests/data (tests/CMakeLists.txt)"
#endif

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {

constexpr int kFutureVersion = 999; // what schema-future.sqlite claims

QDir dataDir()
{
    return QDir(QStringLiteral(KOHTAAMO_TEST_DATA_DIR));
}

QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

// Reads one value from an SQLite file without Kohtaamo, read-only; empty when it cannot.
QString peek(const QString &path, const QString &sql)
{
    const QString name = QStringLiteral("peek-") + path;
    QString value;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_OPEN_READONLY"));
        if (db.open()) {
            QSqlQuery q(db);
            if (q.exec(sql) && q.next())
                value = q.value(0).toString();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return value;
}

int storedVersion(const QString &path)
{
    const QString v = peek(path, QStringLiteral("SELECT value FROM kohtaamo_meta WHERE key = 'schema_version'"));
    return v.isEmpty() ? -1 : v.toInt();
}

QDateTime utc(int year, int month, int day, int hour)
{
    return QDateTime(QDate(year, month, day), QTime(hour, 0), Qt::UTC);
}

} // namespace

class TestSchemaUpgrades : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void everyEarlierVersionHasAFrozenFile();
    void opensFrozenDatabase_data();
    void opensFrozenDatabase();

private:
    void checkOfficeReadsBack(Database &db, int fromVersion);
};

void TestSchemaUpgrades::initTestCase()
{
    if (TestDatabase::postgres())
        QSKIP("frozen files are SQLite; PostgreSQL upgrades are covered by tst_database");
    QVERIFY2(dataDir().exists(), qPrintable(dataDir().path()));
}

void TestSchemaUpgrades::everyEarlierVersionHasAFrozenFile()
{
    // Adding schema N+1 means freezing N: tests/tools/make_schema_fixtures tests/data N.
    for (int v = 1; v < Migrator::currentVersion(); ++v) {
        const QString path = dataDir().filePath(QStringLiteral("schema-v%1.sqlite").arg(v));
        QVERIFY2(QFileInfo::exists(path),
                 qPrintable(QStringLiteral("no frozen database of schema %1: %2").arg(v).arg(path)));
    }
    QVERIFY(QFileInfo::exists(dataDir().filePath(QStringLiteral("schema-future.sqlite"))));
}

void TestSchemaUpgrades::opensFrozenDatabase_data()
{
    QTest::addColumn<QString>("fileName");
    QTest::addColumn<int>("version"); // what the file says it is
    // One row per frozen file, and one for each earlier version even if its file is missing (the row then fails).
    QList<int> versions;
    for (int v = 1; v < Migrator::currentVersion(); ++v)
        versions << v;
    static const QRegularExpression numbered(QStringLiteral("^schema-v(\\d+)\\.sqlite$"));
    for (const QString &name : dataDir().entryList({ QStringLiteral("schema-v*.sqlite") }, QDir::Files)) {
        if (const auto m = numbered.match(name); m.hasMatch() && !versions.contains(m.captured(1).toInt()))
            versions << m.captured(1).toInt();
    }
    std::sort(versions.begin(), versions.end());
    for (int v : std::as_const(versions))
        QTest::addRow("schema-v%d", v) << QStringLiteral("schema-v%1.sqlite").arg(v) << v;
    QTest::addRow("schema-future") << QStringLiteral("schema-future.sqlite") << kFutureVersion;
}

void TestSchemaUpgrades::opensFrozenDatabase()
{
    QFETCH(QString, fileName);
    QFETCH(int, version);
    const QString frozen = dataDir().filePath(fileName);
    QVERIFY2(QFileInfo::exists(frozen),
             qPrintable(QStringLiteral("missing %1: freeze it with tests/tools/make_schema_fixtures").arg(frozen)));

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(fileName);
    QVERIFY(QFile::copy(frozen, path));
    QVERIFY(QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner));
    QCOMPARE(storedVersion(path), version); // the file is what its name says
    const QByteArray before = fileHash(path);
    QVERIFY(!before.isEmpty());

    auto opened = Database::open(DatabaseLocation::sqlite(path));

    if (version > Migrator::currentVersion()) {
        QVERIFY(!opened.ok());
        QCOMPARE(opened.error().code, Error::Code::NewerSchema);
        QVERIFY2(opened.error().message.contains(QString::number(version)), qPrintable(opened.error().message));
        QCOMPARE(fileHash(path), before);
        // Nothing beside it either: no backup, no journal.
        QCOMPARE(QDir(dir.path()).entryList(QDir::Files | QDir::Hidden | QDir::System), QStringList { fileName });
        QCOMPARE(storedVersion(path), version);
        return;
    }

    QVERIFY2(opened.ok(), qPrintable(opened.error().message + QStringLiteral(" / ") + opened.error().detail));
    std::unique_ptr<Database> db = std::move(opened).value();
    db->setActor(QStringLiteral("test-coordinator"));
    QCOMPARE(db->schemaVersion(), Migrator::currentVersion());

    const QString backup = db->lastBackupPath();
    if (version < Migrator::currentVersion()) {
        // Backed up next to the file, before the upgrade: the backup is the old schema with the old data.
        QVERIFY2(!backup.isEmpty(), "an older SQLite file is backed up before it is upgraded");
        QVERIFY(QFileInfo::exists(backup));
        QCOMPARE(QFileInfo(backup).absolutePath(), QFileInfo(path).absolutePath());
        QVERIFY2(QFileInfo(backup).fileName().startsWith(fileName + QStringLiteral(".v%1-").arg(version)),
                 qPrintable(backup));
        QCOMPARE(storedVersion(backup), version);
        QCOMPARE(peek(backup, QStringLiteral("SELECT title FROM requests WHERE reference = '2025-0007'")),
                 QStringLiteral("Kokemuspuheenvuoro sijaishuollon koulutuksessa"));
        QVERIFY(!(QFileInfo(backup).permissions() & (QFile::ReadGroup | QFile::ReadOther)));
    } else {
        QVERIFY2(backup.isEmpty(), qPrintable(backup)); // already current: nothing to upgrade, nothing backed up
    }

    checkOfficeReadsBack(*db, version);
    if (QTest::currentTestFailed())
        return;

    // The upgraded database takes today's writes: an edit of the old request, with its version check and audit entry.
    RequestRepository requests(*db);
    auto request = requests.findByReference(QStringLiteral("2025-0007"));
    QVERIFY(request.ok());
    Request edited = *request;
    edited.notes = QStringLiteral("Päivitetty vanhaan tietokantaan");
    auto saved = requests.save(edited);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message + QStringLiteral(" / ") + saved.error().detail));
    QCOMPARE(saved->version, request->version + 1);
    auto history = AuditRepository(*db).forRecord(QStringLiteral("requests"), request->id);
    QVERIFY(history.ok());
    QVERIFY(!history->isEmpty());
    QCOMPARE(history->last().action, QStringLiteral("update"));
    QVERIFY(history->last().changes.contains(QStringLiteral("notes")));
    // The upgrade to schema 13 sealed every entry the old file held into the audit chain, and today's write joined it.
    // (The frozen schema-13 file was written by tests/tools/make_schema_fixtures with plain SQL, which leaves its audit
    // entries unsealed: there is no upgrade to 13 to seal them, so only older files are checked.)
    if (version < 13) {
        auto chain = AuditChain::verify(*db);
        QVERIFY(chain.ok());
        QVERIFY2(chain->intact(), qPrintable(chain->message));
        QVERIFY(chain->entries >= history->size());
    }

    // Opened again it is current and is not backed up a second time.
    db.reset();
    auto again = Database::open(DatabaseLocation::sqlite(path));
    QVERIFY(again.ok());
    QCOMPARE((*again)->schemaVersion(), Migrator::currentVersion());
    QVERIFY((*again)->lastBackupPath().isEmpty());
}

// The office make_schema_fixtures writes, read through today's repositories.
void TestSchemaUpgrades::checkOfficeReadsBack(Database &db, int fromVersion)
{
    TopicRepository topics(db);
    auto emergency = topics.findByCode(QStringLiteral("child_protection.placement.emergency"));
    auto aftercare = topics.findByCode(QStringLiteral("child_protection.aftercare"));
    auto substance = topics.findByCode(QStringLiteral("substance_abuse.parent"));
    QVERIFY(emergency.ok() && aftercare.ok() && substance.ok());

    auto org = OrganisationRepository(db).findByName(QStringLiteral("Kokemusasiantuntijat ry"));
    QVERIFY2(org.ok(), qPrintable(org.error().message));
    QCOMPARE(org->shortName, QStringLiteral("KoAsi"));
    QCOMPARE(org->region, QStringLiteral("Uusimaa"));
    QCOMPARE(org->version, 2);
    auto coordinator = CoordinatorRepository(db).findByUsername(QStringLiteral("kaisa"));
    QVERIFY2(coordinator.ok(), qPrintable(coordinator.error().message));
    QCOMPARE(coordinator->displayName, QStringLiteral("Kaisa Koordinaattori"));

    // Workers with their experiences, languages, regions, services and a recovery break.
    auto workers = WorkerRepository(db).list();
    QVERIFY2(workers.ok(), qPrintable(workers.error().message + QStringLiteral(" / ") + workers.error().detail));
    QCOMPARE(workers->size(), 2);
    const auto byName = [&](const QString &name) {
        return std::find_if(workers->begin(), workers->end(), [&](const Worker &w) { return w.displayName == name; });
    };
    const auto aino = byName(QStringLiteral("Aino Esimerkki"));
    const auto ville = byName(QStringLiteral("Ville V."));
    QVERIFY(aino != workers->end() && ville != workers->end());
    QCOMPARE(aino->organisationId, org->id);
    QCOMPARE(aino->title, WorkerTitle::ExpertByExperience);
    QCOMPARE(aino->dateOfBirth, QDate(1988, 4, 12));
    QCOMPARE(aino->trainingHours, 40.5);
    QCOMPARE(aino->annualEarningsCeilingCents, std::optional<qint64>(1200000));
    QCOMPARE(aino->weekly.mask(), 0x1FF);
    QCOMPARE(aino->maxEngagementsPerMonth, 3);
    QCOMPARE(aino->noticeDays, 14);
    QStringList languages = aino->languages;
    languages.sort();
    QCOMPARE(languages, (QStringList { QStringLiteral("fi"), QStringLiteral("sv") }));
    QCOMPARE(aino->regionsCovered.size(), 2);
    QStringList services = aino->serviceTypes;
    services.sort();
    QCOMPARE(services, (QStringList { QStringLiteral("panel"), QStringLiteral("talk") }));
    QCOMPARE(aino->experiences.size(), 2);
    const auto experience = std::find_if(aino->experiences.begin(), aino->experiences.end(),
                                         [&](const WorkerExperience &e) { return e.topicId == emergency->id; });
    QVERIFY(experience != aino->experiences.end());
    QCOMPARE(experience->perspective, Perspective::ChildOrYouth);
    QCOMPARE(experience->note, QStringLiteral("Kiireellisesti sijoitettu 14-vuotiaana"));
    QCOMPARE(aino->unavailable.size(), 1);
    QVERIFY(ville->pseudonym);
    QCOMPARE(ville->title, WorkerTitle::PeerSupporter);
    QCOMPARE(ville->experiences.size(), 1);
    QCOMPARE(ville->experiences.first().topicId, substance->id);
    QCOMPARE(ville->experiences.first().perspective, Perspective::Parent);

    // Consents, one of them withdrawn; who recorded them.
    ConsentRepository consents(db);
    auto ainos = consents.listForWorker(aino->id);
    auto villes = consents.listForWorker(ville->id);
    QVERIFY(ainos.ok() && villes.ok());
    QCOMPARE(ainos->size(), 2);
    QCOMPARE(villes->size(), 2);
    for (const Consent &c : *ainos) {
        QCOMPARE(c.recordedBy, coordinator->id);
        if (c.scope == ConsentScope::Contact)
            QCOMPARE(c.expiresOn, QDate(2027, 1, 10));
    }
    const auto withdrawn = std::find_if(villes->begin(), villes->end(),
                                        [](const Consent &c) { return c.scope == ConsentScope::SensitiveBackground; });
    QVERIFY(withdrawn != villes->end());
    QCOMPARE(withdrawn->withdrawnOn, QDate(2025, 6, 1));

    // The confirmed request: topics, proposed times, scope, history, invitations, the engagement.
    RequestRepository requests(db);
    auto all = requests.listAll();
    QVERIFY2(all.ok(), qPrintable(all.error().message + QStringLiteral(" / ") + all.error().detail));
    QCOMPARE(all->size(), 2);
    auto talk = requests.findByReference(QStringLiteral("2025-0007"));
    QVERIFY(talk.ok());
    QCOMPARE(talk->title, QStringLiteral("Kokemuspuheenvuoro sijaishuollon koulutuksessa"));
    QCOMPARE(talk->requesterUnit, QStringLiteral("Lastensuojelu, Espoo"));
    QCOMPARE(talk->status, RequestStatus::Confirmed);
    QCOMPARE(talk->serviceType, QStringLiteral("talk"));
    QCOMPARE(talk->wantedPerspective, Perspective::ChildOrYouth);
    QCOMPARE(talk->feeCents, std::optional<qint64>(15000));
    QCOMPARE(talk->durationMinutes, 90);
    QVERIFY(talk->supervised);
    QCOMPARE(talk->version, 4);
    QCOMPARE(talk->topics.size(), 2);
    QVERIFY(talk->topics.contains(RequestTopic { emergency->id, TopicWeight::Primary }));
    QVERIFY(talk->topics.contains(RequestTopic { aftercare->id, TopicWeight::Secondary }));
    QCOMPARE(talk->dateOptions.size(), 2);
    for (const DateOption &o : talk->dateOptions) {
        QVERIFY(o.starts == utc(2025, 10, 14, 12) || o.starts == utc(2025, 10, 21, 12));
        QCOMPARE(o.chosen, o.starts == utc(2025, 10, 21, 12));
        QCOMPARE(o.ends, o.starts.addSecs(90 * 60));
    }
    QCOMPARE(talk->organisationScope, QVector<qint64> { org->id });
    auto history = requests.statusHistory(talk->id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 4);

    auto invitations = InvitationRepository(db).listForRequest(talk->id);
    QVERIFY2(invitations.ok(),
             qPrintable(invitations.error().message + QStringLiteral(" / ") + invitations.error().detail));
    QCOMPARE(invitations->size(), 2);
    qint64 acceptedId = 0;
    for (const Invitation &i : *invitations) {
        if (i.workerId == aino->id) {
            QCOMPARE(i.response, InvitationResponse::Accepted);
            acceptedId = i.id;
        } else {
            QCOMPARE(i.workerId, ville->id);
            QCOMPARE(i.response, InvitationResponse::Declined);
            QCOMPARE(i.channel, InvitationChannel::Phone);
            QCOMPARE(i.declineReason, QStringLiteral("Ei sovi aikatauluun"));
            QCOMPARE(i.reminders, 1);
        }
    }
    // From version 7 on: the declined invitation's story and a worker still to be told of a new time.
    const int notices = fromVersion >= 7 ? 1 : 0;
    auto told = ChangeNoticeRepository(db).listForRequest(talk->id);
    QVERIFY(told.ok());
    QCOMPARE(told->size(), notices);
    for (const Invitation &i : *invitations) {
        auto story = InvitationRepository(db).history(i.id);
        QVERIFY(story.ok());
        const bool kept = fromVersion >= 7 && i.response == InvitationResponse::Declined;
        QCOMPARE(story->size(), kept ? 1 : 0);
        if (kept)
            QCOMPARE(story->first().reason, QStringLiteral("Ei sovi aikatauluun"));
    }
    auto accepted = InvitationRepository(db).acceptedCount(talk->id);
    QVERIFY(accepted.ok());
    QCOMPARE(*accepted, 1);
    auto engagements = EngagementRepository(db).listForRequest(talk->id);
    QVERIFY(engagements.ok());
    QCOMPARE(engagements->size(), 1);
    QCOMPARE(engagements->first().workerId, aino->id);
    QCOMPARE(engagements->first().invitationId, acceptedId);
    QCOMPARE(engagements->first().starts, utc(2025, 10, 21, 12));
    QCOMPARE(engagements->first().feeCents, qint64(15000));
    QCOMPARE(engagements->first().travelCents, qint64(1250));
    QVERIFY(engagements->first().preparationDone);

    // The work date (a local day): a file from before 6 gets Request::workDate() from the upgrade, worked out here;
    // one from 6 on keeps what was written where it was made (2025-10-21: noon UTC, made in UTC). And the inbox finds
    // the requests by a word (on SQLite through the search index of schema 5).
    auto review = requests.findByReference(QStringLiteral("2025-0008"));
    QVERIFY(review.ok());
    QCOMPARE(review->deadline, QDate(2025, 11, 30));
    QCOMPARE(review->workDate(), QDate(2025, 11, 30));
    QCOMPARE(talk->workDate(), utc(2025, 10, 21, 12).toLocalTime().date());
    for (const Request *r : { &*talk, &*review }) {
        RequestInboxFilter one;
        one.ids = { r->id };
        auto summary = RequestInboxQuery(db).fetch(one, {}, 0, 1);
        QVERIFY(summary.ok() && summary->size() == 1);
        const QDate stored
            = fromVersion >= 6 ? (r == &*talk ? QDate(2025, 10, 21) : QDate(2025, 11, 30)) : r->workDate();
        QCOMPARE(summary->first().workDate, stored);
    }
    RequestInboxFilter search;
    search.text = QStringLiteral("selkokielisyyden");
    auto found = RequestInboxQuery(db).fetch(search, {}, 0, 5);
    QVERIFY2(found.ok(), qPrintable(found.error().message));
    QCOMPARE(found->size(), 1);
    QCOMPARE(found->first().reference, QStringLiteral("2025-0008"));

    // What versions after 1 hold: an edited ranking weight (2) and the group's first meeting day (3); a file from
    // before has the defaults the upgrade put in.
    auto weights = RankingWeightsRepository(db).load();
    QVERIFY(weights.ok());
    QCOMPARE(weights->value(RankingWeights::Key::ExperienceExact), fromVersion >= 2 ? 45.0 : 40.0);
    auto rhythm = GroupMeetingRhythmRepository(db).load();
    QVERIFY(rhythm.ok());
    QCOMPARE(rhythm->firstMeeting, fromVersion >= 3 ? QDate(2025, 1, 7) : QDate());

    auto audit = AuditRepository(db).forRecord(QStringLiteral("workers"), aino->id);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().actor, QStringLiteral("kaisa"));
}

QTEST_GUILESS_MAIN(TestSchemaUpgrades)
#include "tst_schema_upgrades.moc"
