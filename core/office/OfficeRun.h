#pragma once

// Private to core/office: the one transaction every use case of OfficeService runs in. Included by the .cpp files
// that implement the service's use cases (one per feature), never by a header.

#include "OfficeService.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

namespace Kohtaamo {

// Runs `work` in one transaction that also carries the NOTIFY, then announces `change` (filled by `work`).
template <typename T> Result<T> OfficeService::run(const std::function<Result<T>(OfficeChange &)> &work)
{
    if (Status s = requireWriter(); !s)
        return s.error();
    OfficeChange change;
    Result<T> result = Error();
    {
        Transaction tx(*m_db);
        if (!tx.beginStatus())
            return tx.beginStatus().error();
        result = work(change);
        if (!result)
            return result;
        notifyOthers(change);
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    if (!change.isEmpty())
        emit changed(change);
    return result;
}

} // namespace Kohtaamo
