#pragma once

#include "domain/Worker.h"

#include <QCoreApplication>

#include <functional>

class QUndoCommand;
class QWidget;

namespace Kohtaamo {

class OfficeService;

// The undo step for a saved edit of a worker (the worker editor's Save): the profile, experiences, kinds of work,
// availability and support dates go back to what they were, or forward again. Consents are not part of it: a given or
// withdrawn consent is a fact with its own history and is never undone. Refused when the worker changed after the
// edit. Undo and redo are saves through the office service (OfficeService::saveWorker), which announces them.
class WorkerEditUndo
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::WorkerEditUndo)
public:
    // `office` must outlive the command: the stack is cleared before the office is closed.
    static QUndoCommand *create(OfficeService &office, const Worker &before, const Worker &after, int storedVersion,
                                QWidget *messageParent, std::function<void()> whenDone);
};

} // namespace Kohtaamo
