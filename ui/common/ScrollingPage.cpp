#include "ScrollingPage.h"

#include <QFrame>
#include <QScrollArea>

namespace Kohtaamo {

QWidget *scrollingPage(QWidget *page)
{
    auto *area = new QScrollArea(page->parentWidget());
    area->setObjectName(page->objectName().isEmpty() ? QString() : page->objectName() + QStringLiteral("Scroll"));
    area->setFrameShape(QFrame::NoFrame);
    area->setWidgetResizable(true);
    area->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    area->setFocusPolicy(Qt::NoFocus);
    area->setWidget(page);
    // The page keeps the height it asks for (a growing notes field would otherwise give its room up, and every field
    // under it would move up); the area scrolls instead.
    page->setMinimumHeight(page->sizeHint().height());
    area->setMinimumWidth(page->minimumSizeHint().width());
    return area;
}

} // namespace Kohtaamo
