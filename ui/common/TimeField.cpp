#include "TimeField.h"

#include "DateTabStop.h"

namespace Kohtaamo {

TimeField::TimeField(QWidget *parent) : QTimeEdit(parent)
{
    // As the interface language writes it (6.12.2026 in Finland-Swedish too), again when the language changes.
    setDisplayFormat(DateTexts::timeFormat());
}

bool TimeField::event(QEvent *event)
{
    if (DateTabStop::handle(this, event, &DateTexts::timeFormat,
                            [this](bool next) { return QWidget::focusNextPrevChild(next); }))
        return true;
    return QTimeEdit::event(event);
}

void TimeField::focusInEvent(QFocusEvent *event)
{
    QFocusEvent fromStart = DateTabStop::fromTheStart(event);
    QTimeEdit::focusInEvent(&fromStart);
}

} // namespace Kohtaamo
