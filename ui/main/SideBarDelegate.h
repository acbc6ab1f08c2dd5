#pragma once

#include <QStyledItemDelegate>

namespace Kohtaamo {

// Draws the side bar's entries like the style does, but with the keyboard focus frame around the whole entry
// (icon and text) instead of around the text alone, and with comfortable row heights.
class SideBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    using QStyledItemDelegate::QStyledItemDelegate;

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Kohtaamo
