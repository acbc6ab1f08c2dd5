#pragma once

#include "EnumCodes.h"

namespace Kohtaamo {

// From which position a worker lived the experience.
enum class Perspective { Any, ChildOrYouth, Parent, Relative, Other };

inline constexpr EnumCodeTable<Perspective, 5> kPerspectiveCodes { {
    { Perspective::Any, "any" },
    { Perspective::ChildOrYouth, "child_youth" },
    { Perspective::Parent, "parent" },
    { Perspective::Relative, "relative" },
    { Perspective::Other, "other" },
} };

inline QString toCode(Perspective p)
{
    return enumToCode(kPerspectiveCodes, p);
}
inline std::optional<Perspective> perspectiveFromCode(const QString &c)
{
    return enumFromCode(kPerspectiveCodes, c);
}

} // namespace Kohtaamo
