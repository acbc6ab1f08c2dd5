#include "ChangeNoticeRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace Kohtaamo {

namespace {
const QString kColumns = QStringLiteral("id, request_id, worker_id, kind, created_at, created_by, done_at");

Result<QVector<ChangeNotice>> read(SqlQuery &q)
{
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<ChangeNotice> notices;
    while (q.next()) {
        ChangeNotice n;
        n.id = q.value(0).toLongLong();
        n.requestId = q.value(1).toLongLong();
        n.workerId = q.value(2).toLongLong();
        n.kind = changeNoticeKindFromCode(q.value(3).toString()).value_or(ChangeNoticeKind::Rescheduled);
        n.createdAt = SqlQuery::toDateTime(q.value(4));
        n.createdBy = q.value(5).isNull() ? 0 : q.value(5).toLongLong();
        n.doneAt = SqlQuery::toDateTime(q.value(6));
        notices.append(n);
    }
    return notices;
}
} // namespace

ChangeNoticeRepository::ChangeNoticeRepository(Database &db) : m_db(db) { }

Result<int> ChangeNoticeRepository::add(qint64 requestId, const QVector<qint64> &workerIds, ChangeNoticeKind kind)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    int added = 0;
    for (qint64 workerId : workerIds) {
        SqlQuery open(m_db,
                      QStringLiteral("SELECT COUNT(*) FROM change_notices WHERE request_id = ? AND worker_id = ? "
                                     "AND kind = ? AND done_at IS NULL"));
        open.bindAll({ requestId, workerId, toCode(kind) });
        auto count = open.scalar();
        if (!count)
            return count.error();
        if (count->toInt() > 0)
            continue;
        SqlQuery ins(m_db,
                     QStringLiteral("INSERT INTO change_notices (request_id, worker_id, kind, created_at, "
                                    "created_by) VALUES (?, ?, ?, ?, ?)"));
        ins.bindAll({ requestId, workerId, toCode(kind), SqlQuery::fromDateTime(Clock::instance().now()),
                      SqlQuery::fromId(m_db.actorId()) });
        if (Status s = ins.exec(); !s)
            return s.error();
        ++added;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return added;
}

Result<QVector<ChangeNotice>> ChangeNoticeRepository::listForRequest(qint64 requestId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM change_notices WHERE request_id = ? ORDER BY id").arg(kColumns));
    q.bind(requestId);
    return read(q);
}

Result<QVector<ChangeNotice>> ChangeNoticeRepository::listForRequestIds(qint64 first, qint64 last)
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM change_notices WHERE request_id BETWEEN ? AND ? ORDER BY request_id, id")
                   .arg(kColumns));
    q.bindAll({ first, last });
    return read(q);
}

Result<QVector<ChangeNotice>> ChangeNoticeRepository::listOpen()
{
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT %1 FROM change_notices WHERE done_at IS NULL ORDER BY request_id, id").arg(kColumns));
    return read(q);
}

Result<QVector<ChangeNotice>> ChangeNoticeRepository::listAll()
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM change_notices ORDER BY request_id, id").arg(kColumns));
    return read(q);
}

Status ChangeNoticeRepository::validate(const ChangeNotice &n)
{
    if (!n.createdAt.isValid())
        return Error(Error::Code::InvalidInput, tr("A notice needs the time it was made."),
                     QStringLiteral("createdAt"));
    if (n.doneAt.isValid() && n.doneAt < n.createdAt)
        return Error(Error::Code::InvalidInput, tr("A notice cannot be done before it was made."),
                     QStringLiteral("doneAt"));
    return Status::success();
}

Result<ChangeNotice> ChangeNoticeRepository::insert(const ChangeNotice &notice)
{
    if (Status s = validate(notice); !s)
        return s.error();
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    if (!notice.doneAt.isValid()) {
        SqlQuery open(m_db,
                      QStringLiteral("SELECT COUNT(*) FROM change_notices WHERE request_id = ? AND worker_id = ? "
                                     "AND kind = ? AND done_at IS NULL"));
        open.bindAll({ notice.requestId, notice.workerId, toCode(notice.kind) });
        auto count = open.scalar();
        if (!count)
            return count.error();
        if (count->toInt() > 0)
            return Error(Error::Code::InvalidInput,
                         tr("The worker already has an open notice of this kind for this request."),
                         QStringLiteral("workerId"));
    }
    SqlQuery ins(m_db,
                 QStringLiteral("INSERT INTO change_notices (request_id, worker_id, kind, created_at, created_by, "
                                "done_at) VALUES (?, ?, ?, ?, ?, ?) RETURNING id"));
    ins.bindAll({ notice.requestId, notice.workerId, toCode(notice.kind), SqlQuery::fromDateTime(notice.createdAt),
                  SqlQuery::fromId(notice.createdBy), SqlQuery::fromDateTime(notice.doneAt) });
    auto id = ins.scalar();
    if (!id)
        return id.error();
    ins.raw().finish(); // a RETURNING still open would keep SQLite from committing
    if (Status s = tx.commit(); !s)
        return s.error();
    ChangeNotice stored = notice;
    stored.id = id->toLongLong();
    return stored;
}

Status ChangeNoticeRepository::markDone(qint64 id, const QDateTime &at)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    const QDateTime when = at.isValid() ? at : Clock::instance().now();
    SqlQuery q(m_db, QStringLiteral("UPDATE change_notices SET done_at = ? WHERE id = ? AND done_at IS NULL"));
    q.bindAll({ SqlQuery::fromDateTime(when), id });
    if (Status s = q.exec(); !s)
        return s;
    if (q.raw().numRowsAffected() != 1)
        return RecordStore::notFound(tr("The open notice #%1").arg(id));
    if (Status s = RecordStore(m_db).audit(
            QStringLiteral("change_notices"), id, QStringLiteral("update"),
            QJsonObject { { QStringLiteral("done_at"),
                            QJsonObject { { QStringLiteral("new"), when.toUTC().toString(Qt::ISODate) } } } });
        !s)
        return s;
    return tx.commit();
}

} // namespace Kohtaamo
