#include "OptionalDateEdit.h"

#include "common/Clock.h"
#include "common/Plausibility.h"

#include <QCalendarWidget>
#include <QEvent>

namespace Kohtaamo {

namespace {
// "Not recorded" is the day before the earliest date the core accepts, so that every accepted date can be chosen.
const QDate kUnset = Plausibility::earliestDateOfBirth().addDays(-1);
} // namespace

OptionalDateEdit::OptionalDateEdit(QWidget *parent) : DateField(parent)
{
    setCalendarPopup(true);
    setMinimumDate(kUnset);
    setDate(kUnset);
    setSpecialValueText(tr("not recorded"));
    calendarWidget()->installEventFilter(this);
}

QDate OptionalDateEdit::value() const
{
    return date() == kUnset ? QDate() : date();
}

void OptionalDateEdit::setValue(const QDate &date)
{
    setDate(date.isValid() && date > kUnset ? date : kUnset);
}

void OptionalDateEdit::setUnsetText(const QString &text)
{
    setSpecialValueText(text);
    updateGeometry();
}

QSize OptionalDateEdit::sizeHint() const
{
    QSize hint = QDateEdit::sizeHint();
    // The date's own hint plus what the unset text needs beyond the widest date.
    const QFontMetrics fm = fontMetrics();
    const int extra = fm.horizontalAdvance(specialValueText()) - fm.horizontalAdvance(QStringLiteral("28/12/2026"));
    if (extra > 0)
        hint.rwidth() += extra;
    return hint;
}

bool OptionalDateEdit::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::Show && watched == calendarWidget() && date() == kUnset) {
        const QDate today = Clock::instance().today();
        calendarWidget()->setCurrentPage(today.year(), today.month());
    }
    return QDateEdit::eventFilter(watched, event);
}

} // namespace Kohtaamo
