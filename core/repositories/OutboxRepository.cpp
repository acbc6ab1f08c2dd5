#include "OutboxRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"

namespace Kohtaamo {

namespace {
const QString kTable = QStringLiteral("outbox_messages");
const QString kColumns = QStringLiteral(
    "id, version, request_id, invitation_id, worker_id, kind, recipient_address, recipient_name, language, subject, "
    "body, ics, ics_uid, ics_sequence, message_id, state, attempts, last_error, created_at, queued_at, sent_at, "
    "created_by");

QString label(qint64 id)
{
    return OutboxRepository::tr("message %1 of the outbox").arg(id);
}
} // namespace

OutboxRepository::OutboxRepository(Database &db) : m_db(db) { }

Result<QVector<OutboxMessage>> OutboxRepository::load(const QString &where, const QVariantList &binds)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM outbox_messages %2 ORDER BY id").arg(kColumns, where));
    q.bindAll(binds);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<OutboxMessage> list;
    while (q.next()) {
        OutboxMessage m;
        m.id = q.value(0).toLongLong();
        m.version = q.value(1).toInt();
        m.requestId = q.value(2).toLongLong();
        m.invitationId = q.value(3).isNull() ? 0 : q.value(3).toLongLong();
        m.workerId = q.value(4).isNull() ? 0 : q.value(4).toLongLong();
        m.kind = messageKindFromCode(q.value(5).toString()).value_or(MessageKind::Invitation);
        m.recipientAddress = q.value(6).toString();
        m.recipientName = q.value(7).toString();
        m.language = q.value(8).toString();
        m.subject = q.value(9).toString();
        m.body = q.value(10).toString();
        m.ics = q.value(11).isNull() ? QByteArray() : q.value(11).toString().toUtf8();
        m.icsUid = q.value(12).toString();
        m.icsSequence = q.value(13).toInt();
        m.messageId = q.value(14).toString();
        m.state = outboxStateFromCode(q.value(15).toString()).value_or(OutboxState::Draft);
        m.attempts = q.value(16).toInt();
        m.lastError = q.value(17).toString();
        m.createdAt = SqlQuery::toDateTime(q.value(18));
        m.queuedAt = SqlQuery::toDateTime(q.value(19));
        m.sentAt = SqlQuery::toDateTime(q.value(20));
        m.createdBy = q.value(21).isNull() ? 0 : q.value(21).toLongLong();
        list.append(m);
    }
    return list;
}

Result<OutboxMessage> OutboxRepository::get(qint64 id)
{
    auto found = load(QStringLiteral("WHERE id = ?"), { id });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return RecordStore::notFound(label(id));
    return found->constFirst();
}

Result<QVector<OutboxMessage>> OutboxRepository::list(const OutboxFilter &filter)
{
    QStringList where;
    QVariantList binds;
    if (filter.requestId != 0) {
        where << QStringLiteral("request_id = ?");
        binds << filter.requestId;
    }
    if (filter.state) {
        where << QStringLiteral("state = ?");
        binds << toCode(*filter.state);
    }
    return load(where.isEmpty() ? QString() : QStringLiteral("WHERE ") + where.join(QStringLiteral(" AND ")), binds);
}

Result<OutboxCounts> OutboxRepository::counts(qint64 requestId)
{
    SqlQuery q(m_db,
               requestId == 0
                   ? QStringLiteral("SELECT state, COUNT(*) FROM outbox_messages GROUP BY state")
                   : QStringLiteral("SELECT state, COUNT(*) FROM outbox_messages WHERE request_id = ? GROUP BY state"));
    if (requestId != 0)
        q.bind(requestId);
    if (Status s = q.exec(); !s)
        return s.error();
    OutboxCounts c;
    while (q.next()) {
        const int n = q.value(1).toInt();
        switch (outboxStateFromCode(q.value(0).toString()).value_or(OutboxState::Draft)) {
        case OutboxState::Draft:
            c.drafts = n;
            break;
        case OutboxState::Queued:
            c.queued = n;
            break;
        case OutboxState::Sent:
            c.sent = n;
            break;
        case OutboxState::Failed:
            c.failed = n;
            break;
        }
    }
    return c;
}

Result<QString> OutboxRepository::calendarUid(qint64 requestId, qint64 workerId)
{
    SqlQuery q(m_db,
               QStringLiteral("SELECT ics_uid FROM outbox_messages WHERE request_id = ? AND worker_id = ? "
                              "AND ics_uid <> '' ORDER BY id LIMIT 1"));
    q.bindAll({ requestId, workerId });
    if (Status s = q.exec(); !s)
        return s.error();
    return q.next() ? q.value(0).toString() : QString();
}

Result<int> OutboxRepository::largestSequence(const QString &uid)
{
    SqlQuery q(m_db, QStringLiteral("SELECT MAX(ics_sequence) FROM outbox_messages WHERE ics_uid = ?"));
    q.bind(uid);
    auto v = q.scalar();
    if (!v)
        return v.error();
    return v->isNull() ? -1 : v->toInt();
}

Result<QVector<OutboxRepository::Due>>
OutboxRepository::dueReminders(const QDateTime &staleBefore, const QDateTime &staleRemindedSince,
                               const QDateTime &teamFrom, const QDateTime &teamTo, const QDateTime &teamRemindedSince)
{
    const QString notReminded = QStringLiteral(
        "NOT EXISTS (SELECT 1 FROM outbox_messages o WHERE o.request_id = i.request_id AND o.worker_id = i.worker_id "
        "AND o.kind = 'reminder' AND o.created_at >= ?)");
    QVector<Due> due;
    SqlQuery stale(m_db,
                   QStringLiteral("SELECT i.request_id, i.worker_id, i.id, i.version FROM invitations i "
                                  "JOIN requests r ON r.id = i.request_id "
                                  "WHERE i.response = 'pending' AND i.channel = 'email' AND i.sent_at < ? "
                                  "AND r.status IN ('tagged', 'inviting', 'confirmed') AND %1 ORDER BY i.id")
                       .arg(notReminded));
    stale.bindAll({ SqlQuery::fromDateTime(staleBefore), SqlQuery::fromDateTime(staleRemindedSince) });
    if (Status s = stale.exec(); !s)
        return s.error();
    while (stale.next())
        due.append({ stale.value(0).toLongLong(), stale.value(1).toLongLong(), stale.value(2).toLongLong(),
                     stale.value(3).toInt(), true });
    SqlQuery team(
        m_db,
        QStringLiteral("SELECT i.request_id, i.worker_id, i.id, i.version FROM engagements e "
                       "JOIN invitations i ON i.request_id = e.request_id AND i.worker_id = e.worker_id "
                       "JOIN requests r ON r.id = e.request_id "
                       "WHERE e.attendance = 'planned' AND e.starts_at >= ? AND e.starts_at < ? "
                       "AND i.channel = 'email' AND r.status <> 'cancelled' AND %1 ORDER BY e.starts_at, i.id")
            .arg(notReminded));
    team.bindAll({ SqlQuery::fromDateTime(teamFrom), SqlQuery::fromDateTime(teamTo),
                   SqlQuery::fromDateTime(teamRemindedSince) });
    if (Status s = team.exec(); !s)
        return s.error();
    while (team.next())
        due.append({ team.value(0).toLongLong(), team.value(1).toLongLong(), team.value(2).toLongLong(),
                     team.value(3).toInt(), false });
    return due;
}

Result<OutboxMessage> OutboxRepository::insert(const OutboxMessage &m)
{
    const QDateTime now = Clock::instance().now();
    Row row;
    row.set(QStringLiteral("request_id"), m.requestId)
        .set(QStringLiteral("invitation_id"), SqlQuery::fromId(m.invitationId))
        .set(QStringLiteral("worker_id"), SqlQuery::fromId(m.workerId))
        .set(QStringLiteral("kind"), toCode(m.kind))
        .set(QStringLiteral("recipient_address"), m.recipientAddress)
        .set(QStringLiteral("recipient_name"), m.recipientName)
        .set(QStringLiteral("language"), m.language)
        .set(QStringLiteral("subject"), m.subject)
        .set(QStringLiteral("body"), m.body)
        .set(QStringLiteral("ics"),
             m.ics.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QString::fromUtf8(m.ics))
        .set(QStringLiteral("ics_uid"), m.icsUid)
        .set(QStringLiteral("ics_sequence"), m.icsSequence)
        .set(QStringLiteral("message_id"), m.messageId)
        .set(QStringLiteral("state"), toCode(m.state))
        .set(QStringLiteral("queued_at"), SqlQuery::fromDateTime(m.state == OutboxState::Queued ? now : QDateTime()))
        .set(QStringLiteral("created_by"), SqlQuery::fromId(m_db.actorId()));
    auto id = RecordStore(m_db).insert(kTable, row);
    if (!id)
        return id.error();
    return get(*id);
}

Result<OutboxMessage> OutboxRepository::restore(const OutboxMessage &m)
{
    if (m.recipientAddress.trimmed().isEmpty() || m.messageId.trimmed().isEmpty() || m.subject.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, tr("A message needs its recipient, subject and Message-ID."),
                     QStringLiteral("recipientAddress"));
    qint64 invitationId = 0;
    if (m.workerId != 0) {
        SqlQuery q(m_db, QStringLiteral("SELECT id FROM invitations WHERE request_id = ? AND worker_id = ?"));
        q.bind(m.requestId);
        q.bind(m.workerId);
        if (Status s = q.exec(); !s)
            return s.error();
        if (q.next())
            invitationId = q.value(0).toLongLong();
    }
    Row row;
    row.set(QStringLiteral("request_id"), m.requestId)
        .set(QStringLiteral("invitation_id"), SqlQuery::fromId(invitationId))
        .set(QStringLiteral("worker_id"), SqlQuery::fromId(m.workerId))
        .set(QStringLiteral("kind"), toCode(m.kind))
        .set(QStringLiteral("recipient_address"), m.recipientAddress)
        .set(QStringLiteral("recipient_name"), m.recipientName)
        .set(QStringLiteral("language"), m.language)
        .set(QStringLiteral("subject"), m.subject)
        .set(QStringLiteral("body"), m.body)
        .set(QStringLiteral("ics"),
             m.ics.isEmpty() ? QVariant(QMetaType(QMetaType::QString)) : QString::fromUtf8(m.ics))
        .set(QStringLiteral("ics_uid"), m.icsUid)
        .set(QStringLiteral("ics_sequence"), m.icsSequence)
        .set(QStringLiteral("message_id"), m.messageId)
        .set(QStringLiteral("state"), toCode(m.state))
        .set(QStringLiteral("attempts"), m.attempts)
        .set(QStringLiteral("last_error"), m.lastError)
        .set(QStringLiteral("queued_at"), SqlQuery::fromDateTime(m.queuedAt))
        .set(QStringLiteral("sent_at"), SqlQuery::fromDateTime(m.sentAt))
        .set(QStringLiteral("created_by"), SqlQuery::fromId(m.createdBy));
    auto id = RecordStore(m_db).insert(kTable, row);
    if (!id)
        return id.error();
    if (m.createdAt.isValid()) { // when the message was written, not when it was moved
        SqlQuery q(m_db, QStringLiteral("UPDATE outbox_messages SET created_at = ? WHERE id = ?"));
        q.bind(SqlQuery::fromDateTime(m.createdAt));
        q.bind(*id);
        if (Status s = q.exec(); !s)
            return s.error();
    }
    return get(*id);
}

Result<OutboxMessage> OutboxRepository::approve(qint64 id, int expectedVersion, const QString &subject,
                                                const QString &body)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    if (stored->state == OutboxState::Sent)
        return Error(Error::Code::NotAllowed, tr("This message was sent already; it cannot be changed."),
                     QStringLiteral("state"));
    if (subject.trimmed().isEmpty() || subject.contains(QLatin1Char('\n')))
        return Error(Error::Code::InvalidInput, tr("The subject of the message must be one line and not empty."),
                     QStringLiteral("subject"));
    if (body.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, tr("The text of the message is empty."), QStringLiteral("body"));
    Row row;
    row.set(QStringLiteral("subject"), subject).set(QStringLiteral("body"), body);
    if (stored->state == OutboxState::Draft)
        row.set(QStringLiteral("state"), toCode(OutboxState::Queued))
            .set(QStringLiteral("queued_at"), SqlQuery::fromDateTime(Clock::instance().now()));
    auto version = RecordStore(m_db).update(kTable, id, expectedVersion, row, label(id));
    if (!version)
        return version.error();
    return get(id);
}

Status OutboxRepository::remove(qint64 id, int expectedVersion)
{
    auto stored = get(id);
    if (!stored)
        return stored.error();
    if (stored->version != expectedVersion)
        return RecordStore(m_db).conflict(kTable, id, label(id));
    if (stored->state == OutboxState::Sent)
        return Error(Error::Code::NotAllowed, tr("This message was sent already; it stays in the outbox."),
                     QStringLiteral("state"));
    return RecordStore(m_db).remove(kTable, id, label(id));
}

Result<bool> OutboxRepository::claimForSending(qint64 id)
{
    // An UPDATE takes the row's lock (PostgreSQL; SQLite's write transaction holds the whole database): a second
    // sender waits here, then finds the message sent and leaves it.
    SqlQuery q(m_db,
               QStringLiteral("UPDATE outbox_messages SET state = state WHERE id = ? AND state IN ('queued', "
                              "'failed')"));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    return q.numRowsAffected() == 1;
}

Result<OutboxMessage> OutboxRepository::markSent(qint64 id, int expectedVersion, int attempts, const QDateTime &at)
{
    Row row;
    row.set(QStringLiteral("state"), toCode(OutboxState::Sent))
        .set(QStringLiteral("attempts"), attempts)
        .set(QStringLiteral("last_error"), QString())
        .set(QStringLiteral("sent_at"), SqlQuery::fromDateTime(at));
    auto version = RecordStore(m_db).update(kTable, id, expectedVersion, row, label(id));
    if (!version)
        return version.error();
    return get(id);
}

Result<OutboxMessage> OutboxRepository::markFailed(qint64 id, int expectedVersion, int attempts, const QString &answer)
{
    Row row;
    row.set(QStringLiteral("state"), toCode(OutboxState::Failed))
        .set(QStringLiteral("attempts"), attempts)
        .set(QStringLiteral("last_error"), answer.left(2000));
    auto version = RecordStore(m_db).update(kTable, id, expectedVersion, row, label(id));
    if (!version)
        return version.error();
    return get(id);
}

} // namespace Kohtaamo
