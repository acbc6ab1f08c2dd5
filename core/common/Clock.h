#pragma once

#include <QDate>
#include <QDateTime>

namespace Kohtaamo {

// "Today" is injected: ranking, consent expiry and reminders depend on it, and tests set it.
class Clock
{
public:
    virtual ~Clock() = default;
    virtual QDateTime now() const = 0;
    QDate today() const { return now().date(); }

    // The process-wide clock; the system clock unless a test installed another.
    static const Clock &instance();
    static void install(const Clock *clock); // nullptr restores the system clock
};

class SystemClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime::currentDateTime(); }
};

// A clock that stands still until moved; for tests and for reproducible demo data.
class FixedClock : public Clock
{
public:
    explicit FixedClock(QDateTime at) : m_now(std::move(at)) { }
    QDateTime now() const override { return m_now; }
    void set(const QDateTime &at) { m_now = at; }
    void advanceDays(int days) { m_now = m_now.addDays(days); }

private:
    QDateTime m_now;
};

} // namespace Kohtaamo
