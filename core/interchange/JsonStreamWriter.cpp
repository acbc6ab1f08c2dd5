#include "JsonStreamWriter.h"

#include <QIODevice>
#include <QJsonArray>
#include <QJsonDocument>

namespace Kohtaamo {

namespace {
constexpr qsizetype kFlushAt = 256 * 1024;
}

JsonStreamWriter::JsonStreamWriter(QIODevice &out) : m_out(out)
{
    m_buffer.reserve(kFlushAt + 64 * 1024);
    write(QByteArrayLiteral("{\n"));
}

QByteArray JsonStreamWriter::indented(const QJsonValue &value, int depth)
{
    // QJsonDocument writes only arrays and objects: wrap the value in `depth` arrays and cut the wrapping off. Each
    // wrapper adds "[\n" plus its indentation before the value and "\n", its indentation and "]" after it.
    QJsonValue wrapped = value;
    for (int i = 0; i < depth; ++i)
        wrapped = QJsonArray { wrapped };
    const QByteArray json = QJsonDocument(wrapped.toArray()).toJson(QJsonDocument::Indented);
    // Before the value: the outermost "[\n", then each inner wrapper's indentation and "[\n"; after it each inner
    // wrapper's "\n", indentation and "]", then the outermost "\n]\n".
    qsizetype inner = 0;
    for (int level = 1; level < depth; ++level)
        inner += 4 * level + 2;
    const qsizetype before = 2 + inner;
    const qsizetype after = 3 + inner;
    return json.mid(before, json.size() - before - after);
}

void JsonStreamWriter::startMember(const QString &key)
{
    write(m_anyMember ? QByteArrayLiteral(",\n    \"") : QByteArrayLiteral("    \""));
    m_anyMember = true;
    write(key.toUtf8());
    write(QByteArrayLiteral("\": "));
}

void JsonStreamWriter::member(const QString &key, const QJsonValue &value)
{
    startMember(key);
    write(indented(value, 1).mid(4)); // the first line follows the key
}

void JsonStreamWriter::beginArray(const QString &key)
{
    startMember(key);
    write(QByteArrayLiteral("[\n"));
    m_anyElement = false;
}

void JsonStreamWriter::element(const QJsonValue &value)
{
    if (m_anyElement)
        write(QByteArrayLiteral(",\n"));
    m_anyElement = true;
    write(indented(value, 2));
}

void JsonStreamWriter::endArray()
{
    write(m_anyElement ? QByteArrayLiteral("\n    ]") : QByteArrayLiteral("    ]"));
}

Status JsonStreamWriter::finish()
{
    write(m_anyMember ? QByteArrayLiteral("\n}\n") : QByteArrayLiteral("}\n"));
    flush();
    if (m_failed)
        return Error(Error::Code::Database, tr("Cannot write the document: %1").arg(m_error));
    return Status::success();
}

void JsonStreamWriter::write(const QByteArray &bytes)
{
    m_buffer += bytes;
    if (m_buffer.size() >= kFlushAt)
        flush();
}

void JsonStreamWriter::flush()
{
    if (m_buffer.isEmpty() || m_failed)
        return;
    if (m_out.write(m_buffer) != m_buffer.size()) {
        m_failed = true;
        m_error = m_out.errorString();
    }
    m_buffer.clear();
}

} // namespace Kohtaamo
