#pragma once

#include "WorkerErasure.h"

#include <QDate>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace Kohtaamo {

// What the office's retention rules (Settings ▸ Retention, docs/data-protection.md) find due today, for an admin to
// confirm (OfficeService::retentionDue, applyRetention).
struct RetentionDue
{
    struct Worker
    {
        qint64 id = 0;
        int version = 0;
        QString name;
        QDate leftOn;
    };

    QDate today;
    int leftYears = 0; // 0 = the rule is off
    int auditYears = 0; // 0 = the rule is off
    QDate leftBefore; // workers who left before this day are due; invalid when the rule is off
    QVector<Worker> workers; // by the day they left, then id
    QDateTime auditBefore; // audit entries written before this instant are due; invalid when the rule is off
    int auditEntries = 0; // entries before auditBefore that still hold personal values
    QDateTime auditFirst, auditLast; // the oldest and newest of them

    bool isEmpty() const { return workers.isEmpty() && auditEntries == 0; }
};

// What applying retention did.
struct RetentionRun
{
    QVector<WorkerErasure> erasures;
    int auditEntriesPruned = 0;
};

} // namespace Kohtaamo
