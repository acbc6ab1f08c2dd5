#include "AuditLogQuery.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>

#include <QJsonDocument>
#include <QSet>
#include <algorithm>
#include <functional>

namespace Kohtaamo {

namespace {
// Runs `sql` with an IN list of `ids` and gives each row's columns to `take`.
Status eachRow(Database &db, const QString &sql, const QSet<qint64> &ids,
               const std::function<void(const SqlQuery &)> &take)
{
    if (ids.isEmpty())
        return Status::success();
    SqlQuery q(db, sql.arg(SqlQuery::placeholders(ids.size())));
    for (qint64 id : ids)
        q.bind(id);
    if (Status s = q.exec(); !s)
        return s;
    while (q.next())
        take(q);
    return Status::success();
}
} // namespace

AuditLogQuery::AuditLogQuery(Database &db) : m_db(db) { }

Status AuditLogQuery::validate(const AuditFilter &filter)
{
    if (filter.from.isValid() && filter.to.isValid() && filter.to < filter.from)
        return Error(Error::Code::InvalidInput,
                     tr("The period ends before it begins: the “to” date is before the "
                        "“from” date."),
                     QStringLiteral("to"));
    if (!filter.table.isEmpty() && filter.recordId <= 0)
        return Error(Error::Code::InvalidInput, tr("Name the record by its number as well as its kind."),
                     QStringLiteral("record"));
    if (filter.workerId < 0)
        return Error(Error::Code::InvalidInput, tr("A worker's number is a positive number."),
                     QStringLiteral("worker"));
    if (filter.text.size() > 200)
        return Error(Error::Code::InvalidInput, tr("The search text is longer than 200 characters."),
                     QStringLiteral("text"));
    return Status::success();
}

AuditLogQuery::Where AuditLogQuery::where(const AuditFilter &filter) const
{
    QStringList parts;
    Where w;
    if (filter.hasRecord()) {
        parts << QStringLiteral("table_name = ? AND record_id = ?");
        w.binds << filter.table << filter.recordId;
    }
    if (filter.workerId > 0) {
        // Each branch is one lookup of audit_log_record: the worker's own record, their erasure and subject access
        // exports, and their consents, invitations and engagements.
        parts << QStringLiteral(
            "((table_name IN ('workers', 'erasures', 'subject_access') AND record_id = ?) "
            "OR (table_name = 'consents' AND record_id IN (SELECT id FROM consents WHERE worker_id = ?)) "
            "OR (table_name = 'invitations' AND record_id IN (SELECT id FROM invitations WHERE worker_id = ?)) "
            "OR (table_name = 'engagements' AND record_id IN (SELECT id FROM engagements WHERE worker_id = ?)))");
        w.binds << filter.workerId << filter.workerId << filter.workerId << filter.workerId;
    }
    if (!filter.actor.isEmpty()) {
        parts << QStringLiteral("actor = ?");
        w.binds << filter.actor;
    }
    if (filter.from.isValid()) {
        parts << QStringLiteral("at >= ?");
        w.binds << SqlQuery::fromDateTime(QDateTime(filter.from, QTime(0, 0)));
    }
    if (filter.to.isValid()) {
        parts << QStringLiteral("at < ?");
        w.binds << SqlQuery::fromDateTime(QDateTime(filter.to.addDays(1), QTime(0, 0)));
    }
    if (!filter.text.trimmed().isEmpty()) {
        parts << m_db.dialect().containsText(QStringLiteral("changes"));
        w.binds << m_db.dialect().containsTextValues(filter.text.trimmed());
    }
    if (!parts.isEmpty())
        w.sql = QStringLiteral(" WHERE ") + parts.join(QStringLiteral(" AND "));
    return w;
}

Result<QVector<AuditLogEntry>> AuditLogQuery::page(const AuditFilter &filter, int offset, int limit)
{
    if (Status s = validate(filter); !s)
        return s.error();
    if (limit <= 0 || offset < 0)
        return Error(Error::Code::InvalidInput, tr("Ask for at least one audit entry from a place in the list."),
                     QStringLiteral("limit"));
    const Where w = where(filter);
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, at, actor, table_name, record_id, action, changes, actor_id FROM audit_log"
                              "%1 ORDER BY id DESC LIMIT ? OFFSET ?")
                   .arg(w.sql));
    q.bindAll(w.binds);
    q.bind(limit);
    q.bind(offset);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<AuditLogEntry> out;
    while (q.next()) {
        AuditLogEntry e;
        e.entry.id = q.value(0).toLongLong();
        e.entry.at = SqlQuery::toDateTime(q.value(1));
        e.entry.actor = q.value(2).toString();
        e.entry.tableName = q.value(3).toString();
        e.entry.recordId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
        e.entry.action = q.value(5).toString();
        e.entry.changes = QJsonDocument::fromJson(q.value(6).toString().toUtf8()).object();
        e.actorId = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
        out.append(e);
    }
    if (Status s = name(out); !s)
        return s.error();
    return out;
}

Result<int> AuditLogQuery::count(const AuditFilter &filter)
{
    if (Status s = validate(filter); !s)
        return s.error();
    const Where w = where(filter);
    SqlQuery q(m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log%1").arg(w.sql));
    q.bindAll(w.binds);
    auto n = q.scalar();
    if (!n)
        return n.error();
    return n->toInt();
}

Result<QVector<QPair<QString, QString>>> AuditLogQuery::actors()
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT a.actor, c.display_name FROM (SELECT DISTINCT actor FROM audit_log) a "
                              "LEFT JOIN coordinators c ON c.username = a.actor"));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<QPair<QString, QString>> out;
    while (q.next())
        out.append({ q.value(0).toString(), q.value(1).toString() });
    std::sort(out.begin(), out.end(), [](const auto &a, const auto &b) {
        const QString an = a.second.isEmpty() ? a.first : a.second;
        const QString bn = b.second.isEmpty() ? b.first : b.second;
        return QString::localeAwareCompare(an, bn) < 0;
    });
    return out;
}

Status AuditLogQuery::name(QVector<AuditLogEntry> &entries)
{
    QSet<qint64> workers, requests, consents, invitations, engagements, outcomes, coordinators, organisations;
    for (const AuditLogEntry &e : entries) {
        const QString &t = e.entry.tableName;
        const qint64 id = e.entry.recordId;
        if (id <= 0)
            continue;
        if (t == QLatin1String("workers") || t == QLatin1String("erasures") || t == QLatin1String("subject_access"))
            workers.insert(id);
        else if (t == QLatin1String("requests"))
            requests.insert(id);
        else if (t == QLatin1String("consents"))
            consents.insert(id);
        else if (t == QLatin1String("invitations"))
            invitations.insert(id);
        else if (t == QLatin1String("engagements"))
            engagements.insert(id);
        else if (t == QLatin1String("meeting_outcomes"))
            outcomes.insert(id);
        else if (t == QLatin1String("coordinators"))
            coordinators.insert(id);
        else if (t == QLatin1String("organisations"))
            organisations.insert(id);
    }
    // What a consent, invitation, engagement or outcome belongs to: (worker, request).
    QHash<QString, QHash<qint64, QPair<qint64, qint64>>> owners;
    auto ownersOf = [&](const QString &table, const QString &sql, const QSet<qint64> &ids) {
        return eachRow(m_db, sql, ids, [&](const SqlQuery &q) {
            const qint64 worker = q.value(1).isNull() ? 0 : q.value(1).toLongLong();
            const qint64 request = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
            owners[table].insert(q.value(0).toLongLong(), { worker, request });
            if (worker > 0)
                workers.insert(worker);
            if (request > 0)
                requests.insert(request);
        });
    };
    if (Status s = ownersOf(QStringLiteral("consents"),
                            QStringLiteral("SELECT id, worker_id, NULL FROM consents WHERE id IN (%1)"), consents);
        !s)
        return s;
    if (Status s
        = ownersOf(QStringLiteral("invitations"),
                   QStringLiteral("SELECT id, worker_id, request_id FROM invitations WHERE id IN (%1)"), invitations);
        !s)
        return s;
    if (Status s
        = ownersOf(QStringLiteral("engagements"),
                   QStringLiteral("SELECT id, worker_id, request_id FROM engagements WHERE id IN (%1)"), engagements);
        !s)
        return s;
    if (Status s
        = ownersOf(QStringLiteral("meeting_outcomes"),
                   QStringLiteral("SELECT id, NULL, request_id FROM meeting_outcomes WHERE id IN (%1)"), outcomes);
        !s)
        return s;
    // Who acted, by login: the entry names the login it was written under.
    QSet<QString> logins;
    for (const AuditLogEntry &e : entries)
        logins.insert(e.entry.actor);
    QHash<QString, QString> loginNames;
    if (!logins.isEmpty()) {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT username, display_name FROM coordinators WHERE username IN (%1)")
                       .arg(SqlQuery::placeholders(logins.size())));
        for (const QString &login : std::as_const(logins))
            q.bind(login);
        if (Status s = q.exec(); !s)
            return s;
        while (q.next())
            loginNames.insert(q.value(0).toString(), q.value(1).toString());
    }
    QHash<qint64, QString> workerNames, references, coordinatorNames, organisationNames;
    auto names = [&](const QString &sql, const QSet<qint64> &ids, QHash<qint64, QString> &into) {
        return eachRow(m_db, sql, ids,
                       [&](const SqlQuery &q) { into.insert(q.value(0).toLongLong(), q.value(1).toString()); });
    };
    if (Status s = names(QStringLiteral("SELECT id, display_name FROM workers WHERE id IN (%1)"), workers, workerNames);
        !s)
        return s;
    if (Status s = names(QStringLiteral("SELECT id, reference FROM requests WHERE id IN (%1)"), requests, references);
        !s)
        return s;
    if (Status s = names(QStringLiteral("SELECT id, display_name FROM coordinators WHERE id IN (%1)"), coordinators,
                         coordinatorNames);
        !s)
        return s;
    if (Status s = names(QStringLiteral("SELECT id, name FROM organisations WHERE id IN (%1)"), organisations,
                         organisationNames);
        !s)
        return s;

    for (AuditLogEntry &e : entries) {
        e.actorName = loginNames.value(e.entry.actor);
        const QString &t = e.entry.tableName;
        const qint64 id = e.entry.recordId;
        if (t == QLatin1String("workers") || t == QLatin1String("erasures") || t == QLatin1String("subject_access"))
            e.recordLabel = workerNames.value(id);
        else if (t == QLatin1String("requests"))
            e.recordLabel = references.value(id);
        else if (t == QLatin1String("coordinators"))
            e.recordLabel = coordinatorNames.value(id);
        else if (t == QLatin1String("organisations"))
            e.recordLabel = organisationNames.value(id);
        else if (owners.contains(t) && owners[t].contains(id)) {
            const auto [worker, request] = owners[t].value(id);
            QStringList parts;
            if (worker > 0 && workerNames.contains(worker))
                parts << workerNames.value(worker);
            if (request > 0 && references.contains(request))
                parts << references.value(request);
            e.recordLabel = parts.join(QStringLiteral(", "));
        }
    }
    return Status::success();
}

} // namespace Kohtaamo
