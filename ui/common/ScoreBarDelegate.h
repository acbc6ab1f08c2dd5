#pragma once

#include <QStyledItemDelegate>

namespace Kohtaamo {

// Draws ItemRoles::FractionRole (0..1) as a horizontal bar behind the cell's number, so the eye compares scores at a
// glance; the number stays as text for screen readers and sorting.
class ScoreBarDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ScoreBarDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
};

} // namespace Kohtaamo
