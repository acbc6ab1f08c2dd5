#pragma once

#include <QStyledItemDelegate>

namespace Kohtaamo {

// The editors of EngagementTableModel's cells: a list of the attendance states, spin boxes for hours and for euros
// (in the UI locale's number format), a calendar date edit for the debrief date and a line edit for the name of
// who debriefed. Each editor is named for screen readers by its column and worker ("Hours, Aino K.").
class EngagementDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit EngagementDelegate(QObject *parent = nullptr);

    QWidget *createEditor(QWidget *parent, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;
    void setModelData(QWidget *editor, QAbstractItemModel *model, const QModelIndex &index) const override;
};

} // namespace Kohtaamo
