#pragma once

#include "domain/WeeklyAvailability.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QJsonValue>
#include <QString>

#include <optional>

namespace Kohtaamo {

// The shape of Kohtaamo's JSON interchange file (docs/interchange.md) as the exporter writes and the importer reads
// it: the format name and version, and how values are written. Dates are "YYYY-MM-DD", instants UTC ISO 8601
// ("2026-03-16T08:00:00Z", milliseconds only when there are any), money whole cents, absent values null.
class InterchangeFormat
{
public:
    static constexpr int kVersion = 4; // the version this Kohtaamo writes and the newest it reads
    // The first version with invitation histories, reserve flags, change notices and the office's settings (schemas
    // 7 and 8). A document of an earlier version has none of them, and they are unknown fields in it.
    static constexpr int kWorkflowVersion = 2;
    // The first version with funded activities, payment batches, the office's message wording, its mail account and
    // outbox, a request's funded activity and requester sector, and an outcome's audience size (schemas 10–12).
    static constexpr int kOfficeDataVersion = 3;
    // The first version with the retention rules in the office's settings and the day a worker left (schema 18);
    // both are optional: a document without them keeps the database's rules, and a Left worker left on import day.
    static constexpr int kRetentionVersion = 4;

    static QString formatName() { return QStringLiteral("kohtaamo-interchange"); }

    static QJsonValue date(const QDate &d);
    static QJsonValue instant(const QDateTime &t);
    static QJsonValue cents(const std::optional<qint64> &cents);
    static QJsonValue reference(const QString &key); // null when empty

    // The weekly pattern: {"mon": ["morning", "evening"], ...}; days without any part are left out.
    static QJsonObject weekly(const WeeklyAvailability &weekly);
    static QString dayKey(int dayOfWeek); // 1 = "mon" ... 7 = "sun"
    static QString partKey(WeeklyAvailability::Part part); // "morning", "afternoon", "evening"
    // The topic/service type names: {"fi": ..., "sv": ..., "en": ...}.
    static QJsonObject names(const QString &fi, const QString &sv, const QString &en);
};

} // namespace Kohtaamo
