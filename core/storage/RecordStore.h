#pragma once

#include "Row.h"
#include "common/Result.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QJsonValue>

namespace Kohtaamo {

class Database;

// The one place where records are written. Every insert, update and delete writes an audit entry in the caller's
// transaction; every update of a versioned record checks the version it was read at, so that a change another
// coordinator saved meanwhile is never overwritten ("no lost updates").
class RecordStore
{
public:
    explicit RecordStore(Database &db);

    // Inserts a record; versioned tables get version 1 and created/updated times. Returns the new id.
    Result<qint64> insert(const QString &table, const Row &row, bool versioned = true,
                          const QJsonObject &extraAudit = {});

    // Updates a versioned record read at expectedVersion. extraChanges (e.g. replaced child rows) go into the same
    // audit entry and force a version bump even when no column changed. Returns the new version.
    // label names the record in messages ("worker “Aino K.”").
    Result<int> update(const QString &table, qint64 id, int expectedVersion, const Row &row, const QString &label,
                       const QJsonObject &extraChanges = {});

    // Deletes a record (with its cascading child rows) and audits what it held.
    Status remove(const QString &table, qint64 id, const QString &label);

    // Deletes the child rows of a parent and inserts the given ones; returns {"old": [...], "new": [...]} for the
    // parent's audit entry, or an empty object when nothing changed.
    Result<QJsonObject> replaceChildren(const QString &table, const QString &parentColumn, qint64 parentId,
                                        const QStringList &columns, const QVector<QVariantList> &rows);

    // The child rows of a parent inserted a moment ago (it has none yet): one multi-row statement per few hundred
    // values, nothing read or deleted first. The parent's audit entry carries them as new (insert's children).
    Status insertChildren(const QString &table, const QString &parentColumn, qint64 parentId,
                          const QStringList &columns, const QVector<QVariantList> &rows);

    Status audit(const QString &table, qint64 recordId, const QString &action, const QJsonObject &changes);

    Error conflict(const QString &table, qint64 id, const QString &label);
    static Error notFound(const QString &label);
    static QJsonValue toJson(const QVariant &v);

private:
    Database &m_db;
};

} // namespace Kohtaamo
