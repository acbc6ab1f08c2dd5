// OfficeService: erasing a worker (GDPR Art. 17; docs/data-protection.md, Erasure). The worker's row stays, without
// anything personal, so that every count, hour and fee of the statistics stays as it was; what named them anywhere
// else (e-mail, texts, the audit log's stored values) is removed, and the audit chain is sealed again in the same
// transaction. The statements here bypass RecordStore on purpose: its audit entry would store the very values being
// erased. The erasure writes one audit entry of its own that names nothing but the worker's id and what was done.
#include "OfficeRun.h"

#include "common/Clock.h"
#include "repositories/ConsentRepository.h"
#include "repositories/WorkerRepository.h"
#include "storage/AuditChain.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace Kohtaamo {

namespace {
const QString kErased = QStringLiteral("[erased]");

// The free texts of other records that may name a worker: replaced where they do.
struct TextColumn
{
    const char *table;
    const char *column;
};
constexpr TextColumn kTextColumns[] = {
    { "outbox_messages", "subject" },
    { "outbox_messages", "body" },
    { "outbox_messages", "ics" },
    { "outbox_messages", "recipient_name" },
    { "knowledge_entries", "text" },
    { "meeting_outcomes", "summary" },
    { "meeting_outcomes", "requester_feedback" },
    { "requests", "notes" },
    { "requests", "description" },
    { "requests", "cancel_reason" },
    { "invitations", "note" },
    { "invitations", "decline_reason" },
    { "invitation_events", "reason" },
    { "engagements", "note" },
};

QString replaced(QString text, const QStringList &tokens)
{
    for (const QString &t : tokens)
        text.replace(t, kErased, Qt::CaseInsensitive);
    return text;
}

QJsonValue scrubbed(const QJsonValue &v, const QStringList &tokens, bool everything)
{
    if (v.isObject()) {
        QJsonObject o = v.toObject();
        for (auto it = o.begin(); it != o.end(); ++it)
            it.value() = scrubbed(it.value(), tokens, everything);
        return o;
    }
    if (v.isArray()) {
        QJsonArray a = v.toArray();
        for (qsizetype i = 0; i < a.size(); ++i)
            a[i] = scrubbed(a.at(i), tokens, everything);
        return a;
    }
    if (everything)
        return v.isNull() ? v : QJsonValue(kErased);
    if (v.isString())
        return replaced(v.toString(), tokens);
    return v;
}

Status exec(Database &db, const QString &sql, const QVariantList &binds, int *affected = nullptr)
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    Status s = q.exec();
    if (s && affected)
        *affected += q.numRowsAffected();
    return s;
}

Result<QSet<qint64>> ids(Database &db, const QString &sql, qint64 workerId)
{
    SqlQuery q(db, sql);
    q.bind(workerId);
    if (Status s = q.exec(); !s)
        return s.error();
    QSet<qint64> found;
    while (q.next())
        found.insert(q.value(0).toLongLong());
    return found;
}
} // namespace

Result<WorkerErasure> OfficeService::eraseWorker(qint64 workerId, int expectedVersion)
{
    if (Status s = requireAdminFor(tr("Only an admin can erase a worker.")); !s)
        return s.error();
    auto erased = run<WorkerErasure>([&](OfficeChange &change) -> Result<WorkerErasure> {
        auto result = eraseWithinRun(workerId, expectedVersion);
        if (!result)
            return result;
        change = everything();
        change.add(OfficeChange::Kind::Worker, workerId);
        return result;
    });
    if (erased) {
        if (Status s = checkpointAfterErasure(); !s)
            return s.error();
    }
    return erased;
}

Status OfficeService::checkpointAfterErasure()
{
    if (!m_db->dialect().isSQLite())
        return Status::success();
    // The WAL still holds the pages as they were before: copy them into the file and empty it.
    return SqlQuery::runStatement(*m_db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"));
}

Result<WorkerErasure> OfficeService::eraseWithinRun(qint64 workerId, int expectedVersion)
{
    auto stored = WorkerRepository(*m_db).get(workerId);
    if (!stored)
        return stored.error();
    if (stored->version != expectedVersion)
        return Error(Error::Code::Conflict,
                     tr("%1's record was changed since you opened it. Nothing was erased: look at it again.")
                         .arg(stored->displayName),
                     QStringLiteral("version"));
    auto consents = ConsentRepository(*m_db).listForWorker(workerId);
    if (!consents)
        return consents.error();

    // What names the worker: searched for in every text and in the audit log's stored values.
    QStringList tokens { stored->displayName, stored->email, stored->phone };
    if (stored->dateOfBirth.isValid())
        tokens << stored->dateOfBirth.toString(Qt::ISODate) << stored->dateOfBirth.toString(QStringLiteral("d.M.yyyy"));
    for (const Consent &c : std::as_const(*consents))
        tokens << c.guardianName;
    for (QString &t : tokens)
        t = t.trimmed();
    tokens.removeIf([](const QString &t) { return t.size() < 3; }); // two letters would erase other people's words
    tokens.removeDuplicates();
    // Longest first: "Aino Virtanen" before "Aino".
    std::sort(tokens.begin(), tokens.end(), [](const QString &a, const QString &b) { return a.size() > b.size(); });

    WorkerErasure result;
    result.workerId = workerId;
    // The worker's own records: what is about them as a person goes; what the statistics count stays.
    const QVariant now = SqlQuery::fromDateTime(Clock::instance().now());
    Status s = exec(
        *m_db,
        QStringLiteral("UPDATE workers SET display_name = ?, pseudonym = ?, email = '', phone = '', "
                       "date_of_birth = NULL, municipality = '', notes = '', "
                       "annual_earnings_ceiling_cents = NULL, status = 'left', left_on = COALESCE(left_on, ?), "
                       "version = version + 1, updated_at = ? WHERE id = ?"),
        { tr("Erased worker #%1").arg(workerId), false, SqlQuery::fromDate(Clock::instance().today()), now, workerId });
    for (const char *sql : { "DELETE FROM worker_experiences WHERE worker_id = ?",
                             "DELETE FROM worker_unavailability WHERE worker_id = ?",
                             "UPDATE consents SET guardian_name = '', note = '' WHERE worker_id = ?",
                             "UPDATE invitations SET decline_reason = '', note = '' WHERE worker_id = ?",
                             "UPDATE invitation_events SET reason = '' WHERE invitation_id IN "
                             "(SELECT id FROM invitations WHERE worker_id = ?)",
                             "UPDATE engagements SET note = '' WHERE worker_id = ?" }) {
        if (s)
            s = exec(*m_db, QString::fromLatin1(sql), { workerId });
    }
    // E-mail to the worker goes altogether (it greets them and carries their address).
    if (s)
        s = exec(*m_db, QStringLiteral("DELETE FROM outbox_messages WHERE worker_id = ? OR recipient_address = ?"),
                 { workerId, stored->email.isEmpty() ? QStringLiteral("\n") : stored->email }, &result.messagesRemoved);
    // Texts of other records that name them (a requester's confirmation, experience knowledge, notes).
    for (const TextColumn &tc : kTextColumns) {
        for (const QString &t : std::as_const(tokens)) {
            if (!s)
                break;
            const QString column = QString::fromLatin1(tc.column);
            s = exec(*m_db,
                     QStringLiteral("UPDATE %1 SET %2 = REPLACE(%2, ?, ?) WHERE REPLACE(%2, ?, ?) <> %2")
                         .arg(QString::fromLatin1(tc.table), column),
                     { t, kErased, t, kErased }, &result.textsScrubbed);
        }
    }
    if (!s)
        return s.error();

    // The audit log: the stored values of the worker's own records are erased whole; any other entry loses
    // what names them. Then the chain is sealed again from the first entry changed.
    auto consentIds = ids(*m_db, QStringLiteral("SELECT id FROM consents WHERE worker_id = ?"), workerId);
    if (!consentIds)
        return consentIds.error();
    auto rewritten = AuditChain::rewrite(*m_db, [&](qint64, const AuditChain::Entry &e) -> std::optional<QString> {
        const bool own = (e.table == QLatin1String("workers") && e.recordId == workerId)
            || (e.table == QLatin1String("consents") && consentIds->contains(e.recordId));
        bool named = own;
        for (const QString &t : std::as_const(tokens))
            named = named || e.changes.contains(t, Qt::CaseInsensitive);
        if (!named)
            return std::nullopt;
        const QJsonDocument doc = QJsonDocument::fromJson(e.changes.toUtf8());
        if (!doc.isObject()) // not JSON: only the names go
            return replaced(e.changes, tokens);
        const QJsonValue clean = scrubbed(doc.object(), tokens, own);
        return QString::fromUtf8(QJsonDocument(clean.toObject()).toJson(QJsonDocument::Compact));
    });
    if (!rewritten)
        return rewritten.error();
    result.auditEntriesScrubbed = *rewritten;

    // The erasure itself, with nothing personal: who erased which worker id, when, and how much.
    const QJsonObject summary {
        { QStringLiteral("worker_id"), QJsonObject { { QStringLiteral("new"), workerId } } },
        { QStringLiteral("audit_entries_scrubbed"), QJsonObject { { QStringLiteral("new"), *rewritten } } },
        { QStringLiteral("messages_removed"), QJsonObject { { QStringLiteral("new"), result.messagesRemoved } } },
        { QStringLiteral("texts_scrubbed"), QJsonObject { { QStringLiteral("new"), result.textsScrubbed } } },
    };
    if (Status a = AuditChain::append(*m_db,
                                      { Clock::instance().now(), m_db->actor(), m_db->actorId(),
                                        QStringLiteral("erasures"), workerId, QStringLiteral("insert"),
                                        QString::fromUtf8(QJsonDocument(summary).toJson(QJsonDocument::Compact)) });
        !a)
        return a.error();
    return result;
}

} // namespace Kohtaamo
