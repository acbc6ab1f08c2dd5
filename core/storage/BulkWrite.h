#pragma once

#include "common/Result.h"

#include <QString>

#include <optional>

namespace Kohtaamo {

class Database;

// Inside one write transaction that stores many records (importing an office: docs/interchange.md), makes each
// record cost fewer round trips to a PostgreSQL server, without changing what is stored:
// - prepared statements are kept for reuse on PostgreSQL too (SqlQuery; SQLite keeps them always). Nothing changes
//   the schema while the guard lives, and the kept statements are let go after it ends;
// - the audit chain's head (AuditChain) is read and locked once, carried from entry to entry in memory, and written
//   back once by finish(): every entry is still chained and hashed as one by one, but the head row is not updated
//   thousands of times in one transaction (PostgreSQL keeps every version of a row updated in a transaction until
//   it ends, and each later read walks through them all).
// - on PostgreSQL the request references' counters (schema 15) are set once by finish() from the stored references
//   instead of by the trigger at every request (schema 17 lets the trigger stand aside for the transaction).
// Use it inside the transaction and call finish() before committing; without finish() the transaction must roll back
// (the head is not written). Belongs to the connection, like AuditPause.
class BulkWrite
{
public:
    explicit BulkWrite(Database &db);
    ~BulkWrite();
    BulkWrite(const BulkWrite &) = delete;
    BulkWrite &operator=(const BulkWrite &) = delete;

    // Writes the audit chain's head; then the transaction may commit.
    Status finish();

    static bool isActive(const Database &db);
    // The chain head carried in memory ("id:hash"), none until the first entry of the guard read it.
    static std::optional<QString> auditHead(const Database &db);
    static void setAuditHead(const Database &db, const QString &head);

private:
    Database &m_db;
    bool m_referencesDeferred = false;
};

} // namespace Kohtaamo
