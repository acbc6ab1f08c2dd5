#pragma once

#include <QDate>
#include <QString>

namespace Kohtaamo {

// Which audit entries the audit viewer and `kohtaamo-cli audit list` show (OfficeService::auditLog). Every part is
// optional; the parts given narrow the list together.
struct AuditFilter
{
    // One record: its table ("requests", "workers", ...) and id. Only with both set.
    QString table;
    qint64 recordId = 0;
    // One person: the entries about the worker and their consents, invitations and engagements, their erasure and
    // subject access exports (as subject access finds "the audit entries about them", without the name search).
    qint64 workerId = 0;
    // Who acted: the coordinator's (or tool's) login as the audit names it.
    QString actor;
    // The period, whole days in the office's time zone, both ends included.
    QDate from;
    QDate to;
    // Words in the changes (field names or values), case as typed on SQLite's ASCII rules.
    QString text;

    bool hasRecord() const { return !table.isEmpty() && recordId > 0; }
};

} // namespace Kohtaamo
