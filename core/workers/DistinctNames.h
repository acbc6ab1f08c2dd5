#pragma once

#include "common/Result.h"

#include <QHash>
#include <QString>

namespace Kohtaamo {

class Database;

// Workers who share a name ("Ulla H.", a pseudonym used twice) are told apart wherever they are listed: each gets
// their name with their municipality, "Ulla H. (Tampere)", or where that does not tell them apart either, with their
// number, "Ulla H. (#42)". Workers whose name is their own keep it as it is.
class DistinctNames
{
public:
    // The label of every worker whose name another worker shares (id → label); the others are not in the result.
    static Result<QHash<qint64, QString>> sharedNames(Database &db);
};

} // namespace Kohtaamo
