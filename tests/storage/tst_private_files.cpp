// Every file Kohtaamo writes with personal data is private from its first byte (core/common/PrivateFileMode: the
// umask, never a chmod afterwards), a user's existing file keeps its mode, a failed upgrade leaves no partial backup,
// and only the newest three upgrade backups are kept. SQLite files; PostgreSQL keeps its data on the server.
#include "TestDatabase.h"
#include "common/PrivateFileMode.h"
#include "export/CsvWriter.h"
#include "export/XlsxWriter.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
QFile::Permissions ownerOnly()
{
    return QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
}

QDir dataDir()
{
    return QDir(QStringLiteral(KOHTAAMO_TEST_DATA_DIR));
}

QStringList backupsOf(const QString &path)
{
    const QFileInfo info(path);
    return info.absoluteDir().entryList({ info.fileName() + QStringLiteral(".v*.backup") }, QDir::Files, QDir::Name);
}
} // namespace

class TestPrivateFiles : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void newDatabaseAndItsWalArePrivate();
    void existingFileKeepsItsMode();
    void exportsArePrivate();
    void upgradeBackupIsPrivateAndOnlyThreeAreKept();
    void failedUpgradeRemovesItsBackup();
    void privateFileModeRestoresTheUmask();

private:
    QTemporaryDir m_dir;
};

void TestPrivateFiles::initTestCase()
{
    ::umask(022); // a desktop session's umask: anything private is private because Kohtaamo made it so
}

void TestPrivateFiles::init()
{
    if (TestDatabase::postgres())
        QSKIP("Files on this computer are SQLite's; a PostgreSQL database lives on its server.");
    QVERIFY(m_dir.isValid());
}

void TestPrivateFiles::newDatabaseAndItsWalArePrivate()
{
    const QString path = m_dir.filePath(QStringLiteral("new.sqlite"));
    auto db = Database::open(DatabaseLocation::sqlite(path));
    QVERIFY2(db, qPrintable(db.error().message));
    SqlQuery write(**db, QStringLiteral("INSERT INTO organisations (name, version) VALUES ('Lauste', 1)"));
    QVERIFY(write.exec());
    QCOMPARE(QFile::permissions(path), ownerOnly());
    QVERIFY(QFileInfo::exists(path + QStringLiteral("-wal")));
    QCOMPARE(QFile::permissions(path + QStringLiteral("-wal")), ownerOnly());
    QCOMPARE(QFile::permissions(path + QStringLiteral("-shm")), ownerOnly());
}

void TestPrivateFiles::existingFileKeepsItsMode()
{
    const QString path = m_dir.filePath(QStringLiteral("shared.sqlite"));
    {
        auto db = Database::open(DatabaseLocation::sqlite(path));
        QVERIFY(db);
    }
    // The owner shares it with their group on purpose: Kohtaamo leaves that as it is.
    const auto chosen = ownerOnly() | QFile::ReadGroup | QFile::WriteGroup;
    QVERIFY(QFile::setPermissions(path, chosen));
    auto db = Database::open(DatabaseLocation::sqlite(path));
    QVERIFY(db);
    SqlQuery write(**db, QStringLiteral("INSERT INTO organisations (name, version) VALUES ('Lauste', 1)"));
    QVERIFY(write.exec());
    QCOMPARE(QFile::permissions(path), chosen);
}

void TestPrivateFiles::exportsArePrivate()
{
    ExportTable table;
    table.title = QStringLiteral("Fees");
    table.addColumn(QStringLiteral("Worker"), ExportTable::ColumnType::Text);
    table.rows = { { QStringLiteral("Aino Virtanen") } };
    const QString csv = m_dir.filePath(QStringLiteral("fees.csv"));
    QVERIFY(CsvWriter::write(table, csv));
    QCOMPARE(QFile::permissions(csv), ownerOnly());
    const QString xlsx = m_dir.filePath(QStringLiteral("fees.xlsx"));
    QVERIFY(XlsxWriter::write({ table }, xlsx));
    QCOMPARE(QFile::permissions(xlsx), ownerOnly());
    // An export over a file the user already has keeps that file's mode.
    QVERIFY(QFile::setPermissions(csv, ownerOnly() | QFile::ReadGroup));
    QVERIFY(CsvWriter::write(table, csv));
    QCOMPARE(QFile::permissions(csv), ownerOnly() | QFile::ReadGroup);
}

void TestPrivateFiles::upgradeBackupIsPrivateAndOnlyThreeAreKept()
{
    const QString path = m_dir.filePath(QStringLiteral("old.sqlite"));
    QVERIFY(QFile::copy(dataDir().filePath(QStringLiteral("schema-v12.sqlite")), path));
    QVERIFY(QFile::setPermissions(path, ownerOnly() | QFile::ReadGroup));
    // Four backups of earlier upgrades, oldest first by the time in their names.
    const QStringList older { QStringLiteral(".v9-20240101-101010.backup"),
                              QStringLiteral(".v10-20250101-101010.backup"),
                              QStringLiteral(".v11-20250601-101010.backup"),
                              QStringLiteral(".v8-20230101-101010.backup") };
    for (const QString &suffix : older) {
        QFile f(path + suffix);
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    auto db = Database::open(DatabaseLocation::sqlite(path));
    QVERIFY2(db, qPrintable(db.error().message));
    const QString backup = (*db)->lastBackupPath();
    QVERIFY(QFileInfo::exists(backup));
    QCOMPARE(QFile::permissions(backup), ownerOnly());
    QCOMPARE(QFile::permissions(path), ownerOnly() | QFile::ReadGroup); // the office keeps its mode
    const QStringList kept = backupsOf(path);
    QCOMPARE(kept.size(), 3);
    QVERIFY(kept.contains(QFileInfo(backup).fileName()));
    QVERIFY(kept.contains(QFileInfo(path).fileName() + QStringLiteral(".v11-20250601-101010.backup")));
    QVERIFY(kept.contains(QFileInfo(path).fileName() + QStringLiteral(".v10-20250101-101010.backup")));
}

void TestPrivateFiles::failedUpgradeRemovesItsBackup()
{
    // A file at an older schema whose upgrade fails: a table a later step creates (schema 15's reference_counters)
    // is already there.
    const QString path = m_dir.filePath(QStringLiteral("blocked.sqlite"));
    {
        Database::OpenOptions older;
        older.targetVersion = 14;
        auto db = Database::open(DatabaseLocation::sqlite(path), older);
        QVERIFY2(db, qPrintable(db.error().message));
        QVERIFY(SqlQuery::runStatement(**db, QStringLiteral("CREATE TABLE reference_counters (x INTEGER)")));
    }
    QFile original(path);
    QVERIFY(original.open(QIODevice::ReadOnly));
    const QByteArray before = original.readAll();
    original.close();
    auto db = Database::open(DatabaseLocation::sqlite(path));
    QVERIFY(!db);
    QVERIFY2(backupsOf(path).isEmpty(), qPrintable(backupsOf(path).join(QLatin1Char(' '))));
    QVERIFY(original.open(QIODevice::ReadOnly));
    QCOMPARE(original.readAll(), before);
}

void TestPrivateFiles::privateFileModeRestoresTheUmask()
{
    {
        const PrivateFileMode privateFiles;
        const mode_t inside = ::umask(077);
        QCOMPARE(inside, mode_t(077));
        QFile f(m_dir.filePath(QStringLiteral("inside")));
        QVERIFY(f.open(QIODevice::WriteOnly));
    }
    QCOMPARE(QFile::permissions(m_dir.filePath(QStringLiteral("inside"))), ownerOnly());
    const mode_t after = ::umask(022);
    QCOMPARE(after, mode_t(022));
}

QTEST_GUILESS_MAIN(TestPrivateFiles)
#include "tst_private_files.moc"
