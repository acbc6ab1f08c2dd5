#include "SnapshotLoader.h"

#include "TopicTree.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QSet>

#include <algorithm>
#include <limits>

namespace Kohtaamo {

namespace {

// Requests still being worked on: their invitations and engagements are read whatever their age.
const QString kOpenRequests = QStringLiteral("SELECT o.id FROM requests o WHERE o.status IN ('new', 'tagged', "
                                             "'inviting', 'confirmed')");

// Which invitations and engagements are read (a condition on the table behind `alias`); binds: since (instant).
QString historyFilter(const QString &alias)
{
    return QStringLiteral("(%1.%2 IS NULL OR %1.%2 >= ? OR %1.request_id IN (%3))")
        .arg(alias, alias == QLatin1String("i") ? QStringLiteral("sent_at") : QStringLiteral("starts_at"),
             kOpenRequests);
}

// Which requests are read; binds: since (date), since (instant), since (instant).
QString requestFilter(const QString &alias)
{
    return QStringLiteral("(%1.status IN ('new', 'tagged', 'inviting', 'confirmed') OR %1.received_on >= ? "
                          "OR %1.id IN (SELECT e.request_id FROM engagements e WHERE e.starts_at >= ?) "
                          "OR %1.id IN (SELECT i.request_id FROM invitations i WHERE i.sent_at >= ?))")
        .arg(alias);
}

template <typename E, std::size_t N> E decode(const EnumCodeTable<E, N> &table, const QVariant &v, E fallback)
{
    return enumFromCode(table, v.toString()).value_or(fallback);
}

// A select list of which a focused load leaves out the columns the ranking does not read (every value read costs,
// a text the most), and to which it may add some. Values are asked for by their place in the whole list; a column
// not read reads as null.
class Columns
{
public:
    using List = std::initializer_list<const char *>;
    // `first`: where in the row the list starts (after the columns of another list).
    Columns(List all, bool focus, List unreadWithFocus, List onlyWithFocus = {}, int first = 0)
    {
        const auto in = [](List list, const char *column) {
            return std::any_of(list.begin(), list.end(), [column](const char *c) { return qstrcmp(c, column) == 0; });
        };
        QStringList read;
        for (const char *column : all) {
            const bool left = focus ? in(unreadWithFocus, column) : in(onlyWithFocus, column);
            m_at.push_back(left ? -1 : first + int(read.size()));
            if (!left)
                read << QString::fromLatin1(column);
        }
        m_sql = read.join(QStringLiteral(", "));
    }
    const QString &sql() const { return m_sql; }
    int count() const { return int(std::count_if(m_at.begin(), m_at.end(), [](int at) { return at >= 0; })); }
    QVariant value(const SqlQuery &q, int column) const
    {
        const int at = m_at[std::size_t(column)];
        return at < 0 ? QVariant() : q.value(at);
    }

private:
    std::vector<int> m_at;
    QString m_sql;
};

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
    static QDate date(const QVariant &v)
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

    QDateTime instant(const QVariant &v)
    {
        if (v.metaType() != QMetaType::fromType<QString>())
            return SqlQuery::toDateTime(v);
        const QString text = v.toString();
        const qint64 msecs = utcMSecs(text);
        if (msecs == kInvalid)
            return SqlQuery::toDateTime(v);
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::OffsetFromUTC, offsetAt(msecs));
    }

private:
    static constexpr qint64 kInvalid = std::numeric_limits<qint64>::min();
    static constexpr qint64 kMSecsPerDay = 86400000;
    static constexpr qint64 kUnixEpochJulianDay = 2440588;

    // "YYYY-MM-DDTHH:MM:SS[.zzz]Z" as milliseconds since the epoch, or kInvalid.
    static qint64 utcMSecs(const QString &text)
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

    static int localOffset(qint64 msecs)
    {
        return QDateTime::fromMSecsSinceEpoch(msecs, Qt::LocalTime).offsetFromUtc();
    }

    int offsetAt(qint64 msecs)
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

    QHash<qint64, int> m_offsets; // UTC day -> seconds east of UTC all that day
};

} // namespace

SnapshotLoader::SnapshotLoader(Database &db) : m_db(db) { }

void SnapshotLoader::setFocus(const Request &request, const RankingWeights &weights)
{
    m_focus = request;
    m_focusWeights = weights;
}

namespace {
// Instants that bound the local days first..last whatever the zone (no zone is a day or more off UTC).
QVariant utcBefore(const QDate &first)
{
    return SqlQuery::fromDateTime(QDateTime(first.addDays(-1), QTime(0, 0), Qt::UTC));
}
QVariant utcAfter(const QDate &last)
{
    return SqlQuery::fromDateTime(QDateTime(last.addDays(2), QTime(0, 0), Qt::UTC));
}
} // namespace

SnapshotLoader::Condition SnapshotLoader::invitationFilter(const QDate &since, const QDate &today) const
{
    const QString history = historyFilter(QStringLiteral("i"));
    const QVariant sinceTime = SqlQuery::fromDateTime(since.startOfDay());
    if (!m_focus)
        return { history, { sinceTime } };
    // The request's own invitations, and those of the rotation window (the only ones the score counts); this test
    // first, as it leaves out most rows.
    const int rotation = m_focusWeights.points(RankingWeights::Key::RotationWindowDays);
    return { QStringLiteral("(i.request_id = ? OR i.sent_at >= ?) AND %1").arg(history),
             { m_focus->id, utcBefore(today.addDays(-rotation)), sinceTime } };
}

SnapshotLoader::Condition SnapshotLoader::engagementQuery(const QString &columns, const MatchingData &data,
                                                          const QDate &since, const QDate &today) const
{
    const QVariant sinceTime = SqlQuery::fromDateTime(since.startOfDay());
    if (!m_focus)
        return { QStringLiteral("SELECT %1 FROM engagements e WHERE %2").arg(columns, historyFilter(QStringLiteral("e"))),
                 { sinceTime } };
    // What the ranking of the focus request reads of an engagement (RankingEngine): whether it is of this request;
    // the days to the nearest one (against each worker's minimum), a heavy topic within the wellbeing window, the
    // month's count, an overlap with the meeting, the rotation window around today, the year's fees of workers
    // with a ceiling; and whether an invitation of the rotation window led to an engagement (those come with the
    // invitations, loadHistory). Cancelled ones count only through their debriefs (loadFocusedDebriefs).
    const Request &r = *m_focus;
    const QDate work = r.workDate();
    const QDate date = work.isValid() ? work : today;
    int nearDays = qMax(1, m_focusWeights.points(RankingWeights::Key::WellbeingHeavyDays));
    for (const Worker &w : data.workers)
        nearDays = qMax(nearDays, w.minDaysBetweenEngagements);
    const int rotation = m_focusWeights.points(RankingWeights::Key::RotationWindowDays);
    const QDate monthFirst(date.year(), date.month(), 1);
    QStringList any { QStringLiteral("e.request_id = ?") };
    QVariantList binds { r.id };
    QVector<QPair<QDate, QDate>> days; // local days, merged into as few ranges as they make
    days.append({ date.addDays(-nearDays), date.addDays(nearDays) });
    days.append({ monthFirst, monthFirst.addDays(date.daysInMonth() - 1) });
    days.append({ today.addDays(-rotation), today.addDays(rotation) });
    for (const DateOption &o : r.dateOptions) {
        if (!o.starts.isValid())
            continue;
        days.append({ o.starts.date(), o.starts.date() });
        const QDateTime ends = o.ends.isValid() && o.ends > o.starts ? o.ends
                                                                     : o.starts.addSecs(qint64(r.durationMinutes) * 60);
        any << QStringLiteral("(e.starts_at < ? AND e.ends_at > ?)");
        binds << SqlQuery::fromDateTime(ends.addDays(1)) << SqlQuery::fromDateTime(o.starts.addDays(-1));
    }
    std::sort(days.begin(), days.end());
    for (int i = 0; i < days.size(); ++i) {
        QDate last = days.at(i).second;
        const QDate first = days.at(i).first;
        while (i + 1 < days.size() && days.at(i + 1).first <= last.addDays(1))
            last = qMax(last, days.at(++i).second);
        any << QStringLiteral("(e.starts_at >= ? AND e.starts_at < ?)");
        binds << utcBefore(first) << utcAfter(last);
    }
    if (r.feeCents.value_or(0) > 0) {
        any << QStringLiteral("(e.worker_id IN (SELECT w.id FROM workers w WHERE w.annual_earnings_ceiling_cents "
                              "IS NOT NULL) AND e.starts_at >= ? AND e.starts_at < ?)");
        binds << utcBefore(QDate(date.year(), 1, 1)) << utcAfter(QDate(date.year(), 12, 31));
    }
    Condition c { QStringLiteral("SELECT %1 FROM engagements e WHERE (%2) AND e.attendance <> 'cancelled' AND %3")
                      .arg(columns, any.join(QStringLiteral(" OR ")), historyFilter(QStringLiteral("e"))),
                  binds };
    c.binds << sinceTime;
    return c;
}

Status SnapshotLoader::loadFocusedDebriefs(MatchingData &data, const QDate &since)
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
    const QDate supportSince
        = m_today.addDays(-m_focusWeights.points(RankingWeights::Key::WellbeingSupportDays));
    SqlQuery q(m_db,
               QStringLiteral("SELECT +e.worker_id, MAX(e.debrief_on), MAX(CASE WHEN e.debrief_done AND e.debrief_on "
                              "IS NULL THEN e.starts_at END) FROM engagements e WHERE (e.debrief_done OR "
                              "e.debrief_on IS NOT NULL) AND e.worker_id IN (SELECT w.id FROM workers w WHERE "
                              "w.status = ? AND (w.last_supervision IS NULL OR w.last_supervision < ?) AND "
                              "(w.last_debrief IS NULL OR w.last_debrief < ?)) AND %1 GROUP BY 1")
                   .arg(historyFilter(QStringLiteral("e"))));
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
    return Status::success();
}

QDate SnapshotLoader::historySince(const QDate &today) const
{
    return m_historySince.isValid() ? m_historySince : QDate(today.year() - 1, 1, 1);
}

Result<MatchingSnapshot> SnapshotLoader::load(const QDate &today)
{
    auto data = loadData(today);
    if (!data)
        return data.error();
    return MatchingSnapshot(std::move(data).value());
}

Result<MatchingData> SnapshotLoader::loadData(const QDate &today)
{
    const QDate since = historySince(today);
    m_today = today;
    const bool outermost = !m_db.inTransaction();
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    // One consistent picture even while other coordinators save (SQLite gives it to a read transaction anyway).
    if (outermost && m_db.dialect().isPostgreSQL()) {
        if (Status s
            = SqlQuery::runStatement(m_db, QStringLiteral("SET TRANSACTION ISOLATION LEVEL REPEATABLE READ READ ONLY"));
            !s)
            return s.error();
    }
    MatchingData data;
    if (Status s = loadTaxonomy(data); !s)
        return s.error();
    if (Status s = loadWorkers(data, since); !s)
        return s.error();
    if (Status s = loadHistory(data, since, today); !s)
        return s.error();
    if (Status s = m_focus ? loadFocusedRequests(data) : loadRequests(data, since); !s)
        return s.error();
    if (m_focus) {
        if (Status s = loadFocusedDebriefs(data, since); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return data;
}

Status SnapshotLoader::loadTaxonomy(MatchingData &data)
{
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT id, version, parent_id, code, name_fi, name_sv, name_en, heavy, retired, "
                                  "sort_order FROM topics ORDER BY id"));
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            Topic t;
            t.id = q.value(0).toLongLong();
            t.version = q.value(1).toInt();
            t.parentId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
            t.code = q.value(3).toString();
            t.nameFi = q.value(4).toString();
            t.nameSv = q.value(5).toString();
            t.nameEn = q.value(6).toString();
            t.heavy = q.value(7).toBool();
            t.retired = q.value(8).toBool();
            t.sortOrder = q.value(9).toInt();
            data.topics.append(t);
        }
    }
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT code, name_fi, name_sv, name_en, open_to_minors, needs_public_consent "
                                  "FROM service_types ORDER BY sort_order, code"));
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            ServiceType t;
            t.code = q.value(0).toString();
            t.nameFi = q.value(1).toString();
            t.nameSv = q.value(2).toString();
            t.nameEn = q.value(3).toString();
            t.openToMinors = q.value(4).toBool();
            t.needsPublicConsent = q.value(5).toBool();
            data.serviceTypes.append(t);
        }
    }
    {
        SqlQuery q(
            m_db,
            QStringLiteral("SELECT id, version, name, short_name, region, active FROM organisations ORDER BY id"));
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            Organisation o;
            o.id = q.value(0).toLongLong();
            o.version = q.value(1).toInt();
            o.name = q.value(2).toString();
            o.shortName = q.value(3).toString();
            o.region = q.value(4).toString();
            o.active = q.value(5).toBool();
            data.organisations.append(o);
        }
    }
    return Status::success();
}

Status SnapshotLoader::loadWorkers(MatchingData &data, const QDate &since)
{
    QHash<qint64, int> at;
    {
        const Columns c({ "id", "version", "display_name", "pseudonym", "organisation_id", "title", "date_of_birth",
                          "municipality", "home_region", "status", "last_supervision", "last_debrief",
                          "annual_earnings_ceiling_cents", "weekly_availability", "max_engagements_per_month",
                          "min_days_between_engagements", "notice_days" },
                        m_focus.has_value(), { "version", "pseudonym", "title", "municipality" });
        SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM workers ORDER BY id").arg(c.sql()));
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            Worker w;
            w.id = c.value(q, 0).toLongLong();
            w.version = c.value(q, 1).toInt();
            w.displayName = c.value(q, 2).toString();
            w.pseudonym = c.value(q, 3).toBool();
            w.organisationId = c.value(q, 4).toLongLong();
            w.title = decode(kWorkerTitleCodes, c.value(q, 5), WorkerTitle::Other);
            w.dateOfBirth = StoredValues::date(c.value(q, 6));
            w.municipality = c.value(q, 7).toString();
            w.homeRegion = c.value(q, 8).toString();
            // An unknown status is not taken for active.
            w.status = decode(kWorkerStatusCodes, c.value(q, 9), WorkerStatus::Left);
            w.lastSupervision = StoredValues::date(c.value(q, 10));
            w.lastDebrief = StoredValues::date(c.value(q, 11));
            w.annualEarningsCeilingCents = SqlQuery::toOptionalCents(c.value(q, 12));
            w.weekly = WeeklyAvailability(c.value(q, 13).toInt());
            w.maxEngagementsPerMonth = c.value(q, 14).toInt();
            w.minDaysBetweenEngagements = c.value(q, 15).toInt();
            w.noticeDays = c.value(q, 16).toInt();
            at.insert(w.id, data.workers.size());
            data.workers.append(std::move(w));
        }
    }
    const auto eachRow
        = [this, &at, &data](const QString &sql, const QVariantList &binds, const auto &apply) -> Status {
        SqlQuery q(m_db, sql);
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            const int i = at.value(q.value(0).toLongLong(), -1);
            if (i >= 0)
                apply(data.workers[i], q);
        }
        return Status::success();
    };
    if (Status s
        = eachRow(m_focus ? QStringLiteral("SELECT worker_id, language FROM worker_languages WHERE lower(trim(language)) "
                                           "= ? ORDER BY worker_id, language")
                          : QStringLiteral("SELECT worker_id, language FROM worker_languages ORDER BY worker_id, language"),
                  m_focus ? QVariantList { SnapshotIndex::languageKey(m_focus->language) } : QVariantList {},
                  [](Worker &w, SqlQuery &q) { w.languages.append(q.value(1).toString()); });
        !s)
        return s;
    if (Status s = eachRow(QStringLiteral("SELECT worker_id, region FROM worker_regions ORDER BY worker_id, region"),
                           {}, [](Worker &w, SqlQuery &q) { w.regionsCovered.append(q.value(1).toString()); });
        !s)
        return s;
    // In table order (by id): each worker's experiences come out in id order all the same, without a sort.
    // With a focus, only the experiences of topics that meet a requested topic through the taxonomy.
    QString relatedTopics;
    QVariantList relatedBinds;
    if (m_focus) {
        const TopicTree tree(data.topics);
        QStringList marks;
        for (int t = 0; t < tree.size(); ++t) {
            for (const RequestTopic &q : std::as_const(m_focus->topics)) {
                const int requested = tree.indexOf(q.topicId);
                if (requested >= 0 && tree.relation(requested, t) != MatchLevel::None) {
                    marks << QStringLiteral("?");
                    relatedBinds << tree.at(t).id;
                    break;
                }
            }
        }
        relatedTopics = QStringLiteral(" WHERE topic_id IN (%1)").arg(marks.isEmpty() ? QStringLiteral("NULL")
                                                                                       : marks.join(QLatin1Char(',')));
    }
    const Columns experience({ "worker_id", "id", "topic_id", "perspective" }, m_focus.has_value(), { "id" });
    if (Status s = eachRow(QStringLiteral("SELECT %1 FROM worker_experiences%2 ORDER BY id")
                               .arg(experience.sql(), relatedTopics),
                           relatedBinds,
                           [&experience](Worker &w, SqlQuery &q) {
                               WorkerExperience e;
                               e.id = experience.value(q, 1).toLongLong();
                               e.topicId = experience.value(q, 2).toLongLong();
                               e.perspective = decode(kPerspectiveCodes, experience.value(q, 3), Perspective::Other);
                               w.experiences.append(e);
                           });
        !s)
        return s;
    // The ranking asks a worker only about the request's kind of work.
    if (Status s = eachRow(m_focus ? QStringLiteral("SELECT worker_id, service_type FROM worker_service_types "
                                                    "WHERE service_type = ? ORDER BY worker_id, service_type")
                                   : QStringLiteral("SELECT worker_id, service_type FROM worker_service_types "
                                                    "ORDER BY worker_id, service_type"),
                           m_focus ? QVariantList { m_focus->serviceType } : QVariantList {},
                           [](Worker &w, SqlQuery &q) { w.serviceTypes.append(q.value(1).toString()); });
        !s)
        return s;
    // Periods that ended before the history window cannot matter any more.
    // With a focus, only the periods that cover the request's day (the one the rule asks about).
    const QDate focusDay = m_focus && m_focus->workDate().isValid() ? m_focus->workDate() : m_today;
    if (Status s = eachRow(m_focus ? QStringLiteral("SELECT worker_id, id, starts, ends, kind FROM worker_unavailability "
                                                    "WHERE starts <= ? AND ends >= ? ORDER BY worker_id, starts, id")
                                   : QStringLiteral("SELECT worker_id, id, starts, ends, kind FROM worker_unavailability "
                                                    "WHERE ends >= ? ORDER BY worker_id, starts, id"),
                           m_focus ? QVariantList { SqlQuery::fromDate(focusDay), SqlQuery::fromDate(focusDay) }
                                   : QVariantList { SqlQuery::fromDate(since) },
                           [](Worker &w, SqlQuery &q) {
                               UnavailablePeriod p;
                               p.id = q.value(1).toLongLong();
                               p.starts = StoredValues::date(q.value(2));
                               p.ends = StoredValues::date(q.value(3));
                               p.kind = decode(kUnavailableKindCodes, q.value(4), UnavailableKind::Unavailable);
                               w.unavailable.append(p);
                           });
        !s)
        return s;

    // With a focus, only the scopes the rules ask about for this request.
    QString scopes;
    QVariantList scopeBinds;
    if (m_focus) {
        QStringList asked { toCode(ConsentScope::Contact), toCode(ConsentScope::Guardian) };
        for (const ServiceType &t : std::as_const(data.serviceTypes)) {
            if (t.code == m_focus->serviceType && t.needsPublicConsent)
                asked << toCode(ConsentScope::PublicAppearance);
        }
        if (m_focus->recorded)
            asked << toCode(ConsentScope::PhotoRecording);
        QStringList marks;
        for (const QString &scope : std::as_const(asked)) {
            marks << QStringLiteral("?");
            scopeBinds << scope;
        }
        scopes = QStringLiteral(" WHERE scope IN (%1)").arg(marks.join(QStringLiteral(", ")));
    }
    const Columns c({ "id", "version", "worker_id", "scope", "given_on", "expires_on", "withdrawn_on", "supersedes_id" },
                    m_focus.has_value(), { "version", "supersedes_id" });
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM consents%2 ORDER BY id").arg(c.sql(), scopes));
    q.bindAll(scopeBinds);
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        const auto scope = enumFromCode(kConsentScopeCodes, c.value(q, 3).toString());
        if (!scope)
            continue; // a scope this version does not know grants nothing
        Consent consent;
        consent.id = c.value(q, 0).toLongLong();
        consent.version = c.value(q, 1).toInt();
        consent.workerId = c.value(q, 2).toLongLong();
        consent.scope = *scope;
        consent.givenOn = StoredValues::date(c.value(q, 4));
        consent.expiresOn = StoredValues::date(c.value(q, 5));
        consent.withdrawnOn = StoredValues::date(c.value(q, 6));
        consent.supersedesId = c.value(q, 7).isNull() ? 0 : c.value(q, 7).toLongLong();
        data.consents.append(std::move(consent));
    }
    return Status::success();
}

Status SnapshotLoader::loadFocusedRequests(MatchingData &data)
{
    // Of another request the ranking reads its heavy topics (one near the request's date weighs on the wellbeing
    // part) and, for an engagement at the same time as the request, its title (to name the double booking).
    QHash<qint64, int> at;
    for (const Engagement &e : std::as_const(data.engagements)) {
        if (at.contains(e.requestId))
            continue;
        at.insert(e.requestId, data.requests.size());
        Request r;
        r.id = e.requestId;
        data.requests.append(std::move(r));
    }
    {
        // CROSS JOIN: from the few heavy topics through the topic index, not through every request topic.
        SqlQuery q(m_db, QStringLiteral("SELECT t.request_id, t.topic_id, t.weight FROM topics h CROSS JOIN "
                                        "request_topics t WHERE t.topic_id = h.id AND h.heavy "
                                        "ORDER BY t.request_id, t.weight, t.topic_id"));
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            const int i = at.value(q.value(0).toLongLong(), -1);
            if (i >= 0)
                data.requests[i].topics.append(
                    { q.value(1).toLongLong(), decode(kTopicWeightCodes, q.value(2), TopicWeight::Secondary) });
        }
    }
    // The engagements within a day of a proposed time (a superset of those that overlap it).
    QSet<qint64> titled;
    for (const DateOption &o : std::as_const(m_focus->dateOptions)) {
        if (!o.starts.isValid())
            continue;
        const QDateTime ends = o.ends.isValid() && o.ends > o.starts
            ? o.ends
            : o.starts.addSecs(qint64(qMax(0, m_focus->durationMinutes)) * 60);
        const QDateTime from = o.starts.addDays(-1);
        const QDateTime until = ends.addDays(1);
        for (const Engagement &e : std::as_const(data.engagements)) {
            const QDateTime eEnds = e.ends.isValid() && e.ends > e.starts ? e.ends : e.starts;
            if (e.starts.isValid() && e.starts <= until && eEnds >= from)
                titled.insert(e.requestId);
        }
    }
    QVector<qint64> ids(titled.cbegin(), titled.cend());
    std::sort(ids.begin(), ids.end());
    constexpr int kChunk = 500;
    for (int from = 0; from < ids.size(); from += kChunk) {
        QStringList marks;
        QVariantList binds;
        for (int i = from; i < qMin(int(ids.size()), from + kChunk); ++i) {
            marks << QStringLiteral("?");
            binds << ids.at(i);
        }
        SqlQuery q(m_db, QStringLiteral("SELECT id, title FROM requests WHERE id IN (%1)").arg(marks.join(QLatin1Char(','))));
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            const int i = at.value(q.value(0).toLongLong(), -1);
            if (i >= 0)
                data.requests[i].title = q.value(1).toString();
        }
    }
    return Status::success();
}

Status SnapshotLoader::loadRequests(MatchingData &data, const QDate &since)
{
    const QVariant sinceDate = SqlQuery::fromDate(since);
    const QVariant sinceTime = SqlQuery::fromDateTime(since.startOfDay());
    const QVariantList binds { sinceDate, sinceTime, sinceTime };
    QHash<qint64, int> at;
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT r.id, r.version, r.reference, r.received_on, r.title, r.service_type, "
                                  "r.wanted_perspective, r.workers_needed, r.deadline, r.remote, r.region, "
                                  "r.duration_minutes, r.fee_cents, r.language, r.supervised, r.recorded, r.status "
                                  "FROM requests r WHERE %1 ORDER BY r.id")
                       .arg(requestFilter(QStringLiteral("r"))));
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            Request r;
            r.id = q.value(0).toLongLong();
            r.version = q.value(1).toInt();
            r.reference = q.value(2).toString();
            r.receivedOn = StoredValues::date(q.value(3));
            r.title = q.value(4).toString();
            r.serviceType = q.value(5).isNull() ? QString() : q.value(5).toString();
            r.wantedPerspective = decode(kPerspectiveCodes, q.value(6), Perspective::Any);
            r.workersNeeded = q.value(7).toInt();
            r.deadline = StoredValues::date(q.value(8));
            r.remote = q.value(9).toBool();
            r.region = q.value(10).toString();
            r.durationMinutes = q.value(11).toInt();
            r.feeCents = SqlQuery::toOptionalCents(q.value(12));
            r.language = q.value(13).toString();
            r.supervised = q.value(14).toBool();
            r.recorded = q.value(15).toBool();
            r.status = decode(kRequestStatusCodes, q.value(16), RequestStatus::New);
            at.insert(r.id, data.requests.size());
            data.requests.append(std::move(r));
        }
    }
    const auto eachRow = [this, &at, &data, &binds](const QString &sql, const auto &apply) -> Status {
        SqlQuery q(m_db, sql.arg(requestFilter(QStringLiteral("r"))));
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            const int i = at.value(q.value(0).toLongLong(), -1);
            if (i >= 0)
                apply(data.requests[i], q);
        }
        return Status::success();
    };
    // Primary topics first (the order a request lists its topics in is not stored).
    if (Status s = eachRow(QStringLiteral("SELECT t.request_id, t.topic_id, t.weight FROM request_topics t "
                                          "JOIN requests r ON r.id = t.request_id WHERE %1 "
                                          "ORDER BY t.request_id, t.weight, t.topic_id"),
                           [](Request &r, SqlQuery &q) {
                               r.topics.append({ q.value(1).toLongLong(),
                                                 decode(kTopicWeightCodes, q.value(2), TopicWeight::Secondary) });
                           });
        !s)
        return s;
    StoredValues values;
    if (Status s = eachRow(QStringLiteral("SELECT d.request_id, d.id, d.starts_at, d.ends_at, d.chosen "
                                          "FROM request_date_options d JOIN requests r ON r.id = d.request_id "
                                          "WHERE %1 ORDER BY d.request_id, d.starts_at, d.id"),
                           [&values](Request &r, SqlQuery &q) {
                               DateOption o;
                               o.id = q.value(1).toLongLong();
                               o.starts = values.instant(q.value(2));
                               o.ends = values.instant(q.value(3));
                               o.chosen = q.value(4).toBool();
                               r.dateOptions.append(o);
                           });
        !s)
        return s;
    return eachRow(QStringLiteral("SELECT o.request_id, o.organisation_id FROM request_organisations o "
                                  "JOIN requests r ON r.id = o.request_id WHERE %1 "
                                  "ORDER BY o.request_id, o.organisation_id"),
                   [](Request &r, SqlQuery &q) { r.organisationScope.append(q.value(1).toLongLong()); });
}

namespace {
const Columns::List kEngagementColumns { "e.id", "e.version", "e.request_id", "e.worker_id", "e.invitation_id",
                                         "e.starts_at", "e.ends_at", "e.attendance", "e.fee_cents", "e.fee_declined",
                                         "e.payment_state", "e.debrief_done", "e.debrief_on" };
// With a focus, attendance and debriefs are not read: only engagements that are not cancelled come, and the debriefs
// are taken over all engagements (SnapshotLoader::loadFocusedDebriefs).
const Columns::List kEngagementColumnsUnread { "e.version", "e.invitation_id", "e.attendance", "e.debrief_done",
                                               "e.debrief_on" };

Engagement readEngagement(const SqlQuery &q, const Columns &c, StoredValues &values)
{
    Engagement e;
    e.id = c.value(q, 0).toLongLong();
    e.version = c.value(q, 1).toInt();
    e.requestId = c.value(q, 2).toLongLong();
    e.workerId = c.value(q, 3).toLongLong();
    e.invitationId = c.value(q, 4).isNull() ? 0 : c.value(q, 4).toLongLong();
    e.starts = values.instant(c.value(q, 5));
    e.ends = values.instant(c.value(q, 6));
    // An unknown attendance still occupies the worker.
    e.attendance = decode(kAttendanceCodes, c.value(q, 7), Attendance::Planned);
    e.feeCents = c.value(q, 8).toLongLong();
    e.feeDeclined = c.value(q, 9).toBool();
    e.payment = decode(kPaymentStateCodes, c.value(q, 10), PaymentState::NotDue);
    e.debriefDone = c.value(q, 11).toBool();
    e.debriefOn = StoredValues::date(c.value(q, 12));
    return e;
}
} // namespace

Status SnapshotLoader::loadHistory(MatchingData &data, const QDate &since, const QDate &today)
{
    // Read in table order: MatchingSnapshot orders them by worker and time, and reading them in the order of the
    // worker index costs one random table read per row.
    const bool f = m_focus.has_value();
    const QVariant sinceTime = SqlQuery::fromDateTime(since.startOfDay());
    StoredValues values;
    QSet<qint64> seen; // with a focus an engagement may come with its invitation and again on its own
    const auto addEngagement = [&data, &seen, f](Engagement e) {
        if (f && seen.contains(e.id))
            return;
        seen.insert(e.id);
        data.engagements.append(std::move(e));
    };
    {
        // With a focus each invitation comes with the engagement it led to, if any (in one pass over the table).
        const Condition invited = invitationFilter(since, today);
        const Columns invitation({ "i.id", "i.version", "i.request_id", "i.worker_id", "i.sent_at", "i.response" }, f,
                                 { "i.version" });
        const Columns engagement(kEngagementColumns, f, kEngagementColumnsUnread, {}, invitation.count());
        SqlQuery q(m_db,
                   f ? QStringLiteral("SELECT %1, %2 FROM invitations i LEFT JOIN engagements e ON e.request_id = "
                                      "i.request_id AND e.worker_id = i.worker_id AND e.attendance <> 'cancelled' "
                                      "AND %3 WHERE %4")
                           .arg(invitation.sql(), engagement.sql(), historyFilter(QStringLiteral("e")), invited.sql)
                     : QStringLiteral("SELECT %1 FROM invitations i WHERE %2").arg(invitation.sql(), invited.sql));
        if (f)
            q.bind(sinceTime);
        q.bindAll(invited.binds);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            Invitation i;
            i.id = invitation.value(q, 0).toLongLong();
            i.version = invitation.value(q, 1).toInt();
            i.requestId = invitation.value(q, 2).toLongLong();
            i.workerId = invitation.value(q, 3).toLongLong();
            i.sentAt = values.instant(invitation.value(q, 4));
            i.response = decode(kInvitationResponseCodes, invitation.value(q, 5), InvitationResponse::Pending);
            data.invitations.append(std::move(i));
            if (f && !engagement.value(q, 0).isNull())
                addEngagement(readEngagement(q, engagement, values));
        }
    }
    const Columns engagement(kEngagementColumns, f, kEngagementColumnsUnread);
    const Condition engaged = engagementQuery(engagement.sql(), data, since, today);
    SqlQuery q(m_db, engaged.sql);
    q.bindAll(engaged.binds);
    if (Status s = q.exec(); !s)
        return s;
    while (q.next())
        addEngagement(readEngagement(q, engagement, values));
    return Status::success();
}

} // namespace Kohtaamo
