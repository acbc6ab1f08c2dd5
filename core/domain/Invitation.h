#pragma once

#include "EnumCodes.h"

#include <QDateTime>
#include <QString>

namespace Kohtaamo {

enum class InvitationChannel { Email, Phone, Sms, InPerson, Other };
inline constexpr EnumCodeTable<InvitationChannel, 5> kInvitationChannelCodes { {
    { InvitationChannel::Email, "email" },
    { InvitationChannel::Phone, "phone" },
    { InvitationChannel::Sms, "sms" },
    { InvitationChannel::InPerson, "in_person" },
    { InvitationChannel::Other, "other" },
} };
inline QString toCode(InvitationChannel c)
{
    return enumToCode(kInvitationChannelCodes, c);
}
inline std::optional<InvitationChannel> invitationChannelFromCode(const QString &c)
{
    return enumFromCode(kInvitationChannelCodes, c);
}

enum class InvitationResponse { Pending, Accepted, Declined, NoReply, Withdrawn };
inline constexpr EnumCodeTable<InvitationResponse, 5> kInvitationResponseCodes { {
    { InvitationResponse::Pending, "pending" },
    { InvitationResponse::Accepted, "accepted" },
    { InvitationResponse::Declined, "declined" },
    { InvitationResponse::NoReply, "no_reply" },
    { InvitationResponse::Withdrawn, "withdrawn" },
} };
inline QString toCode(InvitationResponse r)
{
    return enumToCode(kInvitationResponseCodes, r);
}
inline std::optional<InvitationResponse> invitationResponseFromCode(const QString &c)
{
    return enumFromCode(kInvitationResponseCodes, c);
}

// A worker asked to take part in a request.
struct Invitation
{
    qint64 id = 0;
    int version = 0;
    qint64 requestId = 0;
    qint64 workerId = 0;
    QDateTime sentAt;
    InvitationChannel channel = InvitationChannel::Email;
    InvitationResponse response = InvitationResponse::Pending;
    QDateTime respondedAt;
    QString declineReason;
    int reminders = 0;
    QDateTime lastReminderAt;
    QString note;
    bool reserve = false; // accepted after the team was full, kept in reserve (no engagement)
};

} // namespace Kohtaamo
