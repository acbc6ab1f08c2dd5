#pragma once

#include "common/Result.h"
#include "domain/AuditEntry.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

class Database;

// Reads the audit log that RecordStore writes with every change: who changed which record, when and what.
// Read-only: nothing in Kohtaamo edits or deletes audit entries.
class AuditRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::AuditRepository)
public:
    explicit AuditRepository(Database &db);

    // Everything that happened to one record, oldest first. `table` is the table name ("requests").
    Result<QVector<AuditEntry>> forRecord(const QString &table, qint64 recordId);
    // The latest `limit` entries over all records, newest first.
    Result<QVector<AuditEntry>> recent(int limit = 100);

private:
    Database &m_db;
};

} // namespace Kohtaamo
