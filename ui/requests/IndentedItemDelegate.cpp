#include "IndentedItemDelegate.h"

#include <QApplication>
#include <QPainter>

namespace Kohtaamo {

IndentedItemDelegate::IndentedItemDelegate(int depthRole, QObject *parent)
    : QStyledItemDelegate(parent), m_depthRole(depthRole)
{
}

int IndentedItemDelegate::indent(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    // One step is about two characters wide, so it grows with the user's font.
    return index.data(m_depthRole).toInt() * option.fontMetrics.horizontalAdvance(QStringLiteral("MM"));
}

void IndentedItemDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    // The highlight spans the whole line; only the text moves in.
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);
    opt.rect.adjust(indent(option, index), 0, 0, 0);
    opt.state &= ~QStyle::State_HasFocus;
    style->drawControl(QStyle::CE_ItemViewItem, &opt, painter, widget);
}

QSize IndentedItemDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QSize size = QStyledItemDelegate::sizeHint(option, index);
    size.rwidth() += indent(option, index);
    return size;
}

} // namespace Kohtaamo
