#include "RefreshWhenShown.h"

#include <QEvent>
#include <QWidget>

namespace Kohtaamo {

RefreshWhenShown::RefreshWhenShown(QWidget *widget, std::function<void()> read)
    : QObject(widget), m_widget(widget), m_read(std::move(read))
{
    widget->installEventFilter(this);
}

void RefreshWhenShown::request()
{
    if (m_widget->isVisible()) {
        m_stale = false;
        m_read();
    } else {
        m_stale = true;
    }
}

bool RefreshWhenShown::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_widget && event->type() == QEvent::Show && m_stale) {
        m_stale = false;
        m_read();
    }
    return QObject::eventFilter(watched, event);
}

} // namespace Kohtaamo
