#pragma once

#include "EnumCodes.h"

namespace Kohtaamo {

// The commission workflow: New -> Tagged -> Inviting -> Confirmed -> Held -> Closed; Cancelled from any state
// before Held. The rules live in RequestWorkflow (core/requests).
enum class RequestStatus { New, Tagged, Inviting, Confirmed, Held, Closed, Cancelled };

inline constexpr EnumCodeTable<RequestStatus, 7> kRequestStatusCodes { {
    { RequestStatus::New, "new" },
    { RequestStatus::Tagged, "tagged" },
    { RequestStatus::Inviting, "inviting" },
    { RequestStatus::Confirmed, "confirmed" },
    { RequestStatus::Held, "held" },
    { RequestStatus::Closed, "closed" },
    { RequestStatus::Cancelled, "cancelled" },
} };
inline QString toCode(RequestStatus s)
{
    return enumToCode(kRequestStatusCodes, s);
}
inline std::optional<RequestStatus> requestStatusFromCode(const QString &c)
{
    return enumFromCode(kRequestStatusCodes, c);
}

} // namespace Kohtaamo
