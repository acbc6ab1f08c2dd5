// Settings ▸ E-mail: a test message through the account the admin is setting up, and the preview of a wording being
// written (nothing stored).
#include "OfficeService.h"

#include "common/Clock.h"
#include "mail/MessageComposer.h"
#include "mail/MimeMessage.h"

namespace Kohtaamo {

Status OfficeService::sendTestMessage(const SmtpAccount &account, const QString &recipient)
{
    if (Status s = requireWriter(); !s)
        return s;
    if (!account.isValid())
        return Error(Error::Code::InvalidInput, tr("Enter the server and the sender's address first."),
                     QStringLiteral("account"));
    const QString to = recipient.trimmed();
    if (!MimeMessage::isAddress(to))
        return Error(Error::Code::InvalidInput, tr("The address to send the test message to is not valid."),
                     QStringLiteral("recipient"));
    MimeMessage message;
    message.fromAddress = account.fromAddress;
    message.fromName = account.fromName;
    message.toAddress = to;
    message.subject = tr("Kohtaamo: test message");
    message.text = tr("This message was sent from Kohtaamo to check the office's e-mail account. It needs no answer.");
    const QString domain = account.fromAddress.section(QLatin1Char('@'), 1);
    message.messageId = MimeMessage::newMessageId(domain.isEmpty() ? QStringLiteral("kohtaamo.invalid") : domain);
    message.date = Clock::instance().now();
    return SmtpSender(account).send(to, message.toBytes(), 30);
}

Result<OutboxMessage> OfficeService::previewTemplate(qint64 requestId, qint64 workerId, const MessageTemplate &tpl)
{
    if (Status s = MessageTemplates::validate(tpl); !s)
        return s.error();
    MessageComposer composer(*m_db, m_coordinator);
    composer.useTemplate(tpl);
    return composer.compose(requestId, workerId, tpl.kind);
}

} // namespace Kohtaamo
