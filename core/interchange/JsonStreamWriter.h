#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonValue>

class QIODevice;

namespace Kohtaamo {

// Writes one JSON object incrementally to a device, byte for byte as QJsonDocument::toJson(Indented) writes the same
// object — as long as the members come in the order QJsonObject keeps them (sorted by key): the interchange document
// (docs/interchange.md) streamed a record at a time instead of built whole in memory. A top-level member is either a
// value written at once, or an array opened with beginArray(), filled with element() one record at a time and closed
// with endArray(). Output is buffered; the first write error is kept and returned by finish().
class JsonStreamWriter
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::JsonStreamWriter)
public:
    explicit JsonStreamWriter(QIODevice &out);

    void member(const QString &key, const QJsonValue &value);
    void beginArray(const QString &key);
    void element(const QJsonValue &value);
    void endArray();
    // Closes the object and flushes; the first write error, if any.
    Status finish();

    // `value` as QJsonDocument writes it `depth` levels deep (4 spaces a level), with its first line's indentation.
    static QByteArray indented(const QJsonValue &value, int depth);

private:
    void startMember(const QString &key);
    void write(const QByteArray &bytes);
    void flush();

    QIODevice &m_out;
    QByteArray m_buffer;
    bool m_anyMember = false;
    bool m_anyElement = false;
    bool m_failed = false;
    QString m_error;
};

} // namespace Kohtaamo
