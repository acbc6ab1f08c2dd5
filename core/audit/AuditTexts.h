#pragma once

#include "AuditLogEntry.h"

#include <QCoreApplication>
#include <QString>

namespace Kohtaamo {

// How an audit entry reads to a coordinator (the audit viewer, `kohtaamo-cli audit list`): what was done in words
// ("Changed worker", "Exported results report"), which record, and the changes as "field: old → new".
class AuditTexts
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::AuditTexts)
public:
    // The kind of record a table holds, in words ("worker", "request"); the table's name for one not known here.
    static QString recordKind(const QString &table);
    static QString action(const AuditEntry &entry);
    // The record's label, or its kind and number when nothing names it any more ("worker #12").
    static QString record(const AuditLogEntry &entry);
    // Every changed field as "field: old → new" (an insert "field: new", a delete "field: old"), joined by `separator`;
    // each value cut to `maxValue` characters with an ellipsis (0: whole).
    static QString changes(const AuditEntry &entry, const QString &separator, int maxValue = 0);
    // Who acted: the coordinator's name, else the login; the login a tool records when the system names no user
    // (Database::unknownActor) in words.
    static QString actor(const AuditLogEntry &entry);
    static QString login(const QString &login);
};

} // namespace Kohtaamo
