#include "CalendarInvitation.h"

#include <QTimeZone>

#include <libical/ical.h>

#include <memory>

namespace Kohtaamo {

namespace {

struct ComponentFree
{
    void operator()(icalcomponent *c) const { icalcomponent_free(c); }
};
using Component = std::unique_ptr<icalcomponent, ComponentFree>;

QByteArray utf8(const QString &s)
{
    return s.toUtf8();
}

icaltimetype localTime(const QDateTime &when, const QTimeZone &zone, icaltimezone *tz)
{
    const QDateTime local = when.toTimeZone(zone);
    icaltimetype t = icaltime_null_time();
    t.year = local.date().year();
    t.month = local.date().month();
    t.day = local.date().day();
    t.hour = local.time().hour();
    t.minute = local.time().minute();
    t.second = local.time().second();
    t.is_date = 0;
    t.zone = tz;
    return t;
}

icalproperty *timeProperty(icalproperty *p, const QByteArray &tzid)
{
    icalproperty_remove_parameter_by_kind(p, ICAL_TZID_PARAMETER);
    icalproperty_add_parameter(p, icalparameter_new_tzid(tzid.constData()));
    return p;
}

icalproperty *person(icalproperty *p, const QString &name, bool attendee)
{
    if (!name.isEmpty())
        icalproperty_add_parameter(p, icalparameter_new_cn(utf8(name).constData()));
    if (attendee) {
        icalproperty_add_parameter(p, icalparameter_new_role(ICAL_ROLE_REQPARTICIPANT));
        icalproperty_add_parameter(p, icalparameter_new_partstat(ICAL_PARTSTAT_NEEDSACTION));
        icalproperty_add_parameter(p, icalparameter_new_rsvp(ICAL_RSVP_TRUE));
    }
    return p;
}

} // namespace

QString CalendarInvitation::uidFor(qint64 requestId, qint64 workerId, const QString &officeId)
{
    return QStringLiteral("kohtaamo-%1-%2@%3").arg(requestId).arg(workerId).arg(officeId);
}

Result<QByteArray> CalendarInvitation::toIcs() const
{
    const QTimeZone zone(timeZone);
    icaltimezone *tz = icaltimezone_get_builtin_timezone(timeZone.constData());
    if (!zone.isValid() || !tz)
        return Error(Error::Code::InvalidInput,
                     tr("The calendar entry cannot be written: the office's time zone “%1” is not known.")
                         .arg(QString::fromLatin1(timeZone)),
                     QStringLiteral("timeZone"));
    if (!starts.isValid() || !ends.isValid() || ends <= starts)
        return Error(Error::Code::InvalidInput,
                     tr("The calendar entry cannot be written: the meeting has no time, or it ends before it starts."),
                     QStringLiteral("dateOptions"));
    if (uid.isEmpty() || organizerEmail.isEmpty() || attendeeEmail.isEmpty())
        return Error(Error::Code::InvalidInput,
                     tr("The calendar entry cannot be written without the organizer's and the worker's e-mail."),
                     QStringLiteral("email"));

    // The zone's VTIMEZONE as libical knows it, under the plain IANA id (libical prefixes its built-in zones).
    Component vtimezone(icalcomponent_new_clone(icaltimezone_get_component(tz)));
    if (!vtimezone)
        return Error(Error::Code::InvalidInput, tr("The calendar entry cannot be written: no time zone data."),
                     QStringLiteral("timeZone"));
    if (icalproperty *id = icalcomponent_get_first_property(vtimezone.get(), ICAL_TZID_PROPERTY))
        icalproperty_set_tzid(id, timeZone.constData());

    Component calendar(icalcomponent_new(ICAL_VCALENDAR_COMPONENT));
    icalcomponent_add_property(calendar.get(), icalproperty_new_version("2.0"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_prodid("-//Kohtaamo//Kohtaamo//FI"));
    icalcomponent_add_property(calendar.get(), icalproperty_new_calscale("GREGORIAN"));
    icalcomponent_add_property(
        calendar.get(), icalproperty_new_method(method == Method::Cancel ? ICAL_METHOD_CANCEL : ICAL_METHOD_REQUEST));
    icalcomponent_add_component(calendar.get(), vtimezone.release());

    icalcomponent *event = icalcomponent_new(ICAL_VEVENT_COMPONENT);
    icalcomponent_add_property(event, icalproperty_new_uid(utf8(uid).constData()));
    icalcomponent_add_property(event, icalproperty_new_sequence(sequence));
    const QDateTime stampUtc = (stamp.isValid() ? stamp : QDateTime::currentDateTimeUtc()).toUTC();
    icaltimetype dtstamp
        = icaltime_from_timet_with_zone(stampUtc.toSecsSinceEpoch(), 0, icaltimezone_get_utc_timezone());
    icalcomponent_add_property(event, icalproperty_new_dtstamp(dtstamp));
    icalcomponent_add_property(event, timeProperty(icalproperty_new_dtstart(localTime(starts, zone, tz)), timeZone));
    icalcomponent_add_property(event, timeProperty(icalproperty_new_dtend(localTime(ends, zone, tz)), timeZone));
    icalcomponent_add_property(event, icalproperty_new_summary(utf8(summary).constData()));
    if (!description.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_description(utf8(description).constData()));
    if (!location.isEmpty())
        icalcomponent_add_property(event, icalproperty_new_location(utf8(location).constData()));
    icalcomponent_add_property(
        event,
        person(icalproperty_new_organizer(utf8(QStringLiteral("mailto:") + organizerEmail).constData()), organizerName,
               false));
    icalcomponent_add_property(
        event,
        person(icalproperty_new_attendee(utf8(QStringLiteral("mailto:") + attendeeEmail).constData()), attendeeName,
               true));
    icalcomponent_add_property(
        event, icalproperty_new_status(method == Method::Cancel ? ICAL_STATUS_CANCELLED : ICAL_STATUS_CONFIRMED));
    icalcomponent_add_property(event, icalproperty_new_transp(ICAL_TRANSP_OPAQUE));
    icalcomponent_add_component(calendar.get(), event);

    char *text = icalcomponent_as_ical_string_r(calendar.get());
    if (!text)
        return Error(Error::Code::InvalidInput, tr("The calendar entry cannot be written."), QStringLiteral("ics"));
    QByteArray ics(text);
    icalmemory_free_buffer(text);
    return ics;
}

} // namespace Kohtaamo
