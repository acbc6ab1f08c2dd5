#pragma once

#include <QEvent>
#include <QObject>
#include <QTimer>
#include <QVector>
#include <QWidget>

#include <algorithm>
#include <functional>
#include <utility>

namespace Kohtaamo::BenchInbox {

// Calls back once the next paint of a widget has been done (on the event loop's next turn after the paint event,
// so the whole window's paint and flush are included).
class PaintWatcher : public QObject
{
public:
    explicit PaintWatcher(QWidget *widget) { widget->installEventFilter(this); }
    void arm(std::function<void()> done) { m_done = std::move(done); }
    bool armed() const { return bool(m_done); }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && m_done) {
            auto done = std::move(m_done);
            m_done = {};
            QTimer::singleShot(0, this, std::move(done));
        }
        return QObject::eventFilter(watched, event);
    }

private:
    std::function<void()> m_done;
};

inline double median(QVector<double> values)
{
    if (values.isEmpty())
        return 0;
    std::sort(values.begin(), values.end());
    const qsizetype n = values.size();
    return n % 2 ? values.at(n / 2) : (values.at(n / 2 - 1) + values.at(n / 2)) / 2;
}

inline double maximum(const QVector<double> &values)
{
    return values.isEmpty() ? 0 : *std::max_element(values.begin(), values.end());
}

} // namespace Kohtaamo::BenchInbox
