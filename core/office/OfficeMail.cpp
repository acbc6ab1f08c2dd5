// OfficeService: e-mail. The office's account and wording, the messages the workflow drafts, the outbox, sending
// (core/mail; docs/mail.md).
#include "OfficeRun.h"

#include "common/Clock.h"
#include "mail/MessageComposer.h"
#include "mail/MimeMessage.h"
#include "repositories/MailSettingsRepository.h"
#include "repositories/MessageTemplateRepository.h"
#include "repositories/OutboxRepository.h"
#include "repositories/WorkerRepository.h"

namespace Kohtaamo {

namespace {
QByteArray messageBytes(const OutboxMessage &m, const SmtpAccount &account)
{
    MimeMessage mime;
    mime.fromAddress = account.fromAddress;
    mime.fromName = account.fromName;
    mime.toAddress = m.recipientAddress;
    mime.toName = m.recipientName;
    mime.subject = m.subject;
    mime.text = m.body;
    mime.ics = m.ics;
    mime.icsMethod = m.kind == MessageKind::Cancellation ? QByteArrayLiteral("CANCEL") : QByteArrayLiteral("REQUEST");
    mime.messageId = m.messageId;
    mime.date = Clock::instance().now();
    return mime.toBytes();
}

Error adminOnly()
{
    return Error(Error::Code::NotAllowed,
                 OfficeService::tr("Only an admin can change the office's e-mail account and messages."),
                 QStringLiteral("role"));
}
} // namespace

// --- the account ---

Result<MailSettings> OfficeService::mailSettings()
{
    return MailSettingsRepository(*m_db).get();
}

Result<MailSettings> OfficeService::saveMailSettings(const MailSettings &settings)
{
    if (!isAdmin())
        return adminOnly();
    return run<MailSettings>([&](OfficeChange &change) -> Result<MailSettings> {
        auto stored = MailSettingsRepository(*m_db).save(settings);
        if (stored)
            change.add(OfficeChange::Kind::Settings, kOfficeSettingsRecord);
        return stored;
    });
}

Result<SmtpAccount> OfficeService::smtpAccount()
{
    auto settings = mailSettings();
    if (!settings)
        return settings.error();
    if (!settings->hasAccount())
        return Error(Error::Code::NotFound,
                     tr("The office has no mail account yet: an admin sets one in Settings ▸ E-mail."),
                     QStringLiteral("host"));
    return SmtpAccount::fromSettings(*settings);
}

Result<bool> OfficeService::mailEnabled()
{
    auto settings = mailSettings();
    if (!settings)
        return settings.error();
    return !settings->fromAddress.isEmpty();
}

// --- the wording ---

QVector<MessageTemplates::Placeholder> OfficeService::messagePlaceholders()
{
    return MessageTemplates::placeholders();
}

Result<MessageTemplate> OfficeService::messageTemplate(MessageKind kind, const QString &language)
{
    return MessageTemplateRepository(*m_db).get(kind, language);
}

Result<MessageTemplate> OfficeService::saveMessageTemplate(const MessageTemplate &tpl)
{
    if (!isAdmin())
        return adminOnly();
    return run<MessageTemplate>([&](OfficeChange &change) -> Result<MessageTemplate> {
        auto stored = MessageTemplateRepository(*m_db).save(tpl);
        if (stored)
            change.addAll(OfficeChange::Kind::MessageTemplate);
        return stored;
    });
}

Result<MessageTemplate> OfficeService::resetMessageTemplate(MessageKind kind, const QString &language)
{
    if (!isAdmin())
        return adminOnly();
    return run<MessageTemplate>([&](OfficeChange &change) -> Result<MessageTemplate> {
        auto builtIn = MessageTemplateRepository(*m_db).reset(kind, language);
        if (builtIn)
            change.addAll(OfficeChange::Kind::MessageTemplate);
        return builtIn;
    });
}

// --- messages ---

Result<OutboxMessage> OfficeService::previewMessage(qint64 requestId, qint64 workerId, MessageKind kind)
{
    return MessageComposer(*m_db, m_coordinator).compose(requestId, workerId, kind);
}

Result<OutboxMessage> OfficeService::draftMessage(qint64 requestId, qint64 workerId, MessageKind kind)
{
    return run<OutboxMessage>([&](OfficeChange &change) -> Result<OutboxMessage> {
        MessageComposer composer(*m_db, m_coordinator);
        auto message = composer.compose(requestId, workerId, kind);
        if (!message)
            return message;
        auto stored = composer.store(*message);
        if (stored)
            change.add(OfficeChange::Kind::Outbox, stored->id).add(OfficeChange::Kind::Request, requestId);
        return stored;
    });
}

Result<QVector<OutboxMessage>> OfficeService::draftDueReminders(const TodayAgenda::Options &options)
{
    return run<QVector<OutboxMessage>>([&](OfficeChange &change) -> Result<QVector<OutboxMessage>> {
        QVector<OutboxMessage> drafts;
        auto enabled = mailEnabled();
        if (!enabled)
            return enabled.error();
        if (!*enabled)
            return drafts;
        const QDate today = options.today.isValid() ? options.today : Clock::instance().today();
        const QDateTime midnight(today, QTime(0, 0));
        auto due = OutboxRepository(*m_db).dueReminders(
            midnight.addDays(-options.staleInvitationDays), midnight.addDays(-options.staleInvitationDays), midnight,
            midnight.addDays(options.engagementDaysAhead), midnight.addDays(-options.engagementDaysAhead));
        if (!due)
            return due.error();
        MessageComposer composer(*m_db, m_coordinator);
        for (const OutboxRepository::Due &d : std::as_const(*due)) {
            auto worker = WorkerRepository(*m_db).get(d.workerId);
            if (!worker)
                return worker.error();
            if (worker->email.trimmed().isEmpty())
                continue;
            if (d.unanswered) {
                auto logged = InvitationOperations(*m_db).remind(d.invitationId, d.invitationVersion);
                if (!logged)
                    return logged.error();
                change.add(OfficeChange::Kind::Invitation, d.invitationId);
            }
            auto message = composer.compose(d.requestId, d.workerId, MessageKind::Reminder);
            if (!message)
                return message.error();
            auto stored = composer.store(*message);
            if (!stored)
                return stored.error();
            change.add(OfficeChange::Kind::Outbox, stored->id).add(OfficeChange::Kind::Request, d.requestId);
            drafts << *stored;
        }
        return drafts;
    });
}

Result<QVector<OutboxMessage>> OfficeService::outbox(const OutboxFilter &filter)
{
    return OutboxRepository(*m_db).list(filter);
}

Result<OutboxMessage> OfficeService::outboxMessage(qint64 id)
{
    return OutboxRepository(*m_db).get(id);
}

Result<OutboxCounts> OfficeService::outboxCounts(qint64 requestId)
{
    return OutboxRepository(*m_db).counts(requestId);
}

Result<OutboxMessage> OfficeService::approveMessage(qint64 id, int expectedVersion, const QString &subject,
                                                    const QString &body)
{
    return run<OutboxMessage>([&](OfficeChange &change) -> Result<OutboxMessage> {
        auto approved = OutboxRepository(*m_db).approve(id, expectedVersion, subject, body);
        if (approved)
            change.add(OfficeChange::Kind::Outbox, id).add(OfficeChange::Kind::Request, approved->requestId);
        return approved;
    });
}

Result<int> OfficeService::approveAll(qint64 requestId)
{
    return run<int>([&](OfficeChange &change) -> Result<int> {
        OutboxRepository repo(*m_db);
        auto drafts = repo.list({ requestId, OutboxState::Draft });
        if (!drafts)
            return drafts.error();
        for (const OutboxMessage &m : std::as_const(*drafts)) {
            auto approved = repo.approve(m.id, m.version, m.subject, m.body);
            if (!approved)
                return approved.error();
            change.add(OfficeChange::Kind::Outbox, m.id).add(OfficeChange::Kind::Request, m.requestId);
        }
        return int(drafts->size());
    });
}

Status OfficeService::discardMessage(qint64 id, int expectedVersion)
{
    auto done = run<bool>([&](OfficeChange &change) -> Result<bool> {
        auto stored = OutboxRepository(*m_db).get(id);
        if (!stored)
            return stored.error();
        if (Status s = OutboxRepository(*m_db).remove(id, expectedVersion); !s)
            return s.error();
        change.add(OfficeChange::Kind::Outbox, id).add(OfficeChange::Kind::Request, stored->requestId);
        return true;
    });
    return done ? Status::success() : Status(done.error());
}

Result<QByteArray> OfficeService::messageFile(qint64 id)
{
    auto message = outboxMessage(id);
    if (!message)
        return message.error();
    auto settings = mailSettings();
    if (!settings)
        return settings.error();
    return messageBytes(*message, SmtpAccount::fromSettings(*settings));
}

Result<OutboxSendReport> OfficeService::sendOutbox(const SmtpAccount &given, const PasswordProvider &password)
{
    if (Status s = requireWriter(); !s)
        return s.error();
    SmtpAccount account = given;
    if (!account.isValid())
        return Error(Error::Code::InvalidInput,
                     tr("No mail account to send with: set one in Settings ▸ E-mail (with the sender's address)."),
                     QStringLiteral("account"));
    OutboxRepository reader(*m_db);
    QVector<qint64> ids;
    for (OutboxState state : { OutboxState::Queued, OutboxState::Failed }) {
        auto waiting = reader.list({ 0, state });
        if (!waiting)
            return waiting.error();
        for (const OutboxMessage &m : std::as_const(*waiting))
            ids << m.id;
    }
    std::sort(ids.begin(), ids.end());
    OutboxSendReport report;
    if (ids.isEmpty())
        return report;
    if (!account.user.isEmpty() && account.password.isEmpty() && password)
        account.password = password();
    const SmtpSender sender(account);
    for (qint64 id : std::as_const(ids)) {
        QString answer;
        auto sent = run<std::optional<bool>>([&](OfficeChange &change) -> Result<std::optional<bool>> {
            OutboxRepository repo(*m_db);
            auto claimed = repo.claimForSending(id);
            if (!claimed)
                return claimed.error();
            if (!*claimed) // sent meanwhile (another coordinator, another job): never twice
                return std::optional<bool>();
            auto message = repo.get(id);
            if (!message)
                return message.error();
            const Status status = sender.send(message->recipientAddress, messageBytes(*message, account), 30);
            Result<OutboxMessage> marked = status
                ? repo.markSent(id, message->version, message->attempts + 1, Clock::instance().now())
                : repo.markFailed(id, message->version, message->attempts + 1, status.error().detail);
            if (!marked)
                return marked.error();
            if (!status)
                answer = status.error().detail;
            change.add(OfficeChange::Kind::Outbox, id).add(OfficeChange::Kind::Request, message->requestId);
            return std::optional<bool>(bool(status));
        });
        if (!sent)
            return sent.error();
        if (!sent->has_value())
            continue;
        if (**sent) {
            ++report.sent;
            report.sentIds << id;
        } else {
            ++report.failed;
            report.failedIds << id;
            report.lastError = answer;
        }
    }
    return report;
}

// --- the workflow's drafts ---

Status OfficeService::draftMail(qint64 requestId, const QVector<qint64> &workerIds, MessageKind kind,
                                OfficeChange &change)
{
    auto enabled = mailEnabled();
    if (!enabled)
        return enabled.error();
    if (!*enabled || workerIds.isEmpty())
        return Status::success();
    auto drafts = MessageComposer(*m_db, m_coordinator).draftForWorkers(requestId, workerIds, kind);
    if (!drafts)
        return drafts.error();
    for (const OutboxMessage &m : std::as_const(*drafts))
        change.add(OfficeChange::Kind::Outbox, m.id);
    return Status::success();
}

Status OfficeService::draftRequesterConfirmation(qint64 requestId, OfficeChange &change)
{
    auto enabled = mailEnabled();
    if (!enabled)
        return enabled.error();
    if (!*enabled)
        return Status::success();
    MessageComposer composer(*m_db, m_coordinator);
    auto message = composer.compose(requestId, 0, MessageKind::RequesterConfirmation);
    if (!message)
        return message.error().detail == QLatin1String("requesterEmail") ? Status::success() : Status(message.error());
    auto stored = composer.store(*message);
    if (!stored)
        return stored.error();
    change.add(OfficeChange::Kind::Outbox, stored->id);
    return Status::success();
}

} // namespace Kohtaamo
