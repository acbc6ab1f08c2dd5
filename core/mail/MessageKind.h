#pragma once

#include "domain/EnumCodes.h"

namespace Kohtaamo {

// What a message of the office says; each kind has a template in every language (core/mail/MessageTemplates).
enum class MessageKind {
    Invitation, // to a worker, with the calendar entry (METHOD:REQUEST)
    Reminder, // to a worker who has not answered, or before the day
    Change, // to a worker: a new time or place, with the updated calendar entry (SEQUENCE + 1)
    Cancellation, // to a worker: the request cancelled or the invitation withdrawn (METHOD:CANCEL)
    WorkerConfirmation, // to a worker in the team
    RequesterConfirmation, // to the requester: who is coming (only workers who consented to be named)
    ThankYou, // to a worker after the meeting
};

inline constexpr EnumCodeTable<MessageKind, 7> kMessageKindCodes { {
    { MessageKind::Invitation, "invitation" },
    { MessageKind::Reminder, "reminder" },
    { MessageKind::Change, "change" },
    { MessageKind::Cancellation, "cancellation" },
    { MessageKind::WorkerConfirmation, "worker_confirmation" },
    { MessageKind::RequesterConfirmation, "requester_confirmation" },
    { MessageKind::ThankYou, "thank_you" },
} };

inline QString toCode(MessageKind k)
{
    return enumToCode(kMessageKindCodes, k);
}

inline std::optional<MessageKind> messageKindFromCode(const QString &c)
{
    return enumFromCode(kMessageKindCodes, c);
}

// Where a message of the outbox stands. Drafts wait for the coordinator to read (and perhaps edit) them; queued ones
// go with the next send; a failed one keeps the server's answer and goes again with the next send.
enum class OutboxState { Draft, Queued, Sent, Failed };

inline constexpr EnumCodeTable<OutboxState, 4> kOutboxStateCodes { {
    { OutboxState::Draft, "draft" },
    { OutboxState::Queued, "queued" },
    { OutboxState::Sent, "sent" },
    { OutboxState::Failed, "failed" },
} };

inline QString toCode(OutboxState s)
{
    return enumToCode(kOutboxStateCodes, s);
}

inline std::optional<OutboxState> outboxStateFromCode(const QString &c)
{
    return enumFromCode(kOutboxStateCodes, c);
}

} // namespace Kohtaamo
