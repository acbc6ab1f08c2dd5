#pragma once

#include "common/Result.h"
#include "domain/Organisation.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

class Database;

// Organisations whose experience workers the coordinator works with.
class OrganisationRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::OrganisationRepository)
public:
    explicit OrganisationRepository(Database &db);

    Result<QVector<Organisation>> list();
    Result<Organisation> get(qint64 id);
    Result<Organisation> findByName(const QString &name);

    // Saves a new organisation (id 0) or changes an existing one read at its version. Returns what was stored.
    Result<Organisation> save(const Organisation &organisation);

    static Status validate(const Organisation &organisation);

private:
    Database &m_db;
};

} // namespace Kohtaamo
