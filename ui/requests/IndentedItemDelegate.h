#pragma once

#include <QStyledItemDelegate>

namespace Kohtaamo {

// Draws an item of a flat list indented by its depth (the int in depthRole), so that a combo box can show a
// hierarchy (topics under their broader topics) while its items keep their plain names for type-to-find.
class IndentedItemDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    IndentedItemDelegate(int depthRole, QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;

private:
    int indent(const QStyleOptionViewItem &option, const QModelIndex &index) const;

    int m_depthRole;
};

} // namespace Kohtaamo
