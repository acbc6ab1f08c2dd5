#include "WorkerEditUndo.h"

#include "RecordEditUndo.h"
#include "repositories/WorkerRepository.h"

namespace Kohtaamo {

QUndoCommand *WorkerEditUndo::create(Database &db, const Worker &before, const Worker &after, int storedVersion,
                                     QWidget *messageParent, std::function<void()> whenDone)
{
    return recordEditUndo<Worker>(
        { [&db](qint64 id) { return WorkerRepository(db).get(id); },
          [&db](const Worker &fields) { return WorkerRepository(db).save(fields); } },
        tr("edit of %1").arg(after.displayName), before, after, storedVersion, {},
        [](const Worker &current) { return current.displayName; }, messageParent, std::move(whenDone));
}

} // namespace Kohtaamo
