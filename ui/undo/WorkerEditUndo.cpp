#include "WorkerEditUndo.h"

#include "RecordEditUndo.h"
#include "office/OfficeService.h"

namespace Kohtaamo {

QUndoCommand *WorkerEditUndo::create(OfficeService &office, const Worker &before, const Worker &after,
                                     int storedVersion, QWidget *messageParent, std::function<void()> whenDone)
{
    return recordEditUndo<Worker>(
        { [&office](qint64 id) { return office.worker(id); },
          [&office](const Worker &fields) { return office.saveWorker(fields); } },
        tr("edit of %1").arg(after.displayName), before, after, storedVersion, {},
        [](const Worker &current) { return current.displayName; }, messageParent, std::move(whenDone));
}

} // namespace Kohtaamo
