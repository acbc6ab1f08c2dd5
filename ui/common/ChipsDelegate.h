#pragma once

#include <QStyledItemDelegate>

namespace Kohtaamo {

// Draws ItemRoles::ChipsRole as rounded labels that wrap onto as many lines as the column needs; the height it asks
// for follows the column width, so rows grow instead of cutting chips off. Colours come from the palette, so a
// high-contrast theme stays readable.
class ChipsDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ChipsDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    // Lays the chips out in `width`; returns the rectangles (relative to 0,0) and the total height.
    int layout(const QStyleOptionViewItem &option, const QModelIndex &index, int width, QVector<QRect> *rects) const;
};

} // namespace Kohtaamo
