#pragma once

#include "common/Result.h"
#include "domain/EnumCodes.h"

#include <QCoreApplication>
#include <QDate>
#include <QDateTime>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <optional>

namespace Kohtaamo {

// Reads one JSON object of an interchange file field by field, knowing where in the file it is
// ("workers[3].consents[0]"). The first problem of a whole import is kept in one shared Error whose message names
// the place, e.g. `workers[3].consents[0].scope: unknown value "foo"`; once there is a problem every read returns its
// default. A missing field and null mean "none" (an empty text, an invalid date, no cents). finish() reports a field
// that nothing read: a typo, or a field of a format this Kohtaamo does not know.
class JsonRecord
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::JsonRecord)
public:
    JsonRecord(const QJsonObject &object, QString path, Error &problem);

    const QString &path() const { return m_path; }
    QString path(const QString &key) const; // "workers[3].email"
    static QString itemPath(const QString &arrayPath, int index); // "workers[3]"
    // The record at `index` of a list found at `arrayPath`; a problem when that item is not an object.
    static JsonRecord element(const QJsonArray &array, int index, const QString &arrayPath, Error &problem);
    // The same for an element read on its own (JsonStreamReader).
    static JsonRecord element(const QJsonValue &value, int index, const QString &arrayPath, Error &problem);
    bool failed() const { return m_problem.isError(); }
    bool has(const QString &key) const;

    QString text(const QString &key);
    QString requiredText(const QString &key); // missing or empty is a problem
    bool flag(const QString &key, bool fallback = false);
    int integer(const QString &key, int minimum, int maximum, int fallback = 0);
    std::optional<int> optionalInteger(const QString &key, int minimum, int maximum);
    double number(const QString &key, double minimum, double maximum, double fallback = 0);
    std::optional<qint64> cents(const QString &key); // whole cents, not negative
    QDate date(const QString &key); // YYYY-MM-DD
    QDateTime instant(const QString &key); // ISO 8601 with Z or an offset
    QJsonArray array(const QString &key);
    QStringList texts(const QString &key); // an array of texts
    std::optional<JsonRecord> object(const QString &key); // none when missing or null

    // A stable text code of an enum, e.g. "public_appearance".
    template <typename E, std::size_t N>
    E code(const QString &key, const EnumCodeTable<E, N> &table, E fallback, bool required = false)
    {
        const QString value = required ? requiredText(key) : text(key);
        if (failed() || value.isEmpty())
            return fallback;
        if (const auto found = enumFromCode(table, value))
            return *found;
        QStringList allowed;
        for (const auto &entry : table)
            allowed << QString::fromLatin1(entry.second);
        unknownValue(key, value, allowed);
        return fallback;
    }

    // A reference to another record by its key (a topic code, an organisation name, a worker key ...): the id it
    // has in `known`, 0 when absent and not required. `unknownMessage` has %1 for the key, e.g. "no topic has the
    // code %1".
    qint64 lookup(const QString &key, const QHash<QString, qint64> &known, const QString &unknownMessage,
                  bool required = true);

    // A repository refused the record: its message at the field `fields` maps the error's detail (the name of the
    // domain field at fault) to, else at this record. The error's code is kept.
    void refuse(const Error &error, const QHash<QString, QString> &fields = {});

    // Records a problem at this record (key empty) or at one of its fields, unless there already is one.
    void fail(const QString &key, const QString &message);
    // Reports the first field that no read asked for.
    void finish();

    // "workers[3].consents[0].scope: message"; the place goes into detail too.
    static Error problemAt(const QString &place, const QString &message);
    static QString quoted(const QString &value); // "value", as messages show a value from the file

private:
    QJsonValue take(const QString &key);
    void unknownValue(const QString &key, const QString &value, const QStringList &allowed);

    QJsonObject m_object;
    QString m_path;
    Error &m_problem;
    QSet<QString> m_read;
};

} // namespace Kohtaamo
