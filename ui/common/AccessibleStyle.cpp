#include "AccessibleStyle.h"

#include "Colours.h"

#include <QPainter>
#include <QStyleOption>

namespace Kohtaamo {

AccessibleStyle::AccessibleStyle(QStyle *base) : QProxyStyle(base) { }

void AccessibleStyle::drawPrimitive(PrimitiveElement element, const QStyleOption *option, QPainter *painter,
                                    const QWidget *widget) const
{
    QProxyStyle::drawPrimitive(element, option, painter, widget);
    if (element != PE_IndicatorCheckBox && element != PE_IndicatorRadioButton)
        return;
    // The style's own keyboard-focus frame stays (it is already the highlight colour).
    if ((option->state & State_HasFocus) && (option->state & State_KeyboardFocusChange))
        return;
    const QColor frame = Colours::indicatorFrame(option->palette);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing, true);
    painter->setBrush(Qt::NoBrush);
    painter->setPen(QPen(frame, 1));
    if (element == PE_IndicatorRadioButton) { // Fusion's circle
        const QRect r = option->rect;
        const qreal radius = (r.width() + (r.width() + 1) % 2) / 2.0 - 1;
        painter->drawEllipse(QPointF(r.center()) + QPointF(1, 1), radius, radius);
    } else {
        painter->drawRect(QRectF(option->rect).adjusted(0.5, 0.5, -0.5, -0.5));
    }
    painter->restore();
}

} // namespace Kohtaamo
