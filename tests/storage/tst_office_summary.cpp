// OfficeSummary counts what the database holds, on both backends.
#include "TestDatabase.h"
#include "reports/OfficeSummary.h"
#include "repositories/OrganisationRepository.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace Kohtaamo;

class TestOfficeSummary : public QObject
{
    Q_OBJECT

private slots:
    void emptyDatabaseIsEmpty();
    void countsOrganisationsWorkersAndRequests();
};

void TestOfficeSummary::emptyDatabaseIsEmpty()
{
    Test::TestDatabase testDb;
    KOHTAAMO_REQUIRE_DB(testDb);
    auto db = testDb.openOrFail();
    QVERIFY(db);
    auto counts = OfficeSummary(*db).counts();
    QVERIFY2(counts.ok(), qPrintable(counts.error().message));
    QVERIFY(counts->isEmpty());
    QCOMPARE(counts->openRequests(), 0);
    QCOMPARE(counts->allRequests(), 0);
    QCOMPARE(counts->requests.size(), 7); // every status present, at zero
}

void TestOfficeSummary::countsOrganisationsWorkersAndRequests()
{
    Test::TestDatabase testDb;
    KOHTAAMO_REQUIRE_DB(testDb);
    auto db = testDb.openOrFail();
    QVERIFY(db);

    OrganisationRepository organisations(*db);
    Organisation active;
    active.name = QStringLiteral("Ehjä ry");
    auto saved = organisations.save(active);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    Organisation inactive;
    inactive.name = QStringLiteral("Äimä ry");
    inactive.active = false;
    QVERIFY(organisations.save(inactive).ok());

    // Only an organisation: no longer empty.
    auto counts = OfficeSummary(*db).counts();
    QVERIFY(counts.ok());
    QVERIFY(!counts->isEmpty());
    QCOMPARE(counts->organisations, 2);
    QCOMPARE(counts->activeOrganisations, 1);

    for (const char *status : { "active", "active", "on_break", "left" }) {
        SqlQuery q(*db,
                   QStringLiteral("INSERT INTO workers (display_name, organisation_id, title, status) "
                                  "VALUES (?, ?, ?, ?)"));
        q.bindAll(
            { QStringLiteral("Worker"), saved->id, QStringLiteral("peer_supporter"), QString::fromLatin1(status) });
        QVERIFY(q.exec().ok());
    }
    int n = 0;
    for (const char *status : { "new", "tagged", "tagged", "confirmed", "held", "closed", "closed", "cancelled" }) {
        SqlQuery q(*db,
                   QStringLiteral("INSERT INTO requests (reference, received_on, requester_name, title, status) "
                                  "VALUES (?, ?, ?, ?, ?)"));
        ++n;
        q.bindAll({ QStringLiteral("R-%1").arg(n), SqlQuery::fromDate(QDate(2025, 1, n)), QStringLiteral("Requester"),
                    QStringLiteral("Title"), QString::fromLatin1(status) });
        QVERIFY(q.exec().ok());
    }

    counts = OfficeSummary(*db).counts();
    QVERIFY2(counts.ok(), qPrintable(counts.error().message));
    QCOMPARE(counts->workers, 4);
    QCOMPARE(counts->activeWorkers, 2);
    QCOMPARE(counts->workersOnBreak, 1);
    QCOMPARE(counts->requestsIn(RequestStatus::New), 1);
    QCOMPARE(counts->requestsIn(RequestStatus::Tagged), 2);
    QCOMPARE(counts->requestsIn(RequestStatus::Inviting), 0);
    QCOMPARE(counts->requestsIn(RequestStatus::Confirmed), 1);
    QCOMPARE(counts->requestsIn(RequestStatus::Held), 1);
    QCOMPARE(counts->requestsIn(RequestStatus::Closed), 2);
    QCOMPARE(counts->requestsIn(RequestStatus::Cancelled), 1);
    QCOMPARE(counts->openRequests(), 5);
    QCOMPARE(counts->allRequests(), 8);
}

QTEST_GUILESS_MAIN(TestOfficeSummary)
#include "tst_office_summary.moc"
