#pragma once

#include <QDate>
#include <QString>
#include <QVariantList>

namespace Kohtaamo {

// Part of SnapshotLoader (not for other callers): the conditions that say which rows of the history a snapshot reads.
namespace SnapshotFilters {

// An SQL text with the values bound to its placeholders, in order.
struct Condition
{
    QString sql;
    QVariantList binds;
};

// Which invitations and engagements are read (a condition on the table behind `alias`, "i" or "e"): those since the
// start of the history window and those of requests still being worked on; binds: since (instant).
QString history(const QString &alias);

// Which requests are read (the times compared as in history()); binds: since (date), since (instant), since (instant).
QString requests(const QString &alias);

// Instants that bound the local days first..last whatever the zone (no zone is a day or more off UTC).
QVariant utcBefore(const QDate &first);
QVariant utcAfter(const QDate &last);

} // namespace SnapshotFilters

} // namespace Kohtaamo
