// SmtpSender (libcurl) against a real SMTP server on loopback (tests/mail/smtp_sink.py, python3-aiosmtpd) with a
// self-signed certificate: submission with STARTTLS and a login, TLS from the start (smtps), the server's own answer
// to a wrong password, a certificate that is not trusted, and a server without STARTTLS (never sent in clear).
#include "SmtpSink.h"

#include "mail/MimeMessage.h"
#include "mail/SmtpSender.h"

#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::SmtpSink;

namespace {
QByteArray message()
{
    MimeMessage m;
    m.fromAddress = QStringLiteral("toimisto@kohtaamo.example");
    m.toAddress = QStringLiteral("tahti@example.fi");
    m.subject = QStringLiteral("Kutsu: Puheenvuoro 3.3.2026 (2026-0042)");
    m.text = QStringLiteral("Hei Tähti!\n");
    m.messageId = MimeMessage::newMessageId(QStringLiteral("test.kohtaamo"));
    return m.toBytes();
}

SmtpAccount accountFor(const SmtpSink &sink, const QString &scheme)
{
    auto a = SmtpAccount::fromUrl(QStringLiteral("%1://127.0.0.1:%2").arg(scheme).arg(sink.port()));
    SmtpAccount account = a ? *a : SmtpAccount();
    account.fromAddress = QStringLiteral("toimisto@kohtaamo.example");
    account.user = QStringLiteral("toimisto");
    account.password = QStringLiteral("salasana");
    account.caFile = sink.caFile();
    return account;
}
} // namespace

class TestSmtpSender : public QObject
{
    Q_OBJECT
private slots:
    void startTlsWithLogin();
    void tlsFromTheStart();
    void wrongPasswordGivesTheServersAnswer();
    void untrustedCertificateIsRefused();
    void serverWithoutStartTlsGetsNothing();
};

void TestSmtpSender::startTlsWithLogin()
{
    SmtpSink sink;
    QVERIFY2(
        sink.start({ QStringLiteral("--starttls"), QStringLiteral("--auth"), QStringLiteral("toimisto:salasana") }),
        qPrintable(sink.error()));
    const SmtpAccount account = accountFor(sink, QStringLiteral("smtp"));
    QCOMPARE(account.security, SmtpSecurity::StartTls);
    const Status sent = SmtpSender(account).send(QStringLiteral("tahti@example.fi"), message(), 30);
    QVERIFY2(sent, qPrintable(sent.error().detail));
    QCOMPARE(sink.received().size(), 1);
    QString error;
    const QJsonArray parsed = SmtpSink::parse(sink.received(), &error);
    QCOMPARE(parsed.at(0).toObject().value(QStringLiteral("subject")).toString(),
             QStringLiteral("Kutsu: Puheenvuoro 3.3.2026 (2026-0042)"));
}

void TestSmtpSender::tlsFromTheStart()
{
    SmtpSink sink;
    QVERIFY2(sink.start({ QStringLiteral("--tls"), QStringLiteral("--auth"), QStringLiteral("toimisto:salasana") }),
             qPrintable(sink.error()));
    const SmtpAccount account = accountFor(sink, QStringLiteral("smtps"));
    QCOMPARE(account.security, SmtpSecurity::Tls);
    const Status sent = SmtpSender(account).send(QStringLiteral("tahti@example.fi"), message(), 30);
    QVERIFY2(sent, qPrintable(sent.error().detail));
    QCOMPARE(sink.received().size(), 1);
}

void TestSmtpSender::wrongPasswordGivesTheServersAnswer()
{
    SmtpSink sink;
    QVERIFY2(
        sink.start({ QStringLiteral("--starttls"), QStringLiteral("--auth"), QStringLiteral("toimisto:salasana") }),
        qPrintable(sink.error()));
    SmtpAccount account = accountFor(sink, QStringLiteral("smtp"));
    account.password = QStringLiteral("väärä");
    const Status sent = SmtpSender(account).send(QStringLiteral("tahti@example.fi"), message(), 30);
    QVERIFY(!sent);
    QCOMPARE(sent.error().code, Error::Code::Mail);
    QVERIFY2(sent.error().detail.startsWith(QStringLiteral("535")), qPrintable(sent.error().detail));
    QVERIFY(sent.error().message.contains(sent.error().detail));
    QCOMPARE(sink.received().size(), 0);
}

void TestSmtpSender::untrustedCertificateIsRefused()
{
    SmtpSink sink;
    QVERIFY2(sink.start({ QStringLiteral("--starttls") }), qPrintable(sink.error()));
    SmtpAccount account = accountFor(sink, QStringLiteral("smtp"));
    account.caFile.clear();
    account.user.clear();
    const Status sent = SmtpSender(account).send(QStringLiteral("tahti@example.fi"), message(), 30);
    QVERIFY(!sent);
    QVERIFY(!sent.error().detail.isEmpty());
    QCOMPARE(sink.received().size(), 0);
}

void TestSmtpSender::serverWithoutStartTlsGetsNothing()
{
    SmtpSink sink;
    QVERIFY2(sink.start(), qPrintable(sink.error()));
    SmtpAccount account = accountFor(sink, QStringLiteral("smtp")); // STARTTLS required
    const Status sent = SmtpSender(account).send(QStringLiteral("tahti@example.fi"), message(), 30);
    QVERIFY(!sent);
    QCOMPARE(sink.received().size(), 0);
}

QTEST_GUILESS_MAIN(TestSmtpSender)
#include "tst_smtp_sender.moc"
