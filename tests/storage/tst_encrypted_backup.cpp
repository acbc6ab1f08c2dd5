// Encrypted backups of an SQLite office (OfficeService::writeBackup / restoreBackup, `kohtaamo-cli backup` /
// `restore`): libsodium secretstream with an Argon2id key. A round trip brings the office back; a wrong passphrase,
// a flipped byte, a cut-off end or a file that is no backup replace nothing; the backup is private from its first
// byte. On PostgreSQL the service says that pg_dump does it.
#include "TestDatabase.h"
#include "office/OfficeService.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <sys/stat.h>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QString kPassphrase = QStringLiteral("kolme iloista kokemustoimijaa");

int workerCount(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM workers"));
    auto n = q.scalar();
    return n ? n->toInt() : -1;
}

QFile::Permissions ownerOnly()
{
    return QFile::ReadOwner | QFile::WriteOwner | QFile::ReadUser | QFile::WriteUser;
}
} // namespace

class TestEncryptedBackup : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void backupRoundTripRestoresTheOffice();
    void backupIsPrivateFromTheFirstByte();
    void backupWithAWrongPassphraseReplacesNothing();
    void backupTamperedOrCutShortReplacesNothing();
    void backupRefusesToOverwriteAndShortPassphrases();
    void backupAndRestoreFromTheCommandLine();
    void backupOnPostgreSQLIsPgDumpsJob();

private:
    qint64 addWorker(const QString &name);
    QString backupPath() const { return m_dir.filePath(QStringLiteral("office.kohtaamo-backup")); }

    QTemporaryDir m_dir;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
};

void TestEncryptedBackup::initTestCase()
{
    // libsodium's interactive limits (64 MiB) keep the tests quick; the format and code are the same.
    OfficeService::setBackupLimits(EncryptedBackup::Limits::interactive());
    ::umask(022); // as a desktop session has it: files are private only because Kohtaamo makes them so
}

void TestEncryptedBackup::init()
{
    QVERIFY(m_dir.isValid());
    QFile::remove(backupPath());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_office = std::make_unique<OfficeService>(std::move(db));
    QVERIFY(m_office->actAs(QStringLiteral("anna")));
}

void TestEncryptedBackup::cleanup()
{
    m_office.reset();
    m_testDb.reset();
}

qint64 TestEncryptedBackup::addWorker(const QString &name)
{
    SqlQuery org(m_office->database(), QStringLiteral("SELECT id FROM organisations ORDER BY id LIMIT 1"));
    auto orgId = org.scalar();
    qint64 organisation = 0;
    if (orgId) {
        organisation = orgId->toLongLong();
    } else {
        org.raw().finish();
        SqlQuery make(m_office->database(),
                      QStringLiteral("INSERT INTO organisations (name, version) VALUES ('Lauste', 1) RETURNING id"));
        organisation = make.scalar()->toLongLong();
    }
    org.raw().finish();
    Worker w;
    w.displayName = name;
    w.organisationId = organisation;
    auto saved = m_office->saveWorker(w);
    return saved ? saved->id : 0;
}

void TestEncryptedBackup::backupRoundTripRestoresTheOffice()
{
    if (TestDatabase::postgres())
        QSKIP("Kohtaamo backs up SQLite offices; PostgreSQL is pg_dump's (backupOnPostgreSQLIsPgDumpsJob).");
    QVERIFY(addWorker(QStringLiteral("Aino Virtanen")));
    QVERIFY(addWorker(QStringLiteral("Bertil Sundström")));
    const Status written = m_office->writeBackup(backupPath(), kPassphrase);
    QVERIFY2(written, qPrintable(written.error().message));
    // Nothing of the office can be read in the backup.
    QFile file(backupPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray sealed = file.readAll();
    QVERIFY(sealed.startsWith("KOHTAAMO-BACKUP\n"));
    QVERIFY(!sealed.contains("SQLite format 3"));
    QVERIFY(!sealed.contains("Aino Virtanen"));
    QVERIFY(!sealed.contains("Sundstr"));

    // Work goes on after the backup: a third worker and an erased one...
    QVERIFY(addWorker(QStringLiteral("Cecilia Laine")));
    QCOMPARE(workerCount(m_office->database()), 3);
    // ...and the restore brings the office back as it was, announced as a change of everything.
    int changes = 0;
    connect(m_office.get(), &OfficeService::changed, this, [&changes] { ++changes; });
    const Status restored = m_office->restoreBackup(backupPath(), kPassphrase);
    QVERIFY2(restored, qPrintable(restored.error().message + QStringLiteral(" / ") + restored.error().detail));
    QCOMPARE(workerCount(m_office->database()), 2);
    QCOMPARE(changes, 1);
    // The office goes on working and its audit chain is intact.
    QVERIFY(addWorker(QStringLiteral("Daniel Koski")));
    auto verification = m_office->verifyAudit();
    QVERIFY(verification);
    QVERIFY2(verification->intact(), qPrintable(verification->message));
    // No decrypted copy is left beside the office.
    const QStringList left
        = QFileInfo(m_testDb->location().path).absoluteDir().entryList({ QStringLiteral("*.restore-*") });
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
}

void TestEncryptedBackup::backupIsPrivateFromTheFirstByte()
{
    if (TestDatabase::postgres())
        QSKIP("Kohtaamo backs up SQLite offices; PostgreSQL is pg_dump's.");
    QVERIFY(addWorker(QStringLiteral("Aino Virtanen")));
    QVERIFY(m_office->writeBackup(backupPath(), kPassphrase));
    QCOMPARE(QFile::permissions(backupPath()), ownerOnly());
    // The process's own umask is left as it was.
    const mode_t now = ::umask(022);
    QCOMPARE(now, mode_t(022));
}

void TestEncryptedBackup::backupWithAWrongPassphraseReplacesNothing()
{
    if (TestDatabase::postgres())
        QSKIP("Kohtaamo backs up SQLite offices; PostgreSQL is pg_dump's.");
    QVERIFY(addWorker(QStringLiteral("Aino Virtanen")));
    QVERIFY(m_office->writeBackup(backupPath(), kPassphrase));
    QVERIFY(addWorker(QStringLiteral("Bertil Sundström")));
    const Status refused = m_office->restoreBackup(backupPath(), QStringLiteral("kolme iloista kokemustoimijaa!"));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(refused.error().detail, QStringLiteral("passphrase"));
    QVERIFY2(refused.error().message.contains(QLatin1String("passphrase is wrong")),
             qPrintable(refused.error().message));
    QCOMPARE(workerCount(m_office->database()), 2);
}

void TestEncryptedBackup::backupTamperedOrCutShortReplacesNothing()
{
    if (TestDatabase::postgres())
        QSKIP("Kohtaamo backs up SQLite offices; PostgreSQL is pg_dump's.");
    for (int i = 0; i < 40; ++i) // more than one 64 KiB chunk
        QVERIFY(addWorker(QStringLiteral("Työntekijä %1 ").arg(i) + QString(150, QLatin1Char('x'))));
    SqlQuery pad(m_office->database(), QStringLiteral("UPDATE workers SET notes = ? WHERE 1 = 1"));
    pad.bind(QString(5000, QLatin1Char('n')));
    QVERIFY(pad.exec());
    QVERIFY(m_office->writeBackup(backupPath(), kPassphrase));
    QVERIFY(addWorker(QStringLiteral("After the backup")));
    QFile file(backupPath());
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray good = file.readAll();
    file.close();
    QVERIFY(good.size() > 3 * 65536);

    struct Case
    {
        const char *what;
        QByteArray bytes;
    };
    QVector<Case> cases;
    for (qsizetype at : { qsizetype(30), qsizetype(45), qsizetype(100), good.size() / 2, good.size() - 1 }) {
        QByteArray flipped = good;
        flipped[at] = static_cast<char>(flipped[at] ^ 0x01);
        cases.append({ "a flipped byte", flipped });
    }
    cases.append({ "cut short", good.left(good.size() - 70000) });
    cases.append({ "bytes added", good + QByteArray("more") });
    cases.append({ "not a backup", QByteArray("SQLite format 3") + QByteArray(200, '\0') });
    const QString tampered = m_dir.filePath(QStringLiteral("tampered.kohtaamo-backup"));
    for (const Case &c : cases) {
        QFile::remove(tampered);
        QFile out(tampered);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(c.bytes);
        out.close();
        const Status refused = m_office->restoreBackup(tampered, kPassphrase);
        QVERIFY2(!refused, c.what);
        QVERIFY2(!refused.error().message.isEmpty(), c.what);
        QCOMPARE(workerCount(m_office->database()), 41);
    }
    const QStringList left
        = QFileInfo(m_testDb->location().path).absoluteDir().entryList({ QStringLiteral("*.restore-*") });
    QVERIFY2(left.isEmpty(), qPrintable(left.join(QLatin1Char(' '))));
    // The good file still restores.
    QVERIFY(m_office->restoreBackup(backupPath(), kPassphrase));
    QCOMPARE(workerCount(m_office->database()), 40);
}

void TestEncryptedBackup::backupRefusesToOverwriteAndShortPassphrases()
{
    if (TestDatabase::postgres())
        QSKIP("Kohtaamo backs up SQLite offices; PostgreSQL is pg_dump's.");
    const Status tooShort = m_office->writeBackup(backupPath(), QStringLiteral("lyhyt"));
    QVERIFY(!tooShort);
    QCOMPARE(tooShort.error().detail, QStringLiteral("passphrase"));
    QVERIFY(!QFileInfo::exists(backupPath()));
    QFile existing(backupPath());
    QVERIFY(existing.open(QIODevice::WriteOnly));
    existing.write("the user's own file");
    existing.close();
    QFile::setPermissions(backupPath(), QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup);
    const Status exists = m_office->writeBackup(backupPath(), kPassphrase);
    QVERIFY(!exists);
    QCOMPARE(exists.error().detail, QStringLiteral("path"));
    QVERIFY(existing.open(QIODevice::ReadOnly));
    QCOMPARE(existing.readAll(), QByteArray("the user's own file"));
    QCOMPARE(QFile::permissions(backupPath()), ownerOnly() | QFile::ReadGroup);
}

void TestEncryptedBackup::backupAndRestoreFromTheCommandLine()
{
    if (TestDatabase::postgres())
        QSKIP("Kohtaamo backs up SQLite offices; PostgreSQL is pg_dump's.");
    QVERIFY(addWorker(QStringLiteral("Aino Virtanen")));
    const QString office = m_testDb->location().path;
    m_office.reset(); // the command line works on the file alone
    const auto cli = [&](const QStringList &args, const QString &passphrase, QString *output = nullptr) {
        QProcess p;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("KOHTAAMO_BACKUP_PASSPHRASE"), passphrase);
        env.insert(QStringLiteral("LANGUAGE"), QStringLiteral("en"));
        p.setProcessEnvironment(env);
        p.start(QStringLiteral(KOHTAAMO_CLI), QStringList { QStringLiteral("--db"), office } + args);
        p.waitForFinished(120000);
        if (output)
            *output = QString::fromUtf8(p.readAllStandardOutput() + p.readAllStandardError());
        return p.exitCode();
    };
    QString said;
    QCOMPARE(cli({ QStringLiteral("backup"), backupPath() }, kPassphrase, &said), 0);
    QVERIFY2(said.contains(QLatin1String("Encrypted backup written")), qPrintable(said));
    QCOMPARE(QFile::permissions(backupPath()), ownerOnly());
    QCOMPARE(cli({ QStringLiteral("restore"), backupPath() }, QStringLiteral("not the passphrase"), &said), 2);
    QVERIFY2(said.contains(QLatin1String("passphrase is wrong")), qPrintable(said));
    QCOMPARE(cli({ QStringLiteral("restore"), backupPath() }, kPassphrase, &said), 0);
    QVERIFY2(said.contains(QLatin1String("restored")), qPrintable(said));
}

void TestEncryptedBackup::backupOnPostgreSQLIsPgDumpsJob()
{
    if (!TestDatabase::postgres())
        QSKIP("The refusal is PostgreSQL's; the SQLite backups are the other tests.");
    const Status refused = m_office->writeBackup(backupPath(), kPassphrase);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("pg_dump")), qPrintable(refused.error().message));
    QVERIFY(!QFileInfo::exists(backupPath()));
    QVERIFY(!m_office->restoreBackup(backupPath(), kPassphrase));
}

QTEST_GUILESS_MAIN(TestEncryptedBackup)
#include "tst_encrypted_backup.moc"
