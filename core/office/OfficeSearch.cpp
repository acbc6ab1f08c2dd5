// OfficeService: which search the request inbox uses on this database (docs/performance.md, "How the search works").
#include "OfficeService.h"

#include "storage/Database.h"
#include "storage/SearchIndex.h"

namespace Kohtaamo {

Result<QString> OfficeService::searchInUse()
{
    auto kind = SearchIndex::inUse(*m_db);
    if (!kind)
        return kind.error();
    return SearchIndex::describe(*kind);
}

} // namespace Kohtaamo
