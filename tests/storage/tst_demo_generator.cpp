// The demo generator: deterministic, realistic, complete (every status, consent edge cases), never mixed with
// real data; on both backends.
#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "storage/SqlQuery.h"

#include <QCryptographicHash>
#include <QSqlRecord>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
qint64 scalar(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toLongLong() : -1;
}

// A fingerprint of the generated content (not of ids' storage order or audit times).
QByteArray fingerprint(Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    const QStringList queries {
        QStringLiteral("SELECT id, display_name, organisation_id, title, date_of_birth, status, weekly_availability "
                       "FROM workers ORDER BY id"),
        QStringLiteral("SELECT worker_id, topic_id, perspective FROM worker_experiences ORDER BY worker_id, topic_id, "
                       "perspective"),
        QStringLiteral("SELECT worker_id, scope, given_on, expires_on, withdrawn_on FROM consents ORDER BY id"),
        QStringLiteral("SELECT id, reference, title, status, received_on, workers_needed FROM requests ORDER BY id"),
        QStringLiteral("SELECT request_id, worker_id, response, decline_reason FROM invitations ORDER BY id"),
        QStringLiteral("SELECT request_id, worker_id, attendance, fee_cents, payment_state, debrief_done FROM "
                       "engagements ORDER BY id"),
    };
    for (const QString &sql : queries) {
        SqlQuery q(db, sql);
        if (!q.exec())
            return {};
        while (q.next()) {
            for (int i = 0; i < q.raw().record().count(); ++i)
                hash.addData(SqlQuery::toDate(q.value(i)).isValid() && q.value(i).toString().size() <= 10
                                 ? SqlQuery::toDate(q.value(i)).toString(Qt::ISODate).toUtf8()
                                 : q.value(i).toString().toUtf8());
            hash.addData("\n");
        }
    }
    return hash.result();
}

DemoGenerator::Options smallOffice(quint32 seed = 7)
{
    DemoGenerator::Options o;
    o.workers = 80;
    o.requests = 160;
    o.seed = seed;
    o.today = QDate(2026, 11, 2);
    return o;
}
} // namespace

class TestDemoGenerator : public QObject
{
    Q_OBJECT
private slots:
    void createsARealisticOffice();
    void sameSeedSameData();
    void refusesADatabaseWithData();
};

void TestDemoGenerator::createsARealisticOffice()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    DemoGenerator generator(*db);
    auto summary = generator.generate(smallOffice());
    QVERIFY2(summary.ok(), qPrintable(summary.error().message + QStringLiteral(" / ") + summary.error().detail));
    QCOMPARE(summary->workers, 80);
    QCOMPARE(summary->requests, 160);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM workers")), 80);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM requests")), 160);
    QVERIFY(summary->organisations >= 9);
    QVERIFY(summary->invitations > summary->engagements);
    QVERIFY(summary->outcomes > 0 && summary->knowledgeEntries > 0);

    // Requests in every status.
    for (const char *status : { "new", "tagged", "inviting", "confirmed", "held", "closed", "cancelled" })
        QVERIFY2(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE status = ?"),
                        { QString::fromLatin1(status) })
                     > 0,
                 status);
    // Invitation answers of every kind.
    for (const char *response : { "pending", "accepted", "declined", "no_reply" })
        QVERIFY2(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM invitations WHERE response = ?"),
                        { QString::fromLatin1(response) })
                     > 0,
                 response);
    // Consents: some expired, some withdrawn.
    const QString today = QStringLiteral("2026-11-02");
    QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM consents WHERE scope = 'contact' AND expires_on < ?"),
                   { QDate(2026, 11, 2) })
            > 0);
    QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM consents WHERE withdrawn_on IS NOT NULL")) > 0);
    // Minors (youth developers) with and without a guardian's consent.
    const QDate adultBorn = QDate(2026, 11, 2).addYears(-18);
    const qint64 minors
        = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM workers WHERE date_of_birth > ?"), { adultBorn });
    const qint64 minorsWithGuardian
        = scalar(*db,
                 QStringLiteral("SELECT COUNT(DISTINCT w.id) FROM workers w JOIN consents c ON c.worker_id = w.id "
                                "WHERE w.date_of_birth > ? AND c.scope = 'guardian'"),
                 { adultBorn });
    QVERIFY2(minors > minorsWithGuardian && minorsWithGuardian > 0,
             qPrintable(QStringLiteral("%1 minors, %2 with guardian consent").arg(minors).arg(minorsWithGuardian)));
    // Held and closed requests have their engagements' outcome; closed ones are debriefed.
    QCOMPARE(scalar(*db,
                    QStringLiteral("SELECT COUNT(*) FROM engagements e JOIN requests r ON r.id = e.request_id "
                                   "WHERE r.status = 'closed' AND e.attendance = 'attended' AND e.debrief_done = ?"),
                    { false }),
             0);
    // Everything went through the repositories: audited.
    QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'workers'")) >= 80);
    Q_UNUSED(today);
}

void TestDemoGenerator::sameSeedSameData()
{
    TestDatabase a;
    TestDatabase b;
    TestDatabase c;
    KOHTAAMO_REQUIRE_DB(a);
    auto dbA = a.openOrFail();
    auto dbB = b.openOrFail();
    auto dbC = c.openOrFail();
    QVERIFY(dbA && dbB && dbC);
    QVERIFY(DemoGenerator(*dbA).generate(smallOffice(11)).ok());
    QVERIFY(DemoGenerator(*dbB).generate(smallOffice(11)).ok());
    QVERIFY(DemoGenerator(*dbC).generate(smallOffice(12)).ok());
    QCOMPARE(fingerprint(*dbA), fingerprint(*dbB));
    QVERIFY(fingerprint(*dbA) != fingerprint(*dbC));
}

void TestDemoGenerator::refusesADatabaseWithData()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    DemoGenerator::Options o = smallOffice();
    o.workers = 5;
    o.requests = 5;
    QVERIFY(DemoGenerator(*db).generate(o).ok());
    const qint64 auditBefore = scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto again = DemoGenerator(*db).generate(o);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::NotAllowed);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM workers")), 5);
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore);
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demo_generator.moc"
