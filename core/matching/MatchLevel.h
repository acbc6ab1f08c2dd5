#pragma once

#include "domain/EnumCodes.h"

#include <QCoreApplication>

namespace Kohtaamo {

// How closely one of a worker's experience topics meets a requested topic through the taxonomy, best last.
// Narrower: the worker's topic lies below the requested one (more specific); Broader: above it; Sibling: both share a
// parent (top-level topics are not siblings of one another).
enum class MatchLevel { None, Sibling, Broader, Narrower, Exact };

inline constexpr EnumCodeTable<MatchLevel, 5> kMatchLevelCodes { {
    { MatchLevel::None, "none" },
    { MatchLevel::Sibling, "sibling" },
    { MatchLevel::Broader, "broader" },
    { MatchLevel::Narrower, "narrower" },
    { MatchLevel::Exact, "exact" },
} };
inline QString toCode(MatchLevel l)
{
    return enumToCode(kMatchLevelCodes, l);
}

} // namespace Kohtaamo
