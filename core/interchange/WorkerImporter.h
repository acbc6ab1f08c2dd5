#pragma once

#include "InterchangeKeys.h"
#include "InterchangeSummary.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QJsonObject>

namespace Kohtaamo {

class Database;
class JsonRecord;
struct Worker;

// Part of InterchangeImporter: reads one worker of an interchange file (profile, experiences, service types,
// availability, consents) and saves it through WorkerRepository and ConsentRepository. Consents are recorded in the
// order of the file, a replacing one through ConsentRepository::record (which withdraws the one it replaces), and
// withdrawn afterwards when the file says so. Problems go into the import's shared Error, naming the place.
class WorkerImporter
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::WorkerImporter)
public:
    WorkerImporter(Database &db, InterchangeKeys &keys, Error &problem);

    // false when there was a problem (see the shared Error).
    bool importWorker(const QJsonObject &object, const QString &path, InterchangeSummary &summary);

private:
    void readProfile(JsonRecord &r, Worker &w);
    void readExperiences(JsonRecord &r, Worker &w);
    void readAvailability(JsonRecord &r, Worker &w);
    bool importConsents(JsonRecord &r, qint64 workerId, InterchangeSummary &summary);

    Database &m_db;
    InterchangeKeys &m_keys;
    Error &m_problem;
};

} // namespace Kohtaamo
