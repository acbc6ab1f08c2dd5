#pragma once

namespace Kohtaamo {

// When in a week a worker prefers to be asked: 7 days x 3 parts of day, stored as a 21-bit mask.
// Bit (day-1)*3 + part, day 1 = Monday as in QDate::dayOfWeek(), part 0 morning, 1 afternoon, 2 evening.
// An empty mask means "no preference stated", not "never".
class WeeklyAvailability
{
public:
    enum Part { Morning = 0, Afternoon = 1, Evening = 2 };

    WeeklyAvailability() = default;
    explicit WeeklyAvailability(int mask) : m_mask(mask & kAll) { }

    static constexpr int kAll = (1 << 21) - 1;

    int mask() const { return m_mask; }
    bool isEmpty() const { return m_mask == 0; }
    bool has(int dayOfWeek, Part part) const { return m_mask & bit(dayOfWeek, part); }
    bool hasDay(int dayOfWeek) const { return m_mask & (7 << ((dayOfWeek - 1) * 3)); }
    void set(int dayOfWeek, Part part, bool on)
    {
        if (on)
            m_mask |= bit(dayOfWeek, part);
        else
            m_mask &= ~bit(dayOfWeek, part);
    }
    static Part partOfDay(int hour) { return hour < 12 ? Morning : hour < 17 ? Afternoon : Evening; }

    friend bool operator==(WeeklyAvailability a, WeeklyAvailability b) { return a.m_mask == b.m_mask; }

private:
    static int bit(int dayOfWeek, Part part) { return 1 << ((dayOfWeek - 1) * 3 + part); }
    int m_mask = 0;
};

} // namespace Kohtaamo
