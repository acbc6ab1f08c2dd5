#pragma once

#include <QString>

namespace Kohtaamo {

// What `kohtaamo-cli audit verify` (OfficeService::verifyAudit, core/storage/AuditChain) found in the audit log's hash
// chain: intact, or the first entry that was edited or removed.
struct AuditVerification
{
    enum class Problem {
        None,
        Edited, // the entry's content or hash was changed, or it was added outside Kohtaamo
        Removed, // the entry before `entryId` was removed
        RemovedAtEnd, // entries after `entryId` (the last one left) were removed
        Unsealed, // the entry carries no hash
        NoHead, // the chain's head is missing from kohtaamo_meta
    };

    Problem problem = Problem::None;
    qint64 entries = 0; // entries checked (all of them when intact)
    qint64 entryId = 0; // the entry the problem is found at
    QString message; // translated: what was found, naming the entry
    bool intact() const { return problem == Problem::None; }
};

} // namespace Kohtaamo
