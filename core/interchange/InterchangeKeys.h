#pragma once

#include <QHash>
#include <QSet>
#include <QString>

namespace Kohtaamo {

// While importing: what the keys of an interchange file stand for in the database being imported into. Filled with
// the records the database already has (topics, service types, organisations, coordinators) and with each record
// as it is imported.
struct InterchangeKeys
{
    QHash<QString, qint64> topics; // code -> id
    QSet<QString> serviceTypes; // codes the database has
    QHash<QString, qint64> organisations; // name -> id
    QHash<QString, qint64> coordinators; // username -> id
    QHash<QString, qint64> workers; // the file's worker key -> id
    QHash<QString, qint64> requests; // reference -> id, for the requests of the file
};

} // namespace Kohtaamo
