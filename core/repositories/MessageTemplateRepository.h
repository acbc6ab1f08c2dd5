#pragma once

#include "common/Result.h"
#include "mail/MessageTemplates.h"

#include <QCoreApplication>
#include <optional>

namespace Kohtaamo {

class Database;

// The office's own wording of the messages (message_templates): one row per kind and language, none where the
// built-in text (MessageTemplates::builtIn) is used.
class MessageTemplateRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::MessageTemplateRepository)
public:
    explicit MessageTemplateRepository(Database &db);

    // The office's text, else the built-in one.
    Result<MessageTemplate> get(MessageKind kind, const QString &language);
    // Stores the office's text (validated: MessageTemplates::validate), new or read at tpl.version.
    Result<MessageTemplate> save(const MessageTemplate &tpl);
    // Back to the built-in text.
    Result<MessageTemplate> reset(MessageKind kind, const QString &language);
    // The office's own text only; none while the built-in one is used.
    Result<std::optional<MessageTemplate>> stored(MessageKind kind, const QString &language, qint64 *id = nullptr);

private:
    Database &m_db;
};

} // namespace Kohtaamo
