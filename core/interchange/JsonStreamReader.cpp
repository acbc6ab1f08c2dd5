#include "JsonStreamReader.h"

#include "JsonRecord.h"
#include "JsonTextCheck.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonParseError>

#include <optional>

namespace Kohtaamo {

namespace {

bool isSpace(char c)
{
    return c == ' ' || c == '\t' || c == '\n' || c == '\r';
}

// Where the tokenizer is in the top-level object.
enum class State {
    Start, // before the '{'
    KeyOrEnd, // after the '{': a key or '}'
    Key, // before a key after ','
    InKey, // inside a key's quotes
    Colon, // after a key
    Value, // before a member's value
    InValue, // inside a member's value (not a streamed array)
    ElementOrEnd, // after a streamed array's '['
    Element, // before an element, after ','
    InElement, // inside an element
    AfterValue, // after a member's value: ',' or '}'
    End, // after the closing '}'
};

} // namespace

JsonStreamReader::JsonStreamReader(QIODevice &in, const QStringList &streamed)
    : m_in(in), m_streamed(streamed.cbegin(), streamed.cend())
{
}

int JsonStreamReader::count(const QString &key) const
{
    const auto found = m_elements.constFind(key);
    return found == m_elements.constEnd() ? 0 : int(found->size());
}

Error JsonStreamReader::notJson(qint64, int line, int column, int parseError) const
{
    QJsonParseError error;
    error.error = QJsonParseError::ParseError(parseError);
    error.offset = 0;
    // The importer's own words (InterchangeImporter::importJson says the same for a text read whole).
    return Error(Error::Code::InvalidInput,
                 QCoreApplication::translate("Kohtaamo::InterchangeImporter", "The file is not valid JSON (%1: %2).")
                     .arg(JsonTextCheck::lineAndColumn(line, column), error.errorString()),
                 QStringLiteral("json"));
}

Status JsonStreamReader::scan()
{
    if (!m_in.seek(0))
        return Error(Error::Code::InvalidInput, tr("Cannot read the file: %1").arg(m_in.errorString()),
                     QStringLiteral("json"));
    if (Status s = structure(); !s)
        return s;
    // Every piece parsed once, in the order of the file, for the errors of a text read whole; nothing is kept but the
    // small members.
    for (const QString &key : std::as_const(m_order)) {
        if (const auto value = m_values.constFind(key); value != m_values.constEnd()) {
            auto parsed = parse(*value, key);
            if (!parsed)
                return parsed.error();
            m_head.insert(key, *parsed);
            continue;
        }
        const std::vector<Span> &elements = m_elements[key];
        for (std::size_t i = 0; i < elements.size(); ++i) {
            auto parsed = parse(elements[i], JsonRecord::itemPath(key, int(i)));
            if (!parsed)
                return parsed.error();
        }
        m_head.insert(key, QJsonArray());
    }
    return Status::success();
}

// One pass over the bytes. It checks only what lies between the pieces (the top-level object's braces, keys, colons
// and commas, and the streamed arrays' brackets and commas); each piece is checked by the JSON parser afterwards.
Status JsonStreamReader::structure()
{
    State state = State::Start;
    int depth = 0; // inside a piece: open brackets and braces
    bool inString = false;
    bool escaped = false;
    QByteArray key;
    QString currentKey;
    Span span;
    int line = 1;
    int column = 1;
    qint64 offset = 0;
    std::optional<Error> problem; // the first error of structure; a NUL byte anywhere is said first
    QSet<QString> keys;

    const auto fail = [&](QJsonParseError::ParseError error) {
        if (!problem)
            problem = notJson(offset, line, column, error);
    };
    const auto startPiece = [&]() {
        span = Span { offset, offset, line, column };
        depth = 0;
        inString = false;
        escaped = false;
    };
    // Feeds one byte of a piece; true when the piece ended just before it (a ',', '}' or ']' outside it).
    const auto pieceEndsAt = [&](char c) -> bool {
        if (inString) {
            if (escaped)
                escaped = false;
            else if (c == '\\')
                escaped = true;
            else if (c == '"')
                inString = false;
            return false;
        }
        switch (c) {
        case '"':
            inString = true;
            return false;
        case '{':
        case '[':
            ++depth;
            return false;
        case '}':
        case ']':
            if (depth == 0)
                return true;
            --depth;
            return false;
        case ',':
            return depth == 0;
        default:
            return false;
        }
    };

    QByteArray chunk;
    while (!m_in.atEnd()) {
        chunk = m_in.read(kChunk);
        if (chunk.isEmpty())
            break;
        for (qsizetype i = 0; i < chunk.size(); ++i, ++offset) {
            const char c = chunk.at(i);
            if (c == '\0')
                return JsonTextCheck::nulByteAt(JsonTextCheck::lineAndColumn(line, column));
            if (!problem) {
                switch (state) {
                case State::Start:
                    if (c == '{')
                        state = State::KeyOrEnd;
                    else if (!isSpace(c))
                        state = State::End, problem = Error(); // not an object: said after the pass
                    break;
                case State::KeyOrEnd:
                case State::Key:
                    if (c == '"') {
                        key = QByteArrayLiteral("\"");
                        span = Span { offset, offset, line, column };
                        escaped = false;
                        state = State::InKey;
                    } else if (c == '}' && state == State::KeyOrEnd) {
                        state = State::End;
                    } else if (!isSpace(c)) {
                        fail(c == '}' ? QJsonParseError::MissingObject : QJsonParseError::IllegalValue);
                    }
                    break;
                case State::InKey:
                    key += c;
                    if (escaped) {
                        escaped = false;
                    } else if (c == '\\') {
                        escaped = true;
                    } else if (c == '"') {
                        const QJsonDocument decoded = QJsonDocument::fromJson("[" + key + "]");
                        currentKey = decoded.array().at(0).toString();
                        if (!decoded.isArray() || decoded.array().size() != 1) {
                            fail(QJsonParseError::IllegalValue);
                            break;
                        }
                        if (keys.contains(currentKey)) {
                            problem = JsonTextCheck::keyTwice(currentKey, QString(),
                                                              JsonTextCheck::lineAndColumn(span.line, span.column));
                            break;
                        }
                        keys.insert(currentKey);
                        m_order.append(currentKey);
                        state = State::Colon;
                    }
                    break;
                case State::Colon:
                    if (c == ':')
                        state = State::Value;
                    else if (!isSpace(c))
                        fail(QJsonParseError::MissingNameSeparator);
                    break;
                case State::Value:
                    if (isSpace(c))
                        break;
                    if (c == '[' && m_streamed.contains(currentKey)) {
                        m_elements[currentKey].clear();
                        state = State::ElementOrEnd;
                        break;
                    }
                    startPiece();
                    state = State::InValue;
                    [[fallthrough]];
                case State::InValue:
                    if (pieceEndsAt(c)) {
                        span.end = offset;
                        if (c == ']') {
                            fail(QJsonParseError::IllegalValue);
                            break;
                        }
                        m_values.insert(currentKey, span);
                        state = c == ',' ? State::Key : State::End;
                    }
                    break;
                case State::ElementOrEnd:
                case State::Element:
                    if (isSpace(c))
                        break;
                    if (c == ']' && state == State::ElementOrEnd) {
                        state = State::AfterValue;
                        break;
                    }
                    startPiece();
                    state = State::InElement;
                    [[fallthrough]];
                case State::InElement:
                    if (pieceEndsAt(c)) {
                        span.end = offset;
                        if (c == '}') {
                            fail(QJsonParseError::UnterminatedArray);
                            break;
                        }
                        m_elements[currentKey].push_back(span);
                        state = c == ',' ? State::Element : State::AfterValue;
                    }
                    break;
                case State::AfterValue:
                    if (c == ',')
                        state = State::Key;
                    else if (c == '}')
                        state = State::End;
                    else if (!isSpace(c))
                        fail(QJsonParseError::MissingValueSeparator);
                    break;
                case State::End:
                    if (!isSpace(c))
                        fail(QJsonParseError::GarbageAtEnd);
                    break;
                }
            }
            if (c == '\n') {
                ++line;
                column = 1;
            } else {
                ++column;
            }
        }
    }
    if (!m_in.atEnd())
        return Error(Error::Code::InvalidInput, tr("Cannot read the file: %1").arg(m_in.errorString()),
                     QStringLiteral("json"));
    if (state == State::Start || (problem && problem->code == Error::Code::None)) {
        // Not an object: what the parser says of the whole text, or that it is no object.
        m_in.seek(0);
        const QByteArray all = m_in.readAll();
        QJsonParseError parseError;
        QJsonDocument::fromJson(all, &parseError);
        if (parseError.error != QJsonParseError::NoError)
            return Error(
                Error::Code::InvalidInput,
                QCoreApplication::translate("Kohtaamo::InterchangeImporter", "The file is not valid JSON (%1: %2).")
                    .arg(JsonTextCheck::lineAndColumn(all, parseError.offset), parseError.errorString()),
                QStringLiteral("json"));
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("Kohtaamo::InterchangeImporter",
                                                 "The file does not hold a Kohtaamo interchange document: it is not "
                                                 "a JSON object."),
                     QStringLiteral("json"));
    }
    if (problem)
        return *problem;
    if (state != State::End) {
        const bool string
            = state == State::InKey || ((state == State::InValue || state == State::InElement) && inString);
        fail(string ? QJsonParseError::UnterminatedString
                 : state == State::InElement || state == State::ElementOrEnd || state == State::Element
                 ? QJsonParseError::UnterminatedArray
                 : QJsonParseError::UnterminatedObject);
        return *problem;
    }
    return Status::success();
}

Result<QByteArray> JsonStreamReader::read(const Span &span)
{
    if (!m_in.seek(span.start))
        return Error(Error::Code::InvalidInput, tr("Cannot read the file: %1").arg(m_in.errorString()),
                     QStringLiteral("json"));
    QByteArray bytes = m_in.read(span.end - span.start);
    if (bytes.size() != span.end - span.start)
        return Error(Error::Code::InvalidInput, tr("Cannot read the file: %1").arg(m_in.errorString()),
                     QStringLiteral("json"));
    return bytes;
}

Result<QJsonValue> JsonStreamReader::parse(const Span &span, const QString &path)
{
    auto bytes = read(span);
    if (!bytes)
        return bytes.error();
    // QJsonDocument reads only an object or array: the piece is read as the one element of an array.
    QByteArray wrapped;
    wrapped.reserve(bytes->size() + 2);
    wrapped += '[';
    wrapped += *bytes;
    wrapped += ']';
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(wrapped, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const qsizetype at = qBound(qsizetype(0), qsizetype(parseError.offset - 1), bytes->size());
        return Error(
            Error::Code::InvalidInput,
            QCoreApplication::translate("Kohtaamo::InterchangeImporter", "The file is not valid JSON (%1: %2).")
                .arg(JsonTextCheck::lineAndColumn(*bytes, at, span.line, span.column), parseError.errorString()),
            QStringLiteral("json"));
    }
    if (document.array().size() != 1)
        return notJson(span.start, span.line, span.column, QJsonParseError::IllegalValue);
    if (Status s = JsonTextCheck::checkUniqueKeys(*bytes, path, span.line, span.column); !s)
        return s.error();
    return document.array().at(0);
}

Result<QJsonValue> JsonStreamReader::element(const QString &key, int index)
{
    const auto found = m_elements.constFind(key);
    if (found == m_elements.constEnd() || index < 0 || std::size_t(index) >= found->size())
        return QJsonValue();
    return parse((*found)[std::size_t(index)], JsonRecord::itemPath(key, index));
}

} // namespace Kohtaamo
