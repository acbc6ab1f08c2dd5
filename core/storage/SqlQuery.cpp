#include "SqlQuery.h"

#include <QStringList>

#include "Database.h"

#include <QCoreApplication>
#include <QSqlError>
#include <QTimeZone>

#include <algorithm>

namespace Kohtaamo {

SqlQuery::SqlQuery(Database &db, const QString &sql) : m_db(db), m_sql(sql)
{
    if (std::optional<QSqlQuery> kept = db.reuseStatement(sql)) {
        m_query = std::move(*kept);
        m_prepared = true;
        return;
    }
    m_query = QSqlQuery(db.connection());
    m_query.setForwardOnly(true);
    m_prepared = m_query.prepare(sql);
    if (!m_prepared)
        m_prepareError = m_query.lastError().text();
}

SqlQuery::~SqlQuery()
{
    if (m_prepared)
        m_db.keepStatement(m_sql, std::move(m_query));
}

SqlQuery &SqlQuery::bind(const QVariant &value)
{
    // Qt's drivers bind a null QString as SQL NULL. An empty text field is an empty string in Kohtaamo; NULL is
    // asked for explicitly with a typed null QVariant.
    if (!value.isNull() && value.metaType() == QMetaType::fromType<QString>() && value.toString().isNull())
        m_query.bindValue(m_nextBind++, QString(QLatin1String("")));
    else
        m_query.bindValue(m_nextBind++, value);
    return *this;
}

SqlQuery &SqlQuery::bindAll(std::initializer_list<QVariant> values)
{
    for (const auto &v : values)
        bind(v);
    return *this;
}

SqlQuery &SqlQuery::bindAll(const QVariantList &values)
{
    for (const auto &v : values)
        bind(v);
    return *this;
}

Status SqlQuery::exec()
{
    if (!m_prepared)
        return m_db.databaseError(m_sql, m_prepareError);
    m_nextBind = 0; // the next run binds its values from the first placeholder again
    const bool ok = m_query.exec();
    if (!ok)
        return m_db.databaseError(m_sql, m_query.lastError().text());
    return Status::success();
}

Status SqlQuery::runStatement(Database &db, const QString &sql)
{
    QSqlQuery q(db.connection());
    if (!q.exec(sql))
        return db.databaseError(sql, q.lastError().text());
    return Status::success();
}

Result<QVariant> SqlQuery::scalar()
{
    const Status s = exec();
    if (!s)
        return s.error();
    if (!m_query.next())
        return Error(Error::Code::NotFound,
                     QCoreApplication::translate("Kohtaamo::SqlQuery", "The database returned no row."), m_sql);
    return m_query.value(0);
}

QVariant SqlQuery::fromDate(const QDate &d)
{
    return d.isValid() ? QVariant(d) : QVariant(QMetaType::fromType<QDate>());
}

QVariant SqlQuery::fromDateTime(const QDateTime &dt)
{
    if (!dt.isValid())
        return QVariant(QMetaType::fromType<QDateTime>());
    return dt.toUTC();
}

QVariant SqlQuery::fromOptionalCents(const std::optional<qint64> &cents)
{
    return cents ? QVariant(*cents) : QVariant(QMetaType::fromType<qlonglong>());
}

QVariant SqlQuery::fromId(qint64 id)
{
    return id > 0 ? QVariant(id) : QVariant(QMetaType::fromType<qlonglong>());
}

QDate SqlQuery::toDate(const QVariant &v)
{
    if (v.isNull())
        return {};
    if (v.metaType() == QMetaType::fromType<QDate>())
        return v.toDate();
    return QDate::fromString(v.toString().left(10), Qt::ISODate);
}

QDateTime SqlQuery::toDateTime(const QVariant &v)
{
    if (v.isNull())
        return {};
    QDateTime dt;
    if (v.metaType() == QMetaType::fromType<QDateTime>())
        dt = v.toDateTime();
    else
        dt = QDateTime::fromString(v.toString(), Qt::ISODateWithMs);
    return dt.isValid() ? dt.toLocalTime() : dt;
}

std::optional<qint64> SqlQuery::toOptionalCents(const QVariant &v)
{
    if (v.isNull())
        return std::nullopt;
    return v.toLongLong();
}

QString SqlQuery::placeholders(qsizetype n)
{
    return QStringList(int(n), QStringLiteral("?")).join(QStringLiteral(", "));
}

QString SqlQuery::rowPlaceholders(int width, int rows)
{
    return QStringList(rows, QLatin1Char('(') + placeholders(width) + QLatin1Char(')')).join(QStringLiteral(", "));
}

int SqlQuery::rowsPerStatement(int width)
{
    return std::clamp(1000 / std::max(width, 1), 1, 64);
}

} // namespace Kohtaamo
