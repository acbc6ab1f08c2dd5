#pragma once

#include "common/Result.h"
#include "domain/Invitation.h"
#include "domain/InvitationEvent.h"

#include <QCoreApplication>
#include <QVector>

#include <functional>
#include <optional>

namespace Kohtaamo {

class Database;

// Workers asked to take part in a request, and what they answered. A worker is invited to a request once; later
// answers, reminders, withdrawal and a renewed invitation change that one invitation, and each step is kept in its
// history (invitation_events). Every write is audited and version-checked.
class InvitationRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::InvitationRepository)
public:
    explicit InvitationRepository(Database &db);

    Result<Invitation> get(qint64 id);
    Result<QVector<Invitation>> listForRequest(qint64 requestId); // in the order they were made
    Result<QVector<Invitation>> listForWorker(qint64 workerId); // latest first
    Result<QVector<Invitation>> listAll(); // one query, by request
    // Every invitation's story in one query: by invitation, each oldest first.
    Result<QVector<InvitationEvent>> listAllHistory();
    // The same for the requests whose ids lie from `first` to `last` (an export a slice of requests at a time).
    Result<QVector<Invitation>> listForRequestIds(qint64 first, qint64 last); // by request, id
    Result<QVector<InvitationEvent>> historyForRequestIds(qint64 first, qint64 last); // by invitation, id
    Result<int> acceptedCount(qint64 requestId);

    // Invites a worker. InvalidInput when the worker is already invited to the request (naming the worker) or the
    // request or worker does not exist; NotAllowed when the request is held, closed or cancelled.
    Result<Invitation> create(const Invitation &invitation);
    // Records an invitation whose story is already known (an interchange import): `history`, oldest first, is stored
    // as given (times, coordinators, logins) instead of a new "invited" step. The checks of create(), and each event
    // must pass validateEvent().
    Result<Invitation> createWithHistory(const Invitation &invitation, const QVector<InvitationEvent> &history);
    // Changes an invitation read at its version (answers, reminders, notes); id 0 creates. The request and the
    // worker of an invitation cannot change.
    Result<Invitation> save(const Invitation &invitation);

    // Records the worker's answer, at `at` (now if invalid). A decline stores the reason given; the reason of an
    // earlier decline is kept when the answer changes later, and every answer with its reason stays in history().
    Result<Invitation> recordResponse(qint64 id, int expectedVersion, InvitationResponse response,
                                      const QString &declineReason = {}, const QDateTime &at = {});
    // Sends a withdrawn invitation again (pending, sent at `at`, reminders from zero); the history keeps the first.
    // NotAllowed unless withdrawn.
    Result<Invitation> reinvite(qint64 id, int expectedVersion, InvitationChannel channel, const QDateTime &at = {});
    // Keeps an accepted worker in reserve (the team was full), or takes them into the team.
    Result<Invitation> setReserve(qint64 id, int expectedVersion, bool reserve);
    // The invitation's story, oldest first.
    Result<QVector<InvitationEvent>> history(qint64 invitationId);
    // Counts a reminder sent at `at` (now if invalid). NotAllowed after a decline or a withdrawal.
    Result<Invitation> logReminder(qint64 id, int expectedVersion, const QDateTime &at = {});
    // The coordinator takes the invitation back (enough workers, plans changed). NotAllowed after a decline.
    Result<Invitation> withdraw(qint64 id, int expectedVersion, const QString &reason = {});

    static Status validate(const Invitation &invitation);
    // An event needs its time; an answer names the answer given, other events none. The detail names the field.
    static Status validateEvent(const InvitationEvent &event);
    // The refusal of a second invitation of one worker to one request (also the import's, checked in memory).
    static Error alreadyInvited(const QString &workerName, const QString &reference);

private:
    Result<QVector<Invitation>> list(const QString &where, const QVariantList &binds, const QString &order);
    Result<QString> label(qint64 requestId, qint64 workerId);
    Result<Invitation> loadForChange(qint64 id, int expectedVersion);
    // Inserts a new invitation after create()'s checks, then its first history with `writeHistory(id)`.
    Result<Invitation> insert(const Invitation &invitation, const std::function<Status(qint64)> &writeHistory);
    // A step taken now by the acting coordinator (at `at`, now if invalid).
    Status addEvent(qint64 invitationId, InvitationEventKind kind, std::optional<InvitationResponse> response,
                    const QString &reason, const QDateTime &at);
    Status storeEvent(qint64 invitationId, const InvitationEvent &event);
    // One step of an invitation's story: `change` edits the invitation read at expectedVersion and says what to
    // record in its history; saved with its event in one transaction.
    struct Step
    {
        InvitationEventKind kind;
        std::optional<InvitationResponse> response;
        QString reason;
        QDateTime at; // now if invalid
        bool changes = true; // false: nothing to store
    };
    Result<Invitation> applyStep(qint64 id, int expectedVersion,
                                 const std::function<Result<Step>(Invitation &)> &change);

    Database &m_db;
};

} // namespace Kohtaamo
