#pragma once

#include "domain/EnumCodes.h"

#include <QString>

namespace Kohtaamo {

// Something the coordinator should see before inviting a candidate; flags do not exclude.
enum class CandidateFlag {
    NoRecentSupport, // no supervision or debrief on record within the support period (a year by default)
    HeavyTopicRecently, // engaged on the same heavy topic recently
    FeeCeilingCrossed, // this request's fee would take the year's fees over the worker's earnings ceiling
    NearFeeCeiling, // ... or close to it
};

inline constexpr EnumCodeTable<CandidateFlag, 4> kCandidateFlagCodes { {
    { CandidateFlag::NoRecentSupport, "no_recent_support" },
    { CandidateFlag::HeavyTopicRecently, "heavy_topic_recently" },
    { CandidateFlag::FeeCeilingCrossed, "fee_ceiling_crossed" },
    { CandidateFlag::NearFeeCeiling, "near_fee_ceiling" },
} };
inline QString toCode(CandidateFlag f)
{
    return enumToCode(kCandidateFlagCodes, f);
}

struct CandidateNote
{
    CandidateFlag flag = CandidateFlag::NoRecentSupport;
    QString text; // translated
};

} // namespace Kohtaamo
