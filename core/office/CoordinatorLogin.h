#pragma once

#include "domain/Coordinator.h"

#include <QString>

namespace Kohtaamo {

// What `kohtaamo-cli admin add-coordinator` asks for: a coordinator's own login to a shared PostgreSQL database and
// the coordinator record that maps the login to an organisation and a role (OfficeService::addCoordinatorLogin).
struct CoordinatorLogin
{
    QString login; // the database login and the coordinator's username (lower case)
    QString displayName; // empty: the login
    QString organisation; // the organisation's name or short name
    CoordinatorRole role = CoordinatorRole::Coordinator;
    QString password; // never from the command line: the terminal or an environment variable
};

} // namespace Kohtaamo
