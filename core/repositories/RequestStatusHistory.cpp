// RequestRepository: a request's status and its history (the workflow's steps, with who took them and why). The
// rest of the repository is in RequestRepository.cpp.
#include "RequestRepository.h"

#include "common/Clock.h"
#include "domain/Invitation.h"
#include "requests/RequestWorkflow.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QJsonObject>

namespace Kohtaamo {

namespace {
const QString kTable = QStringLiteral("requests");
const QString kHistoryTable = QStringLiteral("request_status_history");
const QString kParentColumn = QStringLiteral("request_id");
} // namespace

Status RequestRepository::addHistory(qint64 requestId, const std::optional<RequestStatus> &from, RequestStatus to,
                                     const QString &reason)
{
    Row row;
    row.set(kParentColumn, requestId)
        .set(QStringLiteral("from_status"), from ? QVariant(toCode(*from)) : QVariant(QMetaType::fromType<QString>()))
        .set(QStringLiteral("to_status"), toCode(to))
        .set(QStringLiteral("changed_at"), SqlQuery::fromDateTime(Clock::instance().now()))
        .set(QStringLiteral("changed_by"), m_db.actor())
        .set(QStringLiteral("reason"), reason);
    auto id = RecordStore(m_db).insert(kHistoryTable, row, false);
    return id ? Status::success() : Status(id.error());
}

Result<Request> RequestRepository::changeStatus(qint64 id, int expectedVersion, RequestStatus to, const QString &reason)
{
    return moveStatus(id, expectedVersion, to, reason, [&](const Request &current) -> Status {
        SqlQuery accepted(m_db,
                          QStringLiteral("SELECT COUNT(*) FROM invitations WHERE request_id = ? AND response = ? "
                                         "AND reserve = ?"));
        accepted.bindAll({ current.id, toCode(InvitationResponse::Accepted), false });
        auto count = accepted.scalar();
        if (!count)
            return count.error();
        RequestWorkflow::Context context;
        context.acceptedInvitations = count->toInt();
        context.today = Clock::instance().today();
        return RequestWorkflow::checkTransition(current, to, reason, context);
    });
}

Result<Request> RequestRepository::reopen(qint64 id, int expectedVersion, const QString &reason)
{
    return moveStatus(id, expectedVersion, RequestStatus::Held, reason, [&](const Request &current) -> Status {
        if (current.status != RequestStatus::Closed)
            return Error(Error::Code::NotAllowed,
                         tr("Only a closed request can be reopened; %1 is “%2”.")
                             .arg(current.reference, RequestWorkflow::statusName(current.status)),
                         QStringLiteral("status"));
        if (reason.trimmed().isEmpty())
            return Error(Error::Code::InvalidInput, tr("Give a reason for reopening the request."),
                         QStringLiteral("reason"));
        return Status::success();
    });
}

Result<Request> RequestRepository::moveStatus(qint64 id, int expectedVersion, RequestStatus to, const QString &reason,
                                              const std::function<Status(const Request &)> &allowed)
{
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    RecordStore store(m_db);
    auto current = get(id);
    if (!current)
        return current.error();
    const QString name = label(*current);
    if (current->version != expectedVersion)
        return store.conflict(kTable, id, name);
    if (Status s = allowed(*current); !s)
        return s.error();

    const QString why = reason.trimmed();
    Row row;
    row.set(QStringLiteral("status"), toCode(to));
    if (to == RequestStatus::Cancelled)
        row.set(QStringLiteral("cancel_reason"), why);
    QJsonObject extra;
    if (!why.isEmpty() && to != RequestStatus::Cancelled)
        extra.insert(QStringLiteral("status_reason"), QJsonObject { { QStringLiteral("new"), why } });
    auto version = store.update(kTable, id, expectedVersion, row, name, extra);
    if (!version)
        return version.error();
    if (Status s = addHistory(id, current->status, to, why); !s)
        return s.error();
    auto stored = get(id);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Result<QVector<RequestStatusChange>> RequestRepository::statusHistory(qint64 id)
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT id, request_id, from_status, to_status, changed_at, changed_by, reason "
                              "FROM request_status_history WHERE request_id = ? ORDER BY id"));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<RequestStatusChange> history;
    while (q.next()) {
        RequestStatusChange c;
        c.id = q.value(0).toLongLong();
        c.requestId = q.value(1).toLongLong();
        if (!q.value(2).isNull())
            c.from = requestStatusFromCode(q.value(2).toString());
        c.to = requestStatusFromCode(q.value(3).toString()).value_or(RequestStatus::New);
        c.changedAt = SqlQuery::toDateTime(q.value(4));
        c.changedBy = q.value(5).toString();
        c.reason = q.value(6).toString();
        history.append(c);
    }
    if (history.isEmpty()) {
        SqlQuery exists(m_db, QStringLiteral("SELECT COUNT(*) FROM requests WHERE id = ?"));
        exists.bind(id);
        auto count = exists.scalar();
        if (!count)
            return count.error();
        if (count->toInt() == 0)
            return RecordStore::notFound(tr("Request #%1").arg(id));
    }
    return history;
}

} // namespace Kohtaamo
