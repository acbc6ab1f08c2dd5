#pragma once

#include "MessageTemplates.h"
#include "OutboxMessage.h"

#include "common/Result.h"
#include "domain/Coordinator.h"

#include <QCoreApplication>
#include <QVector>

#include <optional>

namespace Kohtaamo {

class Database;
struct Request;
struct Worker;

// Writes the office's messages for a request: the template of the kind in the recipient's language filled in, the
// calendar entry (CalendarInvitation) with the UID this worker's entry already has and the next SEQUENCE, a stable
// Message-ID. Used inside the office service's transactions (core/office/OfficeMail.cpp); composing stores nothing,
// draft() stores a draft in the outbox.
//
// Privacy: subjects carry the reference, the kind of work and the date only; the requester's confirmation names a
// worker only when their consent to appear in public (and so to be named) is valid, and by the name they use (a
// pseudonym if they use one); no message carries a worker's lived experience.
class MessageComposer
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::MessageComposer)
public:
    MessageComposer(Database &db, const Coordinator &coordinator);

    // Writes messages of tpl.kind with `tpl` (in its language) instead of the office's stored wording: the Settings
    // preview of a wording not yet saved.
    void useTemplate(const MessageTemplate &tpl) { m_override = tpl; }

    // A message of `kind` about the request: to worker `workerId`, or for RequesterConfirmation to the requester
    // (workerId ignored). InvalidInput naming "email" when the recipient has no address.
    Result<OutboxMessage> compose(qint64 requestId, qint64 workerId, MessageKind kind);
    // Stores `message` in the outbox as a draft (or queued), and returns it as stored.
    Result<OutboxMessage> store(const OutboxMessage &message, OutboxState state = OutboxState::Draft);
    // Drafts of `kind` for each of these workers whose invitation to the request goes by e-mail and who have an
    // address; the others are left to the coordinator's phone. Returns the drafts.
    Result<QVector<OutboxMessage>> draftForWorkers(qint64 requestId, const QVector<qint64> &workerIds,
                                                   MessageKind kind);

private:
    Result<OutboxMessage> toWorker(const Request &request, qint64 workerId, MessageKind kind);
    Result<OutboxMessage> toRequester(const Request &request);
    Result<QString> teamText(const Request &request, const QString &language);
    Status fill(OutboxMessage &m, const Request &request, const QString &recipientName, const QString &team);

    Database &m_db;
    Coordinator m_coordinator;
    std::optional<MessageTemplate> m_override;
};

} // namespace Kohtaamo
