#include "AuditChain.h"

#include "BulkWrite.h"
#include "Database.h"
#include "SqlQuery.h"
#include "Transaction.h"

#include <QCryptographicHash>
#include <QLocale>

namespace Kohtaamo {

namespace {
constexpr int kBatch = 2000;
const QString kSelect = QStringLiteral("SELECT id, at, actor, actor_id, table_name, record_id, action, changes, "
                                       "prev_hash, entry_hash FROM audit_log WHERE id > ? ORDER BY id LIMIT ?");

struct StoredEntry
{
    qint64 id = 0;
    AuditChain::Entry entry;
    QString previous; // as stored; null when the entry carries none
    QString hash;
};

QVector<StoredEntry> readBatch(SqlQuery &q, Status &status)
{
    QVector<StoredEntry> batch;
    status = q.exec();
    if (!status)
        return batch;
    while (q.next()) {
        StoredEntry s;
        s.id = q.value(0).toLongLong();
        s.entry.at = SqlQuery::toDateTime(q.value(1));
        s.entry.actor = q.value(2).toString();
        s.entry.actorId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
        s.entry.table = q.value(4).toString();
        s.entry.recordId = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
        s.entry.action = q.value(6).toString();
        s.entry.changes = q.value(7).toString();
        s.previous = q.value(8).isNull() ? QString() : q.value(8).toString();
        s.hash = q.value(9).isNull() ? QString() : q.value(9).toString();
        batch.append(s);
    }
    return batch;
}

QString headValue(qint64 id, const QString &hash)
{
    return QString::number(id) + QLatin1Char(':') + hash;
}
} // namespace

QString AuditChain::headKey()
{
    return QStringLiteral("audit_chain_head");
}

QString AuditChain::hash(const QString &previous, const Entry &e)
{
    QCryptographicHash h(QCryptographicHash::Sha256);
    const QString parts[] = { QStringLiteral("kohtaamo-audit-1"),
                              previous,
                              e.at.isValid() ? e.at.toUTC().toString(Qt::ISODateWithMs) : QString(),
                              e.actor,
                              e.actorId > 0 ? QString::number(e.actorId) : QString(),
                              e.table,
                              e.recordId > 0 ? QString::number(e.recordId) : QString(),
                              e.action,
                              e.changes };
    for (const QString &part : parts) {
        const QByteArray bytes = part.toUtf8();
        h.addData(QByteArray::number(bytes.size()));
        h.addData(QByteArrayView(":"));
        h.addData(bytes);
    }
    return QString::fromLatin1(h.result().toHex());
}

Status AuditChain::append(Database &db, const Entry &e)
{
    // Taking the head with an UPDATE locks its row on PostgreSQL until commit: a second coordinator's write waits
    // here and then reads the head this one wrote, so the chain never forks. SQLite has one writer at a time anyway.
    QString head;
    bool chained = false;
    // In a bulk write the head read (and locked) by its first entry is carried in memory and written once at its end.
    const bool bulk = BulkWrite::isActive(db);
    if (const std::optional<QString> carried = bulk ? BulkWrite::auditHead(db) : std::nullopt) {
        head = *carried;
        chained = true;
    } else {
        SqlQuery q(db, QStringLiteral("UPDATE kohtaamo_meta SET value = value WHERE key = ? RETURNING value"));
        q.bind(headKey());
        if (Status s = q.exec(); !s)
            return s;
        if (q.next()) {
            chained = true;
            head = q.value(0).toString();
        }
    }
    const QVariant at = SqlQuery::fromDateTime(e.at);
    if (!chained) { // a database before schema 13 (the fixtures of older versions are written this way)
        SqlQuery q(db,
                   QStringLiteral("INSERT INTO audit_log (at, actor, actor_id, table_name, record_id, action, "
                                  "changes) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        q.bindAll(
            { at, e.actor, SqlQuery::fromId(e.actorId), e.table, SqlQuery::fromId(e.recordId), e.action, e.changes });
        return q.exec();
    }
    const QString previous = head.section(QLatin1Char(':'), 1);
    const QString entryHash = hash(previous, e);
    qint64 id = 0;
    {
        SqlQuery q(db,
                   QStringLiteral("INSERT INTO audit_log (at, actor, actor_id, table_name, record_id, action, "
                                  "changes, prev_hash, entry_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?) RETURNING id"));
        q.bindAll({ at, e.actor, SqlQuery::fromId(e.actorId), e.table, SqlQuery::fromId(e.recordId), e.action,
                    e.changes, previous, entryHash });
        auto inserted = q.scalar();
        if (!inserted)
            return inserted.error();
        id = inserted->toLongLong();
    }
    if (bulk) {
        BulkWrite::setAuditHead(db, headValue(id, entryHash));
        return Status::success();
    }
    SqlQuery q(db, QStringLiteral("UPDATE kohtaamo_meta SET value = ? WHERE key = ?"));
    q.bindAll({ headValue(id, entryHash), headKey() });
    return q.exec();
}

Status AuditChain::sealExisting(Database &db)
{
    QString previous;
    qint64 last = 0;
    for (;;) {
        QVector<StoredEntry> batch;
        {
            SqlQuery q(db, kSelect);
            q.bindAll({ last, kBatch });
            Status s;
            batch = readBatch(q, s);
            if (!s)
                return s;
        }
        if (batch.isEmpty())
            break;
        for (const StoredEntry &stored : std::as_const(batch)) {
            const QString entryHash = hash(previous, stored.entry);
            SqlQuery q(db, QStringLiteral("UPDATE audit_log SET prev_hash = ?, entry_hash = ? WHERE id = ?"));
            q.bindAll({ previous, entryHash, stored.id });
            if (Status s = q.exec(); !s)
                return s;
            previous = entryHash;
            last = stored.id;
        }
    }
    SqlQuery q(db,
               QStringLiteral("INSERT INTO kohtaamo_meta (key, value) VALUES (?, ?) "
                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value"));
    q.bindAll({ headKey(), headValue(last, previous) });
    return q.exec();
}

Result<int> AuditChain::rewrite(Database &db, const Rewrite &rewrite)
{
    QString head;
    {
        SqlQuery q(db, QStringLiteral("SELECT value FROM kohtaamo_meta WHERE key = ?"));
        q.bind(headKey());
        if (Status s = q.exec(); !s)
            return s.error();
        if (!q.next())
            return Error(Error::Code::NotAllowed,
                         tr("The audit log has no chain head, so it cannot be sealed again. Run “audit verify”; "
                            "nothing was changed."),
                         QStringLiteral("audit"));
        head = q.value(0).toString();
    }
    const auto broken = [](qint64 id) {
        return Error(Error::Code::NotAllowed,
                     tr("The audit log was changed outside Kohtaamo at entry #%1, so it cannot be sealed again "
                        "after an erasure. Run “audit verify”; nothing was changed.")
                         .arg(id),
                     QStringLiteral("audit"));
    };
    QString storedPrevious; // the chain as found
    QString newPrevious; // the chain as rewritten
    qint64 last = 0;
    int rewritten = 0;
    for (;;) {
        QVector<StoredEntry> batch;
        {
            SqlQuery q(db, kSelect);
            q.bindAll({ last, kBatch });
            Status s;
            batch = readBatch(q, s);
            if (!s)
                return s.error();
        }
        if (batch.isEmpty())
            break;
        for (StoredEntry &stored : batch) {
            if (stored.hash.isNull() || stored.previous != storedPrevious
                || hash(stored.previous, stored.entry) != stored.hash)
                return broken(stored.id);
            const std::optional<QString> changes = rewrite(stored.id, stored.entry);
            const bool changed = changes && *changes != stored.entry.changes;
            QString entryHash = stored.hash;
            if (changed || newPrevious != storedPrevious) {
                if (changed) {
                    stored.entry.changes = *changes;
                    ++rewritten;
                }
                entryHash = hash(newPrevious, stored.entry);
                SqlQuery q(
                    db, QStringLiteral("UPDATE audit_log SET changes = ?, prev_hash = ?, entry_hash = ? WHERE id = ?"));
                q.bindAll({ stored.entry.changes, newPrevious, entryHash, stored.id });
                if (Status s = q.exec(); !s)
                    return s.error();
            }
            storedPrevious = stored.hash;
            newPrevious = entryHash;
            last = stored.id;
        }
    }
    if (head != headValue(last, storedPrevious))
        return broken(last);
    SqlQuery q(db, QStringLiteral("UPDATE kohtaamo_meta SET value = ? WHERE key = ?"));
    q.bindAll({ headValue(last, newPrevious), headKey() });
    if (Status s = q.exec(); !s)
        return s.error();
    return rewritten;
}

Result<AuditChain::Verification> AuditChain::verify(Database &db)
{
    Transaction tx(db, Database::Access::ReadOnly);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    Verification v;
    const auto found = [&v](Problem problem, qint64 id, const QString &message) {
        v.problem = problem;
        v.entryId = id;
        v.message = message;
        return v;
    };
    QString head;
    bool hasHead = false;
    {
        SqlQuery q(db, QStringLiteral("SELECT value FROM kohtaamo_meta WHERE key = ?"));
        q.bind(headKey());
        if (Status s = q.exec(); !s)
            return s.error();
        if (q.next()) {
            hasHead = true;
            head = q.value(0).toString();
        }
    }
    if (!hasHead)
        return found(Problem::NoHead, 0,
                     tr("The audit log has no chain head: it was removed from kohtaamo_meta, or the database was "
                        "changed outside Kohtaamo. The log cannot be shown to be complete."));
    const qint64 headId = head.section(QLatin1Char(':'), 0, 0).toLongLong();
    const QString headHash = head.section(QLatin1Char(':'), 1);

    QString previous;
    qint64 last = 0;
    const QLocale locale;
    for (;;) {
        QVector<StoredEntry> batch;
        {
            SqlQuery q(db, kSelect);
            q.bindAll({ last, kBatch });
            Status s;
            batch = readBatch(q, s);
            if (!s)
                return s.error();
        }
        if (batch.isEmpty())
            break;
        for (const StoredEntry &stored : std::as_const(batch)) {
            // What the entry says, for the message (made only when there is one to give).
            const auto what = [&stored, &locale]() {
                return tr("%1 of %2 #%3 by %4 at %5")
                    .arg(stored.entry.action, stored.entry.table, QString::number(stored.entry.recordId),
                         stored.entry.actor, locale.toString(stored.entry.at.toLocalTime(), QLocale::ShortFormat));
            };
            if (stored.hash.isNull() || stored.previous.isNull())
                return found(Problem::Unsealed, stored.id,
                             tr("Audit entry #%1 (%2) carries no hash: it was written or changed outside Kohtaamo.")
                                 .arg(QString::number(stored.id), what()));
            if (stored.id > headId)
                return found(Problem::Edited, stored.id,
                             tr("Audit entry #%1 (%2) was added outside Kohtaamo: the chain ends at entry #%3.")
                                 .arg(QString::number(stored.id), what(), QString::number(headId)));
            const bool selfConsistent = hash(stored.previous, stored.entry) == stored.hash;
            if (!selfConsistent)
                return found(Problem::Edited, stored.id,
                             tr("Audit entry #%1 (%2) was changed after it was written: it no longer matches its "
                                "hash.")
                                 .arg(QString::number(stored.id), what()));
            if (stored.previous != previous)
                return found(Problem::Removed, stored.id,
                             last == 0 ? tr("An audit entry before #%1 (the first one left) was removed: entry #%1 "
                                            "no longer follows the one before it.")
                                             .arg(stored.id)
                                       : tr("An audit entry between #%1 and #%2 was removed: entry #%2 no longer "
                                            "follows entry #%1.")
                                             .arg(last)
                                             .arg(stored.id));
            previous = stored.hash;
            last = stored.id;
            ++v.entries;
        }
    }
    if (headId != last || headHash != previous) {
        if (headId > last)
            return found(Problem::RemovedAtEnd, last,
                         last == 0 ? tr("Every audit entry was removed: the chain ends at entry #%1.").arg(headId)
                                   : tr("The last audit entries were removed: the log ends at entry #%1, the chain "
                                        "at entry #%2.")
                                         .arg(last)
                                         .arg(headId));
        return found(
            Problem::Edited, last,
            tr("Audit entry #%1 was changed after it was written: it does not match the chain's head.").arg(last));
    }
    v.message = tr("The audit log is intact: %1 entries, each chained to the one before it.").arg(v.entries);
    return v;
}

} // namespace Kohtaamo
