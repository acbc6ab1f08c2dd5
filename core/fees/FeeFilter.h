#pragma once

#include <QDate>
#include <QVector>

namespace Kohtaamo {

// Which fees the "Fees to pay" list shows: a period of held dates (either end open), the worker's organisation, one
// worker, due or paid fees or both, one payment batch, one request, or given engagements.
struct FeeFilter
{
    enum class State { Due, Paid, All };

    QDate from; // held on or after (invalid: no lower bound)
    QDate to; // held on or before (invalid: no upper bound)
    qint64 organisationId = 0; // the worker's organisation; 0 = any
    qint64 workerId = 0; // 0 = any
    State state = State::Due;
    qint64 batchId = 0; // paid in this batch; 0 = any
    QVector<qint64> engagementIds; // only these; empty = any
    qint64 requestId = 0; // 0 = any
};

} // namespace Kohtaamo
