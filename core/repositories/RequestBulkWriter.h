#pragma once

#include "common/Result.h"
#include "domain/Engagement.h"
#include "domain/Invitation.h"
#include "domain/InvitationEvent.h"
#include "domain/KnowledgeEntry.h"
#include "domain/MeetingOutcome.h"
#include "domain/Request.h"

#include <QHash>
#include <QVector>

#include <optional>

namespace Kohtaamo {

class Database;

// One request as it ends up: the request in its final status, the steps of its history, its invitations and
// engagements in their final state, its outcome and experience knowledge. The demo generator and the import of an
// office decide all of it in memory, with the repositories' own rules (the same validation, the same workflow, the
// same meeting slot and fee), and RequestBulkWriter writes it.
struct RequestRecord
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
        // The invitation's history as given (an import): written as it is instead of "invited" (and "answered").
        std::optional<QVector<InvitationEvent>> events;
    };

    Request request; // normalised; status, cancel reason and version final
    QVector<Step> steps;
    QVector<InvitationRecord> invitations;
    QVector<Engagement> engagements; // invitationId = index into invitations + 1 (written as the real id)
    std::optional<MeetingOutcome> outcome;
    bool audienceFromId = false; // a generated outcome: its audienceSize is set from the request's id when written
    QVector<KnowledgeEntry> knowledge;
};

// Writes generated or imported records by bulk paths: multi-row INSERTs of up to a few hundred rows, each statement
// text prepared once and reused, no read-back and no audit entry per record (the generation is audited as one entry,
// docs/data-protection.md). The caller holds the transaction and calls finish() at the end. The new rows get their
// ids here, counting on from the highest id of each table (the generator and the import write into an empty office,
// one writer);
// on PostgreSQL finish() moves the identity sequences past them. Indexes, the search index (its triggers) and the
// stored work date are kept as the repositories keep them; works on SQLite and PostgreSQL.
class RequestBulkWriter
{
public:
    explicit RequestBulkWriter(Database &db);

    Status start(); // reads the next ids
    // Buffers the record (writing what has piled up now and then); fills in the ids.
    Status write(RequestRecord &record);
    // Buffers an experience knowledge entry checked as OutcomeRepository::saveKnowledge checks it (text trimmed,
    // topics sorted), of a request written before (or none); fills in its id.
    Status writeKnowledge(KnowledgeEntry &entry);
    Status flush(); // writes what is buffered now (before another writer's rows refer to it)
    Status finish(); // writes what is left

    // The people reached at a generated event: fixed by the request's id (no random draw).
    static int audienceFor(qint64 requestId) { return int(8 + (requestId * 37) % 53); }

private:
    struct Table
    {
        QString name;
        QString columns;
        int width = 0;
        QVariantList values;
        int rows = 0;
    };
    enum TableIndex {
        Requests,
        Topics,
        Dates,
        Organisations,
        History,
        Invitations,
        Events,
        Engagements,
        Outcomes,
        Knowledge,
        KnowledgeTopics,
        TableCount
    };
    void add(TableIndex table, std::initializer_list<QVariant> values);
    void addKnowledge(KnowledgeEntry &entry, const QVariant &now);
    Status flush(Table &table);
    const QString &insertText(const Table &table, int rows);

    Database &m_db;
    QVector<Table> m_tables;
    QHash<QString, QString> m_texts; // "table/rows" -> the statement
    qint64 m_nextRequest = 1;
    qint64 m_nextInvitation = 1;
    qint64 m_nextEngagement = 1;
    qint64 m_nextOutcome = 1;
    qint64 m_nextKnowledge = 1;
    int m_pending = 0; // records buffered since the last flush
};

} // namespace Kohtaamo
