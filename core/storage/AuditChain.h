#pragma once

#include "common/Result.h"
#include "office/AuditVerification.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QString>

#include <functional>
#include <optional>

namespace Kohtaamo {

class Database;

// The audit log as a hash chain (schema 13, docs/data-protection.md): every entry carries the SHA-256 of its own
// content together with the hash of the entry before it, and kohtaamo_meta holds the chain's head (the last entry's
// id and hash). An entry edited afterwards no longer matches its hash; a removed one breaks the link of the entry
// after it; entries removed from the end no longer reach the head. verify() walks the whole log and names the first
// entry that does not fit.
//
// Entries written before schema 13 are sealed by the migration itself, in id order, so that the chain covers the
// whole log from the first entry on. The chain shows changes made with plain SQL by someone who does not also
// recompute every later hash and the head; it is evidence, not a lock (docs/data-protection.md says what is not yet
// enforced).
class AuditChain
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::AuditChain)
public:
    // What one entry holds, as stored.
    struct Entry
    {
        QDateTime at;
        QString actor;
        qint64 actorId = 0; // 0 = none
        QString table;
        qint64 recordId = 0; // 0 = none
        QString action;
        QString changes; // the JSON text as stored
    };

    using Verification = AuditVerification;
    using Problem = AuditVerification::Problem;

    // The kohtaamo_meta key of the chain's head: "<id>:<hash>" of the last entry ("0:" for an empty log).
    static QString headKey();

    // Writes one audit entry in the caller's transaction, chained to the one before it when the database keeps a
    // chain (schema 13 on); on PostgreSQL the head's row lock orders concurrent writers.
    static Status append(Database &db, const Entry &entry);

    // Computes the hashes of every entry in id order and writes the head: the migration to schema 13 runs this once,
    // inside its transaction.
    static Status sealExisting(Database &db);

    // Erasure (docs/data-protection.md): gives each entry, in id order, to `rewrite`; an entry for which it returns a
    // new changes text is rewritten, and every entry from the first rewritten one on is sealed again (its previous
    // hash and its own), and so is the head, in the caller's transaction. The chain is verified as it is walked: a
    // chain that is already broken is refused and nothing is changed, so an erasure never seals an edit made outside
    // Kohtaamo. Returns how many entries were rewritten. One pass over the whole log.
    using Rewrite = std::function<std::optional<QString>(qint64 id, const Entry &entry)>;
    static Result<int> rewrite(Database &db, const Rewrite &rewrite);

    // Walks the whole log in a read-only transaction.
    static Result<Verification> verify(Database &db);

    // SHA-256 (hex) of `previous` and the entry's content, each part length-prefixed so that no two different
    // entries give the same input.
    static QString hash(const QString &previous, const Entry &entry);
};

} // namespace Kohtaamo
