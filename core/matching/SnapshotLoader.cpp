#include "SnapshotLoader.h"

#include "workers/DistinctNames.h"

#include "RankingContext.h"
#include "SnapshotColumns.h"
#include "StoredValues.h"
#include "TopicTree.h"

#include "storage/Database.h"
#include "storage/RowReader.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QScopeGuard>
#include <QSet>

#include <algorithm>
#include <tuple>

namespace Kohtaamo {

using Columns = SnapshotColumns;

SnapshotLoader::SnapshotLoader(Database &db) : m_db(db) { }

void SnapshotLoader::setFocus(const Request &request, const RankingWeights &weights)
{
    m_focus.emplace(request, weights);
}

SnapshotFilters::Condition SnapshotLoader::invitationFilter(const QDate &since, const QDate &today) const
{
    if (m_focus)
        return m_focus->invitations(since, today);
    return { SnapshotFilters::history(QStringLiteral("i")), { SqlQuery::fromDateTime(since.startOfDay()) } };
}

SnapshotFilters::Condition SnapshotLoader::engagementQuery(const QString &columns, const MatchingData &data,
                                                           const QDate &since, const QDate &today) const
{
    if (m_focus)
        return m_focus->engagements(columns, data, since, today);
    return { QStringLiteral("SELECT %1 FROM engagements e WHERE %2")
                 .arg(columns, SnapshotFilters::history(QStringLiteral("e"))),
             { SqlQuery::fromDateTime(since.startOfDay()) } };
}

QDate SnapshotLoader::historySince(const QDate &today) const
{
    return m_historySince.isValid() ? m_historySince : QDate(today.year() - 1, 1, 1);
}

QString SnapshotLoader::onlyWorkers(const QString &column, bool where) const
{
    if (!m_onlyWorkers)
        return {};
    return QStringLiteral(" %1 %2 IN (%3)")
        .arg(where ? QStringLiteral("WHERE") : QStringLiteral("AND"), column,
             m_onlyWorkers->isEmpty() ? QStringLiteral("NULL") : SqlQuery::placeholders(m_onlyWorkers->size()));
}

QVariantList SnapshotLoader::onlyWorkerBinds() const
{
    QVariantList binds;
    if (m_onlyWorkers) {
        for (qint64 id : *m_onlyWorkers)
            binds << id;
    }
    return binds;
}

Result<MatchingData> SnapshotLoader::loadWorkers(const QDate &today, const QVector<qint64> &workerIds)
{
    Q_ASSERT(!m_focus);
    const QDate since = historySince(today);
    m_today = today;
    m_onlyWorkers = workerIds;
    const auto reset = qScopeGuard([this] { m_onlyWorkers.reset(); });
    Transaction tx(m_db, Database::Access::ReadOnly);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    MatchingData data;
    if (Status s = loadWorkers(data, since); !s)
        return s.error();
    if (Status s = loadHistory(data, since, today); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return data;
}

Result<QVector<MatchingRequest>> SnapshotLoader::loadRequests(const QDate &today, const QVector<qint64> &requestIds)
{
    m_onlyRequests = requestIds;
    const auto reset = qScopeGuard([this] { m_onlyRequests.reset(); });
    Transaction tx(m_db, Database::Access::ReadOnly);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    MatchingData data;
    if (Status s = loadRequests(data, historySince(today)); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return data.requests;
}

Result<QSet<qint64>> SnapshotLoader::workersConcerned(const QSet<qint64> &consentIds, const QSet<qint64> &invitationIds,
                                                      const QSet<qint64> &engagementIds, const QSet<qint64> &requestIds)
{
    QSet<qint64> workers;
    const auto read = [this, &workers](const QString &table, const QString &column, const QSet<qint64> &ids) -> Status {
        if (ids.isEmpty())
            return Status::success();
        QVariantList binds;
        for (qint64 id : ids)
            binds << id;
        RowReader q(m_db,
                    QStringLiteral("SELECT worker_id FROM %1 WHERE %2 IN (%3)")
                        .arg(table, column, SqlQuery::placeholders(binds.size())));
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next())
            workers.insert(q.value(0).toLongLong());
        if (Status s = q.status(); !s)
            return s;
        return Status::success();
    };
    for (const auto &[table, column, ids] :
         { std::tuple { QStringLiteral("consents"), QStringLiteral("id"), &consentIds },
           std::tuple { QStringLiteral("invitations"), QStringLiteral("id"), &invitationIds },
           std::tuple { QStringLiteral("engagements"), QStringLiteral("id"), &engagementIds },
           std::tuple { QStringLiteral("invitations"), QStringLiteral("request_id"), &requestIds },
           std::tuple { QStringLiteral("engagements"), QStringLiteral("request_id"), &requestIds } }) {
        if (Status s = read(table, column, *ids); !s)
            return s.error();
    }
    return workers;
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
    // One consistent picture even while other coordinators save.
    Transaction tx(m_db, Database::Access::ReadOnly);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    MatchingData data;
    if (Status s = loadTaxonomy(data); !s)
        return s.error();
    if (Status s = loadWorkers(data, since); !s)
        return s.error();
    if (Status s = loadHistory(data, since, today); !s)
        return s.error();
    if (Status s = m_focus ? m_focus->loadRequests(m_db, data) : loadRequests(data, since); !s)
        return s.error();
    if (m_focus) {
        if (Status s = m_focus->loadDebriefs(m_db, data, since, today); !s)
            return s.error();
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return data;
}

Status SnapshotLoader::loadTaxonomy(MatchingData &data)
{
    {
        RowReader q(m_db,
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
        if (Status s = q.status(); !s)
            return s;
    }
    {
        RowReader q(m_db,
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
        if (Status s = q.status(); !s)
            return s;
    }
    {
        RowReader q(
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
        if (Status s = q.status(); !s)
            return s;
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
        RowReader q(m_db,
                    QStringLiteral("SELECT %1 FROM workers%2 ORDER BY id")
                        .arg(c.sql(), onlyWorkers(QStringLiteral("id"), true)));
        q.bindAll(onlyWorkerBinds());
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            Worker w;
            w.id = c.value(q, 0).toLongLong();
            w.version = c.value(q, 1).toInt();
            w.displayName = c.value(q, 2).toString();
            w.pseudonym = c.value(q, 3).toBool();
            w.organisationId = c.value(q, 4).toLongLong();
            w.title = StoredValues::decode(kWorkerTitleCodes, c.value(q, 5), WorkerTitle::Other);
            w.dateOfBirth = StoredValues::date(c.value(q, 6));
            w.municipality = c.value(q, 7).toString();
            w.homeRegion = c.value(q, 8).toString();
            // An unknown status is not taken for active.
            w.status = StoredValues::decode(kWorkerStatusCodes, c.value(q, 9), WorkerStatus::Left);
            w.lastSupervision = StoredValues::date(c.value(q, 10));
            w.lastDebrief = StoredValues::date(c.value(q, 11));
            w.annualEarningsCeilingCents = SqlQuery::toOptionalCents(c.value(q, 12).toVariant());
            w.weekly = WeeklyAvailability(c.value(q, 13).toInt());
            w.maxEngagementsPerMonth = c.value(q, 14).toInt();
            w.minDaysBetweenEngagements = c.value(q, 15).toInt();
            w.noticeDays = c.value(q, 16).toInt();
            at.insert(w.id, data.workers.size());
            data.workers.append(std::move(w));
        }
        if (Status s = q.status(); !s)
            return s;
    }
    // Two workers of the same name are told apart in the candidates and the excluded (their municipality or number).
    if (!m_onlyWorkers) {
        auto shared = DistinctNames::sharedNames(m_db);
        if (!shared)
            return shared.error();
        for (auto it = shared->cbegin(); it != shared->cend(); ++it) {
            if (const int i = at.value(it.key(), -1); i >= 0) {
                m_storedNames.insert(it.key(), data.workers.at(i).displayName);
                data.workers[i].displayName = it.value();
            }
        }
    }
    const auto eachRow
        = [this, &at, &data](const QString &sql, const QVariantList &binds, const auto &apply) -> Status {
        RowReader q(m_db, sql);
        q.bindAll(binds);
        q.bindAll(onlyWorkerBinds());
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            const int i = at.value(q.value(0).toLongLong(), -1);
            if (i >= 0)
                apply(data.workers[i], q);
        }
        if (Status s = q.status(); !s)
            return s;
        return Status::success();
    };
    if (Status s = eachRow(
            m_focus ? QStringLiteral("SELECT worker_id, language FROM worker_languages WHERE lower(trim(language)) "
                                     "= ? ORDER BY worker_id, language")
                    : QStringLiteral("SELECT worker_id, language FROM worker_languages%1 ORDER BY worker_id, language")
                          .arg(onlyWorkers(QStringLiteral("worker_id"), true)),
            m_focus ? QVariantList { SnapshotIndex::languageKey(m_focus->request().language) } : QVariantList {},
            [](Worker &w, RowReader &q) { w.languages.append(q.value(1).toString()); });
        !s)
        return s;
    if (Status s = eachRow(QStringLiteral("SELECT worker_id, region FROM worker_regions%1 ORDER BY worker_id, region")
                               .arg(onlyWorkers(QStringLiteral("worker_id"), true)),
                           {}, [](Worker &w, RowReader &q) { w.regionsCovered.append(q.value(1).toString()); });
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
            for (const RequestTopic &q : std::as_const(m_focus->request().topics)) {
                const int requested = tree.indexOf(q.topicId);
                if (requested >= 0 && tree.relation(requested, t) != MatchLevel::None) {
                    marks << QStringLiteral("?");
                    relatedBinds << tree.at(t).id;
                    break;
                }
            }
        }
        relatedTopics = QStringLiteral(" WHERE topic_id IN (%1)")
                            .arg(marks.isEmpty() ? QStringLiteral("NULL") : marks.join(QLatin1Char(',')));
    }
    const Columns experience({ "worker_id", "id", "topic_id", "perspective" }, m_focus.has_value(), { "id" });
    if (Status s
        = eachRow(QStringLiteral("SELECT %1 FROM worker_experiences%2 ORDER BY id")
                      .arg(experience.sql(), m_focus ? relatedTopics : onlyWorkers(QStringLiteral("worker_id"), true)),
                  relatedBinds,
                  [&experience](Worker &w, RowReader &q) {
                      WorkerExperience e;
                      e.id = experience.value(q, 1).toLongLong();
                      e.topicId = experience.value(q, 2).toLongLong();
                      e.perspective
                          = StoredValues::decode(kPerspectiveCodes, experience.value(q, 3), Perspective::Other);
                      w.experiences.append(e);
                  });
        !s)
        return s;
    // The ranking asks a worker only about the request's kind of work.
    if (Status s = eachRow(m_focus ? QStringLiteral("SELECT worker_id, service_type FROM worker_service_types "
                                                    "WHERE service_type = ? ORDER BY worker_id, service_type")
                                   : QStringLiteral("SELECT worker_id, service_type FROM worker_service_types%1 "
                                                    "ORDER BY worker_id, service_type")
                                         .arg(onlyWorkers(QStringLiteral("worker_id"), true)),
                           m_focus ? QVariantList { m_focus->request().serviceType } : QVariantList {},
                           [](Worker &w, RowReader &q) { w.serviceTypes.append(q.value(1).toString()); });
        !s)
        return s;
    // Periods that ended before the history window cannot matter any more.
    // With a focus, only the periods that meet the days the rule asks about (the request's time, or from the
    // earliest to the last of its proposed times).
    QDate focusFirst, focusLast;
    if (m_focus) {
        const QVector<QDate> days = RankingContext::daysToCheck(m_focus->request(), m_today);
        const auto [first, last] = std::minmax_element(days.cbegin(), days.cend());
        focusFirst = *first;
        focusLast = *last;
    }
    if (Status s
        = eachRow(m_focus ? QStringLiteral("SELECT worker_id, id, starts, ends, kind FROM worker_unavailability "
                                           "WHERE starts <= ? AND ends >= ? ORDER BY worker_id, starts, id")
                          : QStringLiteral("SELECT worker_id, id, starts, ends, kind FROM worker_unavailability "
                                           "WHERE ends >= ?%1 ORDER BY worker_id, starts, id")
                                .arg(onlyWorkers(QStringLiteral("worker_id"))),
                  m_focus ? QVariantList { SqlQuery::fromDate(focusLast), SqlQuery::fromDate(focusFirst) }
                          : QVariantList { SqlQuery::fromDate(since) },
                  [](Worker &w, RowReader &q) {
                      UnavailablePeriod p;
                      p.id = q.value(1).toLongLong();
                      p.starts = StoredValues::date(q.value(2));
                      p.ends = StoredValues::date(q.value(3));
                      p.kind = StoredValues::decode(kUnavailableKindCodes, q.value(4), UnavailableKind::Unavailable);
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
            if (t.code == m_focus->request().serviceType && t.needsPublicConsent)
                asked << toCode(ConsentScope::PublicAppearance);
        }
        if (m_focus->request().recorded)
            asked << toCode(ConsentScope::PhotoRecording);
        for (const QString &scope : std::as_const(asked))
            scopeBinds << scope;
        scopes = QStringLiteral(" WHERE scope IN (%1)").arg(SqlQuery::placeholders(asked.size()));
    }
    const Columns c(
        { "id", "version", "worker_id", "scope", "given_on", "expires_on", "withdrawn_on", "supersedes_id" },
        m_focus.has_value(), { "version", "supersedes_id" });
    RowReader q(m_db,
                QStringLiteral("SELECT %1 FROM consents%2 ORDER BY id")
                    .arg(c.sql(), m_focus ? scopes : onlyWorkers(QStringLiteral("worker_id"), true)));
    q.bindAll(scopeBinds);
    q.bindAll(onlyWorkerBinds());
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
    if (Status s = q.status(); !s)
        return s;
    return Status::success();
}

Status SnapshotLoader::loadRequests(MatchingData &data, const QDate &since)
{
    const QVariant sinceDate = SqlQuery::fromDate(since);
    const QVariant sinceTime = SqlQuery::fromDateTime(since.startOfDay());
    QVariantList binds { sinceDate, sinceTime, sinceTime };
    QString filter = SnapshotFilters::requests(QStringLiteral("r"));
    if (m_onlyRequests) {
        // Those of these requests that a full load reads: the same window, tested per request (through the
        // request_id indexes) rather than as lists of every recent engagement and invitation.
        QVariantList ids;
        for (qint64 id : std::as_const(*m_onlyRequests))
            ids << id;
        filter = QStringLiteral("r.id IN (%1) AND (r.status IN ('new', 'tagged', 'inviting', 'confirmed') OR "
                                "r.received_on >= ? OR EXISTS (SELECT 1 FROM engagements e WHERE e.request_id = "
                                "r.id AND e.starts_at >= ?) OR EXISTS (SELECT 1 FROM invitations i WHERE "
                                "i.request_id = r.id AND i.sent_at >= ?))")
                     .arg(ids.isEmpty() ? QStringLiteral("NULL") : SqlQuery::placeholders(ids.size()));
        binds = ids + binds;
    }
    // What the snapshot keeps of a request: its reference and title (named in explanations) and its topics.
    QHash<qint64, int> at;
    {
        RowReader q(
            m_db,
            QStringLiteral("SELECT r.id, r.reference, r.title FROM requests r WHERE %1 ORDER BY r.id").arg(filter));
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            MatchingRequest r;
            r.id = q.value(0).toLongLong();
            r.reference = q.value(1).toString();
            r.title = q.value(2).toString();
            at.insert(r.id, data.requests.size());
            data.requests.append(std::move(r));
        }
        if (Status s = q.status(); !s)
            return s;
    }
    // Primary topics first (the order a request lists its topics in is not stored).
    RowReader q(m_db,
                QStringLiteral("SELECT t.request_id, t.topic_id, t.weight FROM request_topics t "
                               "JOIN requests r ON r.id = t.request_id WHERE %1 "
                               "ORDER BY t.request_id, t.weight, t.topic_id")
                    .arg(filter));
    q.bindAll(binds);
    if (Status s = q.exec(); !s)
        return s;
    while (q.next()) {
        const int i = at.value(q.value(0).toLongLong(), -1);
        if (i >= 0)
            data.requests[i].topics.append(StoredValues::requestTopic(q));
    }
    return q.status();
}

namespace {
const Columns::List kEngagementColumns { "e.id",           "e.request_id",   "e.worker_id",
                                         "e.starts_at",    "e.ends_at",      "e.attendance",
                                         "e.fee_cents",    "e.fee_declined", "e.payment_state",
                                         "e.debrief_done", "e.debrief_on" };
// With a focus, attendance and debriefs are not read: only engagements that are not cancelled come, and the debriefs
// are taken over all engagements (SnapshotFocus::loadDebriefs).
const Columns::List kEngagementColumnsUnread { "e.attendance", "e.debrief_done", "e.debrief_on" };

MatchingEngagement readEngagement(const RowReader &q, const Columns &c, StoredValues &values)
{
    MatchingEngagement e;
    e.id = c.value(q, 0).toLongLong();
    e.requestId = c.value(q, 1).toLongLong();
    e.workerId = c.value(q, 2).toLongLong();
    e.starts = values.instant(c.value(q, 3));
    e.ends = values.instant(c.value(q, 4));
    // An unknown attendance still occupies the worker.
    e.attendance = StoredValues::decode(kAttendanceCodes, c.value(q, 5), Attendance::Planned);
    e.feeCents = c.value(q, 6).toLongLong();
    e.feeDeclined = c.value(q, 7).toBool();
    e.payment = StoredValues::decode(kPaymentStateCodes, c.value(q, 8), PaymentState::NotDue);
    e.debriefDone = c.value(q, 9).toBool();
    e.debriefOn = StoredValues::date(c.value(q, 10));
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
    const auto addEngagement = [&data, &seen, f](MatchingEngagement e) {
        if (f && seen.contains(e.id))
            return;
        seen.insert(e.id);
        data.engagements.append(std::move(e));
    };
    {
        // With a focus each invitation comes with the engagement it led to, if any (in one pass over the table).
        const SnapshotFilters::Condition invited = invitationFilter(since, today);
        const Columns invitation({ "i.id", "i.request_id", "i.worker_id", "i.sent_at", "i.response" }, f, {});
        const Columns engagement(kEngagementColumns, f, kEngagementColumnsUnread, {}, invitation.count());
        RowReader q(
            m_db,
            f ? QStringLiteral("SELECT %1, %2 FROM invitations i LEFT JOIN engagements e ON e.request_id = "
                               "i.request_id AND e.worker_id = i.worker_id AND e.attendance <> 'cancelled' "
                               "AND %3 WHERE %4")
                    .arg(invitation.sql(), engagement.sql(), SnapshotFilters::history(QStringLiteral("e")), invited.sql)
              : QStringLiteral("SELECT %1 FROM invitations i WHERE %2%3")
                    .arg(invitation.sql(), invited.sql, onlyWorkers(QStringLiteral("i.worker_id"))));
        if (f)
            q.bind(sinceTime);
        q.bindAll(invited.binds);
        q.bindAll(onlyWorkerBinds());
        if (Status s = q.exec(); !s)
            return s;
        while (q.next()) {
            MatchingInvitation i;
            i.id = invitation.value(q, 0).toLongLong();
            i.requestId = invitation.value(q, 1).toLongLong();
            i.workerId = invitation.value(q, 2).toLongLong();
            i.sentAt = values.instant(invitation.value(q, 3));
            i.response
                = StoredValues::decode(kInvitationResponseCodes, invitation.value(q, 4), InvitationResponse::Pending);
            data.invitations.append(std::move(i));
            if (f && !engagement.value(q, 0).isNull())
                addEngagement(readEngagement(q, engagement, values));
        }
        if (Status s = q.status(); !s)
            return s;
    }
    const Columns engagement(kEngagementColumns, f, kEngagementColumnsUnread);
    const SnapshotFilters::Condition engaged = engagementQuery(engagement.sql(), data, since, today);
    RowReader q(m_db, engaged.sql + onlyWorkers(QStringLiteral("e.worker_id")));
    q.bindAll(engaged.binds);
    q.bindAll(onlyWorkerBinds());
    if (Status s = q.exec(); !s)
        return s;
    while (q.next())
        addEngagement(readEngagement(q, engagement, values));
    if (Status s = q.status(); !s)
        return s;
    return Status::success();
}

} // namespace Kohtaamo