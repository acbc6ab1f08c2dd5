#include "SnapshotFilters.h"

#include "storage/SqlQuery.h"

namespace Kohtaamo::SnapshotFilters {

namespace {
// Requests still being worked on: their invitations and engagements are read whatever their age.
const QString kOpenRequests = QStringLiteral("SELECT o.id FROM requests o WHERE o.status IN ('new', 'tagged', "
                                             "'inviting', 'confirmed')");
} // namespace

// The times are compared inside COALESCE (NULL: no time, read) so that no index on the time is used: the window is
// most of the table, which is read fastest in table order. A focused load puts its own indexed condition beside it.
QString history(const QString &alias)
{
    return QStringLiteral("(COALESCE(%1.%2 >= ?, TRUE) OR %1.request_id IN (%3))")
        .arg(alias, alias == QLatin1String("i") ? QStringLiteral("sent_at") : QStringLiteral("starts_at"),
             kOpenRequests);
}

QString requests(const QString &alias)
{
    return QStringLiteral(
               "(%1.status IN ('new', 'tagged', 'inviting', 'confirmed') OR %1.received_on >= ? "
               "OR %1.id IN (SELECT e.request_id FROM engagements e WHERE COALESCE(e.starts_at >= ?, FALSE)) "
               "OR %1.id IN (SELECT i.request_id FROM invitations i WHERE COALESCE(i.sent_at >= ?, FALSE)))")
        .arg(alias);
}

QVariant utcBefore(const QDate &first)
{
    return SqlQuery::fromDateTime(QDateTime(first.addDays(-1), QTime(0, 0), Qt::UTC));
}

QVariant utcAfter(const QDate &last)
{
    return SqlQuery::fromDateTime(QDateTime(last.addDays(2), QTime(0, 0), Qt::UTC));
}

} // namespace Kohtaamo::SnapshotFilters
