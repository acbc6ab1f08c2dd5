// Reading the audit log on both backends: one record's history oldest first, the latest changes newest first.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "repositories/AuditRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/RequestRepository.h"

#include <QJsonObject>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

class TestAuditRepository : public QObject
{
    Q_OBJECT
private slots:
    void forRecordIsOneRecordOldestFirst();
    void recentIsNewestFirstAndLimited();
    void recentRefusesAnEmptyLimit();
};

void TestAuditRepository::forRecordIsOneRecordOldestFirst()
{
    FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(8, 0)));
    Clock::install(&clock);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    db->setActor(QStringLiteral("anna"));
    OrganisationRepository organisations(*db);
    Organisation o;
    o.name = QStringLiteral("Auta Lasta ry");
    auto first = organisations.save(o);
    o.name = QStringLiteral("Ehjä ry");
    auto second = organisations.save(o);
    QVERIFY(first.ok() && second.ok());
    clock.advanceDays(1);
    db->setActor(QStringLiteral("bertil"));
    Organisation changed = *first;
    changed.region = QStringLiteral("Varsinais-Suomi");
    QVERIFY(organisations.save(changed).ok());

    auto history = AuditRepository(*db).forRecord(QStringLiteral("organisations"), first->id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->at(0).action, QStringLiteral("insert"));
    QCOMPARE(history->at(0).actor, QStringLiteral("anna"));
    QCOMPARE(history->at(0).at, QDateTime(QDate(2026, 3, 10), QTime(8, 0)));
    QCOMPARE(history->at(0).tableName, QStringLiteral("organisations"));
    QCOMPARE(history->at(0).recordId, first->id);
    QCOMPARE(history->at(1).action, QStringLiteral("update"));
    QCOMPARE(history->at(1).actor, QStringLiteral("bertil"));
    QCOMPARE(history->at(1).at, QDateTime(QDate(2026, 3, 11), QTime(8, 0)));
    QCOMPARE(history->at(1).changes.value(QStringLiteral("region")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("Varsinais-Suomi"));
    QVERIFY(history->at(0).id < history->at(1).id);

    QVERIFY(AuditRepository(*db).forRecord(QStringLiteral("requests"), first->id)->isEmpty());
    Clock::install(nullptr);
}

void TestAuditRepository::recentIsNewestFirstAndLimited()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    OrganisationRepository organisations(*db);
    for (int i = 0; i < 5; ++i) {
        Organisation o;
        o.name = QStringLiteral("Organisation %1").arg(i);
        QVERIFY(organisations.save(o).ok());
    }
    Request r;
    r.receivedOn = QDate(2026, 1, 1);
    r.requesterName = QStringLiteral("R");
    r.title = QStringLiteral("Last change");
    auto request = RequestRepository(*db).save(r);
    QVERIFY(request.ok());

    auto recent = AuditRepository(*db).recent(3);
    QVERIFY(recent.ok());
    QCOMPARE(recent->size(), 3);
    // A new request writes its own insert and its first status-history row, both audited.
    QVERIFY(recent->at(0).id > recent->at(1).id && recent->at(1).id > recent->at(2).id);
    QStringList tables;
    for (const AuditEntry &e : *recent)
        tables << e.tableName;
    QVERIFY2(tables.contains(QStringLiteral("requests")), qPrintable(tables.join(QLatin1Char(','))));
    QCOMPARE(tables.last(), QStringLiteral("organisations"));
    QCOMPARE(AuditRepository(*db).recent(1000)->size(), 7);
}

void TestAuditRepository::recentRefusesAnEmptyLimit()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    auto none = AuditRepository(*db).recent(0);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, Error::Code::InvalidInput);
}

QTEST_GUILESS_MAIN(TestAuditRepository)
#include "tst_audit_repository.moc"
