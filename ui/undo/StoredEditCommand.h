#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QPointer>
#include <QUndoCommand>

#include <functional>

class QWidget;

namespace Kohtaamo {

// One saved edit on the Edit menu's undo stack. The edit is already stored when the command is pushed, so the first
// redo() does nothing; afterwards undo() and redo() each store the record again through its repository — in a
// transaction, with an audit entry, like any other save. When the record changed since (another coordinator, or a
// later step of the workflow), the core refuses with a conflict: the coordinator is told why, nothing is written,
// and the command leaves the stack (it is obsolete).
class StoredEditCommand : public QUndoCommand
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::StoredEditCommand)
public:
    using Step = std::function<Status()>;

    // `text` is what the Edit menu shows after "Undo"/"Redo" ("edit of request 2026-0042"). `after` is called after
    // each successful undo or redo, e.g. to show the record anew.
    StoredEditCommand(const QString &text, Step undo, Step redo, QWidget *messageParent,
                      std::function<void()> after = {});

    void undo() override;
    void redo() override;

    // What the last undo or redo reported; success when it stored the record.
    const Status &lastStatus() const { return m_last; }

private:
    void run(const Step &step, const QString &failure);

    Step m_undo;
    Step m_redo;
    QPointer<QWidget> m_messageParent;
    std::function<void()> m_after;
    bool m_firstRedo = true;
    Status m_last = Status::success();
};

} // namespace Kohtaamo
