#pragma once

#include "MessageKind.h"

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace Kohtaamo {

struct Worker;

// The wording of one message kind in one language: the built-in text, or the office's own (message_templates).
struct MessageTemplate
{
    MessageKind kind = MessageKind::Invitation;
    QString language = QStringLiteral("fi");
    QString subject;
    QString body;
    bool custom = false; // the office's own wording, not the built-in one
    int version = 0; // of the stored row; 0 = built-in
};

// The built-in texts of every message kind in Finnish, Swedish and English, their placeholders ({worker_name},
// {reference}, …) and the rules a template keeps: a subject carries the reference, the kind of work and the date,
// never the request's title or topic, nor the names of the team; a message to the requester never says anything of a
// worker's lived experience (there is no placeholder for it).
class MessageTemplates
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::MessageTemplates)
public:
    struct Placeholder
    {
        QString name; // "worker_name", written {worker_name} in a template
        QString description; // translated, for the Settings page
        bool inSubject = false; // allowed in a subject line
    };

    static const QStringList &languages(); // fi, sv, en
    static QVector<MessageKind> kinds();
    static QString kindName(MessageKind kind); // translated: "Invitation"
    static QVector<Placeholder> placeholders();

    static MessageTemplate builtIn(MessageKind kind, const QString &language);
    // The language a worker is written to: the first of their languages Kohtaamo has texts in, else Finnish.
    static QString languageFor(const Worker &worker);
    static QString languageOr(const QString &language); // `language` if there are texts in it, else "fi"

    // A template an office may store: known kind and language, a subject and body, only known placeholders, and in the
    // subject only the ones allowed there. The error names the field ("subject", "body", "language").
    static Status validate(const MessageTemplate &tpl);
    // `text` with every {name} of `values` replaced; unknown names are left as written.
    static QString fill(const QString &text, const QHash<QString, QString> &values);
    // The {names} used in `text`.
    static QStringList placeholdersIn(const QString &text);
};

} // namespace Kohtaamo
