#include "RequestEditUndo.h"

#include "RecordEditUndo.h"
#include "office/OfficeService.h"

namespace Kohtaamo {

QUndoCommand *RequestEditUndo::create(OfficeService &office, const Request &before, const Request &after,
                                      int storedVersion, QWidget *messageParent, std::function<void()> whenDone)
{
    return recordEditUndo<Request>(
        // Through the office like the editor's save: a time put back moves the team again and marks whom to tell.
        { [&office](qint64 id) { return office.request(id); },
          [&office](const Request &fields) { return office.saveRequest(fields); } },
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
