// Organisations in the database: add, rename and deactivate (each audited), a duplicate name refused, and a stale
// save reported as a conflict that changes nothing; on both backends.
#include "TestDatabase.h"

#include "repositories/AuditRepository.h"
#include "repositories/OrganisationRepository.h"

#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

class TestOrganisationRepository : public QObject
{
    Q_OBJECT
private slots:
    void addRenameAndDeactivateAreAudited();
    void listIsOrderedByName();
    void duplicateNameIsRefused();
    void emptyNameIsRefused();
    void staleSaveIsAConflictAndChangesNothing();
};

void TestOrganisationRepository::addRenameAndDeactivateAreAudited()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    OrganisationRepository repo(*db);
    Organisation o;
    o.name = QStringLiteral("  Pesäpuu ry ");
    o.region = QStringLiteral("Keski-Suomi");
    auto added = repo.save(o);
    QVERIFY2(added.ok(), qPrintable(added.error().message));
    QCOMPARE(added->name, QStringLiteral("Pesäpuu ry"));
    QCOMPARE(added->version, 1);
    QVERIFY(added->active);

    Organisation renamed = *added;
    renamed.name = QStringLiteral("Pesäpuu");
    auto r = repo.save(renamed);
    QVERIFY(r.ok());
    Organisation off = *r;
    off.active = false;
    auto d = repo.save(off);
    QVERIFY(d.ok());
    QCOMPARE(d->version, 3);

    const Organisation stored = *repo.get(added->id);
    QCOMPARE(stored.name, QStringLiteral("Pesäpuu"));
    QCOMPARE(stored.region, QStringLiteral("Keski-Suomi"));
    QVERIFY(!stored.active);
    QCOMPARE(stored.version, 3);

    auto history = AuditRepository(*db).forRecord(QStringLiteral("organisations"), added->id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 3);
    bool sawRename = false;
    bool sawDeactivate = false;
    for (const AuditEntry &e : *history) {
        sawRename = sawRename || e.changes.contains(QStringLiteral("name"));
        sawDeactivate
            = sawDeactivate || (e.action == QLatin1String("update") && e.changes.contains(QStringLiteral("active")));
    }
    QVERIFY(sawRename);
    QVERIFY(sawDeactivate);
}

void TestOrganisationRepository::listIsOrderedByName()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    OrganisationRepository repo(*db);
    for (const char *name : { "Väestöliitto", "Ensi- ja turvakotien liitto", "Lastensuojelun Keskusliitto" }) {
        Organisation o;
        o.name = QString::fromUtf8(name);
        QVERIFY(repo.save(o).ok());
    }
    const QVector<Organisation> all = *repo.list();
    QCOMPARE(all.size(), 3);
    QCOMPARE(all.at(0).name, QStringLiteral("Ensi- ja turvakotien liitto"));
    QCOMPARE(all.at(2).name, QStringLiteral("Väestöliitto"));
}

void TestOrganisationRepository::duplicateNameIsRefused()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    OrganisationRepository repo(*db);
    Organisation a;
    a.name = QStringLiteral("Pesäpuu ry");
    QVERIFY(repo.save(a).ok());
    Organisation b;
    b.name = QStringLiteral("Pesäpuu ry");
    auto refused = repo.save(b);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(refused.error().detail, QStringLiteral("name"));
    QCOMPARE(repo.list()->size(), 1);
}

void TestOrganisationRepository::emptyNameIsRefused()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    Organisation o;
    o.name = QStringLiteral("   ");
    auto refused = OrganisationRepository(*db).save(o);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(OrganisationRepository(*db).list()->size(), 0);
}

void TestOrganisationRepository::staleSaveIsAConflictAndChangesNothing()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto mine = t.openOrFail();
    auto theirs = t.openOrFail();
    QVERIFY(mine && theirs);
    Organisation o;
    o.name = QStringLiteral("Pesäpuu ry");
    const Organisation read = *OrganisationRepository(*mine).save(o);

    Organisation their = read;
    their.region = QStringLiteral("Uusimaa");
    QVERIFY(OrganisationRepository(*theirs).save(their).ok());

    Organisation stale = read;
    stale.name = QStringLiteral("Pesäpuu");
    auto refused = OrganisationRepository(*mine).save(stale);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    const Organisation stored = *OrganisationRepository(*mine).get(read.id);
    QCOMPARE(stored.name, QStringLiteral("Pesäpuu ry"));
    QCOMPARE(stored.region, QStringLiteral("Uusimaa"));
    QCOMPARE(stored.version, 2);
}

QTEST_GUILESS_MAIN(TestOrganisationRepository)
#include "tst_organisation_repository.moc"
