#include "DateTimeField.h"

#include "DateTabStop.h"

namespace Kohtaamo {

DateTimeField::DateTimeField(QWidget *parent) : QDateTimeEdit(parent)
{
    // As the interface language writes it (6.12.2026 in Finland-Swedish too), again when the language changes.
    setDisplayFormat(DateTexts::dateTimeFormat());
}

bool DateTimeField::event(QEvent *event)
{
    if (DateTabStop::handle(this, event, &DateTexts::dateTimeFormat,
                            [this](bool next) { return QWidget::focusNextPrevChild(next); }))
        return true;
    return QDateTimeEdit::event(event);
}

void DateTimeField::focusInEvent(QFocusEvent *event)
{
    QFocusEvent fromStart = DateTabStop::fromTheStart(event);
    QDateTimeEdit::focusInEvent(&fromStart);
}

} // namespace Kohtaamo
