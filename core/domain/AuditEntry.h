#pragma once

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace Kohtaamo {

// Who changed which record, when, and what: written by the storage layer in the same transaction as the change.
struct AuditEntry
{
    qint64 id = 0;
    QDateTime at;
    QString actor;
    QString tableName;
    qint64 recordId = 0;
    QString action; // insert, update, delete
    QJsonObject changes; // field -> {"old": ..., "new": ...}
};

} // namespace Kohtaamo
