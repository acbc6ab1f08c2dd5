#pragma once

#include "Dialect.h"
#include "common/Result.h"
#include "office/DatabaseLocation.h"

#include <QHash>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QVector>

#include <atomic>
#include <memory>
#include <optional>

namespace Kohtaamo {

// One open connection to a Kohtaamo database, migrated to the current schema. Opening refuses a database written
// by a newer Kohtaamo and anything that is not a Kohtaamo database, and leaves both untouched.
// Not thread-safe: use one Database per thread.
class Database
{
public:
    struct OpenOptions
    {
        bool create = true; // an empty or missing database is initialised
        bool migrate = true; // an older schema is migrated (SQLite files are backed up first)
        int targetVersion = -1; // for tests: migrate only this far; -1 = current
        bool readOnly = false;
        // An SQLite file the user may read but not write opens read-only (isReadOnly(), lacksWritePermission())
        // unless the caller needs to write, when it is refused with a "no permission to write" message.
        bool requireWrite = false;
    };

    static Result<std::unique_ptr<Database>> open(const DatabaseLocation &location, const OpenOptions &options);
    static Result<std::unique_ptr<Database>> open(const DatabaseLocation &location)
    {
        return open(location, OpenOptions {});
    }
    ~Database();

    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase &connection() { return m_db; }
    const Dialect &dialect() const { return m_dialect; }
    const DatabaseLocation &location() const { return m_location; }

    // Who makes the changes; written into the audit log.
    QString actor() const { return m_actor; }
    void setActor(const QString &actor) { m_actor = actor; }
    // The acting coordinator's record (0 = none yet), written into the audit log beside the login name. The office
    // service sets it when it knows who is working (OfficeService::actAs).
    qint64 actorId() const { return m_actorId; }
    void setActorId(qint64 id) { m_actorId = id; }

    int schemaVersion();
    // Opened only for reading: asked for, or the user has no permission to write the SQLite file or its folder.
    bool isReadOnly() const { return m_readOnly; }
    bool lacksWritePermission() const { return m_noWritePermission; }
    QString lastBackupPath() const { return m_lastBackup; }
    // Keeps the newest three upgrade backups of the SQLite file `path` (made before each upgrade) and removes older
    // ones.
    static void removeOldUpgradeBackups(const QString &path);
    // The actor recorded when neither a coordinator nor the system's user is known (USER and USERNAME unset).
    static QString unknownActor() { return QStringLiteral("unknown"); }

    // SQLite: a consistent copy of the whole database into the new file `target` while others may keep working
    // (VACUUM INTO), readable by its owner only from its first byte. Not inside a transaction.
    Status copyTo(const QString &target);
    // SQLite: replaces the database file with `verifiedFile` (in the same folder, already checked by the caller):
    // closes this connection, refuses when another connection still has the file open, moves the new file into
    // place with the mode the old one had, opens it again and upgrades an older schema. Not inside a transaction.
    Status replaceFileWith(const QString &verifiedFile);

    // Transactions nest: only the outermost begins and commits; an inner one that ends without commit makes the
    // outer commit fail and roll back. Use the Transaction guard rather than these directly.
    //
    // A transaction that writes takes SQLite's write lock when it begins (BEGIN IMMEDIATE), waiting up to the busy
    // timeout for another connection's write to end: begun deferred, a transaction that has read (an FTS5 index reads
    // its settings in every statement) cannot take the lock after another connection has written, and fails with
    // "database is locked" at once. One that only reads sees one consistent picture and blocks nobody; on PostgreSQL
    // it is REPEATABLE READ READ ONLY. The outermost transaction decides.
    enum class Access { ReadWrite, ReadOnly };
    Status beginTransaction(Access access = Access::ReadWrite);
    Status commitTransaction();
    void rollbackTransaction();
    bool inTransaction() const { return m_txDepth > 0; }

    Error databaseError(const QString &what, const QString &driverText) const;

    // Prepared statements kept for reuse, so that a statement run again and again (the demo generator's inserts, a
    // repository's reads) is parsed once. SqlQuery takes one when it is made and gives it back when it is destroyed;
    // nested use of the same text gets a statement of its own. SQLite only: its statements prepare themselves again
    // after a schema change, PostgreSQL's server-side ones do not.
    std::optional<QSqlQuery> reuseStatement(const QString &sql);

    void keepStatement(const QString &sql, QSqlQuery &&query);

    // A flag another thread may set to stop this connection's bulk reads (RowReader::next ends with an error): the
    // thread reading the ranking's snapshot ahead is stopped when its office closes. Null = never.
    void setInterruption(const std::atomic<bool> *stop) { m_interruption = stop; }
    bool interrupted() const { return m_interruption && m_interruption->load(std::memory_order_relaxed); }

private:
    Database() = default;
    Status openConnection(bool readOnly, bool immutable = false);
    void dropStatements();
    Status applySQLitePragmas();

    QSqlDatabase m_db;
    QString m_connectionName;
    Dialect m_dialect;
    DatabaseLocation m_location;
    QString m_actor;
    qint64 m_actorId = 0;
    QString m_lastBackup;
    int m_txDepth = 0;
    bool m_rollbackOnly = false;
    bool m_readOnly = false; // the connection was opened read-only
    bool m_noWritePermission = false; // ... because the user may not write the file or its folder
    QHash<QString, QVector<QSqlQuery>> m_statements;
    const std::atomic<bool> *m_interruption = nullptr;

    friend class Migrator;
};

} // namespace Kohtaamo
