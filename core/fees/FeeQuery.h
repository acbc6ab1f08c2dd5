#pragma once

#include "FeeBatch.h"
#include "FeeCeiling.h"
#include "FeeFilter.h"
#include "FeeRow.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QVector>

namespace Kohtaamo {

class Database;

// The reads behind "Fees to pay": the fees a filter leaves, the batches, a worker's year against their ceiling.
// A fee is due when the outcome says the work was done (attended), the worker did not decline it, there is a fee or
// travel costs, and it is not paid yet; Today's "Fees not yet paid" counts the same.
class FeeQuery
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::FeeQuery)
public:
    explicit FeeQuery(Database &db);

    // Ordered by held date, worker and request.
    Result<QVector<FeeRow>> rows(const FeeFilter &filter);
    Result<QVector<FeeBatch>> batches(); // latest first
    Result<FeeBatch> batch(qint64 id);
    Result<WorkerFeeYear> workerYear(qint64 workerId, int year);
    // Fees paid in `year` per worker (by payment date), for the workers named.
    Result<QHash<qint64, qint64>> paidInYear(const QVector<qint64> &workerIds, int year);

    // The SQL condition of a due fee on engagements `e` (binds: dueBinds()).
    static QString dueCondition();
    static QVariantList dueBinds();

private:
    Database &m_db;
};

} // namespace Kohtaamo
