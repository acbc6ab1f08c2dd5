#include "StoredEditCommand.h"

#include "common/ErrorMessage.h"

#include <QWidget>

namespace Kohtaamo {

StoredEditCommand::StoredEditCommand(const QString &text, Step undo, Step redo, QWidget *messageParent,
                                     std::function<void()> after)
    : m_undo(std::move(undo)), m_redo(std::move(redo)), m_messageParent(messageParent), m_after(std::move(after))
{
    setText(text);
}

void StoredEditCommand::undo()
{
    run(m_undo, tr("Kohtaamo could not undo the %1.").arg(text()));
}

void StoredEditCommand::redo()
{
    if (m_firstRedo) { // pushed after the edit was saved
        m_firstRedo = false;
        return;
    }
    run(m_redo, tr("Kohtaamo could not redo the %1.").arg(text()));
}

void StoredEditCommand::run(const Step &step, const QString &failure)
{
    m_last = step();
    if (!m_last) {
        // The stack would otherwise believe the step was taken; an obsolete command is dropped from it instead.
        setObsolete(true);
        if (m_messageParent)
            ErrorMessage::show(m_messageParent, failure, m_last.error());
        else
            ErrorMessage::log(failure, m_last.error());
        return;
    }
    if (m_after)
        m_after();
}

} // namespace Kohtaamo
