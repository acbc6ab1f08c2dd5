#pragma once

#include "MatchingData.h"
#include "SnapshotIndex.h"
#include "TopicTree.h"

#include <QHash>
#include <QVector>

namespace Kohtaamo {

// An immutable, indexed picture of everything the ranking reads, built once (from SnapshotLoader or from values in
// memory) and then ranked against many times: the topic tree with its ancestry, workers in id order with their
// experiences, consents, engagements and invitations in flat per-worker ranges (SnapshotIndex). Reading it from
// several threads at once is safe. Rows that refer to a worker or topic not in the snapshot are left out.
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

    // Sorted by worker, then by date and id.
    const QVector<Consent> &consents() const { return m_consents; }
    const QVector<Engagement> &engagements() const { return m_engagements; }
    const QVector<Invitation> &invitations() const { return m_invitations; }

    const SnapshotIndex &index() const { return m_index; }

private:
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
    std::vector<quint32> m_consentBegins, m_engagementBegins, m_invitationBegins; // per worker, into the vectors
    SnapshotIndex m_index;
};

} // namespace Kohtaamo
