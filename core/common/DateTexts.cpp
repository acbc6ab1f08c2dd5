#include "DateTexts.h"

namespace Kohtaamo::DateTexts {

namespace {
bool finlandSwedish(const QLocale &locale)
{
    return locale.language() == QLocale::Swedish && locale.territory() == QLocale::Finland;
}
} // namespace

QString dateFormat(const QLocale &locale)
{
    return finlandSwedish(locale) ? QStringLiteral("d.M.yyyy") : locale.dateFormat(QLocale::ShortFormat);
}

QString timeFormat(const QLocale &locale)
{
    return finlandSwedish(locale) ? QStringLiteral("H.mm") : locale.timeFormat(QLocale::ShortFormat);
}

QString dateTimeFormat(const QLocale &locale)
{
    return finlandSwedish(locale) ? QStringLiteral("d.M.yyyy H.mm") : locale.dateTimeFormat(QLocale::ShortFormat);
}

QString shortText(const QDate &date, const QLocale &locale)
{
    return date.isValid() ? locale.toString(date, dateFormat(locale)) : QString();
}

QString shortText(const QTime &time, const QLocale &locale)
{
    return time.isValid() ? locale.toString(time, timeFormat(locale)) : QString();
}

QString shortText(const QDateTime &dateTime, const QLocale &locale)
{
    if (!dateTime.isValid())
        return QString();
    if (finlandSwedish(locale))
        return locale.toString(dateTime, QStringLiteral("d.M.yyyy 'kl.' H.mm"));
    return locale.toString(dateTime, locale.dateTimeFormat(QLocale::ShortFormat));
}

} // namespace Kohtaamo::DateTexts
