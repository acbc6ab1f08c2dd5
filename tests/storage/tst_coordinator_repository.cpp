// Coordinator accounts on both backends: every field and role round-trips, usernames are unique without regard to
// case, stale saves are conflicts, changes are audited and bad input writes nothing.
#include "TestDatabase.h"

#include "repositories/CoordinatorRepository.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
int countRows(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toInt() : -1;
}

qint64 insertOrganisation(Database &db, const QString &name)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO organisations (name, version) VALUES (?, 1) RETURNING id"));
    q.bind(name);
    auto id = q.scalar();
    return id ? id->toLongLong() : 0;
}

QVector<int> footprint(Database &db)
{
    return { countRows(db, QStringLiteral("SELECT COUNT(*) FROM coordinators")),
             countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")) };
}

QString difference(const Coordinator &a, const Coordinator &b)
{
    QStringList d;
    const auto check = [&d](bool same, const char *field) {
        if (!same)
            d << QString::fromLatin1(field);
    };
    check(a.id == b.id, "id");
    check(a.version == b.version, "version");
    check(a.username == b.username, "username");
    check(a.displayName == b.displayName, "displayName");
    check(a.email == b.email, "email");
    check(a.role == b.role, "role");
    check(a.organisationId == b.organisationId, "organisationId");
    check(a.active == b.active, "active");
    return d.join(QStringLiteral(", "));
}

Coordinator anna()
{
    Coordinator c;
    c.username = QStringLiteral("anna.lehtinen");
    c.displayName = QStringLiteral("Anna Lehtinen");
    c.email = QStringLiteral("anna.lehtinen@kohtaamo.example");
    return c;
}
} // namespace

class TestCoordinatorRepository : public QObject
{
    Q_OBJECT
private slots:
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void usernameIsCaseInsensitiveAndUnique();
    void listIsOrderedByName();
    void changesAreAudited();
    void invalidInputChangesNothing_data();
    void invalidInputChangesNothing();
    void staleSaveIsAConflictAndChangesNothing();
    void unknownCoordinatorIsNotFound();
};

void TestCoordinatorRepository::roundTripsEveryField_data()
{
    QTest::addColumn<CoordinatorRole>("role");
    QTest::addColumn<bool>("withOrganisation");
    QTest::addColumn<QString>("email");
    QTest::addColumn<bool>("active");
    QTest::newRow("admin of an organisation")
        << CoordinatorRole::Admin << true << QStringLiteral("a@b.example") << true;
    QTest::newRow("coordinator without organisation or email")
        << CoordinatorRole::Coordinator << false << QString() << true;
    QTest::newRow("inactive viewer") << CoordinatorRole::Viewer << true << QStringLiteral("viewer@b.example") << false;
}

void TestCoordinatorRepository::roundTripsEveryField()
{
    QFETCH(CoordinatorRole, role);
    QFETCH(bool, withOrganisation);
    QFETCH(QString, email);
    QFETCH(bool, active);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    auto other = t.openOrFail();
    QVERIFY(db && other);
    CoordinatorRepository repo(*db);

    Coordinator c;
    c.username = QStringLiteral("mikael.sjoberg");
    c.displayName = QStringLiteral("Mikael Sjöberg");
    c.email = email;
    c.role = role;
    c.organisationId = withOrganisation ? insertOrganisation(*db, QStringLiteral("Lastensuojelun keskusliitto")) : 0;
    c.active = active;
    auto saved = repo.save(c);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    Coordinator expected = c;
    expected.id = saved->id;
    expected.version = 1;
    QCOMPARE(difference(*saved, expected), QString());

    auto read = CoordinatorRepository(*other).get(saved->id);
    QVERIFY(read.ok());
    QCOMPARE(difference(*read, expected), QString());
    // The role is stored as its code.
    QCOMPARE(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM coordinators WHERE id = ? AND role = ?"),
                       { saved->id, toCode(role) }),
             1);
    QCOMPARE(countRows(*db,
                       QStringLiteral("SELECT COUNT(*) FROM coordinators WHERE id = ? AND organisation_id IS NULL"),
                       { saved->id }),
             withOrganisation ? 0 : 1);
}

void TestCoordinatorRepository::usernameIsCaseInsensitiveAndUnique()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    CoordinatorRepository repo(*db);
    Coordinator c = anna();
    c.username = QStringLiteral("  Anna.Lehtinen ");
    auto saved = repo.save(c);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(saved->username, QStringLiteral("anna.lehtinen"));
    auto found = repo.findByUsername(QStringLiteral("ANNA.LEHTINEN"));
    QVERIFY(found.ok());
    QCOMPARE(found->id, saved->id);
    auto missing = repo.findByUsername(QStringLiteral("anna"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);

    const auto before = footprint(*db);
    Coordinator twin = anna();
    twin.username = QStringLiteral("ANNA.lehtinen");
    twin.displayName = QStringLiteral("Another Anna");
    auto dup = repo.save(twin);
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, Error::Code::InvalidInput);
    QCOMPARE(dup.error().detail, QStringLiteral("username"));
    QVERIFY2(dup.error().message.contains(QStringLiteral("anna.lehtinen")), qPrintable(dup.error().message));
    QCOMPARE(footprint(*db), before);

    // Saving the account itself again is not a duplicate of itself.
    Coordinator same = *saved;
    same.displayName = QStringLiteral("Anna K. Lehtinen");
    QVERIFY(repo.save(same).ok());
}

void TestCoordinatorRepository::listIsOrderedByName()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    CoordinatorRepository repo(*db);
    QVERIFY(repo.list()->isEmpty());
    for (const auto &[user, name] : { std::pair { "leena", "Leena Rantala" }, std::pair { "anna", "Anna Lehtinen" },
                                      std::pair { "mikael", "Mikael Sjöberg" } }) {
        Coordinator c;
        c.username = QString::fromUtf8(user);
        c.displayName = QString::fromUtf8(name);
        QVERIFY(repo.save(c).ok());
    }
    auto all = repo.list();
    QVERIFY(all.ok());
    QStringList names;
    for (const Coordinator &c : *all)
        names << c.username;
    QCOMPARE(names, (QStringList { QStringLiteral("anna"), QStringLiteral("leena"), QStringLiteral("mikael") }));
}

void TestCoordinatorRepository::changesAreAudited()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    db->setActor(QStringLiteral("admin"));
    CoordinatorRepository repo(*db);
    auto saved = repo.save(anna());
    QVERIFY(saved.ok());
    Coordinator changed = *saved;
    changed.role = CoordinatorRole::Admin;
    changed.active = false;
    auto updated = repo.save(changed);
    QVERIFY(updated.ok());
    QCOMPARE(updated->version, 2);
    // Unchanged: nothing written.
    const auto before = footprint(*db);
    QCOMPARE(repo.save(*updated)->version, 2);
    QCOMPARE(footprint(*db), before);

    SqlQuery q(*db,
               QStringLiteral("SELECT action, actor, changes FROM audit_log WHERE table_name = ? AND record_id = ? "
                              "ORDER BY id"));
    q.bindAll({ QStringLiteral("coordinators"), saved->id });
    QVERIFY(q.exec());
    QStringList actions;
    QJsonObject last;
    while (q.next()) {
        actions << q.value(0).toString();
        QCOMPARE(q.value(1).toString(), QStringLiteral("admin"));
        last = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
    }
    QCOMPARE(actions, (QStringList { QStringLiteral("insert"), QStringLiteral("update") }));
    QStringList keys = last.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList { QStringLiteral("active"), QStringLiteral("role") }));
    QCOMPARE(last.value(QStringLiteral("role")).toObject().value(QStringLiteral("old")).toString(),
             QStringLiteral("coordinator"));
    QCOMPARE(last.value(QStringLiteral("role")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("admin"));
}

namespace {
using CoordinatorMutation = std::function<void(Coordinator &)>;
}
Q_DECLARE_METATYPE(CoordinatorMutation)

void TestCoordinatorRepository::invalidInputChangesNothing_data()
{
    QTest::addColumn<CoordinatorMutation>("mutate");
    QTest::addColumn<QString>("field");
    QTest::newRow("blank username") << CoordinatorMutation([](Coordinator &c) { c.username = QStringLiteral("  "); })
                                    << QStringLiteral("username");
    QTest::newRow("username with a space")
        << CoordinatorMutation([](Coordinator &c) { c.username = QStringLiteral("anna lehtinen"); })
        << QStringLiteral("username");
    QTest::newRow("username with a letter outside a-z")
        << CoordinatorMutation([](Coordinator &c) { c.username = QStringLiteral("sjöberg"); })
        << QStringLiteral("username");
    QTest::newRow("username too long") << CoordinatorMutation([](Coordinator &c) {
        c.username = QString(65, QLatin1Char('a'));
    }) << QStringLiteral("username");
    QTest::newRow("no name") << CoordinatorMutation([](Coordinator &c) { c.displayName = QStringLiteral(" \t"); })
                             << QStringLiteral("displayName");
    QTest::newRow("name too long") << CoordinatorMutation([](Coordinator &c) {
        c.displayName = QString(201, QLatin1Char('x'));
    }) << QStringLiteral("displayName");
    QTest::newRow("email without @") << CoordinatorMutation([](Coordinator &c) {
        c.email = QStringLiteral("anna.example.org");
    }) << QStringLiteral("email");
    QTest::newRow("organisation does not exist")
        << CoordinatorMutation([](Coordinator &c) { c.organisationId = 424242; }) << QStringLiteral("organisationId");
    QTest::newRow("taken username") << CoordinatorMutation([](Coordinator &c) { c.username = QStringLiteral("taken"); })
                                    << QStringLiteral("username");
}

void TestCoordinatorRepository::invalidInputChangesNothing()
{
    QFETCH(CoordinatorMutation, mutate);
    QFETCH(QString, field);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    CoordinatorRepository repo(*db);
    Coordinator taken;
    taken.username = QStringLiteral("taken");
    taken.displayName = QStringLiteral("Somebody Else");
    QVERIFY(repo.save(taken).ok());
    auto stored = repo.save(anna());
    QVERIFY(stored.ok());
    const auto before = footprint(*db);

    Coordinator fresh = anna();
    fresh.username = QStringLiteral("fresh");
    mutate(fresh);
    auto created = repo.save(fresh);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, Error::Code::InvalidInput);
    QCOMPARE(created.error().detail, field);
    QVERIFY(!created.error().message.isEmpty());
    QCOMPARE(footprint(*db), before);

    Coordinator changed = *stored;
    mutate(changed);
    auto updated = repo.save(changed);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, Error::Code::InvalidInput);
    QCOMPARE(footprint(*db), before);
    QCOMPARE(difference(*repo.get(stored->id), *stored), QString());
}

void TestCoordinatorRepository::staleSaveIsAConflictAndChangesNothing()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto first = t.openOrFail();
    auto second = t.openOrFail();
    QVERIFY(first && second);
    first->setActor(QStringLiteral("anna"));
    second->setActor(QStringLiteral("bertil"));
    CoordinatorRepository repoA(*first);
    CoordinatorRepository repoB(*second);
    Coordinator c;
    c.username = QStringLiteral("leena.rantala");
    c.displayName = QStringLiteral("Leena Rantala");
    auto created = repoA.save(c);
    QVERIFY(created.ok());

    Coordinator a = *repoA.get(created->id);
    Coordinator b = *repoB.get(created->id);
    a.email = QStringLiteral("leena@a.example");
    QVERIFY(repoA.save(a).ok());

    const auto before = footprint(*second);
    b.role = CoordinatorRole::Admin;
    auto clash = repoB.save(b);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    QVERIFY2(clash.error().message.contains(QStringLiteral("Leena Rantala")), qPrintable(clash.error().message));
    QVERIFY2(clash.error().message.contains(QStringLiteral("anna")), qPrintable(clash.error().message));
    QCOMPARE(footprint(*second), before);
    auto now = repoB.get(created->id);
    QCOMPARE(now->role, CoordinatorRole::Coordinator);
    QCOMPARE(now->email, QStringLiteral("leena@a.example"));
    QCOMPARE(now->version, 2);
}

void TestCoordinatorRepository::unknownCoordinatorIsNotFound()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    CoordinatorRepository repo(*db);
    QCOMPARE(repo.get(31337).error().code, Error::Code::NotFound);
    Coordinator ghost = anna();
    ghost.id = 31337;
    ghost.version = 1;
    const auto before = footprint(*db);
    auto saved = repo.save(ghost);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, Error::Code::NotFound);
    QCOMPARE(footprint(*db), before);
}

QTEST_GUILESS_MAIN(TestCoordinatorRepository)
#include "tst_coordinator_repository.moc"
