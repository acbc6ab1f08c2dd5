#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QDate>
#include <QString>
#include <QVariant>

#include <memory>
#include <optional>

struct sqlite3;
struct sqlite3_stmt;

namespace Kohtaamo {

class Database;
class SqlQuery;
class RowReader;

// One value of the current row of a RowReader, read as the type asked for; a cell of a column that was not read
// (column -1) is null. The conversions are QVariant's (toLongLong, toInt, toBool, toString on a null: 0, false, a
// null QString), without a QVariant on SQLite.
class RowCell
{
public:
    RowCell(const RowReader *reader, int column) : m_reader(reader), m_column(column) { }
    bool isNull() const;
    qint64 toLongLong() const;
    int toInt() const { return int(toLongLong()); }
    bool toBool() const;
    QString toString() const;
    // UTF-8 bytes, valid until the reader moves or reads another text; null reads as empty.
    QByteArrayView utf8() const;
    QDate toDate() const; // an ISO date (the first 10 characters), as SqlQuery::toDate
    // An instant stored as "YYYY-MM-DDTHH:MM:SS[.zzz]Z": milliseconds since the epoch; false for a null or another
    // form (read it as toVariant() then).
    bool utcMSecs(qint64 &msecs) const;
    QVariant toVariant() const; // as SqlQuery::value gives it

private:
    const RowReader *m_reader;
    int m_column;
};

// A forward-only reader of many rows for bulk loads (core/matching's SnapshotLoader), with typed access to the
// values instead of a QVariant per value. On SQLite the statement runs through the sqlite3 C API on the connection's
// own handle (the same connection, so inside the same transaction): ids and numbers are read as integers, texts
// without a copy until asked for. On PostgreSQL it goes through SqlQuery and converts the QVariants. Bound values are
// given as QVariants, as to SqlQuery, and bound the way Qt's SQLite driver binds them (dates and instants as ISO text,
// an instant in UTC with milliseconds).
class RowReader
{
public:
    RowReader(Database &db, const QString &sql);
    ~RowReader();
    RowReader(const RowReader &) = delete;
    RowReader &operator=(const RowReader &) = delete;

    RowReader &bind(const QVariant &value);
    RowReader &bindAll(const QVariantList &values);

    Status exec();
    // The next row; false at the end, after an error while reading (SQLite reports it only then), or when the
    // database's interruption (Database::setInterruption) was asked for.
    bool next();
    // After next() returned false: success when every row was read, else why the read ended early. A bulk load that
    // stopped halfway must not be taken for the whole picture.
    Status status() const { return m_status; }

    RowCell value(int column) const { return RowCell(this, column); }

    // "YYYY-MM-DDTHH:MM:SS[.zzz]Z" as milliseconds since the epoch.
    static std::optional<qint64> parseUtcMSecs(const char *text, qsizetype size);

private:
    friend class RowCell;
    Database &m_db;
    QString m_sql;
    // SQLite
    sqlite3 *m_handle = nullptr;
    sqlite3_stmt *m_stmt = nullptr;
    QString m_prepareError;
    QVariantList m_binds;
    Status m_status;
    // Other backends
    std::unique_ptr<SqlQuery> m_query;
    mutable QByteArray m_buffer;
};

} // namespace Kohtaamo
