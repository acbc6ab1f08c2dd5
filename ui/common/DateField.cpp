#include "DateField.h"

#include "DateTabStop.h"

#include <QKeyEvent>

namespace Kohtaamo {

DateField::DateField(QWidget *parent) : QDateEdit(parent) { }

DateField::DateField(const QDate &date, QWidget *parent) : QDateEdit(date, parent) { }

bool DateField::event(QEvent *event)
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
    return QDateEdit::event(event);
}

void DateField::focusInEvent(QFocusEvent *event)
{
    QFocusEvent fromStart = DateTabStop::fromTheStart(event);
    QDateEdit::focusInEvent(&fromStart);
}

} // namespace Kohtaamo
