#include "OfficeDataImporter.h"

#include "JsonRecord.h"
#include "domain/FundedActivity.h"
#include "fees/FeeBatch.h"
#include "fees/FeePayments.h"
#include "mail/MailSettings.h"
#include "mail/MessageTemplates.h"
#include "mail/OutboxMessage.h"
#include "repositories/FundedActivityRepository.h"
#include "repositories/MailSettingsRepository.h"
#include "repositories/MessageTemplateRepository.h"
#include "repositories/OutboxRepository.h"

#include <QJsonArray>
#include <QSet>

#include <limits>

namespace Kohtaamo {

namespace {
const QString kFundedActivities = QStringLiteral("fundedActivities");
const QString kPaymentBatches = QStringLiteral("paymentBatches");
const QString kMessageTemplates = QStringLiteral("messageTemplates");
const QString kOutbox = QStringLiteral("outbox");
const QString kMail = QStringLiteral("mail");

const QHash<QString, QString> kActivityFields { { QStringLiteral("name"), QStringLiteral("name") },
                                                { QStringLiteral("funder"), QStringLiteral("funder") },
                                                { QStringLiteral("firstYear"), QStringLiteral("firstYear") },
                                                { QStringLiteral("lastYear"), QStringLiteral("lastYear") } };
const QHash<QString, QString> kTemplateFields { { QStringLiteral("subject"), QStringLiteral("subject") },
                                                { QStringLiteral("body"), QStringLiteral("body") },
                                                { QStringLiteral("language"), QStringLiteral("language") } };
const QHash<QString, QString> kMailFields { { QStringLiteral("host"), QStringLiteral("host") },
                                            { QStringLiteral("port"), QStringLiteral("port") },
                                            { QStringLiteral("user"), QStringLiteral("user") },
                                            { QStringLiteral("fromAddress"), QStringLiteral("fromAddress") },
                                            { QStringLiteral("fromName"), QStringLiteral("fromName") } };
} // namespace

OfficeDataImporter::OfficeDataImporter(Database &db, InterchangeKeys &keys, Error &problem)
    : m_db(db), m_keys(keys), m_problem(problem)
{
}

QStringList OfficeDataImporter::lists()
{
    return { kFundedActivities, kPaymentBatches, kMessageTemplates, kOutbox };
}

QStringList OfficeDataImporter::objects()
{
    return { kMail };
}

bool OfficeDataImporter::importFundedActivities(JsonRecord &document, InterchangeSummary &summary)
{
    const QJsonArray list = document.array(kFundedActivities);
    FundedActivityRepository repository(m_db);
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        JsonRecord a = JsonRecord::element(list, i, kFundedActivities, m_problem);
        FundedActivity activity;
        activity.name = a.requiredText(QStringLiteral("name"));
        activity.funder = a.text(QStringLiteral("funder"));
        activity.organisationId = a.lookup(QStringLiteral("organisation"), m_keys.organisations,
                                           tr("no organisation of the file or of the database is called %1"), false);
        activity.firstYear = a.integer(QStringLiteral("firstYear"), 0, 9999);
        activity.lastYear = a.integer(QStringLiteral("lastYear"), 0, 9999);
        activity.active = a.flag(QStringLiteral("active"), true);
        a.finish();
        if (!a.failed() && seen.contains(activity.name))
            a.fail(QStringLiteral("name"),
                   tr("another funded activity of the file is called %1").arg(JsonRecord::quoted(activity.name)));
        if (a.failed())
            return false;
        seen.insert(activity.name);
        // One the database has already (by name) is used as it is, like an organisation.
        auto existing = repository.findByName(activity.name);
        if (existing) {
            m_keys.fundedActivities.insert(existing->name, existing->id);
            continue;
        }
        if (existing.error().code != Error::Code::NotFound) {
            a.refuse(existing.error());
            return false;
        }
        auto saved = repository.save(activity);
        if (!saved) {
            a.refuse(saved.error(), kActivityFields);
            return false;
        }
        m_keys.fundedActivities.insert(saved->name, saved->id);
        ++summary.fundedActivities;
    }
    return true;
}

bool OfficeDataImporter::importMail(JsonRecord &document, InterchangeSummary &summary)
{
    const QJsonArray list = document.array(kMessageTemplates);
    MessageTemplateRepository templates(m_db);
    QSet<QString> seenTemplates;
    for (int i = 0; i < list.size(); ++i) {
        JsonRecord t = JsonRecord::element(list, i, kMessageTemplates, m_problem);
        MessageTemplate tpl;
        tpl.kind = t.code(QStringLiteral("kind"), kMessageKindCodes, MessageKind::Invitation, true);
        tpl.language = t.requiredText(QStringLiteral("language"));
        tpl.subject = t.text(QStringLiteral("subject"));
        tpl.body = t.text(QStringLiteral("body"));
        t.finish();
        if (t.failed())
            return false;
        const QString key = toCode(tpl.kind) + QLatin1Char('/') + tpl.language;
        if (seenTemplates.contains(key)) {
            t.fail(QStringLiteral("kind"), tr("the file has this kind of message in this language twice"));
            return false;
        }
        seenTemplates.insert(key);
        auto own = templates.stored(tpl.kind, tpl.language);
        if (!own) {
            t.refuse(own.error(), kTemplateFields);
            return false;
        }
        if (own->has_value()) // the office's own wording stays
            continue;
        auto saved = templates.save(tpl);
        if (!saved) {
            t.refuse(saved.error(), kTemplateFields);
            return false;
        }
        ++summary.messageTemplates;
    }

    auto mail = document.object(kMail);
    if (!mail)
        return !document.failed();
    MailSettingsRepository repository(m_db);
    auto current = repository.get();
    if (!current) {
        mail->refuse(current.error());
        return false;
    }
    MailSettings m = *current;
    m.host = mail->text(QStringLiteral("host"));
    m.port = mail->integer(QStringLiteral("port"), 1, 65535, 587);
    m.security = mail->code(QStringLiteral("security"), kSmtpSecurityCodes, SmtpSecurity::StartTls);
    m.user = mail->text(QStringLiteral("user"));
    m.fromAddress = mail->text(QStringLiteral("fromAddress"));
    m.fromName = mail->text(QStringLiteral("fromName"));
    mail->finish();
    if (mail->failed())
        return false;
    if (m.host == current->host && m.port == current->port && m.security == current->security && m.user == current->user
        && m.fromAddress == current->fromAddress && m.fromName == current->fromName)
        return true;
    auto saved = repository.save(m);
    if (!saved) {
        mail->refuse(saved.error(), kMailFields);
        return false;
    }
    summary.mailAccountSet = true;
    return true;
}

bool OfficeDataImporter::importPaymentBatches(JsonRecord &document, InterchangeSummary &summary)
{
    const QJsonArray list = document.array(kPaymentBatches);
    FeePayments payments(m_db);
    QSet<QString> seen;
    for (int i = 0; i < list.size(); ++i) {
        JsonRecord b = JsonRecord::element(list, i, kPaymentBatches, m_problem);
        FeeBatch batch;
        batch.reference = b.requiredText(QStringLiteral("reference"));
        batch.paidOn = b.date(QStringLiteral("paidOn"));
        if (!b.failed() && !batch.paidOn.isValid())
            b.fail(QStringLiteral("paidOn"), tr("is required"));
        batch.note = b.text(QStringLiteral("note"));
        batch.createdBy = b.text(QStringLiteral("createdBy"));
        batch.createdAt = b.instant(QStringLiteral("createdAt"));
        b.finish();
        if (!b.failed() && seen.contains(batch.reference))
            b.fail(
                QStringLiteral("reference"),
                tr("another payment batch of the file has the reference %1").arg(JsonRecord::quoted(batch.reference)));
        if (b.failed())
            return false;
        seen.insert(batch.reference);
        QVector<qint64> engagements;
        for (const InterchangeKeys::BatchMember &member : m_keys.batchMembers.value(batch.reference))
            engagements << member.engagementId;
        auto restored = payments.restoreBatch(batch, engagements);
        if (!restored) {
            b.refuse(restored.error());
            return false;
        }
        ++summary.paymentBatches;
    }
    // An engagement may only name a batch the file has.
    for (auto it = m_keys.batchMembers.cbegin(); it != m_keys.batchMembers.cend(); ++it) {
        if (!seen.contains(it.key())) {
            m_problem = JsonRecord::problemAt(
                it.value().first().path,
                tr("no payment batch of the file has the reference %1").arg(JsonRecord::quoted(it.key())));
            return false;
        }
    }
    return true;
}

bool OfficeDataImporter::importOutbox(JsonRecord &document, InterchangeSummary &summary)
{
    const QJsonArray list = document.array(kOutbox);
    OutboxRepository repository(m_db);
    for (int i = 0; i < list.size(); ++i) {
        JsonRecord o = JsonRecord::element(list, i, kOutbox, m_problem);
        OutboxMessage m;
        m.requestId = o.lookup(QStringLiteral("request"), m_keys.requests,
                               tr("no request of the file has the "
                                  "reference %1"));
        m.workerId
            = o.lookup(QStringLiteral("worker"), m_keys.workers, tr("no worker of the file has the key %1"), false);
        m.kind = o.code(QStringLiteral("kind"), kMessageKindCodes, MessageKind::Invitation, true);
        m.recipientAddress = o.requiredText(QStringLiteral("recipientAddress"));
        m.recipientName = o.text(QStringLiteral("recipientName"));
        m.language = o.text(QStringLiteral("language"));
        if (m.language.isEmpty())
            m.language = QStringLiteral("fi");
        m.subject = o.requiredText(QStringLiteral("subject"));
        m.body = o.text(QStringLiteral("body"));
        m.ics = o.text(QStringLiteral("calendar")).toUtf8();
        m.icsUid = o.text(QStringLiteral("calendarUid"));
        m.icsSequence = o.integer(QStringLiteral("calendarSequence"), 0, std::numeric_limits<int>::max());
        m.messageId = o.requiredText(QStringLiteral("messageId"));
        m.state = o.code(QStringLiteral("state"), kOutboxStateCodes, OutboxState::Draft);
        m.attempts = o.integer(QStringLiteral("attempts"), 0, std::numeric_limits<int>::max());
        m.lastError = o.text(QStringLiteral("lastError"));
        m.createdAt = o.instant(QStringLiteral("createdAt"));
        m.queuedAt = o.instant(QStringLiteral("queuedAt"));
        m.sentAt = o.instant(QStringLiteral("sentAt"));
        m.createdBy = o.lookup(QStringLiteral("createdBy"), m_keys.coordinators,
                               tr("no coordinator of the file or of the database has the username %1"), false);
        o.finish();
        if (!o.failed() && m.state == OutboxState::Sent && !m.sentAt.isValid())
            o.fail(QStringLiteral("sentAt"), tr("a sent message needs the time it was sent"));
        if (o.failed())
            return false;
        auto saved = repository.restore(m);
        if (!saved) {
            o.refuse(saved.error());
            return false;
        }
        ++summary.outboxMessages;
    }
    return true;
}

} // namespace Kohtaamo
