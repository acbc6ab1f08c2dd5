#pragma once

#include "common/Result.h"

#include <QHash>
#include <QSet>
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
    // The label of every worker whose name is one of `names` (id → label): the name itself for a worker who has it
    // alone. `stored`, when given, gets each of those workers' stored name.
    // The label of each of the workers `ids` (id → label), as sharedNames() or labelsOf() would give it; ids of no
    // stored worker are left out. Reads only these workers and the others of their names.
    static Result<QHash<qint64, QString>> labelsOfWorkers(Database &db, const QVector<qint64> &ids);
    static Result<QHash<qint64, QString>> labelsOf(Database &db, const QSet<QString> &names,
                                                   QHash<qint64, QString> *stored = nullptr);
};

} // namespace Kohtaamo
