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

    // "line 12, column 5" of a byte offset into the text.
    static QString lineAndColumn(const QByteArray &json, qsizetype offset);
};

} // namespace Kohtaamo
