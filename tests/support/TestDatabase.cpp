#include "TestDatabase.h"

#include <QAtomicInt>
#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

namespace Kohtaamo::Test {

namespace {
QAtomicInt s_counter;

QSqlDatabase adminConnection(const QString &name)
{
    QSqlDatabase admin = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    admin.setHostName(qEnvironmentVariable("PGHOST", QStringLiteral("localhost")));
    admin.setPort(qEnvironmentVariableIntValue("PGPORT") ? qEnvironmentVariableIntValue("PGPORT") : 5432);
    admin.setUserName(qEnvironmentVariable("PGUSER", QStringLiteral("postgres")));
    admin.setPassword(qEnvironmentVariable("PGPASSWORD"));
    admin.setDatabaseName(QStringLiteral("postgres"));
    return admin;
}
} // namespace

bool TestDatabase::postgres()
{
    return qEnvironmentVariable("KOHTAAMO_TEST_BACKEND") == QLatin1String("postgresql");
}

QString TestDatabase::backendName()
{
    return postgres() ? QStringLiteral("postgresql") : QStringLiteral("sqlite");
}

TestDatabase::TestDatabase()
{
    if (!postgres()) {
        m_location = DatabaseLocation::sqlite(m_dir.filePath(QStringLiteral("kohtaamo-test.sqlite")));
        m_ready = m_dir.isValid();
        m_error = QStringLiteral("no temporary folder");
        return;
    }
    if (qEnvironmentVariable("PGHOST").isEmpty()) {
        m_error = QStringLiteral("PostgreSQL test without a server: PGHOST is not set. Run the suite with `make test`, "
                                 "which starts a throwaway cluster.");
        return;
    }
    m_pgName = QStringLiteral("kohtaamo_test_%1_%2")
                   .arg(QCoreApplication::applicationPid())
                   .arg(s_counter.fetchAndAddRelaxed(1));
    const QString conn = QStringLiteral("admin-") + m_pgName;
    {
        QSqlDatabase admin = adminConnection(conn);
        if (!admin.open()) {
            m_error = QStringLiteral("cannot reach the PostgreSQL server: ") + admin.lastError().text();
        } else {
            QSqlQuery q(admin);
            // The name is generated above from digits and a fixed prefix; CREATE DATABASE takes no bound values.
            if (!q.exec(QStringLiteral("CREATE DATABASE ") + m_pgName))
                m_error = QStringLiteral("cannot create a test database: ") + q.lastError().text();
            else
                m_ready = true;
        }
    }
    QSqlDatabase::removeDatabase(conn);
    m_location.kind = DatabaseLocation::Kind::PostgreSQL;
    m_location.host = qEnvironmentVariable("PGHOST", QStringLiteral("localhost"));
    m_location.port = qEnvironmentVariableIntValue("PGPORT") ? qEnvironmentVariableIntValue("PGPORT") : 5432;
    m_location.user = qEnvironmentVariable("PGUSER", QStringLiteral("postgres"));
    m_location.password = qEnvironmentVariable("PGPASSWORD");
    m_location.databaseName = m_pgName;
}

TestDatabase::~TestDatabase()
{
    if (m_pgName.isEmpty() || !m_ready)
        return;
    const QString conn = QStringLiteral("admin-drop-") + m_pgName;
    {
        QSqlDatabase admin = adminConnection(conn);
        if (admin.open()) {
            QSqlQuery q(admin);
            q.exec(QStringLiteral("DROP DATABASE IF EXISTS ") + m_pgName + QStringLiteral(" WITH (FORCE)"));
        }
    }
    QSqlDatabase::removeDatabase(conn);
}

Result<std::unique_ptr<Database>> TestDatabase::open(const Database::OpenOptions &options) const
{
    return Database::open(m_location, options);
}

std::unique_ptr<Database> TestDatabase::openOrFail(const Database::OpenOptions &options) const
{
    auto r = Database::open(m_location, options);
    if (!r) {
        QTest::qFail(qPrintable(QStringLiteral("opening the test database failed: ") + r.error().message
                                + QStringLiteral(" / ") + r.error().detail),
                     __FILE__, __LINE__);
        return nullptr;
    }
    auto db = std::move(r).value();
    db->setActor(QStringLiteral("test-coordinator"));
    return db;
}

} // namespace Kohtaamo::Test
