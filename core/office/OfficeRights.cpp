// OfficeService: who may do what with a worker's record (docs/data-protection.md, Roles). The use cases ask here; the
// desktop asks the same before it offers an action, so that what a role may not do is neither offered nor done.
#include "OfficeRun.h"

#include "repositories/OrganisationRepository.h"

namespace Kohtaamo {

Status OfficeService::requireAdminFor(const QString &refusal) const
{
    if (Status s = requireWriter(); !s)
        return s; // no role would help in an office open read-only; a viewer is told so
    if (isAdmin())
        return Status::success();
    return Error(Error::Code::NotAllowed,
                 refusal + QLatin1Char(' ') + tr("Your role is coordinator.") + QLatin1Char(' ')
                     + tr("An admin of the office can make the change, or give you the admin role."),
                 QStringLiteral("role"));
}

Status OfficeService::mayChangeWorkersOf(qint64 organisationId)
{
    if (Status s = requireWriter(); !s)
        return s;
    // An admin, a tool loading a whole office, and a coordinator who coordinates for the office as a whole (no
    // organisation of their own) change any worker's record.
    if (isAdmin() || m_coordinator.id == 0 || m_coordinator.organisationId == 0
        || m_coordinator.organisationId == organisationId)
        return Status::success();
    const auto nameOf = [this](qint64 id) {
        auto organisation = OrganisationRepository(*m_db).get(id);
        return organisation ? organisation->name : tr("organisation #%1").arg(id);
    };
    return Error(Error::Code::NotAllowed,
                 tr("This worker belongs to %1, and you coordinate the workers of %2. Only a coordinator of %1 or an "
                    "admin can add or change their record, consents or status. You can still invite them through a "
                    "request and record their answer.")
                     .arg(nameOf(organisationId), nameOf(m_coordinator.organisationId)),
                 QStringLiteral("organisation"));
}

Status OfficeService::mayChangeWorker(qint64 workerId)
{
    if (Status s = requireWriter(); !s)
        return s;
    if (isAdmin() || m_coordinator.id == 0 || m_coordinator.organisationId == 0)
        return Status::success();
    auto stored = worker(workerId);
    if (!stored)
        return stored.error();
    return mayChangeWorkersOf(stored->organisationId);
}

} // namespace Kohtaamo
