// Opening, creating, migrating and refusing databases; the conflict rule and the audit log, on both backends.
#include "TestDatabase.h"

#include "repositories/OrganisationRepository.h"
#include "repositories/RequestRepository.h"
#include "requests/RequestInboxQuery.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
QByteArray fileHash(const QString &path)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    return QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256);
}

int countRows(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toInt() : -1;
}
} // namespace

class TestDatabaseOpen : public QObject
{
    Q_OBJECT
private slots:
    void newDatabaseIsAtCurrentVersionWithSeeds();
    void migratesFromEveryEarlierVersion_data();
    void migratesFromEveryEarlierVersion();
    void refusesNewerSchemaAndLeavesItUntouched();
    void refusesForeignDatabase();
    void refusesFileThatIsNotADatabase();
    void failedMigrationChangesNothing();
    void sqliteFileIsPrivate();
    void concurrentSaveIsAConflictNotALostUpdate();
    void everyChangeIsAudited();
    void invalidInputChangesNothing();
    void nestedTransactionFailureRollsBackOuter();
};

void TestDatabaseOpen::newDatabaseIsAtCurrentVersionWithSeeds()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrator::currentVersion());
    QVERIFY(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM topics")) >= 40);
    QVERIFY(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM service_types")) >= 8);
    // The taxonomy is a tree: emergency placement sits under placement under child protection.
    QCOMPARE(countRows(*db,
                       QStringLiteral("SELECT COUNT(*) FROM topics c JOIN topics p ON c.parent_id = p.id "
                                      "JOIN topics g ON p.parent_id = g.id WHERE c.code = ? AND g.code = ?"),
                       { QStringLiteral("child_protection.placement.emergency"), QStringLiteral("child_protection") }),
             1);
}

void TestDatabaseOpen::migratesFromEveryEarlierVersion_data()
{
    QTest::addColumn<int>("fromVersion");
    for (int v = 0; v < Migrator::currentVersion(); ++v)
        QTest::addRow("from v%d", v) << v;
}

void TestDatabaseOpen::migratesFromEveryEarlierVersion()
{
    QFETCH(int, fromVersion);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    if (fromVersion > 0) {
        Database::OpenOptions old;
        old.targetVersion = fromVersion;
        auto db = t.openOrFail(old);
        QVERIFY(db);
        QCOMPARE(db->schemaVersion(), fromVersion);
        // Data written at the old version must survive the upgrade.
        SqlQuery q(*db, QStringLiteral("INSERT INTO organisations (name, version) VALUES (?, 1)"));
        q.bind(QStringLiteral("Survivor ry"));
        QVERIFY(q.exec());
        SqlQuery request(*db,
                         QStringLiteral("INSERT INTO requests (reference, received_on, requester_name, title) "
                                        "VALUES (?, ?, ?, ?)"));
        request.bindAll({ QStringLiteral("TK-OLD-1"), QStringLiteral("2026-01-05"), QStringLiteral("Survivor"),
                          QStringLiteral("Vanha säilynyt pyyntö") });
        QVERIFY(request.exec());
        // Three more for the work date the upgrade to version 6 works out: a deadline only, two proposed times, and
        // two with the later one chosen.
        for (const char *reference : { "TK-OLD-2", "TK-OLD-3", "TK-OLD-4" }) {
            SqlQuery more(*db,
                          QStringLiteral("INSERT INTO requests (reference, received_on, requester_name, title, "
                                         "deadline) VALUES (?, '2026-01-05', 'Survivor', 'Aika', '2026-03-01')"));
            more.bind(QString::fromLatin1(reference));
            QVERIFY(more.exec());
        }
        for (const auto &[reference, day, chosen] :
             { std::tuple { "TK-OLD-3", 10, false }, std::tuple { "TK-OLD-3", 20, false },
               std::tuple { "TK-OLD-4", 10, false }, std::tuple { "TK-OLD-4", 20, true } }) {
            SqlQuery option(*db,
                            QStringLiteral("INSERT INTO request_date_options (request_id, starts_at, chosen) "
                                           "SELECT id, ?, ? FROM requests WHERE reference = ?"));
            option.bindAll({ SqlQuery::fromDateTime(QDateTime(QDate(2026, 2, day), QTime(10, 0))), chosen,
                             QString::fromLatin1(reference) });
            QVERIFY(option.exec());
        }
        if (fromVersion >= 6) {
            // From version 6 on the application stores the work date with every save (RequestRepository); these raw
            // inserts must do what it does.
            for (const auto &[reference, day] :
                 { std::pair { "TK-OLD-2", "2026-03-01" }, std::pair { "TK-OLD-3", "2026-02-10" },
                   std::pair { "TK-OLD-4", "2026-02-20" } }) {
                SqlQuery work(*db, QStringLiteral("UPDATE requests SET work_date = ? WHERE reference = ?"));
                work.bindAll({ QString::fromLatin1(day), QString::fromLatin1(reference) });
                QVERIFY(work.exec());
            }
        }
    }
    auto db = t.openOrFail();
    QVERIFY(db);
    QCOMPARE(db->schemaVersion(), Migrator::currentVersion());
    if (fromVersion > 0) {
        QCOMPARE(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM organisations WHERE name = ?"),
                           { QStringLiteral("Survivor ry") }),
                 1);
        // The inbox finds what was there before (on SQLite through the search index the upgrade fills).
        RequestInboxFilter search;
        search.text = QStringLiteral("SÄILYNYT old-1");
        auto found = RequestInboxQuery(*db).count(search);
        QVERIFY2(found.ok(), qPrintable(found.error().message));
        QCOMPARE(*found, 1);
        // The stored work date is Request::workDate(), on every backend.
        for (const auto &[reference, expected] :
             { std::pair { "TK-OLD-1", QDate() }, std::pair { "TK-OLD-2", QDate(2026, 3, 1) },
               std::pair { "TK-OLD-3", QDate(2026, 2, 10) }, std::pair { "TK-OLD-4", QDate(2026, 2, 20) } }) {
            auto r = RequestRepository(*db).findByReference(QString::fromLatin1(reference));
            QVERIFY2(r.ok(), reference);
            QCOMPARE(r->workDate(), expected);
            RequestInboxFilter one;
            one.ids = { r->id };
            auto summary = RequestInboxQuery(*db).fetch(one, {}, 0, 1);
            QVERIFY(summary.ok() && summary->size() == 1);
            QCOMPARE(summary->first().workDate, expected);
        }
        if (!TestDatabase::postgres()) {
            QVERIFY2(!db->lastBackupPath().isEmpty(), "an SQLite file is backed up before it is migrated");
            QVERIFY(QFileInfo::exists(db->lastBackupPath()));
        }
    }
}

void TestDatabaseOpen::refusesNewerSchemaAndLeavesItUntouched()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    {
        auto db = t.openOrFail();
        QVERIFY(db);
        SqlQuery q(*db, QStringLiteral("UPDATE kohtaamo_meta SET value = ? WHERE key = 'schema_version'"));
        q.bind(QString::number(Migrator::currentVersion() + 1));
        QVERIFY(q.exec());
        if (!TestDatabase::postgres()) {
            QVERIFY(SqlQuery::runStatement(*db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")));
        }
    }
    const QByteArray before = TestDatabase::postgres() ? QByteArray() : fileHash(t.location().path);
    auto r = t.open();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::NewerSchema);
    QVERIFY2(r.error().message.contains(QStringLiteral("newer")), qPrintable(r.error().message));
    if (!TestDatabase::postgres())
        QCOMPARE(fileHash(t.location().path), before);
}

void TestDatabaseOpen::refusesForeignDatabase()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    {
        // Somebody else's database with a table of its own.
        Database::OpenOptions raw;
        raw.targetVersion = 0;
        auto db = t.openOrFail(raw);
        QVERIFY(db);
        QVERIFY(SqlQuery::runStatement(
            *db, QStringLiteral("CREATE TABLE invoices (id INTEGER PRIMARY KEY, amount INTEGER)")));
    }
    const QByteArray before = TestDatabase::postgres() ? QByteArray() : fileHash(t.location().path);
    auto r = t.open();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::ForeignDatabase);
    if (!TestDatabase::postgres())
        QCOMPARE(fileHash(t.location().path), before);
    // Still only the foreign table: nothing was created in it.
    auto again = t.open();
    QVERIFY(!again.ok());
}

void TestDatabaseOpen::refusesFileThatIsNotADatabase()
{
    if (TestDatabase::postgres())
        QSKIP("a file-level check: a PostgreSQL location is always a database on the server, so there is no file to "
              "mistake for one (foreign content there is refusesForeignDatabase)");
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    {
        QFile f(t.location().path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("These are a coordinator's meeting notes, not a database.\n");
    }
    const QByteArray before = fileHash(t.location().path);
    auto r = t.open();
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::ForeignDatabase);
    QCOMPARE(fileHash(t.location().path), before);
}

void TestDatabaseOpen::failedMigrationChangesNothing()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    QTemporaryDir dir;
    const QString script = dir.filePath(QStringLiteral("broken.sql"));
    {
        QFile f(script);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("CREATE TABLE half_done (id INTEGER);\nTHIS IS NOT SQL;\n");
    }
    QVector<Migrator::Step> steps = Migrator::steps();
    steps.append({ Migrator::currentVersion() + 1, QStringLiteral("broken"), { script } });
    const Status s = Migrator::migrate(*db, -1, steps);
    QVERIFY(!s.ok());
    QCOMPARE(db->schemaVersion(), Migrator::currentVersion());
    SqlQuery q(*db, db->dialect().listTablesSql());
    QVERIFY(q.exec());
    while (q.next())
        QVERIFY2(q.value(0).toString() != QLatin1String("half_done"), "a failed step must roll back entirely");
}

void TestDatabaseOpen::sqliteFileIsPrivate()
{
    if (TestDatabase::postgres())
        QSKIP("file permissions of the SQLite file; a PostgreSQL server's access rights are its administrator's, "
              "Kohtaamo sets none");
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const auto perms = QFileInfo(t.location().path).permissions();
    QVERIFY(perms & QFile::ReadOwner);
    QVERIFY(!(perms & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther)));
}

void TestDatabaseOpen::concurrentSaveIsAConflictNotALostUpdate()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto first = t.openOrFail();
    auto second = t.openOrFail();
    QVERIFY(first && second);
    first->setActor(QStringLiteral("anna"));
    second->setActor(QStringLiteral("bertil"));

    OrganisationRepository repoA(*first);
    OrganisationRepository repoB(*second);
    Organisation o;
    o.name = QStringLiteral("Perhekuntoutuskeskus Lauste");
    auto created = repoA.save(o);
    QVERIFY2(created.ok(), qPrintable(created.error().message));

    auto readByA = repoA.get(created->id);
    auto readByB = repoB.get(created->id);
    QVERIFY(readByA && readByB);

    Organisation a = *readByA;
    a.contact = QStringLiteral("anna@example.org");
    QVERIFY(repoA.save(a).ok());

    Organisation b = *readByB;
    b.contact = QStringLiteral("bertil@example.org");
    auto clash = repoB.save(b);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    QVERIFY2(clash.error().message.contains(o.name), qPrintable(clash.error().message));
    QVERIFY2(clash.error().message.contains(QStringLiteral("anna")), qPrintable(clash.error().message));

    auto now = repoB.get(created->id);
    QVERIFY(now);
    QCOMPARE(now->contact, QStringLiteral("anna@example.org"));
    QCOMPARE(now->version, 2);

    // After reloading, the second coordinator can save.
    Organisation reloaded = *now;
    reloaded.contact = QStringLiteral("bertil@example.org");
    auto saved = repoB.save(reloaded);
    QVERIFY(saved.ok());
    QCOMPARE(saved->version, 3);
}

void TestDatabaseOpen::everyChangeIsAudited()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    db->setActor(QStringLiteral("coordinator-a"));
    OrganisationRepository repo(*db);
    Organisation o;
    o.name = QStringLiteral("Äimä ry");
    auto created = repo.save(o);
    QVERIFY(created);
    Organisation changed = *created;
    changed.region = QStringLiteral("Uusimaa");
    QVERIFY(repo.save(changed));
    // Saving without a change writes nothing.
    auto same = repo.get(created->id);
    QVERIFY(repo.save(*same));

    SqlQuery q(*db,
               QStringLiteral(
                   "SELECT action, actor, changes FROM audit_log WHERE table_name = ? AND record_id = ? ORDER BY id"));
    q.bindAll({ QStringLiteral("organisations"), created->id });
    QVERIFY(q.exec());
    QStringList actions;
    QJsonObject lastChanges;
    while (q.next()) {
        actions << q.value(0).toString();
        QCOMPARE(q.value(1).toString(), QStringLiteral("coordinator-a"));
        lastChanges = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    }
    QCOMPARE(actions, (QStringList { QStringLiteral("insert"), QStringLiteral("update") }));
    QCOMPARE(lastChanges.keys(), QStringList { QStringLiteral("region") });
    QCOMPARE(lastChanges.value(QStringLiteral("region")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("Uusimaa"));
}

void TestDatabaseOpen::invalidInputChangesNothing()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    OrganisationRepository repo(*db);
    Organisation blank;
    blank.name = QStringLiteral("   ");
    auto r = repo.save(blank);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QVERIFY(!r.error().message.isEmpty());

    Organisation o;
    o.name = QStringLiteral("Ehjä ry");
    QVERIFY(repo.save(o));
    auto dup = repo.save(o); // same name again
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, Error::Code::InvalidInput);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM organisations")), 1);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'organisations'")), 1);
}

void TestDatabaseOpen::nestedTransactionFailureRollsBackOuter()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    OrganisationRepository repo(*db);
    {
        Transaction outer(*db);
        Organisation a;
        a.name = QStringLiteral("First ry");
        QVERIFY(repo.save(a)); // commits only its inner level
        {
            Transaction inner(*db);
            // leaves without commit: the whole outer transaction must fail
        }
        QVERIFY(!outer.commit().ok());
    }
    QCOMPARE(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM organisations")), 0);
}

QTEST_GUILESS_MAIN(TestDatabaseOpen)
#include "tst_database.moc"
