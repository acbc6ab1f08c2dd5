// The topic taxonomy and the service types on both backends: every field round-trips, topics are renamed, moved
// and retired with an audit entry, a move that would make a cycle is refused, stale saves are conflicts and bad
// input writes nothing.
#include "TestDatabase.h"

#include "repositories/TopicRepository.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>
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

QVector<int> footprint(Database &db)
{
    return { countRows(db, QStringLiteral("SELECT COUNT(*) FROM topics")),
             countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")) };
}

// The changes of the latest audit entry of a record, and its action.
QPair<QString, QJsonObject> lastAudit(Database &db, const QString &table, qint64 id)
{
    SqlQuery q(db,
               QStringLiteral("SELECT action, changes FROM audit_log WHERE table_name = ? AND record_id = ? "
                              "ORDER BY id DESC LIMIT 1"));
    q.bindAll({ table, id });
    if (!q.exec() || !q.next())
        return {};
    return { q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object() };
}

QString difference(const Topic &a, const Topic &b)
{
    QStringList d;
    const auto check = [&d](bool same, const char *field) {
        if (!same)
            d << QString::fromLatin1(field);
    };
    check(a.id == b.id, "id");
    check(a.version == b.version, "version");
    check(a.parentId == b.parentId, "parentId");
    check(a.code == b.code, "code");
    check(a.nameFi == b.nameFi, "nameFi");
    check(a.nameSv == b.nameSv, "nameSv");
    check(a.nameEn == b.nameEn, "nameEn");
    check(a.heavy == b.heavy, "heavy");
    check(a.retired == b.retired, "retired");
    check(a.sortOrder == b.sortOrder, "sortOrder");
    return d.join(QStringLiteral(", "));
}

Topic newTopic(const QString &code, qint64 parentId = 0)
{
    Topic t;
    t.code = code;
    t.parentId = parentId;
    t.nameFi = QStringLiteral("Aihe ") + code;
    t.nameSv = QStringLiteral("Ämne ") + code;
    t.nameEn = QStringLiteral("Topic ") + code;
    return t;
}
} // namespace

class TestTopicRepository : public QObject
{
    Q_OBJECT
private slots:
    void listIsOrderedByParentThenSortOrder();
    void roundTripsEveryField_data();
    void roundTripsEveryField();
    void findByCode();
    void renameMoveAndRetireAreAudited();
    void unchangedSaveChangesNothing();
    void moveThatWouldMakeACycleIsRefused_data();
    void moveThatWouldMakeACycleIsRefused();
    void invalidInputChangesNothing_data();
    void invalidInputChangesNothing();
    void codeCannotChange();
    void staleSaveIsAConflictAndChangesNothing();
    void unknownTopicIsNotFound();
    void listsServiceTypesInTheirOrder();
};

void TestTopicRepository::listIsOrderedByParentThenSortOrder()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    TopicRepository repo(*db);
    // A new top-level topic sorted first among the top level, and one sorted last among placement's children.
    const qint64 placement = repo.findByCode(QStringLiteral("child_protection.placement"))->id;
    Topic first = newTopic(QStringLiteral("aaa_first"));
    first.sortOrder = -5;
    QVERIFY(repo.save(first).ok());
    Topic last = newTopic(QStringLiteral("child_protection.placement.zzz"), placement);
    last.sortOrder = 99;
    QVERIFY(repo.save(last).ok());

    auto all = repo.list();
    QVERIFY2(all.ok(), qPrintable(all.error().message));
    QCOMPARE(all->size(), countRows(*db, QStringLiteral("SELECT COUNT(*) FROM topics")));
    QCOMPARE(all->first().code, QStringLiteral("aaa_first"));
    bool childSeen = false;
    for (int i = 0; i < all->size(); ++i) {
        const Topic &topic = all->at(i);
        if (topic.parentId != 0)
            childSeen = true;
        else
            QVERIFY2(!childSeen, "top-level topics come before every subtopic");
        if (i > 0) {
            const Topic &prev = all->at(i - 1);
            QVERIFY(prev.parentId <= topic.parentId);
            if (prev.parentId == topic.parentId)
                QVERIFY(prev.sortOrder < topic.sortOrder || (prev.sortOrder == topic.sortOrder && prev.id < topic.id));
        }
    }
    QVector<QString> placementChildren;
    for (const Topic &topic : *all) {
        if (topic.parentId == placement)
            placementChildren << topic.code;
    }
    QCOMPARE(placementChildren.constLast(), QStringLiteral("child_protection.placement.zzz"));
    QCOMPARE(placementChildren.constFirst(), QStringLiteral("child_protection.placement.emergency"));
}

void TestTopicRepository::roundTripsEveryField_data()
{
    QTest::addColumn<bool>("underParent");
    QTest::addColumn<QString>("nameFi");
    QTest::addColumn<QString>("nameSv");
    QTest::addColumn<QString>("nameEn");
    QTest::addColumn<bool>("heavy");
    QTest::addColumn<bool>("retired");
    QTest::addColumn<int>("sortOrder");
    QTest::newRow("top level, all names, flags off") << false << QStringLiteral("Ero") << QStringLiteral("Skilsmässa")
                                                     << QStringLiteral("Divorce") << false << false << 3;
    QTest::newRow("subtopic, heavy and retired")
        << true << QStringLiteral("Väkivalta kotona ä ö å") << QStringLiteral("Våld i hemmet")
        << QStringLiteral("Violence at home") << true << true << -2;
    QTest::newRow("Finnish name only") << true << QStringLiteral("Sijaisperhe") << QString() << QString() << false
                                       << false << 0;
    QTest::newRow("English name only") << false << QString() << QString() << QStringLiteral("Housing") << true << false
                                       << 7;
}

void TestTopicRepository::roundTripsEveryField()
{
    QFETCH(bool, underParent);
    QFETCH(QString, nameFi);
    QFETCH(QString, nameSv);
    QFETCH(QString, nameEn);
    QFETCH(bool, heavy);
    QFETCH(bool, retired);
    QFETCH(int, sortOrder);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    auto other = t.openOrFail();
    QVERIFY(db && other);
    TopicRepository repo(*db);

    Topic topic;
    topic.code = QStringLiteral("custom.round_trip");
    topic.parentId = underParent ? repo.findByCode(QStringLiteral("family_life"))->id : 0;
    topic.nameFi = nameFi;
    topic.nameSv = nameSv;
    topic.nameEn = nameEn;
    topic.heavy = heavy;
    topic.retired = retired;
    topic.sortOrder = sortOrder;
    auto saved = repo.save(topic);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QVERIFY(saved->id > 0);
    QCOMPARE(saved->version, 1);

    Topic expected = topic;
    expected.id = saved->id;
    expected.version = 1;
    QCOMPARE(difference(*saved, expected), QString());
    // Read back through another connection: nothing came from a cache.
    auto read = TopicRepository(*other).get(saved->id);
    QVERIFY(read.ok());
    QCOMPARE(difference(*read, expected), QString());
    auto byCode = TopicRepository(*other).findByCode(topic.code);
    QVERIFY(byCode.ok());
    QCOMPARE(difference(*byCode, expected), QString());

    const auto audit = lastAudit(*db, QStringLiteral("topics"), saved->id);
    QCOMPARE(audit.first, QStringLiteral("insert"));
    QCOMPARE(audit.second.value(QStringLiteral("code")).toObject().value(QStringLiteral("new")).toString(), topic.code);
}

void TestTopicRepository::findByCode()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    TopicRepository repo(*db);
    auto emergency = repo.findByCode(QStringLiteral("  child_protection.placement.emergency "));
    QVERIFY(emergency.ok());
    QCOMPARE(emergency->nameEn, QStringLiteral("Emergency placement"));
    QCOMPARE(emergency->parentId, repo.findByCode(QStringLiteral("child_protection.placement"))->id);
    auto missing = repo.findByCode(QStringLiteral("no.such.topic"));
    QVERIFY(!missing.ok());
    QCOMPARE(missing.error().code, Error::Code::NotFound);
    QVERIFY2(missing.error().message.contains(QStringLiteral("no.such.topic")), qPrintable(missing.error().message));
}

void TestTopicRepository::renameMoveAndRetireAreAudited()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    TopicRepository repo(*db);
    auto created
        = repo.save(newTopic(QStringLiteral("custom.team_meetings"), repo.findByCode(QStringLiteral("services"))->id));
    QVERIFY(created.ok());

    Topic changed = *created;
    changed.nameFi = QStringLiteral("Tiimipalaverit");
    changed.nameSv = QStringLiteral("Teammöten");
    changed.nameEn = QStringLiteral("Team meetings");
    const qint64 newParent = repo.findByCode(QStringLiteral("child_protection.open_care"))->id;
    changed.parentId = newParent;
    changed.retired = true;
    auto saved = repo.save(changed);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(saved->version, 2);

    auto read = repo.get(created->id);
    QVERIFY(read.ok());
    QCOMPARE(difference(*read, *saved), QString());
    QCOMPARE(read->parentId, newParent);
    QVERIFY(read->retired);
    QCOMPARE(read->name(QStringLiteral("sv")), QStringLiteral("Teammöten"));

    const auto audit = lastAudit(*db, QStringLiteral("topics"), created->id);
    QCOMPARE(audit.first, QStringLiteral("update"));
    QStringList keys = audit.second.keys();
    keys.sort();
    QCOMPARE(keys,
             (QStringList { QStringLiteral("name_en"), QStringLiteral("name_fi"), QStringLiteral("name_sv"),
                            QStringLiteral("parent_id"), QStringLiteral("retired") }));
    QCOMPARE(audit.second.value(QStringLiteral("parent_id")).toObject().value(QStringLiteral("new")).toInteger(),
             newParent);
    QCOMPARE(audit.second.value(QStringLiteral("parent_id")).toObject().value(QStringLiteral("old")).toInteger(),
             created->parentId);

    // Moving back to the top level stores no parent.
    Topic top = *read;
    top.parentId = 0;
    auto topLevel = repo.save(top);
    QVERIFY(topLevel.ok());
    QCOMPARE(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM topics WHERE id = ? AND parent_id IS NULL"),
                       { created->id }),
             1);
    QCOMPARE(repo.get(created->id)->parentId, 0);
}

void TestTopicRepository::unchangedSaveChangesNothing()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    TopicRepository repo(*db);
    auto created = repo.save(newTopic(QStringLiteral("custom.same")));
    QVERIFY(created.ok());
    const auto before = footprint(*db);
    auto again = repo.save(*created);
    QVERIFY(again.ok());
    QCOMPARE(again->version, 1);
    QCOMPARE(footprint(*db), before);
}

void TestTopicRepository::moveThatWouldMakeACycleIsRefused_data()
{
    QTest::addColumn<QString>("moved");
    QTest::addColumn<QString>("newParent");
    QTest::newRow("under itself") << QStringLiteral("child_protection.placement")
                                  << QStringLiteral("child_protection.placement");
    QTest::newRow("under its child") << QStringLiteral("child_protection.placement")
                                     << QStringLiteral("child_protection.placement.emergency");
    QTest::newRow("under its grandchild")
        << QStringLiteral("child_protection") << QStringLiteral("child_protection.placement.foster_care");
}

void TestTopicRepository::moveThatWouldMakeACycleIsRefused()
{
    QFETCH(QString, moved);
    QFETCH(QString, newParent);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    TopicRepository repo(*db);
    auto topic = repo.findByCode(moved);
    QVERIFY(topic.ok());
    const Topic original = *topic;
    const auto before = footprint(*db);

    Topic t2 = original;
    t2.parentId = repo.findByCode(newParent)->id;
    auto r = repo.save(t2);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QCOMPARE(r.error().detail, QStringLiteral("parentId"));
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(footprint(*db), before);
    QCOMPARE(difference(*repo.get(original.id), original), QString());

    // A legal move of the same topic still works: the refusal was about the cycle.
    Topic legal = original;
    legal.parentId = repo.findByCode(QStringLiteral("family_life"))->id;
    QVERIFY(repo.save(legal).ok());
}

namespace {
using TopicMutation = std::function<void(Topic &, TopicRepository &)>;
}
Q_DECLARE_METATYPE(TopicMutation)

void TestTopicRepository::invalidInputChangesNothing_data()
{
    QTest::addColumn<TopicMutation>("mutate");
    QTest::addColumn<QString>("field");
    QTest::newRow("blank code") << TopicMutation([](Topic &t, TopicRepository &) { t.code = QStringLiteral("  "); })
                                << QStringLiteral("code");
    QTest::newRow("code with spaces") << TopicMutation([](Topic &t, TopicRepository &) {
        t.code = QStringLiteral("my topic");
    }) << QStringLiteral("code");
    QTest::newRow("code with upper case")
        << TopicMutation([](Topic &t, TopicRepository &) { t.code = QStringLiteral("Custom.X"); })
        << QStringLiteral("code");
    QTest::newRow("code with empty level")
        << TopicMutation([](Topic &t, TopicRepository &) { t.code = QStringLiteral("custom..x"); })
        << QStringLiteral("code");
    QTest::newRow("code too long") << TopicMutation([](Topic &t, TopicRepository &) {
        t.code = QString(101, QLatin1Char('a'));
    }) << QStringLiteral("code");
    QTest::newRow("duplicate code") << TopicMutation([](Topic &t, TopicRepository &) {
        t.code = QStringLiteral("violence.domestic");
    }) << QStringLiteral("code");
    QTest::newRow("no name at all") << TopicMutation([](Topic &t, TopicRepository &) {
        t.nameFi = QStringLiteral(" ");
        t.nameSv.clear();
        t.nameEn.clear();
    }) << QStringLiteral("name");
    QTest::newRow("name too long") << TopicMutation([](Topic &t, TopicRepository &) {
        t.nameSv = QString(201, QLatin1Char('x'));
    }) << QStringLiteral("name");
    QTest::newRow("parent does not exist")
        << TopicMutation([](Topic &t, TopicRepository &) { t.parentId = 999999; }) << QStringLiteral("parentId");
    QTest::newRow("negative parent") << TopicMutation([](Topic &t, TopicRepository &) { t.parentId = -1; })
                                     << QStringLiteral("parentId");
}

void TestTopicRepository::invalidInputChangesNothing()
{
    QFETCH(TopicMutation, mutate);
    QFETCH(QString, field);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    TopicRepository repo(*db);
    auto stored = repo.save(newTopic(QStringLiteral("custom.stored"), repo.findByCode(QStringLiteral("youth"))->id));
    QVERIFY(stored.ok());
    const auto before = footprint(*db);

    // As a new topic ...
    Topic fresh = newTopic(QStringLiteral("custom.fresh"));
    mutate(fresh, repo);
    auto created = repo.save(fresh);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, Error::Code::InvalidInput);
    QCOMPARE(created.error().detail, field);
    QVERIFY(!created.error().message.isEmpty());
    QCOMPARE(footprint(*db), before);

    // ... and as a change to a stored one.
    Topic changed = *stored;
    mutate(changed, repo);
    auto updated = repo.save(changed);
    QVERIFY(!updated.ok());
    QVERIFY(updated.error().code == Error::Code::InvalidInput || updated.error().code == Error::Code::NotAllowed);
    QCOMPARE(footprint(*db), before);
    QCOMPARE(difference(*repo.get(stored->id), *stored), QString());
}

void TestTopicRepository::codeCannotChange()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    TopicRepository repo(*db);
    auto stored = repo.save(newTopic(QStringLiteral("custom.stable")));
    QVERIFY(stored.ok());
    const auto before = footprint(*db);
    Topic changed = *stored;
    changed.code = QStringLiteral("custom.renamed");
    changed.nameEn = QStringLiteral("Renamed");
    auto r = repo.save(changed);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::NotAllowed);
    QVERIFY2(r.error().message.contains(QStringLiteral("custom.stable")), qPrintable(r.error().message));
    QCOMPARE(footprint(*db), before);
    QCOMPARE(difference(*repo.get(stored->id), *stored), QString());
}

void TestTopicRepository::staleSaveIsAConflictAndChangesNothing()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto first = t.openOrFail();
    auto second = t.openOrFail();
    QVERIFY(first && second);
    first->setActor(QStringLiteral("anna"));
    second->setActor(QStringLiteral("bertil"));
    TopicRepository repoA(*first);
    TopicRepository repoB(*second);
    Topic topic = newTopic(QStringLiteral("custom.shared"));
    topic.nameEn = QStringLiteral("Shared topic");
    auto created = repoA.save(topic);
    QVERIFY(created.ok());

    Topic a = *repoA.get(created->id);
    Topic b = *repoB.get(created->id);
    a.heavy = true;
    QVERIFY(repoA.save(a).ok());

    const auto before = footprint(*second);
    b.sortOrder = 42;
    b.parentId = repoB.findByCode(QStringLiteral("loss"))->id;
    auto clash = repoB.save(b);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    QVERIFY2(clash.error().message.contains(QStringLiteral("“")), qPrintable(clash.error().message));
    QVERIFY2(clash.error().message.contains(QStringLiteral("anna")), qPrintable(clash.error().message));
    QCOMPARE(footprint(*second), before);
    auto now = repoB.get(created->id);
    QVERIFY(now.ok());
    QCOMPARE(now->version, 2);
    QVERIFY(now->heavy);
    QCOMPARE(now->sortOrder, 0);
    QCOMPARE(now->parentId, 0);
}

void TestTopicRepository::unknownTopicIsNotFound()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    TopicRepository repo(*db);
    auto r = repo.get(987654);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::NotFound);
    Topic ghost = newTopic(QStringLiteral("custom.ghost"));
    ghost.id = 987654;
    ghost.version = 1;
    const auto before = footprint(*db);
    auto saved = repo.save(ghost);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, Error::Code::NotFound);
    QCOMPARE(footprint(*db), before);
}

void TestTopicRepository::listsServiceTypesInTheirOrder()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    TopicRepository repo(*db);
    auto types = repo.listServiceTypes();
    QVERIFY2(types.ok(), qPrintable(types.error().message));
    QCOMPARE(types->size(), countRows(*db, QStringLiteral("SELECT COUNT(*) FROM service_types")));
    QCOMPARE(types->first().code, QStringLiteral("peer_reception"));
    QCOMPARE(types->at(1).code, QStringLiteral("pair_work"));
    QCOMPARE(types->constLast().code, QStringLiteral("peer_support"));
    const auto talk = std::find_if(types->begin(), types->end(),
                                   [](const ServiceType &s) { return s.code == QLatin1String("talk"); });
    QVERIFY(talk != types->end());
    QCOMPARE(talk->nameFi, QStringLiteral("Puheenvuoro koulutuksessa tai seminaarissa"));
    QCOMPARE(talk->nameSv, QStringLiteral("Anförande på utbildning eller seminarium"));
    QCOMPARE(talk->nameEn, QStringLiteral("Talk at a training or seminar"));
    QVERIFY(talk->openToMinors);
    QVERIFY(talk->needsPublicConsent);
    const auto pair = std::find_if(types->begin(), types->end(),
                                   [](const ServiceType &s) { return s.code == QLatin1String("pair_work"); });
    QVERIFY(!pair->openToMinors);
    QVERIFY(!pair->needsPublicConsent);
}

QTEST_GUILESS_MAIN(TestTopicRepository)
#include "tst_topic_repository.moc"
