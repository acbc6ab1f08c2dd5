#include "Error.h"

namespace Kohtaamo {

QString Error::codeName() const
{
    switch (code) {
    case Code::None:
        return QStringLiteral("none");
    case Code::InvalidInput:
        return QStringLiteral("invalid-input");
    case Code::NotFound:
        return QStringLiteral("not-found");
    case Code::Conflict:
        return QStringLiteral("conflict");
    case Code::NotAllowed:
        return QStringLiteral("not-allowed");
    case Code::Database:
        return QStringLiteral("database");
    case Code::CannotOpen:
        return QStringLiteral("cannot-open");
    case Code::ForeignDatabase:
        return QStringLiteral("foreign-database");
    case Code::NewerSchema:
        return QStringLiteral("newer-schema");
    case Code::Mail:
        return QStringLiteral("mail");
    }
    return QStringLiteral("unknown");
}

} // namespace Kohtaamo
