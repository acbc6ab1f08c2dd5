#pragma once

#include <QDateTime>
#include <QLocale>
#include <QString>

namespace Kohtaamo {

// Dates and times as a coordinator of the interface's language writes them, short form. QLocale follows CLDR, whose
// Swedish (sv_FI in Qt 6.4) writes 2026-12-06 and 13:00; Finland-Swedish writes 6.12.2026 and kl. 13.00, as the
// Finnish forms do. Every short date, time and date with time shown to the user goes through here; the long forms
// ("söndag 6 december 2026") stay QLocale's.
namespace DateTexts {

// The patterns, for QDateEdit::setDisplayFormat and the like (no "kl." in an editor).
QString dateFormat(const QLocale &locale = QLocale());
QString timeFormat(const QLocale &locale = QLocale());
QString dateTimeFormat(const QLocale &locale = QLocale());

QString shortText(const QDate &date, const QLocale &locale = QLocale());
QString shortText(const QTime &time, const QLocale &locale = QLocale());
// Local time as given: callers convert (toLocalTime) first, as before.
QString shortText(const QDateTime &dateTime, const QLocale &locale = QLocale());

} // namespace DateTexts
} // namespace Kohtaamo
