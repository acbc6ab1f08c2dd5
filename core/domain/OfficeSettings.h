#pragma once

#include <QByteArray>
#include <QtGlobal>

namespace Kohtaamo {

// The office's own settings, stored in its database (one row), as opposed to a coordinator's settings on their
// machine (core/settings/Settings).
struct OfficeSettings
{
    static constexpr qint64 kDefaultMaxFeeCents = 200000; // 2,000 €
    static QByteArray defaultTimeZone() { return QByteArrayLiteral("Europe/Helsinki"); }

    int version = 0;
    qint64 maxFeeCents = kDefaultMaxFeeCents; // the largest fee for one worker's engagement; above it is a slip
    // The office's time zone (IANA id): the day and part of the day of a meeting, "today" and ages follow it.
    QByteArray timeZone = defaultTimeZone();
};

} // namespace Kohtaamo
