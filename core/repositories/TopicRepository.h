#pragma once

#include "common/Result.h"
#include "domain/ServiceType.h"
#include "domain/Topic.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

class Database;

// The editable topic taxonomy (Child protection > Placement > Emergency placement ...) and the service types.
// Topics are never deleted: one that is no longer used is retired, and stays on the records that refer to it.
// Every write is one transaction through RecordStore: audited, and version-checked so that a change another
// coordinator saved meanwhile is reported as a Conflict instead of being overwritten.
class TopicRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::TopicRepository)
public:
    explicit TopicRepository(Database &db);

    // Every topic, retired ones included, ordered by parent (top level first), then sort order, then id.
    Result<QVector<Topic>> list();
    Result<Topic> get(qint64 id);
    Result<Topic> findByCode(const QString &code);

    // Saves a new topic (id 0) or changes an existing one read at its version: names, parent (a move), flags and
    // sort order. The code is the topic's stable key and cannot change once saved. A move that would put a topic
    // under itself or one of its descendants is refused. Returns what was stored.
    Result<Topic> save(const Topic &topic);

    // The kinds of work, ordered by their sort order.
    Result<QVector<ServiceType>> listServiceTypes();

    // The rules that need no database.
    static Status validate(const Topic &topic);

private:
    Status checkAgainstDatabase(const Topic &topic);
    QString label(const Topic &topic) const;

    Database &m_db;
};

} // namespace Kohtaamo
