#include "AuditRepository.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>

namespace Kohtaamo {

namespace {
const QString kColumns = QStringLiteral("id, at, actor, table_name, record_id, action, changes");

Result<QVector<AuditEntry>> readEntries(SqlQuery &q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<AuditEntry> result;
    while (q.next()) {
        AuditEntry e;
        e.id = q.value(0).toLongLong();
        e.at = SqlQuery::toDateTime(q.value(1));
        e.actor = q.value(2).toString();
        e.tableName = q.value(3).toString();
        e.recordId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
        e.action = q.value(5).toString();
        e.changes = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        result.append(e);
    }
    return result;
}
} // namespace

AuditRepository::AuditRepository(Database &db) : m_db(db) { }

Result<QVector<AuditEntry>> AuditRepository::forRecord(const QString &table, qint64 recordId)
{
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT %1 FROM audit_log WHERE table_name = ? AND record_id = ? ORDER BY id").arg(kColumns));
    q.bindAll({ table, recordId });
    return readEntries(q);
}

Result<QVector<AuditEntry>> AuditRepository::recent(int limit)
{
    if (limit <= 0)
        return Error(Error::Code::InvalidInput, tr("Ask for at least one audit entry."), QStringLiteral("limit"));
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM audit_log ORDER BY id DESC LIMIT ?").arg(kColumns));
    q.bind(limit);
    return readEntries(q);
}

} // namespace Kohtaamo
