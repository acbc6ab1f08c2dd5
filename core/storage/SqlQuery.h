#pragma once

#include "common/Result.h"

#include <QDate>
#include <QDateTime>
#include <QSqlQuery>
#include <QVariant>

#include <initializer_list>
#include <optional>

namespace Kohtaamo {

class Database;

// A prepared statement with positional bound values. Every statement in Kohtaamo goes through here:
// no value is ever spliced into SQL text.
class SqlQuery
{
public:
    SqlQuery(Database &db, const QString &sql);
    ~SqlQuery();
    SqlQuery(const SqlQuery &) = delete;
    SqlQuery &operator=(const SqlQuery &) = delete;

    SqlQuery &bind(const QVariant &value);
    SqlQuery &bindAll(std::initializer_list<QVariant> values);
    SqlQuery &bindAll(const QVariantList &values);

    // Executes with the values bound so far, then clears them so the statement can run again.
    Status exec();
    bool next() { return m_query.next(); }
    QVariant value(int i) const { return m_query.value(i); }
    int numRowsAffected() const { return m_query.numRowsAffected(); }
    QSqlQuery &raw() { return m_query; }

    // Runs a fixed statement that takes no values at all (DDL, PRAGMA), which PostgreSQL cannot prepare.
    // Never pass text that contains user input.
    static Status runStatement(Database &db, const QString &sql);
    // "?, ?, ?": n placeholders for an IN (…) list whose values are bound.
    static QString placeholders(qsizetype n);
    // "(?, ?), (?, ?), (?, ?)": `rows` rows of `width` placeholders, for a multi-row INSERT … VALUES.
    static QString rowPlaceholders(int width, int rows);
    // The rows of `width` values one multi-row INSERT takes: up to 64 rows of at most 1,000 values in all (few
    // statement runs, yet a small program; bigger ones fill the statement cache and run slower).
    static int rowsPerStatement(int width);

    // Runs a query expected to return one row and column (COUNT, RETURNING id ...).
    Result<QVariant> scalar();

    // Conversions between domain values and bound/stored values, the same on both backends.
    static QVariant fromDate(const QDate &d);
    static QVariant fromDateTime(const QDateTime &dt); // stored in UTC
    static QVariant fromOptionalCents(const std::optional<qint64> &cents);
    static QVariant fromId(qint64 id); // 0 = NULL
    static QDate toDate(const QVariant &v);
    static QDateTime toDateTime(const QVariant &v); // local time
    static std::optional<qint64> toOptionalCents(const QVariant &v);

private:
    Database &m_db;
    QSqlQuery m_query;
    QString m_sql;
    bool m_prepared = false;
    int m_nextBind = 0;
    QString m_prepareError;
};

} // namespace Kohtaamo
