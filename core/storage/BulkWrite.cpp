#include "BulkWrite.h"

#include "AuditChain.h"
#include "Database.h"
#include "SqlQuery.h"

#include <QHash>
#include <QMutex>

namespace Kohtaamo {

namespace {
// Kept here rather than in Database, like AuditPause's flag: private to this guard, AuditChain and SqlQuery's reuse.
QMutex g_mutex;
struct State
{
    std::optional<QString> head;
};
QHash<const Database *, State> g_active;
} // namespace

namespace {
// Schema 17: while this is "on" in the transaction, PostgreSQL's reference trigger leaves reference_counters alone and
// finish() sets every year's counter once (the trigger would update one row per request: 40,000 versions of one row in
// one transaction, each later update walking through all of them).
const QString kBulkReferences = QStringLiteral("kohtaamo.bulk_references");
} // namespace

BulkWrite::BulkWrite(Database &db) : m_db(db)
{
    {
        QMutexLocker lock(&g_mutex);
        g_active.insert(&db, State());
    }
    if (!db.dialect().isSQLite()) {
        SqlQuery q(db, QStringLiteral("SELECT set_config(?, 'on', true)"));
        q.bindAll({ kBulkReferences });
        // Should it fail, the trigger keeps counting row by row: slower, still right.
        m_referencesDeferred = bool(q.exec());
    }
}

BulkWrite::~BulkWrite()
{
    {
        QMutexLocker lock(&g_mutex);
        g_active.remove(&m_db);
    }
    // PostgreSQL's statements kept meanwhile are let go by the next SqlQuery made (Database::reuseStatement).
}

Status BulkWrite::finish()
{
    if (m_referencesDeferred) {
        m_referencesDeferred = false;
        SqlQuery count(
            m_db,
            QStringLiteral("INSERT INTO reference_counters (scope, last_number) "
                           "SELECT 'request-' || substr(reference, 1, 4), "
                           "MAX(CAST(substr(reference, 6) AS BIGINT)) FROM requests "
                           "WHERE reference ~ '^[0-9]{4}-[0-9]{1,9}$' GROUP BY substr(reference, 1, 4) "
                           "ON CONFLICT (scope) DO UPDATE "
                           "SET last_number = GREATEST(reference_counters.last_number, EXCLUDED.last_number)"));
        if (Status s = count.exec(); !s)
            return s;
        SqlQuery off(m_db, QStringLiteral("SELECT set_config(?, 'off', true)"));
        off.bindAll({ kBulkReferences });
        if (Status s = off.exec(); !s)
            return s;
    }
    std::optional<QString> head;
    {
        QMutexLocker lock(&g_mutex);
        head = g_active.value(&m_db).head;
        g_active[&m_db].head.reset();
    }
    if (!head)
        return Status::success(); // no entry was written, or the database has no chain (before schema 13)
    SqlQuery q(m_db, QStringLiteral("UPDATE kohtaamo_meta SET value = ? WHERE key = ?"));
    q.bindAll({ *head, AuditChain::headKey() });
    return q.exec();
}

bool BulkWrite::isActive(const Database &db)
{
    QMutexLocker lock(&g_mutex);
    return g_active.contains(&db);
}

std::optional<QString> BulkWrite::auditHead(const Database &db)
{
    QMutexLocker lock(&g_mutex);
    return g_active.value(&db).head;
}

void BulkWrite::setAuditHead(const Database &db, const QString &head)
{
    QMutexLocker lock(&g_mutex);
    if (auto it = g_active.find(&db); it != g_active.end())
        it->head = head;
}

} // namespace Kohtaamo
