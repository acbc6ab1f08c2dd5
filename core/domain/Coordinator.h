#pragma once

#include "EnumCodes.h"

#include <QString>

namespace Kohtaamo {

enum class CoordinatorRole { Admin, Coordinator, Viewer };

inline constexpr EnumCodeTable<CoordinatorRole, 3> kCoordinatorRoleCodes { {
    { CoordinatorRole::Admin, "admin" },
    { CoordinatorRole::Coordinator, "coordinator" },
    { CoordinatorRole::Viewer, "viewer" },
} };
inline QString toCode(CoordinatorRole r)
{
    return enumToCode(kCoordinatorRoleCodes, r);
}
inline std::optional<CoordinatorRole> coordinatorRoleFromCode(const QString &c)
{
    return enumFromCode(kCoordinatorRoleCodes, c);
}

// A user account of the application.
struct Coordinator
{
    qint64 id = 0;
    int version = 0;
    QString username;
    QString displayName;
    QString email;
    CoordinatorRole role = CoordinatorRole::Coordinator;
    qint64 organisationId = 0; // 0 = none
    bool active = true;
};

} // namespace Kohtaamo
