#include "TimeField.h"

#include "DateTabStop.h"

#include <QKeyEvent>

namespace Kohtaamo {

TimeField::TimeField(QWidget *parent) : QTimeEdit(parent) { }

bool TimeField::event(QEvent *event)
{
    // Tab is taken here, before QWidget::event() asks focusNextPrevChild(), which QDateTimeEdit answers by moving
    // to its next section. A typed separator still moves to the next section (QDateTimeEdit::keyPressEvent()).
    if (event->type() == QEvent::KeyPress) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (DateTabStop::isTab(key)) {
            key->accept();
            QWidget::focusNextPrevChild(DateTabStop::forward(key));
            return true;
        }
    }
    return QTimeEdit::event(event);
}

void TimeField::focusInEvent(QFocusEvent *event)
{
    QFocusEvent fromStart = DateTabStop::fromTheStart(event);
    QTimeEdit::focusInEvent(&fromStart);
}

} // namespace Kohtaamo
