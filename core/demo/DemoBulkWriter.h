#pragma once

#include "common/Result.h"
#include "domain/Engagement.h"
#include "domain/Invitation.h"
#include "domain/KnowledgeEntry.h"
#include "domain/MeetingOutcome.h"
#include "domain/Request.h"

#include <QVector>

#include <memory>
#include <optional>

namespace Kohtaamo {

class Database;
class SqlQuery;

// One generated request as it ends up: the request in its final status, the steps of its history, its invitations
// and engagements in their final state, its outcome and experience knowledge. The demo generator decides all of it
// in memory, with the repositories' own rules (the same validation, the same meeting slot and fee), and
// DemoBulkWriter writes it in one go.
struct DemoRequestRecord
{
    struct Step
    {
        std::optional<RequestStatus> from; // none: created
        RequestStatus to = RequestStatus::New;
        QString reason;
    };
    struct InvitationRecord
    {
        Invitation invitation; // final state; version counts its changes
        bool answered = false; // an "answered" event follows the "invited" one
    };

    Request request; // normalised; status, cancel reason and version final
    QVector<Step> steps;
    QVector<InvitationRecord> invitations;
    QVector<Engagement> engagements; // invitationId = index into invitations + 1 (written as the real id)
    std::optional<MeetingOutcome> outcome; // audienceSize is set from the request's id when written
    QVector<KnowledgeEntry> knowledge;
};

// Writes generated records by bulk paths: statements prepared once and reused for the whole office, no read-back,
// no audit entry per record (the generation is audited as one entry, docs/data-protection.md). The caller holds the
// transaction. Indexes, the search index (its triggers) and the stored work date are kept as the repositories keep
// them; works on SQLite and PostgreSQL.
class DemoBulkWriter
{
public:
    explicit DemoBulkWriter(Database &db);
    ~DemoBulkWriter();

    // Writes the record; fills in the ids (request, invitations, engagements, outcome, knowledge).
    Status write(DemoRequestRecord &record);

    // The people reached at a generated event: fixed by the request's id (no random draw).
    static int audienceFor(qint64 requestId) { return int(8 + (requestId * 37) % 53); }

private:
    Result<qint64> insertReturningId(SqlQuery &q);

    Database &m_db;
    std::unique_ptr<SqlQuery> m_request;
    std::unique_ptr<SqlQuery> m_topic;
    std::unique_ptr<SqlQuery> m_date;
    std::unique_ptr<SqlQuery> m_organisation;
    std::unique_ptr<SqlQuery> m_history;
    std::unique_ptr<SqlQuery> m_invitation;
    std::unique_ptr<SqlQuery> m_event;
    std::unique_ptr<SqlQuery> m_engagement;
    std::unique_ptr<SqlQuery> m_outcome;
    std::unique_ptr<SqlQuery> m_knowledge;
    std::unique_ptr<SqlQuery> m_knowledgeTopic;
};

} // namespace Kohtaamo
