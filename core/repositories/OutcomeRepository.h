#pragma once

#include "common/Result.h"
#include "domain/KnowledgeEntry.h"
#include "domain/MeetingOutcome.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

class Database;

// What requests produced: the meeting outcome (one per request) and the pieces of experience knowledge, each with
// its topics, that feed the life-course view of critical points. Every write is audited and version-checked.
class OutcomeRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::OutcomeRepository)
public:
    explicit OutcomeRepository(Database &db);

    // NotFound when no outcome has been recorded for the request.
    Result<MeetingOutcome> outcomeForRequest(qint64 requestId);
    // Saves a new outcome (id 0) or changes one read at its version. A second outcome for the same request is a
    // Conflict: another coordinator recorded one meanwhile.
    Result<MeetingOutcome> saveOutcome(const MeetingOutcome &outcome);

    Result<KnowledgeEntry> getKnowledge(qint64 id);
    Result<QVector<KnowledgeEntry>> listKnowledge(qint64 requestId); // of one request, latest first
    Result<QVector<KnowledgeEntry>> listAllKnowledge(); // one query per table, latest first
    // Saves a new entry (id 0) or changes one read at its version, its topics replaced as a set.
    Result<KnowledgeEntry> saveKnowledge(const KnowledgeEntry &entry);

    static Status validateOutcome(const MeetingOutcome &outcome);
    static Status validateKnowledge(const KnowledgeEntry &entry);
    // What a coordinator records: the rules above plus at least one topic (knowledge is grouped and reported by topic,
    // docs/reports.md). Older and imported entries without a topic stay readable, and importable, through
    // validateKnowledge(); they gain a topic the next time someone edits them.
    static Status validateRecordedKnowledge(const KnowledgeEntry &entry);

private:
    Result<QVector<KnowledgeEntry>> loadKnowledge(const QString &where, const QVariantList &binds);
    Status checkRequest(qint64 requestId);
    Result<QString> requestReference(qint64 requestId);

    Database &m_db;
};

} // namespace Kohtaamo
