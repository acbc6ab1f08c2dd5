#pragma once

#include "domain/EnumCodes.h"
#include "domain/Request.h"
#include "storage/RowReader.h"

#include <QDateTime>
#include <QHash>
#include <QVariant>

#include <limits>

namespace Kohtaamo {

// Part of SnapshotLoader (not for other callers).
//
// Reads stored dates and instants the fast way. SQLite hands them over as ISO text ("2026-03-16",
// "2026-03-16T08:00:00.000Z" as Qt's driver writes them), which is parsed here directly instead of through
// QDate/QDateTime::fromString. An instant becomes a QDateTime at its local offset from UTC (Qt::OffsetFromUTC): the
// same moment, local date and local time as SqlQuery::toDateTime() gives, but without asking the C library for the
// local time of every row (with TZ unset, glibc re-reads /etc/localtime on every conversion). The offset is looked
// up once per day, and exactly on a day the offset changes (summer time). Anything else (PostgreSQL's QDate and
// QDateTime values, other text) goes through SqlQuery.
class StoredValues
{
public:
    static QDate date(const QVariant &v);
    QDateTime instant(const QVariant &v);
    // The same from a RowReader's cell, without a QVariant (and without a QString for a code).
    static QDate date(const RowCell &cell) { return cell.toDate(); }
    QDateTime instant(const RowCell &cell);

    // The topic of a row read as (request_id, topic_id, weight).
    static RequestTopic requestTopic(const RowReader &q)
    {
        return { q.value(1).toLongLong(), decode(kTopicWeightCodes, q.value(2), TopicWeight::Secondary) };
    }

    // The enumerator stored as `v`'s code, or `fallback` for a code this version does not know.
    template <typename E, std::size_t N>
    static E decode(const EnumCodeTable<E, N> &table, const QVariant &v, E fallback)
    {
        return enumFromCode(table, v.toString()).value_or(fallback);
    }
    template <typename E, std::size_t N>
    static E decode(const EnumCodeTable<E, N> &table, const RowCell &cell, E fallback)
    {
        const QByteArrayView code = cell.utf8();
        for (const auto &entry : table) {
            if (code == QByteArrayView(entry.second))
                return entry.first;
        }
        return fallback;
    }

private:
    static constexpr qint64 kInvalid = std::numeric_limits<qint64>::min();
    static constexpr qint64 kMSecsPerDay = 86400000;
    static constexpr qint64 kUnixEpochJulianDay = 2440588;

    // "YYYY-MM-DDTHH:MM:SS[.zzz]Z" as milliseconds since the epoch, or kInvalid.
    static qint64 utcMSecs(const QString &text);
    static int localOffset(qint64 msecs);
    int offsetAt(qint64 msecs);

    QHash<qint64, int> m_offsets; // UTC day -> seconds east of UTC all that day
};

} // namespace Kohtaamo
