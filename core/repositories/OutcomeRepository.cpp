#include "OutcomeRepository.h"

#include "common/Plausibility.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

#include <algorithm>

namespace Kohtaamo {

namespace {
const QString kOutcomes = QStringLiteral("meeting_outcomes");
const QString kEntries = QStringLiteral("knowledge_entries");
const QString kEntryTopics = QStringLiteral("knowledge_entry_topics");
const QString kEntryColumn = QStringLiteral("entry_id");
const QStringList kEntryTopicColumns { QStringLiteral("topic_id") };

const QString kOutcomeColumns
    = QStringLiteral("id, version, request_id, held_on, summary, requester_feedback, audience_size");
const QString kEntryColumns
    = QStringLiteral("id, version, request_id, recorded_on, text, life_course_phase, critical_point");

MeetingOutcome outcomeFromQuery(const SqlQuery &q)
{
    MeetingOutcome o;
    o.id = q.value(0).toLongLong();
    o.version = q.value(1).toInt();
    o.requestId = q.value(2).toLongLong();
    o.heldOn = SqlQuery::toDate(q.value(3));
    o.summary = q.value(4).toString();
    o.requesterFeedback = q.value(5).toString();
    o.audienceSize = q.value(6).toInt();
    return o;
}

Row outcomeRow(const MeetingOutcome &o)
{
    Row row;
    row.set(QStringLiteral("held_on"), SqlQuery::fromDate(o.heldOn))
        .set(QStringLiteral("summary"), o.summary)
        .set(QStringLiteral("requester_feedback"), o.requesterFeedback)
        .set(QStringLiteral("audience_size"), o.audienceSize);
    return row;
}

Row entryRow(const KnowledgeEntry &k)
{
    Row row;
    row.set(QStringLiteral("request_id"), SqlQuery::fromId(k.requestId))
        .set(QStringLiteral("recorded_on"), SqlQuery::fromDate(k.recordedOn))
        .set(QStringLiteral("text"), k.text)
        .set(QStringLiteral("life_course_phase"), toCode(k.phase))
        .set(QStringLiteral("critical_point"), k.criticalPoint);
    return row;
}

QVector<QVariantList> topicRows(const QVector<qint64> &topicIds)
{
    QVector<QVariantList> rows;
    for (qint64 id : topicIds)
        rows.append(QVariantList { id });
    return rows;
}

} // namespace

OutcomeRepository::OutcomeRepository(Database &db) : m_db(db) { }

Result<QString> OutcomeRepository::requestReference(qint64 requestId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT reference FROM requests WHERE id = ?"));
    q.bind(requestId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Code::InvalidInput,
                     tr("Request #%1 does not exist; someone may have removed it.").arg(requestId),
                     QStringLiteral("requestId"));
    return q.value(0).toString();
}

Status OutcomeRepository::checkRequest(qint64 requestId)
{
    auto reference = requestReference(requestId);
    return reference ? Status::success() : Status(reference.error());
}

// --- meeting outcomes ---

Result<MeetingOutcome> OutcomeRepository::outcomeForRequest(qint64 requestId)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM meeting_outcomes WHERE request_id = ?").arg(kOutcomeColumns));
    q.bind(requestId);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return Error(Error::Code::NotFound, tr("No outcome has been recorded for request #%1 yet.").arg(requestId),
                     QStringLiteral("meeting_outcomes request %1").arg(requestId));
    return outcomeFromQuery(q);
}

Status OutcomeRepository::validateOutcome(const MeetingOutcome &o)
{
    if (o.requestId <= 0)
        return Error(Error::Code::InvalidInput, tr("An outcome must belong to a request."),
                     QStringLiteral("requestId"));
    if (o.audienceSize < 0 || o.audienceSize > Plausibility::kMaxAudience)
        return Error(Error::Code::InvalidInput,
                     tr("The number of people reached must be between 0 and 1,000,000 (it is %1).").arg(o.audienceSize),
                     QStringLiteral("audienceSize"));
    if (Status s = Plausibility::checkLength(o.summary, Plausibility::kMaxNoteLength, "summary"); !s)
        return s;
    return Plausibility::checkLength(o.requesterFeedback, Plausibility::kMaxNoteLength, "requesterFeedback");
}

Result<MeetingOutcome> OutcomeRepository::saveOutcome(const MeetingOutcome &outcome)
{
    if (Status s = validateOutcome(outcome); !s)
        return s.error();
    auto reference = requestReference(outcome.requestId);
    if (!reference)
        return reference.error();
    const QString name = tr("The outcome of request %1").arg(*reference);
    MeetingOutcome o = outcome;

    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    RecordStore store(m_db);
    if (o.id == 0) {
        SqlQuery existing(m_db, QStringLiteral("SELECT id FROM meeting_outcomes WHERE request_id = ?"));
        existing.bind(o.requestId);
        if (Status s = existing.exec(); !s)
            return s.error();
        if (existing.next())
            return store.conflict(kOutcomes, existing.value(0).toLongLong(), name);
        Row row;
        row.set(QStringLiteral("request_id"), o.requestId);
        const Row fields = outcomeRow(o);
        for (const auto &field : fields.fields())
            row.set(field.first, field.second);
        auto id = store.insert(kOutcomes, row);
        if (!id)
            return id.error();
        o.id = *id;
        o.version = 1;
    } else {
        SqlQuery stored(m_db, QStringLiteral("SELECT request_id FROM meeting_outcomes WHERE id = ?"));
        stored.bind(o.id);
        if (Status s = stored.exec(); !s)
            return s.error();
        if (!stored.next())
            return RecordStore::notFound(name);
        const qint64 storedRequest = stored.value(0).toLongLong();
        stored.raw().finish();
        if (storedRequest != o.requestId)
            return Error(Error::Code::InvalidInput, tr("An outcome cannot be moved to another request."),
                         QStringLiteral("requestId"));
        auto version = store.update(kOutcomes, o.id, o.version, outcomeRow(o), name);
        if (!version)
            return version.error();
        o.version = *version;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return o;
}

// --- experience knowledge ---

Result<QVector<KnowledgeEntry>> OutcomeRepository::loadKnowledge(const QString &where, const QVariantList &binds)
{
    // `where` is a condition on knowledge_entries written in this file; the topics are filtered by the same one.
    const QString entryWhere = where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where;
    const QString topicWhere = where.isEmpty()
        ? QString()
        : QStringLiteral(" WHERE entry_id IN (SELECT id FROM knowledge_entries WHERE %1)").arg(where);
    QVector<KnowledgeEntry> result;
    QHash<qint64, int> index;
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT %1 FROM knowledge_entries%2 ORDER BY recorded_on DESC, id DESC")
                       .arg(kEntryColumns, entryWhere));
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            KnowledgeEntry k;
            k.id = q.value(0).toLongLong();
            k.version = q.value(1).toInt();
            k.requestId = q.value(2).isNull() ? 0 : q.value(2).toLongLong();
            k.recordedOn = SqlQuery::toDate(q.value(3));
            k.text = q.value(4).toString();
            k.phase = lifeCoursePhaseFromCode(q.value(5).toString()).value_or(LifeCoursePhase::Unspecified);
            k.criticalPoint = q.value(6).toBool();
            index.insert(k.id, int(result.size()));
            result.append(k);
        }
    }
    if (result.isEmpty())
        return result;
    SqlQuery q(
        m_db,
        QStringLiteral("SELECT entry_id, topic_id FROM knowledge_entry_topics%1 ORDER BY topic_id").arg(topicWhere));
    q.bindAll(binds);
    if (Status s = q.exec(); !s)
        return s.error();
    while (q.next()) {
        const auto it = index.constFind(q.value(0).toLongLong());
        if (it != index.constEnd())
            result[*it].topicIds.append(q.value(1).toLongLong());
    }
    return result;
}

Result<KnowledgeEntry> OutcomeRepository::getKnowledge(qint64 id)
{
    auto found = loadKnowledge(QStringLiteral("id = ?"), { id });
    if (!found)
        return found.error();
    if (found->isEmpty())
        return RecordStore::notFound(tr("Knowledge entry #%1").arg(id));
    return found->first();
}

Result<QVector<KnowledgeEntry>> OutcomeRepository::listKnowledge(qint64 requestId)
{
    return loadKnowledge(QStringLiteral("request_id = ?"), { requestId });
}

Result<QVector<KnowledgeEntry>> OutcomeRepository::listAllKnowledge()
{
    return loadKnowledge(QString(), {});
}

Status OutcomeRepository::validateKnowledge(const KnowledgeEntry &k)
{
    const auto invalid = [](const QString &message, const char *field) {
        return Error(Error::Code::InvalidInput, message, QString::fromLatin1(field));
    };
    if (k.text.trimmed().isEmpty())
        return invalid(tr("Write down what was learned: a knowledge entry needs text."), "text");
    if (Status s = Plausibility::checkLength(k.text, Plausibility::kMaxNoteLength, "text"); !s)
        return s;
    if (!k.recordedOn.isValid())
        return invalid(tr("Enter the date the knowledge was recorded."), "recordedOn");
    if (k.requestId < 0)
        return invalid(tr("Request #%1 does not exist.").arg(k.requestId), "requestId");
    QSet<qint64> seen;
    for (qint64 id : k.topicIds) {
        if (seen.contains(id))
            return invalid(tr("A topic is listed twice on the knowledge entry."), "topicIds");
        seen.insert(id);
    }
    return Status::success();
}

Status OutcomeRepository::validateRecordedKnowledge(const KnowledgeEntry &k)
{
    if (Status s = validateKnowledge(k); !s)
        return s;
    if (k.topicIds.isEmpty())
        return Error(Error::Code::InvalidInput,
                     tr("Choose at least one topic: experience knowledge is grouped and reported by topic."),
                     QStringLiteral("topicIds"));
    return Status::success();
}

Result<KnowledgeEntry> OutcomeRepository::saveKnowledge(const KnowledgeEntry &entry)
{
    if (Status s = validateKnowledge(entry); !s)
        return s.error();
    KnowledgeEntry k = entry;
    k.text = k.text.trimmed();
    std::sort(k.topicIds.begin(), k.topicIds.end());
    if (k.requestId != 0) {
        if (Status s = checkRequest(k.requestId); !s)
            return s.error();
    }
    if (!k.topicIds.isEmpty()) {
        SqlQuery q(
            m_db,
            QStringLiteral("SELECT id FROM topics WHERE id IN (%1)").arg(SqlQuery::placeholders(k.topicIds.size())));
        for (qint64 id : k.topicIds)
            q.bind(id);
        if (Status s = q.exec(); !s)
            return s.error();
        QSet<qint64> found;
        while (q.next())
            found.insert(q.value(0).toLongLong());
        for (qint64 id : k.topicIds) {
            if (!found.contains(id))
                return Error(Error::Code::InvalidInput,
                             tr("Topic #%1 does not exist; someone may have removed it.").arg(id),
                             QStringLiteral("topicIds"));
        }
    }

    const QString name = tr("The knowledge entry “%1”").arg(k.text.left(40));
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    RecordStore store(m_db);
    if (k.id == 0) {
        QJsonObject children;
        if (!k.topicIds.isEmpty()) {
            QJsonArray rows;
            for (qint64 id : k.topicIds)
                rows.append(QJsonObject { { QStringLiteral("topic_id"), id } });
            children.insert(kEntryTopics, QJsonObject { { QStringLiteral("new"), rows } });
        }
        auto id = store.insert(kEntries, entryRow(k), true, children);
        if (!id)
            return id.error();
        if (Status s = store.insertChildren(kEntryTopics, kEntryColumn, *id, kEntryTopicColumns, topicRows(k.topicIds));
            !s)
            return s.error();
        k.id = *id;
        k.version = 1;
    } else {
        auto current = getKnowledge(k.id);
        if (!current)
            return current.error().code == Error::Code::NotFound ? RecordStore::notFound(name) : current.error();
        if (current->version != k.version)
            return store.conflict(kEntries, k.id, name);
        QJsonObject changes;
        QVector<qint64> currentTopics = current->topicIds;
        std::sort(currentTopics.begin(), currentTopics.end());
        if (currentTopics != k.topicIds) {
            auto replaced
                = store.replaceChildren(kEntryTopics, kEntryColumn, k.id, kEntryTopicColumns, topicRows(k.topicIds));
            if (!replaced)
                return replaced.error();
            if (!replaced->isEmpty())
                changes.insert(kEntryTopics, *replaced);
        }
        auto version = store.update(kEntries, k.id, k.version, entryRow(k), name, changes);
        if (!version)
            return version.error();
        k.version = *version;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return k;
}

} // namespace Kohtaamo
