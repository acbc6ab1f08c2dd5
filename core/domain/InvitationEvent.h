#pragma once

#include "EnumCodes.h"
#include "Invitation.h"

#include <QDateTime>
#include <QString>

namespace Kohtaamo {

enum class InvitationEventKind { Invited, Answered, Withdrawn, InvitedAgain, Reserve, JoinedTeam };

inline constexpr EnumCodeTable<InvitationEventKind, 6> kInvitationEventKindCodes { {
    { InvitationEventKind::Invited, "invited" },
    { InvitationEventKind::Answered, "answered" },
    { InvitationEventKind::Withdrawn, "withdrawn" },
    { InvitationEventKind::InvitedAgain, "invited_again" },
    { InvitationEventKind::Reserve, "reserve" },
    { InvitationEventKind::JoinedTeam, "joined_team" },
} };
inline QString toCode(InvitationEventKind k)
{
    return enumToCode(kInvitationEventKindCodes, k);
}
inline std::optional<InvitationEventKind> invitationEventKindFromCode(const QString &c)
{
    return enumFromCode(kInvitationEventKindCodes, c);
}

// One step in an invitation's story, oldest first: sent, answered (each answer, with a decline's reason), withdrawn,
// sent again, kept in reserve or taken into the team. Never changed or removed, so a changed answer never erases the
// earlier one.
struct InvitationEvent
{
    qint64 id = 0;
    qint64 invitationId = 0;
    QDateTime at;
    InvitationEventKind kind = InvitationEventKind::Invited;
    std::optional<InvitationResponse> response; // for Answered
    QString reason; // a decline's or withdrawal's reason
    qint64 coordinatorId = 0; // 0 = not known (before schema 7, or no coordinator record)
    QString actor; // the login that did it
};

} // namespace Kohtaamo
