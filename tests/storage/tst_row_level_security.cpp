// A shared PostgreSQL database where each coordinator connects as their own login (docs/shared-database.md): the
// server, not Kohtaamo, keeps one organisation's workers from another's coordinators. Each test sets up two
// organisations and their coordinators' logins with `admin init-postgres` / `add-coordinator` (the office service),
// then connects as one login with plain SQL and fails to read or change the other organisation's rows. On SQLite
// (a file only its owner reads) there are no logins: those tests skip; the reference numbers run on both.
#include "HeldRequestFixture.h"
#include "TestDatabase.h"
#include "common/Clock.h"
#include "office/OfficeService.h"
#include "repositories/RequestRepository.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QProcess>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUuid>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {

const QString kPassword = QStringLiteral("correct horse battery");

// A raw connection as `login`, closed and removed with the object.
class LoginConnection
{
public:
    LoginConnection(const DatabaseLocation &location, const QString &login, const QString &password)
        : m_name(QStringLiteral("login-") + QUuid::createUuid().toString(QUuid::WithoutBraces))
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_name);
        db.setHostName(location.host);
        db.setPort(location.port);
        db.setDatabaseName(location.databaseName);
        db.setUserName(login);
        db.setPassword(password);
        m_open = db.open();
        m_error = db.lastError().text();
    }
    ~LoginConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    bool open() const { return m_open; }
    QString error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

    // Rows a statement returns or touches; -1 with `error` set when it fails.
    int count(const QString &sql, const QVariantList &values = {})
    {
        QSqlQuery q(db());
        q.prepare(sql);
        for (const QVariant &v : values)
            q.addBindValue(v);
        if (!q.exec()) {
            lastError = q.lastError().text();
            return -1;
        }
        if (q.isSelect())
            return q.next() ? q.value(0).toInt() : 0;
        return q.numRowsAffected();
    }
    QString lastError;

private:
    QString m_name;
    bool m_open = false;
    QString m_error;
};

} // namespace

class TestRowLevelSecurity : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void rowLevelSecurityHidesAnotherOrganisationsWorkers();
    void rowLevelSecurityShowsAWorkerThroughAnAcceptedRequest();
    void rowLevelSecurityLetsTheAppWorkAsACoordinatorLogin();
    void referenceNumbersStayUniqueAcrossOrganisations();
    void auditLogIsAppendOnlyForCoordinators();
    void addCoordinatorRefusesBadInput();
    void adminCommandsSetUpLoginsFromTheCommandLine();

private:
    bool setUpLogins();
    qint64 addWorker(qint64 organisation, const QString &name);
    DatabaseLocation loginLocation(const QString &login) const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office; // the database administrator (the owner of the tables)
    qint64 m_orgA = 0;
    qint64 m_orgB = 0;
    QString m_loginA;
    QString m_loginB;
    QString m_loginAdmin;
};

void TestRowLevelSecurity::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_office = std::make_unique<OfficeService>(std::move(db));
    m_office->actAsTool(QStringLiteral("dba"));
    for (auto [name, id] : { std::pair<QString, qint64 *> { QStringLiteral("Lauste"), &m_orgA },
                             { QStringLiteral("Pesäpuu"), &m_orgB } }) {
        SqlQuery org(m_office->database(),
                     QStringLiteral("INSERT INTO organisations (name, short_name, version) VALUES (?, ?, 1) "
                                    "RETURNING id"));
        org.bindAll({ QString(name + QStringLiteral(" ry")), name });
        auto orgId = org.scalar();
        QVERIFY(orgId);
        *id = orgId->toLongLong();
    }
    // Logins are the cluster's, not the database's: unique names per test run.
    const QString suffix = QStringLiteral("%1_%2")
                               .arg(QCoreApplication::applicationPid())
                               .arg(QUuid::createUuid().toString(QUuid::Id128).left(6));
    m_loginA = QStringLiteral("rls_a_") + suffix;
    m_loginB = QStringLiteral("rls_b_") + suffix;
    m_loginAdmin = QStringLiteral("rls_admin_") + suffix;
}

void TestRowLevelSecurity::cleanup()
{
    m_office.reset();
    if (TestDatabase::postgres() && m_testDb && m_testDb->ready()) {
        // Drop the test's logins (they own nothing once the database is gone).
        const DatabaseLocation admin = m_testDb->location();
        m_testDb.reset();
        const QString name = QStringLiteral("rls-drop");
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(admin.host);
            db.setPort(admin.port);
            db.setUserName(admin.user);
            db.setPassword(admin.password);
            db.setDatabaseName(QStringLiteral("postgres"));
            if (db.open()) {
                for (const QString &login : { m_loginA, m_loginB, m_loginAdmin })
                    QSqlQuery(db).exec(QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(login));
            }
        }
        QSqlDatabase::removeDatabase(name);
    }
    m_testDb.reset();
}

DatabaseLocation TestRowLevelSecurity::loginLocation(const QString &login) const
{
    DatabaseLocation l = m_testDb->location();
    l.user = login;
    l.password = kPassword;
    return l;
}

bool TestRowLevelSecurity::setUpLogins()
{
    if (Status s = m_office->initPostgres(); !s) {
        qWarning("init-postgres: %s / %s", qPrintable(s.error().message), qPrintable(s.error().detail));
        return false;
    }
    // Twice: running it again is harmless.
    if (Status s = m_office->initPostgres(); !s) {
        qWarning("init-postgres again: %s", qPrintable(s.error().message));
        return false;
    }
    for (auto [login, organisation, role] :
         { std::tuple { m_loginA, QStringLiteral("Lauste"), CoordinatorRole::Coordinator },
           std::tuple { m_loginB, QStringLiteral("Pesäpuu ry"), CoordinatorRole::Coordinator },
           std::tuple { m_loginAdmin, QStringLiteral("Lauste"), CoordinatorRole::Admin } }) {
        CoordinatorLogin request;
        request.login = login;
        request.organisation = organisation;
        request.role = role;
        request.password = kPassword;
        auto saved = m_office->addCoordinatorLogin(request);
        if (!saved) {
            qWarning("add-coordinator %s: %s / %s", qPrintable(login), qPrintable(saved.error().message),
                     qPrintable(saved.error().detail));
            return false;
        }
    }
    return true;
}

qint64 TestRowLevelSecurity::addWorker(qint64 organisation, const QString &name)
{
    Worker w;
    w.displayName = name;
    w.organisationId = organisation;
    w.languages = { QStringLiteral("fi") };
    auto saved = m_office->saveWorker(w);
    if (!saved)
        qWarning("saveWorker: %s", qPrintable(saved.error().message));
    return saved ? saved->id : 0;
}

void TestRowLevelSecurity::rowLevelSecurityHidesAnotherOrganisationsWorkers()
{
    if (!TestDatabase::postgres())
        QSKIP("Row-level security and database logins are PostgreSQL's; an SQLite office is one owner's file.");
    QVERIFY(setUpLogins());
    const qint64 workerA = addWorker(m_orgA, QStringLiteral("Aino Lausteelta"));
    const qint64 workerB = addWorker(m_orgB, QStringLiteral("Bertil Pesäpuusta"));
    QVERIFY(workerA && workerB);

    LoginConnection a(m_testDb->location(), m_loginA, kPassword);
    QVERIFY2(a.open(), qPrintable(a.error()));
    // Reading: its own worker, never the other organisation's (nor their languages or consents).
    QCOMPARE(a.count(QStringLiteral("SELECT COUNT(*) FROM workers WHERE id = ?"), { workerA }), 1);
    QCOMPARE(a.count(QStringLiteral("SELECT COUNT(*) FROM workers WHERE id = ?"), { workerB }), 0);
    QCOMPARE(a.count(QStringLiteral("SELECT COUNT(*) FROM workers")), 1);
    QCOMPARE(a.count(QStringLiteral("SELECT COUNT(*) FROM worker_languages WHERE worker_id = ?"), { workerB }), 0);
    QCOMPARE(a.count(QStringLiteral("SELECT COUNT(*) FROM worker_languages WHERE worker_id = ?"), { workerA }), 1);
    // Changing: 0 rows of the other organisation's, 1 of its own.
    QCOMPARE(a.count(QStringLiteral("UPDATE workers SET notes = 'seen' WHERE id = ?"), { workerB }), 0);
    QCOMPARE(a.count(QStringLiteral("UPDATE workers SET notes = 'seen' WHERE id = ?"), { workerA }), 1);
    QCOMPARE(a.count(QStringLiteral("DELETE FROM worker_languages WHERE worker_id = ?"), { workerB }), 0);
    // Moving its own worker to the other organisation is refused too.
    QCOMPARE(a.count(QStringLiteral("UPDATE workers SET organisation_id = ? WHERE id = ?"), { m_orgB, workerA }), -1);
    QVERIFY2(a.lastError.contains(QLatin1String("row-level security")), qPrintable(a.lastError));
    // Inserting a worker of the other organisation is refused; of its own, allowed.
    const QString insert = QStringLiteral("INSERT INTO workers (display_name, organisation_id, title, version) "
                                          "VALUES (?, ?, 'peer_supporter', 1)");
    QCOMPARE(a.count(insert, { QStringLiteral("Smuggled"), m_orgB }), -1);
    QVERIFY2(a.lastError.contains(QLatin1String("row-level security")), qPrintable(a.lastError));
    QCOMPARE(a.count(insert, { QStringLiteral("Own"), m_orgA }), 1);
    // A consent for the other organisation's worker is refused.
    QCOMPARE(a.count(QStringLiteral("INSERT INTO consents (worker_id, scope, given_on) VALUES (?, 'contact', "
                                    "CURRENT_DATE)"),
                     { workerB }),
             -1);

    // What the owner sees afterwards: the other organisation's worker untouched.
    SqlQuery check(m_office->database(), QStringLiteral("SELECT notes, organisation_id FROM workers WHERE id = ?"));
    check.bind(workerB);
    QVERIFY(check.exec());
    QVERIFY(check.next());
    QCOMPARE(check.value(0).toString(), QString());
    QCOMPARE(check.value(1).toLongLong(), m_orgB);

    // The other login the other way round.
    LoginConnection b(m_testDb->location(), m_loginB, kPassword);
    QVERIFY2(b.open(), qPrintable(b.error()));
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM workers WHERE id = ?"), { workerA }), 0);
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM workers WHERE id = ?"), { workerB }), 1);
    // An admin login sees both.
    LoginConnection admin(m_testDb->location(), m_loginAdmin, kPassword);
    QVERIFY2(admin.open(), qPrintable(admin.error()));
    QCOMPARE(admin.count(QStringLiteral("SELECT COUNT(*) FROM workers WHERE id IN (?, ?)"), { workerA, workerB }), 2);
}

void TestRowLevelSecurity::rowLevelSecurityShowsAWorkerThroughAnAcceptedRequest()
{
    if (!TestDatabase::postgres())
        QSKIP("Row-level security and database logins are PostgreSQL's; an SQLite office is one owner's file.");
    QVERIFY(setUpLogins());
    const qint64 workerA = addWorker(m_orgA, QStringLiteral("Aino Lausteelta"));
    QVERIFY(workerA);
    // A request Pesäpuu runs (its scope), and another only Lauste runs.
    Request r;
    r.receivedOn = QDate(2026, 3, 2);
    r.requesterName = QStringLiteral("Sari Virtanen");
    r.title = QStringLiteral("Joint training day");
    r.organisationScope = { m_orgB };
    auto runByB = m_office->saveRequest(r);
    QVERIFY2(runByB, qPrintable(runByB.error().message));
    r.organisationScope = { m_orgA };
    auto runByA = m_office->saveRequest(r);
    QVERIFY(runByA);

    LoginConnection b(m_testDb->location(), m_loginB, kPassword);
    QVERIFY2(b.open(), qPrintable(b.error()));
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM requests WHERE id = ?"), { runByB->id }), 1);
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM requests WHERE id = ?"), { runByA->id }), 0);

    // Invited and still pending: Pesäpuu does not see Lauste's worker.
    SqlQuery invite(m_office->database(),
                    QStringLiteral("INSERT INTO invitations (request_id, worker_id, response, version) VALUES (?, ?, "
                                   "'pending', 1) RETURNING id"));
    invite.bindAll({ runByB->id, workerA });
    auto invitation = invite.scalar();
    QVERIFY(invitation);
    invite.raw().finish();
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM workers WHERE id = ?"), { workerA }), 0);
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE worker_id = ?"), { workerA }), 0);
    // Accepted: now Pesäpuu sees the worker who works in its request, but still cannot change their record.
    SqlQuery accept(m_office->database(), QStringLiteral("UPDATE invitations SET response = 'accepted' WHERE id = ?"));
    accept.bind(invitation->toLongLong());
    QVERIFY(accept.exec());
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM workers WHERE id = ?"), { workerA }), 1);
    QCOMPARE(b.count(QStringLiteral("SELECT COUNT(*) FROM invitations WHERE worker_id = ?"), { workerA }), 1);
    QCOMPARE(b.count(QStringLiteral("UPDATE workers SET notes = 'mine now' WHERE id = ?"), { workerA }), 0);
}

void TestRowLevelSecurity::rowLevelSecurityLetsTheAppWorkAsACoordinatorLogin()
{
    if (!TestDatabase::postgres())
        QSKIP("Row-level security and database logins are PostgreSQL's; an SQLite office is one owner's file.");
    QVERIFY(setUpLogins());
    const qint64 workerA = addWorker(m_orgA, QStringLiteral("Aino Lausteelta"));
    const qint64 workerB = addWorker(m_orgB, QStringLiteral("Bertil Pesäpuusta"));
    QVERIFY(workerA && workerB);

    auto opened = OfficeService::open(loginLocation(m_loginA));
    QVERIFY2(opened, qPrintable(opened.error().message + QStringLiteral(" / ") + opened.error().detail));
    OfficeService &office = **opened;
    QCOMPARE(office.openedAs(), m_loginA);
    QVERIFY(office.actAs(office.openedAs()));
    QCOMPARE(office.coordinator().organisationId, m_orgA);

    // The register shows its own organisation's worker only.
    auto count = office.workerCount(WorkerRegisterFilter());
    QVERIFY2(count, qPrintable(count.error().message));
    QCOMPARE(*count, 1);
    QVERIFY(office.worker(workerA));
    QVERIFY(!office.worker(workerB));

    // It saves a worker of its own, edits it, and logs a request: through the policies, audited.
    Worker w;
    w.displayName = QStringLiteral("Uusi Lausteelta");
    w.organisationId = m_orgA;
    w.languages = { QStringLiteral("fi"), QStringLiteral("sv") };
    auto saved = office.saveWorker(w);
    QVERIFY2(saved, qPrintable(saved.error().message + QStringLiteral(" / ") + saved.error().detail));
    Worker changed = *saved;
    changed.notes = QStringLiteral("Prefers mornings");
    auto edited = office.saveWorker(changed);
    QVERIFY2(edited, qPrintable(edited.error().message + QStringLiteral(" / ") + edited.error().detail));
    // A worker of the other organisation cannot be saved.
    w.organisationId = m_orgB;
    QVERIFY(!office.saveWorker(w));

    Request r;
    r.receivedOn = QDate(2026, 3, 2);
    r.requesterName = QStringLiteral("Sari Virtanen");
    r.title = QStringLiteral("Family-work brochure");
    r.organisationScope = { m_orgA };
    auto request = office.saveRequest(r);
    QVERIFY2(request, qPrintable(request.error().message + QStringLiteral(" / ") + request.error().detail));
    QVERIFY(!request->reference.isEmpty());

    // The audit chain the coordinator's work extended is intact (checked by the owner, who sees every entry).
    auto verification = m_office->verifyAudit();
    QVERIFY(verification);
    QVERIFY2(verification->intact(), qPrintable(verification->message));
}

void TestRowLevelSecurity::referenceNumbersStayUniqueAcrossOrganisations()
{
    Request r;
    r.receivedOn = QDate(2026, 3, 2);
    r.requesterName = QStringLiteral("Sari Virtanen");
    r.title = QStringLiteral("Family-work brochure");
    if (!TestDatabase::postgres()) {
        // SQLite: the counter is the numbering, whatever reads there are; references typed in move it on.
        RequestRepository repo(m_office->database());
        QCOMPARE(repo.save(r)->reference, QStringLiteral("2026-0001"));
        SqlQuery hide(m_office->database(), QStringLiteral("UPDATE requests SET reference = '2026-x' WHERE 1 = 1"));
        QVERIFY(hide.exec());
        QCOMPARE(repo.save(r)->reference, QStringLiteral("2026-0002"));
        return;
    }
    QVERIFY(setUpLogins());
    auto a = OfficeService::open(loginLocation(m_loginA));
    auto b = OfficeService::open(loginLocation(m_loginB));
    QVERIFY2(a && b, "both logins open the office");
    QVERIFY((*a)->actAs((*a)->openedAs()));
    QVERIFY((*b)->actAs((*b)->openedAs()));
    QStringList references;
    for (int i = 0; i < 3; ++i) {
        for (auto [office, organisation] : { std::pair { a->get(), m_orgA }, std::pair { b->get(), m_orgB } }) {
            r.organisationScope = { organisation };
            auto saved = office->saveRequest(r);
            QVERIFY2(saved, qPrintable(saved.error().message + QStringLiteral(" / ") + saved.error().detail));
            references << saved->reference;
        }
    }
    // Neither login sees the other's requests, and yet every number is new.
    auto seenByA = (*a)->requestByReference(references.at(1));
    QVERIFY(!seenByA);
    QCOMPARE(references,
             QStringList({ QStringLiteral("2026-0001"), QStringLiteral("2026-0002"), QStringLiteral("2026-0003"),
                           QStringLiteral("2026-0004"), QStringLiteral("2026-0005"), QStringLiteral("2026-0006") }));
}

void TestRowLevelSecurity::auditLogIsAppendOnlyForCoordinators()
{
    if (!TestDatabase::postgres())
        QSKIP("The append-only audit table is PostgreSQL's; SQLite's audit is a hash chain (tst_data_protection).");
    QVERIFY(setUpLogins());
    QVERIFY(addWorker(m_orgA, QStringLiteral("Aino Lausteelta")));
    LoginConnection a(m_testDb->location(), m_loginA, kPassword);
    QVERIFY2(a.open(), qPrintable(a.error()));
    QVERIFY(a.count(QStringLiteral("SELECT COUNT(*) FROM audit_log")) > 0);
    // A coordinator may add an entry...
    QCOMPARE(a.count(QStringLiteral("INSERT INTO audit_log (at, actor, table_name, record_id, action, changes) "
                                    "VALUES (CURRENT_TIMESTAMP, ?, 'workers', 1, 'update', '{}')"),
                     { m_loginA }),
             1);
    // ...but never change or remove one, not even its own.
    QCOMPARE(a.count(QStringLiteral("UPDATE audit_log SET actor = 'nobody'")), -1);
    QVERIFY2(a.lastError.contains(QLatin1String("permission denied")), qPrintable(a.lastError));
    QCOMPARE(a.count(QStringLiteral("DELETE FROM audit_log")), -1);
    QVERIFY2(a.lastError.contains(QLatin1String("permission denied")), qPrintable(a.lastError));
    QCOMPARE(a.count(QStringLiteral("TRUNCATE audit_log")), -1);

    // The trigger holds even where a privilege was granted by mistake: DELETE given to the admins is still refused.
    QVERIFY(
        SqlQuery::runStatement(m_office->database(), QStringLiteral("GRANT DELETE ON audit_log TO kohtaamo_admin")));
    LoginConnection admin(m_testDb->location(), m_loginAdmin, kPassword);
    QVERIFY2(admin.open(), qPrintable(admin.error()));
    QCOMPARE(admin.count(QStringLiteral("DELETE FROM audit_log")), -1);
    QVERIFY2(admin.lastError.contains(QLatin1String("append-only")), qPrintable(admin.lastError));
    // Nothing was lost: the owner still sees every entry and an intact chain... except the coordinator's hand-made
    // entry, which carries no hash (the chain names it as added outside Kohtaamo).
    auto verification = m_office->verifyAudit();
    QVERIFY(verification);
    QVERIFY(!verification->intact());
}

void TestRowLevelSecurity::addCoordinatorRefusesBadInput()
{
    CoordinatorLogin request;
    request.login = QStringLiteral("anna");
    request.organisation = QStringLiteral("Lauste");
    request.password = kPassword;
    if (!TestDatabase::postgres()) {
        auto refused = m_office->addCoordinatorLogin(request);
        QVERIFY(!refused);
        QCOMPARE(refused.error().detail, QStringLiteral("database"));
        QVERIFY(!m_office->initPostgres());
        return;
    }
    QVERIFY(m_office->initPostgres());
    for (auto [field, login, organisation, password] :
         { std::tuple { "login", QStringLiteral("Robert'); DROP TABLE workers; --"), QStringLiteral("Lauste"),
                        kPassword },
           std::tuple { "password", m_loginA, QStringLiteral("Lauste"), QStringLiteral("short") },
           std::tuple { "organisation", m_loginA, QStringLiteral("No such ry"), kPassword } }) {
        request.login = login;
        request.organisation = organisation;
        request.password = password;
        auto refused = m_office->addCoordinatorLogin(request);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QCOMPARE(refused.error().detail, QString::fromLatin1(field));
    }
    // Nothing was made: no login, no coordinator.
    SqlQuery roles(m_office->database(), QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"));
    roles.bind(m_loginA);
    QCOMPARE(roles.scalar()->toInt(), 0);
    auto coordinators = m_office->coordinators();
    QVERIFY(coordinators);
    QVERIFY(coordinators->isEmpty());
}

void TestRowLevelSecurity::adminCommandsSetUpLoginsFromTheCommandLine()
{
    if (!TestDatabase::postgres())
        QSKIP("Database logins are PostgreSQL's; an SQLite office is one owner's file.");
    m_office.reset(); // the command line does the work, as the database administrator would
    const DatabaseLocation at = m_testDb->location();
    const QString url
        = QStringLiteral("postgresql://%1@%2:%3/%4").arg(at.user, at.host).arg(at.port).arg(at.databaseName);
    const auto cli = [&](const QStringList &args, const QString &password, QString *said) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("PGPASSWORD"), at.password);
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        if (!password.isNull())
            env.insert(QStringLiteral("KOHTAAMO_COORDINATOR_PASSWORD"), password);
        else
            env.remove(QStringLiteral("KOHTAAMO_COORDINATOR_PASSWORD"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KOHTAAMO_CLI), QStringList { QStringLiteral("--db"), url } + args);
        p.closeWriteChannel();
        p.waitForFinished(120000);
        *said = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    };
    QString said;
    QCOMPARE(cli({ QStringLiteral("admin"), QStringLiteral("init-postgres") }, QString(), &said), 0);
    QVERIFY2(said.contains(QLatin1String("row-level security")), qPrintable(said));
    const QStringList add { QStringLiteral("admin"),          QStringLiteral("add-coordinator"),
                            QStringLiteral("--login"),        m_loginA,
                            QStringLiteral("--organisation"), QStringLiteral("Lauste"),
                            QStringLiteral("--role"),         QStringLiteral("viewer") };
    // No password on the command line, none in the environment and no terminal: refused, nothing made.
    QCOMPARE(cli(add, QString(), &said), 2);
    QVERIFY2(said.contains(QLatin1String("KOHTAAMO_COORDINATOR_PASSWORD")), qPrintable(said));
    QCOMPARE(cli(add, kPassword, &said), 0);
    QVERIFY2(said.contains(m_loginA), qPrintable(said));
    // The new login connects; as a viewer it reads and changes nothing.
    LoginConnection a(at, m_loginA, kPassword);
    QVERIFY2(a.open(), qPrintable(a.error()));
    QCOMPARE(a.count(QStringLiteral("SELECT COUNT(*) FROM coordinators WHERE username = ?"), { m_loginA }), 1);
    QCOMPARE(a.count(QStringLiteral("INSERT INTO workers (display_name, organisation_id, title, version) VALUES "
                                    "('Own', ?, 'peer_supporter', 1)"),
                     { m_orgA }),
             -1);
    QVERIFY2(a.lastError.contains(QLatin1String("permission denied")), qPrintable(a.lastError));
}

QTEST_GUILESS_MAIN(TestRowLevelSecurity)
#include "tst_row_level_security.moc"
