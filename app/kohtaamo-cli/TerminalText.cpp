#include "TerminalText.h"

namespace Kohtaamo::Cli {

namespace {
constexpr char32_t kReplacement = 0xfffd;
const QByteArray kReplacementUtf8("\xef\xbf\xbd");

// The length of the UTF-8 sequence that starts with `lead`; 1 for a byte that cannot start one.
int sequenceLength(unsigned char lead)
{
    if (lead >= 0xf0 && lead <= 0xf4)
        return 4;
    if (lead >= 0xe0)
        return lead <= 0xef ? 3 : 1;
    if (lead >= 0xc2)
        return 2;
    return 1;
}
} // namespace

bool TerminalText::isControl(char32_t c)
{
    return c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069)
        || c == 0x2028 || c == 0x2029 || c == 0x200e || c == 0x200f || c == 0x061c;
}

QString TerminalText::field(const QString &text)
{
    QString result;
    result.reserve(text.size());
    for (const QChar ch : text)
        result += isControl(ch.unicode()) ? QChar(char16_t(kReplacement)) : ch;
    return result;
}

QString TerminalText::cell(const QString &text)
{
    QString flat = text;
    flat.replace(QLatin1String("\r\n"), QLatin1String(" "));
    flat.replace(QLatin1Char('\n'), QLatin1Char(' '));
    return field(flat);
}

TerminalText::Device::Device(FILE *file) : m_file(file)
{
    open(QIODevice::WriteOnly | QIODevice::Unbuffered);
}

TerminalText::Device::~Device()
{
    if (!m_pending.isEmpty()) // a character cut off for good: shown as one replacement
        std::fwrite(kReplacementUtf8.constData(), 1, std::size_t(kReplacementUtf8.size()), m_file);
    std::fflush(m_file);
}

qint64 TerminalText::Device::writeData(const char *data, qint64 size)
{
    QByteArray in = m_pending + QByteArray::fromRawData(data, size);
    m_pending.clear();
    QByteArray out;
    out.reserve(in.size());
    qsizetype i = 0;
    while (i < in.size()) {
        const auto lead = static_cast<unsigned char>(in.at(i));
        if (lead < 0x80) {
            if (lead == '\n' || lead == '\t' || !isControl(lead))
                out += char(lead);
            else
                out += kReplacementUtf8;
            ++i;
            continue;
        }
        const int length = sequenceLength(lead);
        if (length == 1) { // a stray continuation byte or an invalid lead: passed on as it came
            out += char(lead);
            ++i;
            continue;
        }
        if (i + length > in.size()) { // the rest comes with the next write
            m_pending = in.mid(i);
            break;
        }
        char32_t c = lead & (0xff >> (length + 1));
        for (int k = 1; k < length; ++k)
            c = (c << 6) | (static_cast<unsigned char>(in.at(i + k)) & 0x3f);
        if (isControl(c))
            out += kReplacementUtf8;
        else
            out += in.mid(i, length);
        i += length;
    }
    if (!out.isEmpty() && std::fwrite(out.constData(), 1, std::size_t(out.size()), m_file) != std::size_t(out.size()))
        return -1;
    std::fflush(m_file);
    return size;
}

} // namespace Kohtaamo::Cli
