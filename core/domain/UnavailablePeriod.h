#pragma once

#include "EnumCodes.h"

#include <QDate>
#include <QString>

namespace Kohtaamo {

enum class UnavailableKind { Unavailable, RecoveryBreak };

inline constexpr EnumCodeTable<UnavailableKind, 2> kUnavailableKindCodes { {
    { UnavailableKind::Unavailable, "unavailable" },
    { UnavailableKind::RecoveryBreak, "recovery_break" },
} };
inline QString toCode(UnavailableKind k)
{
    return enumToCode(kUnavailableKindCodes, k);
}
inline std::optional<UnavailableKind> unavailableKindFromCode(const QString &c)
{
    return enumFromCode(kUnavailableKindCodes, c);
}

// A closed date range (both ends included) when the worker must not be asked.
struct UnavailablePeriod
{
    qint64 id = 0;
    QDate starts;
    QDate ends;
    UnavailableKind kind = UnavailableKind::Unavailable;
    QString reason;

    bool covers(const QDate &d) const { return d.isValid() && d >= starts && d <= ends; }

    friend bool operator==(const UnavailablePeriod &a, const UnavailablePeriod &b)
    {
        return a.starts == b.starts && a.ends == b.ends && a.kind == b.kind && a.reason == b.reason;
    }
};

} // namespace Kohtaamo
