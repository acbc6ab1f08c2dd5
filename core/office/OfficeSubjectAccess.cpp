// OfficeService: subject access (GDPR Art. 15; docs/data-protection.md): everything the office holds about one worker,
// every column of every row as stored, in one JSON object. Read in the transaction that also audits the export.
#include "OfficeRun.h"

#include "common/Clock.h"
#include "common/Version.h"
#include "repositories/WorkerRepository.h"
#include "storage/AuditChain.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

namespace Kohtaamo {

namespace {
QJsonValue toJson(const QVariant &v)
{
    if (v.isNull())
        return QJsonValue::Null;
    switch (v.typeId()) {
    case QMetaType::QDate:
        return v.toDate().toString(Qt::ISODate);
    case QMetaType::QDateTime:
        return v.toDateTime().toUTC().toString(Qt::ISODateWithMs);
    case QMetaType::QByteArray:
        return QString::fromUtf8(v.toByteArray());
    default:
        return QJsonValue::fromVariant(v);
    }
}

Result<QJsonArray> rows(Database &db, const QString &sql, const QVariantList &binds)
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    if (Status s = q.exec(); !s)
        return s.error();
    QJsonArray out;
    while (q.next()) {
        const QSqlRecord record = q.raw().record();
        QJsonObject row;
        for (int i = 0; i < record.count(); ++i)
            row.insert(record.fieldName(i), toJson(q.value(i)));
        out.append(row);
    }
    return out;
}

QString likePattern(const QString &text)
{
    QString escaped = text;
    escaped.replace(QLatin1Char('\\'), QStringLiteral("\\\\"))
        .replace(QLatin1Char('%'), QStringLiteral("\\%"))
        .replace(QLatin1Char('_'), QStringLiteral("\\_"));
    return QLatin1Char('%') + escaped + QLatin1Char('%');
}
} // namespace

Result<QJsonObject> OfficeService::subjectAccess(qint64 workerId)
{
    return run<QJsonObject>([&](OfficeChange &) -> Result<QJsonObject> {
        if (Status s = mayChangeWorker(workerId); !s)
            return s.error();
        auto stored = WorkerRepository(*m_db).get(workerId);
        if (!stored)
            return stored.error();
        const QString name = stored->displayName;
        // A pattern that matches nothing when the worker has no e-mail address.
        const QString email = stored->email.trimmed().isEmpty() ? QStringLiteral("\n") : stored->email.trimmed();
        const QString invitationsOf = QStringLiteral("SELECT id FROM invitations WHERE worker_id = ?");
        const QString requestsOf = QStringLiteral("SELECT request_id FROM invitations WHERE worker_id = ? UNION "
                                                  "SELECT request_id FROM engagements WHERE worker_id = ?");
        struct Part
        {
            const char *key;
            QString sql;
            QVariantList binds;
        };
        const QVector<Part> parts {
            { "worker", QStringLiteral("SELECT * FROM workers WHERE id = ?"), { workerId } },
            { "organisation",
              QStringLiteral("SELECT id, name FROM organisations WHERE id = (SELECT organisation_id FROM workers "
                             "WHERE id = ?)"),
              { workerId } },
            { "languages",
              QStringLiteral("SELECT * FROM worker_languages WHERE worker_id = ? ORDER BY language"),
              { workerId } },
            { "regions",
              QStringLiteral("SELECT * FROM worker_regions WHERE worker_id = ? ORDER BY region"),
              { workerId } },
            { "experiences",
              QStringLiteral("SELECT e.*, t.code AS topic_code FROM worker_experiences e JOIN topics t ON t.id = "
                             "e.topic_id WHERE e.worker_id = ? ORDER BY e.id"),
              { workerId } },
            { "service_types",
              QStringLiteral("SELECT * FROM worker_service_types WHERE worker_id = ? ORDER BY service_type"),
              { workerId } },
            { "unavailable_periods",
              QStringLiteral("SELECT * FROM worker_unavailability WHERE worker_id = ? ORDER BY starts"),
              { workerId } },
            { "consents", QStringLiteral("SELECT * FROM consents WHERE worker_id = ? ORDER BY id"), { workerId } },
            { "requests",
              QStringLiteral("SELECT id, reference, title, work_date, status FROM requests WHERE id IN (%1) "
                             "ORDER BY id")
                  .arg(requestsOf),
              { workerId, workerId } },
            { "invitations",
              QStringLiteral("SELECT * FROM invitations WHERE worker_id = ? ORDER BY id"),
              { workerId } },
            { "invitation_events",
              QStringLiteral("SELECT * FROM invitation_events WHERE invitation_id IN (%1) ORDER BY id")
                  .arg(invitationsOf),
              { workerId } },
            { "engagements",
              QStringLiteral("SELECT * FROM engagements WHERE worker_id = ? ORDER BY id"),
              { workerId } },
            { "change_notices",
              QStringLiteral("SELECT * FROM change_notices WHERE worker_id = ? ORDER BY id"),
              { workerId } },
            { "knowledge_entries",
              QStringLiteral("SELECT * FROM knowledge_entries WHERE text LIKE ? ESCAPE '\\' ORDER BY id"),
              { likePattern(name) } },
            { "mail",
              QStringLiteral("SELECT * FROM outbox_messages WHERE worker_id = ? OR recipient_address = ? "
                             "OR body LIKE ? ESCAPE '\\' ORDER BY id"),
              { workerId, email, likePattern(name) } },
            { "audit_entries",
              QStringLiteral("SELECT id, at, actor, actor_id, table_name, record_id, action, changes FROM audit_log "
                             "WHERE (table_name IN ('workers', 'erasures', 'subject_access') AND record_id = ?) "
                             "OR (table_name = 'consents' AND record_id IN (SELECT id FROM consents WHERE worker_id "
                             "= ?)) OR (table_name = 'invitations' AND record_id IN (%1)) "
                             "OR (table_name = 'engagements' AND record_id IN (SELECT id FROM engagements WHERE "
                             "worker_id = ?)) OR changes LIKE ? ESCAPE '\\' ORDER BY id")
                  .arg(invitationsOf),
              // A value that is their name exactly (a recipient's name), not every text that contains it: a short
              // name inside another person's would hand that person's entries to this one.
              { workerId, workerId, workerId, workerId, likePattern(QLatin1Char('"') + name + QLatin1Char('"')) } },
        };
        QJsonObject out;
        out.insert(QStringLiteral("format"), QStringLiteral("kohtaamo-subject-access-1"));
        out.insert(QStringLiteral("made_at"), Clock::instance().now().toUTC().toString(Qt::ISODateWithMs));
        out.insert(QStringLiteral("made_by"), m_db->actor());
        out.insert(QStringLiteral("kohtaamo_version"), kohtaamoVersion());
        for (const Part &p : parts) {
            auto found = rows(*m_db, p.sql, p.binds);
            if (!found)
                return found.error();
            if (QLatin1String(p.key) == QLatin1String("worker")
                || QLatin1String(p.key) == QLatin1String("organisation"))
                out.insert(QLatin1String(p.key), found->isEmpty() ? QJsonValue() : found->first());
            else
                out.insert(QLatin1String(p.key), *found);
        }
        // The export itself: who exported whose data, when (nothing personal in the entry).
        const QJsonObject audit { { QStringLiteral("worker_id"), QJsonObject { { QStringLiteral("new"), workerId } } },
                                  { QStringLiteral("exported"),
                                    QJsonObject { { QStringLiteral("new"), QStringLiteral("subject access") } } } };
        if (Status a = AuditChain::append(*m_db,
                                          { Clock::instance().now(), m_db->actor(), m_db->actorId(),
                                            QStringLiteral("subject_access"), workerId, QStringLiteral("insert"),
                                            QString::fromUtf8(QJsonDocument(audit).toJson(QJsonDocument::Compact)) });
            !a)
            return a.error();
        return out;
    });
}

} // namespace Kohtaamo
