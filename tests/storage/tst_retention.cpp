// Retention on both backends (docs/data-protection.md, Retention): the workers who left more than N years ago are
// due (the day after N years, not on it; not a worker who left yesterday, not one already erased); applying erases
// exactly them with erasure's own code and prunes the personal values of audit entries older than M years, keeping
// who, when, what kind and which record; the chain still verifies, the report's figures stay, only an admin applies,
// a stale confirmation or a broken chain changes nothing; and `kohtaamo-cli retention` lists and applies.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "office/OfficeService.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlRecord>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kToday(QDate(2026, 3, 2), QTime(9, 0));
// With the default 2 years: who left before 2.3.2024 is due.
const QDate kDueDay(2024, 3, 1); // the last day that is due
const QDate kBoundary(2024, 3, 2); // exactly two years: not yet
const QDate kYesterday(2026, 3, 1);

// Distinctive values of a worker whose record stays but whose old audit entries are pruned.
const QString kStayName = QStringLiteral("Ingeborg Halvorsen-Pikkarainen");
const QString kStayEmail = QStringLiteral("ingeborg.hp@retention.example");
const QString kStayNote = QStringLiteral("Ingeborg's note about her own placement");

int count(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toInt() : -1;
}

template <typename T> T orFail(const Result<T> &r, const char *what)
{
    if (!r)
        qWarning("%s: %s", what, qPrintable(r.error().message + QLatin1String(" / ") + r.error().detail));
    return r ? *r : T();
}

QString like(const QString &value)
{
    return QLatin1Char('%') + value + QLatin1Char('%');
}

struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};
} // namespace

class TestRetention : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void dueOnTheBoundaryDays();
    void rulesAtZeroAreOff();
    void applyErasesExactlyTheDueWorkersAndPrunesOldAuditValues();
    void onlyAnAdminApplies();
    void aStaleConfirmationChangesNothing();
    void aBrokenAuditChainIsRefused();
    void theCommandListsAndApplies();

private:
    qint64 addWorker(const QString &name, const QString &email, const QDate &on, WorkerStatus status,
                     const QString &notes = {});
    void buildOffice();
    CliRun runCli(const QStringList &args) const;

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    qint64 m_organisation = 0;
    qint64 m_due = 0; // left on kDueDay
    qint64 m_boundary = 0; // left on kBoundary
    qint64 m_yesterday = 0; // left yesterday
    qint64 m_stays = 0; // active since 2020: their old audit entries are pruned, their record stays
};

void TestRetention::init()
{
    m_clock = std::make_unique<FixedClock>(QDateTime(QDate(2020, 1, 10), QTime(10, 0)));
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_office = std::make_unique<OfficeService>(m_testDb->openOrFail());
    // The login this process runs as is the first coordinator, an admin: the command line acts as it too.
    QVERIFY(m_office->actAs(m_office->openedAs()));
    QVERIFY(m_office->isAdmin());
}

void TestRetention::cleanup()
{
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

qint64 TestRetention::addWorker(const QString &name, const QString &email, const QDate &on, WorkerStatus status,
                                const QString &notes)
{
    m_clock->set(QDateTime(on, QTime(11, 0)));
    Worker w;
    w.displayName = name;
    w.email = email;
    w.organisationId = m_organisation;
    w.languages = { QStringLiteral("fi") };
    w.notes = notes;
    auto saved = m_office->saveWorker(w);
    if (!saved) {
        qWarning("%s", qPrintable(saved.error().message));
        return 0;
    }
    if (status != WorkerStatus::Active) {
        Worker left = *saved;
        left.status = status;
        auto changed = m_office->saveWorker(left);
        if (!changed) {
            qWarning("%s", qPrintable(changed.error().message));
            return 0;
        }
    }
    return saved->id;
}

void TestRetention::buildOffice()
{
    m_clock->set(QDateTime(QDate(2020, 1, 10), QTime(10, 0)));
    Organisation org;
    org.name = QStringLiteral("Perhekuntoutuskeskus Lauste");
    m_organisation = orFail(m_office->saveOrganisation(org), "organisation").id;
    QVERIFY(m_organisation != 0);
    m_stays = addWorker(kStayName, kStayEmail, QDate(2020, 2, 3), WorkerStatus::Active, kStayNote);
    m_due = addWorker(QStringLiteral("Aaro Lähtijä"), QStringLiteral("aaro@example.fi"), kDueDay, WorkerStatus::Left);
    m_boundary
        = addWorker(QStringLiteral("Bea Rajalla"), QStringLiteral("bea@example.fi"), kBoundary, WorkerStatus::Left);
    m_yesterday
        = addWorker(QStringLiteral("Cai Eilinen"), QStringLiteral("cai@example.fi"), kYesterday, WorkerStatus::Left);
    QVERIFY(m_stays && m_due && m_boundary && m_yesterday);
    addWorker(QStringLiteral("Dora Tauolla"), QStringLiteral("dora@example.fi"), QDate(2021, 5, 5),
              WorkerStatus::OnBreak);
    m_clock->set(kToday);
}

CliRun TestRetention::runCli(const QStringList &args) const
{
    QProcess p;
    p.start(QStringLiteral(KOHTAAMO_CLI),
            QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                          m_testDb->location().toString() }
                + args);
    CliRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestRetention::dueOnTheBoundaryDays()
{
    buildOffice();
    if (QTest::currentTestFailed())
        return;
    // The day of leaving is recorded when the status becomes Left, and kept while it stays so.
    QCOMPARE(orFail(m_office->worker(m_due), "due").leftOn, kDueDay);
    QCOMPARE(orFail(m_office->worker(m_stays), "stays").leftOn, QDate());
    const RetentionDue due = orFail(m_office->retentionDue(), "due");
    QCOMPARE(due.leftYears, OfficeSettings::kDefaultRetentionLeftYears);
    QCOMPARE(due.auditYears, OfficeSettings::kDefaultRetentionAuditYears);
    QCOMPARE(due.leftBefore, kBoundary);
    QCOMPARE(due.workers.size(), 1);
    QCOMPARE(due.workers.first().id, m_due);
    QCOMPARE(due.workers.first().name, QStringLiteral("Aaro Lähtijä"));
    QCOMPARE(due.workers.first().leftOn, kDueDay);
    // Audit: 5 years before 2.3.2026 is 2.3.2021: the entries of 2020 are due (the office, the first worker).
    QCOMPARE(due.auditBefore, QDate(2021, 3, 2).startOfDay());
    QVERIFY(due.auditEntries >= 2);
    QCOMPARE(due.auditFirst.date(), QDate(2020, 1, 10));
    QCOMPARE(due.auditLast.date(), QDate(2020, 2, 3));

    // The next day the boundary worker is due too.
    m_clock->set(kToday.addDays(1));
    const RetentionDue next = orFail(m_office->retentionDue(), "next day");
    QCOMPARE(next.workers.size(), 2);
    QCOMPARE(next.workers.at(1).id, m_boundary);
}

void TestRetention::rulesAtZeroAreOff()
{
    buildOffice();
    if (QTest::currentTestFailed())
        return;
    OfficeSettings settings = orFail(m_office->officeSettings(), "settings");
    settings.retentionLeftYears = 0;
    settings.retentionAuditYears = 0;
    QVERIFY(m_office->saveOfficeSettings(settings));
    const RetentionDue due = orFail(m_office->retentionDue(), "due");
    QVERIFY(due.isEmpty());
    QVERIFY(!due.leftBefore.isValid());
    QVERIFY(!due.auditBefore.isValid());
    // Bad input names the field and changes nothing.
    settings = orFail(m_office->officeSettings(), "settings");
    settings.retentionAuditYears = -1;
    auto refused = m_office->saveOfficeSettings(settings);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("retentionAuditYears"));
    QCOMPARE(orFail(m_office->officeSettings(), "again").retentionAuditYears, 0);
}

void TestRetention::applyErasesExactlyTheDueWorkersAndPrunesOldAuditValues()
{
    buildOffice();
    if (QTest::currentTestFailed())
        return;
    OfficeService &o = *m_office;
    Database &db = o.database();
    ResultsReportOptions period;
    period.from = QDate(2022, 1, 1);
    period.to = QDate(2026, 12, 31);
    const ResultsReportData before = orFail(o.resultsReport(period), "report before");
    // The values are there before (else the search below would prove nothing).
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE changes LIKE ?"), { like(kStayEmail) }) > 0);
    const int stayEntries
        = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'workers' AND record_id = ?"),
                { m_stays });
    QVERIFY(stayEntries > 0);

    const RetentionDue due = orFail(o.retentionDue(), "due");
    auto applied = o.applyRetention(due);
    QVERIFY2(applied, qPrintable(applied.error().message));
    QCOMPARE(applied->erasures.size(), 1);
    QCOMPARE(applied->erasures.first().workerId, m_due);
    QVERIFY(applied->auditEntriesPruned >= 2);

    // Exactly the due worker is erased; the boundary one, yesterday's and the active one stay as they were.
    QCOMPARE(orFail(o.worker(m_due), "erased").displayName, QStringLiteral("Erased worker #%1").arg(m_due));
    QCOMPARE(orFail(o.worker(m_boundary), "boundary").displayName, QStringLiteral("Bea Rajalla"));
    QCOMPARE(orFail(o.worker(m_yesterday), "yesterday").email, QStringLiteral("cai@example.fi"));
    const Worker stays = orFail(o.worker(m_stays), "stays");
    QCOMPARE(stays.displayName, kStayName);
    QCOMPARE(stays.email, kStayEmail);
    QCOMPARE(stays.notes, kStayNote);

    // No text column of any table holds the erased worker's values or the pruned ones, except the record itself.
    const QStringList gone { QStringLiteral("Aaro Lähtijä"), QStringLiteral("aaro@example.fi") };
    const QStringList pruned { kStayName, kStayEmail, kStayNote };
    SqlQuery tables(db, db.dialect().listTablesSql());
    QVERIFY(tables.exec());
    QStringList names;
    while (tables.next())
        names << tables.value(0).toString();
    for (const QString &table : std::as_const(names)) {
        if (table.startsWith(QLatin1String("requests_search")))
            continue;
        SqlQuery rows(db, QStringLiteral("SELECT * FROM %1").arg(table));
        QVERIFY(rows.exec());
        while (rows.next()) {
            for (int i = 0; i < rows.raw().record().count(); ++i) {
                const QString cell = rows.value(i).toString();
                QStringList values = gone;
                if (table != QLatin1String("workers"))
                    values << pruned;
                for (const QString &value : std::as_const(values))
                    QVERIFY2(!cell.contains(value, Qt::CaseInsensitive),
                             qPrintable(QStringLiteral("%1 found in %2.%3: %4")
                                            .arg(value, table, rows.raw().record().fieldName(i), cell.left(200))));
            }
        }
    }
    // A pruned entry keeps who, when, what kind and which record, and which fields changed.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'workers' AND record_id = ?"),
                   { m_stays }),
             stayEntries);
    SqlQuery first(db,
                   QStringLiteral("SELECT actor, action, changes FROM audit_log WHERE table_name = 'workers' "
                                  "AND record_id = ? ORDER BY id"));
    first.bind(m_stays);
    QVERIFY(first.exec() && first.next());
    QCOMPARE(first.value(0).toString(), m_office->coordinator().username);
    QCOMPARE(first.value(1).toString(), QStringLiteral("insert"));
    const QJsonObject changes = QJsonDocument::fromJson(first.value(2).toString().toUtf8()).object();
    QCOMPARE(changes.value(QStringLiteral("display_name")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("[pruned]"));
    QCOMPARE(changes.value(QStringLiteral("status")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("active")); // not personal: stays
    // Entries newer than five years keep their values (the boundary worker's, written in 2024).
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE changes LIKE ?"),
                  { like(QStringLiteral("bea@example.fi")) })
            > 0);

    // The chain verifies; the run is audited without personal data; the report's figures are the same.
    const AuditVerification v = orFail(o.verifyAudit(), "verify");
    QVERIFY2(v.intact(), qPrintable(v.message));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'retention_runs'")), 1);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'erasures' AND record_id = ?"),
                   { m_due }),
             1);
    const ResultsReportData after = orFail(o.resultsReport(period), "report after");
    QCOMPARE(after.workers, before.workers);
    QCOMPARE(after.hours, before.hours);
    QCOMPARE(after.engagements, before.engagements);

    // Nothing is due any more: the erased worker is not listed again, the pruned entries are not counted again.
    const RetentionDue again = orFail(o.retentionDue(), "again");
    QVERIFY2(again.isEmpty(), qPrintable(QString::number(again.auditEntries)));
}

void TestRetention::onlyAnAdminApplies()
{
    buildOffice();
    if (QTest::currentTestFailed())
        return;
    OfficeService &o = *m_office;
    const QString admin = o.coordinator().username;
    QVERIFY(o.actAs(QStringLiteral("bea"))); // a coordinator
    QVERIFY(o.actAs(QStringLiteral("vera")));
    QVERIFY(o.actAs(admin));
    for (Coordinator c : orFail(o.coordinators(), "coordinators")) {
        if (c.username != QLatin1String("vera"))
            continue;
        c.role = CoordinatorRole::Viewer;
        QVERIFY(o.saveCoordinator(c));
    }
    Database &db = o.database();
    const int audit = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    for (const char *login : { "bea", "vera" }) {
        QVERIFY(o.actAs(QString::fromLatin1(login)));
        const RetentionDue due = orFail(o.retentionDue(), "due"); // reading is allowed
        QCOMPARE(due.workers.size(), 1);
        auto refused = o.applyRetention(due);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::NotAllowed);
        QVERIFY2(refused.error().message.contains(QLatin1String("admin")), qPrintable(refused.error().message));
    }
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    QCOMPARE(orFail(o.worker(m_due), "due").displayName, QStringLiteral("Aaro Lähtijä"));
}

void TestRetention::aStaleConfirmationChangesNothing()
{
    buildOffice();
    if (QTest::currentTestFailed())
        return;
    OfficeService &o = *m_office;
    const RetentionDue seen = orFail(o.retentionDue(), "due");
    // Another coordinator brings the worker back before the admin confirms.
    Worker back = orFail(o.worker(m_due), "due");
    back.status = WorkerStatus::Active;
    QVERIFY(o.saveWorker(back));
    QVERIFY(!orFail(o.worker(m_due), "back").leftOn.isValid());
    const int audit = count(o.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto refused = o.applyRetention(seen);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::Conflict);
    QCOMPARE(count(o.database(), QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    QCOMPARE(orFail(o.worker(m_due), "back").displayName, QStringLiteral("Aaro Lähtijä"));
}

void TestRetention::aBrokenAuditChainIsRefused()
{
    buildOffice();
    if (QTest::currentTestFailed())
        return;
    OfficeService &o = *m_office;
    Database &db = o.database();
    SqlQuery edit(db, QStringLiteral("UPDATE audit_log SET actor = ? WHERE id = (SELECT MAX(id) FROM audit_log)"));
    edit.bind(QStringLiteral("mallory"));
    QVERIFY(edit.exec());
    auto refused = o.applyRetention(orFail(o.retentionDue(), "due"));
    QVERIFY(!refused);
    QCOMPARE(orFail(o.worker(m_due), "due").displayName, QStringLiteral("Aaro Lähtijä"));
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE changes LIKE ?"), { like(kStayEmail) }) > 0);
}

void TestRetention::theCommandListsAndApplies()
{
    buildOffice();
    if (QTest::currentTestFailed())
        return;
    // The command runs today, by the real clock: the fixture's days are all in the past, the due worker's long ago.
    {
        Database &db = m_office->database();
        SqlQuery old(db, QStringLiteral("UPDATE workers SET left_on = ? WHERE id = ?"));
        old.bindAll({ SqlQuery::fromDate(QDate(2001, 1, 1)), m_due });
        QVERIFY(old.exec());
        SqlQuery recent(db, QStringLiteral("UPDATE workers SET left_on = ? WHERE id IN (?, ?)"));
        recent.bindAll({ SqlQuery::fromDate(QDate::currentDate().addDays(-1)), m_boundary, m_yesterday });
        QVERIFY(recent.exec());
    } // (the queries end before the office closes)
    m_office.reset(); // the command has the office to itself

    const CliRun list = runCli({ QStringLiteral("retention") });
    QVERIFY2(list.exitCode == 0, qPrintable(list.err));
    QVERIFY2(list.out.contains(QStringLiteral("#%1 Aaro Lähtijä").arg(m_due)), qPrintable(list.out));
    QVERIFY2(!list.out.contains(QLatin1String("Bea Rajalla")), qPrintable(list.out));
    QVERIFY2(list.out.contains(QLatin1String("Audit entries older than 5 years")), qPrintable(list.out));

    const CliRun unsure = runCli({ QStringLiteral("retention"), QStringLiteral("--apply") });
    QCOMPARE(unsure.exitCode, 2);
    QVERIFY2(unsure.err.contains(QLatin1String("--yes")), qPrintable(unsure.err));

    // The command acts as its own login (the database user on PostgreSQL). Unless that is this process's login, the
    // office's first coordinator and admin, it is a coordinator: refused, nothing changes; then made an admin.
    CliRun apply = runCli({ QStringLiteral("retention"), QStringLiteral("--apply"), QStringLiteral("--yes") });
    m_office = std::make_unique<OfficeService>(m_testDb->openOrFail());
    QVERIFY(m_office->actAs(m_office->openedAs()));
    if (m_office->coordinators()->size() > 1) {
        QVERIFY(apply.exitCode != 0);
        QVERIFY2(apply.err.contains(QLatin1String("Only an admin can apply the retention rules.")),
                 qPrintable(apply.err));
        QCOMPARE(orFail(m_office->worker(m_due), "not yet").displayName, QStringLiteral("Aaro Lähtijä"));
        QVERIFY(m_office->isAdmin());
        for (Coordinator c : orFail(m_office->coordinators(), "coordinators")) {
            c.role = CoordinatorRole::Admin;
            QVERIFY(m_office->saveCoordinator(c));
        }
        m_office.reset();
        apply = runCli({ QStringLiteral("retention"), QStringLiteral("--apply"), QStringLiteral("--yes") });
    }
    m_office.reset();
    QVERIFY2(apply.exitCode == 0, qPrintable(apply.out + apply.err));
    QVERIFY2(apply.out.contains(QLatin1String("Workers erased: 1.")), qPrintable(apply.out));
    const CliRun verify = runCli({ QStringLiteral("audit"), QStringLiteral("verify") });
    QVERIFY2(verify.exitCode == 0, qPrintable(verify.out + verify.err));

    m_office = std::make_unique<OfficeService>(m_testDb->openOrFail());
    QCOMPARE(orFail(m_office->worker(m_due), "erased").displayName, QStringLiteral("Erased worker #%1").arg(m_due));
}

QTEST_GUILESS_MAIN(TestRetention)
#include "tst_retention.moc"
