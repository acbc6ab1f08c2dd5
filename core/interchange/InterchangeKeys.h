#pragma once

#include <QHash>
#include <QSet>
#include <QString>
#include <QVector>

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
    QHash<qint64, QString> workerNames; // id -> display name, for messages
    QHash<QString, qint64> requests; // reference -> id, for the requests of the file
    QHash<QString, qint64> fundedActivities; // name -> id
    struct BatchMember
    {
        qint64 engagementId = 0;
        QString path; // where the file names the batch: "requests[2].engagements[0].paymentBatch"
    };
    QHash<QString, QVector<BatchMember>> batchMembers; // a payment batch's reference -> the engagements paid in it
};

} // namespace Kohtaamo
