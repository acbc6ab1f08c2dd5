// What Kohtaamo enforces for data protection today (docs/data-protection.md), on both backends: the audit log is a
// hash chain that `kohtaamo-cli audit verify` walks, so that an entry edited or removed with plain SQL is found and
// named (exit 0 when intact, 1 otherwise); SQLite connections overwrite deleted content (secure_delete).
#include "TestDatabase.h"

#include "common/Clock.h"
#include "office/OfficeService.h"
#include "storage/AuditChain.h"
#include "storage/SqlQuery.h"

#include <QProcess>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 11, 2), QTime(9, 0));

qint64 number(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toLongLong() : -1;
}

struct CliRun
{
    int exitCode = -2;
    QString out;
    QString err;
};
} // namespace

class TestDataProtection : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void AuditChainIntactVerifies();
    void AuditChainNamesAnEditedEntry_data();
    void AuditChainNamesAnEditedEntry();
    void AuditChainNamesARemovedEntry();
    void AuditChainNamesEntriesRemovedFromTheEnd();
    void AuditChainNamesAnEntryAddedOutsideKohtaamo();
    void AuditChainWithoutItsHeadIsNotIntact();
    void AuditChainCoversConcurrentWriters();
    void AuditVerifyCommandExitCodes();
    void SecureDeleteIsOnForEverySQLiteConnection();

private:
    // Saves a few organisations: each save is one audit entry.
    void writeSomeEntries(int n);
    qint64 auditId(int index); // the index-th entry in id order
    CliRun runCli(const QStringList &args) const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<FixedClock> m_clock;
};

void TestDataProtection::init()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_office = std::make_unique<OfficeService>(std::move(db));
    QVERIFY(m_office->actAs(QStringLiteral("anna")));
}

void TestDataProtection::cleanup()
{
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

void TestDataProtection::writeSomeEntries(int n)
{
    for (int i = 0; i < n; ++i) {
        Organisation o;
        o.name = QStringLiteral("Järjestö %1").arg(i + 1);
        auto saved = m_office->saveOrganisation(o);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
        m_clock->set(m_clock->now().addSecs(60));
    }
}

qint64 TestDataProtection::auditId(int index)
{
    return number(m_office->database(),
                  QStringLiteral("SELECT id FROM audit_log ORDER BY id LIMIT 1 OFFSET %1").arg(index));
}

CliRun TestDataProtection::runCli(const QStringList &args) const
{
    QProcess p;
    p.start(QStringLiteral(KOHTAAMO_CLI),
            QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                          m_testDb->location().toString() }
                + args);
    CliRun r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestDataProtection::AuditChainIntactVerifies()
{
    writeSomeEntries(5);
    const qint64 entries = number(m_office->database(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    QVERIFY(entries >= 5);
    // Every entry carries its hash and the one before it.
    QCOMPARE(number(m_office->database(),
                    QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE entry_hash IS NULL OR prev_hash IS NULL")),
             qint64(0));
    auto verified = m_office->verifyAudit();
    QVERIFY(verified);
    QVERIFY2(verified->intact(), qPrintable(verified->message));
    QCOMPARE(verified->entries, entries);
    QVERIFY2(verified->message.contains(QString::number(entries)), qPrintable(verified->message));
}

void TestDataProtection::AuditChainNamesAnEditedEntry_data()
{
    QTest::addColumn<QString>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addRow("changes") << QStringLiteral("changes") << QVariant(QStringLiteral("{\"name\":{\"new\":\"Other\"}}"));
    QTest::addRow("actor") << QStringLiteral("actor") << QVariant(QStringLiteral("someone-else"));
    QTest::addRow("record") << QStringLiteral("record_id") << QVariant(qint64(999));
    QTest::addRow("its own hash") << QStringLiteral("entry_hash") << QVariant(QString(64, QLatin1Char('0')));
}

void TestDataProtection::AuditChainNamesAnEditedEntry()
{
    QFETCH(QString, column);
    QFETCH(QVariant, value);
    writeSomeEntries(5);
    const qint64 edited = auditId(2);
    {
        // Column names are fixed above, never input.
        SqlQuery q(m_office->database(), QStringLiteral("UPDATE audit_log SET %1 = ? WHERE id = ?").arg(column));
        q.bindAll({ value, edited });
        QVERIFY(q.exec());
    }
    auto verified = m_office->verifyAudit();
    QVERIFY(verified);
    QVERIFY(!verified->intact());
    QCOMPARE(verified->problem, AuditVerification::Problem::Edited);
    QCOMPARE(verified->entryId, edited);
    QVERIFY2(verified->message.contains(QStringLiteral("#%1").arg(edited)), qPrintable(verified->message));
    QVERIFY2(verified->message.contains(QStringLiteral("changed")), qPrintable(verified->message));
}

void TestDataProtection::AuditChainNamesARemovedEntry()
{
    writeSomeEntries(5);
    const qint64 before = auditId(1);
    const qint64 removed = auditId(2);
    const qint64 after = auditId(3);
    {
        SqlQuery q(m_office->database(), QStringLiteral("DELETE FROM audit_log WHERE id = ?"));
        q.bind(removed);
        QVERIFY(q.exec());
    }
    auto verified = m_office->verifyAudit();
    QVERIFY(verified);
    QCOMPARE(verified->problem, AuditVerification::Problem::Removed);
    QCOMPARE(verified->entryId, after);
    QVERIFY2(verified->message.contains(QStringLiteral("between #%1 and #%2").arg(before).arg(after)),
             qPrintable(verified->message));

    // The first entry removed is named as such.
    {
        SqlQuery q(m_office->database(), QStringLiteral("DELETE FROM audit_log WHERE id = ?"));
        q.bind(auditId(0));
        QVERIFY(q.exec());
    }
    verified = m_office->verifyAudit();
    QVERIFY(verified);
    QCOMPARE(verified->problem, AuditVerification::Problem::Removed);
    QCOMPARE(verified->entryId, before);
}

void TestDataProtection::AuditChainNamesEntriesRemovedFromTheEnd()
{
    writeSomeEntries(4);
    const qint64 count = number(m_office->database(), QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    const qint64 lastLeft = auditId(int(count) - 3);
    {
        SqlQuery q(m_office->database(), QStringLiteral("DELETE FROM audit_log WHERE id > ?"));
        q.bind(lastLeft);
        QVERIFY(q.exec());
    }
    auto verified = m_office->verifyAudit();
    QVERIFY(verified);
    QCOMPARE(verified->problem, AuditVerification::Problem::RemovedAtEnd);
    QCOMPARE(verified->entryId, lastLeft);
    QVERIFY2(verified->message.contains(QStringLiteral("#%1").arg(lastLeft)), qPrintable(verified->message));
}

void TestDataProtection::AuditChainNamesAnEntryAddedOutsideKohtaamo()
{
    writeSomeEntries(2);
    {
        SqlQuery q(m_office->database(),
                   QStringLiteral("INSERT INTO audit_log (at, actor, table_name, record_id, action, changes) "
                                  "VALUES (?, 'intruder', 'workers', 1, 'update', '{}')"));
        q.bind(SqlQuery::fromDateTime(kNow));
        QVERIFY(q.exec());
    }
    const qint64 added = number(m_office->database(), QStringLiteral("SELECT MAX(id) FROM audit_log"));
    auto verified = m_office->verifyAudit();
    QVERIFY(verified);
    QCOMPARE(verified->problem, AuditVerification::Problem::Unsealed);
    QCOMPARE(verified->entryId, added);
}

void TestDataProtection::AuditChainWithoutItsHeadIsNotIntact()
{
    writeSomeEntries(2);
    {
        SqlQuery q(m_office->database(), QStringLiteral("DELETE FROM kohtaamo_meta WHERE key = ?"));
        q.bind(AuditChain::headKey());
        QVERIFY(q.exec());
    }
    auto verified = m_office->verifyAudit();
    QVERIFY(verified);
    QCOMPARE(verified->problem, AuditVerification::Problem::NoHead);
}

void TestDataProtection::AuditChainCoversConcurrentWriters()
{
    // Two connections (the admin's two windows, or two machines) write in turns: one chain, intact, whichever
    // wrote last.
    auto second = m_testDb->openOrFail();
    QVERIFY(second);
    OfficeService other(std::move(second));
    QVERIFY(other.actAs(QStringLiteral("anna")));
    for (int i = 0; i < 6; ++i) {
        Organisation o;
        o.name = QStringLiteral("Vuorotellen %1").arg(i);
        auto saved = (i % 2 ? other : *m_office).saveOrganisation(o);
        QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    }
    auto verified = other.verifyAudit();
    QVERIFY(verified);
    QVERIFY2(verified->intact(), qPrintable(verified->message));
}

void TestDataProtection::AuditVerifyCommandExitCodes()
{
    writeSomeEntries(3);
    CliRun intact = runCli({ QStringLiteral("audit"), QStringLiteral("verify") });
    QVERIFY2(intact.exitCode == 0, qPrintable(intact.err));
    QVERIFY2(intact.out.contains(QStringLiteral("intact")), qPrintable(intact.out));

    const qint64 edited = auditId(1);
    {
        SqlQuery q(m_office->database(), QStringLiteral("UPDATE audit_log SET changes = ? WHERE id = ?"));
        q.bindAll({ QStringLiteral("{}"), edited });
        QVERIFY(q.exec());
    }
    CliRun broken = runCli({ QStringLiteral("audit"), QStringLiteral("verify") });
    QCOMPARE(broken.exitCode, 1);
    QVERIFY2(broken.err.contains(QStringLiteral("#%1").arg(edited)), qPrintable(broken.err));
    QVERIFY(broken.out.isEmpty());

    CliRun unknown = runCli({ QStringLiteral("audit"), QStringLiteral("repair") });
    QCOMPARE(unknown.exitCode, 2);
}

void TestDataProtection::SecureDeleteIsOnForEverySQLiteConnection()
{
    if (TestDatabase::postgres())
        QSKIP("secure_delete is SQLite's: PostgreSQL reuses the space of deleted rows itself (VACUUM)");
    // The service's connection and a second one (another coordinator on the same file) both overwrite deleted
    // content.
    auto second = m_testDb->openOrFail();
    QVERIFY(second);
    for (Database *db : { &m_office->database(), second.get() }) {
        SqlQuery q(*db, QStringLiteral("PRAGMA secure_delete"));
        auto value = q.scalar();
        QVERIFY(value);
        QCOMPARE(value->toInt(), 1);
    }
}

QTEST_GUILESS_MAIN(TestDataProtection)
#include "tst_data_protection.moc"
