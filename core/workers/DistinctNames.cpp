#include "DistinctNames.h"

#include "storage/RowReader.h"
#include "storage/SqlQuery.h"

#include <QVector>

namespace Kohtaamo {

namespace {

struct Row
{
    qint64 id;
    QString municipality;
};

// Labels rows of (id, display_name, municipality), ordered by name and id: one pass, a name's rows together.
template <typename Query> QHash<qint64, QString> label(Query &q, QHash<qint64, QString> *stored = nullptr)
{
    QHash<qint64, QString> labels;
    QString name;
    QVector<Row> rows;
    QHash<QString, int> places;
    const auto labelRows = [&labels, &name, &rows, &places] {
        if (rows.size() == 1) {
            labels.insert(rows.constFirst().id, name);
            return;
        }
        places.clear();
        for (const Row &row : std::as_const(rows))
            ++places[row.municipality.toLower()];
        for (const Row &row : std::as_const(rows)) {
            const bool placeTellsApart = !row.municipality.isEmpty() && places.value(row.municipality.toLower()) == 1;
            labels.insert(row.id,
                          placeTellsApart ? QStringLiteral("%1 (%2)").arg(name, row.municipality)
                                          : QStringLiteral("%1 (#%2)").arg(name).arg(row.id));
        }
    };
    while (q.next()) {
        const qint64 id = q.value(0).toLongLong();
        QString rowName = q.value(1).toString();
        if (rowName != name || rows.isEmpty()) {
            if (!rows.isEmpty())
                labelRows();
            rows.clear();
            name = std::move(rowName);
        }
        rows.append({ id, q.value(2).toString().trimmed() });
        if (stored)
            stored->insert(id, name);
    }
    if (!rows.isEmpty())
        labelRows();
    return labels;
}

} // namespace

Result<QHash<qint64, QString>> DistinctNames::sharedNames(Database &db)
{
    RowReader q(db,
                QStringLiteral("SELECT id, display_name, municipality FROM workers WHERE display_name IN "
                               "(SELECT display_name FROM workers GROUP BY display_name HAVING COUNT(*) > 1) "
                               "ORDER BY display_name, id"));
    if (Status s = q.exec(); !s)
        return s.error();
    QHash<qint64, QString> labels = label(q);
    if (Status s = q.status(); !s)
        return s.error();
    return labels;
}

Result<QHash<qint64, QString>> DistinctNames::labelsOfWorkers(Database &db, const QVector<qint64> &ids)
{
    QHash<qint64, QString> labels;
    if (ids.isEmpty())
        return labels;
    QVariantList binds;
    for (qint64 id : ids)
        binds << id;
    SqlQuery q(db,
               QStringLiteral("SELECT DISTINCT display_name FROM workers WHERE id IN (%1)")
                   .arg(SqlQuery::placeholders(binds.size())));
    q.bindAll(binds);
    if (Status s = q.exec(); !s)
        return s.error();
    QSet<QString> names;
    while (q.next())
        names.insert(q.value(0).toString());
    auto all = labelsOf(db, names);
    if (!all)
        return all.error();
    for (qint64 id : ids) {
        const auto it = all->constFind(id);
        if (it != all->constEnd())
            labels.insert(id, it.value());
    }
    return labels;
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
