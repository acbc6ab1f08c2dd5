#include "EngagementTableView.h"

namespace Kohtaamo {

EngagementTableView::EngagementTableView(QWidget *parent) : QTableView(parent) { }

void EngagementTableView::commitOpenEditor()
{
    if (state() != EditingState)
        return;
    QWidget *editor = indexWidget(currentIndex());
    if (!editor)
        return;
    commitData(editor);
    closeEditor(editor, QAbstractItemDelegate::NoHint);
}

} // namespace Kohtaamo
