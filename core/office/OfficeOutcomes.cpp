// OfficeService: what came of a held request — the meeting outcome, the engagements' attendance, hours, fees and
// debriefs, and the experience knowledge (the rules are in requests/OutcomeRecorder and the repositories).
#include "OfficeRun.h"

#include "repositories/EngagementRepository.h"
#include "repositories/OutcomeRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/TopicRepository.h"

namespace Kohtaamo {

// --- reads ---

Result<MeetingOutcomeSheet> OfficeService::meetingOutcomeSheet(qint64 requestId)
{
    // One read-only transaction: the parts agree with each other even while another coordinator saves.
    Transaction tx(*m_db, Database::Access::ReadOnly);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    MeetingOutcomeSheet sheet;
    auto request = RequestRepository(*m_db).get(requestId);
    if (!request)
        return request.error();
    sheet.request = *request;
    auto engagements = EngagementRepository(*m_db).listForRequest(requestId);
    if (!engagements)
        return engagements.error();
    sheet.engagements = *engagements;
    QVector<qint64> workerIds;
    for (const Engagement &e : std::as_const(sheet.engagements))
        workerIds.append(e.workerId);
    auto names = workerNames(workerIds);
    if (!names)
        return names.error();
    sheet.workerNames = *names;
    OutcomeRepository outcomes(*m_db);
    auto outcome = outcomes.outcomeForRequest(requestId);
    if (outcome)
        sheet.outcome = *outcome;
    else if (outcome.error().code != Error::Code::NotFound)
        return outcome.error();
    auto knowledge = outcomes.listKnowledge(requestId);
    if (!knowledge)
        return knowledge.error();
    sheet.knowledge = *knowledge;
    auto taxonomy = TopicRepository(*m_db).list();
    if (!taxonomy)
        return taxonomy.error();
    sheet.taxonomy = *taxonomy;
    if (Status s = tx.commit(); !s)
        return s.error();
    return sheet;
}

Result<QVector<KnowledgeEntry>> OfficeService::knowledge(qint64 requestId)
{
    return OutcomeRepository(*m_db).listKnowledge(requestId);
}

Status OfficeService::validateKnowledge(const KnowledgeEntry &entry)
{
    return OutcomeRepository::validateRecordedKnowledge(entry);
}

// --- writes ---

Result<OutcomeRecorder::Changes> OfficeService::recordOutcome(qint64 requestId, const OutcomeRecorder::Changes &changes,
                                                              OutcomeRecorder::Failure *failure)
{
    return run<OutcomeRecorder::Changes>([&](OfficeChange &change) -> Result<OutcomeRecorder::Changes> {
        auto stored = OutcomeRecorder(*m_db).save(requestId, changes, failure);
        if (!stored || stored->isEmpty())
            return stored;
        for (const Engagement &e : std::as_const(stored->engagements))
            change.add(OfficeChange::Kind::Engagement, e.id).add(OfficeChange::Kind::Worker, e.workerId);
        if (stored->outcome || !stored->knowledge.isEmpty())
            change.add(OfficeChange::Kind::Outcome, requestId);
        return stored;
    });
}

Result<KnowledgeEntry> OfficeService::saveKnowledge(const KnowledgeEntry &entry)
{
    return run<KnowledgeEntry>([&](OfficeChange &change) -> Result<KnowledgeEntry> {
        if (Status s = validateKnowledge(entry); !s)
            return s.error();
        auto saved = OutcomeRepository(*m_db).saveKnowledge(entry);
        if (saved)
            change.add(OfficeChange::Kind::Outcome, saved->requestId);
        return saved;
    });
}

} // namespace Kohtaamo
