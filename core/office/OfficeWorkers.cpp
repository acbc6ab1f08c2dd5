// OfficeService: the experience workers — the register's reads, a worker with their experiences, kinds of work and
// availability, their consents (recorded and withdrawn with the worker, in one transaction) and their history.
#include "OfficeRun.h"

#include "repositories/ConsentRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/WorkerRepository.h"

namespace Kohtaamo {

namespace {
void addConsent(OfficeChange &c, const Consent &consent)
{
    // The register shows whether a consent to be contacted holds: a consent changes its worker's line too.
    c.add(OfficeChange::Kind::Consent, consent.id).add(OfficeChange::Kind::Worker, consent.workerId);
}

void addRecorded(OfficeChange &c, const Consent &consent)
{
    addConsent(c, consent);
    if (consent.supersedesId != 0)
        c.add(OfficeChange::Kind::Consent, consent.supersedesId); // withdrawn by the new one
}
} // namespace

// --- reads ---

Result<Worker> OfficeService::worker(qint64 id)
{
    return WorkerRepository(*m_db).get(id);
}

Result<QVector<Consent>> OfficeService::consents(qint64 workerId)
{
    return ConsentRepository(*m_db).listForWorker(workerId);
}

Result<WorkerHistory> OfficeService::workerHistory(qint64 workerId)
{
    // One consistent picture: an answer recorded meanwhile shows in both lists or in neither.
    Transaction tx(*m_db, Database::Access::ReadOnly);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    WorkerHistory history;
    auto invitations = InvitationRepository(*m_db).listForWorker(workerId);
    if (!invitations)
        return invitations.error();
    auto engagements = EngagementRepository(*m_db).listForWorker(workerId);
    if (!engagements)
        return engagements.error();
    history.invitations = *invitations;
    history.engagements = *engagements;
    RequestRepository requests(*m_db);
    const auto read = [&](qint64 requestId) {
        if (history.requests.contains(requestId))
            return;
        if (auto request = requests.get(requestId))
            history.requests.insert(requestId, *request);
    };
    for (const Invitation &i : std::as_const(history.invitations))
        read(i.requestId);
    for (const Engagement &e : std::as_const(history.engagements))
        read(e.requestId);
    if (Status s = tx.commit(); !s)
        return s.error();
    return history;
}

Result<int> OfficeService::workerCount(const WorkerRegisterFilter &filter)
{
    return WorkerRegisterQuery(*m_db).count(filter);
}

Result<QVector<WorkerSummary>> OfficeService::workerPage(const WorkerRegisterFilter &filter,
                                                         const WorkerRegisterQuery::Sort &sort, int offset, int limit)
{
    return WorkerRegisterQuery(*m_db).fetch(filter, sort, offset, limit);
}

Result<int> OfficeService::workerPosition(const WorkerRegisterFilter &filter, const WorkerRegisterQuery::Sort &sort,
                                          qint64 workerId)
{
    return WorkerRegisterQuery(*m_db).positionOf(filter, sort, workerId);
}

Result<QStringList> OfficeService::workerLanguages()
{
    return WorkerRegisterQuery(*m_db).languages();
}

Result<QStringList> OfficeService::workerRegions()
{
    return WorkerRegisterQuery(*m_db).regions();
}

Status OfficeService::validateWorker(const Worker &worker)
{
    return WorkerRepository::validate(worker);
}

Status OfficeService::validateConsent(const Consent &consent)
{
    return ConsentRepository::validate(consent);
}

QString OfficeService::consentScopeName(ConsentScope scope)
{
    return ConsentRepository::scopeName(scope);
}

// --- writes ---

Result<Worker> OfficeService::saveWorker(const Worker &worker, const WorkerConsentChanges &consents)
{
    return run<Worker>([&](OfficeChange &change) -> Result<Worker> {
        // A coordinator of an organisation changes its workers only, and moves none into another organisation.
        if (worker.id != 0) {
            if (Status s = mayChangeWorker(worker.id); !s)
                return s.error();
        }
        if (Status s = mayChangeWorkersOf(worker.organisationId); !s)
            return s.error();
        auto saved = WorkerRepository(*m_db).save(worker);
        if (!saved)
            return saved;
        change.add(OfficeChange::Kind::Worker, saved->id);
        ConsentRepository repo(*m_db);
        // Withdrawals first: a new consent may not replace one that is being withdrawn.
        for (const WorkerConsentChanges::Withdrawal &w : consents.withdrawals) {
            auto stored = repo.get(w.consentId);
            if (!stored)
                return stored.error();
            if (stored->workerId != saved->id)
                return Error(Error::Code::InvalidInput,
                             tr("Consent #%1 is not one of %2's consents, so it cannot be withdrawn here.")
                                 .arg(w.consentId)
                                 .arg(saved->displayName),
                             QStringLiteral("consents"));
            auto withdrawn = repo.withdraw(w.consentId, w.expectedVersion, w.on);
            if (!withdrawn)
                return withdrawn.error();
            addConsent(change, *withdrawn);
        }
        for (const WorkerConsentChanges::NewConsent &n : consents.recorded) {
            Consent c = n.consent;
            c.workerId = saved->id;
            c.recordedBy = m_coordinator.id;
            auto recorded = repo.record(c, n.supersededVersion);
            if (!recorded)
                return recorded.error();
            addRecorded(change, *recorded);
        }
        return saved;
    });
}

Result<Consent> OfficeService::recordConsent(const Consent &consent, std::optional<int> supersededVersion)
{
    return run<Consent>([&](OfficeChange &change) -> Result<Consent> {
        if (Status s = mayChangeWorker(consent.workerId); !s)
            return s.error();
        Consent c = consent;
        c.recordedBy = m_coordinator.id;
        auto recorded = ConsentRepository(*m_db).record(c, supersededVersion);
        if (recorded)
            addRecorded(change, *recorded);
        return recorded;
    });
}

Result<Consent> OfficeService::withdrawConsent(qint64 consentId, int expectedVersion, const QDate &on)
{
    return run<Consent>([&](OfficeChange &change) -> Result<Consent> {
        auto stored = ConsentRepository(*m_db).get(consentId);
        if (!stored)
            return stored.error();
        if (Status s = mayChangeWorker(stored->workerId); !s)
            return s.error();
        auto withdrawn = ConsentRepository(*m_db).withdraw(consentId, expectedVersion, on);
        if (withdrawn)
            addConsent(change, *withdrawn);
        return withdrawn;
    });
}

Result<Worker> OfficeService::deactivateWorker(qint64 workerId, int expectedVersion)
{
    return run<Worker>([&](OfficeChange &change) -> Result<Worker> {
        WorkerRepository repo(*m_db);
        auto stored = repo.get(workerId);
        if (!stored)
            return stored;
        if (Status s = mayChangeWorkersOf(stored->organisationId); !s)
            return s.error();
        Worker w = *stored;
        w.version = expectedVersion; // a worker changed since it was read is a Conflict, not overwritten
        w.status = WorkerStatus::Left;
        auto saved = repo.save(w);
        if (saved)
            change.add(OfficeChange::Kind::Worker, saved->id);
        return saved;
    });
}

} // namespace Kohtaamo
