#pragma once

#include "domain/EnumCodes.h"

#include <QCoreApplication>
#include <QStringList>

#include <optional>

namespace Kohtaamo {

// The named parts of a candidate's score. Fit parts are zero or positive; rotation, wellbeing and fee ceiling are
// zero or negative (they protect the worker and spread the work).
enum class ScorePartKind { Experience, Willingness, Availability, Rotation, Wellbeing, FeeCeiling };

inline constexpr int kScorePartCount = 6;

inline constexpr EnumCodeTable<ScorePartKind, kScorePartCount> kScorePartCodes { {
    { ScorePartKind::Experience, "experience" },
    { ScorePartKind::Willingness, "willingness" },
    { ScorePartKind::Availability, "availability" },
    { ScorePartKind::Rotation, "rotation" },
    { ScorePartKind::Wellbeing, "wellbeing" },
    { ScorePartKind::FeeCeiling, "fee_ceiling" },
} };
inline QString toCode(ScorePartKind k)
{
    return enumToCode(kScorePartCodes, k);
}
inline std::optional<ScorePartKind> scorePartFromCode(const QString &code)
{
    return enumFromCode(kScorePartCodes, code);
}

// One part of a score in whole points, with the short reasons behind it ("Emergency placement — exact, as parent").
struct ScorePart
{
    ScorePartKind kind = ScorePartKind::Experience;
    int points = 0;
    QStringList reasons; // translated

    // The translated name of a part ("Experience", "Fair rotation" ...).
    static QString title(ScorePartKind kind);
};

} // namespace Kohtaamo
