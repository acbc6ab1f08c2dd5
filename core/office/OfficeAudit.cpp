// OfficeService: data protection (the audit log's hash chain).
#include "OfficeService.h"

#include "storage/AuditChain.h"
#include "storage/Database.h"

namespace Kohtaamo {

Result<AuditVerification> OfficeService::verifyAudit()
{
    return AuditChain::verify(*m_db);
}

} // namespace Kohtaamo
