#pragma once

#include <QDate>

namespace Kohtaamo {

// When the experience workers' group meets: on the first meeting day and then every intervalDays days (about every
// four weeks in the commission model). Office-wide, stored in the database (GroupMeetingRhythmRepository).
struct GroupMeetingRhythm
{
    static constexpr int kDefaultIntervalDays = 28;
    static constexpr int kMaxIntervalDays = 366;

    qint64 id = 0;
    int version = 0;
    QDate firstMeeting; // invalid = not set yet
    int intervalDays = kDefaultIntervalDays;

    bool isSet() const { return firstMeeting.isValid() && intervalDays > 0; }

    // The first meeting on or after day; invalid when the rhythm is not set.
    QDate nextOnOrAfter(const QDate &day) const
    {
        if (!isSet() || !day.isValid())
            return {};
        if (day <= firstMeeting)
            return firstMeeting;
        const qint64 since = firstMeeting.daysTo(day);
        const qint64 steps = (since + intervalDays - 1) / intervalDays;
        return firstMeeting.addDays(steps * intervalDays);
    }

    // The last meeting strictly before day; invalid when there was none (or the rhythm is not set).
    QDate previousBefore(const QDate &day) const
    {
        if (!isSet() || !day.isValid() || day <= firstMeeting)
            return {};
        const qint64 since = firstMeeting.daysTo(day);
        const qint64 steps = (since - 1) / intervalDays;
        return firstMeeting.addDays(steps * intervalDays);
    }
};

} // namespace Kohtaamo
