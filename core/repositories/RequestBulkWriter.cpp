#include "RequestBulkWriter.h"

#include "common/Clock.h"
#include "domain/InvitationEvent.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

#include <algorithm>

namespace Kohtaamo {

namespace {
// A multi-row statement holds SqlQuery::rowsPerStatement rows. The rows left over go in halves (32, 16, ... 1 rows),
// so each table needs seven statement texts at most (one of every size would fill the statement cache with big
// programs: 350 MB and slower).
// Records buffered before they are written: children are written after their parents (foreign keys are checked per
// statement), so everything buffered is written together.
constexpr int kRecordsPerFlush = 200;

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}
} // namespace

RequestBulkWriter::RequestBulkWriter(Database &db) : m_db(db)
{
    const auto table = [](const char *name, const char *columns) {
        Table t;
        t.name = QString::fromLatin1(name);
        t.columns = QString::fromLatin1(columns);
        t.width = int(t.columns.count(QLatin1Char(','))) + 1;
        return t;
    };
    m_tables.resize(TableCount);
    m_tables[Requests] = table("requests",
                               "id, reference, received_on, requester_name, requester_unit, requester_email, "
                               "requester_phone, title, description, service_type, wanted_perspective, workers_needed, "
                               "deadline, remote, place, region, duration_minutes, audience, fee_terms, fee_cents, "
                               "language, supervised, recorded, notes, funded_activity_id, requester_sector, status, "
                               "cancel_reason, work_date, version, created_at, updated_at");
    m_tables[Topics] = table("request_topics", "request_id, topic_id, weight");
    m_tables[Dates] = table("request_date_options", "request_id, starts_at, ends_at, chosen");
    m_tables[Organisations] = table("request_organisations", "request_id, organisation_id");
    m_tables[History]
        = table("request_status_history", "request_id, from_status, to_status, changed_at, changed_by, reason");
    m_tables[Invitations] = table("invitations",
                                  "id, request_id, worker_id, sent_at, channel, response, responded_at, "
                                  "decline_reason, reminders, last_reminder_at, note, reserve, version, created_at, "
                                  "updated_at");
    m_tables[Events] = table("invitation_events", "invitation_id, at, kind, response, reason, coordinator_id, actor");
    m_tables[Engagements] = table("engagements",
                                  "id, request_id, worker_id, invitation_id, starts_at, ends_at, attendance, hours, "
                                  "fee_cents, travel_cents, fee_declined, payment_state, paid_on, preparation_done, "
                                  "debrief_done, debrief_on, debrief_by, note, version, created_at, updated_at");
    m_tables[Outcomes] = table("meeting_outcomes",
                               "id, request_id, held_on, summary, requester_feedback, audience_size, version, "
                               "created_at, updated_at");
    m_tables[Knowledge] = table("knowledge_entries",
                                "id, request_id, recorded_on, text, life_course_phase, critical_point, version, "
                                "created_at, updated_at");
    m_tables[KnowledgeTopics] = table("knowledge_entry_topics", "entry_id, topic_id");
}

Status RequestBulkWriter::start()
{
    for (auto [index, next] : { std::pair { Requests, &m_nextRequest }, std::pair { Invitations, &m_nextInvitation },
                                std::pair { Engagements, &m_nextEngagement }, std::pair { Outcomes, &m_nextOutcome },
                                std::pair { Knowledge, &m_nextKnowledge } }) {
        // The table name is a constant of this file.
        SqlQuery q(m_db, QStringLiteral("SELECT COALESCE(MAX(id), 0) FROM %1").arg(m_tables.at(index).name));
        auto max = q.scalar();
        if (!max)
            return max.error();
        *next = max->toLongLong() + 1;
    }
    return Status::success();
}

void RequestBulkWriter::add(TableIndex table, std::initializer_list<QVariant> values)
{
    Table &t = m_tables[table];
    Q_ASSERT(int(values.size()) == t.width);
    for (const QVariant &v : values)
        t.values.append(v);
    ++t.rows;
}

const QString &RequestBulkWriter::insertText(const Table &table, int rows)
{
    const QString key = table.name + QLatin1Char('/') + QString::number(rows);
    auto it = m_texts.find(key);
    if (it == m_texts.end()) {
        it = m_texts.insert(key,
                            QStringLiteral("INSERT INTO %1 (%2) VALUES %3")
                                .arg(table.name, table.columns, SqlQuery::rowPlaceholders(table.width, rows)));
    }
    return it.value();
}

Status RequestBulkWriter::flush(Table &table)
{
    const int perStatement = SqlQuery::rowsPerStatement(table.width);
    int done = 0;
    while (done < table.rows) {
        int rows = perStatement;
        while (rows > table.rows - done)
            rows /= 2; // what is left goes in halves: 7 statement texts a table at most, few single-row statements
        SqlQuery q(m_db, insertText(table, rows));
        const qsizetype first = qsizetype(done) * table.width;
        const qsizetype last = first + qsizetype(rows) * table.width;
        for (qsizetype i = first; i < last; ++i)
            q.bind(table.values.at(i));
        if (Status s = q.exec(); !s)
            return s;
        done += rows;
    }
    table.values.clear();
    table.rows = 0;
    return Status::success();
}

Status RequestBulkWriter::flush()
{
    for (Table &t : m_tables) { // parents before children
        if (Status s = flush(t); !s)
            return s;
    }
    m_pending = 0;
    return Status::success();
}

Status RequestBulkWriter::finish()
{
    if (Status s = flush(); !s)
        return s;
    if (!m_db.dialect().isPostgreSQL())
        return Status::success();
    // The ids were given here: the identity sequences move past them, so that the next row anyone adds gets a new id.
    for (TableIndex index : { Requests, Invitations, Engagements, Outcomes, Knowledge }) {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT setval(pg_get_serial_sequence(?, 'id'), GREATEST((SELECT MAX(id) FROM %1), "
                                  "1))")
                       .arg(m_tables.at(index).name));
        q.bind(m_tables.at(index).name);
        if (Status s = q.exec(); !s)
            return s;
    }
    return Status::success();
}

Status RequestBulkWriter::write(RequestRecord &record)
{
    const QVariant now = SqlQuery::fromDateTime(Clock::instance().now());
    const QString actor = m_db.actor();
    const QVariant actorId = SqlQuery::fromId(m_db.actorId());
    Request &r = record.request;
    r.id = m_nextRequest++;

    add(Requests,
        { r.id,
          r.reference,
          SqlQuery::fromDate(r.receivedOn),
          r.requesterName,
          r.requesterUnit,
          r.requesterEmail,
          r.requesterPhone,
          r.title,
          r.description,
          r.serviceType.isEmpty() ? nullText() : QVariant(r.serviceType),
          toCode(r.wantedPerspective),
          r.workersNeeded,
          SqlQuery::fromDate(r.deadline),
          r.remote,
          r.place,
          r.region,
          r.durationMinutes,
          r.audience,
          r.feeTerms,
          SqlQuery::fromOptionalCents(r.feeCents),
          r.language,
          r.supervised,
          r.recorded,
          r.notes,
          SqlQuery::fromId(r.fundedActivityId),
          r.requesterSector,
          toCode(r.status),
          r.cancelReason,
          SqlQuery::fromDate(r.workDate()),
          r.version,
          now,
          now });
    for (const RequestTopic &t : std::as_const(r.topics))
        add(Topics, { r.id, t.topicId, toCode(t.weight) });
    for (const DateOption &o : std::as_const(r.dateOptions))
        add(Dates, { r.id, SqlQuery::fromDateTime(o.starts), SqlQuery::fromDateTime(o.ends), o.chosen });
    for (qint64 organisation : std::as_const(r.organisationScope))
        add(Organisations, { r.id, organisation });
    for (const RequestRecord::Step &step : std::as_const(record.steps))
        add(History,
            { r.id, step.from ? QVariant(toCode(*step.from)) : nullText(), toCode(step.to), now, actor, step.reason });

    for (RequestRecord::InvitationRecord &made : record.invitations) {
        Invitation &i = made.invitation;
        i.id = m_nextInvitation++;
        i.requestId = r.id;
        add(Invitations,
            { i.id, i.requestId, i.workerId, SqlQuery::fromDateTime(i.sentAt), toCode(i.channel), toCode(i.response),
              SqlQuery::fromDateTime(i.respondedAt), i.declineReason, i.reminders,
              SqlQuery::fromDateTime(i.lastReminderAt), i.note, i.reserve, i.version, now, now });
        if (made.events) {
            for (const InvitationEvent &e : std::as_const(*made.events))
                add(Events,
                    { i.id, SqlQuery::fromDateTime(e.at), toCode(e.kind), e.response ? toCode(*e.response) : QString(),
                      e.reason, SqlQuery::fromId(e.coordinatorId), e.actor });
            continue;
        }
        // The invitation's story as the repository tells it: invited, then answered.
        add(Events,
            { i.id, SqlQuery::fromDateTime(i.sentAt), toCode(InvitationEventKind::Invited), QString(), QString(),
              actorId, actor });
        if (made.answered)
            add(Events,
                { i.id, SqlQuery::fromDateTime(i.respondedAt), toCode(InvitationEventKind::Answered),
                  toCode(i.response), i.response == InvitationResponse::Declined ? i.declineReason : QString(), actorId,
                  actor });
    }

    for (Engagement &e : record.engagements) {
        e.id = m_nextEngagement++;
        e.requestId = r.id;
        const qsizetype index = e.invitationId - 1;
        e.invitationId
            = index >= 0 && index < record.invitations.size() ? record.invitations.at(index).invitation.id : 0;
        add(Engagements,
            { e.id,
              e.requestId,
              e.workerId,
              SqlQuery::fromId(e.invitationId),
              SqlQuery::fromDateTime(e.starts),
              SqlQuery::fromDateTime(e.ends),
              toCode(e.attendance),
              e.hours,
              e.feeCents,
              e.travelCents,
              e.feeDeclined,
              toCode(e.payment),
              SqlQuery::fromDate(e.paidOn),
              e.preparationDone,
              e.debriefDone,
              SqlQuery::fromDate(e.debriefOn),
              e.debriefBy,
              e.note,
              e.version,
              now,
              now });
    }

    if (record.outcome) {
        MeetingOutcome &o = *record.outcome;
        o.id = m_nextOutcome++;
        o.version = 1;
        o.requestId = r.id;
        if (record.audienceFromId)
            o.audienceSize = audienceFor(r.id);
        add(Outcomes,
            { o.id, o.requestId, SqlQuery::fromDate(o.heldOn), o.summary, o.requesterFeedback, o.audienceSize, 1, now,
              now });
    }

    for (KnowledgeEntry &k : record.knowledge) {
        k.requestId = r.id;
        addKnowledge(k, now);
    }
    if (++m_pending >= kRecordsPerFlush)
        return flush();
    return Status::success();
}

Status RequestBulkWriter::writeKnowledge(KnowledgeEntry &entry)
{
    addKnowledge(entry, SqlQuery::fromDateTime(Clock::instance().now()));
    if (++m_pending >= kRecordsPerFlush)
        return flush();
    return Status::success();
}

void RequestBulkWriter::addKnowledge(KnowledgeEntry &k, const QVariant &now)
{
    k.id = m_nextKnowledge++;
    k.version = 1;
    add(Knowledge,
        { k.id, SqlQuery::fromId(k.requestId), SqlQuery::fromDate(k.recordedOn), k.text, toCode(k.phase),
          k.criticalPoint, 1, now, now });
    for (qint64 topic : std::as_const(k.topicIds))
        add(KnowledgeTopics, { k.id, topic });
}

} // namespace Kohtaamo
