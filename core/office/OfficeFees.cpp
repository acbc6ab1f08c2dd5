// OfficeService: fees followed to payment — the "Fees to pay" list, payment batches and the workers' earnings
// ceilings (the reads in fees/FeeQuery, the rules in fees/FeePayments).
#include "OfficeRun.h"

#include "fees/FeePayments.h"
#include "fees/FeeQuery.h"

namespace Kohtaamo {

// --- reads ---

Result<QVector<FeeRow>> OfficeService::feesToPay(const FeeFilter &filter)
{
    Transaction tx(*m_db, Database::Access::ReadOnly);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto rows = FeeQuery(*m_db).rows(filter);
    if (!rows)
        return rows.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return rows;
}

Result<QVector<FeeBatch>> OfficeService::feeBatches()
{
    return FeeQuery(*m_db).batches();
}

Result<WorkerFeeYear> OfficeService::workerFeeYear(qint64 workerId, int year)
{
    Transaction tx(*m_db, Database::Access::ReadOnly);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto result = FeeQuery(*m_db).workerYear(workerId, year);
    if (!result)
        return result.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return result;
}

Status OfficeService::validateFeeMarking(const FeeMarking &marking)
{
    return FeePayments::validate(marking);
}

// --- writes ---

Result<FeeMarkingResult> OfficeService::markFeesPaid(const FeeMarking &marking)
{
    return run<FeeMarkingResult>([&](OfficeChange &change) -> Result<FeeMarkingResult> {
        auto result = FeePayments(*m_db).markPaid(marking);
        if (!result || !result->written())
            return result;
        auto rows = FeeQuery(*m_db).rows({ {}, {}, 0, 0, FeeFilter::State::Paid, result->batch.id, {} });
        if (!rows)
            return rows.error();
        for (const FeeRow &row : std::as_const(*rows))
            change.add(OfficeChange::Kind::Engagement, row.engagementId).add(OfficeChange::Kind::Worker, row.workerId);
        return result;
    });
}

Result<QVector<qint64>> OfficeService::undoFeePayment(qint64 batchId, int expectedVersion)
{
    if (!isAdmin()) {
        const QString role = m_coordinator.role == CoordinatorRole::Viewer ? tr("Your role is viewer.")
                                                                           : tr("Your role is coordinator.");
        return Error(Error::Code::NotAllowed, tr("Only an admin can undo a payment batch.") + QLatin1Char(' ') + role,
                     QStringLiteral("role"));
    }
    return run<QVector<qint64>>([&](OfficeChange &change) -> Result<QVector<qint64>> {
        auto rows = FeeQuery(*m_db).rows({ {}, {}, 0, 0, FeeFilter::State::Paid, batchId, {} });
        if (!rows)
            return rows.error();
        auto undone = FeePayments(*m_db).undo(batchId, expectedVersion);
        if (!undone)
            return undone;
        for (const FeeRow &row : std::as_const(*rows))
            change.add(OfficeChange::Kind::Engagement, row.engagementId).add(OfficeChange::Kind::Worker, row.workerId);
        return undone;
    });
}

} // namespace Kohtaamo
