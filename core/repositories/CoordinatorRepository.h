#pragma once

#include "common/Result.h"
#include "domain/Coordinator.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

class Database;

// The coordinators: the application's user accounts. An account is never deleted, only made inactive, so that the
// audit log and the consents it recorded keep naming a real person.
class CoordinatorRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::CoordinatorRepository)
public:
    explicit CoordinatorRepository(Database &db);

    // Every coordinator, inactive ones included, by display name.
    Result<QVector<Coordinator>> list();
    Result<Coordinator> get(qint64 id);
    // Usernames are compared without regard to case or surrounding spaces.
    Result<Coordinator> findByUsername(const QString &username);

    // Saves a new coordinator (id 0) or changes an existing one read at its version. The username is stored in
    // lower case and must be unique. Returns what was stored.
    Result<Coordinator> save(const Coordinator &coordinator);

    // The rules that need no database.
    static Status validate(const Coordinator &coordinator);

private:
    Database &m_db;
};

} // namespace Kohtaamo
