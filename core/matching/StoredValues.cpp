#include "StoredValues.h"

#include "storage/SqlQuery.h"

namespace Kohtaamo {

namespace {
// `count` decimal digits at `p`, or -1.
int digits(const QChar *p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const unsigned d = p[i].unicode() - u'0';
        if (d > 9)
            return -1;
        value = value * 10 + int(d);
    }
    return value;
}
} // namespace

QDate StoredValues::date(const QVariant &v)
{
    if (v.metaType() != QMetaType::fromType<QString>())
        return SqlQuery::toDate(v);
    const QString text = v.toString();
    if (text.size() < 10 || text.at(4) != u'-' || text.at(7) != u'-')
        return SqlQuery::toDate(v);
    const QChar *p = text.constData();
    const int y = digits(p, 4), m = digits(p + 5, 2), d = digits(p + 8, 2);
    return y < 0 || m < 0 || d < 0 ? SqlQuery::toDate(v) : QDate(y, m, d);
}

QDateTime StoredValues::instant(const QVariant &v)
{
    if (v.metaType() != QMetaType::fromType<QString>())
        return SqlQuery::toDateTime(v);
    const QString text = v.toString();
    const qint64 msecs = utcMSecs(text);
    if (msecs == kInvalid)
        return SqlQuery::toDateTime(v);
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, offsetAt(msecs));
}

QDateTime StoredValues::instant(const RowCell &cell)
{
    qint64 msecs = 0;
    if (!cell.utcMSecs(msecs))
        return SqlQuery::toDateTime(cell.toVariant());
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, offsetAt(msecs));
}

qint64 StoredValues::utcMSecs(const QString &text)
{
    const int n = int(text.size());
    if (n < 20 || text.at(n - 1) != u'Z' || text.at(4) != u'-' || text.at(7) != u'-' || text.at(10) != u'T'
        || text.at(13) != u':' || text.at(16) != u':')
        return kInvalid;
    const QChar *p = text.constData();
    const int y = digits(p, 4), mo = digits(p + 5, 2), d = digits(p + 8, 2);
    const int h = digits(p + 11, 2), mi = digits(p + 14, 2), sec = digits(p + 17, 2);
    int ms = 0;
    if (n > 20) {
        const int fraction = n - 21; // ".zzz" between the seconds and the Z
        if (text.at(19) != u'.' || fraction < 1 || fraction > 3 || (ms = digits(p + 20, fraction)) < 0)
            return kInvalid;
        for (int i = fraction; i < 3; ++i)
            ms *= 10;
    }
    const QDate day = y < 0 || mo < 0 || d < 0 ? QDate() : QDate(y, mo, d);
    if (!day.isValid() || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59)
        return kInvalid;
    return (day.toJulianDay() - kUnixEpochJulianDay) * kMSecsPerDay + ((h * 60 + mi) * 60 + sec) * 1000 + ms;
}

int StoredValues::localOffset(qint64 msecs)
{
    return QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime).offsetFromUtc();
}

int StoredValues::offsetAt(qint64 msecs)
{
    const qint64 day = msecs >= 0 ? msecs / kMSecsPerDay : (msecs + 1) / kMSecsPerDay - 1;
    const auto it = m_offsets.constFind(day);
    if (it != m_offsets.constEnd())
        return it.value();
    // No zone changes its offset twice in a day: the same offset at both ends of a UTC day holds all day.
    const int first = localOffset(day * kMSecsPerDay);
    if (first != localOffset((day + 1) * kMSecsPerDay - 1))
        return localOffset(msecs); // a day of a change: exact, not kept
    m_offsets.insert(day, first);
    return first;
}

} // namespace Kohtaamo
