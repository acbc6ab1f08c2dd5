#include "DateField.h"

#include "DateTabStop.h"
#include "common/DateTexts.h"

#include <QKeyEvent>

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
    if (event->type() == QEvent::LanguageChange || event->type() == QEvent::LocaleChange)
        setDisplayFormat(DateTexts::dateFormat());
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
