#include "InterchangeFormat.h"

#include <QJsonArray>

namespace Kohtaamo {

QJsonValue InterchangeFormat::date(const QDate &d)
{
    return d.isValid() ? QJsonValue(d.toString(Qt::ISODate)) : QJsonValue(QJsonValue::Null);
}

QJsonValue InterchangeFormat::instant(const QDateTime &t)
{
    if (!t.isValid())
        return QJsonValue::Null;
    const QDateTime utc = t.toUTC();
    return utc.time().msec() == 0 ? utc.toString(Qt::ISODate) : utc.toString(Qt::ISODateWithMs);
}

QJsonValue InterchangeFormat::cents(const std::optional<qint64> &cents)
{
    return cents ? QJsonValue(*cents) : QJsonValue(QJsonValue::Null);
}

QJsonValue InterchangeFormat::reference(const QString &key)
{
    return key.isEmpty() ? QJsonValue(QJsonValue::Null) : QJsonValue(key);
}

QString InterchangeFormat::dayKey(int dayOfWeek)
{
    static const char *const kDays[] = { "mon", "tue", "wed", "thu", "fri", "sat", "sun" };
    return dayOfWeek >= 1 && dayOfWeek <= 7 ? QString::fromLatin1(kDays[dayOfWeek - 1]) : QString();
}

QString InterchangeFormat::partKey(WeeklyAvailability::Part part)
{
    switch (part) {
    case WeeklyAvailability::Morning:
        return QStringLiteral("morning");
    case WeeklyAvailability::Afternoon:
        return QStringLiteral("afternoon");
    case WeeklyAvailability::Evening:
        return QStringLiteral("evening");
    }
    return {};
}

QJsonObject InterchangeFormat::weekly(const WeeklyAvailability &weekly)
{
    QJsonObject days;
    for (int day = 1; day <= 7; ++day) {
        QJsonArray parts;
        for (auto part : { WeeklyAvailability::Morning, WeeklyAvailability::Afternoon, WeeklyAvailability::Evening }) {
            if (weekly.has(day, part))
                parts.append(partKey(part));
        }
        if (!parts.isEmpty())
            days.insert(dayKey(day), parts);
    }
    return days;
}

QJsonObject InterchangeFormat::names(const QString &fi, const QString &sv, const QString &en)
{
    return QJsonObject { { QStringLiteral("fi"), fi }, { QStringLiteral("sv"), sv }, { QStringLiteral("en"), en } };
}

} // namespace Kohtaamo
