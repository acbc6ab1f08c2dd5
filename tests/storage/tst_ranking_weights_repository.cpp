// The ranking weights in the database (schema version 2): seeded defaults, a save/load round trip, the version check
// between two coordinators, validation, restoring the defaults and the audit entry; on both backends.
#include "TestDatabase.h"

#include "matching/RankingWeightsRepository.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;
using Key = RankingWeights::Key;

class TestRankingWeightsRepository : public QObject
{
    Q_OBJECT
private slots:
    void newDatabaseHoldsTheDefaults();
    void saveAndLoadRoundTrip();
    void saveWithoutChangesKeepsTheVersion();
    void staleSaveIsAConflict();
    void invalidValuesAreRefused();
    void restoreDefaults();
    void missingKeyGetsItsDefaultAndIsWrittenBack();
    void keysAreUniqueAndNamed();
};

void TestRankingWeightsRepository::newDatabaseHoldsTheDefaults()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    SqlQuery count(*db, QStringLiteral("SELECT COUNT(*) FROM ranking_weights"));
    QCOMPARE(count.scalar()->toInt(), RankingWeights::kKeyCount);
    // Every seeded value equals the default in the code: the two tables cannot drift apart.
    SqlQuery rows(*db, QStringLiteral("SELECT key, value, version FROM ranking_weights"));
    QVERIFY(rows.exec());
    while (rows.next()) {
        const auto key = RankingWeights::keyFromName(rows.value(0).toString());
        QVERIFY2(key.has_value(), qPrintable(rows.value(0).toString()));
        QCOMPARE(rows.value(1).toDouble(), RankingWeights::defaultValue(*key));
        QCOMPARE(rows.value(2).toInt(), 1);
    }
    auto loaded = RankingWeightsRepository(*db).load();
    QVERIFY(loaded.ok());
    QVERIFY(loaded->sameValues(RankingWeights::defaults()));
    QCOMPARE(loaded->version(), 1);
}

void TestRankingWeightsRepository::saveAndLoadRoundTrip()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    RankingWeightsRepository repo(*db);
    RankingWeights w = *repo.load();
    w.setValue(Key::ExperienceExact, 55.5);
    w.setValue(Key::RotationWindowDays, 120);
    auto saved = repo.save(w);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(saved->version(), 2);

    auto again = RankingWeightsRepository(*db).load();
    QVERIFY(again.ok());
    QCOMPARE(again->value(Key::ExperienceExact), 55.5);
    QCOMPARE(again->value(Key::RotationWindowDays), 120.0);
    QCOMPARE(again->value(Key::WillingnessListed), RankingWeights::defaultValue(Key::WillingnessListed));
    QCOMPARE(again->version(), 2);

    // One audit entry naming exactly the changed keys, old and new.
    SqlQuery audit(*db, QStringLiteral("SELECT actor, action, changes FROM audit_log WHERE table_name = ?"));
    audit.bind(QStringLiteral("ranking_weights"));
    QVERIFY(audit.exec());
    QVERIFY(audit.next());
    QCOMPARE(audit.value(0).toString(), QStringLiteral("test-coordinator"));
    QCOMPARE(audit.value(1).toString(), QStringLiteral("update"));
    const QJsonObject changes = QJsonDocument::fromJson(audit.value(2).toString().toUtf8()).object();
    QCOMPARE(changes.keys(),
             (QStringList { QStringLiteral("experience.exact"), QStringLiteral("rotation.window_days") }));
    QCOMPARE(changes.value(QStringLiteral("experience.exact")).toObject().value(QStringLiteral("old")).toDouble(),
             40.0);
    QCOMPARE(changes.value(QStringLiteral("experience.exact")).toObject().value(QStringLiteral("new")).toDouble(),
             55.5);
    QVERIFY(!audit.next());
}

void TestRankingWeightsRepository::saveWithoutChangesKeepsTheVersion()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    RankingWeightsRepository repo(*db);
    auto saved = repo.save(*repo.load());
    QVERIFY(saved.ok());
    QCOMPARE(saved->version(), 1);
    SqlQuery audit(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = ?"));
    audit.bind(QStringLiteral("ranking_weights"));
    QCOMPARE(audit.scalar()->toInt(), 0);
}

void TestRankingWeightsRepository::staleSaveIsAConflict()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto first = t.openOrFail();
    auto second = t.openOrFail();
    QVERIFY(first && second);
    second->setActor(QStringLiteral("other-coordinator"));
    RankingWeightsRepository mine(*first), theirs(*second);
    RankingWeights a = *mine.load();
    RankingWeights b = *theirs.load();

    b.setValue(Key::WillingnessListed, 20);
    QVERIFY(theirs.save(b).ok());

    a.setValue(Key::WillingnessListed, 5);
    auto stale = mine.save(a);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QVERIFY2(stale.error().message.contains(QStringLiteral("other-coordinator")), qPrintable(stale.error().message));
    QCOMPARE(mine.load()->value(Key::WillingnessListed), 20.0); // theirs stands

    // Reloaded, the change goes through.
    RankingWeights fresh = *mine.load();
    fresh.setValue(Key::WillingnessListed, 5);
    auto ok = mine.save(fresh);
    QVERIFY(ok.ok());
    QCOMPARE(ok->version(), 3);
}

void TestRankingWeightsRepository::invalidValuesAreRefused()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    RankingWeightsRepository repo(*db);
    RankingWeights w = *repo.load();
    w.setValue(Key::ExperienceSecondaryPercent, 150);
    auto r = repo.save(w);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::InvalidInput);
    QCOMPARE(r.error().detail, QStringLiteral("experience.secondary_percent"));
    w.setValue(Key::ExperienceSecondaryPercent, 50);
    w.setValue(Key::FeeOverPenalty, -1);
    QCOMPARE(repo.save(w).error().code, Error::Code::InvalidInput);
    QVERIFY(repo.load()->sameValues(RankingWeights::defaults()));
    QCOMPARE(repo.load()->version(), 1);
}

void TestRankingWeightsRepository::restoreDefaults()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    RankingWeightsRepository repo(*db);
    RankingWeights w = *repo.load();
    w.setValue(Key::FeeNearPercent, 90);
    w.setValue(Key::ExperienceSibling, 0);
    const int version = repo.save(w)->version();
    QVERIFY(!repo.load()->sameValues(RankingWeights::defaults()));
    QCOMPARE(repo.restoreDefaults(version - 1).error().code, Error::Code::Conflict);
    auto restored = repo.restoreDefaults(version);
    QVERIFY(restored.ok());
    QCOMPARE(restored->version(), version + 1);
    QVERIFY(repo.load()->sameValues(RankingWeights::defaults()));
}

void TestRankingWeightsRepository::missingKeyGetsItsDefaultAndIsWrittenBack()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    SqlQuery del(*db, QStringLiteral("DELETE FROM ranking_weights WHERE key = ?"));
    del.bind(QStringLiteral("fee.over_penalty"));
    QVERIFY(del.exec());
    RankingWeightsRepository repo(*db);
    RankingWeights w = *repo.load();
    QCOMPARE(w.value(Key::FeeOverPenalty), RankingWeights::defaultValue(Key::FeeOverPenalty));
    w.setValue(Key::FeeOverPenalty, 45);
    QVERIFY(repo.save(w).ok());
    SqlQuery count(*db, QStringLiteral("SELECT COUNT(*) FROM ranking_weights"));
    QCOMPARE(count.scalar()->toInt(), RankingWeights::kKeyCount);
    QCOMPARE(repo.load()->value(Key::FeeOverPenalty), 45.0);
}

void TestRankingWeightsRepository::keysAreUniqueAndNamed()
{
    QSet<QString> names;
    for (int i = 0; i < RankingWeights::kKeyCount; ++i) {
        const auto key = static_cast<Key>(i);
        const QString name = RankingWeights::keyName(key);
        QCOMPARE(RankingWeights::keyFromName(name), std::optional<Key>(key));
        QVERIFY(!RankingWeights::label(key).isEmpty());
        QVERIFY(RankingWeights::defaultValue(key) >= RankingWeights::minimum(key));
        QVERIFY(RankingWeights::defaultValue(key) <= RankingWeights::maximum(key));
        names.insert(name);
    }
    QCOMPARE(names.size(), RankingWeights::kKeyCount);
    QVERIFY(RankingWeights::defaults().validate().ok());
}

QTEST_GUILESS_MAIN(TestRankingWeightsRepository)
#include "tst_ranking_weights_repository.moc"
