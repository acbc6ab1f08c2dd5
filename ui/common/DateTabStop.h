#pragma once

#include <QFocusEvent>
#include <QKeyEvent>

namespace Kohtaamo::DateTabStop {

// What DateField and DateTimeField share: Tab and Shift+Tab (without Ctrl or Alt) leave the field ...
inline bool isTab(const QKeyEvent *event)
{
    return (event->key() == Qt::Key_Tab || event->key() == Qt::Key_Backtab)
        && !(event->modifiers() & (Qt::ControlModifier | Qt::AltModifier | Qt::MetaModifier));
}

inline bool forward(const QKeyEvent *event)
{
    return event->key() == Qt::Key_Tab && !(event->modifiers() & Qt::ShiftModifier);
}

// ... and coming back with Shift+Tab starts at the first section too, where typing a whole date begins.
inline QFocusEvent fromTheStart(const QFocusEvent *event)
{
    return QFocusEvent(event->type(), event->reason() == Qt::BacktabFocusReason ? Qt::TabFocusReason : event->reason());
}

} // namespace Kohtaamo::DateTabStop
