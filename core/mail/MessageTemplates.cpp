#include "MessageTemplates.h"

#include "domain/Worker.h"

#include <QRegularExpression>

namespace Kohtaamo {

namespace {

struct Text
{
    const char *subject;
    const char *body;
};

// The built-in texts, one per kind and language (fi, sv, en). They are the messages themselves, written in the
// worker's language whatever the coordinator's interface language is, so they are not tr() strings: an office
// changes them in Settings ▸ E-mail.
Text builtInText(MessageKind kind, const QString &language)
{
    const int l = language == QLatin1String("sv") ? 1 : language == QLatin1String("en") ? 2 : 0;
    switch (kind) {
    case MessageKind::Invitation: {
        static const Text t[] = {
            { "Kutsu: {kind_of_work} {date} ({reference})",
              "Hei {worker_name},\n\nkutsumme sinut kokemustoimijaksi: {kind_of_work}, {date} klo {time}, {place}.\n"
              "Tehtävä: {title}\nToimeksiantaja: {requester}\n\nKerrotko, pääsetkö mukaan? Kalenterimerkintä on "
              "liitteenä.\n\n"
              "Ystävällisin terveisin\n{coordinator}\n{coordinator_email}\n" },
            { "Inbjudan: {kind_of_work} {date} ({reference})",
              "Hej {worker_name},\n\nvi bjuder in dig som erfarenhetsaktör: {kind_of_work}, {date} kl. {time}, "
              "{place}.\nUppdrag: {title}\nBeställare: {requester}\n\nBerätta om du kan delta. Kalenderposten finns "
              "som bilaga.\n\nMed vänliga hälsningar\n{coordinator}\n{coordinator_email}\n" },
            { "Invitation: {kind_of_work} {date} ({reference})",
              "Hello {worker_name},\n\nwe would like to invite you as an experience worker: {kind_of_work}, {date} "
              "at {time}, {place}.\nThe work: {title}\nRequested by: {requester}\n\nPlease let us know whether you "
              "can take part. The calendar entry is attached.\n\nBest regards\n{coordinator}\n{coordinator_email}\n" },
        };
        return t[l];
    }
    case MessageKind::Reminder: {
        static const Text t[] = {
            { "Muistutus: {kind_of_work} {date} ({reference})",
              "Hei {worker_name},\n\nmuistutus: {kind_of_work}, {date} klo {time}, {place}.\nJos et ole vielä "
              "vastannut kutsuun, kerrotko pääsetkö mukaan?\n\nYstävällisin terveisin\n{coordinator}\n"
              "{coordinator_email}\n" },
            { "Påminnelse: {kind_of_work} {date} ({reference})",
              "Hej {worker_name},\n\nen påminnelse: {kind_of_work}, {date} kl. {time}, {place}.\nOm du inte ännu "
              "har svarat på inbjudan, berätta om du kan delta.\n\nMed vänliga hälsningar\n{coordinator}\n"
              "{coordinator_email}\n" },
            { "Reminder: {kind_of_work} {date} ({reference})",
              "Hello {worker_name},\n\na reminder: {kind_of_work}, {date} at {time}, {place}.\nIf you have not "
              "answered the invitation yet, please let us know whether you can take part.\n\nBest regards\n"
              "{coordinator}\n{coordinator_email}\n" },
        };
        return t[l];
    }
    case MessageKind::Change: {
        static const Text t[] = {
            { "Muutos: {kind_of_work} {date} ({reference})",
              "Hei {worker_name},\n\naika tai paikka on muuttunut. Uudet tiedot: {kind_of_work}, {date} klo {time}, "
              "{place}.\nPäivitetty kalenterimerkintä on liitteenä.\n\nYstävällisin terveisin\n{coordinator}\n"
              "{coordinator_email}\n" },
            { "Ändring: {kind_of_work} {date} ({reference})",
              "Hej {worker_name},\n\ntiden eller platsen har ändrats. Nya uppgifter: {kind_of_work}, {date} kl. "
              "{time}, {place}.\nDen uppdaterade kalenderposten finns som bilaga.\n\nMed vänliga hälsningar\n"
              "{coordinator}\n{coordinator_email}\n" },
            { "Change: {kind_of_work} {date} ({reference})",
              "Hello {worker_name},\n\nthe time or place has changed. Now: {kind_of_work}, {date} at {time}, "
              "{place}.\nThe updated calendar entry is attached.\n\nBest regards\n{coordinator}\n"
              "{coordinator_email}\n" },
        };
        return t[l];
    }
    case MessageKind::Cancellation: {
        static const Text t[] = {
            { "Peruttu: {kind_of_work} {date} ({reference})",
              "Hei {worker_name},\n\n{kind_of_work} {date} klo {time} on peruttu, eikä sinun tarvitse osallistua. "
              "Liitteenä oleva peruutus poistaa kalenterimerkinnän.\n\nYstävällisin terveisin\n{coordinator}\n"
              "{coordinator_email}\n" },
            { "Inställt: {kind_of_work} {date} ({reference})",
              "Hej {worker_name},\n\n{kind_of_work} {date} kl. {time} har ställts in, och du behöver inte delta. "
              "Avbokningen i bilagan tar bort kalenderposten.\n\nMed vänliga hälsningar\n{coordinator}\n"
              "{coordinator_email}\n" },
            { "Cancelled: {kind_of_work} {date} ({reference})",
              "Hello {worker_name},\n\n{kind_of_work} on {date} at {time} is cancelled, and you need not take part. "
              "The attached cancellation removes the calendar entry.\n\nBest regards\n{coordinator}\n"
              "{coordinator_email}\n" },
        };
        return t[l];
    }
    case MessageKind::WorkerConfirmation: {
        static const Text t[] = {
            { "Vahvistus: {kind_of_work} {date} ({reference})",
              "Hei {worker_name},\n\nkiitos, olet mukana: {kind_of_work}, {date} klo {time}, {place}.\n"
              "Tehtävä: {title}\n\nYstävällisin terveisin\n{coordinator}\n{coordinator_email}\n" },
            { "Bekräftelse: {kind_of_work} {date} ({reference})",
              "Hej {worker_name},\n\ntack, du är med: {kind_of_work}, {date} kl. {time}, {place}.\nUppdrag: {title}"
              "\n\nMed vänliga hälsningar\n{coordinator}\n{coordinator_email}\n" },
            { "Confirmation: {kind_of_work} {date} ({reference})",
              "Hello {worker_name},\n\nthank you, you are in the team: {kind_of_work}, {date} at {time}, {place}.\n"
              "The work: {title}\n\nBest regards\n{coordinator}\n{coordinator_email}\n" },
        };
        return t[l];
    }
    case MessageKind::RequesterConfirmation: {
        static const Text t[] = {
            { "Vahvistus: {kind_of_work} {date} ({reference})",
              "Hei {requester},\n\nvahvistamme pyyntönne {reference}: {kind_of_work}, {date} klo {time}, {place}.\n"
              "Tulossa: {team}\n\nYstävällisin terveisin\n{coordinator}\n{coordinator_email}\n" },
            { "Bekräftelse: {kind_of_work} {date} ({reference})",
              "Hej {requester},\n\nvi bekräftar er förfrågan {reference}: {kind_of_work}, {date} kl. {time}, "
              "{place}.\nKommer: {team}\n\nMed vänliga hälsningar\n{coordinator}\n{coordinator_email}\n" },
            { "Confirmation: {kind_of_work} {date} ({reference})",
              "Hello {requester},\n\nwe confirm your request {reference}: {kind_of_work}, {date} at {time}, {place}.\n"
              "Coming: {team}\n\nBest regards\n{coordinator}\n{coordinator_email}\n" },
        };
        return t[l];
    }
    case MessageKind::ThankYou: {
        static const Text t[] = {
            { "Kiitos: {kind_of_work} {date} ({reference})",
              "Hei {worker_name},\n\nlämmin kiitos osallistumisestasi: {kind_of_work}, {date}.\nOtamme mielellämme "
              "vastaan palautteesi.\n\nYstävällisin terveisin\n{coordinator}\n{coordinator_email}\n" },
            { "Tack: {kind_of_work} {date} ({reference})",
              "Hej {worker_name},\n\nvarmt tack för att du deltog: {kind_of_work}, {date}.\nVi tar gärna emot din "
              "respons.\n\nMed vänliga hälsningar\n{coordinator}\n{coordinator_email}\n" },
            { "Thank you: {kind_of_work} {date} ({reference})",
              "Hello {worker_name},\n\nthank you warmly for taking part: {kind_of_work}, {date}.\nWe would be glad "
              "to hear your feedback.\n\nBest regards\n{coordinator}\n{coordinator_email}\n" },
        };
        return t[l];
    }
    }
    return { "", "" };
}

const QRegularExpression &placeholderPattern()
{
    static const QRegularExpression re(QStringLiteral("\\{([a-z_]+)\\}"));
    return re;
}

} // namespace

const QStringList &MessageTemplates::languages()
{
    static const QStringList l { QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en") };
    return l;
}

QVector<MessageKind> MessageTemplates::kinds()
{
    QVector<MessageKind> k;
    for (const auto &entry : kMessageKindCodes)
        k << entry.first;
    return k;
}

QString MessageTemplates::kindName(MessageKind kind)
{
    switch (kind) {
    case MessageKind::Invitation:
        return tr("Invitation");
    case MessageKind::Reminder:
        return tr("Reminder");
    case MessageKind::Change:
        return tr("Change of time or place");
    case MessageKind::Cancellation:
        return tr("Cancellation");
    case MessageKind::WorkerConfirmation:
        return tr("Confirmation to the worker");
    case MessageKind::RequesterConfirmation:
        return tr("Confirmation to the requester");
    case MessageKind::ThankYou:
        return tr("Thank-you after the meeting");
    }
    return {};
}

QVector<MessageTemplates::Placeholder> MessageTemplates::placeholders()
{
    return {
        { QStringLiteral("reference"), tr("The request's reference, such as 2026-0042"), true },
        { QStringLiteral("kind_of_work"), tr("The kind of work, such as Talk or Peer reception"), true },
        { QStringLiteral("date"), tr("The day of the meeting"), true },
        { QStringLiteral("time"), tr("The time of the meeting, start and end"), false },
        { QStringLiteral("place"), tr("The place, or the address of a remote meeting"), false },
        { QStringLiteral("title"), tr("The request's title (never in a subject)"), false },
        { QStringLiteral("requester"), tr("The requester's name"), false },
        { QStringLiteral("worker_name"), tr("The worker's name as they use it (a pseudonym if they use one)"), false },
        { QStringLiteral("team"),
          tr("To the requester: the workers coming who have consented to be named, and how many others"), false },
        { QStringLiteral("coordinator"), tr("The coordinator's name"), false },
        { QStringLiteral("coordinator_email"), tr("The coordinator's e-mail address"), false },
    };
}

MessageTemplate MessageTemplates::builtIn(MessageKind kind, const QString &language)
{
    MessageTemplate tpl;
    tpl.kind = kind;
    tpl.language = languageOr(language);
    const Text t = builtInText(kind, tpl.language);
    tpl.subject = QString::fromUtf8(t.subject);
    tpl.body = QString::fromUtf8(t.body);
    return tpl;
}

QString MessageTemplates::languageOr(const QString &language)
{
    return languages().contains(language) ? language : QStringLiteral("fi");
}

QString MessageTemplates::languageFor(const Worker &worker)
{
    for (const QString &l : worker.languages)
        if (languages().contains(l))
            return l;
    return QStringLiteral("fi");
}

QStringList MessageTemplates::placeholdersIn(const QString &text)
{
    QStringList names;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext())
        names << it.next().captured(1);
    return names;
}

Status MessageTemplates::validate(const MessageTemplate &tpl)
{
    if (!languages().contains(tpl.language))
        return Error(Error::Code::InvalidInput, tr("Messages can be written in Finnish, Swedish and English only."),
                     QStringLiteral("language"));
    if (tpl.subject.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, tr("The subject of the message is empty."), QStringLiteral("subject"));
    if (tpl.subject.contains(QLatin1Char('\n')))
        return Error(Error::Code::InvalidInput, tr("The subject must be one line."), QStringLiteral("subject"));
    if (tpl.body.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, tr("The text of the message is empty."), QStringLiteral("body"));
    const QVector<Placeholder> known = placeholders();
    const auto find = [&known](const QString &name) -> const Placeholder * {
        for (const Placeholder &p : known)
            if (p.name == name)
                return &p;
        return nullptr;
    };
    for (const QString &name : placeholdersIn(tpl.subject)) {
        const Placeholder *p = find(name);
        if (!p)
            return Error(Error::Code::InvalidInput,
                         tr("The subject uses {%1}, which Kohtaamo does not know.").arg(name),
                         QStringLiteral("subject"));
        if (!p->inSubject)
            return Error(Error::Code::InvalidInput,
                         tr("A subject line may carry the reference, the kind of work and the date only: {%1} could "
                            "tell a stranger too much.")
                             .arg(name),
                         QStringLiteral("subject"));
    }
    for (const QString &name : placeholdersIn(tpl.body))
        if (!find(name))
            return Error(Error::Code::InvalidInput, tr("The text uses {%1}, which Kohtaamo does not know.").arg(name),
                         QStringLiteral("body"));
    return Status::success();
}

QString MessageTemplates::fill(const QString &text, const QHash<QString, QString> &values)
{
    QString out;
    qsizetype last = 0;
    auto it = placeholderPattern().globalMatch(text);
    while (it.hasNext()) {
        const auto m = it.next();
        out += text.mid(last, m.capturedStart() - last);
        const auto v = values.constFind(m.captured(1));
        out += v != values.constEnd() ? *v : m.captured(0);
        last = m.capturedEnd();
    }
    out += text.mid(last);
    return out;
}

} // namespace Kohtaamo
