#include "OfficeDataExporter.h"

#include "InterchangeFormat.h"
#include "fees/FeeQuery.h"
#include "mail/MessageTemplates.h"
#include "repositories/FundedActivityRepository.h"
#include "repositories/MailSettingsRepository.h"
#include "repositories/MessageTemplateRepository.h"
#include "repositories/OutboxRepository.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>

#include <algorithm>

namespace Kohtaamo {

OfficeDataExporter::OfficeDataExporter(Database &db) : m_db(db) { }

Status OfficeDataExporter::loadKeys(ExportKeys &keys)
{
    auto activities = FundedActivityRepository(m_db).list();
    if (!activities)
        return activities.error();
    for (const FundedActivity &a : std::as_const(*activities))
        keys.fundedActivities.insert(a.id, a.name);
    auto batches = FeeQuery(m_db).batches();
    if (!batches)
        return batches.error();
    for (const FeeBatch &b : std::as_const(*batches))
        keys.batches.insert(b.id, b.reference);
    SqlQuery q(m_db, QStringLiteral("SELECT id, fee_batch_id FROM engagements WHERE fee_batch_id IS NOT NULL"));
    if (Status s = q.exec(); !s)
        return s;
    while (q.next())
        keys.batchOfEngagement.insert(q.value(0).toLongLong(), q.value(1).toLongLong());
    return Status::success();
}

Status OfficeDataExporter::addTo(QJsonObject &doc, const ExportKeys &keys)
{
    auto activities = FundedActivityRepository(m_db).list(); // by name
    if (!activities)
        return activities.error();
    QJsonArray activityArray;
    for (const FundedActivity &a : std::as_const(*activities))
        activityArray.append(
            QJsonObject { { QStringLiteral("name"), a.name },
                          { QStringLiteral("funder"), a.funder },
                          { QStringLiteral("organisation"),
                            InterchangeFormat::reference(keys.organisations.value(a.organisationId)) },
                          { QStringLiteral("firstYear"), a.firstYear == 0 ? QJsonValue() : QJsonValue(a.firstYear) },
                          { QStringLiteral("lastYear"), a.lastYear == 0 ? QJsonValue() : QJsonValue(a.lastYear) },
                          { QStringLiteral("active"), a.active } });
    doc.insert(QStringLiteral("fundedActivities"), activityArray);

    auto batches = FeeQuery(m_db).batches(); // latest first
    if (!batches)
        return batches.error();
    QVector<FeeBatch> batchList = *batches;
    std::sort(batchList.begin(), batchList.end(), [](const FeeBatch &a, const FeeBatch &b) { return a.id < b.id; });
    QJsonArray batchArray;
    for (const FeeBatch &b : std::as_const(batchList))
        batchArray.append(QJsonObject { { QStringLiteral("reference"), b.reference },
                                        { QStringLiteral("paidOn"), InterchangeFormat::date(b.paidOn) },
                                        { QStringLiteral("note"), b.note },
                                        { QStringLiteral("createdBy"), b.createdBy },
                                        { QStringLiteral("createdAt"), InterchangeFormat::instant(b.createdAt) } });
    doc.insert(QStringLiteral("paymentBatches"), batchArray);

    // Only the office's own wording: the built-in texts come with every Kohtaamo.
    MessageTemplateRepository templates(m_db);
    QJsonArray templateArray;
    for (const auto &entry : kMessageKindCodes) {
        for (const QString &language : MessageTemplates::languages()) {
            auto own = templates.stored(entry.first, language);
            if (!own)
                return own.error();
            if (!own->has_value())
                continue;
            templateArray.append(QJsonObject { { QStringLiteral("kind"), QString::fromLatin1(entry.second) },
                                               { QStringLiteral("language"), language },
                                               { QStringLiteral("subject"), (*own)->subject },
                                               { QStringLiteral("body"), (*own)->body } });
        }
    }
    doc.insert(QStringLiteral("messageTemplates"), templateArray);

    auto mail = MailSettingsRepository(m_db).get();
    if (!mail)
        return mail.error();
    doc.insert(QStringLiteral("mail"),
               QJsonObject { { QStringLiteral("host"), mail->host },
                             { QStringLiteral("port"), mail->port },
                             { QStringLiteral("security"), toCode(mail->security) },
                             { QStringLiteral("user"), mail->user },
                             { QStringLiteral("fromAddress"), mail->fromAddress },
                             { QStringLiteral("fromName"), mail->fromName } });

    auto outbox = OutboxRepository(m_db).list({}); // oldest first
    if (!outbox)
        return outbox.error();
    QVector<OutboxMessage> messages = *outbox;
    std::sort(messages.begin(), messages.end(),
              [](const OutboxMessage &a, const OutboxMessage &b) { return a.id < b.id; });
    QJsonArray outboxArray;
    for (const OutboxMessage &m : std::as_const(messages))
        outboxArray.append(QJsonObject {
            { QStringLiteral("request"), keys.requests.value(m.requestId) },
            { QStringLiteral("worker"), InterchangeFormat::reference(keys.workers.value(m.workerId)) },
            { QStringLiteral("kind"), toCode(m.kind) },
            { QStringLiteral("recipientAddress"), m.recipientAddress },
            { QStringLiteral("recipientName"), m.recipientName },
            { QStringLiteral("language"), m.language },
            { QStringLiteral("subject"), m.subject },
            { QStringLiteral("body"), m.body },
            { QStringLiteral("calendar"), m.ics.isEmpty() ? QJsonValue() : QJsonValue(QString::fromUtf8(m.ics)) },
            { QStringLiteral("calendarUid"), m.icsUid },
            { QStringLiteral("calendarSequence"), m.icsSequence },
            { QStringLiteral("messageId"), m.messageId },
            { QStringLiteral("state"), toCode(m.state) },
            { QStringLiteral("attempts"), m.attempts },
            { QStringLiteral("lastError"), m.lastError },
            { QStringLiteral("createdAt"), InterchangeFormat::instant(m.createdAt) },
            { QStringLiteral("queuedAt"), InterchangeFormat::instant(m.queuedAt) },
            { QStringLiteral("sentAt"), InterchangeFormat::instant(m.sentAt) },
            { QStringLiteral("createdBy"), InterchangeFormat::reference(keys.coordinators.value(m.createdBy)) } });
    doc.insert(QStringLiteral("outbox"), outboxArray);
    return Status::success();
}

} // namespace Kohtaamo
