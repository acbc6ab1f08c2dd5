#include "Database.h"
#include "BulkWrite.h"

#include "Migrator.h"
#include "PostgresSecurity.h"
#include "SqlQuery.h"

#include "common/PrivateFileMode.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QUrl>
#include <QUuid>

#include <algorithm>
#include <cstdio>

namespace Kohtaamo {

namespace {

QString tr(const char *text)
{
    // lupdate files the texts of this free tr() under the scope it is called in (Database's functions): read them
    // there.
    return QCoreApplication::translate("Kohtaamo::Database", text);
}

QString newConnectionName()
{
    return QStringLiteral("kohtaamo-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
}

QString defaultActor()
{
    QString user = qEnvironmentVariable("USER");
    if (user.isEmpty())
        user = qEnvironmentVariable("USERNAME");
    return user.isEmpty() ? Database::unknownActor() : user;
}

} // namespace

Database::~Database()
{
    dropStatements();
    if (m_db.isOpen()) {
        if (m_txDepth > 0)
            m_db.rollback();
        m_db.close();
    }
    m_db = QSqlDatabase();
    if (!m_connectionName.isEmpty())
        QSqlDatabase::removeDatabase(m_connectionName);
}

Error Database::databaseError(const QString &what, const QString &driverText) const
{
    return Error(Error::Code::Database,
                 tr("The database reported an error. Nothing was changed. (%1)").arg(driverText.trimmed()),
                 what + QStringLiteral(": ") + driverText);
}

namespace {
// Enough for every fixed statement of the repositories; texts built with a varying number of placeholders (the
// inbox's filters, IN lists) beyond this are simply not kept.
constexpr int kMaxKeptTexts = 400;
constexpr int kMaxKeptPerText = 4;
} // namespace

std::optional<QSqlQuery> Database::reuseStatement(const QString &sql)
{
    if (!m_dialect.isSQLite() && !BulkWrite::isActive(*this)) {
        // PostgreSQL's statements are kept only while a BulkWrite lives (no schema change meanwhile): after it they
        // are let go (deallocated on the server), and none is reused.
        m_statements.clear();
        return std::nullopt;
    }
    const auto it = m_statements.find(sql);
    if (it == m_statements.end() || it->isEmpty())
        return std::nullopt;
    return it->takeLast();
}

void Database::keepStatement(const QString &sql, QSqlQuery &&query)
{
    if ((!m_dialect.isSQLite() && !BulkWrite::isActive(*this)) || !m_db.isOpen())
        return;
    query.finish(); // resets the statement: no read stays open, no lock is held
    auto it = m_statements.find(sql);
    if (it == m_statements.end()) {
        if (m_statements.size() >= kMaxKeptTexts)
            return;
        it = m_statements.insert(sql, {});
    }
    if (it->size() < kMaxKeptPerText)
        it->append(std::move(query));
}

void Database::dropStatements()
{
    m_statements.clear();
}

Status Database::openConnection(bool readOnly, bool immutable)
{
    dropStatements();
    if (m_db.isValid()) {
        m_db.close();
        m_db = QSqlDatabase();
        QSqlDatabase::removeDatabase(m_connectionName);
    }
    m_connectionName = newConnectionName();
    m_readOnly = readOnly;
    if (m_location.kind == DatabaseLocation::Kind::SQLite) {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connectionName);
        QStringList opts { QStringLiteral("QSQLITE_BUSY_TIMEOUT=5000") };
        if (readOnly)
            opts << QStringLiteral("QSQLITE_OPEN_READONLY");
        if (immutable) {
            // A WAL database in a folder the user may not write: SQLite cannot make its -shm file there, and reads
            // the file only when told that nobody changes it meanwhile.
            QUrl uri = QUrl::fromLocalFile(QFileInfo(m_location.path).absoluteFilePath());
            uri.setQuery(QStringLiteral("immutable=1"));
            m_db.setDatabaseName(uri.toString(QUrl::FullyEncoded));
            opts << QStringLiteral("QSQLITE_OPEN_URI");
        } else {
            m_db.setDatabaseName(m_location.path);
        }
        m_db.setConnectOptions(opts.join(QLatin1Char(';')));
    } else {
        m_db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), m_connectionName);
        m_db.setHostName(m_location.host);
        m_db.setPort(m_location.port);
        m_db.setUserName(m_location.user);
        m_db.setPassword(m_location.password);
        m_db.setDatabaseName(m_location.databaseName);
        QStringList opts { QStringLiteral("connect_timeout=10") };
        if (!m_location.options.isEmpty())
            opts << m_location.options;
        m_db.setConnectOptions(opts.join(QLatin1Char(';')));
    }
    if (!m_db.isValid())
        return Error(Error::Code::CannotOpen, tr("The %1 driver for Qt is not installed.").arg(m_dialect.name()));
    if (!m_db.open())
        return Error(
            Error::Code::CannotOpen,
            tr("Could not open the database “%1”: %2").arg(m_location.displayName(), m_db.lastError().text().trimmed()),
            m_db.lastError().text());
    return Status::success();
}

Status Database::applySQLitePragmas()
{
    // A 32 MiB page cache instead of SQLite's 2 MiB: scanning the 200,000 requests of a big office for a search
    // then reads the pages from memory instead of asking the system for each again.
    // secure_delete: SQLite overwrites deleted content with zeros instead of leaving it in free pages, so that a
    // removed or changed personal value cannot be read back from the file (docs/data-protection.md).
    for (const char *pragma : { "PRAGMA foreign_keys = ON", "PRAGMA journal_mode = WAL", "PRAGMA synchronous = NORMAL",
                                "PRAGMA cache_size = -32768", "PRAGMA secure_delete = ON" }) {
        if (const Status s = SqlQuery::runStatement(*this, QString::fromLatin1(pragma)); !s)
            return s;
    }
    return Status::success();
}

namespace {
constexpr int kKeptUpgradeBackups = 3;

// The upgrade backups of `path` ("office.sqlite.v12-20261207-063000.backup"), newest first by the time in their name.
QStringList upgradeBackups(const QString &path)
{
    const QFileInfo info(path);
    QStringList names = info.absoluteDir().entryList({ info.fileName() + QStringLiteral(".v*-*.backup") }, QDir::Files);
    const auto stamp = [](const QString &name) { return name.section(QLatin1Char('-'), -2); };
    std::sort(names.begin(), names.end(), [&stamp](const QString &a, const QString &b) { return stamp(a) > stamp(b); });
    for (QString &name : names)
        name = info.absoluteDir().filePath(name);
    return names;
}
} // namespace

void Database::removeOldUpgradeBackups(const QString &path)
{
    const QStringList backups = upgradeBackups(path);
    for (qsizetype i = kKeptUpgradeBackups; i < backups.size(); ++i)
        QFile::remove(backups.at(i));
}

Result<std::unique_ptr<Database>> Database::open(const DatabaseLocation &location, const OpenOptions &options)
{
    std::unique_ptr<Database> db(new Database);
    db->m_location = location;
    db->m_actor = defaultActor();
    db->m_dialect
        = Dialect(location.kind == DatabaseLocation::Kind::SQLite ? Dialect::Kind::SQLite : Dialect::Kind::PostgreSQL);
    const bool sqlite = location.kind == DatabaseLocation::Kind::SQLite;
    const int target = options.targetVersion < 0 ? Migrator::currentVersion() : options.targetVersion;

    bool existed = true;
    bool readOnly = options.readOnly;
    bool folderWritable = true;
    if (sqlite) {
        if (location.path.isEmpty() || location.path == QLatin1String(":memory:"))
            return Error(Error::Code::InvalidInput, tr("An SQLite database needs a file name."));
        const QFileInfo info(location.path);
        existed = info.exists();
        if (existed && !info.isFile())
            return Error(Error::Code::CannotOpen, tr("“%1” is not a file.").arg(location.path));
        const QString folder = info.absolutePath();
        // Kohtaamo never makes folders for a path it is given: a mistyped path must not quietly become a new office.
        if (!QFileInfo(folder).isDir())
            return Error(Error::Code::NotFound,
                         tr("The folder “%1” does not exist. Check the path; Kohtaamo does not create folders.")
                             .arg(QDir::toNativeSeparators(folder)),
                         QStringLiteral("path"));
        folderWritable = QFileInfo(folder).isWritable();
        if (!existed) {
            if (!options.create)
                return Error(Error::Code::NotFound, tr("The database file “%1” does not exist.").arg(location.path),
                             QStringLiteral("path"));
            if (!folderWritable || options.readOnly)
                return Error(Error::Code::NotAllowed,
                             tr("You have no permission to write in the folder “%1”, so no office can be created "
                                "there. Choose another folder.")
                                 .arg(QDir::toNativeSeparators(folder)),
                             QStringLiteral("path"));
        } else if (!info.isWritable() || !folderWritable) {
            // SQLite writes beside the file (its -wal and -shm files): both the file and the folder must be writable.
            if (options.requireWrite && !options.readOnly)
                return Error(Error::Code::NotAllowed,
                             tr("You have no permission to write to “%1” (or to its folder). It was not changed.")
                                 .arg(QDir::toNativeSeparators(location.path)),
                             QStringLiteral("path"));
            if (!options.readOnly)
                db->m_noWritePermission = true;
            readOnly = true;
        }
    }

    // Look before touching: an existing SQLite file is first inspected read-only, so that a foreign or newer file
    // is never modified (not even by switching it to WAL).
    Migrator::Inspection inspection;
    bool immutable = false;
    QString backup; // made before migrating; removed again if the upgrade fails
    if (sqlite && existed) {
        if (Status s = db->openConnection(true); !s)
            return s.error();
        auto r = Migrator::inspect(*db);
        if (!r && !folderWritable) {
            immutable = true;
            if (Status s = db->openConnection(true, true); !s)
                return s.error();
            r = Migrator::inspect(*db);
        }
        if (!r)
            return r.error();
        inspection = *r;
        if (inspection.state == Migrator::State::Kohtaamo && inspection.version < target && !readOnly) {
            // Back up before migrating, next to the file, readable by the user only from its first byte.
            backup = location.path
                + QStringLiteral(".v%1-%2.backup")
                      .arg(inspection.version)
                      .arg(QDateTime::currentDateTime().toString(QStringLiteral("yyyyMMdd-HHmmss")));
            Status made = Status::success();
            {
                const PrivateFileMode privateFiles;
                SqlQuery vacuum(*db, QStringLiteral("VACUUM INTO ?"));
                vacuum.bind(backup);
                made = vacuum.exec();
            }
            if (!made) {
                QFile::remove(backup); // a partial copy helps nobody
                return Error(Error::Code::CannotOpen,
                             tr("Could not back up “%1” before upgrading it; it was not changed.").arg(location.path),
                             made.error().detail);
            }
            db->m_lastBackup = backup;
        }
    }
    if (!(sqlite && readOnly && existed)) {
        // A new SQLite file is created readable by its owner only; SQLite gives its -wal and -shm files the mode of
        // the database file. An existing file keeps the mode its owner gave it.
        std::optional<PrivateFileMode> privateFiles;
        if (sqlite && !existed)
            privateFiles.emplace();
        if (Status s = db->openConnection(readOnly, immutable); !s)
            return s.error();
    }
    if (!sqlite || !existed) {
        auto r = Migrator::inspect(*db);
        if (!r)
            return r.error();
        inspection = *r;
    }

    if (inspection.state == Migrator::State::Foreign)
        return Error(Error::Code::ForeignDatabase,
                     tr("“%1” is not a Kohtaamo database. Kohtaamo did not change it.").arg(location.displayName()));
    if (inspection.version > Migrator::currentVersion())
        return Error(Error::Code::NewerSchema,
                     tr("“%1” was written by a newer version of Kohtaamo (schema %2; this version knows up to %3). "
                        "Update Kohtaamo to open it. The database was not changed.")
                         .arg(location.displayName())
                         .arg(inspection.version)
                         .arg(Migrator::currentVersion()));
    if (inspection.state == Migrator::State::Empty && !options.create)
        return Error(Error::Code::NotFound, tr("“%1” is an empty database.").arg(location.displayName()));

    if (sqlite && !readOnly) {
        if (Status s = db->applySQLitePragmas(); !s)
            return s.error();
    }
    if (inspection.version < target) {
        if (db->m_noWritePermission)
            return Error(Error::Code::NotAllowed,
                         tr("“%1” uses an older schema (%2) and must be upgraded before use, but you have no "
                            "permission to write to it. It was not changed.")
                             .arg(location.displayName())
                             .arg(inspection.version),
                         QStringLiteral("path"));
        if (readOnly || !options.migrate)
            return Error(Error::Code::NotAllowed,
                         tr("“%1” uses an older schema (%2) and must be upgraded before use.")
                             .arg(location.displayName())
                             .arg(inspection.version));
        if (Status s = Migrator::migrate(*db, target); !s) {
            // A step that failed rolled back. When no step was applied the file is as it was and the backup is not
            // needed; otherwise it is the only copy of the file before the upgrade, and stays.
            if (!backup.isEmpty() && db->schemaVersion() == inspection.version) {
                QFile::remove(backup);
                db->m_lastBackup.clear();
            }
            return s.error();
        }
        if (!backup.isEmpty())
            removeOldUpgradeBackups(location.path);
        // A shared database set up with per-coordinator logins: tables the upgrade added get their grants and
        // policies now (docs/shared-database.md). Only the owner can; anyone else is told to ask them.
        if (!sqlite && inspection.version > 0) {
            auto applied = PostgresSecurity::isApplied(*db);
            if (applied && *applied) {
                if (Status s = PostgresSecurity::apply(*db); !s)
                    qWarning(
                        "Kohtaamo: the upgraded database needs `kohtaamo-cli admin init-postgres` by its owner: %s",
                        qPrintable(s.error().message));
            }
        }
    }
    if (!sqlite) {
        // On a shared server the audit names the database login, which is also the coordinator's username
        // (docs/shared-database.md); row-level security knows the coordinator by it.
        SqlQuery who(*db, QStringLiteral("SELECT session_user"));
        if (auto user = who.scalar(); user && !user->toString().isEmpty())
            db->m_actor = user->toString();
    }
    return db;
}

Status Database::copyTo(const QString &target)
{
    if (!m_dialect.isSQLite())
        return Error(Error::Code::InvalidInput, tr("Only an SQLite office can be copied to a file."));
    if (QFileInfo::exists(target))
        return Error(Error::Code::InvalidInput, tr("The file “%1” already exists.").arg(target),
                     QStringLiteral("path"));
    Status made = Status::success();
    {
        const PrivateFileMode privateFiles;
        SqlQuery vacuum(*this, QStringLiteral("VACUUM INTO ?"));
        vacuum.bind(target);
        made = vacuum.exec();
    }
    if (!made)
        QFile::remove(target);
    return made;
}

Status Database::replaceFileWith(const QString &verifiedFile)
{
    if (!m_dialect.isSQLite() || m_txDepth > 0)
        return Error(Error::Code::InvalidInput, tr("Only an SQLite office can be replaced by a file."));
    const QString path = m_location.path;
    dropStatements();
    m_db.close();
    m_db = QSqlDatabase();
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName.clear();
    // The last connection to close checkpoints and removes the WAL: one that stays means another program (or
    // another window) still has the office open, and would go on writing into the file being replaced.
    if (QFileInfo::exists(path + QStringLiteral("-wal"))) {
        const Status reopened = openConnection(m_readOnly);
        if (reopened && !m_readOnly)
            applySQLitePragmas();
        return Error(Error::Code::NotAllowed,
                     tr("Another program or window has “%1” open. Close it and try again; nothing was replaced.")
                         .arg(QDir::toNativeSeparators(path)));
    }
    QFile::remove(path + QStringLiteral("-shm"));
    // The office keeps the mode its owner gave it; the new file was created private.
    if (QFileInfo::exists(path))
        QFile::setPermissions(verifiedFile, QFile::permissions(path));
    if (std::rename(QFile::encodeName(verifiedFile).constData(), QFile::encodeName(path).constData()) != 0) {
        const Status reopened = openConnection(m_readOnly);
        if (reopened && !m_readOnly)
            applySQLitePragmas();
        return Error(Error::Code::CannotOpen,
                     tr("“%1” could not be replaced; it was not changed.").arg(QDir::toNativeSeparators(path)));
    }
    if (Status s = openConnection(false); !s)
        return s;
    if (Status s = applySQLitePragmas(); !s)
        return s;
    return Migrator::migrate(*this);
}

int Database::schemaVersion()
{
    auto r = Migrator::inspect(*this);
    return r ? r->version : -1;
}

Status Database::beginTransaction(Access access)
{
    if (m_txDepth++ > 0)
        return Status::success();
    m_rollbackOnly = false;
    // Qt's SQLite driver begins deferred and commits with a plain COMMIT, whichever way the transaction began.
    const bool immediate = m_dialect.isSQLite() && access == Access::ReadWrite && !m_readOnly;
    if (immediate) {
        QSqlQuery begin(m_db);
        if (!begin.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            m_txDepth = 0;
            return databaseError(QStringLiteral("BEGIN IMMEDIATE"), begin.lastError().text());
        }
        return Status::success();
    }
    if (!m_db.transaction()) {
        m_txDepth = 0;
        return databaseError(QStringLiteral("BEGIN"), m_db.lastError().text());
    }
    if (access == Access::ReadWrite && m_dialect.isPostgreSQL() && !m_readOnly) {
        // One writer at a time, as SQLite's BEGIN IMMEDIATE gives: every write ends in the audit chain's head row
        // (AuditChain), and two transactions that each hold a row the other wants before they reach the head would
        // deadlock. Taken first, this transaction-scoped lock orders them instead; readers never wait for it.
        if (Status s = SqlQuery::runStatement(*this, QStringLiteral("SELECT pg_advisory_xact_lock(1264013908)")); !s) {
            m_txDepth = 0;
            m_db.rollback();
            return s;
        }
    }
    if (access == Access::ReadOnly && m_dialect.isPostgreSQL()) {
        // One consistent picture even while other coordinators save (SQLite gives it to a read transaction anyway).
        if (Status s = SqlQuery::runStatement(*this,
                                              QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ "
                                                             "READ ONLY"));
            !s) {
            m_txDepth = 0;
            m_db.rollback();
            return s;
        }
    }
    return Status::success();
}

Status Database::commitTransaction()
{
    if (m_txDepth == 0)
        return Status::success();
    if (--m_txDepth > 0)
        return Status::success();
    if (m_rollbackOnly) {
        m_db.rollback();
        m_rollbackOnly = false;
        return Error(Error::Code::Database, tr("A part of the change failed, so none of it was saved."));
    }
    if (!m_db.commit()) {
        const QString text = m_db.lastError().text();
        m_db.rollback();
        return databaseError(QStringLiteral("COMMIT"), text);
    }
    return Status::success();
}

void Database::rollbackTransaction()
{
    if (m_txDepth == 0)
        return;
    if (--m_txDepth > 0) {
        m_rollbackOnly = true;
        return;
    }
    m_rollbackOnly = false;
    m_db.rollback();
}

} // namespace Kohtaamo
