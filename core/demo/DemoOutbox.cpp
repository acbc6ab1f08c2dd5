#include "DemoOutbox.h"

#include "domain/Invitation.h"
#include "domain/RequestStatus.h"
#include "mail/MessageComposer.h"
#include "repositories/CoordinatorRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/MailSettingsRepository.h"
#include "repositories/OutboxRepository.h"
#include "repositories/RequestRepository.h"

namespace Kohtaamo {

namespace {
constexpr int kRequestsWithReminders = 3;
constexpr int kReminderAfterDays = 3;
} // namespace

DemoOutbox::DemoOutbox(Database &db) : m_db(db) { }

Result<int> DemoOutbox::fill(const QDate &today)
{
    MailSettingsRepository settings(m_db);
    auto mail = settings.get();
    if (!mail)
        return mail.error();
    MailSettings demo = *mail;
    demo.fromAddress = QStringLiteral("kokemustoiminta@example.fi");
    demo.fromName = QStringLiteral("Kokemustoiminta (demo)");
    if (auto saved = settings.save(demo); !saved)
        return saved.error();

    auto coordinators = CoordinatorRepository(m_db).list();
    if (!coordinators)
        return coordinators.error();
    if (coordinators->isEmpty())
        return 0;
    MessageComposer composer(m_db, coordinators->first());
    OutboxRepository outbox(m_db);
    auto requests = RequestRepository(m_db).listAll();
    if (!requests)
        return requests.error();
    int written = 0;
    int withReminders = 0;
    for (const Request &request : std::as_const(*requests)) {
        if (request.status != RequestStatus::Inviting)
            continue;
        auto invitations = InvitationRepository(m_db).listForRequest(request.id);
        if (!invitations)
            return invitations.error();
        bool reminded = false;
        for (const Invitation &invitation : std::as_const(*invitations)) {
            if (invitation.channel != InvitationChannel::Email || !invitation.sentAt.isValid())
                continue;
            auto message = composer.compose(request.id, invitation.workerId, MessageKind::Invitation);
            if (!message) {
                if (message.error().detail == QLatin1String("email")) // no address: invited by phone after all
                    continue;
                return message.error();
            }
            auto stored = composer.store(*message, OutboxState::Queued);
            if (!stored)
                return stored.error();
            if (auto sent = outbox.markSent(stored->id, stored->version, 1, invitation.sentAt); !sent)
                return sent.error();
            ++written;
            if (invitation.response == InvitationResponse::Pending && withReminders < kRequestsWithReminders
                && invitation.sentAt.date().daysTo(today) >= kReminderAfterDays) {
                auto reminder = composer.compose(request.id, invitation.workerId, MessageKind::Reminder);
                if (!reminder)
                    return reminder.error();
                if (auto draft = composer.store(*reminder); !draft)
                    return draft.error();
                ++written;
                reminded = true;
            }
        }
        if (reminded)
            ++withReminders;
    }
    return written;
}

} // namespace Kohtaamo
