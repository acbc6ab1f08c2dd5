#pragma once

#include <QByteArray>
#include <QDateTime>
#include <QString>

namespace Kohtaamo {

// An e-mail as RFC 5322 text: headers with RFC 2047 encoded words for anything not ASCII (Finnish and Swedish
// letters), a stable Message-ID, and a body that is text/plain in UTF-8 (quoted-printable), or multipart/mixed with
// the text and a text/calendar attachment (method=REQUEST or CANCEL) in base64.
class MimeMessage
{
public:
    QString fromAddress;
    QString fromName;
    QString toAddress;
    QString toName;
    QString subject;
    QString text;
    QByteArray ics; // empty = no attachment
    QByteArray icsMethod = QByteArrayLiteral("REQUEST"); // REQUEST or CANCEL
    QString messageId; // "<…@…>"
    QDateTime date;

    QByteArray toBytes() const;

    // Helpers, public for the tests.
    // A plain ASCII address (local@domain.tld) that can go into a header and an SMTP envelope as it is.
    static bool isAddress(const QString &address);
    static QByteArray encodeWords(const QString &text); // RFC 2047 (B), or the text itself when ASCII
    static QByteArray mailbox(const QString &name, const QString &address); // "Name <address>"
    static QByteArray quotedPrintable(const QByteArray &utf8); // RFC 2045, CRLF line ends, lines <= 76
    static QByteArray base64Lines(const QByteArray &data); // 76-character lines
    static QByteArray rfc2822Date(const QDateTime &when);
    // A new Message-ID "<uuid@domain>".
    static QString newMessageId(const QString &domain);
};

} // namespace Kohtaamo
