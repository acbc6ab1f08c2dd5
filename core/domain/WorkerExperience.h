#pragma once

#include "Perspective.h"

#include <QString>

namespace Kohtaamo {

// A lived experience a worker can draw on: a topic of the taxonomy seen from one perspective.
struct WorkerExperience
{
    qint64 id = 0;
    qint64 topicId = 0;
    Perspective perspective = Perspective::Other;
    QString note;

    friend bool operator==(const WorkerExperience &a, const WorkerExperience &b)
    {
        return a.topicId == b.topicId && a.perspective == b.perspective && a.note == b.note;
    }
};

} // namespace Kohtaamo
