#include "ScorePart.h"

namespace Kohtaamo {

QString ScorePart::title(ScorePartKind kind)
{
    switch (kind) {
    case ScorePartKind::Experience:
        return QCoreApplication::translate("Kohtaamo::ScorePart", "Experience");
    case ScorePartKind::Willingness:
        return QCoreApplication::translate("Kohtaamo::ScorePart", "Willingness");
    case ScorePartKind::Availability:
        return QCoreApplication::translate("Kohtaamo::ScorePart", "Availability");
    case ScorePartKind::Rotation:
        return QCoreApplication::translate("Kohtaamo::ScorePart", "Fair rotation");
    case ScorePartKind::Wellbeing:
        return QCoreApplication::translate("Kohtaamo::ScorePart", "Wellbeing");
    case ScorePartKind::FeeCeiling:
        return QCoreApplication::translate("Kohtaamo::ScorePart", "Fee ceiling");
    }
    return {};
}

} // namespace Kohtaamo
