// The audit viewer's reads on both backends (OfficeService::auditLog, docs/data-protection.md): filters by record,
// person, coordinator and period; pages newest first without gaps or repeats; only an admin reads; a bad filter names
// its field; each export writes one entry with nothing personal and the chain verifies; 100,000 entries page quickly.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "office/OfficeService.h"
#include "storage/SqlQuery.h"

#include <QElapsedTimer>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kDay1(QDate(2026, 3, 2), QTime(9, 0));
const QDateTime kDay3(QDate(2026, 3, 4), QTime(23, 30)); // late evening: still the 4th in the office's zone
const QDateTime kDay5(QDate(2026, 3, 6), QTime(0, 15));

int count(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toInt() : -1;
}

QVector<AuditLogEntry> all(OfficeService &o, const AuditFilter &filter)
{
    auto page = o.auditLog(filter, 0, 10000);
    if (!page)
        qWarning("auditLog: %s", qPrintable(page.error().message));
    return page ? *page : QVector<AuditLogEntry>();
}
} // namespace

class TestAuditLog : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void filtersByRecordPersonCoordinatorAndPeriod();
    void namesEachRecordAndCoordinatorAsTheyAreNow();
    void pagesAreNewestFirstWithoutGapsOrRepeats();
    void onlyAnAdminOrAToolReadsTheAuditLog();
    void aBadFilterNamesItsFieldAndReadsNothing();
    void eachExportWritesOneEntryWithoutPersonalDataAndTheChainVerifies();
    void aViewersExportIsLoggedToo();
    void aHundredThousandEntriesPageQuickly();

private:
    void build();
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    qint64 m_org = 0;
    qint64 m_aino = 0;
    qint64 m_bertil = 0;
    qint64 m_request = 0;
    QString m_reference;
};

void TestAuditLog::init()
{
    m_clock = std::make_unique<FixedClock>(kDay1);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_office = std::make_unique<OfficeService>(m_testDb->openOrFail());
    QVERIFY(m_office->actAs(QStringLiteral("anna"))); // the first coordinator: admin
    QVERIFY(m_office->isAdmin());
}

void TestAuditLog::cleanup()
{
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

// Day 1: anna (admin) adds an organisation, Aino with a consent and Bertil; bea and vera are recorded. Day 3: bea
// edits Aino. Day 5: anna logs a request.
void TestAuditLog::build()
{
    OfficeService &o = *m_office;
    QVERIFY(o.actAs(QStringLiteral("bea")));
    QVERIFY(o.actAs(QStringLiteral("vera")));
    QVERIFY(o.actAs(QStringLiteral("anna")));
    const QVector<Coordinator> everyone = *o.coordinators(); // kept: the loop must not walk a temporary
    for (Coordinator c : everyone) {
        if (c.username == QLatin1String("vera")) {
            c.role = CoordinatorRole::Viewer;
            QVERIFY(o.saveCoordinator(c));
        } else if (c.username == QLatin1String("bea")) {
            c.displayName = QStringLiteral("Bea Berg");
            QVERIFY(o.saveCoordinator(c));
        }
    }
    Organisation org;
    org.name = QStringLiteral("Perhekuntoutuskeskus Lauste");
    auto savedOrg = o.saveOrganisation(org);
    QVERIFY2(savedOrg, qPrintable(savedOrg.error().message));
    m_org = savedOrg->id;
    Worker w;
    w.displayName = QStringLiteral("Aino Virtanen");
    w.organisationId = m_org;
    w.languages = { QStringLiteral("fi") };
    Consent contact;
    contact.scope = ConsentScope::Contact;
    contact.givenOn = kDay1.date();
    WorkerConsentChanges consents;
    consents.recorded = { { contact, std::nullopt } };
    auto aino = o.saveWorker(w, consents);
    QVERIFY2(aino, qPrintable(aino.error().message));
    m_aino = aino->id;
    Worker b;
    b.displayName = QStringLiteral("Bertil Sund");
    b.organisationId = m_org;
    b.languages = { QStringLiteral("sv") };
    auto bertil = o.saveWorker(b);
    QVERIFY2(bertil, qPrintable(bertil.error().message));
    m_bertil = bertil->id;

    m_clock->set(kDay3);
    QVERIFY(o.actAs(QStringLiteral("bea")));
    Worker edited = *o.worker(m_aino);
    edited.municipality = QStringLiteral("Naantali");
    QVERIFY(o.saveWorker(edited));

    m_clock->set(kDay5);
    QVERIFY(o.actAs(QStringLiteral("anna")));
    Request r;
    r.receivedOn = kDay5.date();
    r.requesterName = QStringLiteral("Tiina Trainer");
    r.title = QStringLiteral("Onboarding of new social workers");
    auto request = o.saveRequest(r);
    QVERIFY2(request, qPrintable(request.error().message));
    m_request = request->id;
    m_reference = request->reference;
}

void TestAuditLog::filtersByRecordPersonCoordinatorAndPeriod()
{
    build();
    if (QTest::currentTestFailed())
        return;
    OfficeService &o = *m_office;
    Database &db = o.database();

    AuditFilter record;
    record.table = QStringLiteral("workers");
    record.recordId = m_aino;
    const auto ofRecord = all(o, record);
    QCOMPARE(ofRecord.size(),
             count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'workers' AND record_id = ?"),
                   { m_aino }));
    QCOMPARE(ofRecord.size(), 2); // added, then edited by bea
    QCOMPARE(*o.auditLogCount(record), 2);
    for (const AuditLogEntry &e : ofRecord)
        QCOMPARE(e.entry.recordId, m_aino);

    AuditFilter person;
    person.workerId = m_aino;
    const auto ofPerson = all(o, person);
    const qint64 consentId = o.consents(m_aino)->first().id;
    QCOMPARE(ofPerson.size(), 3); // the record twice and the consent
    QCOMPARE(*o.auditLogCount(person), 3);
    bool sawConsent = false;
    for (const AuditLogEntry &e : ofPerson) {
        if (e.entry.tableName == QLatin1String("consents")) {
            QCOMPARE(e.entry.recordId, consentId);
            sawConsent = true;
        } else {
            QCOMPARE(e.entry.tableName, QStringLiteral("workers"));
            QCOMPARE(e.entry.recordId, m_aino);
        }
    }
    QVERIFY(sawConsent);

    AuditFilter byBea;
    byBea.actor = QStringLiteral("bea");
    const auto ofBea = all(o, byBea);
    QCOMPARE(ofBea.size(), count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE actor = 'bea'")));
    QVERIFY(!ofBea.isEmpty());
    for (const AuditLogEntry &e : ofBea)
        QCOMPARE(e.entry.actor, QStringLiteral("bea"));

    // The 4th as the office counts days, both ends included: bea's edit at 23:30 only.
    AuditFilter day3;
    day3.from = kDay3.date();
    day3.to = kDay3.date();
    const auto onDay3 = all(o, day3);
    QCOMPARE(onDay3.size(), 1);
    QCOMPARE(onDay3.first().entry.actor, QStringLiteral("bea"));
    QCOMPARE(onDay3.first().entry.at, kDay3);
    AuditFilter fromDay3;
    fromDay3.from = kDay3.date();
    const auto since = all(o, fromDay3);
    QVERIFY(since.size() >= 2); // the edit and the request
    for (const AuditLogEntry &e : since)
        QVERIFY(e.entry.at >= QDateTime(kDay3.date(), QTime(0, 0)));
    AuditFilter untilDay1;
    untilDay1.to = kDay1.date();
    for (const AuditLogEntry &e : all(o, untilDay1))
        QVERIFY(e.entry.at < QDateTime(kDay1.date().addDays(1), QTime(0, 0)));

    // The parts narrow together: Aino's entries by anna leave out bea's edit.
    AuditFilter ainoByAnna = person;
    ainoByAnna.actor = QStringLiteral("anna");
    QCOMPARE(all(o, ainoByAnna).size(), 2);

    // Words in the changes: the municipality bea typed, whatever its case.
    AuditFilter text;
    text.text = QStringLiteral("naantali");
    const auto withText = all(o, text);
    QCOMPARE(withText.size(), 1);
    QCOMPARE(withText.first().entry.recordId, m_aino);
}

void TestAuditLog::namesEachRecordAndCoordinatorAsTheyAreNow()
{
    build();
    if (QTest::currentTestFailed())
        return;
    OfficeService &o = *m_office;
    AuditFilter person;
    person.workerId = m_aino;
    for (const AuditLogEntry &e : all(o, person))
        QCOMPARE(e.recordLabel, QStringLiteral("Aino Virtanen"));
    AuditFilter request;
    request.table = QStringLiteral("requests");
    request.recordId = m_request;
    const auto ofRequest = all(o, request);
    QVERIFY(!ofRequest.isEmpty());
    QCOMPARE(ofRequest.first().recordLabel, m_reference);
    AuditFilter byBea;
    byBea.actor = QStringLiteral("bea");
    for (const AuditLogEntry &e : all(o, byBea))
        QCOMPARE(e.actorName, QStringLiteral("Bea Berg"));
    const auto actors = *o.auditActors();
    QVERIFY(actors.contains(qMakePair(QStringLiteral("bea"), QStringLiteral("Bea Berg"))));

    // After an erasure the worker is named as the register names them now.
    QVERIFY(o.actAs(QStringLiteral("anna")));
    auto erased = o.eraseWorker(m_bertil, o.worker(m_bertil)->version);
    QVERIFY2(erased, qPrintable(erased.error().message));
    AuditFilter bertil;
    bertil.workerId = m_bertil;
    const auto ofBertil = all(o, bertil);
    QVERIFY(ofBertil.size() >= 2); // added, erased
    for (const AuditLogEntry &e : ofBertil)
        QCOMPARE(e.recordLabel, QStringLiteral("Erased worker #%1").arg(m_bertil));
}

void TestAuditLog::pagesAreNewestFirstWithoutGapsOrRepeats()
{
    OfficeService &o = *m_office;
    for (int i = 0; i < 30; ++i) {
        m_clock->set(kDay1.addSecs(60 * i));
        QVERIFY(o.recordExport({ ExportRecord::Kind::ResultsReport, QStringLiteral("CSV"),
                                 QStringLiteral("report-%1.csv").arg(i), QStringLiteral("2026") }));
    }
    const int total = *o.auditLogCount({});
    QCOMPARE(total, count(o.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log")));
    QVERIFY(total >= 30);
    QVector<qint64> ids;
    for (int offset = 0; offset < total; offset += 7) {
        auto page = o.auditLog({}, offset, 7);
        QVERIFY2(page, qPrintable(page.error().message));
        QCOMPARE(page->size(), qMin(7, total - offset));
        for (const AuditLogEntry &e : *page)
            ids << e.entry.id;
    }
    QCOMPARE(ids.size(), total);
    for (int i = 1; i < ids.size(); ++i)
        QVERIFY2(ids[i] < ids[i - 1], "newest first, each once");
    QCOMPARE(ids.first(), qint64(count(o.database(), QStringLiteral("SELECT MAX(id) FROM audit_log"))));
    QVERIFY(o.auditLog({}, total, 7)->isEmpty());
}

void TestAuditLog::onlyAnAdminOrAToolReadsTheAuditLog()
{
    build();
    if (QTest::currentTestFailed())
        return;
    OfficeService &o = *m_office;
    for (const char *login : { "bea", "vera" }) {
        QVERIFY(o.actAs(QString::fromLatin1(login)));
        auto page = o.auditLog({}, 0, 10);
        QVERIFY(!page);
        QCOMPARE(page.error().code, Error::Code::NotAllowed);
        QCOMPARE(page.error().detail, QStringLiteral("role"));
        QVERIFY(page.error().message.contains(QLatin1String("admin")));
        QVERIFY(!o.auditLogCount({}));
        QVERIFY(!o.auditActors());
        QVERIFY(!o.mayReadAudit());
    }
    QVERIFY(o.actAs(QStringLiteral("anna")));
    QVERIFY(o.mayReadAudit());
    const int before = count(o.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(o.auditLog({}, 0, 10));
    QCOMPARE(count(o.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), before); // reading is not logged
    o.actAsTool(QStringLiteral("kohtaamo-cli"));
    QVERIFY(o.auditLog({}, 0, 10));
}

void TestAuditLog::aBadFilterNamesItsFieldAndReadsNothing()
{
    OfficeService &o = *m_office;
    AuditFilter backwards;
    backwards.from = QDate(2026, 3, 5);
    backwards.to = QDate(2026, 3, 4);
    auto page = o.auditLog(backwards, 0, 10);
    QVERIFY(!page);
    QCOMPARE(page.error().code, Error::Code::InvalidInput);
    QCOMPARE(page.error().detail, QStringLiteral("to"));
    AuditFilter noId;
    noId.table = QStringLiteral("workers");
    QCOMPARE(o.auditLogCount(noId).error().detail, QStringLiteral("record"));
    QCOMPARE(o.auditLog({}, 0, 0).error().detail, QStringLiteral("limit"));
    QCOMPARE(o.auditLog({}, -1, 10).error().detail, QStringLiteral("limit"));
}

void TestAuditLog::eachExportWritesOneEntryWithoutPersonalDataAndTheChainVerifies()
{
    OfficeService &o = *m_office;
    Database &db = o.database();
    const QVector<ExportRecord> exports {
        { ExportRecord::Kind::OfficeData,
          QStringLiteral("JSON"),
          QStringLiteral("/home/anna/private/office.json"),
          {} },
        { ExportRecord::Kind::ResultsReport, QStringLiteral("PDF"), QStringLiteral("report.pdf"),
          QStringLiteral("2026") },
        { ExportRecord::Kind::Fees, QStringLiteral("XLSX"), QStringLiteral("fees.xlsx"), QStringLiteral("2026-12/1") },
        { ExportRecord::Kind::CommissionSummary, QStringLiteral("print"), {}, QStringLiteral("2026-0001") },
    };
    for (const ExportRecord &e : exports) {
        const int before = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        QVERIFY(o.recordExport(e));
        QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before + 1);
        const AuditLogEntry last = o.auditLog({}, 0, 1)->first();
        QCOMPARE(last.entry.tableName, QStringLiteral("exports"));
        QCOMPARE(last.entry.action, QStringLiteral("insert"));
        QCOMPARE(last.entry.actor, QStringLiteral("anna"));
        QCOMPARE(last.actorId, o.coordinator().id);
        QCOMPARE(
            last.entry.changes.value(QStringLiteral("exported")).toObject().value(QStringLiteral("new")).toString(),
            ExportRecord::kindCode(e.kind));
        QCOMPARE(last.entry.changes.value(QStringLiteral("format")).toObject().value(QStringLiteral("new")).toString(),
                 e.format);
        const QString file
            = last.entry.changes.value(QStringLiteral("file")).toObject().value(QStringLiteral("new")).toString();
        QVERIFY2(!file.contains(QLatin1Char('/')), qPrintable(file)); // no folder (a home folder names its owner)
    }
    const auto verified = o.verifyAudit();
    QVERIFY2(verified && verified->intact(), verified ? qPrintable(verified->message) : "verify failed");
    // Bad input names the field and writes nothing.
    const int before = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto noFormat = o.recordExport({ ExportRecord::Kind::OfficeData, QString(), QStringLiteral("x.json"), {} });
    QVERIFY(!noFormat);
    QCOMPARE(noFormat.error().detail, QStringLiteral("format"));
    auto longName = o.recordExport(
        { ExportRecord::Kind::OfficeData, QStringLiteral("JSON"), QString(201, QLatin1Char('x')), {} });
    QCOMPARE(longName.error().detail, QStringLiteral("file"));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), before);
}

void TestAuditLog::aViewersExportIsLoggedToo()
{
    build();
    if (QTest::currentTestFailed())
        return;
    OfficeService &o = *m_office;
    QVERIFY(o.actAs(QStringLiteral("vera")));
    QVERIFY(!o.requireWriter()); // a viewer changes nothing ...
    QVERIFY(o.recordExport({ ExportRecord::Kind::ResultsReport, QStringLiteral("CSV"), QStringLiteral("r.csv"),
                             QStringLiteral("2026") })); // ... but their export is logged
    QVERIFY(o.actAs(QStringLiteral("anna")));
    AuditFilter byVera;
    byVera.actor = QStringLiteral("vera");
    byVera.text = QStringLiteral("r.csv");
    const auto ofVera = all(o, byVera); // her export, not her record made when she first came
    QCOMPARE(ofVera.size(), 1);
    QCOMPARE(ofVera.first().entry.tableName, QStringLiteral("exports"));
    QVERIFY(o.verifyAudit()->intact());
}

void TestAuditLog::aHundredThousandEntriesPageQuickly()
{
    OfficeService &o = *m_office;
    Database &db = o.database();
    // 100,000 entries by ten logins in one statement, at the time of one real entry (unchained: this test reads
    // pages, it does not verify).
    QVERIFY(o.recordExport({ ExportRecord::Kind::OfficeData, QStringLiteral("JSON"), QStringLiteral("o.json") }));
    {
        SqlQuery q(db,
                   QStringLiteral("WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < 100000) "
                                  "INSERT INTO audit_log (at, actor, table_name, record_id, action, changes) "
                                  "SELECT a.at, 'login' || (n.i % 10), 'workers', n.i % 5000 + 1, 'update', '{}' "
                                  "FROM n, (SELECT at FROM audit_log ORDER BY id LIMIT 1) a"));
        const Status inserted = q.exec();
        QVERIFY2(inserted, inserted ? "" : qPrintable(inserted.error().message));
    }
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")) >= 100000);
    struct Case
    {
        const char *what;
        AuditFilter filter;
        int offset;
    };
    AuditFilter byLogin;
    byLogin.actor = QStringLiteral("login3");
    AuditFilter ofRecord;
    ofRecord.table = QStringLiteral("workers");
    ofRecord.recordId = 42;
    AuditFilter period;
    period.from = kDay1.date();
    period.to = kDay1.date();
    const QVector<Case> cases { { "first page", {}, 0 },
                                { "deep page", {}, 50000 },
                                { "one coordinator", byLogin, 0 },
                                { "one record", ofRecord, 0 },
                                { "a period", period, 0 } };
    for (const Case &c : cases) {
        QElapsedTimer t;
        t.start();
        auto page = o.auditLog(c.filter, c.offset, 100);
        QVERIFY2(page, c.what);
        QVERIFY2(!page->isEmpty(), c.what);
        const qint64 ms = t.elapsed();
        qInfo("%s: %lld ms", c.what, ms);
        QVERIFY2(ms < 1000, c.what);
    }
    if (!TestDatabase::postgres()) {
        // The coordinator's page walks audit_log_actor backwards in id order: no sort of the whole log.
        SqlQuery plan(db,
                      QStringLiteral("EXPLAIN QUERY PLAN SELECT id FROM audit_log WHERE actor = ? "
                                     "ORDER BY id DESC LIMIT 100 OFFSET 0"));
        plan.bind(QStringLiteral("login3"));
        QVERIFY(plan.exec());
        QString text;
        while (plan.next())
            text += plan.value(3).toString() + QLatin1Char('\n');
        QVERIFY2(text.contains(QLatin1String("audit_log_actor")), qPrintable(text));
        QVERIFY2(!text.contains(QLatin1String("TEMP B-TREE")), qPrintable(text));
    }
}

QTEST_GUILESS_MAIN(TestAuditLog)
#include "tst_audit_log.moc"
