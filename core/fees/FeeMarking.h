#pragma once

#include "FeeBatch.h"
#include "FeeCeiling.h"

#include <QDate>
#include <QVector>

namespace Kohtaamo {

// What the treasurer marks paid: engagements as read (id and version), the payment date and a note for the batch.
struct FeeMarking
{
    struct Item
    {
        qint64 engagementId = 0;
        int expectedVersion = 0;
    };
    QVector<Item> items;
    QDate paidOn;
    QString note;
    // The coordinator saw the ceiling warnings and marks paid all the same.
    bool acknowledgeCeiling = false;
};

// What came of marking: the batch made (id 0 when nothing was written because of unacknowledged warnings) and the
// ceiling warnings, shown to the coordinator either way.
struct FeeMarkingResult
{
    FeeBatch batch;
    QVector<FeeCeilingWarning> warnings;

    bool written() const { return batch.id != 0; }
};

} // namespace Kohtaamo
