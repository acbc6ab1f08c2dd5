// OfficeService: a shared PostgreSQL database where each coordinator connects as their own login, and the server's
// row-level security decides what they see (docs/shared-database.md).
#include "OfficeRun.h"
#include "OfficeService.h"

#include "repositories/CoordinatorRepository.h"
#include "repositories/OrganisationRepository.h"
#include "storage/Database.h"
#include "storage/PostgresSecurity.h"

namespace Kohtaamo {

namespace {
constexpr int kMinPasswordLength = 12;
} // namespace

Status OfficeService::initPostgres()
{
    if (Status s = PostgresSecurity::apply(*m_db); !s)
        return s;
    announce(OfficeChange().addAll(OfficeChange::Kind::Coordinator));
    return Status::success();
}

Result<Coordinator> OfficeService::addCoordinatorLogin(const CoordinatorLogin &request)
{
    if (!m_db->dialect().isPostgreSQL())
        return Error(Error::Code::InvalidInput,
                     tr("Database logins are for a shared PostgreSQL database; this office is an SQLite file."),
                     QStringLiteral("database"));
    const QString login = request.login.trimmed();
    if (!PostgresSecurity::isValidLogin(login))
        return Error(Error::Code::InvalidInput,
                     tr("The login “%1” is not valid: use lower-case letters a–z, digits, “_”, “.” or “-”, starting "
                        "with a letter, at most 63 characters.")
                         .arg(login),
                     QStringLiteral("login"));
    if (request.password.size() < kMinPasswordLength)
        return Error(Error::Code::InvalidInput,
                     tr("The password is too short: at least %1 characters.").arg(kMinPasswordLength),
                     QStringLiteral("password"));
    const QString wanted = request.organisation.trimmed();
    if (wanted.isEmpty())
        return Error(Error::Code::InvalidInput, tr("Name the coordinator's organisation."),
                     QStringLiteral("organisation"));

    return run<Coordinator>([&](OfficeChange &change) -> Result<Coordinator> {
        auto organisations = OrganisationRepository(*m_db).list();
        if (!organisations)
            return organisations.error();
        qint64 organisationId = 0;
        for (const Organisation &o : *organisations) {
            if (o.name.compare(wanted, Qt::CaseInsensitive) == 0
                || o.shortName.compare(wanted, Qt::CaseInsensitive) == 0)
                organisationId = o.id;
        }
        if (organisationId == 0)
            return Error(Error::Code::InvalidInput, tr("There is no organisation “%1” in this office.").arg(wanted),
                         QStringLiteral("organisation"));
        if (Status s = PostgresSecurity::createLogin(*m_db, login, request.password, toCode(request.role)); !s)
            return s.error();
        CoordinatorRepository repo(*m_db);
        Coordinator coordinator;
        auto existing = repo.findByUsername(login);
        if (existing)
            coordinator = *existing;
        else if (existing.error().code != Error::Code::NotFound)
            return existing.error();
        coordinator.username = login;
        if (!request.displayName.trimmed().isEmpty() || coordinator.displayName.isEmpty())
            coordinator.displayName = request.displayName.trimmed().isEmpty() ? login : request.displayName.trimmed();
        coordinator.organisationId = organisationId;
        coordinator.role = request.role;
        coordinator.active = true;
        auto saved = repo.save(coordinator);
        if (!saved)
            return saved.error();
        change.add(OfficeChange::Kind::Coordinator, saved->id);
        return saved;
    });
}

} // namespace Kohtaamo
