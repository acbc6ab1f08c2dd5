#include "MailSettingsRepository.h"

#include "mail/MimeMessage.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"

#include <QJsonObject>
#include <QRegularExpression>
#include <QUuid>

namespace Kohtaamo {

namespace {
const QString kTable = QStringLiteral("office_settings");
constexpr qint64 kId = 1;

bool looksLikeAddress(const QString &a)
{
    return MimeMessage::isAddress(a);
}
} // namespace

MailSettingsRepository::MailSettingsRepository(Database &db) : m_db(db) { }

Result<MailSettings> MailSettingsRepository::get()
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT version, smtp_host, smtp_port, smtp_security, smtp_user, mail_from_address, "
                              "mail_from_name FROM office_settings WHERE id = ?"));
    q.bind(kId);
    if (Status s = q.exec(); !s)
        return s.error();
    MailSettings m;
    if (q.next()) {
        m.version = q.value(0).toInt();
        m.host = q.value(1).toString();
        m.port = q.value(2).toInt();
        m.security = smtpSecurityFromCode(q.value(3).toString()).value_or(SmtpSecurity::StartTls);
        m.user = q.value(4).toString();
        m.fromAddress = q.value(5).toString();
        m.fromName = q.value(6).toString();
    }
    return m;
}

Status MailSettingsRepository::validate(const MailSettings &m)
{
    static const QRegularExpression hostPattern(QStringLiteral("^[A-Za-z0-9.-]+$"));
    if (!m.host.isEmpty() && !hostPattern.match(m.host).hasMatch())
        return Error(Error::Code::InvalidInput,
                     tr("“%1” is not a mail server's name. Write it like smtp.example.fi.").arg(m.host),
                     QStringLiteral("host"));
    if (m.port < 1 || m.port > 65535)
        return Error(Error::Code::InvalidInput, tr("The port must be between 1 and 65535 (usually 587 or 465)."),
                     QStringLiteral("port"));
    if (m.host.isEmpty() ? !m.fromAddress.isEmpty() && !looksLikeAddress(m.fromAddress)
                         : !looksLikeAddress(m.fromAddress))
        return Error(Error::Code::InvalidInput,
                     tr("The sender's address must be an e-mail address, such as toimisto@example.fi."),
                     QStringLiteral("fromAddress"));
    if (m.fromName.contains(QLatin1Char('\n')) || m.user.contains(QLatin1Char('\n')))
        return Error(Error::Code::InvalidInput, tr("The sender's name and the user name must be one line."),
                     m.fromName.contains(QLatin1Char('\n')) ? QStringLiteral("fromName") : QStringLiteral("user"));
    return Status::success();
}

Result<MailSettings> MailSettingsRepository::save(const MailSettings &m)
{
    if (Status s = validate(m); !s)
        return s.error();
    Row row;
    row.set(QStringLiteral("smtp_host"), m.host.trimmed())
        .set(QStringLiteral("smtp_port"), m.port)
        .set(QStringLiteral("smtp_security"), toCode(m.security))
        .set(QStringLiteral("smtp_user"), m.user.trimmed())
        .set(QStringLiteral("mail_from_address"), m.fromAddress.trimmed())
        .set(QStringLiteral("mail_from_name"), m.fromName.trimmed());
    auto version = RecordStore(m_db).update(kTable, kId, m.version, row, tr("The office's mail account"));
    if (!version)
        return version.error();
    return get();
}

Result<QString> MailSettingsRepository::officeMailId()
{
    SqlQuery q(m_db, QStringLiteral("SELECT mail_office_id FROM office_settings WHERE id = ?"));
    q.bind(kId);
    auto id = q.scalar();
    if (!id)
        return id.error();
    if (!id->toString().isEmpty())
        return id->toString();
    // Given once; a concurrent first use keeps whichever id was written first.
    const QString fresh = QUuid::createUuid().toString(QUuid::WithoutBraces) + QStringLiteral(".kohtaamo");
    SqlQuery set(m_db,
                 QStringLiteral("UPDATE office_settings SET mail_office_id = ? WHERE id = ? AND mail_office_id = ''"));
    set.bindAll({ fresh, kId });
    if (Status s = set.exec(); !s)
        return s.error();
    if (set.numRowsAffected() == 1)
        if (Status s = RecordStore(m_db).audit(
                kTable, kId, QStringLiteral("update"),
                QJsonObject { { QStringLiteral("mail_office_id"), QJsonObject { { QStringLiteral("new"), fresh } } } });
            !s)
            return s.error();
    return officeMailId();
}

} // namespace Kohtaamo
