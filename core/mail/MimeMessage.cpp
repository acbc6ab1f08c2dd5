#include "MimeMessage.h"

#include <QRegularExpression>
#include <QUuid>

namespace Kohtaamo {

namespace {

const QByteArray kCrlf = QByteArrayLiteral("\r\n");

bool isPlainAscii(const QString &s)
{
    for (QChar c : s)
        if (c.unicode() < 0x20 || c.unicode() > 0x7e)
            return false;
    return true;
}

// A header line folded before it passes 78 characters, at the spaces between words.
QByteArray header(const char *name, const QByteArray &value)
{
    QByteArray line = QByteArray(name) + ": ";
    qsizetype lineLength = line.size();
    const QList<QByteArray> words = value.split(' ');
    for (qsizetype i = 0; i < words.size(); ++i) {
        const QByteArray &w = words.at(i);
        if (i > 0) {
            if (lineLength + 1 + w.size() > 76) {
                line += kCrlf + ' ';
                lineLength = 1;
            } else {
                line += ' ';
                ++lineLength;
            }
        }
        line += w;
        lineLength += w.size();
    }
    return line + kCrlf;
}

} // namespace

QByteArray MimeMessage::encodeWords(const QString &text)
{
    if (isPlainAscii(text))
        return text.toLatin1();
    // Encoded words of 64 characters at most (39 bytes of UTF-8, never splitting a character), so that even the first
    // one fits on the "Subject: " line within 78 characters.
    QByteArray out;
    QByteArray chunk;
    const auto flush = [&]() {
        if (chunk.isEmpty())
            return;
        if (!out.isEmpty())
            out += ' ';
        out += "=?UTF-8?B?" + chunk.toBase64() + "?=";
        chunk.clear();
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        qsizetype n = text.at(i).isHighSurrogate() && i + 1 < text.size() ? 2 : 1;
        const QByteArray c = text.mid(i, n).toUtf8();
        if (chunk.size() + c.size() > 39)
            flush();
        chunk += c;
        i += n - 1;
    }
    flush();
    return out;
}

bool MimeMessage::isAddress(const QString &address)
{
    static const QRegularExpression re(
        QStringLiteral("^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]+@[A-Za-z0-9-]+(\\.[A-Za-z0-9-]+)+$"));
    return re.match(address).hasMatch();
}

QByteArray MimeMessage::mailbox(const QString &name, const QString &address)
{
    if (name.isEmpty())
        return address.toLatin1();
    QByteArray display;
    if (isPlainAscii(name)) {
        QString quoted = name;
        quoted.replace(QLatin1String("\\"), QLatin1String("\\\\")).replace(QLatin1String("\""), QLatin1String("\\\""));
        display = '"' + quoted.toLatin1() + '"';
    } else {
        display = encodeWords(name);
    }
    return display + " <" + address.toLatin1() + '>';
}

QByteArray MimeMessage::quotedPrintable(const QByteArray &utf8)
{
    QByteArray text = utf8;
    text.replace("\r\n", "\n");
    QByteArray out;
    const QList<QByteArray> lines = text.split('\n');
    for (qsizetype li = 0; li < lines.size(); ++li) {
        const QByteArray &line = lines.at(li);
        QByteArray encoded;
        int column = 0;
        for (qsizetype i = 0; i < line.size(); ++i) {
            const auto c = static_cast<unsigned char>(line.at(i));
            const bool last = i == line.size() - 1;
            QByteArray piece;
            if ((c >= 33 && c <= 126 && c != '=') || ((c == ' ' || c == '\t') && !last))
                piece = QByteArray(1, char(c));
            else
                piece = '=' + QByteArray::number(c, 16).toUpper().rightJustified(2, '0');
            if (column + piece.size() > 75) {
                encoded += "=\r\n";
                column = 0;
            }
            encoded += piece;
            column += int(piece.size());
        }
        out += encoded;
        if (li < lines.size() - 1)
            out += kCrlf;
    }
    return out;
}

QByteArray MimeMessage::base64Lines(const QByteArray &data)
{
    const QByteArray b64 = data.toBase64();
    QByteArray out;
    for (qsizetype i = 0; i < b64.size(); i += 76)
        out += b64.mid(i, 76) + kCrlf;
    return out;
}

QByteArray MimeMessage::rfc2822Date(const QDateTime &when)
{
    static const char *days[] = { "Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun" };
    static const char *months[]
        = { "Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec" };
    const QDateTime utc = when.toUTC();
    return QByteArray(days[utc.date().dayOfWeek() - 1]) + ", " + QByteArray::number(utc.date().day()) + ' '
        + months[utc.date().month() - 1] + ' ' + QByteArray::number(utc.date().year()) + ' '
        + utc.time().toString(QStringLiteral("HH:mm:ss")).toLatin1() + " +0000";
}

QString MimeMessage::newMessageId(const QString &domain)
{
    return QStringLiteral("<%1@%2>").arg(QUuid::createUuid().toString(QUuid::WithoutBraces), domain);
}

QByteArray MimeMessage::toBytes() const
{
    QByteArray m;
    m += header("From", mailbox(fromName, fromAddress));
    m += header("To", mailbox(toName, toAddress));
    m += header("Subject", encodeWords(subject));
    m += header("Date", rfc2822Date(date.isValid() ? date : QDateTime::currentDateTimeUtc()));
    m += header("Message-ID", messageId.toLatin1());
    m += header("MIME-Version", "1.0");
    m += header("Auto-Submitted", "auto-generated");
    const QByteArray textPart = "Content-Type: text/plain; charset=UTF-8\r\n"
                                "Content-Transfer-Encoding: quoted-printable\r\n\r\n"
        + quotedPrintable(text.toUtf8()) + kCrlf;
    if (ics.isEmpty())
        return m + textPart;
    const QByteArray boundary = "=_kohtaamo_" + QUuid::createUuid().toString(QUuid::Id128).toLatin1();
    m += header("Content-Type", "multipart/mixed; boundary=\"" + boundary + '"');
    m += kCrlf;
    m += "This is a message in MIME format.\r\n";
    m += "--" + boundary + kCrlf + textPart;
    m += "--" + boundary + kCrlf;
    m += "Content-Type: text/calendar; charset=UTF-8; method=" + icsMethod + "; name=\"invite.ics\"\r\n";
    m += "Content-Transfer-Encoding: base64\r\n";
    m += "Content-Disposition: attachment; filename=\"invite.ics\"\r\n\r\n";
    m += base64Lines(ics);
    m += "--" + boundary + "--" + kCrlf;
    return m;
}

} // namespace Kohtaamo
