#pragma once

#include "AuditFilter.h"
#include "AuditLogEntry.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

class Database;

// The audit viewer's reads (OfficeService::auditLog, auditLogCount): the entries a filter leaves, newest first (by
// id, the order they were written in), one page at a time. The primary key gives the order; a record or a person is
// found through audit_log_record (table, record), a coordinator through audit_log_actor and a period through
// audit_log_at (schema 16), so a page is read without sorting the whole log. Each page's records and coordinators
// are named with one statement per kind of record on the page.
class AuditLogQuery
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::AuditLogQuery)
public:
    explicit AuditLogQuery(Database &db);

    static Status validate(const AuditFilter &filter);
    Result<QVector<AuditLogEntry>> page(const AuditFilter &filter, int offset, int limit);
    Result<int> count(const AuditFilter &filter);
    // The logins that appear in the log with the coordinator's name where one is on file, by name: the choices of
    // the viewer's coordinator filter (a coordinator removed since is still there by login).
    Result<QVector<QPair<QString, QString>>> actors();

private:
    struct Where
    {
        QString sql;
        QVariantList binds;
    };
    Where where(const AuditFilter &filter) const;
    Status name(QVector<AuditLogEntry> &entries);

    Database &m_db;
};

} // namespace Kohtaamo
