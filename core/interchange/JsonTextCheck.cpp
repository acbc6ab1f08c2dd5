#include "JsonTextCheck.h"

#include "JsonRecord.h"

#include <QSet>
#include <QVarLengthArray>

#include <algorithm>
#include <vector>

namespace Kohtaamo {

namespace {
// An object of the file has a few dozen keys at most: they are compared one by one, without hashing; a larger one
// (hand-made or hostile) gets a hash set from kLinearKeys on.
constexpr qsizetype kLinearKeys = 32;

struct Frame
{
    bool object = false;
    QVarLengthArray<QString, 16> keys; // objects: the keys seen so far, up to kLinearKeys
    QSet<QString> manyKeys; // objects: all keys, once there are more than kLinearKeys
    QString key; // objects: the last key read
    bool expectKey = false; // objects: the next string is a key
    int index = 0; // arrays: the element being read

    // Whether the object had `text` as a key already; remembers it.
    bool seen(const QString &text)
    {
        if (manyKeys.isEmpty()) {
            if (std::find(keys.cbegin(), keys.cend(), text) != keys.cend())
                return true;
            if (keys.size() < kLinearKeys) {
                keys.append(text);
                return false;
            }
            manyKeys = QSet<QString>(keys.cbegin(), keys.cend());
        }
        if (manyKeys.contains(text))
            return true;
        manyKeys.insert(text);
        return false;
    }
};

int hexValue(char c)
{
    if (c >= '0' && c <= '9')
        return c - '0';
    if (c >= 'a' && c <= 'f')
        return c - 'a' + 10;
    if (c >= 'A' && c <= 'F')
        return c - 'A' + 10;
    return -1;
}

// Reads the string starting at json[i] == '"'; returns the offset after its closing quote. `decode` fills `text`.
qsizetype readString(const QByteArray &json, qsizetype i, bool decode, QString &text)
{
    const qsizetype n = json.size();
    ++i;
    qsizetype plainStart = i;
    QString decoded;
    const auto flush = [&](qsizetype end) {
        if (decode && end > plainStart)
            decoded += QString::fromUtf8(json.constData() + plainStart, end - plainStart);
    };
    while (i < n) {
        const char c = json.at(i);
        if (c == '"') {
            flush(i);
            text = decoded;
            return i + 1;
        }
        if (c != '\\') {
            ++i;
            continue;
        }
        flush(i);
        if (i + 1 >= n)
            break;
        const char e = json.at(i + 1);
        i += 2;
        if (e == 'u' && i + 4 <= n) {
            int code = 0;
            for (int k = 0; k < 4; ++k)
                code = code * 16 + std::max(0, hexValue(json.at(i + k)));
            i += 4;
            if (decode)
                decoded += QChar(char16_t(code)); // surrogate pairs arrive as two escapes: both are appended
        } else if (decode) {
            switch (e) {
            case 'n':
                decoded += QLatin1Char('\n');
                break;
            case 't':
                decoded += QLatin1Char('\t');
                break;
            case 'r':
                decoded += QLatin1Char('\r');
                break;
            case 'b':
                decoded += QLatin1Char('\b');
                break;
            case 'f':
                decoded += QLatin1Char('\f');
                break;
            default:
                decoded += QLatin1Char(e); // \" \\ \/
            }
        }
        plainStart = i;
    }
    text = decoded;
    return n;
}
} // namespace

QString JsonTextCheck::lineAndColumn(const QByteArray &json, qsizetype offset)
{
    return lineAndColumn(json, offset, 1, 1);
}

QString JsonTextCheck::lineAndColumn(const QByteArray &json, qsizetype offset, int line, int column)
{
    for (qsizetype i = 0; i < offset && i < json.size(); ++i) {
        if (json.at(i) == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return lineAndColumn(line, column);
}

QString JsonTextCheck::lineAndColumn(int line, int column)
{
    // The importer's own words for a place in the file (its translation too).
    return QCoreApplication::translate("Kohtaamo::InterchangeImporter", "line %1, column %2").arg(line).arg(column);
}

Error JsonTextCheck::nulByteAt(const QString &place)
{
    return Error(
        Error::Code::InvalidInput,
        tr("The file holds a NUL byte (a byte of value zero) at %1: it is damaged or not a text file.").arg(place),
        QStringLiteral("json"));
}

Error JsonTextCheck::keyTwice(const QString &key, const QString &objectPath, const QString &place)
{
    return Error(Error::Code::InvalidInput,
                 tr("The key %1 is given twice in the same object (%2, %3); Kohtaamo does not guess "
                    "which one is meant.")
                     .arg(JsonRecord::quoted(key),
                          objectPath.isEmpty() ? tr("at the top level of the document") : objectPath, place),
                 objectPath.isEmpty() ? key : objectPath + QLatin1Char('.') + key);
}

Status JsonTextCheck::checkNoNul(const QByteArray &json)
{
    const qsizetype at = json.indexOf('\0');
    if (at < 0)
        return Status::success();
    return nulByteAt(lineAndColumn(json, at));
}

Status JsonTextCheck::checkUniqueKeys(const QByteArray &json)
{
    return checkUniqueKeys(json, QString(), 1, 1);
}

Status JsonTextCheck::checkUniqueKeys(const QByteArray &json, const QString &path, int line, int column)
{
    std::vector<Frame> stack;
    const qsizetype n = json.size();
    // The path of the innermost container, built only when a problem is reported: from each outer container's
    // current key or index.
    const auto innermostPath = [&stack, &path]() -> QString {
        QString at = path;
        for (size_t k = 0; k + 1 < stack.size(); ++k) {
            const Frame &outer = stack.at(k);
            if (outer.object)
                at = at.isEmpty() ? outer.key : at + QLatin1Char('.') + outer.key;
            else
                at = JsonRecord::itemPath(at, outer.index);
        }
        return at;
    };
    qsizetype i = 0;
    while (i < n) {
        const char c = json.at(i);
        switch (c) {
        case '{':
        case '[': {
            Frame &frame = stack.emplace_back();
            frame.object = c == '{';
            frame.expectKey = frame.object;
            ++i;
            break;
        }
        case '}':
        case ']':
            if (!stack.empty())
                stack.pop_back();
            ++i;
            break;
        case ',':
            if (!stack.empty()) {
                if (stack.back().object)
                    stack.back().expectKey = true;
                else
                    ++stack.back().index;
            }
            ++i;
            break;
        case ':':
            if (!stack.empty())
                stack.back().expectKey = false;
            ++i;
            break;
        case '"': {
            const bool isKey = !stack.empty() && stack.back().object && stack.back().expectKey;
            QString text;
            const qsizetype end = readString(json, i, isKey, text);
            if (isKey) {
                Frame &top = stack.back();
                if (top.seen(text))
                    return keyTwice(text, innermostPath(), lineAndColumn(json, i, line, column));
                top.key = text;
            }
            i = end;
            break;
        }
        default:
            ++i; // white space, numbers, true, false, null
        }
    }
    return Status::success();
}

} // namespace Kohtaamo
