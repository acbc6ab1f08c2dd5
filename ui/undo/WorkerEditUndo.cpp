#include "WorkerEditUndo.h"

#include "RecordEditUndo.h"
#include "repositories/WorkerRepository.h"

namespace Kohtaamo {

QUndoCommand *WorkerEditUndo::create(Database &db, const Worker &before, const Worker &after, int storedVersion,
                                     QWidget *messageParent, std::function<void()> whenDone)
{
    return recordEditUndo<WorkerRepository, Worker>(
        db, tr("edit of %1").arg(after.displayName), before, after, storedVersion, {},
        [](const Worker &current) { return current.displayName; }, messageParent, std::move(whenDone));
}

} // namespace Kohtaamo
