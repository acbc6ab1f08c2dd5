#include "DistinctNames.h"

#include "storage/SqlQuery.h"

#include <QMap>
#include <QVector>

namespace Kohtaamo {

namespace {

struct Row
{
    qint64 id;
    QString municipality;
};

// Labels rows of (id, display_name, municipality), ordered by name and id.
QHash<qint64, QString> label(SqlQuery &q, QHash<qint64, QString> *stored = nullptr)
{
    QMap<QString, QVector<Row>> byName;
    while (q.next()) {
        byName[q.value(1).toString()].append({ q.value(0).toLongLong(), q.value(2).toString().trimmed() });
        if (stored)
            stored->insert(q.value(0).toLongLong(), q.value(1).toString());
    }
    QHash<qint64, QString> labels;
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        if (it.value().size() == 1) {
            labels.insert(it.value().constFirst().id, it.key());
            continue;
        }
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

} // namespace

Result<QHash<qint64, QString>> DistinctNames::sharedNames(Database &db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT id, display_name, municipality FROM workers WHERE display_name IN "
                              "(SELECT display_name FROM workers GROUP BY display_name HAVING COUNT(*) > 1) "
                              "ORDER BY display_name, id"));
    if (Status s = q.exec(); !s)
        return s.error();
    return label(q);
}

Result<QHash<qint64, QString>> DistinctNames::labelsOf(Database &db, const QSet<QString> &names,
                                                       QHash<qint64, QString> *stored)
{
    if (names.isEmpty())
        return QHash<qint64, QString>();
    QVariantList binds;
    for (const QString &name : names)
        binds << name;
    SqlQuery q(db,
               QStringLiteral("SELECT id, display_name, municipality FROM workers WHERE display_name IN (%1) "
                              "ORDER BY display_name, id")
                   .arg(SqlQuery::placeholders(binds.size())));
    q.bindAll(binds);
    if (Status s = q.exec(); !s)
        return s.error();
    return label(q, stored);
}

} // namespace Kohtaamo
