#pragma once

#include "matching/RankingWeights.h"

#include <QCoreApplication>

namespace Kohtaamo {

// What each ranking weight does, in one plain line for the settings page, and the unit it is counted in.
class RankingWeightTexts
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::RankingWeightTexts)
public:
    enum class Unit { Points, Days, Percent };

    static QString explanation(RankingWeights::Key key);
    static Unit unit(RankingWeights::Key key);
    // " points", " days", " %": the spin box suffix.
    static QString suffix(Unit unit);
    // The score part the weight belongs to ("Experience", "Fair rotation" …), for grouping.
    static QString group(RankingWeights::Key key);
};

} // namespace Kohtaamo
