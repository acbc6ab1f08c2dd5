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

BulkWrite::BulkWrite(Database &db) : m_db(db)
{
    QMutexLocker lock(&g_mutex);
    g_active.insert(&db, State());
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
