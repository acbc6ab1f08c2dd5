#include "SnapshotFocus.h"

#include "RankingContext.h"
#include "StoredValues.h"

#include "storage/Database.h"
#include "storage/RowReader.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QSet>

#include <algorithm>

namespace Kohtaamo {

SnapshotFocus::SnapshotFocus(const Request &request, const RankingWeights &weights)
    : m_request(request), m_weights(weights)
{
}

SnapshotFilters::Condition SnapshotFocus::invitations(const QDate &since, const QDate &today) const
{
    // The request's own invitations, and those of the rotation window (the only ones the score counts); this test
    // first, as it leaves out most rows.
    const int rotation = m_weights.points(RankingWeights::Key::RotationWindowDays);
    return { QStringLiteral("(i.request_id = ? OR i.sent_at >= ?) AND %1")
                 .arg(SnapshotFilters::history(QStringLiteral("i"))),
             { m_request.id, SnapshotFilters::utcBefore(today.addDays(-rotation)),
               SqlQuery::fromDateTime(since.startOfDay()) } };
}

SnapshotFilters::Condition SnapshotFocus::engagements(const QString &columns, const MatchingData &data,
                                                      const QDate &since, const QDate &today) const
{
    const QVariant sinceTime = SqlQuery::fromDateTime(since.startOfDay());
    // What the ranking of the focus request reads of an engagement (RankingEngine): whether it is of this request;
    // the days to the nearest one (against each worker's minimum), a heavy topic within the wellbeing window, the
    // month's count, an overlap with the meeting, the rotation window around today, the year's fees of workers
    // with a ceiling; and whether an invitation of the rotation window led to an engagement (those come with the
    // invitations, loadHistory). Cancelled ones count only through their debriefs (loadDebriefs).
    // Every day the rules are checked for counts: the chosen time's, else each proposed time's (RankingContext).
    const Request &r = m_request;
    const QVector<QDate> checked = RankingContext::daysToCheck(r, today);
    int nearDays = qMax(1, m_weights.points(RankingWeights::Key::WellbeingHeavyDays));
    for (const Worker &w : data.workers)
        nearDays = qMax(nearDays, w.minDaysBetweenEngagements);
    const int rotation = m_weights.points(RankingWeights::Key::RotationWindowDays);
    QStringList any { QStringLiteral("e.request_id = ?") };
    QVariantList binds { r.id };
    QVector<QPair<QDate, QDate>> days; // local days, merged into as few ranges as they make
    for (const QDate &date : checked) {
        const QDate monthFirst(date.year(), date.month(), 1);
        days.append({ date.addDays(-nearDays), date.addDays(nearDays) });
        days.append({ monthFirst, monthFirst.addDays(date.daysInMonth() - 1) });
    }
    days.append({ today.addDays(-rotation), today.addDays(rotation) });
    for (const DateOption &o : r.dateOptions) {
        if (!o.starts.isValid())
            continue;
        days.append({ o.starts.date(), o.starts.date() });
        const QDateTime ends
            = o.ends.isValid() && o.ends > o.starts ? o.ends : o.starts.addSecs(qint64(r.durationMinutes) * 60);
        // Compared inside COALESCE: "started before the end" is most of the table, cheaper to scan than to search.
        any << QStringLiteral("(COALESCE(e.starts_at < ?, FALSE) AND e.ends_at > ?)");
        binds << SqlQuery::fromDateTime(ends.addDays(1)) << SqlQuery::fromDateTime(o.starts.addDays(-1));
    }
    std::sort(days.begin(), days.end());
    for (int i = 0; i < days.size(); ++i) {
        QDate last = days.at(i).second;
        const QDate first = days.at(i).first;
        while (i + 1 < days.size() && days.at(i + 1).first <= last.addDays(1))
            last = qMax(last, days.at(++i).second);
        any << QStringLiteral("(e.starts_at >= ? AND e.starts_at < ?)");
        binds << SnapshotFilters::utcBefore(first) << SnapshotFilters::utcAfter(last);
    }
    if (r.feeCents.value_or(0) > 0) {
        any << QStringLiteral("(e.worker_id IN (SELECT w.id FROM workers w WHERE w.annual_earnings_ceiling_cents "
                              "IS NOT NULL) AND e.starts_at >= ? AND e.starts_at < ?)");
        const auto [first, last] = std::minmax_element(checked.cbegin(), checked.cend());
        binds << SnapshotFilters::utcBefore(QDate(first->year(), 1, 1))
              << SnapshotFilters::utcAfter(QDate(last->year(), 12, 31));
    }
    SnapshotFilters::Condition c {
        QStringLiteral("SELECT %1 FROM engagements e WHERE (%2) AND e.attendance <> 'cancelled' AND %3")
            .arg(columns, any.join(QStringLiteral(" OR ")), SnapshotFilters::history(QStringLiteral("e"))),
        binds
    };
    c.binds << sinceTime;
    return c;
}

Status SnapshotFocus::loadRequests(Database &db, MatchingData &data) const
{
    // Of another request the ranking reads its heavy topics (one near the request's date weighs on the wellbeing
    // part) and, for an engagement at the same time as the request, its title (to name the double booking).
    QHash<qint64, int> at;
    for (const MatchingEngagement &e : std::as_const(data.engagements)) {
        if (at.contains(e.requestId))
            continue;
        at.insert(e.requestId, data.requests.size());
        MatchingRequest r;
        r.id = e.requestId;
        data.requests.append(std::move(r));
    }
    {
        // CROSS JOIN: from the few heavy topics through the topic index, not through every request topic.
        RowReader q(db,
                    QStringLiteral("SELECT t.request_id, t.topic_id, t.weight FROM topics h CROSS JOIN "
                                   "request_topics t WHERE t.topic_id = h.id AND h.heavy "
                                   "ORDER BY t.request_id, t.weight, t.topic_id"));
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            const int i = at.value(q.value(0).toLongLong(), -1);
            if (i >= 0)
                data.requests[i].topics.append(StoredValues::requestTopic(q));
        }
        if (Status s = q.status(); !s)
            return s;
    }
    // The engagements within a day of a proposed time (a superset of those that overlap it).
    QSet<qint64> titled;
    for (const DateOption &o : std::as_const(m_request.dateOptions)) {
        if (!o.starts.isValid())
            continue;
        const QDateTime ends = o.ends.isValid() && o.ends > o.starts
            ? o.ends
            : o.starts.addSecs(qint64(qMax(0, m_request.durationMinutes)) * 60);
        const QDateTime from = o.starts.addDays(-1);
        const QDateTime until = ends.addDays(1);
        for (const MatchingEngagement &e : std::as_const(data.engagements)) {
            const QDateTime eEnds = e.ends.isValid() && e.ends > e.starts ? e.ends : e.starts;
            if (e.starts.isValid() && e.starts <= until && eEnds >= from)
                titled.insert(e.requestId);
        }
    }
    QVector<qint64> ids(titled.cbegin(), titled.cend());
    std::sort(ids.begin(), ids.end());
    constexpr int kChunk = 500;
    for (int from = 0; from < ids.size(); from += kChunk) {
        QVariantList binds;
        for (int i = from; i < qMin(int(ids.size()), from + kChunk); ++i)
            binds << ids.at(i);
        RowReader q(db,
                    QStringLiteral("SELECT id, title FROM requests WHERE id IN (%1)")
                        .arg(SqlQuery::placeholders(binds.size())));
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            const int i = at.value(q.value(0).toLongLong(), -1);
            if (i >= 0)
                data.requests[i].title = q.value(1).toString();
        }
        if (Status s = q.status(); !s)
            return s;
    }
    return Status::success();
}

Status SnapshotFocus::loadDebriefs(Database &db, MatchingData &data, const QDate &since, const QDate &today) const
{
    // The last debrief over every engagement of the history window, cancelled ones included, as a full snapshot
    // takes it from the engagements it holds: the day of the debrief, else the day of an engagement marked debriefed.
    QHash<qint64, int> at;
    for (int i = 0; i < data.workers.size(); ++i)
        at.insert(data.workers.at(i).id, i);
    // The ranking reads it only to flag a candidate without recent support (RankingEngine): only active workers
    // whose own last supervision and debrief are older than the support window can be flagged, so only theirs are
    // read. Grouped by +worker_id: a group by the plain column walks the worker index with one random table read per
    // row.
    const QDate supportSince = today.addDays(-m_weights.points(RankingWeights::Key::WellbeingSupportDays));
    RowReader q(db,
                QStringLiteral("SELECT +e.worker_id, MAX(e.debrief_on), MAX(CASE WHEN e.debrief_done AND e.debrief_on "
                               "IS NULL THEN e.starts_at END) FROM engagements e WHERE (e.debrief_done OR "
                               "e.debrief_on IS NOT NULL) AND e.worker_id IN (SELECT w.id FROM workers w WHERE "
                               "w.status = ? AND (w.last_supervision IS NULL OR w.last_supervision < ?) AND "
                               "(w.last_debrief IS NULL OR w.last_debrief < ?)) AND %1 GROUP BY 1")
                    .arg(SnapshotFilters::history(QStringLiteral("e"))));
    q.bindAll({ toCode(WorkerStatus::Active), SqlQuery::fromDate(supportSince), SqlQuery::fromDate(supportSince),
                SqlQuery::fromDateTime(since.startOfDay()) });
    if (Status s = q.exec(); !s)
        return s;
    StoredValues values;
    while (q.next()) {
        const int i = at.value(q.value(0).toLongLong(), -1);
        if (i < 0)
            continue;
        Worker &w = data.workers[i];
        for (const QDate &d : { StoredValues::date(q.value(1)), values.instant(q.value(2)).date() }) {
            if (d.isValid() && (!w.lastDebrief.isValid() || d > w.lastDebrief))
                w.lastDebrief = d;
        }
    }
    if (Status s = q.status(); !s)
        return s;
    return Status::success();
}

} // namespace Kohtaamo
