#include "FocusKeeper.h"

#include <QApplication>
#include <QPointer>
#include <QTimer>
#include <QWidget>

namespace Kohtaamo::FocusKeeper {

bool isInside(const QWidget *area)
{
    const QWidget *focus = QApplication::focusWidget();
    return area && focus && (focus == area || area->isAncestorOf(focus)) && focus->isVisible() && focus->isEnabled();
}

void keepInside(QWidget *area, QWidget *next)
{
    const auto check = [area = QPointer<QWidget>(area), next = QPointer<QWidget>(next)] {
        if (!area || !next || !area->isVisible() || isInside(area))
            return;
        if (next->isVisible() && next->isEnabled())
            next->setFocus(Qt::OtherFocusReason);
        else
            area->setFocus(Qt::OtherFocusReason);
    };
    check();
    QTimer::singleShot(0, area, check);
}

} // namespace Kohtaamo::FocusKeeper
