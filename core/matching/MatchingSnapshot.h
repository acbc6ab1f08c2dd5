#pragma once

#include "MatchingData.h"
#include "SnapshotIndex.h"
#include "TopicTree.h"

#include <QByteArray>
#include <QHash>
#include <QSet>
#include <QVector>

#include <limits>
#include <utility>
#include <vector>

namespace Kohtaamo {

// An immutable, indexed picture of everything the ranking reads, built once (from SnapshotLoader or from values in
// memory) and then ranked against many times: the topic tree with its ancestry, workers in id order with their
// experiences, consents, engagements and invitations in one block each (SnapshotIndex). Reading it from several
// threads at once is safe. Rows that refer to a worker or topic not in the snapshot are left out.
//
// It keeps only what the ranking reads and what its explanations name: the arena of facts, and of each worker, request
// and history row the few values an explanation or a change needs (a worker's id, organisation and displayed name; a
// request's reference, title and topics; a row's id, request and start). The domain values it is built from are not
// kept: on 50,000 workers with a year of 200,000 requests they were two thirds of its memory.
//
// It can be kept warm (MatchingService): applyRequests() and applyWorkers() replace the rows of some requests and
// workers with what was read again, without touching the others; the ranking is then the one a fresh build from the
// same data gives. Replaced rows stay behind (the per-worker ranges skip them) until wastedShare() says a fresh build
// is due.
class MatchingSnapshot
{
public:
    // What the snapshot keeps of a worker: what candidates and the excluded are named by.
    struct WorkerRow
    {
        qint64 id = 0;
        qint64 organisationId = 0;
        QString displayName; // told apart from namesakes (DistinctNames)
    };
    static constexpr qint64 kNoTime = std::numeric_limits<qint64>::min();
    // What it keeps of an engagement (cancelled ones too) and of an invitation besides the facts in the arena.
    struct EngagementRow
    {
        qint64 id = 0;
        qint64 requestId = 0;
        qint64 startsMSecs = kNoTime; // milliseconds since the epoch
    };
    struct InvitationRow
    {
        qint64 id = 0;
        qint64 requestId = 0;
    };

    MatchingSnapshot() = default;
    explicit MatchingSnapshot(MatchingData data);

    MatchingSnapshot(MatchingSnapshot &&) noexcept = default;
    MatchingSnapshot &operator=(MatchingSnapshot &&) noexcept = default;
    MatchingSnapshot(const MatchingSnapshot &) = delete;
    MatchingSnapshot &operator=(const MatchingSnapshot &) = delete;

    const TopicTree &topics() const { return m_topics; }

    const std::vector<WorkerRow> &workers() const { return m_workers; } // in id order
    int workerCount() const { return int(m_workers.size()); }
    int workerIndex(qint64 workerId) const { return m_workerIndex.value(workerId, -1); }
    const WorkerRow *worker(qint64 workerId) const;
    // A worker's consents as the ranking knows them, by the day they were given: id, worker, scope and the days
    // (given, expires, withdrawn); nothing else is kept.
    QVector<Consent> consentsOf(qint64 workerId) const;
    // A worker's engagements (by start) and invitations (by sending) in the history window.
    std::vector<EngagementRow> engagementsOf(qint64 workerId) const;
    std::vector<InvitationRow> invitationsOf(qint64 workerId) const;
    const EngagementRow &engagementRow(int row) const { return m_engagements[std::size_t(row)]; }

    // The requests: those the histories refer to and the open ones, in id order, by dense index.
    int requestCount() const { return int(m_requests.size()); }
    int requestIndex(qint64 requestId) const;
    qint64 requestId(int request) const { return m_requests[std::size_t(request)].id; }
    QString requestReference(int request) const;
    QString requestTitle(int request) const;
    int requestByReference(const QString &reference) const; // -1 = none; reads every reference (for tools and tests)

    const QVector<ServiceType> &serviceTypes() const { return m_serviceTypes; }
    const ServiceType *serviceType(const QString &code) const;
    const QVector<Organisation> &organisations() const { return m_organisations; } // in id order
    const Organisation *organisation(qint64 organisationId) const;

    // Replaces (or adds) these requests, by id (their id, reference, title and topics are what is kept). False, with
    // nothing changed, when a new request's id is below the last one (indexes would move): build afresh then.
    bool applyRequests(const QVector<MatchingRequest> &requests);
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

    const SnapshotIndex &index() const { return m_index; }

private:
    struct Scratch;
    struct History; // one worker's domain rows, while its block is laid
    struct Range
    {
        quint32 begin = 0, end = 0;
    };
    struct RequestRow
    {
        qint64 id = 0;
        quint32 text = 0; // reference then title, UTF-8, in m_requestText
        quint32 referenceBytes = 0;
        quint32 titleBytes = 0;
    };
    // Lays the worker's block at the end of the arena from its record and rows, and keeps what the snapshot keeps of
    // them.
    void layWorker(int w, const Worker &record, const History &history, Scratch &scratch);
    RequestRow requestRow(const MatchingRequest &request);
    void appendDenseTopics(const MatchingRequest &request, std::vector<qint32> &into) const;
    void appendRequest(const MatchingRequest &request); // after the last, with its topics
    void setRequestTopics(const std::vector<std::pair<int, std::vector<qint32>>> &changed);

    TopicTree m_topics;
    QVector<ServiceType> m_serviceTypes;
    QVector<Organisation> m_organisations;
    std::vector<WorkerRow> m_workers;
    QHash<qint64, int> m_workerIndex;
    std::vector<RequestRow> m_requests; // in id order
    QByteArray m_requestText;
    std::vector<qint64> m_consentIds; // per worker range; the rest is in the arena's ConsentFacts
    std::vector<EngagementRow> m_engagements;
    std::vector<InvitationRow> m_invitations;
    std::vector<Range> m_consentRanges, m_engagementRanges, m_invitationRanges; // per worker, into the vectors
    std::size_t m_wastedRows = 0, m_wastedLines = 0; // replaced by applyWorkers()
    SnapshotIndex m_index;
};

} // namespace Kohtaamo
