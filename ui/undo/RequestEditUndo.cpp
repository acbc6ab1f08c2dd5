#include "RequestEditUndo.h"

#include "RecordEditUndo.h"
#include "repositories/RequestRepository.h"

namespace Kohtaamo {

QUndoCommand *RequestEditUndo::create(Database &db, const Request &before, const Request &after, int storedVersion,
                                      QWidget *messageParent, std::function<void()> whenDone)
{
    return recordEditUndo<Request>(
        { [&db](qint64 id) { return RequestRepository(db).get(id); },
          [&db](const Request &fields) { return RequestRepository(db).save(fields); } },
        tr("edit of request %1").arg(after.reference), before, after, storedVersion,
        [](Request &fields, const Request &current) {
            // The workflow is not undone by an edit's undo: the status stays where it is now.
            fields.reference = current.reference;
            fields.status = current.status;
            fields.cancelReason = current.cancelReason;
        },
        [](const Request &current) { return tr("Request %1").arg(current.reference); }, messageParent,
        std::move(whenDone));
}

} // namespace Kohtaamo
