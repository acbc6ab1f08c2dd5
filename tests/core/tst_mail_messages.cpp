// The parts of an e-mail, without a database: every message kind has its text in Finnish, Swedish and English, with
// only known placeholders and no title or names in a subject; a message with Finnish letters in its headers and text
// and a calendar attachment reads back the same through Python's e-mail parser and python3-icalendar, and through
// libical.
#include "IcsFields.h"
#include "SmtpSink.h"

#include "domain/Worker.h"
#include "mail/CalendarInvitation.h"
#include "mail/MessageTemplates.h"
#include "mail/MimeMessage.h"
#include "mail/SmtpSender.h"

#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::IcsFields;
using Kohtaamo::Test::SmtpSink;

class TestMailMessages : public QObject
{
    Q_OBJECT
private slots:
    void templatesCompleteInEveryLanguage();
    void languageFollowsTheWorker();
    void fillLeavesUnknownNamesAlone();
    void headersAndTextReadBackThroughAnotherParser();
    void calendarFileReadByLibicalAndPythonIcalendar();
    void calendarNeedsAKnownZoneAndATime();
    void addresses();
    void smtpAddresses_data();
    void smtpAddresses();
};

void TestMailMessages::templatesCompleteInEveryLanguage()
{
    QCOMPARE(MessageTemplates::languages(),
             (QStringList { QStringLiteral("fi"), QStringLiteral("sv"), QStringLiteral("en") }));
    QCOMPARE(MessageTemplates::kinds().size(), 7);
    for (MessageKind kind : MessageTemplates::kinds()) {
        QVERIFY(!MessageTemplates::kindName(kind).isEmpty());
        QSet<QString> subjects;
        for (const QString &language : MessageTemplates::languages()) {
            const MessageTemplate tpl = MessageTemplates::builtIn(kind, language);
            QCOMPARE(tpl.language, language);
            QVERIFY2(MessageTemplates::validate(tpl), qPrintable(toCode(kind) + QLatin1Char('/') + language));
            QVERIFY(tpl.subject.contains(QStringLiteral("{reference}")));
            QVERIFY(tpl.subject.contains(QStringLiteral("{kind_of_work}")));
            const bool toRequester = kind == MessageKind::RequesterConfirmation;
            QCOMPARE(tpl.body.contains(QStringLiteral("{team}")), toRequester);
            QCOMPARE(tpl.body.contains(QStringLiteral("{worker_name}")), !toRequester);
            subjects.insert(tpl.subject);
        }
        QCOMPARE(subjects.size(), 3); // really translated
    }
    QVERIFY(!MessageTemplates::placeholders().isEmpty());
}

void TestMailMessages::languageFollowsTheWorker()
{
    Worker w;
    QCOMPARE(MessageTemplates::languageFor(w), QStringLiteral("fi"));
    w.languages = { QStringLiteral("ar"), QStringLiteral("sv"), QStringLiteral("fi") };
    QCOMPARE(MessageTemplates::languageFor(w), QStringLiteral("sv"));
    w.languages = { QStringLiteral("so") };
    QCOMPARE(MessageTemplates::languageFor(w), QStringLiteral("fi"));
    QCOMPARE(MessageTemplates::builtIn(MessageKind::Invitation, QStringLiteral("de")).language, QStringLiteral("fi"));
}

void TestMailMessages::fillLeavesUnknownNamesAlone()
{
    QCOMPARE(MessageTemplates::fill(QStringLiteral("{a} ja {b} {a}"), { { QStringLiteral("a"), QStringLiteral("x") } }),
             QStringLiteral("x ja {b} x"));
}

void TestMailMessages::headersAndTextReadBackThroughAnotherParser()
{
    MimeMessage m;
    m.fromAddress = QStringLiteral("toimisto@kohtaamo.example");
    m.fromName = QStringLiteral("Kokemustoiminta Länsi-Suomi");
    m.toAddress = QStringLiteral("tahti@example.fi");
    m.toName = QStringLiteral("Tähti Äijälä-Öhman");
    m.subject = QStringLiteral("Kutsu: Puheenvuoro koulutuksessa tai seminaarissa 3.3.2026 (2026-0042) – "
                               "ääkköset ja pitkä otsikko, joka taittuu usealle riville");
    m.text = QStringLiteral("Hei Tähti,\n\nrivi, jossa = merkki ja pitkä teksti "
                            "joka ylittää seitsemänkymmentäkuusi merkkiä varmasti, jotta rivi katkeaa oikein.\n"
                            ".piste rivin alussa\nLoppu \n");
    m.messageId = MimeMessage::newMessageId(QStringLiteral("office.kohtaamo"));
    m.date = QDateTime(QDate(2026, 2, 11), QTime(9, 0), Qt::UTC);
    CalendarInvitation ics;
    ics.uid = CalendarInvitation::uidFor(42, 7, QStringLiteral("office.kohtaamo"));
    ics.starts = QDateTime(QDate(2026, 3, 3), QTime(11, 0), Qt::UTC);
    ics.ends = ics.starts.addSecs(7200);
    ics.summary = QStringLiteral("Puheenvuoro (2026-0042)");
    ics.location = QStringLiteral("Lausteen koulutustila, Turku");
    ics.organizerEmail = QStringLiteral("anna@kohtaamo.example");
    ics.organizerName = QStringLiteral("Anna Lehtinen");
    ics.attendeeEmail = m.toAddress;
    ics.attendeeName = m.toName;
    auto text = ics.toIcs();
    QVERIFY(text);
    m.ics = *text;
    const QByteArray bytes = m.toBytes();
    for (const QByteArray &line : bytes.split('\n'))
        QVERIFY2(line.size() <= 999 && !line.contains('\0'), line.constData());
    QVERIFY(bytes.contains("Subject: =?UTF-8?B?"));

    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("m.eml"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write(bytes);
    f.close();
    QString error;
    const QJsonArray parsed = SmtpSink::parse({ path }, &error);
    QVERIFY2(parsed.size() == 1, qPrintable(error));
    const QJsonObject o = parsed.at(0).toObject();
    QCOMPARE(o.value(QStringLiteral("subject")).toString(), m.subject);
    QCOMPARE(o.value(QStringLiteral("to")).toString(), QStringLiteral("Tähti Äijälä-Öhman <tahti@example.fi>"));
    QCOMPARE(o.value(QStringLiteral("from")).toString(),
             QStringLiteral("Kokemustoiminta Länsi-Suomi <toimisto@kohtaamo.example>"));
    QCOMPARE(o.value(QStringLiteral("message_id")).toString(), m.messageId);
    QString expected = m.text;
    expected.replace(QStringLiteral("\n"), QStringLiteral("\r\n"));
    QString got = o.value(QStringLiteral("text")).toString();
    got.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QCOMPARE(got, m.text);
    const QJsonObject cal = o.value(QStringLiteral("calendar")).toObject();
    QCOMPARE(cal.value(QStringLiteral("uid")).toString(), ics.uid);
    QCOMPARE(cal.value(QStringLiteral("method")).toString(), QStringLiteral("REQUEST"));
}

void TestMailMessages::calendarFileReadByLibicalAndPythonIcalendar()
{
    CalendarInvitation ics;
    ics.method = CalendarInvitation::Method::Cancel;
    ics.uid = QStringLiteral("kohtaamo-1-2@x.kohtaamo");
    ics.sequence = 3;
    ics.starts = QDateTime(QDate(2026, 7, 1), QTime(7, 30), Qt::UTC); // summer time: 10.30 in Helsinki
    ics.ends = ics.starts.addSecs(5400);
    ics.summary = QStringLiteral("Paneelikeskustelu (2026-0007)");
    ics.location = QStringLiteral("https://meet.example/abc");
    ics.organizerEmail = QStringLiteral("anna@kohtaamo.example");
    ics.attendeeEmail = QStringLiteral("w@example.fi");
    auto text = ics.toIcs();
    QVERIFY(text);
    const IcsFields f = IcsFields::read(*text);
    QVERIFY(f.parsed);
    QCOMPARE(f.method, QStringLiteral("CANCEL"));
    QCOMPARE(f.uid, ics.uid);
    QCOMPARE(f.sequence, 3);
    QCOMPARE(f.dtstartTzid, QStringLiteral("Europe/Helsinki"));
    QCOMPARE(f.vtimezoneTzid, QStringLiteral("Europe/Helsinki"));
    QCOMPARE(f.dtstartUtc, ics.starts);
    QCOMPARE(f.dtendUtc, ics.ends);
    QCOMPARE(f.location, ics.location);
    QCOMPARE(f.organizer, QStringLiteral("mailto:anna@kohtaamo.example"));
    QCOMPARE(f.attendee, QStringLiteral("mailto:w@example.fi"));
    QVERIFY(text->contains("DTSTART;TZID=Europe/Helsinki:20260701T103000"));
}

void TestMailMessages::calendarNeedsAKnownZoneAndATime()
{
    CalendarInvitation ics;
    ics.uid = QStringLiteral("u@x");
    ics.organizerEmail = QStringLiteral("a@b.fi");
    ics.attendeeEmail = QStringLiteral("c@d.fi");
    QCOMPARE(ics.toIcs().error().detail, QStringLiteral("dateOptions"));
    ics.starts = QDateTime::currentDateTimeUtc();
    ics.ends = ics.starts.addSecs(60);
    ics.timeZone = "Mars/Olympus_Mons";
    QCOMPARE(ics.toIcs().error().detail, QStringLiteral("timeZone"));
}

void TestMailMessages::addresses()
{
    QVERIFY(MimeMessage::isAddress(QStringLiteral("tahti.k+kohtaamo@example.fi")));
    QVERIFY(!MimeMessage::isAddress(QStringLiteral("tahti@example.fi\r\nBcc: x@y.fi")));
    QVERIFY(!MimeMessage::isAddress(QStringLiteral("Tähti <tahti@example.fi>")));
    QVERIFY(!MimeMessage::isAddress(QStringLiteral("tahti@localhost")));
    QVERIFY(!MimeMessage::isAddress(QString()));
}

void TestMailMessages::smtpAddresses_data()
{
    QTest::addColumn<QString>("given");
    QTest::addColumn<QString>("url");
    QTest::addColumn<int>("security");
    const auto row = [](const char *name, const char *given, const char *url, int security) {
        QTest::newRow(name) << QString::fromLatin1(given) << QString::fromLatin1(url) << security;
    };
    row("submission, STARTTLS", "smtp://mail.example.fi", "smtp://mail.example.fi:587", 1);
    row("TLS", "smtps://mail.example.fi", "smtps://mail.example.fi:465", 2);
    row("port given", "smtp://mail.example.fi:2525", "smtp://mail.example.fi:2525", 1);
    row("plain, for a test server", "smtp+plain://127.0.0.1:2525", "smtp://127.0.0.1:2525", 0);
    row("not smtp", "http://mail.example.fi", "", -1);
    row("no host", "smtp://", "", -1);
}

void TestMailMessages::smtpAddresses()
{
    QFETCH(QString, given);
    QFETCH(QString, url);
    QFETCH(int, security);
    auto account = SmtpAccount::fromUrl(given);
    if (security < 0) {
        QVERIFY(!account);
        QCOMPARE(account.error().detail, QStringLiteral("url"));
        return;
    }
    QVERIFY(account);
    QCOMPARE(account->url, url);
    QCOMPARE(int(account->security), security);
}

QTEST_GUILESS_MAIN(TestMailMessages)
#include "tst_mail_messages.moc"
