#include "TimeField.h"

#include "DateTabStop.h"
#include "common/DateTexts.h"

#include <QKeyEvent>

namespace Kohtaamo {

TimeField::TimeField(QWidget *parent) : QTimeEdit(parent)
{
    // As the interface language writes it (6.12.2026 in Finland-Swedish too), again when the language changes.
    setDisplayFormat(DateTexts::timeFormat());
}

bool TimeField::event(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        setDisplayFormat(DateTexts::timeFormat());
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
