#pragma once

#include "Candidate.h"
#include "ExclusionReason.h"

#include <QVector>

namespace Kohtaamo {

// One worker measured against one request, whether eligible or not: "why is she not on the list?"
struct WorkerAssessment
{
    Candidate candidate; // the score as it would be, even when excluded
    QVector<Exclusion> exclusions; // empty = eligible

    bool eligible() const { return exclusions.isEmpty(); }
};

} // namespace Kohtaamo
