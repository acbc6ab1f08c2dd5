#pragma once

#include "common/Result.h"
#include "domain/Engagement.h"
#include "domain/Invitation.h"
#include "domain/Request.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

class Database;

// Workers' confirmed participation in requests: when, whether they came, hours, fee and travel costs, payment,
// preparation and debrief. One engagement per worker and request. Every write is audited and version-checked.
class EngagementRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::EngagementRepository)
public:
    explicit EngagementRepository(Database &db);

    Result<Engagement> get(qint64 id);
    Result<QVector<Engagement>> listForRequest(qint64 requestId); // in the order they were made
    Result<QVector<Engagement>> listForWorker(qint64 workerId); // latest start first
    Result<QVector<Engagement>> listAll(); // one query, by request
    // Those of the requests whose ids lie from `first` to `last`, by request and id.
    Result<QVector<Engagement>> listForRequestIds(qint64 first, qint64 last);

    // Saves a new engagement (id 0) or changes one read at its version. Returns what was stored.
    Result<Engagement> save(const Engagement &engagement);

    // For the coordinator's "confirm": a planned engagement for every worker who accepted the request's invitation
    // and has none yet, timed by the chosen proposed time (else the earliest; the end from the request's duration
    // when the time has none) and paid the request's fee. All in one transaction, which joins the caller's: run it
    // in the same Transaction as RequestRepository::changeStatus(…, Confirmed) to confirm atomically.
    // Returns the engagements created (none when all exist). NotAllowed for a closed or cancelled request.
    Result<QVector<Engagement>> confirmFromInvitations(qint64 requestId);

    // One accepted invitation into the team of a confirmed request: a planned engagement at the request's time
    // (one cancelled earlier is planned again). Returns the engagement as it stands.
    Result<Engagement> engageFromInvitation(const Invitation &invitation, const Request &request);
    // Cancels the planned engagements of a request (of one worker, when workerId is not 0); returns them.
    Result<QVector<Engagement>> cancelPlanned(qint64 requestId, qint64 workerId = 0);
    // Moves the request's planned engagements to its time now (after a change of time); returns those moved.
    Result<QVector<Engagement>> moveToRequestTime(const Request &request);

    // When a request's meeting is: the chosen proposed time, else the earliest; a missing end from the duration.
    struct MeetingSlot
    {
        QDateTime starts;
        QDateTime ends;
        double hours = 0;
    };
    static MeetingSlot meetingSlot(const Request &request);
    // A planned engagement of `workerId` in the request at `slot`, paid the request's fee.
    static Engagement planned(const Request &request, const MeetingSlot &slot, qint64 invitationId, qint64 workerId);

    static Status validate(const Engagement &engagement);
    // The refusal of a second engagement of one worker in one request (also the import's, checked in memory).
    static Error alreadyEngaged(const QString &workerName);

private:
    Result<QVector<Engagement>> list(const QString &where, const QVariantList &binds, const QString &order);
    Status checkAgainstDatabase(const Engagement &engagement);
    Result<QString> label(qint64 requestId, qint64 workerId);

    Database &m_db;
};

} // namespace Kohtaamo
