#include "EngagementTableView.h"

#include "common/HeaderTexts.h"

namespace Kohtaamo {

EngagementTableView::EngagementTableView(QWidget *parent) : QTableView(parent)
{
    keepHeaderTextsWhole(horizontalHeader());
}

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
