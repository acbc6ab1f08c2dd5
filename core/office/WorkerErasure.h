#pragma once

#include <QtGlobal>

namespace Kohtaamo {

// What erasing a worker did (OfficeService::eraseWorker).
struct WorkerErasure
{
    qint64 workerId = 0;
    int auditEntriesScrubbed = 0; // audit entries whose stored values named the worker
    int messagesRemoved = 0; // e-mail to the worker (drafts, sent and failed)
    int textsScrubbed = 0; // other records whose text named the worker (knowledge, outcomes, requester mail)
};

} // namespace Kohtaamo
