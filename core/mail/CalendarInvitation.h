#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QString>

namespace Kohtaamo {

// A calendar entry for one worker and one request, written with libical (RFC 5545): METHOD:REQUEST for an
// invitation or a change (SEQUENCE raised on every change of time or place), METHOD:CANCEL to remove it. The UID stays
// the same for the worker and the request for ever, so a calendar updates or removes the entry it already has. Times
// carry the office's time zone (TZID) with its VTIMEZONE.
class CalendarInvitation
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::CalendarInvitation)
public:
    enum class Method { Request, Cancel };

    Method method = Method::Request;
    QString uid;
    int sequence = 0;
    QDateTime starts;
    QDateTime ends;
    QByteArray timeZone = QByteArrayLiteral("Europe/Helsinki"); // IANA id
    QString summary; // no topic: the kind of work and the reference
    QString description;
    QString location; // the place, or the address of a remote meeting
    QString organizerEmail;
    QString organizerName;
    QString attendeeEmail;
    QString attendeeName;
    QDateTime stamp; // DTSTAMP: when this version was made

    // The iCalendar text, or an error when the time zone or the times cannot be written.
    Result<QByteArray> toIcs() const;

    // "kohtaamo-<request>-<worker>@<office id>"
    static QString uidFor(qint64 requestId, qint64 workerId, const QString &officeId);
};

} // namespace Kohtaamo
