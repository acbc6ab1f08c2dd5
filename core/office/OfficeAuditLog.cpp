// OfficeService: the audit viewer (who did what, when, to which record) and the reads that are logged (exports and
// prints of the office's data). docs/data-protection.md.
#include "OfficeService.h"

#include "audit/AuditLogQuery.h"
#include "common/Clock.h"
#include "common/Plausibility.h"
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/Transaction.h"

#include <QFileInfo>
#include <QJsonDocument>

namespace Kohtaamo {

Status OfficeService::mayReadAudit() const
{
    // A tool (actAsTool) has no coordinator record and no login; a reader of an office open read-only whose login is
    // not on file has a login and the viewer role.
    if ((m_coordinator.id == 0 && m_coordinator.username.isEmpty()) || isAdmin())
        return Status::success();
    return Error(Error::Code::NotAllowed,
                 m_coordinator.role == CoordinatorRole::Viewer
                     ? tr("Only an admin of the office reads the audit log. Your role is viewer.")
                     : tr("Only an admin of the office reads the audit log. Your role is coordinator."),
                 QStringLiteral("role"));
}

Result<QVector<AuditLogEntry>> OfficeService::auditLog(const AuditFilter &filter, int offset, int limit)
{
    if (Status s = mayReadAudit(); !s)
        return s.error();
    Transaction tx(*m_db, Database::Access::ReadOnly);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    return AuditLogQuery(*m_db).page(filter, offset, limit);
}

Result<int> OfficeService::auditLogCount(const AuditFilter &filter)
{
    if (Status s = mayReadAudit(); !s)
        return s.error();
    Transaction tx(*m_db, Database::Access::ReadOnly);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    return AuditLogQuery(*m_db).count(filter);
}

Result<QVector<QPair<QString, QString>>> OfficeService::auditActors()
{
    if (Status s = mayReadAudit(); !s)
        return s.error();
    Transaction tx(*m_db, Database::Access::ReadOnly);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    return AuditLogQuery(*m_db).actors();
}

Status OfficeService::recordExport(const ExportRecord &record)
{
    const QString format = record.format.trimmed();
    if (format.isEmpty())
        return Error(Error::Code::InvalidInput, tr("Say in which format the data was exported."),
                     QStringLiteral("format"));
    const QString fileName = QFileInfo(record.fileName).fileName();
    if (fileName.size() > Plausibility::kMaxNameLength)
        return Error(Error::Code::InvalidInput,
                     tr("The file name is longer than %1 characters.").arg(Plausibility::kMaxNameLength),
                     QStringLiteral("file"));
    if (format.size() > Plausibility::kMaxNameLength || record.subject.size() > Plausibility::kMaxNameLength)
        return Error(Error::Code::InvalidInput,
                     tr("The export's description is longer than %1 characters.").arg(Plausibility::kMaxNameLength),
                     QStringLiteral("subject"));
    // An office open read-only cannot hold the entry; whoever may read the file could copy it anyway.
    if (m_db->isReadOnly() || m_db->lacksWritePermission())
        return Status::success();
    auto value = [](const QString &v) { return QJsonObject { { QStringLiteral("new"), v } }; };
    QJsonObject changes { { QStringLiteral("exported"), value(ExportRecord::kindCode(record.kind)) },
                          { QStringLiteral("format"), value(format) } };
    if (!fileName.isEmpty())
        changes.insert(QStringLiteral("file"), value(fileName));
    if (!record.subject.trimmed().isEmpty())
        changes.insert(QStringLiteral("subject"), value(record.subject.trimmed()));
    if (!record.login.trimmed().isEmpty())
        changes.insert(QStringLiteral("login"), value(record.login.trimmed().left(Plausibility::kMaxNameLength)));
    Transaction tx(*m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    if (Status s = AuditChain::append(*m_db,
                                      { Clock::instance().now(), m_db->actor(), m_db->actorId(),
                                        QStringLiteral("exports"), 0, QStringLiteral("insert"),
                                        QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact)) });
        !s)
        return s;
    return tx.commit();
}

} // namespace Kohtaamo
