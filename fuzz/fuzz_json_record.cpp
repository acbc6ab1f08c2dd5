// Bytes → the JSON reader alone: JsonTextCheck (raw NUL bytes, keys given twice, line and column of an offset),
// QJsonDocument, and JsonRecord's typed reads of every field as every type, down the nested objects and lists.
#include "FuzzSupport.h"
#include "interchange/JsonRecord.h"
#include "interchange/JsonTextCheck.h"

#include <QJsonDocument>
#include <QJsonParseError>

#include <limits>

using namespace Kohtaamo;

namespace {
const QHash<QString, qint64> kKnown { { QStringLiteral("t1"), 1 }, { QStringLiteral("t2"), 2 } };

void readAll(const QJsonObject &object, const QString &path, int depth)
{
    if (depth > 8)
        return;
    const QStringList keys = object.keys();
    // Each read gets a fresh record and problem, since a record returns defaults once it has a problem.
    for (const QString &key : keys) {
        const auto fresh = [&](auto read) {
            Error problem;
            JsonRecord record(object, path, problem);
            read(record);
            record.finish();
            (void)problem.message.size();
        };
        fresh([&](JsonRecord &r) { (void)r.text(key); });
        fresh([&](JsonRecord &r) { (void)r.requiredText(key); });
        fresh([&](JsonRecord &r) { (void)r.flag(key); });
        fresh([&](JsonRecord &r) { (void)r.integer(key, -5, 1000); });
        fresh([&](JsonRecord &r) {
            (void)r.optionalInteger(key, std::numeric_limits<int>::min(), std::numeric_limits<int>::max());
        });
        fresh([&](JsonRecord &r) { (void)r.number(key, 0, 1); });
        fresh([&](JsonRecord &r) { (void)r.cents(key); });
        fresh([&](JsonRecord &r) { (void)r.date(key); });
        fresh([&](JsonRecord &r) { (void)r.instant(key); });
        fresh([&](JsonRecord &r) { (void)r.texts(key); });
        fresh([&](JsonRecord &r) { (void)r.lookup(key, kKnown, QStringLiteral("no topic has the code %1")); });
        fresh([&](JsonRecord &r) {
            if (auto inner = r.object(key))
                readAll(object.value(key).toObject(), inner->path(), depth + 1);
        });
        fresh([&](JsonRecord &r) {
            const QJsonArray list = r.array(key);
            const QString listPath = r.path(key);
            for (int i = 0; i < list.size() && i < 16; ++i) {
                Error itemProblem;
                JsonRecord item = JsonRecord::element(list, i, listPath, itemProblem);
                if (!item.failed())
                    readAll(list.at(i).toObject(), item.path(), depth + 1);
            }
        });
    }
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray json = Fuzz::bytes(data, size);
    (void)JsonTextCheck::lineAndColumn(json, static_cast<qsizetype>(size / 2));
    if (!JsonTextCheck::checkNoNul(json))
        return 0;
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(json, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        (void)JsonTextCheck::lineAndColumn(json, parseError.offset);
        return 0;
    }
    if (!JsonTextCheck::checkUniqueKeys(json))
        return 0;
    if (document.isObject())
        readAll(document.object(), QString(), 0);
    return 0;
}
