#pragma once

#include <QString>

#include <optional>

namespace Kohtaamo {

// A worker's fees in one year against their annual earnings ceiling (the same ceiling the ranking warns about).
// Earnings are the fees paid in the year (by payment date); travel costs are reimbursements and do not count.
struct WorkerFeeYear
{
    qint64 workerId = 0;
    QString workerName;
    int year = 0;
    qint64 paidCents = 0; // fees paid in the year
    qint64 dueCents = 0; // fees due now (any year), not yet paid
    std::optional<qint64> ceilingCents; // none recorded: no limit

    bool crossed() const { return ceilingCents && paidCents > *ceilingCents; }
};

// Marking a batch paid would take a worker's fees of the year over their ceiling.
struct FeeCeilingWarning
{
    qint64 workerId = 0;
    QString workerName;
    int year = 0;
    qint64 paidCents = 0; // paid in the year before this batch
    qint64 batchCents = 0; // this batch's fees for the worker
    qint64 ceilingCents = 0;
    QString text; // translated, for the coordinator
};

} // namespace Kohtaamo
