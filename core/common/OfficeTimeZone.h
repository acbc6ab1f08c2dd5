#pragma once

#include "common/Result.h"

#include <QByteArray>

namespace Kohtaamo {

// The office's time zone for the whole process. Kohtaamo works on one office at a time, and every local time it
// reads, shows, ranks or takes as input is meant in that office's zone, not in the zone the coordinator's machine runs
// on: an 18:00 meeting in Helsinki is an evening meeting on a laptop set to UTC too. Applied by setting the process's
// TZ, which Qt's local time and the C library follow, so stored instants read back as office time everywhere
// (QDateTime::toLocalTime, the date editors, Clock::today) without each place converting.
class OfficeTimeZone
{
public:
    // Applies an IANA id ("Europe/Helsinki"); refused (nothing changed) when the system does not know it.
    static Status apply(const QByteArray &ianaId);
    // Back to the zone the process started with.
    static void restore();
    // The id applied, or empty while the machine's own zone is in use.
    static QByteArray current();
};

} // namespace Kohtaamo
