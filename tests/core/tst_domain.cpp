// Domain rules that need no database: consent validity, ages, locations, enum codes.
#include "domain/Consent.h"
#include "domain/Perspective.h"
#include "domain/Request.h"
#include "domain/Worker.h"
#include "office/DatabaseLocation.h"

#include <QTest>

using namespace Kohtaamo;

class TestDomain : public QObject
{
    Q_OBJECT
private slots:
    void consentValidity_data();
    void consentValidity();
    void ageAndMinority_data();
    void ageAndMinority();
    void locationParsing_data();
    void locationParsing();
    void locationFromAFileManagersUrl();
    void enumCodesRoundTrip();
    void workDatePrefersChosenOption();
};

void TestDomain::consentValidity_data()
{
    QTest::addColumn<QDate>("given");
    QTest::addColumn<QDate>("expires");
    QTest::addColumn<QDate>("withdrawn");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<bool>("valid");
    const QDate d(2026, 6, 15);
    QTest::newRow("open-ended, after giving") << d.addDays(-100) << QDate() << QDate() << d << true;
    QTest::newRow("before it was given") << d.addDays(1) << QDate() << QDate() << d << false;
    QTest::newRow("given on the day") << d << QDate() << QDate() << d << true;
    QTest::newRow("expires on the day is still valid") << d.addDays(-10) << d << QDate() << d << true;
    QTest::newRow("expired the day before") << d.addDays(-10) << d.addDays(-1) << QDate() << d << false;
    QTest::newRow("withdrawn on the day") << d.addDays(-10) << QDate() << d << d << false;
    QTest::newRow("withdrawn later") << d.addDays(-10) << QDate() << d.addDays(5) << d << true;
}

void TestDomain::consentValidity()
{
    QFETCH(QDate, given);
    QFETCH(QDate, expires);
    QFETCH(QDate, withdrawn);
    QFETCH(QDate, on);
    QFETCH(bool, valid);
    Consent c;
    c.givenOn = given;
    c.expiresOn = expires;
    c.withdrawnOn = withdrawn;
    QCOMPARE(c.isValidOn(on), valid);
}

void TestDomain::ageAndMinority_data()
{
    QTest::addColumn<QDate>("born");
    QTest::addColumn<QDate>("on");
    QTest::addColumn<int>("age");
    QTest::addColumn<bool>("minor");
    QTest::newRow("turns 18 on the day") << QDate(2008, 3, 10) << QDate(2026, 3, 10) << 18 << false;
    QTest::newRow("day before 18th birthday") << QDate(2008, 3, 10) << QDate(2026, 3, 9) << 17 << true;
    QTest::newRow("leap-day birthday, non-leap year") << QDate(2008, 2, 29) << QDate(2026, 2, 28) << 17 << true;
    QTest::newRow("unknown birth date is not a minor") << QDate() << QDate(2026, 1, 1) << -1 << false;
}

void TestDomain::ageAndMinority()
{
    QFETCH(QDate, born);
    QFETCH(QDate, on);
    QFETCH(int, age);
    QFETCH(bool, minor);
    Worker w;
    w.dateOfBirth = born;
    QCOMPARE(w.ageOn(on), age);
    QCOMPARE(w.isMinorOn(on), minor);
}

void TestDomain::locationParsing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<bool>("postgres");
    QTest::addColumn<QString>("host");
    QTest::addColumn<int>("port");
    QTest::addColumn<QString>("database");
    QTest::newRow("plain path") << "/home/a/kohtaamo.sqlite" << true << false << "" << 5432 << "";
    QTest::newRow("sqlite url") << "sqlite:///tmp/k.sqlite" << true << false << "" << 5432 << "";
    QTest::newRow("postgres full") << "postgresql://anna:pw@db.example.org:6543/kohtaamo" << true << true
                                   << "db.example.org" << 6543 << "kohtaamo";
    QTest::newRow("postgres default port")
        << "postgres://anna@localhost/k" << true << true << "localhost" << 5432 << "k";
    QTest::newRow("postgres without database") << "postgresql://anna@localhost/" << false << true << "" << 0 << "";
    QTest::newRow("unknown scheme") << "mysql://x@y/z" << false << false << "" << 0 << "";
    QTest::newRow("empty") << "  " << false << false << "" << 0 << "";
}

void TestDomain::locationFromAFileManagersUrl()
{
    // The desktop entry starts `kohtaamo %u`: a file manager may pass a file:// URL, percent-encoded.
    auto r = DatabaseLocation::parse(QStringLiteral("file:///home/anna/Toimisto%20Oulu.kohtaamo"));
    QVERIFY(r.ok());
    QCOMPARE(r->kind, DatabaseLocation::Kind::SQLite);
    QCOMPARE(r->path, QStringLiteral("/home/anna/Toimisto Oulu.kohtaamo"));
    // A file on another machine is not a local database.
    QVERIFY(!DatabaseLocation::parse(QStringLiteral("file://server/share/k.kohtaamo")).ok());
}

void TestDomain::locationParsing()
{
    QFETCH(QString, text);
    QFETCH(bool, ok);
    QFETCH(bool, postgres);
    QFETCH(QString, host);
    QFETCH(int, port);
    QFETCH(QString, database);
    auto r = DatabaseLocation::parse(text);
    QCOMPARE(r.ok(), ok);
    if (!ok) {
        QVERIFY(!r.error().message.isEmpty());
        return;
    }
    QCOMPARE(r->kind == DatabaseLocation::Kind::PostgreSQL, postgres);
    if (postgres) {
        QCOMPARE(r->host, host);
        QCOMPARE(r->port, port);
        QCOMPARE(r->databaseName, database);
        QVERIFY(!r->displayName().contains(QStringLiteral("pw")));
    }
}

void TestDomain::enumCodesRoundTrip()
{
    for (const auto &entry : kPerspectiveCodes)
        QCOMPARE(perspectiveFromCode(toCode(entry.first)), std::optional<Perspective>(entry.first));
    QCOMPARE(perspectiveFromCode(QStringLiteral("nonsense")), std::nullopt);
    QCOMPARE(toCode(RequestStatus::Cancelled), QStringLiteral("cancelled"));
}

void TestDomain::workDatePrefersChosenOption()
{
    Request r;
    r.deadline = QDate(2026, 12, 1);
    QCOMPARE(r.workDate(), QDate(2026, 12, 1));
    r.dateOptions.append({ 0, QDateTime(QDate(2026, 11, 30), QTime(10, 0)), {}, false });
    r.dateOptions.append({ 0, QDateTime(QDate(2026, 11, 25), QTime(10, 0)), {}, false });
    QCOMPARE(r.workDate(), QDate(2026, 11, 25));
    r.dateOptions[0].chosen = true;
    QCOMPARE(r.workDate(), QDate(2026, 11, 30));
}

QTEST_GUILESS_MAIN(TestDomain)
#include "tst_domain.moc"
