#pragma once

#include <QString>
#include <QVector>

namespace Kohtaamo {

// Something still missing when a held request is about to be closed: the coordinator is told and decides.
struct CloseGap
{
    enum class Kind {
        Attendance, // nobody recorded whether the worker came
        Hours, // attended, no hours
        Debrief, // attended, no debrief
        FeeDecision, // attended, a fee or travel costs, neither due nor declined
    };
    Kind kind = Kind::Attendance;
    qint64 engagementId = 0;
    qint64 workerId = 0;
    QString workerName;
    QString text; // translated, names the worker
};

} // namespace Kohtaamo
