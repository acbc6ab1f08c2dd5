#include "RowReader.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QSqlDriver>

#include <sqlite3.h>

namespace Kohtaamo {

namespace {
// `count` decimal digits at `p`, or -1.
int digits(const char *p, int count)
{
    int value = 0;
    for (int i = 0; i < count; ++i) {
        const unsigned d = unsigned(p[i]) - unsigned('0');
        if (d > 9)
            return -1;
        value = value * 10 + int(d);
    }
    return value;
}

constexpr qint64 kMSecsPerDay = 86400000;
constexpr qint64 kUnixEpochJulianDay = 2440588;
} // namespace

RowReader::RowReader(Database &db, const QString &sql) : m_db(db), m_sql(sql)
{
    if (db.dialect().isSQLite()) {
        const QVariant handle = db.connection().driver()->handle();
        if (handle.isValid() && qstrcmp(handle.typeName(), "sqlite3*") == 0)
            m_handle = *static_cast<sqlite3 *const *>(handle.constData());
    }
    if (!m_handle) {
        m_query = std::make_unique<SqlQuery>(db, sql);
        return;
    }
    const QByteArray text = sql.toUtf8();
    if (sqlite3_prepare_v2(m_handle, text.constData(), int(text.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_handle));
        sqlite3_finalize(m_stmt);
        m_stmt = nullptr;
    }
}

RowReader::~RowReader()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

RowReader &RowReader::bind(const QVariant &value)
{
    if (m_query)
        m_query->bind(value);
    else
        m_binds << value;
    return *this;
}

RowReader &RowReader::bindAll(const QVariantList &values)
{
    for (const QVariant &v : values)
        bind(v);
    return *this;
}

Status RowReader::exec()
{
    if (m_query)
        return m_query->exec();
    if (!m_stmt)
        return m_db.databaseError(m_sql, m_prepareError);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    int rc = SQLITE_OK;
    for (int i = 0; i < m_binds.size() && rc == SQLITE_OK; ++i) {
        const QVariant &v = m_binds.at(i);
        const int at = i + 1;
        if (v.isNull()) {
            rc = sqlite3_bind_null(m_stmt, at);
            continue;
        }
        QString text;
        switch (v.metaType().id()) {
        case QMetaType::Bool:
        case QMetaType::Int:
        case QMetaType::UInt:
        case QMetaType::LongLong:
            rc = sqlite3_bind_int64(m_stmt, at, v.toLongLong());
            continue;
        case QMetaType::Double:
            rc = sqlite3_bind_double(m_stmt, at, v.toDouble());
            continue;
        case QMetaType::QDateTime: // as Qt's driver binds it
            text = v.toDateTime().toString(Qt::ISODateWithMs);
            break;
        default:
            text = v.toString();
            break;
        }
        const QByteArray bytes = text.toUtf8();
        rc = sqlite3_bind_text(m_stmt, at, bytes.constData(), int(bytes.size()), SQLITE_TRANSIENT);
    }
    m_binds.clear();
    if (rc != SQLITE_OK)
        return m_db.databaseError(m_sql, QString::fromUtf8(sqlite3_errmsg(m_handle)));
    return Status::success();
}

bool RowReader::next()
{
    if (m_db.interrupted()) {
        m_status = Error(Error::Code::Database,
                         QCoreApplication::translate("Kohtaamo::RowReader", "The read was stopped."), m_sql);
        if (m_stmt)
            sqlite3_reset(m_stmt);
        return false;
    }
    if (m_query)
        return m_query->next();
    if (!m_stmt)
        return false;
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE)
        m_status = m_db.databaseError(m_sql, QString::fromUtf8(sqlite3_errmsg(m_handle)));
    sqlite3_reset(m_stmt); // ends the read
    return false;
}

bool RowCell::isNull() const
{
    if (m_column < 0)
        return true;
    if (m_reader->m_query)
        return m_reader->m_query->value(m_column).isNull();
    return sqlite3_column_type(m_reader->m_stmt, m_column) == SQLITE_NULL;
}

qint64 RowCell::toLongLong() const
{
    if (m_column < 0)
        return 0;
    if (m_reader->m_query)
        return m_reader->m_query->value(m_column).toLongLong();
    return sqlite3_column_int64(m_reader->m_stmt, m_column);
}

bool RowCell::toBool() const
{
    if (m_column < 0)
        return false;
    if (m_reader->m_query)
        return m_reader->m_query->value(m_column).toBool();
    return sqlite3_column_int64(m_reader->m_stmt, m_column) != 0;
}

QByteArrayView RowCell::utf8() const
{
    if (m_column < 0)
        return {};
    if (m_reader->m_query) {
        m_reader->m_buffer = m_reader->m_query->value(m_column).toString().toUtf8();
        return m_reader->m_buffer;
    }
    const auto *text = reinterpret_cast<const char *>(sqlite3_column_text(m_reader->m_stmt, m_column));
    return text ? QByteArrayView(text, sqlite3_column_bytes(m_reader->m_stmt, m_column)) : QByteArrayView();
}

QString RowCell::toString() const
{
    if (m_column < 0)
        return {};
    if (m_reader->m_query)
        return m_reader->m_query->value(m_column).toString();
    if (sqlite3_column_type(m_reader->m_stmt, m_column) == SQLITE_NULL)
        return {};
    const QByteArrayView bytes = utf8();
    return QString::fromUtf8(bytes.data(), bytes.size());
}

QDate RowCell::toDate() const
{
    if (m_column < 0)
        return {};
    if (m_reader->m_query || sqlite3_column_type(m_reader->m_stmt, m_column) != SQLITE_TEXT)
        return SqlQuery::toDate(toVariant());
    const QByteArrayView text = utf8();
    const char *p = text.data();
    if (text.size() < 10 || p[4] != '-' || p[7] != '-')
        return SqlQuery::toDate(toVariant());
    const int y = digits(p, 4), m = digits(p + 5, 2), d = digits(p + 8, 2);
    return y < 0 || m < 0 || d < 0 ? SqlQuery::toDate(toVariant()) : QDate(y, m, d);
}

bool RowCell::utcMSecs(qint64 &msecs) const
{
    if (m_column < 0)
        return false;
    std::optional<qint64> parsed;
    if (m_reader->m_query) {
        const QVariant v = m_reader->m_query->value(m_column);
        if (v.metaType() != QMetaType::fromType<QString>())
            return false;
        const QByteArray text = v.toString().toLatin1();
        parsed = RowReader::parseUtcMSecs(text.constData(), text.size());
    } else {
        if (sqlite3_column_type(m_reader->m_stmt, m_column) != SQLITE_TEXT)
            return false;
        const QByteArrayView text = utf8();
        parsed = RowReader::parseUtcMSecs(text.data(), text.size());
    }
    if (parsed)
        msecs = *parsed;
    return parsed.has_value();
}

QVariant RowCell::toVariant() const
{
    if (m_column < 0)
        return {};
    if (m_reader->m_query)
        return m_reader->m_query->value(m_column);
    sqlite3_stmt *stmt = m_reader->m_stmt;
    switch (sqlite3_column_type(stmt, m_column)) {
    case SQLITE_NULL:
        return {};
    case SQLITE_INTEGER:
        return QVariant(qint64(sqlite3_column_int64(stmt, m_column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(stmt, m_column));
    default:
        return toString();
    }
}

std::optional<qint64> RowReader::parseUtcMSecs(const char *p, qsizetype size)
{
    const int n = int(size);
    if (n < 20 || p[n - 1] != 'Z' || p[4] != '-' || p[7] != '-' || p[10] != 'T' || p[13] != ':' || p[16] != ':')
        return std::nullopt;
    const int y = digits(p, 4), mo = digits(p + 5, 2), d = digits(p + 8, 2);
    const int h = digits(p + 11, 2), mi = digits(p + 14, 2), sec = digits(p + 17, 2);
    int ms = 0;
    if (n > 20) {
        const int fraction = n - 21; // ".zzz" between the seconds and the Z
        if (p[19] != '.' || fraction < 1 || fraction > 3 || (ms = digits(p + 20, fraction)) < 0)
            return std::nullopt;
        for (int i = fraction; i < 3; ++i)
            ms *= 10;
    }
    const QDate day = y < 0 || mo < 0 || d < 0 ? QDate() : QDate(y, mo, d);
    if (!day.isValid() || h < 0 || h > 23 || mi < 0 || mi > 59 || sec < 0 || sec > 59)
        return std::nullopt;
    return (day.toJulianDay() - kUnixEpochJulianDay) * kMSecsPerDay + ((h * 60 + mi) * 60 + sec) * 1000 + ms;
}

} // namespace Kohtaamo
