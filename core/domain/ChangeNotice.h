#pragma once

#include "EnumCodes.h"

#include <QDateTime>

namespace Kohtaamo {

enum class ChangeNoticeKind { Rescheduled, Cancelled };

inline constexpr EnumCodeTable<ChangeNoticeKind, 2> kChangeNoticeKindCodes { {
    { ChangeNoticeKind::Rescheduled, "rescheduled" },
    { ChangeNoticeKind::Cancelled, "cancelled" },
} };
inline QString toCode(ChangeNoticeKind k)
{
    return enumToCode(kChangeNoticeKindCodes, k);
}
inline std::optional<ChangeNoticeKind> changeNoticeKindFromCode(const QString &c)
{
    return enumFromCode(kChangeNoticeKindCodes, c);
}

// A worker who is to be told that a request they were invited to or engaged in moved or was cancelled. Open until
// doneAt is set (by the coordinator today; by the e-mail outbox once it sends the message).
struct ChangeNotice
{
    qint64 id = 0;
    qint64 requestId = 0;
    qint64 workerId = 0;
    ChangeNoticeKind kind = ChangeNoticeKind::Rescheduled;
    QDateTime createdAt;
    qint64 createdBy = 0; // coordinator
    QDateTime doneAt; // invalid = still to be told
};

} // namespace Kohtaamo
