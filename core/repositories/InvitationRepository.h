#pragma once

#include "common/Result.h"
#include "domain/Invitation.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

class Database;

// Workers asked to take part in a request, and what they answered. A worker is invited to a request once; later
// answers, reminders and withdrawal change that one invitation. Every write is audited and version-checked.
class InvitationRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::InvitationRepository)
public:
    explicit InvitationRepository(Database &db);

    Result<Invitation> get(qint64 id);
    Result<QVector<Invitation>> listForRequest(qint64 requestId); // in the order they were made
    Result<QVector<Invitation>> listForWorker(qint64 workerId);   // latest first
    Result<QVector<Invitation>> listAll();                        // one query, by request
    Result<int> acceptedCount(qint64 requestId);

    // Invites a worker. InvalidInput when the worker is already invited to the request (naming the worker) or the
    // request or worker does not exist; NotAllowed when the request is held, closed or cancelled.
    Result<Invitation> create(const Invitation &invitation);
    // Changes an invitation read at its version (answers, reminders, notes); id 0 creates. The request and the
    // worker of an invitation cannot change.
    Result<Invitation> save(const Invitation &invitation);

    // Records the worker's answer, at `at` (now if invalid). A decline stores the reason given; the reason of an
    // earlier decline is kept when the answer changes later.
    Result<Invitation> recordResponse(qint64 id, int expectedVersion, InvitationResponse response,
                                      const QString &declineReason = {}, const QDateTime &at = {});
    // Counts a reminder sent at `at` (now if invalid). NotAllowed after a decline or a withdrawal.
    Result<Invitation> logReminder(qint64 id, int expectedVersion, const QDateTime &at = {});
    // The coordinator takes the invitation back (enough workers, plans changed). NotAllowed after a decline.
    Result<Invitation> withdraw(qint64 id, int expectedVersion);

    static Status validate(const Invitation &invitation);

private:
    Result<QVector<Invitation>> list(const QString &where, const QVariantList &binds, const QString &order);
    Result<QString> label(qint64 requestId, qint64 workerId);
    Result<Invitation> loadForChange(qint64 id, int expectedVersion);

    Database &m_db;
};

} // namespace Kohtaamo
