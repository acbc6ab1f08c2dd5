#include "DemoBulkWriter.h"

#include "common/Clock.h"
#include "domain/InvitationEvent.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>

namespace Kohtaamo {

namespace {
std::unique_ptr<SqlQuery> prepare(Database &db, const char *table, const char *columns, int count, bool returning)
{
    return std::make_unique<SqlQuery>(db,
                                      QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)%4")
                                          .arg(QString::fromLatin1(table), QString::fromLatin1(columns),
                                               SqlQuery::placeholders(count),
                                               returning ? QStringLiteral(" RETURNING id") : QString()));
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}
} // namespace

DemoBulkWriter::DemoBulkWriter(Database &db) : m_db(db)
{
    m_request = prepare(db, "requests",
                        "reference, received_on, requester_name, requester_unit, requester_email, requester_phone, "
                        "title, description, service_type, wanted_perspective, workers_needed, deadline, remote, "
                        "place, region, duration_minutes, audience, fee_terms, fee_cents, language, supervised, "
                        "recorded, notes, funded_activity_id, requester_sector, status, cancel_reason, work_date, "
                        "version, created_at, updated_at",
                        31, true);
    m_topic = prepare(db, "request_topics", "request_id, topic_id, weight", 3, false);
    m_date = prepare(db, "request_date_options", "request_id, starts_at, ends_at, chosen", 4, false);
    m_organisation = prepare(db, "request_organisations", "request_id, organisation_id", 2, false);
    m_history = prepare(db, "request_status_history",
                        "request_id, from_status, to_status, changed_at, changed_by, reason", 6, false);
    m_invitation = prepare(db, "invitations",
                           "request_id, worker_id, sent_at, channel, response, responded_at, decline_reason, "
                           "reminders, last_reminder_at, note, reserve, version, created_at, updated_at",
                           14, true);
    m_event = prepare(db, "invitation_events", "invitation_id, at, kind, response, reason, coordinator_id, actor", 7,
                      false);
    m_engagement = prepare(db, "engagements",
                           "request_id, worker_id, invitation_id, starts_at, ends_at, attendance, hours, fee_cents, "
                           "travel_cents, fee_declined, payment_state, paid_on, preparation_done, debrief_done, "
                           "debrief_on, debrief_by, note, version, created_at, updated_at",
                           20, true);
    m_outcome = prepare(db, "meeting_outcomes",
                        "request_id, held_on, summary, requester_feedback, audience_size, version, created_at, "
                        "updated_at",
                        8, true);
    m_knowledge = prepare(db, "knowledge_entries",
                          "request_id, recorded_on, text, life_course_phase, critical_point, version, created_at, "
                          "updated_at",
                          8, true);
    m_knowledgeTopic = prepare(db, "knowledge_entry_topics", "entry_id, topic_id", 2, false);
}

DemoBulkWriter::~DemoBulkWriter() = default;

Result<qint64> DemoBulkWriter::insertReturningId(SqlQuery &q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(
            Error::Code::Database,
            QCoreApplication::translate("Kohtaamo::DemoBulkWriter", "The database returned no id for a new row."));
    const qint64 id = q.value(0).toLongLong();
    q.raw().finish();
    return id;
}

Status DemoBulkWriter::write(DemoRequestRecord &record)
{
    const QVariant now = SqlQuery::fromDateTime(Clock::instance().now());
    const QString actor = m_db.actor();
    const QVariant actorId = SqlQuery::fromId(m_db.actorId());
    Request &r = record.request;

    m_request->bindAll({ r.reference,
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
    auto requestId = insertReturningId(*m_request);
    if (!requestId)
        return requestId.error();
    r.id = *requestId;

    for (const RequestTopic &t : std::as_const(r.topics)) {
        m_topic->bindAll({ r.id, t.topicId, toCode(t.weight) });
        if (Status s = m_topic->exec(); !s)
            return s;
    }
    for (const DateOption &o : std::as_const(r.dateOptions)) {
        m_date->bindAll({ r.id, SqlQuery::fromDateTime(o.starts), SqlQuery::fromDateTime(o.ends), o.chosen });
        if (Status s = m_date->exec(); !s)
            return s;
    }
    for (qint64 organisation : std::as_const(r.organisationScope)) {
        m_organisation->bindAll({ r.id, organisation });
        if (Status s = m_organisation->exec(); !s)
            return s;
    }
    for (const DemoRequestRecord::Step &step : std::as_const(record.steps)) {
        m_history->bindAll(
            { r.id, step.from ? QVariant(toCode(*step.from)) : nullText(), toCode(step.to), now, actor, step.reason });
        if (Status s = m_history->exec(); !s)
            return s;
    }

    for (DemoRequestRecord::InvitationRecord &record : record.invitations) {
        Invitation &i = record.invitation;
        i.requestId = r.id;
        m_invitation->bindAll({ i.requestId, i.workerId, SqlQuery::fromDateTime(i.sentAt), toCode(i.channel),
                                toCode(i.response), SqlQuery::fromDateTime(i.respondedAt), i.declineReason, i.reminders,
                                SqlQuery::fromDateTime(i.lastReminderAt), i.note, i.reserve, i.version, now, now });
        auto id = insertReturningId(*m_invitation);
        if (!id)
            return id.error();
        i.id = *id;
        // The invitation's story as the repository tells it: invited, then answered.
        m_event->bindAll({ i.id, SqlQuery::fromDateTime(i.sentAt), toCode(InvitationEventKind::Invited), QString(),
                           QString(), actorId, actor });
        if (Status s = m_event->exec(); !s)
            return s;
        if (record.answered) {
            m_event->bindAll({ i.id, SqlQuery::fromDateTime(i.respondedAt), toCode(InvitationEventKind::Answered),
                               toCode(i.response),
                               i.response == InvitationResponse::Declined ? i.declineReason : QString(), actorId,
                               actor });
            if (Status s = m_event->exec(); !s)
                return s;
        }
    }

    for (Engagement &e : record.engagements) {
        e.requestId = r.id;
        const qsizetype index = e.invitationId - 1;
        e.invitationId
            = index >= 0 && index < record.invitations.size() ? record.invitations.at(index).invitation.id : 0;
        m_engagement->bindAll({ e.requestId,
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
        auto id = insertReturningId(*m_engagement);
        if (!id)
            return id.error();
        e.id = *id;
    }

    if (record.outcome) {
        MeetingOutcome &o = *record.outcome;
        o.requestId = r.id;
        o.audienceSize = audienceFor(r.id);
        m_outcome->bindAll(
            { o.requestId, SqlQuery::fromDate(o.heldOn), o.summary, o.requesterFeedback, o.audienceSize, 1, now, now });
        auto id = insertReturningId(*m_outcome);
        if (!id)
            return id.error();
        o.id = *id;
        o.version = 1;
    }

    for (KnowledgeEntry &k : record.knowledge) {
        k.requestId = r.id;
        m_knowledge->bindAll({ SqlQuery::fromId(k.requestId), SqlQuery::fromDate(k.recordedOn), k.text, toCode(k.phase),
                               k.criticalPoint, 1, now, now });
        auto id = insertReturningId(*m_knowledge);
        if (!id)
            return id.error();
        k.id = *id;
        k.version = 1;
        for (qint64 topic : std::as_const(k.topicIds)) {
            m_knowledgeTopic->bindAll({ k.id, topic });
            if (Status s = m_knowledgeTopic->exec(); !s)
                return s;
        }
    }
    return Status::success();
}

} // namespace Kohtaamo
