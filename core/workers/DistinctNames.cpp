#include "DistinctNames.h"

#include "storage/SqlQuery.h"

#include <QMap>

namespace Kohtaamo {

Result<QHash<qint64, QString>> DistinctNames::sharedNames(Database &db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, display_name, municipality FROM workers WHERE display_name IN "
                              "(SELECT display_name FROM workers GROUP BY display_name HAVING COUNT(*) > 1) "
                              "ORDER BY display_name, id"));
    if (Status s = q.exec(); !s)
        return s.error();
    struct Row
    {
        qint64 id;
        QString municipality;
    };
    QMap<QString, QVector<Row>> byName;
    while (q.next())
        byName[q.value(1).toString()].append({ q.value(0).toLongLong(), q.value(2).toString().trimmed() });
    QHash<qint64, QString> labels;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        QHash<QString, int> places;
        for (const Row &row : it.value())
            ++places[row.municipality.toLower()];
        for (const Row &row : it.value()) {
            const bool placeTellsApart = !row.municipality.isEmpty() && places.value(row.municipality.toLower()) == 1;
            labels.insert(row.id,
                          placeTellsApart ? QStringLiteral("%1 (%2)").arg(it.key(), row.municipality)
                                          : QStringLiteral("%1 (#%2)").arg(it.key()).arg(row.id));
        }
    }
    return labels;
}

} // namespace Kohtaamo
