#pragma once

#include "MailSettings.h"

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace Kohtaamo {

// Where and as whom to send: smtp://host:port (STARTTLS unless `security` is None) or smtps://host:port (TLS).
struct SmtpAccount
{
    QString url; // smtp://host:587 or smtps://host:465
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user; // empty = no login
    QString password; // never stored: from the keyring or the environment
    QString fromAddress;
    QString fromName;
    QString caFile; // PEM certificates to trust besides the system's (a server with the office's own CA); empty = none

    bool isValid() const { return !url.isEmpty() && !fromAddress.isEmpty(); }

    // The account of the office's settings (without its password).
    static SmtpAccount fromSettings(const MailSettings &settings);
    // An address as in KOHTAAMO_SMTP_URL: smtp://host[:port] (STARTTLS; smtp+plain:// for none, for a test server on
    // loopback) or smtps://host[:port] (TLS). InvalidInput naming "url" otherwise.
    static Result<SmtpAccount> fromUrl(const QString &url);
};

// Sends one message by SMTP with libcurl: submission with STARTTLS required (CURLOPT_USE_SSL), or TLS from the start
// (smtps://), with a login when the account has a user. On failure the error's detail is the server's own answer
// ("550 5.1.1 mailbox unavailable") or, when there was none, libcurl's description (could not connect, TLS).
class SmtpSender
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::SmtpSender)
public:
    explicit SmtpSender(SmtpAccount account);

    Status send(const QString &recipient, const QByteArray &message, int timeoutSeconds = 60) const;

private:
    SmtpAccount m_account;
};

} // namespace Kohtaamo
