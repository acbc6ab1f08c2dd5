#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <optional>

namespace Kohtaamo {

// What a calendar file says, read with libical (never by pattern matching: the VTIMEZONE of an entry has DTSTARTs of
// its own, back to 1878 for Europe/Helsinki): the method, the event's update number, start and end in the event's
// time zone, and its place.
struct CalendarEntry
{
    QString method; // REQUEST, CANCEL ...
    int sequence = 0;
    QDateTime starts; // in the event's zone (Qt::TimeZone), or UTC
    QDateTime ends;
    QString location;

    // None when `ics` is not an iCalendar text with an event.
    static std::optional<CalendarEntry> read(const QByteArray &ics);
};

} // namespace Kohtaamo
