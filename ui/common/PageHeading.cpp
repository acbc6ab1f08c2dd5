#include "PageHeading.h"

#include <QApplication>

namespace Kohtaamo {

PageHeading::PageHeading(Level level, QWidget *parent) : QLabel(parent), m_level(level)
{
    QFont f = QApplication::font(this);
    f.setBold(true);
    if (f.pointSizeF() > 0)
        f.setPointSizeF(f.pointSizeF() * (level == Level::Title ? 1.6 : 1.15));
    else
        f.setPixelSize(qRound(f.pixelSize() * (level == Level::Title ? 1.6 : 1.15)));
    setFont(f);
    setWordWrap(true);
    setTextFormat(Qt::PlainText);
}

} // namespace Kohtaamo
