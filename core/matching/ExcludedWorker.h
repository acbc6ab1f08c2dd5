#pragma once

#include "ExclusionReason.h"

#include <QVector>

namespace Kohtaamo {

// A worker the hard rules keep out of a ranking, with every reason that applied (not just the first).
struct ExcludedWorker
{
    qint64 workerId = 0;
    QString displayName;
    QVector<Exclusion> exclusions;

    bool has(ExclusionReason reason) const
    {
        for (const auto &e : exclusions) {
            if (e.reason == reason)
                return true;
        }
        return false;
    }
};

} // namespace Kohtaamo
