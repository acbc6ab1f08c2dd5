#pragma once

// What libical reads in a calendar file, field by field, for the mail tests (the other parser is python3-icalendar,
// tests/mail/check_ics.py).

#include <QByteArray>
#include <QDateTime>
#include <QString>

#include <libical/ical.h>

namespace Kohtaamo::Test {

struct IcsFields
{
    bool parsed = false;
    QString method; // REQUEST, CANCEL
    QString uid;
    int sequence = -1;
    QString dtstartTzid;
    QDateTime dtstartUtc;
    QDateTime dtendUtc;
    bool hasVtimezone = false;
    QString vtimezoneTzid;
    QString organizer;
    QString attendee;
    QString location;
    QString summary;

    static IcsFields read(const QByteArray &ics)
    {
        IcsFields f;
        icalcomponent *cal = icalparser_parse_string(ics.constData());
        if (!cal)
            return f;
        f.parsed = icalcomponent_isa(cal) == ICAL_VCALENDAR_COMPONENT;
        f.method = QString::fromLatin1(icalproperty_method_to_string(icalcomponent_get_method(cal)));
        if (icalcomponent *tz = icalcomponent_get_first_component(cal, ICAL_VTIMEZONE_COMPONENT)) {
            f.hasVtimezone = true;
            if (icalproperty *id = icalcomponent_get_first_property(tz, ICAL_TZID_PROPERTY))
                f.vtimezoneTzid = QString::fromUtf8(icalproperty_get_tzid(id));
        }
        icalcomponent *ev = icalcomponent_get_first_component(cal, ICAL_VEVENT_COMPONENT);
        if (ev) {
            f.uid = QString::fromUtf8(icalcomponent_get_uid(ev));
            f.sequence = icalcomponent_get_sequence(ev);
            if (icalproperty *dt = icalcomponent_get_first_property(ev, ICAL_DTSTART_PROPERTY))
                if (icalparameter *p = icalproperty_get_first_parameter(dt, ICAL_TZID_PARAMETER))
                    f.dtstartTzid = QString::fromUtf8(icalparameter_get_tzid(p));
            const icaltimetype start = icalcomponent_get_dtstart(ev);
            const icaltimetype end = icalcomponent_get_dtend(ev);
            f.dtstartUtc
                = QDateTime::fromSecsSinceEpoch(qint64(icaltime_as_timet_with_zone(start, start.zone)), Qt::UTC);
            f.dtendUtc = QDateTime::fromSecsSinceEpoch(qint64(icaltime_as_timet_with_zone(end, end.zone)), Qt::UTC);
            if (icalproperty *o = icalcomponent_get_first_property(ev, ICAL_ORGANIZER_PROPERTY))
                f.organizer = QString::fromUtf8(icalproperty_get_organizer(o));
            if (icalproperty *a = icalcomponent_get_first_property(ev, ICAL_ATTENDEE_PROPERTY))
                f.attendee = QString::fromUtf8(icalproperty_get_attendee(a));
            if (const char *l = icalcomponent_get_location(ev))
                f.location = QString::fromUtf8(l);
            if (const char *s = icalcomponent_get_summary(ev))
                f.summary = QString::fromUtf8(s);
        }
        icalcomponent_free(cal);
        return f;
    }
};

} // namespace Kohtaamo::Test
