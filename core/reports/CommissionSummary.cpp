#include "CommissionSummary.h"

#include "ResultsReport.h"
#include "repositories/ConsentRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/FundedActivityRepository.h"
#include "repositories/OutcomeRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/TopicRepository.h"
#include "repositories/WorkerRepository.h"

#include <QHash>

#include <algorithm>

namespace Kohtaamo {

CommissionSummaryReader::CommissionSummaryReader(Database &db) : m_db(db) { }

Result<CommissionSummaryData> CommissionSummaryReader::read(qint64 requestId, const QString &language, const QDate &on)
{
    auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return request.error();
    const Request &r = *request;
    CommissionSummaryData s;
    s.requestId = r.id;
    s.reference = r.reference;
    s.title = r.title;
    s.description = r.description;
    s.requesterName = r.requesterName;
    s.requesterUnit = r.requesterUnit;
    s.requesterSector = r.requesterSector.isEmpty() ? QString() : ResultsReport::sectorName(r.requesterSector);
    s.workDate = r.workDate();
    s.deadline = r.deadline;
    s.remote = r.remote;
    s.place = r.place;
    s.region = r.region;
    s.workersNeeded = r.workersNeeded;
    s.status = r.status;
    for (const DateOption &o : r.dateOptions) {
        if (o.chosen || !s.starts.isValid() || o.starts < s.starts) {
            s.starts = o.starts;
            s.ends = o.ends;
        }
        if (o.chosen)
            break;
    }

    TopicRepository topics(m_db);
    auto types = topics.listServiceTypes();
    if (!types)
        return types.error();
    s.kindOfWork = r.serviceType;
    for (const ServiceType &t : std::as_const(*types)) {
        if (t.code == r.serviceType)
            s.kindOfWork = t.name(language);
    }
    auto taxonomy = topics.list();
    if (!taxonomy)
        return taxonomy.error();
    QHash<qint64, QString> topicNames;
    for (const Topic &t : std::as_const(*taxonomy))
        topicNames.insert(t.id, t.name(language));
    for (TopicWeight weight : { TopicWeight::Primary, TopicWeight::Secondary }) {
        for (const RequestTopic &t : r.topics) {
            if (t.weight == weight)
                s.topics << topicNames.value(t.topicId);
        }
    }
    if (r.fundedActivityId != 0) {
        auto activity = FundedActivityRepository(m_db).get(r.fundedActivityId);
        if (!activity)
            return activity.error();
        s.fundedActivity = activity->name;
    }

    auto history = RequestRepository(m_db).statusHistory(r.id);
    if (!history)
        return history.error();
    for (const RequestStatusChange &c : std::as_const(*history))
        s.history.append({ c.to, c.changedAt });

    // Who took part: every engagement not cancelled (those who did not come are left out once the outcome says so).
    auto engagements = EngagementRepository(m_db).listForRequest(r.id);
    if (!engagements)
        return engagements.error();
    for (const Engagement &e : std::as_const(*engagements)) {
        if (e.attendance == Attendance::Cancelled || e.attendance == Attendance::NoShow)
            continue;
        if (e.attendance == Attendance::Attended) {
            s.hours += e.hours;
            if (!e.feeDeclined)
                s.feesCents += e.feeCents;
            s.travelCents += e.travelCents;
        }
        auto worker = WorkerRepository(m_db).get(e.workerId);
        if (!worker)
            return worker.error();
        auto consents = ConsentRepository(m_db).listForWorker(e.workerId);
        if (!consents)
            return consents.error();
        bool mayBeNamed = false;
        for (const Consent &c : std::as_const(*consents))
            mayBeNamed = mayBeNamed || (c.scope == ConsentScope::PublicAppearance && c.isValidOn(on));
        // As the confirmation to the requester names them (mail/MessageComposer): the name they use, with consent.
        if (mayBeNamed)
            s.namedWorkers << worker->displayName;
        else
            ++s.unnamedWorkers;
    }

    OutcomeRepository outcomes(m_db);
    auto outcome = outcomes.outcomeForRequest(r.id);
    if (outcome) {
        s.outcomeRecorded = true;
        s.heldOn = outcome->heldOn;
        s.outcomeSummary = outcome->summary;
        s.requesterFeedback = outcome->requesterFeedback;
        s.audienceSize = outcome->audienceSize;
    } else if (outcome.error().code != Error::Code::NotFound) {
        return outcome.error();
    }
    auto knowledge = outcomes.listKnowledge(r.id);
    if (!knowledge)
        return knowledge.error();
    for (const KnowledgeEntry &k : std::as_const(*knowledge)) {
        CommissionSummaryData::Knowledge entry;
        entry.recordedOn = k.recordedOn;
        entry.text = k.text;
        entry.phase = k.phase;
        entry.criticalPoint = k.criticalPoint;
        for (qint64 topic : k.topicIds)
            entry.topics << topicNames.value(topic);
        s.knowledge.prepend(entry); // listKnowledge gives the latest first
    }
    return s;
}

} // namespace Kohtaamo
