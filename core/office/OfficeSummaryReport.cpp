// OfficeService: one commission on a page — the commission summary (reports/CommissionSummary).
#include "OfficeRun.h"

#include "common/Clock.h"
#include "reports/CommissionSummary.h"

namespace Kohtaamo {

Result<CommissionSummaryData> OfficeService::commissionSummary(qint64 requestId, const QString &language)
{
    if (requestId <= 0)
        return Error(Error::Code::InvalidInput, tr("Choose a request for the commission summary."),
                     QStringLiteral("requestId"));
    Transaction tx(*m_db, Database::Access::ReadOnly);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto summary = CommissionSummaryReader(*m_db).read(requestId, language, Clock::instance().today());
    if (!summary)
        return summary.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace Kohtaamo
