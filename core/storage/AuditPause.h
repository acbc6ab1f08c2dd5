#pragma once

namespace Kohtaamo {

class Database;

// While it lives, RecordStore writes no audit entry per record on this database connection: for a bulk operation
// that is audited as one entry of its own (the demo generator; docs/data-protection.md "What the audit log keeps").
// The operation writes that entry itself, in the same transaction. Pauses nest; each ends with its guard, also on an
// early return. The pause belongs to the connection: other connections (other coordinators) audit as always.
class AuditPause
{
public:
    explicit AuditPause(Database &db);
    ~AuditPause();

    AuditPause(const AuditPause &) = delete;
    AuditPause &operator=(const AuditPause &) = delete;

    // Whether a pause is in force on this connection.
    static bool isPaused(const Database &db);

private:
    Database &m_db;
};

} // namespace Kohtaamo
