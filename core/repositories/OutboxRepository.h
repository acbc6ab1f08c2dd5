#pragma once

#include "common/Result.h"
#include "mail/OutboxMessage.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

class Database;

// The office's outbox (outbox_messages): messages stored as drafts, approved (queued), and marked sent or failed.
// Every write is audited through RecordStore.
class OutboxRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::OutboxRepository)
public:
    explicit OutboxRepository(Database &db);

    Result<OutboxMessage> get(qint64 id);
    Result<QVector<OutboxMessage>> list(const OutboxFilter &filter); // oldest first
    Result<OutboxCounts> counts(qint64 requestId = 0);
    // The UID this worker's calendar entry for the request already has (empty: none yet) and its largest SEQUENCE.
    Result<QString> calendarUid(qint64 requestId, qint64 workerId);
    Result<int> largestSequence(const QString &uid); // -1 when no message carries the UID

    // (request, worker) pairs due a reminder by e-mail: invited by e-mail and unanswered since before `staleBefore`
    // (the request still open), or in a team whose meeting starts in [teamFrom, teamTo); in both cases without a
    // reminder to them about the request written since `remindedSince`.
    struct Due
    {
        qint64 requestId = 0;
        qint64 workerId = 0;
        qint64 invitationId = 0;
        int invitationVersion = 0;
        bool unanswered = false; // else: the meeting is near
    };
    Result<QVector<Due>> dueReminders(const QDateTime &staleBefore, const QDateTime &staleRemindedSince,
                                      const QDateTime &teamFrom, const QDateTime &teamTo,
                                      const QDateTime &teamRemindedSince);

    // A new message (state and texts as given, created by the acting coordinator); returns it as stored.
    Result<OutboxMessage> insert(const OutboxMessage &message);
    // Moving an office (interchange import): the message as it was, its state, attempts, times, Message-ID and
    // calendar UID and sequence included; the invitation is found by the request and the worker.
    Result<OutboxMessage> restore(const OutboxMessage &message);
    // Moves a draft to queued, with the coordinator's own subject and text. Sent messages are never changed.
    Result<OutboxMessage> approve(qint64 id, int expectedVersion, const QString &subject, const QString &body);
    Status remove(qint64 id, int expectedVersion); // a draft or failed message the coordinator does not want sent

    // Takes the row lock of a queued or failed message for sending, inside the caller's transaction: false when it is
    // sent already (or was made a draft again), so no two senders ever send it.
    Result<bool> claimForSending(qint64 id);
    Result<OutboxMessage> markSent(qint64 id, int expectedVersion, int attempts, const QDateTime &at);
    Result<OutboxMessage> markFailed(qint64 id, int expectedVersion, int attempts, const QString &answer);

private:
    Result<QVector<OutboxMessage>> load(const QString &where, const QVariantList &binds);
    Database &m_db;
};

} // namespace Kohtaamo
