#include "SmtpSender.h"

#include <QStringList>
#include <QUrl>

#include <curl/curl.h>

#include <cstring>
#include <mutex>

namespace Kohtaamo {

namespace {

struct Upload
{
    const QByteArray *data = nullptr;
    qsizetype offset = 0;
};

size_t readPayload(char *buffer, size_t size, size_t count, void *user)
{
    auto *up = static_cast<Upload *>(user);
    const qsizetype room = qsizetype(size * count);
    const qsizetype left = up->data->size() - up->offset;
    const qsizetype n = qMin(room, left);
    if (n <= 0)
        return 0;
    std::memcpy(buffer, up->data->constData() + up->offset, size_t(n));
    up->offset += n;
    return size_t(n);
}

// Collects the server's answers (CURLINFO_HEADER_IN lines), so that a failure reports what the server said.
int collectAnswers(CURL *, curl_infotype type, char *data, size_t size, void *user)
{
    if (type == CURLINFO_HEADER_IN)
        static_cast<QStringList *>(user)->append(QString::fromUtf8(data, qsizetype(size)).trimmed());
    return 0;
}

void initCurlOnce()
{
    static std::once_flag once;
    std::call_once(once, [] { curl_global_init(CURL_GLOBAL_DEFAULT); });
}

QByteArray angle(const QString &address)
{
    return '<' + address.toUtf8() + '>';
}

} // namespace

SmtpAccount SmtpAccount::fromSettings(const MailSettings &settings)
{
    SmtpAccount a;
    const QString scheme = settings.security == SmtpSecurity::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp");
    a.url = QStringLiteral("%1://%2:%3").arg(scheme, settings.host).arg(settings.port);
    a.security = settings.security;
    a.user = settings.user;
    a.fromAddress = settings.fromAddress;
    a.fromName = settings.fromName;
    return a;
}

Result<SmtpAccount> SmtpAccount::fromUrl(const QString &text)
{
    const QUrl url(text, QUrl::StrictMode);
    const QString scheme = url.scheme().toLower();
    SmtpAccount a;
    if (scheme == QLatin1String("smtp"))
        a.security = SmtpSecurity::StartTls;
    else if (scheme == QLatin1String("smtps"))
        a.security = SmtpSecurity::Tls;
    else if (scheme == QLatin1String("smtp+plain"))
        a.security = SmtpSecurity::None;
    else
        return Error(
            Error::Code::InvalidInput,
            SmtpSender::tr("“%1” is not a mail server address: write smtp://host:587 (STARTTLS) or smtps://host:465 "
                           "(TLS).")
                .arg(text),
            QStringLiteral("url"));
    if (!url.isValid() || url.host().isEmpty())
        return Error(Error::Code::InvalidInput, SmtpSender::tr("The mail server address “%1” names no host.").arg(text),
                     QStringLiteral("url"));
    const int port = url.port(a.security == SmtpSecurity::Tls ? 465 : 587);
    a.url = QStringLiteral("%1://%2:%3")
                .arg(a.security == SmtpSecurity::Tls ? QStringLiteral("smtps") : QStringLiteral("smtp"), url.host())
                .arg(port);
    return a;
}

SmtpSender::SmtpSender(SmtpAccount account) : m_account(std::move(account)) { }

Status SmtpSender::send(const QString &recipient, const QByteArray &message, int timeoutSeconds) const
{
    initCurlOnce();
    CURL *curl = curl_easy_init();
    if (!curl)
        return Error(Error::Code::Mail, tr("The mail could not be sent: libcurl could not start."),
                     QStringLiteral("curl_easy_init"));
    const QByteArray url = m_account.url.toUtf8();
    const QByteArray from = angle(m_account.fromAddress);
    const QByteArray to = angle(recipient);
    const QByteArray user = m_account.user.toUtf8();
    const QByteArray password = m_account.password.toUtf8();
    curl_slist *recipients = curl_slist_append(nullptr, to.constData());
    Upload upload { &message, 0 };
    QStringList answers;
    char errorBuffer[CURL_ERROR_SIZE] = { 0 };

    curl_easy_setopt(curl, CURLOPT_URL, url.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_FROM, from.constData());
    curl_easy_setopt(curl, CURLOPT_MAIL_RCPT, recipients);
    curl_easy_setopt(curl, CURLOPT_READFUNCTION, readPayload);
    curl_easy_setopt(curl, CURLOPT_READDATA, &upload);
    curl_easy_setopt(curl, CURLOPT_UPLOAD, 1L);
    curl_easy_setopt(curl, CURLOPT_ERRORBUFFER, errorBuffer);
    curl_easy_setopt(curl, CURLOPT_TIMEOUT, long(timeoutSeconds));
    curl_easy_setopt(curl, CURLOPT_CONNECTTIMEOUT, 20L);
    curl_easy_setopt(curl, CURLOPT_NOSIGNAL, 1L);
    curl_easy_setopt(curl, CURLOPT_DEBUGFUNCTION, collectAnswers);
    curl_easy_setopt(curl, CURLOPT_DEBUGDATA, &answers);
    curl_easy_setopt(curl, CURLOPT_VERBOSE, 1L); // feeds collectAnswers; nothing is printed
    if (m_account.security == SmtpSecurity::StartTls)
        curl_easy_setopt(curl, CURLOPT_USE_SSL, long(CURLUSESSL_ALL));
    const QByteArray caFile = m_account.caFile.toLocal8Bit();
    if (!caFile.isEmpty())
        curl_easy_setopt(curl, CURLOPT_CAINFO, caFile.constData());
    if (!user.isEmpty()) {
        curl_easy_setopt(curl, CURLOPT_USERNAME, user.constData());
        curl_easy_setopt(curl, CURLOPT_PASSWORD, password.constData());
    }

    const CURLcode code = curl_easy_perform(curl);
    curl_slist_free_all(recipients);
    curl_easy_cleanup(curl);
    if (code == CURLE_OK)
        return Status::success();

    // The server's own answer if it gave one (the last line starting 4xx or 5xx), else libcurl's.
    QString answer;
    for (auto it = answers.crbegin(); it != answers.crend(); ++it) {
        if (it->size() >= 3 && (it->startsWith(QLatin1Char('4')) || it->startsWith(QLatin1Char('5')))) {
            answer = *it;
            break;
        }
    }
    if (answer.isEmpty())
        answer = QString::fromUtf8(errorBuffer[0] ? errorBuffer : curl_easy_strerror(code));
    return Error(Error::Code::Mail, tr("The mail server did not take the message: %1").arg(answer), answer);
}

} // namespace Kohtaamo
