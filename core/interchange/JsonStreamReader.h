#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QJsonValue>
#include <QSet>
#include <QStringList>

#include <vector>

class QIODevice;

namespace Kohtaamo {

// Reads a JSON document whose top level is an object without holding it whole in memory: the interchange file of a
// large office (docs/interchange.md). scan() reads the text once in chunks with a small tokenizer that knows strings
// and their escapes, and notes where each top-level member's value lies and, for the members named as streamed whose
// value is an array, where each of its elements lies. It then checks every piece as JSON (QJsonDocument, one piece
// at a time) with JsonTextCheck's refusals: a raw NUL byte and a key given twice, naming the line, column and path in
// the whole file. Afterwards head() holds every member except the streamed arrays (there an empty array), and
// element() parses one element of a streamed array when it is needed. The device must allow seeking (a file or a
// buffer); it is read again for each element.
class JsonStreamReader
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::JsonStreamReader)
public:
    JsonStreamReader(QIODevice &in, const QStringList &streamed);

    // The same errors, in the same words, as reading the text whole (InterchangeImporter::importJson): not JSON
    // (line and column), not an object, a NUL byte, a key given twice.
    Status scan();

    const QJsonObject &head() const { return m_head; }
    int count(const QString &key) const;
    Result<QJsonValue> element(const QString &key, int index);

    // How many bytes one read of the device takes at most while scanning.
    static constexpr qint64 kChunk = 256 * 1024;

private:
    struct Span
    {
        qint64 start = 0;
        qint64 end = 0; // exclusive
        int line = 1;
        int column = 1;
    };
    Status structure();
    Result<QByteArray> read(const Span &span);
    // Parses one piece of the text as a JSON value; `path` is its place in the document for a key given twice.
    Result<QJsonValue> parse(const Span &span, const QString &path);
    Error notJson(qint64 offset, int line, int column, int parseError) const;

    QIODevice &m_in;
    QSet<QString> m_streamed;
    QStringList m_order; // top-level keys in file order
    QHash<QString, Span> m_values; // the members that are not streamed
    QHash<QString, std::vector<Span>> m_elements; // the streamed arrays
    QJsonObject m_head;
};

} // namespace Kohtaamo
