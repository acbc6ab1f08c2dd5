#include "CalendarEntry.h"

#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

namespace Kohtaamo {

namespace {

QDateTime toDateTime(icalproperty *property)
{
    if (!property)
        return {};
    const icaltimetype t = icalproperty_isa(property) == ICAL_DTSTART_PROPERTY ? icalproperty_get_dtstart(property)
                                                                               : icalproperty_get_dtend(property);
    if (icaltime_is_null_time(t))
        return {};
    QDateTime result(QDate(t.year, t.month, t.day), t.is_date ? QTime(0, 0) : QTime(t.hour, t.minute, t.second));
    if (icaltime_is_utc(t)) {
        result.setTimeZone(QTimeZone::utc());
        return result;
    }
    icalparameter *tzid = icalproperty_get_first_parameter(property, ICAL_TZID_PARAMETER);
    if (tzid) {
        const QTimeZone zone(QByteArray(icalparameter_get_tzid(tzid)));
        if (zone.isValid())
            result.setTimeZone(zone);
    }
    return result;
}

} // namespace

std::optional<CalendarEntry> CalendarEntry::read(const QByteArray &ics)
{
    if (ics.isEmpty())
        return std::nullopt;
    std::unique_ptr<icalcomponent, decltype(&icalcomponent_free)> calendar(icalparser_parse_string(ics.constData()),
                                                                           icalcomponent_free);
    if (!calendar)
        return std::nullopt;
    icalcomponent *root = calendar.get();
    icalcomponent *event = icalcomponent_isa(root) == ICAL_VEVENT_COMPONENT
        ? root
        : icalcomponent_get_first_component(root, ICAL_VEVENT_COMPONENT);
    if (!event)
        return std::nullopt;
    CalendarEntry entry;
    if (icalproperty *method = icalcomponent_get_first_property(root, ICAL_METHOD_PROPERTY))
        entry.method = QString::fromUtf8(icalproperty_method_to_string(icalproperty_get_method(method)));
    if (icalproperty *sequence = icalcomponent_get_first_property(event, ICAL_SEQUENCE_PROPERTY))
        entry.sequence = icalproperty_get_sequence(sequence);
    entry.starts = toDateTime(icalcomponent_get_first_property(event, ICAL_DTSTART_PROPERTY));
    entry.ends = toDateTime(icalcomponent_get_first_property(event, ICAL_DTEND_PROPERTY));
    if (icalproperty *location = icalcomponent_get_first_property(event, ICAL_LOCATION_PROPERTY))
        entry.location = QString::fromUtf8(icalproperty_get_location(location));
    return entry;
}

} // namespace Kohtaamo
