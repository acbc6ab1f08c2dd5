#pragma once

#include "domain/Worker.h"

#include <QCoreApplication>

#include <functional>

class QUndoCommand;
class QWidget;

namespace Kohtaamo {

class Database;

// The undo step for a saved edit of a worker (the worker editor's Save): the profile, experiences, kinds of work,
// availability and support dates go back to what they were, or forward again. Consents are not part of it: a given or
// withdrawn consent is a fact with its own history and is never undone. Refused when the worker changed after the
// edit.
class WorkerEditUndo
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::WorkerEditUndo)
public:
    static QUndoCommand *create(Database &db, const Worker &before, const Worker &after, int storedVersion,
                                QWidget *messageParent, std::function<void()> whenDone);
};

} // namespace Kohtaamo
