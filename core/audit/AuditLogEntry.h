#pragma once

#include "domain/AuditEntry.h"

#include <QString>

namespace Kohtaamo {

// One line of the audit viewer: the stored entry and what names its record and its coordinator today.
struct AuditLogEntry
{
    AuditEntry entry;
    qint64 actorId = 0; // the coordinator record stored with the entry, 0 for a tool
    QString actorName; // the display name of the coordinator with the entry's login; empty for a tool
    // The record as a coordinator knows it: a request's reference, a worker's name ("Erased worker #12" after an
    // erasure), the worker (and request) a consent, invitation or engagement belongs to. Empty when nothing names it
    // (a record removed since, a table without a name).
    QString recordLabel;
};

} // namespace Kohtaamo
