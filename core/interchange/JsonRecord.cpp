#include "JsonRecord.h"

#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace Kohtaamo {

namespace {
// What a JSON value is, for messages ("expected text, found a number").
QString kindOf(const QJsonValue &v)
{
    switch (v.type()) {
    case QJsonValue::Bool:
        return JsonRecord::tr("true or false");
    case QJsonValue::Double:
        return JsonRecord::tr("a number");
    case QJsonValue::String:
        return JsonRecord::tr("text");
    case QJsonValue::Array:
        return JsonRecord::tr("a list");
    case QJsonValue::Object:
        return JsonRecord::tr("an object");
    case QJsonValue::Null:
        return JsonRecord::tr("null");
    case QJsonValue::Undefined:
        break;
    }
    return JsonRecord::tr("nothing");
}
} // namespace

JsonRecord::JsonRecord(const QJsonObject &object, QString path, Error &problem)
    : m_object(object), m_path(std::move(path)), m_problem(problem)
{
}

QString JsonRecord::path(const QString &key) const
{
    if (key.isEmpty())
        return m_path;
    return m_path.isEmpty() ? key : m_path + QLatin1Char('.') + key;
}

QString JsonRecord::itemPath(const QString &arrayPath, int index)
{
    return arrayPath + QLatin1Char('[') + QString::number(index) + QLatin1Char(']');
}

JsonRecord JsonRecord::element(const QJsonArray &array, int index, const QString &arrayPath, Error &problem)
{
    return element(array.at(index), index, arrayPath, problem);
}

JsonRecord JsonRecord::element(const QJsonValue &v, int index, const QString &arrayPath, Error &problem)
{
    JsonRecord record(v.toObject(), itemPath(arrayPath, index), problem);
    if (!v.isObject())
        record.fail(QString(), tr("expected an object, found %1").arg(kindOf(v)));
    return record;
}

bool JsonRecord::has(const QString &key) const
{
    const QJsonValue v = m_object.value(key);
    return !v.isUndefined() && !v.isNull();
}

QString JsonRecord::quoted(const QString &value)
{
    return QLatin1Char('"') + value + QLatin1Char('"');
}

Error JsonRecord::problemAt(const QString &place, const QString &message)
{
    return Error(Error::Code::InvalidInput, place.isEmpty() ? message : place + QStringLiteral(": ") + message, place);
}

void JsonRecord::fail(const QString &key, const QString &message)
{
    if (!failed())
        m_problem = problemAt(path(key), message);
}

QJsonValue JsonRecord::take(const QString &key)
{
    m_read.insert(key);
    if (failed())
        return QJsonValue(QJsonValue::Undefined);
    return m_object.value(key);
}

void JsonRecord::unknownValue(const QString &key, const QString &value, const QStringList &allowed)
{
    fail(key, tr("unknown value %1 (expected one of: %2)").arg(quoted(value), allowed.join(QStringLiteral(", "))));
}

QString JsonRecord::text(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return QString();
    if (!v.isString()) {
        fail(key, tr("expected text, found %1").arg(kindOf(v)));
        return QString();
    }
    return v.toString();
}

QString JsonRecord::requiredText(const QString &key)
{
    const QString value = text(key);
    if (!failed() && value.trimmed().isEmpty())
        fail(key, tr("is required"));
    return value;
}

bool JsonRecord::flag(const QString &key, bool fallback)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isBool()) {
        fail(key, tr("expected true or false, found %1").arg(kindOf(v)));
        return fallback;
    }
    return v.toBool();
}

std::optional<int> JsonRecord::optionalInteger(const QString &key, int minimum, int maximum)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    const double d = v.toDouble(std::numeric_limits<double>::quiet_NaN());
    if (!v.isDouble() || d != std::floor(d) || d < minimum || d > maximum) {
        fail(key,
             tr("expected a whole number from %1 to %2, found %3")
                 .arg(minimum)
                 .arg(maximum)
                 .arg(v.isDouble() ? QString::number(d) : kindOf(v)));
        return std::nullopt;
    }
    return int(d);
}

int JsonRecord::integer(const QString &key, int minimum, int maximum, int fallback)
{
    return optionalInteger(key, minimum, maximum).value_or(fallback);
}

double JsonRecord::number(const QString &key, double minimum, double maximum, double fallback)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return fallback;
    if (!v.isDouble() || !std::isfinite(v.toDouble()) || v.toDouble() < minimum || v.toDouble() > maximum) {
        fail(key, tr("expected a number from %1 to %2").arg(minimum).arg(maximum));
        return fallback;
    }
    return v.toDouble();
}

std::optional<qint64> JsonRecord::cents(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    // Doubles hold whole numbers exactly up to 2^53 cents, far beyond any fee.
    constexpr double kMax = 9007199254740992.0;
    const double d = v.toDouble(-1);
    if (!v.isDouble() || d != std::floor(d) || d < 0 || d > kMax) {
        fail(key,
             tr("expected whole euro cents (a whole number, not negative), found %1")
                 .arg(v.isDouble() ? QString::number(d) : kindOf(v)));
        return std::nullopt;
    }
    return qint64(d);
}

QDate JsonRecord::date(const QString &key)
{
    static const QRegularExpression pattern(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    const QString value = text(key);
    if (failed() || value.isEmpty())
        return QDate();
    const QDate d = pattern.match(value).hasMatch() ? QDate::fromString(value, Qt::ISODate) : QDate();
    if (!d.isValid())
        fail(key, tr("expected a date such as 2026-03-16, found %1").arg(quoted(value)));
    return d;
}

QDateTime JsonRecord::instant(const QString &key)
{
    // A time without a zone would be read differently on another computer: the zone is required.
    static const QRegularExpression pattern(
        QStringLiteral("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d{1,3})?)?(Z|[+-]\\d{2}:\\d{2})$"));
    const QString value = text(key);
    if (failed() || value.isEmpty())
        return QDateTime();
    const QDateTime t = pattern.match(value).hasMatch() ? QDateTime::fromString(value, Qt::ISODateWithMs) : QDateTime();
    if (!t.isValid())
        fail(key, tr("expected a time with its zone such as 2026-03-16T08:00:00Z, found %1").arg(quoted(value)));
    return t;
}

QJsonArray JsonRecord::array(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return QJsonArray();
    if (!v.isArray()) {
        fail(key, tr("expected a list, found %1").arg(kindOf(v)));
        return QJsonArray();
    }
    return v.toArray();
}

QStringList JsonRecord::texts(const QString &key)
{
    const QJsonArray values = array(key);
    QStringList result;
    for (int i = 0; i < values.size() && !failed(); ++i) {
        if (!values.at(i).isString())
            fail(itemPath(key, i), tr("expected text, found %1").arg(kindOf(values.at(i))));
        else
            result << values.at(i).toString();
    }
    return result;
}

std::optional<JsonRecord> JsonRecord::object(const QString &key)
{
    const QJsonValue v = take(key);
    if (v.isUndefined() || v.isNull())
        return std::nullopt;
    if (!v.isObject()) {
        fail(key, tr("expected an object, found %1").arg(kindOf(v)));
        return std::nullopt;
    }
    return JsonRecord(v.toObject(), path(key), m_problem);
}

qint64 JsonRecord::lookup(const QString &key, const QHash<QString, qint64> &known, const QString &unknownMessage,
                          bool required)
{
    const QString value = required ? requiredText(key) : text(key);
    if (failed() || value.isEmpty())
        return 0;
    const auto it = known.constFind(value);
    if (it == known.constEnd()) {
        fail(key, unknownMessage.arg(quoted(value)));
        return 0;
    }
    return it.value();
}

void JsonRecord::refuse(const Error &error, const QHash<QString, QString> &fields)
{
    if (failed())
        return;
    const QString place = path(fields.value(error.detail));
    m_problem = Error(error.code, place + QStringLiteral(": ") + error.message, place);
}

void JsonRecord::finish()
{
    if (failed())
        return;
    for (auto it = m_object.constBegin(); it != m_object.constEnd(); ++it) {
        if (!m_read.contains(it.key())) {
            fail(it.key(), tr("unknown field"));
            return;
        }
    }
}

} // namespace Kohtaamo
