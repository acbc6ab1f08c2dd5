#pragma once

#include "common/DateTexts.h"

#include <QDateTimeEdit>
#include <QFocusEvent>
#include <QKeyEvent>

#include <functional>

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

// The event handling DateField, DateTimeField and TimeField share: the display pattern as the interface language
// writes it (again on a language change), and Tab taken before QWidget::event() asks focusNextPrevChild(), which
// QDateTimeEdit answers by moving to its next section (a typed separator still does). `leave` is the field's
// QWidget::focusNextPrevChild. True when the event was used up.
using Pattern = QString (*)(const QLocale &);
inline bool handle(QDateTimeEdit *edit, QEvent *event, Pattern pattern, const std::function<bool(bool)> &leave)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        edit->setDisplayFormat(pattern(QLocale()));
    if (event->type() != QEvent::KeyPress)
        return false;
    auto *key = static_cast<QKeyEvent *>(event);
    if (!isTab(key))
        return false;
    key->accept();
    leave(forward(key));
    return true;
}

} // namespace Kohtaamo::DateTabStop
