#pragma once

#include "FeeBatch.h"
#include "FeeMarking.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace Kohtaamo {

class Database;

// Moving fees from due to paid, and back for a mistake: the rules that span several engagements and their batch.
// Runs inside the caller's transaction (OfficeService::run): on any refusal the caller rolls everything back.
class FeePayments
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::FeePayments)
public:
    explicit FeePayments(Database &db);

    // Checks every engagement (it exists, was read at its version, its fee is due), then the workers' earnings
    // ceilings for the payment date's year. With warnings not acknowledged nothing is written and the result carries
    // them; otherwise one batch is made and every engagement is marked paid in it. A refusal names the engagement
    // (worker and request) and the reason.
    Result<FeeMarkingResult> markPaid(const FeeMarking &marking);
    // Unmarks every fee of the batch (due again) and removes the batch.
    Result<QVector<qint64>> undo(qint64 batchId, int expectedVersion);

    // Moving an office (interchange import): the batch as the file has it (its reference, date, note and maker) with
    // the engagements paid in it, which the file has already marked paid. Refuses a reference the office has, and
    // an engagement that is not paid.
    Result<qint64> restoreBatch(const FeeBatch &batch, const QVector<qint64> &engagementIds);

    // The rules that need no database.
    static Status validate(const FeeMarking &marking);

private:
    Result<QString> nextReference(const QDate &paidOn);

    Database &m_db;
};

} // namespace Kohtaamo
