#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace Kohtaamo {

// For a page, tab or list that reads the office's data: reads it now when the widget is shown, else when it is next
// shown. The main window builds every page at start, and a page out of sight should read nothing then, nor after each
// change (a year's results report of a large office takes seconds); a change made while it was hidden is read once,
// when it comes back.
class RefreshWhenShown : public QObject
{
public:
    RefreshWhenShown(QWidget *widget, std::function<void()> read);

    // Reads now if the widget is shown, else when it is next shown.
    void request();
    // The widget read just now by itself (a filter changed): nothing is left for its next showing.
    void markRead() { m_stale = false; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_widget;
    std::function<void()> m_read;
    bool m_stale = false;
};

} // namespace Kohtaamo
