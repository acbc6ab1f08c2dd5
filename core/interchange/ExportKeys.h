#pragma once

#include <QHash>
#include <QString>

namespace Kohtaamo {

// While exporting: how the records of the database are referred to in the interchange file (docs/interchange.md).
struct ExportKeys
{
    QHash<qint64, QString> topics; // id -> code
    QHash<qint64, QString> organisations; // id -> name
    QHash<qint64, QString> coordinators; // id -> username
    QHash<qint64, QString> workers; // id -> "w1", "w2" ... in id order
    QHash<qint64, QString> requests; // id -> reference
    QHash<qint64, QString> fundedActivities; // id -> name
    QHash<qint64, QString> batches; // fee batch id -> reference
    QHash<qint64, qint64> batchOfEngagement; // engagement id -> fee batch id
};

} // namespace Kohtaamo
