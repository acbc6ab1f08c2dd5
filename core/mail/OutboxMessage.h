#pragma once

#include "MessageKind.h"

#include <QByteArray>
#include <QDateTime>
#include <QString>
#include <QVector>

#include <optional>

namespace Kohtaamo {

// One message of the office's outbox (table outbox_messages), or a preview of one (id 0).
struct OutboxMessage
{
    qint64 id = 0;
    int version = 0;
    qint64 requestId = 0;
    qint64 invitationId = 0; // 0 = none (a message to the requester)
    qint64 workerId = 0; // 0 = none
    MessageKind kind = MessageKind::Invitation;
    QString recipientAddress;
    QString recipientName;
    QString language = QStringLiteral("fi");
    QString subject;
    QString body;
    QByteArray ics; // the calendar file (iCalendar text); empty = none
    QString icsUid;
    int icsSequence = 0;
    QString messageId; // "<…@…>", the same for every attempt
    OutboxState state = OutboxState::Draft;
    int attempts = 0;
    QString lastError; // the server's answer to the last failed attempt
    QDateTime createdAt;
    QDateTime queuedAt;
    QDateTime sentAt;
    qint64 createdBy = 0; // coordinator id, 0 = a tool

    bool cancelsEntry() const { return kind == MessageKind::Cancellation; }
};

// Which messages of the outbox to list: all, or one request's, in one state.
struct OutboxFilter
{
    qint64 requestId = 0; // 0 = every request
    std::optional<OutboxState> state;
};

// How many messages wait or failed, for Today ("3 messages could not be sent").
struct OutboxCounts
{
    int drafts = 0;
    int queued = 0;
    int failed = 0;
    int sent = 0;
};

// What one sendOutbox() did.
struct OutboxSendReport
{
    int sent = 0;
    int failed = 0;
    QVector<qint64> sentIds;
    QVector<qint64> failedIds;
    QString lastError; // the server's last answer to a failure
};

} // namespace Kohtaamo
