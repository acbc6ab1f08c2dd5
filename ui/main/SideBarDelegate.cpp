#include "SideBarDelegate.h"

#include "common/Colours.h"

#include <QApplication>
#include <QPainter>
#include <QStyle>

namespace Kohtaamo {

void SideBarDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt(option);
    const bool focused = opt.state & QStyle::State_HasFocus;
    opt.state &= ~QStyle::State_HasFocus;
    opt.showDecorationSelected = true;
    QStyledItemDelegate::paint(painter, opt, index);
    if (focused) {
        // The style's dotted focus rectangle is 1.2:1 on the selection; this frame is 3:1 or more.
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        painter->setPen(QPen(Colours::focusFrame(option.palette, option.state.testFlag(QStyle::State_Selected)), 2));
        painter->setBrush(Qt::NoBrush);
        painter->drawRoundedRect(QRectF(option.rect).adjusted(2, 2, -2, -2), 4, 4);
        painter->restore();
    }
}

QSize SideBarDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.setHeight(qMax(size.height() + 14, option.fontMetrics.height() * 2 + 6));
    return size;
}

} // namespace Kohtaamo
