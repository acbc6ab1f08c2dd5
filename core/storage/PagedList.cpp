#include "PagedList.h"

#include "SqlQuery.h"

namespace Kohtaamo {

PagedList::PagedList(Database &db, QString from, QString idColumn)
    : m_db(db), m_from(std::move(from)), m_id(std::move(idColumn))
{
}

Result<int> PagedList::count(const QString &where, const QVariantList &binds)
{
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM ") + m_from + where);
    q.bindAll(binds);
    auto n = q.scalar();
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QVector<qint64>> PagedList::pageIds(const QString &where, const QVariantList &binds, const QString &orderBy,
                                           int offset, int limit)
{
    // Only the ids of the page: the caller then reads the rows (and their computed columns) for the page alone, not
    // for every row the database sorts.
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM %2").arg(m_id, m_from) + where + orderBy
                   + QStringLiteral(" LIMIT ? OFFSET ?"));
    q.bindAll(binds);
    q.bindAll({ limit, offset });
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

Result<int> PagedList::positionOf(const QString &where, const QVariantList &binds, const QString &orderBy, qint64 id)
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ranked.position FROM (SELECT %1 AS id, ROW_NUMBER() OVER (%2) AS position "
                              "FROM %3%4) ranked WHERE ranked.id = ?")
                   .arg(m_id, orderBy.trimmed(), m_from, where));
    q.bindAll(binds);
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toInt() - 1 : -1;
}

} // namespace Kohtaamo
