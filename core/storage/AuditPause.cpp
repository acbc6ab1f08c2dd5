#include "AuditPause.h"

#include <QHash>
#include <QMutex>

namespace Kohtaamo {

namespace {
// Kept here rather than in Database so that the flag stays private to the two places that use it (this guard and
// RecordStore::audit).
QMutex g_mutex;
QHash<const Database *, int> g_paused; // connection -> depth
} // namespace

AuditPause::AuditPause(Database &db) : m_db(db)
{
    QMutexLocker lock(&g_mutex);
    ++g_paused[&db];
}

AuditPause::~AuditPause()
{
    QMutexLocker lock(&g_mutex);
    if (--g_paused[&m_db] <= 0)
        g_paused.remove(&m_db);
}

bool AuditPause::isPaused(const Database &db)
{
    QMutexLocker lock(&g_mutex);
    return g_paused.contains(&db);
}

} // namespace Kohtaamo
