#pragma once

#include "MatchingData.h"
#include "SnapshotIndex.h"
#include "TopicTree.h"

#include <QHash>
#include <QSet>
#include <QVector>

#include <vector>

namespace Kohtaamo {

// An immutable, indexed picture of everything the ranking reads, built once (from SnapshotLoader or from values in
// memory) and then ranked against many times: the topic tree with its ancestry, workers in id order with their
// experiences, consents, engagements and invitations in flat per-worker ranges (SnapshotIndex). Reading it from
// several threads at once is safe. Rows that refer to a worker or topic not in the snapshot are left out.
//
// It can be kept warm (MatchingService): applyRequests() and applyWorkers() replace the rows of some requests and
// workers with what was read again, without touching the others; the ranking is then the one a fresh build from the
// same data gives. Replaced rows stay behind in consents(), engagements() and invitations() (the per-worker ranges
// and consentsOf() etc. skip them) until wastedShare() says a fresh build is due.
class MatchingSnapshot
{
public:
    MatchingSnapshot() = default;
    explicit MatchingSnapshot(MatchingData data);

    MatchingSnapshot(MatchingSnapshot &&) noexcept = default;
    MatchingSnapshot &operator=(MatchingSnapshot &&) noexcept = default;
    MatchingSnapshot(const MatchingSnapshot &) = delete;
    MatchingSnapshot &operator=(const MatchingSnapshot &) = delete;

    const TopicTree &topics() const { return m_topics; }

    const QVector<Worker> &workers() const { return m_workers; } // in id order
    int workerCount() const { return m_workers.size(); }
    int workerIndex(qint64 workerId) const { return m_workerIndex.value(workerId, -1); }
    const Worker *worker(qint64 workerId) const;
    QVector<Consent> consentsOf(qint64 workerId) const;
    QVector<Engagement> engagementsOf(qint64 workerId) const;
    QVector<Invitation> invitationsOf(qint64 workerId) const;

    const QVector<Request> &requests() const { return m_requests; } // in id order
    const Request *request(qint64 requestId) const;
    const Request *requestByReference(const QString &reference) const;
    int requestIndex(qint64 requestId) const { return m_requestIndex.value(requestId, -1); }

    const QVector<ServiceType> &serviceTypes() const { return m_serviceTypes; }
    const ServiceType *serviceType(const QString &code) const;
    const QVector<Organisation> &organisations() const { return m_organisations; } // in id order
    const Organisation *organisation(qint64 organisationId) const;

    // Replaces (or adds) these requests, by id. False, with nothing changed, when a new request's id is below the
    // last one (indexes would move): build afresh then.
    bool applyRequests(const QVector<Request> &requests);
    // Replaces everything of the workers `part` names (part.workers: their records, their consents, engagements and
    // invitations, the whole of each worker's rows, as SnapshotLoader reads them); workers new since the build are
    // added. The requests their history refers to must be in the snapshot already (applyRequests). False, with
    // nothing changed, when a new worker's id is below the last one: build afresh then.
    bool applyWorkers(MatchingData part);
    // The workers whose rows name one of these consents, invitations or engagements, or an invitation or engagement
    // of one of these requests.
    QSet<qint64> workersConcerned(const QSet<qint64> &consentIds, const QSet<qint64> &invitationIds,
                                  const QSet<qint64> &engagementIds, const QSet<qint64> &requestIds) const;
    // Replaces the displayed names of some workers (their records otherwise unchanged).
    void renameWorkers(const QHash<qint64, QString> &names);
    // How much of what is stored is replaced rows, 0..1.
    double wastedShare() const;

    // Grouped by worker, then by date and id; rows replaced by applyWorkers() stay in place, out of any range.
    const QVector<Consent> &consents() const { return m_consents; }
    const QVector<Engagement> &engagements() const { return m_engagements; }
    const QVector<Invitation> &invitations() const { return m_invitations; }

    const SnapshotIndex &index() const { return m_index; }

private:
    struct Scratch;
    struct Range
    {
        quint32 begin = 0, end = 0;
    };
    static std::vector<Range> ranges(const std::vector<quint32> &begins);
    void layWorker(int w, Scratch &scratch); // writes the worker's block at the end of the arena
    void indexRequests();

    TopicTree m_topics;
    QVector<ServiceType> m_serviceTypes;
    QVector<Organisation> m_organisations;
    QVector<Worker> m_workers;
    QVector<Consent> m_consents;
    QVector<Request> m_requests;
    QVector<Invitation> m_invitations;
    QVector<Engagement> m_engagements;
    QHash<qint64, int> m_workerIndex;
    QHash<qint64, int> m_requestIndex;
    QHash<QString, int> m_requestByReference;
    std::vector<Range> m_consentRanges, m_engagementRanges, m_invitationRanges; // per worker, into the vectors
    std::size_t m_wastedRows = 0, m_wastedLines = 0; // replaced by applyWorkers()
    SnapshotIndex m_index;
};

} // namespace Kohtaamo
