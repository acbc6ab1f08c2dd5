#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Kohtaamo {

// What QJsonDocument lets through and an interchange file must not hold: a raw NUL byte anywhere in the text, and a
// key given twice in one object (QJsonDocument keeps the last one silently, so the file would not mean what it says).
// One linear pass over the bytes; the error names the place: line and column, the path in the document
// (`topics[3].name`) and the key.
class JsonTextCheck
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::JsonTextCheck)
public:
    // Raw NUL bytes: checked before parsing (the parser's own message would not say what is wrong).
    static Status checkNoNul(const QByteArray &json);
    // Keys given twice in one object; `json` must be valid JSON (parsed without error).
    static Status checkUniqueKeys(const QByteArray &json);
    // The same for one piece of a larger text (JsonStreamReader): `json` is the value found at `path` in the document
    // (`workers[3]`), starting at `line` and `column` of the whole text.
    static Status checkUniqueKeys(const QByteArray &json, const QString &path, int line, int column);

    // "line 12, column 5" of a byte offset into the text, or into a piece of it that starts at `line` and `column`.
    static QString lineAndColumn(const QByteArray &json, qsizetype offset);
    static QString lineAndColumn(const QByteArray &json, qsizetype offset, int line, int column);
    static QString lineAndColumn(int line, int column);

    // The refusals, for a place ("line 3, column 7") found elsewhere.
    static Error nulByteAt(const QString &place);
    static Error keyTwice(const QString &key, const QString &objectPath, const QString &place);
};

} // namespace Kohtaamo
