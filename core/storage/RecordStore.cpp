#include "RecordStore.h"

#include "AuditChain.h"
#include "AuditPause.h"
#include "Database.h"
#include "SqlQuery.h"
#include "common/Clock.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLocale>

namespace Kohtaamo {

namespace {
QString tr(const char *text)
{
    // lupdate files the texts of this free tr() under the scope it is called in (RecordStore's functions): read them
    // there.
    return QCoreApplication::translate("Kohtaamo::RecordStore", text);
}

} // namespace

RecordStore::RecordStore(Database &db) : m_db(db) { }

QJsonValue RecordStore::toJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.metaType().id()) {
    case QMetaType::Bool:
        return v.toBool();
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        return v.toLongLong();
    case QMetaType::Double:
        return v.toDouble();
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    default:
        return v.toString();
    }
}

Result<qint64> RecordStore::insert(const QString &table, const Row &row, bool versioned, const QJsonObject &extraAudit)
{
    QStringList columns = row.columns();
    QVariantList values = row.values();
    if (versioned) {
        const QVariant now = SqlQuery::fromDateTime(Clock::instance().now());
        columns << QStringLiteral("version") << QStringLiteral("created_at") << QStringLiteral("updated_at");
        values << 1 << now << now;
    }
    SqlQuery q(m_db,
               QStringLiteral("INSERT INTO %1 (%2) VALUES (%3) RETURNING id")
                   .arg(table, columns.join(QStringLiteral(", ")), SqlQuery::placeholders(columns.size())));
    q.bindAll(values);
    auto id = q.scalar();
    if (!id)
        return id.error();
    const qint64 newId = id->toLongLong();

    QJsonObject changes = extraAudit;
    for (const auto &f : row.fields())
        changes.insert(f.first, QJsonObject { { QStringLiteral("new"), toJson(f.second) } });
    if (Status s = audit(table, newId, QStringLiteral("insert"), changes); !s)
        return s.error();
    return newId;
}

Result<int> RecordStore::update(const QString &table, qint64 id, int expectedVersion, const Row &row,
                                const QString &label, const QJsonObject &extraChanges)
{
    const QStringList columns = row.columns();
    SqlQuery read(
        m_db, QStringLiteral("SELECT version, %1 FROM %2 WHERE id = ?").arg(columns.join(QStringLiteral(", ")), table));
    read.bind(id);
    if (Status s = read.exec(); !s)
        return s.error();
    if (!read.next())
        return notFound(label);
    const int storedVersion = read.value(0).toInt();
    if (storedVersion != expectedVersion)
        return conflict(table, id, label);

    QJsonObject changes = extraChanges;
    for (int i = 0; i < columns.size(); ++i) {
        const QJsonValue oldValue = toJson(read.value(i + 1));
        const QJsonValue newValue = toJson(row.fields().at(i).second);
        // Compare as text so that 1 vs true or 2026-01-01 vs a date read back as text do not count as changes.
        const auto asText = [](const QJsonValue &v) {
            if (v.isBool())
                return QString::number(v.toBool() ? 1 : 0);
            if (v.isDouble())
                return QString::number(v.toDouble(), 'g', 15);
            return v.isNull() ? QString() : v.toString();
        };
        if (asText(oldValue) != asText(newValue) || oldValue.isNull() != newValue.isNull())
            changes.insert(columns.at(i),
                           QJsonObject { { QStringLiteral("old"), oldValue }, { QStringLiteral("new"), newValue } });
    }
    if (changes.isEmpty())
        return storedVersion;

    QStringList assignments;
    for (const QString &c : columns)
        assignments << c + QStringLiteral(" = ?");
    assignments << QStringLiteral("version = version + 1") << QStringLiteral("updated_at = ?");
    SqlQuery q(m_db,
               QStringLiteral("UPDATE %1 SET %2 WHERE id = ? AND version = ?")
                   .arg(table, assignments.join(QStringLiteral(", "))));
    q.bindAll(row.values());
    q.bind(SqlQuery::fromDateTime(Clock::instance().now()));
    q.bind(id);
    q.bind(expectedVersion);
    if (Status s = q.exec(); !s)
        return s.error();
    if (q.numRowsAffected() != 1)
        return conflict(table, id, label);
    if (Status s = audit(table, id, QStringLiteral("update"), changes); !s)
        return s.error();
    return expectedVersion + 1;
}

Status RecordStore::remove(const QString &table, qint64 id, const QString &label)
{
    SqlQuery q(m_db, QStringLiteral("DELETE FROM %1 WHERE id = ?").arg(table));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s;
    if (q.numRowsAffected() != 1)
        return notFound(label);
    return audit(table, id, QStringLiteral("delete"), QJsonObject { { QStringLiteral("label"), label } });
}

Result<QJsonObject> RecordStore::replaceChildren(const QString &table, const QString &parentColumn, qint64 parentId,
                                                 const QStringList &columns, const QVector<QVariantList> &rows)
{
    const auto rowJson = [&columns](const QVariantList &values) {
        QJsonObject o;
        for (int i = 0; i < columns.size(); ++i)
            o.insert(columns.at(i), toJson(values.value(i)));
        return o;
    };
    QJsonArray oldRows;
    {
        SqlQuery read(m_db,
                      QStringLiteral("SELECT %1 FROM %2 WHERE %3 = ?")
                          .arg(columns.join(QStringLiteral(", ")), table, parentColumn));
        read.bind(parentId);
        if (Status s = read.exec(); !s)
            return s.error();
        while (read.next()) {
            QVariantList v;
            for (int i = 0; i < columns.size(); ++i)
                v << read.value(i);
            oldRows.append(rowJson(v));
        }
    }
    QJsonArray newRows;
    for (const auto &r : rows)
        newRows.append(rowJson(r));

    // Order-insensitive comparison: the children are a set.
    const auto canonical = [](const QJsonArray &a) {
        QStringList s;
        for (const auto &v : a)
            s << QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
        s.sort();
        return s;
    };
    if (canonical(oldRows) == canonical(newRows))
        return QJsonObject {};

    SqlQuery del(m_db, QStringLiteral("DELETE FROM %1 WHERE %2 = ?").arg(table, parentColumn));
    del.bind(parentId);
    if (Status s = del.exec(); !s)
        return s.error();
    SqlQuery ins(
        m_db,
        QStringLiteral("INSERT INTO %1 (%2, %3) VALUES (?, %4)")
            .arg(table, parentColumn, columns.join(QStringLiteral(", ")), SqlQuery::placeholders(columns.size())));
    for (const auto &r : rows) {
        ins.bind(parentId);
        ins.bindAll(r);
        if (Status s = ins.exec(); !s)
            return s.error();
    }
    return QJsonObject { { QStringLiteral("old"), oldRows }, { QStringLiteral("new"), newRows } };
}

Status RecordStore::insertChildren(const QString &table, const QString &parentColumn, qint64 parentId,
                                   const QStringList &columns, const QVector<QVariantList> &rows)
{
    // As many rows a statement as SqlQuery::rowsPerStatement allows, then the rest.
    const int width = int(columns.size()) + 1;
    const int perStatement = SqlQuery::rowsPerStatement(width);
    qsizetype done = 0;
    while (done < rows.size()) {
        const int count = rows.size() - done >= perStatement ? perStatement : int(rows.size() - done);
        SqlQuery ins(
            m_db,
            QStringLiteral("INSERT INTO %1 (%2, %3) VALUES %4")
                .arg(table, parentColumn, columns.join(QStringLiteral(", ")), SqlQuery::rowPlaceholders(width, count)));
        for (qsizetype r = done; r < done + count; ++r) {
            ins.bind(parentId);
            ins.bindAll(rows.at(r));
        }
        if (Status s = ins.exec(); !s)
            return s;
        done += count;
    }
    return Status::success();
}

Status RecordStore::audit(const QString &table, qint64 recordId, const QString &action, const QJsonObject &changes)
{
    // A bulk operation audited as a whole (AuditPause) writes its own one entry.
    if (AuditPause::isPaused(m_db))
        return Status::success();
    // Chained to the entry before it (schema 13): AuditChain.
    return AuditChain::append(m_db,
                              { Clock::instance().now(), m_db.actor(), m_db.actorId(), table, recordId, action,
                                QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)) });
}

Error RecordStore::conflict(const QString &table, qint64 id, const QString &label)
{
    // Name who changed it last, if the audit log knows.
    SqlQuery q(m_db,
               QStringLiteral("SELECT actor, at FROM audit_log WHERE table_name = ? AND record_id = ? "
                              "ORDER BY id DESC LIMIT 1"));
    q.bindAll({ table, id });
    QString who;
    if (q.exec() && q.next()) {
        const QDateTime at = SqlQuery::toDateTime(q.value(1));
        who = tr(" %1 saved it at %2.").arg(q.value(0).toString(), QLocale().toString(at, QLocale::ShortFormat));
    }
    return Error(Error::Code::Conflict,
                 tr("%1 was changed by someone else after you opened it.%2 Nothing was saved: reload to see the "
                    "current version, then make your change again.")
                     .arg(label, who),
                 QStringLiteral("%1 #%2").arg(table).arg(id));
}

Error RecordStore::notFound(const QString &label)
{
    return Error(Error::Code::NotFound, tr("%1 no longer exists; someone may have removed it.").arg(label));
}

} // namespace Kohtaamo
