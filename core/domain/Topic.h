#pragma once

#include <QString>

namespace Kohtaamo {

// A node of the editable topic taxonomy, e.g. Child protection > Placement > Emergency placement.
struct Topic
{
    // The deepest a topic may lie (1 = top level). The seeded taxonomy is three levels deep; an imported file that
    // goes deeper is refused, naming the first topic too deep.
    static constexpr int kMaxDepth = 10;

    qint64 id = 0;
    int version = 0;
    qint64 parentId = 0; // 0 = top level
    QString code; // stable key, e.g. "child_protection.placement.emergency"
    QString nameFi;
    QString nameSv;
    QString nameEn;
    bool heavy = false; // emotionally heavy (violence, losing a child ...): wellbeing rules apply
    bool retired = false; // stays on old records, leaves the pickers
    int sortOrder = 0;

    // The name in a UI language ("fi", "sv", anything else = English); falls back to English, then Finnish.
    QString name(const QString &language) const
    {
        const QString &n = language == QLatin1String("fi") ? nameFi : language == QLatin1String("sv") ? nameSv : nameEn;
        if (!n.isEmpty())
            return n;
        return nameEn.isEmpty() ? nameFi : nameEn;
    }
};

} // namespace Kohtaamo
