#pragma once

#include "domain/Request.h"

#include <QCoreApplication>

#include <functional>

class QUndoCommand;
class QWidget;

namespace Kohtaamo {

class OfficeService;

// The undo step for a saved edit of a request's fields (the request editor's Save). Undo stores the fields as they
// were before, redo the edited ones; the status, reference and history stay as they are. Either is refused when the
// request changed after the edit (another coordinator's save, a workflow step), so no later change is lost.
class RequestEditUndo
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::RequestEditUndo)
public:
    // `before` as it was read for the edit, `after` as it was stored; `storedVersion` is the request's version now
    // (after any step taken with the save, such as tagging). `office` must outlive the command: the stack is
    // cleared before the office is closed.
    static QUndoCommand *create(OfficeService &office, const Request &before, const Request &after, int storedVersion,
                                QWidget *messageParent, std::function<void()> whenDone);
};

} // namespace Kohtaamo
