#pragma once

#include "common/Result.h"
#include "domain/Worker.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

class Database;

// Experience workers as one aggregate each: the workers row with its languages, regions covered, experiences,
// service types and unavailable periods. Every write is one transaction through RecordStore: audited (changed
// child sets go into the worker's own audit entry), and version-checked so that a change another coordinator saved
// meanwhile is reported as a Conflict instead of being overwritten.
//
// Workers are never deleted: a worker who stops is saved with status Left, and the history stays.
// The child collections are sets. They are stored and returned in a fixed order: languages, regions and service
// types alphabetically, experiences by topic and perspective, unavailable periods by start.
class WorkerRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::WorkerRepository)
public:
    explicit WorkerRepository(Database &db);

    Result<Worker> get(qint64 id);
    // Every worker, fully loaded, by id. One query per table whatever the number of workers.
    Result<QVector<Worker>> list();
    // The workers of one organisation, fully loaded, by id.
    Result<QVector<Worker>> listByOrganisation(qint64 organisationId);

    // Saves a new worker (id 0) or changes an existing one read at its version, children included, in one
    // transaction. Returns the worker as stored (with the new ids of experiences and periods). Validation failures
    // are InvalidInput and change nothing.
    Result<Worker> save(const Worker &worker);

    // The rules that need no database (required fields, formats, ranges, duplicates). "Today" comes from the Clock.
    static Status validate(const Worker &worker);

private:
    Result<QVector<Worker>> load(const QString &where, const QVariantList &binds);
    Status checkAgainstDatabase(const Worker &worker);
    Result<Worker> insert(const Worker &worker);
    static QDate leftOn(const Worker &worker, const Worker *current);
    Result<Worker> update(const Worker &worker);
    QString label(const Worker &worker) const;

    Database &m_db;
};

} // namespace Kohtaamo
