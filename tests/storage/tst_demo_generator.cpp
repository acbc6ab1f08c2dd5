// The demo generator: deterministic, realistic, complete (every status, consent edge cases), never mixed with
// real data; on both backends.
#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/RequestRepository.h"
#include "storage/AuditChain.h"
#include "storage/AuditPause.h"
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
    void auditedAsOneEntry();
    void bulkRowsAreWhatTheRepositoriesWrite();
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
    // The generation is audited as one entry (auditedAsOneEntry), not record by record.
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'workers'")), 0);
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

// The audit keeps the generation as one entry by the acting coordinator; the hash chain stays valid, and a change
// made afterwards is audited record by record again.
void TestDemoGenerator::auditedAsOneEntry()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    db->setActor(QStringLiteral("anna.lehtinen"));
    QVERIFY(DemoGenerator(*db).generate(smallOffice()).ok());
    QVERIFY(!AuditPause::isPaused(*db));
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), 1);
    SqlQuery q(*db, QStringLiteral("SELECT actor, table_name, action, changes FROM audit_log"));
    QVERIFY(q.exec() && q.next());
    QCOMPARE(q.value(0).toString(), QStringLiteral("anna.lehtinen"));
    QCOMPARE(q.value(1).toString(), QStringLiteral("office"));
    QCOMPARE(q.value(2).toString(), QStringLiteral("insert"));
    QVERIFY2(q.value(3).toString().contains(QStringLiteral("demo office generated: 80 workers, 160 requests, seed 7")),
             qPrintable(q.value(3).toString()));
    q.raw().finish();

    auto verified = AuditChain::verify(*db);
    QVERIFY(verified.ok());
    QVERIFY(verified->intact());
    QCOMPARE(verified->entries, 1);

    // Afterwards every change is audited again, chained to the generation's entry.
    auto organisations = OrganisationRepository(*db).list();
    QVERIFY(organisations.ok() && !organisations->isEmpty());
    Organisation o = organisations->first();
    o.contact = QStringLiteral("toimisto@example.fi");
    QVERIFY(OrganisationRepository(*db).save(o).ok());
    QCOMPARE(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'organisations'")), 1);
    verified = AuditChain::verify(*db);
    QVERIFY(verified.ok());
    QVERIFY(verified->intact());
    QCOMPARE(verified->entries, 2);
}

// The generator writes requests by bulk statements: what it writes must be what the repositories would have written
// step by step (history, versions, invitation events, engagements tied to their invitations, the stored work date,
// the search index).
void TestDemoGenerator::bulkRowsAreWhatTheRepositoriesWrite()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    QVERIFY(DemoGenerator(*db).generate(smallOffice(5)).ok());
    // Each request's history starts at "new", ends at its status, and its version counts its steps.
    QCOMPARE(scalar(*db,
                    QStringLiteral("SELECT COUNT(*) FROM requests r WHERE r.version <> (SELECT COUNT(*) FROM "
                                   "request_status_history h WHERE h.request_id = r.id) OR r.status <> (SELECT "
                                   "h.to_status FROM request_status_history h WHERE h.request_id = r.id ORDER BY h.id "
                                   "DESC LIMIT 1) OR NOT EXISTS (SELECT 1 FROM request_status_history h WHERE "
                                   "h.request_id = r.id AND h.from_status IS NULL AND h.to_status = 'new')")),
             0);
    // Each invitation was sent (an "invited" event); each answered one has its answer in its history.
    QCOMPARE(scalar(*db,
                    QStringLiteral("SELECT COUNT(*) FROM invitations i WHERE NOT EXISTS (SELECT 1 FROM "
                                   "invitation_events v WHERE v.invitation_id = i.id AND v.kind = 'invited')")),
             0);
    QCOMPARE(scalar(*db,
                    QStringLiteral("SELECT COUNT(*) FROM invitations i WHERE i.response <> 'pending' AND NOT EXISTS "
                                   "(SELECT 1 FROM invitation_events v WHERE v.invitation_id = i.id AND v.kind = "
                                   "'answered' AND v.response = i.response)")),
             0);
    // Engagements come from accepted invitations of the same request and worker.
    QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM engagements")) > 0);
    QCOMPARE(scalar(*db,
                    QStringLiteral("SELECT COUNT(*) FROM engagements e LEFT JOIN invitations i ON i.id = "
                                   "e.invitation_id WHERE i.id IS NULL OR i.request_id <> e.request_id OR "
                                   "i.worker_id <> e.worker_id OR i.response <> 'accepted'")),
             0);
    // The stored work date is the one the request's times give, as the repository reads it back.
    RequestRepository requests(*db);
    auto all = requests.listAll();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 160);
    for (const Request &r : std::as_const(*all)) {
        const QDate stored = SqlQuery::toDate([&] {
            SqlQuery q(*db, QStringLiteral("SELECT work_date FROM requests WHERE id = ?"));
            q.bind(r.id);
            auto v = q.scalar();
            return v ? *v : QVariant();
        }());
        QCOMPARE(stored, r.workDate());
        QVERIFY(!r.topics.isEmpty());
    }
    // The ids were given by the generator: a request made afterwards gets a new one (PostgreSQL's identity sequence
    // was moved past them).
    Request extra = all->first();
    extra.id = 0;
    extra.version = 0;
    extra.reference.clear();
    auto saved = requests.save(extra);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().message));
    QCOMPARE(saved->id, 161);
    // The search index holds the generated requests (SQLite's FTS5 index, kept by its triggers).
    if (db->dialect().isSQLite()) {
        const Request &r = all->first();
        QVERIFY(scalar(*db, QStringLiteral("SELECT COUNT(*) FROM requests_search WHERE requests_search MATCH ?"),
                       { QStringLiteral("\"%1\"").arg(r.reference) })
                >= 1);
    }
}

QTEST_GUILESS_MAIN(TestDemoGenerator)
#include "tst_demo_generator.moc"
