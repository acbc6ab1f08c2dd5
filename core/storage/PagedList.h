#pragma once

#include "common/Result.h"

#include <QString>
#include <QVariantList>
#include <QVector>

namespace Kohtaamo {

class Database;

// A filtered, ordered list read from the database a page at a time, as the request inbox and the worker register
// read theirs: how many rows the condition leaves, the ids of one page, and where one id stands. The caller gives
// the table with its alias ("requests r"), the id column ("r.id"), the condition (" WHERE …", values bound) and a
// total order (" ORDER BY …, r.id"), so that pages never overlap or skip a row.
class PagedList
{
public:
    PagedList(Database &db, QString from, QString idColumn);

    Result<int> count(const QString &where, const QVariantList &binds);
    Result<QVector<qint64>> pageIds(const QString &where, const QVariantList &binds, const QString &orderBy, int offset,
                                    int limit);
    // 0-based; -1 when the condition leaves the id out.
    Result<int> positionOf(const QString &where, const QVariantList &binds, const QString &orderBy, qint64 id);

private:
    Database &m_db;
    QString m_from;
    QString m_id;
};

} // namespace Kohtaamo
