#include "SnapshotFilters.h"

#include "storage/SqlQuery.h"

namespace Kohtaamo::SnapshotFilters {

namespace {
// Requests still being worked on: their invitations and engagements are read whatever their age.
const QString kOpenRequests = QStringLiteral("SELECT o.id FROM requests o WHERE o.status IN ('new', 'tagged', "
                                             "'inviting', 'confirmed')");
} // namespace

QString history(const QString &alias)
{
    return QStringLiteral("(%1.%2 IS NULL OR %1.%2 >= ? OR %1.request_id IN (%3))")
        .arg(alias, alias == QLatin1String("i") ? QStringLiteral("sent_at") : QStringLiteral("starts_at"),
             kOpenRequests);
}

QString requests(const QString &alias)
{
    return QStringLiteral("(%1.status IN ('new', 'tagged', 'inviting', 'confirmed') OR %1.received_on >= ? "
                          "OR %1.id IN (SELECT e.request_id FROM engagements e WHERE e.starts_at >= ?) "
                          "OR %1.id IN (SELECT i.request_id FROM invitations i WHERE i.sent_at >= ?))")
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
