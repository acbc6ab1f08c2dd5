#include "MessageTemplateRepository.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"

namespace Kohtaamo {

namespace {
const QString kTable = QStringLiteral("message_templates");

QString label(MessageKind kind, const QString &language)
{
    return MessageTemplateRepository::tr("the template “%1” (%2)").arg(MessageTemplates::kindName(kind), language);
}
} // namespace

MessageTemplateRepository::MessageTemplateRepository(Database &db) : m_db(db) { }

Result<std::optional<MessageTemplate>> MessageTemplateRepository::stored(MessageKind kind, const QString &language,
                                                                         qint64 *id)
{
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT id, version, subject, body FROM message_templates WHERE kind = ? AND language = ?"));
    q.bindAll({ toCode(kind), language });
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return std::optional<MessageTemplate>();
    MessageTemplate tpl;
    tpl.kind = kind;
    tpl.language = language;
    tpl.version = q.value(1).toInt();
    tpl.subject = q.value(2).toString();
    tpl.body = q.value(3).toString();
    tpl.custom = true;
    if (id)
        *id = q.value(0).toLongLong();
    return std::optional<MessageTemplate>(tpl);
}

Result<MessageTemplate> MessageTemplateRepository::get(MessageKind kind, const QString &language)
{
    const QString lang = MessageTemplates::languageOr(language);
    auto own = stored(kind, lang);
    if (!own)
        return own.error();
    return own->has_value() ? **own : MessageTemplates::builtIn(kind, lang);
}

Result<MessageTemplate> MessageTemplateRepository::save(const MessageTemplate &tpl)
{
    if (Status s = MessageTemplates::validate(tpl); !s)
        return s.error();
    qint64 id = 0;
    auto own = stored(tpl.kind, tpl.language, &id);
    if (!own)
        return own.error();
    Row row;
    row.set(QStringLiteral("subject"), tpl.subject).set(QStringLiteral("body"), tpl.body);
    if (own->has_value()) {
        auto version = RecordStore(m_db).update(kTable, id, tpl.version, row, label(tpl.kind, tpl.language));
        if (!version)
            return version.error();
    } else {
        row.set(QStringLiteral("kind"), toCode(tpl.kind)).set(QStringLiteral("language"), tpl.language);
        auto inserted = RecordStore(m_db).insert(kTable, row);
        if (!inserted)
            return inserted.error();
    }
    return get(tpl.kind, tpl.language);
}

Result<MessageTemplate> MessageTemplateRepository::reset(MessageKind kind, const QString &language)
{
    qint64 id = 0;
    auto own = stored(kind, language, &id);
    if (!own)
        return own.error();
    if (own->has_value())
        if (Status s = RecordStore(m_db).remove(kTable, id, label(kind, language)); !s)
            return s.error();
    return MessageTemplates::builtIn(kind, language);
}

} // namespace Kohtaamo
