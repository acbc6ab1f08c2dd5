#include "MessageComposer.h"

#include "CalendarInvitation.h"
#include "MessageTemplates.h"
#include "MimeMessage.h"

#include "common/Clock.h"
#include "domain/Consent.h"
#include "domain/Request.h"
#include "domain/Worker.h"
#include "repositories/ConsentRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/MailSettingsRepository.h"
#include "repositories/MessageTemplateRepository.h"
#include "repositories/OfficeSettingsRepository.h"
#include "repositories/OutboxRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/TopicRepository.h"
#include "repositories/WorkerRepository.h"

#include <QLocale>
#include <QTimeZone>

namespace Kohtaamo {

namespace {

// The meeting's time when it is settled: the chosen option, or the only one.
std::optional<DateOption> meeting(const Request &r)
{
    for (const DateOption &o : r.dateOptions)
        if (o.chosen)
            return o;
    if (r.dateOptions.size() == 1)
        return r.dateOptions.constFirst();
    return std::nullopt;
}

QDateTime meetingEnd(const Request &r, const DateOption &o)
{
    if (o.ends.isValid() && o.ends > o.starts)
        return o.ends;
    return o.starts.addSecs(qint64(r.durationMinutes > 0 ? r.durationMinutes : 60) * 60);
}

int languageIndex(const QString &l)
{
    return l == QLatin1String("sv") ? 1 : l == QLatin1String("en") ? 2 : 0;
}

QString dateText(const QDate &d, const QString &l)
{
    if (!d.isValid())
        return QStringLiteral("–");
    if (l == QLatin1String("en"))
        return QLocale(QLocale::English).toString(d, QStringLiteral("d MMMM yyyy"));
    return d.toString(QStringLiteral("d.M.yyyy"));
}

QString timeText(const QDateTime &from, const QDateTime &to, const QString &l)
{
    const QString f = l == QLatin1String("en") ? QStringLiteral("HH:mm") : QStringLiteral("HH.mm");
    return from.time().toString(f) + QStringLiteral("–") + to.time().toString(f);
}

QString placeText(const Request &r, const QString &l)
{
    static const char *remote[] = { "etäyhteydellä: %1", "på distans: %1", "remote: %1" };
    static const char *later[]
        = { "paikka ilmoitetaan myöhemmin", "platsen meddelas senare", "the place will be confirmed later" };
    const int i = languageIndex(l);
    if (r.place.trimmed().isEmpty())
        return QString::fromUtf8(later[i]);
    return r.remote ? QString::fromUtf8(remote[i]).arg(r.place.trimmed()) : r.place.trimmed();
}

QString countText(int n, const QString &l)
{
    switch (languageIndex(l)) {
    case 1:
        return n == 1 ? QStringLiteral("1 erfarenhetsaktör") : QStringLiteral("%1 erfarenhetsaktörer").arg(n);
    case 2:
        return n == 1 ? QStringLiteral("1 experience worker") : QStringLiteral("%1 experience workers").arg(n);
    default:
        return n == 1 ? QStringLiteral("1 kokemustoimija") : QStringLiteral("%1 kokemustoimijaa").arg(n);
    }
}

} // namespace

MessageComposer::MessageComposer(Database &db, const Coordinator &coordinator)
    : m_db(db), m_coordinator(coordinator) { }

Result<OutboxMessage> MessageComposer::compose(qint64 requestId, qint64 workerId, MessageKind kind)
{
    auto request = RequestRepository(m_db).get(requestId);
    if (!request)
        return request.error();
    if (kind == MessageKind::RequesterConfirmation)
        return toRequester(*request);
    return toWorker(*request, workerId, kind);
}

Result<QString> MessageComposer::teamText(const Request &request, const QString &language)
{
    auto invitations = InvitationRepository(m_db).listForRequest(request.id);
    if (!invitations)
        return invitations.error();
    QStringList named;
    int unnamed = 0;
    const QDate today = Clock::instance().today();
    for (const Invitation &i : std::as_const(*invitations)) {
        if (i.response != InvitationResponse::Accepted || i.reserve)
            continue;
        auto worker = WorkerRepository(m_db).get(i.workerId);
        if (!worker)
            return worker.error();
        auto consents = ConsentRepository(m_db).listForWorker(i.workerId);
        if (!consents)
            return consents.error();
        bool mayBeNamed = false;
        for (const Consent &c : std::as_const(*consents))
            mayBeNamed = mayBeNamed || (c.scope == ConsentScope::PublicAppearance && c.isValidOn(today));
        // The name they use (displayName is the pseudonym of a worker who uses one), only with their consent.
        if (mayBeNamed)
            named << worker->displayName;
        else
            ++unnamed;
    }
    QString text = named.join(QStringLiteral(", "));
    if (unnamed > 0)
        text += (text.isEmpty() ? QString() : QStringLiteral(" + ")) + countText(unnamed, language);
    if (text.isEmpty())
        text = countText(0, language);
    return text;
}

Status MessageComposer::fill(OutboxMessage &m, const Request &request, const QString &recipientName,
                             const QString &team)
{
    if (m_override && m_override->kind == m.kind)
        m.language = m_override->language;
    auto tpl = m_override && m_override->kind == m.kind ? Result<MessageTemplate>(*m_override)
                                                        : MessageTemplateRepository(m_db).get(m.kind, m.language);
    if (!tpl)
        return tpl.error();
    auto office = OfficeSettingsRepository(m_db).get();
    if (!office)
        return office.error();
    auto mail = MailSettingsRepository(m_db).get();
    if (!mail)
        return mail.error();
    QString kindOfWork = request.serviceType;
    if (auto types = TopicRepository(m_db).listServiceTypes())
        for (const ServiceType &t : std::as_const(*types))
            if (t.code == request.serviceType)
                kindOfWork = t.name(m.language);
    const QTimeZone zone(office->timeZone);
    const auto when = meeting(request);
    QHash<QString, QString> values;
    values.insert(QStringLiteral("reference"), request.reference);
    values.insert(QStringLiteral("kind_of_work"), kindOfWork);
    if (when) {
        const QDateTime from = when->starts.toTimeZone(zone);
        const QDateTime to = meetingEnd(request, *when).toTimeZone(zone);
        values.insert(QStringLiteral("date"), dateText(from.date(), m.language));
        values.insert(QStringLiteral("time"), timeText(from, to, m.language));
    } else {
        values.insert(QStringLiteral("date"), dateText(request.workDate(), m.language));
        values.insert(QStringLiteral("time"), QStringLiteral("–"));
    }
    values.insert(QStringLiteral("place"), placeText(request, m.language));
    values.insert(QStringLiteral("title"), request.title);
    values.insert(QStringLiteral("requester"), request.requesterName);
    values.insert(QStringLiteral("worker_name"), recipientName);
    values.insert(QStringLiteral("team"), team);
    values.insert(QStringLiteral("coordinator"),
                  m_coordinator.displayName.isEmpty() ? mail->fromName : m_coordinator.displayName);
    values.insert(QStringLiteral("coordinator_email"),
                  m_coordinator.email.isEmpty() ? mail->fromAddress : m_coordinator.email);
    m.subject = MessageTemplates::fill(tpl->subject, values).simplified();
    m.body = MessageTemplates::fill(tpl->body, values);
    auto officeId = MailSettingsRepository(m_db).officeMailId();
    if (!officeId)
        return officeId.error();
    m.messageId = MimeMessage::newMessageId(*officeId);

    // The calendar entry: an invitation, a change, a cancellation, and the current entry again with a reminder or
    // the confirmation; none for the requester or after the meeting, or while the time is not settled.
    if (m.workerId == 0 || m.kind == MessageKind::ThankYou || !when)
        return Status::success();
    auto existing = OutboxRepository(m_db).calendarUid(request.id, m.workerId);
    if (!existing)
        return existing.error();
    m.icsUid = existing->isEmpty() ? CalendarInvitation::uidFor(request.id, m.workerId, *officeId) : *existing;
    auto largest = OutboxRepository(m_db).largestSequence(m.icsUid);
    if (!largest)
        return largest.error();
    const bool changes
        = m.kind == MessageKind::Invitation || m.kind == MessageKind::Change || m.kind == MessageKind::Cancellation;
    m.icsSequence = *largest < 0 ? 0 : (changes ? *largest + 1 : *largest);
    CalendarInvitation ics;
    ics.method = m.kind == MessageKind::Cancellation ? CalendarInvitation::Method::Cancel
                                                     : CalendarInvitation::Method::Request;
    ics.uid = m.icsUid;
    ics.sequence = m.icsSequence;
    ics.starts = when->starts;
    ics.ends = meetingEnd(request, *when);
    ics.timeZone = office->timeZone;
    ics.summary = QStringLiteral("%1 (%2)").arg(kindOfWork, request.reference);
    ics.description = QStringLiteral("Kohtaamo %1").arg(request.reference);
    ics.location = request.place.trimmed();
    ics.organizerEmail = m_coordinator.email.isEmpty() ? mail->fromAddress : m_coordinator.email;
    ics.organizerName = m_coordinator.displayName.isEmpty() ? mail->fromName : m_coordinator.displayName;
    ics.attendeeEmail = m.recipientAddress;
    ics.attendeeName = recipientName;
    ics.stamp = Clock::instance().now();
    if (ics.organizerEmail.isEmpty())
        return Error(Error::Code::InvalidInput,
                     tr("A calendar invitation needs the organizer's e-mail: add yours in Settings ▸ Coordinators, "
                        "or the office's sender address in Settings ▸ E-mail."),
                     QStringLiteral("fromAddress"));
    auto text = ics.toIcs();
    if (!text)
        return text.error();
    m.ics = *text;
    return Status::success();
}

Result<OutboxMessage> MessageComposer::toWorker(const Request &request, qint64 workerId, MessageKind kind)
{
    auto worker = WorkerRepository(m_db).get(workerId);
    if (!worker)
        return worker.error();
    if (worker->email.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput,
                     tr("%1 has no e-mail address: add one in the worker's details, or reach them another way.")
                         .arg(worker->displayName),
                     QStringLiteral("email"));
    if (!MimeMessage::isAddress(worker->email.trimmed()))
        return Error(Error::Code::InvalidInput,
                     tr("The e-mail address of %1, “%2”, is not one Kohtaamo can send to.")
                         .arg(worker->displayName, worker->email.trimmed()),
                     QStringLiteral("email"));
    OutboxMessage m;
    m.requestId = request.id;
    m.workerId = workerId;
    m.kind = kind;
    m.recipientAddress = worker->email.trimmed();
    m.recipientName = worker->displayName;
    m.language = MessageTemplates::languageFor(*worker);
    auto invitations = InvitationRepository(m_db).listForRequest(request.id);
    if (!invitations)
        return invitations.error();
    for (const Invitation &i : std::as_const(*invitations))
        if (i.workerId == workerId)
            m.invitationId = i.id;
    if (Status s = fill(m, request, worker->displayName, QString()); !s)
        return s.error();
    return m;
}

Result<OutboxMessage> MessageComposer::toRequester(const Request &request)
{
    if (request.requesterEmail.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput,
                     tr("The request has no e-mail address for the requester: add one to the request."),
                     QStringLiteral("requesterEmail"));
    if (!MimeMessage::isAddress(request.requesterEmail.trimmed()))
        return Error(Error::Code::InvalidInput,
                     tr("The requester's e-mail address “%1” is not one Kohtaamo can send to.")
                         .arg(request.requesterEmail.trimmed()),
                     QStringLiteral("requesterEmail"));
    OutboxMessage m;
    m.requestId = request.id;
    m.kind = MessageKind::RequesterConfirmation;
    m.recipientAddress = request.requesterEmail.trimmed();
    m.recipientName = request.requesterName;
    m.language = MessageTemplates::languageOr(request.language);
    auto team = teamText(request, m.language);
    if (!team)
        return team.error();
    if (Status s = fill(m, request, QString(), *team); !s)
        return s.error();
    return m;
}

Result<OutboxMessage> MessageComposer::store(const OutboxMessage &message, OutboxState state)
{
    OutboxMessage m = message;
    m.state = state;
    return OutboxRepository(m_db).insert(m);
}

Result<QVector<OutboxMessage>> MessageComposer::draftForWorkers(qint64 requestId, const QVector<qint64> &workerIds,
                                                                MessageKind kind)
{
    auto invitations = InvitationRepository(m_db).listForRequest(requestId);
    if (!invitations)
        return invitations.error();
    QVector<OutboxMessage> drafts;
    for (qint64 workerId : workerIds) {
        bool byEmail = false;
        for (const Invitation &i : std::as_const(*invitations))
            if (i.workerId == workerId)
                byEmail = i.channel == InvitationChannel::Email;
        if (!byEmail)
            continue;
        auto worker = WorkerRepository(m_db).get(workerId);
        if (!worker)
            return worker.error();
        if (worker->email.trimmed().isEmpty())
            continue;
        auto message = compose(requestId, workerId, kind);
        if (!message)
            return message.error();
        auto stored = store(*message);
        if (!stored)
            return stored.error();
        drafts << *stored;
    }
    return drafts;
}

} // namespace Kohtaamo
