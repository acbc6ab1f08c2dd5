#include "DateField.h"

#include "DateTabStop.h"

namespace Kohtaamo {

DateField::DateField(QWidget *parent) : QDateEdit(parent)
{
    // As the interface language writes it (6.12.2026 in Finland-Swedish too), again when the language changes.
    setDisplayFormat(DateTexts::dateFormat());
}

DateField::DateField(const QDate &date, QWidget *parent) : QDateEdit(date, parent)
{
    // As the interface language writes it (6.12.2026 in Finland-Swedish too), again when the language changes.
    setDisplayFormat(DateTexts::dateFormat());
}

bool DateField::event(QEvent *event)
{
    if (DateTabStop::handle(this, event, &DateTexts::dateFormat,
                            [this](bool next) { return QWidget::focusNextPrevChild(next); }))
        return true;
    return QDateEdit::event(event);
}

void DateField::focusInEvent(QFocusEvent *event)
{
    QFocusEvent fromStart = DateTabStop::fromTheStart(event);
    QDateEdit::focusInEvent(&fromStart);
}

} // namespace Kohtaamo
