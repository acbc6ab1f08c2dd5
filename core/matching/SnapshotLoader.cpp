#include "SnapshotLoader.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QHash>

namespace Kohtaamo {

namespace {

// Requests still being worked on: their invitations and engagements are read whatever their age.
const QString kOpenRequests = QStringLiteral("SELECT o.id FROM requests o WHERE o.status IN ('new', 'tagged', "
                                             "'inviting', 'confirmed')");

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

} // namespace

SnapshotLoader::SnapshotLoader(Database &db) : m_db(db) { }

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
    if (Status s = loadRequests(data, since); !s)
        return s.error();
    if (Status s = loadHistory(data, since); !s)
        return s.error();
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
        SqlQuery q(m_db,
                   QStringLiteral("SELECT id, version, display_name, pseudonym, organisation_id, title, date_of_birth, "
                                  "municipality, home_region, status, last_supervision, last_debrief, "
                                  "annual_earnings_ceiling_cents, weekly_availability, max_engagements_per_month, "
                                  "min_days_between_engagements, notice_days FROM workers ORDER BY id"));
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            Worker w;
            w.id = q.value(0).toLongLong();
            w.version = q.value(1).toInt();
            w.displayName = q.value(2).toString();
            w.pseudonym = q.value(3).toBool();
            w.organisationId = q.value(4).toLongLong();
            w.title = decode(kWorkerTitleCodes, q.value(5), WorkerTitle::Other);
            w.dateOfBirth = SqlQuery::toDate(q.value(6));
            w.municipality = q.value(7).toString();
            w.homeRegion = q.value(8).toString();
            // An unknown status is not taken for active.
            w.status = decode(kWorkerStatusCodes, q.value(9), WorkerStatus::Left);
            w.lastSupervision = SqlQuery::toDate(q.value(10));
            w.lastDebrief = SqlQuery::toDate(q.value(11));
            w.annualEarningsCeilingCents = SqlQuery::toOptionalCents(q.value(12));
            w.weekly = WeeklyAvailability(q.value(13).toInt());
            w.maxEngagementsPerMonth = q.value(14).toInt();
            w.minDaysBetweenEngagements = q.value(15).toInt();
            w.noticeDays = q.value(16).toInt();
            at.insert(w.id, data.workers.size());
            data.workers.append(w);
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
        = eachRow(QStringLiteral("SELECT worker_id, language FROM worker_languages ORDER BY worker_id, language"), {},
                  [](Worker &w, SqlQuery &q) { w.languages.append(q.value(1).toString()); });
        !s)
        return s;
    if (Status s = eachRow(QStringLiteral("SELECT worker_id, region FROM worker_regions ORDER BY worker_id, region"),
                           {}, [](Worker &w, SqlQuery &q) { w.regionsCovered.append(q.value(1).toString()); });
        !s)
        return s;
    if (Status s = eachRow(QStringLiteral("SELECT worker_id, id, topic_id, perspective FROM worker_experiences "
                                          "ORDER BY worker_id, id"),
                           {},
                           [](Worker &w, SqlQuery &q) {
                               WorkerExperience e;
                               e.id = q.value(1).toLongLong();
                               e.topicId = q.value(2).toLongLong();
                               e.perspective = decode(kPerspectiveCodes, q.value(3), Perspective::Other);
                               w.experiences.append(e);
                           });
        !s)
        return s;
    if (Status s = eachRow(QStringLiteral("SELECT worker_id, service_type FROM worker_service_types "
                                          "ORDER BY worker_id, service_type"),
                           {}, [](Worker &w, SqlQuery &q) { w.serviceTypes.append(q.value(1).toString()); });
        !s)
        return s;
    // Periods that ended before the history window cannot matter any more.
    if (Status s = eachRow(QStringLiteral("SELECT worker_id, id, starts, ends, kind FROM worker_unavailability "
                                          "WHERE ends >= ? ORDER BY worker_id, starts, id"),
                           { SqlQuery::fromDate(since) },
                           [](Worker &w, SqlQuery &q) {
                               UnavailablePeriod p;
                               p.id = q.value(1).toLongLong();
                               p.starts = SqlQuery::toDate(q.value(2));
                               p.ends = SqlQuery::toDate(q.value(3));
                               p.kind = decode(kUnavailableKindCodes, q.value(4), UnavailableKind::Unavailable);
                               w.unavailable.append(p);
                           });
        !s)
        return s;

    SqlQuery q(m_db,
               QStringLiteral("SELECT id, version, worker_id, scope, given_on, expires_on, withdrawn_on, "
                              "supersedes_id FROM consents ORDER BY worker_id, id"));
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        const auto scope = enumFromCode(kConsentScopeCodes, q.value(3).toString());
        if (!scope)
            continue; // a scope this version does not know grants nothing
        Consent c;
        c.id = q.value(0).toLongLong();
        c.version = q.value(1).toInt();
        c.workerId = q.value(2).toLongLong();
        c.scope = *scope;
        c.givenOn = SqlQuery::toDate(q.value(4));
        c.expiresOn = SqlQuery::toDate(q.value(5));
        c.withdrawnOn = SqlQuery::toDate(q.value(6));
        c.supersedesId = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
        data.consents.append(c);
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
            r.receivedOn = SqlQuery::toDate(q.value(3));
            r.title = q.value(4).toString();
            r.serviceType = q.value(5).isNull() ? QString() : q.value(5).toString();
            r.wantedPerspective = decode(kPerspectiveCodes, q.value(6), Perspective::Any);
            r.workersNeeded = q.value(7).toInt();
            r.deadline = SqlQuery::toDate(q.value(8));
            r.remote = q.value(9).toBool();
            r.region = q.value(10).toString();
            r.durationMinutes = q.value(11).toInt();
            r.feeCents = SqlQuery::toOptionalCents(q.value(12));
            r.language = q.value(13).toString();
            r.supervised = q.value(14).toBool();
            r.recorded = q.value(15).toBool();
            r.status = decode(kRequestStatusCodes, q.value(16), RequestStatus::New);
            at.insert(r.id, data.requests.size());
            data.requests.append(r);
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
    if (Status s = eachRow(QStringLiteral("SELECT d.request_id, d.id, d.starts_at, d.ends_at, d.chosen "
                                          "FROM request_date_options d JOIN requests r ON r.id = d.request_id "
                                          "WHERE %1 ORDER BY d.request_id, d.starts_at, d.id"),
                           [](Request &r, SqlQuery &q) {
                               DateOption o;
                               o.id = q.value(1).toLongLong();
                               o.starts = SqlQuery::toDateTime(q.value(2));
                               o.ends = SqlQuery::toDateTime(q.value(3));
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

Status SnapshotLoader::loadHistory(MatchingData &data, const QDate &since)
{
    const QVariant sinceTime = SqlQuery::fromDateTime(since.startOfDay());
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT id, version, request_id, worker_id, sent_at, response FROM invitations "
                                  "WHERE sent_at IS NULL OR sent_at >= ? OR request_id IN (%1) "
                                  "ORDER BY worker_id, id")
                       .arg(kOpenRequests));
        q.bind(sinceTime);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            Invitation i;
            i.id = q.value(0).toLongLong();
            i.version = q.value(1).toInt();
            i.requestId = q.value(2).toLongLong();
            i.workerId = q.value(3).toLongLong();
            i.sentAt = SqlQuery::toDateTime(q.value(4));
            i.response = decode(kInvitationResponseCodes, q.value(5), InvitationResponse::Pending);
            data.invitations.append(i);
        }
    }
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, version, request_id, worker_id, invitation_id, starts_at, ends_at, "
                              "attendance, fee_cents, fee_declined, payment_state, debrief_done, debrief_on "
                              "FROM engagements WHERE starts_at IS NULL OR starts_at >= ? OR request_id IN (%1) "
                              "ORDER BY worker_id, starts_at, id")
                   .arg(kOpenRequests));
    q.bind(sinceTime);
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        Engagement e;
        e.id = q.value(0).toLongLong();
        e.version = q.value(1).toInt();
        e.requestId = q.value(2).toLongLong();
        e.workerId = q.value(3).toLongLong();
        e.invitationId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
        e.starts = SqlQuery::toDateTime(q.value(5));
        e.ends = SqlQuery::toDateTime(q.value(6));
        // An unknown attendance still occupies the worker.
        e.attendance = decode(kAttendanceCodes, q.value(7), Attendance::Planned);
        e.feeCents = q.value(8).toLongLong();
        e.feeDeclined = q.value(9).toBool();
        e.payment = decode(kPaymentStateCodes, q.value(10), PaymentState::NotDue);
        e.debriefDone = q.value(11).toBool();
        e.debriefOn = SqlQuery::toDate(q.value(12));
        data.engagements.append(e);
    }
    return Status::success();
}

} // namespace Kohtaamo
