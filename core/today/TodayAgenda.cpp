#include "TodayAgenda.h"

#include "GroupMeetingRhythmRepository.h"
#include "common/Clock.h"
#include "domain/Consent.h"
#include "domain/Engagement.h"
#include "domain/Invitation.h"
#include "domain/UnavailablePeriod.h"
#include "domain/Worker.h"
#include "fees/FeeQuery.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QSet>

#include <algorithm>

namespace Kohtaamo {

namespace {

// The start of a local calendar day as a stored instant: instants compare directly, so the statements can use the
// columns as they are (no per-row date conversion).
QVariant dayStart(const QDate &day)
{
    return SqlQuery::fromDateTime(QDateTime(day, QTime(0, 0)));
}

QVariantList codes(const QVector<RequestStatus> &statuses)
{
    QVariantList list;
    for (RequestStatus s : statuses)
        list << toCode(s);
    return list;
}

// Runs "SELECT id, COUNT(*)[, SUM(...)] ... GROUP BY id": the ids go into ids, the counts add up to count.
Status groupedCount(Database &db, const QString &sql, const QVariantList &binds, QVector<qint64> &ids, int &count,
                    qint64 *sum = nullptr)
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        ids.append(q.value(0).toLongLong());
        count += q.value(1).toInt();
        if (sum)
            *sum += q.value(2).toLongLong();
    }
    std::sort(ids.begin(), ids.end());
    return Status::success();
}

} // namespace

TodayAgenda::TodayAgenda(Database &db) : m_db(db) { }

QVector<RequestStatus> TodayAgenda::meetingStatuses()
{
    return { RequestStatus::New, RequestStatus::Tagged, RequestStatus::Inviting };
}

Result<TodayAgenda::Agenda> TodayAgenda::load()
{
    return load(Options());
}

Result<TodayAgenda::Agenda> TodayAgenda::load(const Options &options)
{
    Agenda agenda;
    agenda.options = options;
    agenda.today = options.today.isValid() ? options.today : Clock::instance().today();
    agenda.options.today = agenda.today;
    for (auto step : { &TodayAgenda::loadRequestCounts, &TodayAgenda::loadEngagements, &TodayAgenda::loadWorkers,
                       &TodayAgenda::loadMeeting }) {
        if (Status s = (this->*step)(agenda); !s)
            return s.error();
    }
    return agenda;
}

Status TodayAgenda::loadRequestCounts(Agenda &agenda)
{
    Item &untagged = agenda.untaggedRequests;
    untagged.usesFilter = true;
    untagged.filter.statuses = { RequestStatus::New };
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE status = ?"));
    q.bind(toCode(RequestStatus::New));
    auto n = q.scalar();
    if (!n)
        return n.error();
    untagged.count = n->toInt();

    // Sent on day today - N - 1 or earlier: waiting more than N days. Only while the request is still being staffed.
    const QVector<RequestStatus> open { RequestStatus::New, RequestStatus::Tagged, RequestStatus::Inviting,
                                        RequestStatus::Confirmed };
    QVariantList binds { toCode(InvitationResponse::Pending),
                         dayStart(agenda.today.addDays(-agenda.options.staleInvitationDays)) };
    binds << codes(open);
    return groupedCount(m_db,
                        // The open requests first (a few thousand of 200,000), then their pending invitations from
                        // a covering index: SQLite keeps a CROSS JOIN's order (PostgreSQL plans it freely). The other
                        // order looked up the request of every pending invitation in the wide requests table.
                        QStringLiteral("SELECT i.request_id, COUNT(*) FROM requests r CROSS JOIN invitations i "
                                       "WHERE i.request_id = r.id AND i.response = ? AND i.sent_at < ? "
                                       "AND r.status IN (%1) GROUP BY i.request_id")
                            .arg(SqlQuery::placeholders(open.size())),
                        binds, agenda.staleInvitations.requestIds, agenda.staleInvitations.count);
}

Status TodayAgenda::loadEngagements(Agenda &agenda)
{
    const QDate today = agenda.today;
    if (Status s = groupedCount(m_db,
                                QStringLiteral("SELECT e.request_id, COUNT(*) FROM engagements e "
                                               "JOIN requests r ON r.id = e.request_id "
                                               "WHERE e.attendance = ? AND e.starts_at >= ? AND e.starts_at < ? "
                                               "AND r.status <> ? GROUP BY e.request_id"),
                                { toCode(Attendance::Planned), dayStart(today),
                                  dayStart(today.addDays(agenda.options.engagementDaysAhead)),
                                  toCode(RequestStatus::Cancelled) },
                                agenda.upcomingEngagements.requestIds, agenda.upcomingEngagements.count);
        !s)
        return s;
    if (Status s = groupedCount(m_db,
                                QStringLiteral("SELECT request_id, COUNT(*) FROM engagements "
                                               "WHERE attendance = ? AND debrief_done = ? GROUP BY request_id"),
                                { toCode(Attendance::Attended), false }, agenda.missingDebriefs.requestIds,
                                agenda.missingDebriefs.count);
        !s)
        return s;
    // Due as "Fees to pay" lists them (fees/FeeQuery): the work was done, the fee not declined, something to pay.
    return groupedCount(m_db,
                        QStringLiteral("SELECT e.request_id, COUNT(*), SUM(e.fee_cents + e.travel_cents) "
                                       "FROM engagements e WHERE %1 GROUP BY e.request_id")
                            .arg(FeeQuery::dueCondition()),
                        FeeQuery::dueBinds(), agenda.unpaidFees.requestIds, agenda.unpaidFees.count,
                        &agenda.unpaidCents);
}

Status TodayAgenda::loadWorkers(Agenda &agenda)
{
    const QDate today = agenda.today;
    const QString left = toCode(WorkerStatus::Left);
    const QString contact = toCode(ConsentScope::Contact);

    // A contact consent valid today that ends within the window, unless another contact consent carries on after it
    // (a renewal, whether or not it names the one it supersedes).
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT DISTINCT c.worker_id FROM consents c JOIN workers w ON w.id = c.worker_id "
                                  "WHERE c.scope = ? AND c.given_on <= ? AND c.expires_on >= ? AND c.expires_on <= ? "
                                  "AND (c.withdrawn_on IS NULL OR c.withdrawn_on > ?) AND w.status <> ? "
                                  "AND NOT EXISTS (SELECT 1 FROM consents n WHERE n.worker_id = c.worker_id "
                                  "AND n.scope = c.scope AND n.id <> c.id "
                                  "AND (n.withdrawn_on IS NULL OR n.withdrawn_on > ?) "
                                  "AND (n.expires_on IS NULL OR n.expires_on > c.expires_on)) "
                                  "ORDER BY c.worker_id"));
        const QVariant day = SqlQuery::fromDate(today);
        q.bindAll(
            { contact, day, day, SqlQuery::fromDate(today.addDays(agenda.options.consentDaysAhead)), day, left, day });
        if (Status s = q.exec(); !s)
            return s;
        while (q.next())
            agenda.expiringConsents.workerIds.append(q.value(0).toLongLong());
        agenda.expiringConsents.count = int(agenda.expiringConsents.workerIds.size());
    }

    QSet<qint64> resting;
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT DISTINCT u.worker_id FROM worker_unavailability u "
                                  "JOIN workers w ON w.id = u.worker_id "
                                  "WHERE u.kind = ? AND u.starts <= ? AND u.ends >= ? AND w.status <> ?"));
        const QVariant day = SqlQuery::fromDate(today);
        q.bindAll({ toCode(UnavailableKind::RecoveryBreak), day, day, left });
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            resting.insert(q.value(0).toLongLong());
            ++agenda.onRecoveryBreak;
        }
    }
    {
        // Engagements this calendar month that are not cancelled, against the worker's monthly limit.
        const QDate monthStart(today.year(), today.month(), 1);
        SqlQuery q(m_db,
                   QStringLiteral("SELECT e.worker_id FROM engagements e JOIN workers w ON w.id = e.worker_id "
                                  "WHERE w.max_engagements_per_month > 0 AND w.status <> ? "
                                  "AND e.attendance <> ? AND e.starts_at >= ? AND e.starts_at < ? "
                                  "GROUP BY e.worker_id, w.max_engagements_per_month "
                                  "HAVING COUNT(*) >= w.max_engagements_per_month"));
        q.bindAll({ left, toCode(Attendance::Cancelled), dayStart(monthStart), dayStart(monthStart.addMonths(1)) });
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            resting.insert(q.value(0).toLongLong());
            ++agenda.atMonthlyLimit;
        }
    }
    Item &item = agenda.restingWorkers;
    item.workerIds = QVector<qint64>(resting.cbegin(), resting.cend());
    std::sort(item.workerIds.begin(), item.workerIds.end());
    item.count = int(item.workerIds.size());
    return Status::success();
}

Status TodayAgenda::loadMeeting(Agenda &agenda)
{
    auto rhythm = GroupMeetingRhythmRepository(m_db).load();
    if (!rhythm)
        return rhythm.error();
    agenda.rhythm = *rhythm;
    agenda.nextMeeting = rhythm->nextOnOrAfter(agenda.today);
    agenda.previousMeeting = rhythm->previousBefore(agenda.nextMeeting);
    // Since the meeting before (its own day included: what arrived that day is heard next time); without a rhythm,
    // or before the first meeting, one interval back.
    agenda.bringSince = agenda.previousMeeting.isValid()
        ? agenda.previousMeeting
        : (agenda.nextMeeting.isValid() ? agenda.nextMeeting : agenda.today).addDays(-rhythm->intervalDays);

    Item &item = agenda.meetingRequests;
    item.usesFilter = true;
    item.filter.statuses = meetingStatuses();
    item.filter.receivedFrom = agenda.bringSince;
    QVariantList binds = codes(item.filter.statuses);
    binds << SqlQuery::fromDate(agenda.bringSince);
    SqlQuery q(m_db,
               QStringLiteral("SELECT COUNT(*) FROM requests WHERE status IN (%1) AND received_on >= ?")
                   .arg(SqlQuery::placeholders(item.filter.statuses.size())));
    q.bindAll(binds);
    auto n = q.scalar();
    if (!n)
        return n.error();
    item.count = n->toInt();
    return Status::success();
}

} // namespace Kohtaamo
