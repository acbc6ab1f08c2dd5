#include "RequestInboxQuery.h"

#include "domain/Invitation.h"
#include "storage/Database.h"
#include "storage/PagedList.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QStringList>

#include <algorithm>

namespace Kohtaamo {

namespace {

// Summaries are read for at most this many ids per statement, well below both backends' limits on bound values.
constexpr int kIdsPerStatement = 500;

// The columns the free text looks in.
const QStringList kTextColumns { QStringLiteral("r.reference"), QStringLiteral("r.title"),
                                 QStringLiteral("r.requester_name"), QStringLiteral("r.requester_unit") };

// Request::workDate(), stored by RequestRepository with every save (schema version 6) and indexed.
const QString kWorkDate = QStringLiteral("r.work_date");

// An FTS5 string that matches the word as it is: quoted, its quotes doubled, so no character is query syntax.
QString searchPhrase(QString word)
{
    word.replace(QLatin1Char('"'), QLatin1String("\"\""));
    return QLatin1Char('"') + word + QLatin1Char('"');
}

} // namespace

RequestInboxQuery::RequestInboxQuery(Database &db, const QString &language) : m_db(db), m_language(language) { }

Result<QVector<qint64>> RequestInboxQuery::topicSubtree(qint64 topicId)
{
    SqlQuery q(m_db,
               QStringLiteral("WITH RECURSIVE subtree(id) AS ("
                              "SELECT id FROM topics WHERE id = ? "
                              "UNION SELECT t.id FROM topics t JOIN subtree s ON t.parent_id = s.id) "
                              "SELECT id FROM subtree ORDER BY id"));
    q.bind(topicId);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<qint64> ids;
    while (q.next())
        ids.append(q.value(0).toLongLong());
    return ids;
}

QString RequestInboxQuery::sortExpression(SortKey key) const
{
    switch (key) {
    case SortKey::Reference:
        return QStringLiteral("r.reference");
    case SortKey::Received:
        return QStringLiteral("r.received_on");
    case SortKey::Title:
        return QStringLiteral("r.title");
    case SortKey::Requester:
        return QStringLiteral("r.requester_name");
    case SortKey::Unit:
        return QStringLiteral("r.requester_unit");
    case SortKey::ServiceType: {
        const QString column = m_language == QLatin1String("fi") ? QStringLiteral("st.name_fi")
            : m_language == QLatin1String("sv")                  ? QStringLiteral("st.name_sv")
                                                                 : QStringLiteral("st.name_en");
        // A missing translation falls back to English, as ServiceType::name does.
        return QStringLiteral("(SELECT COALESCE(NULLIF(%1, ''), st.name_en) FROM service_types st "
                              "WHERE st.code = r.service_type)")
            .arg(column);
    }
    case SortKey::Status: {
        QString cases;
        int rank = 0;
        for (const auto &entry : kRequestStatusCodes)
            cases += QStringLiteral(" WHEN '%1' THEN %2").arg(QLatin1String(entry.second)).arg(rank++);
        return QStringLiteral("CASE r.status%1 END").arg(cases);
    }
    case SortKey::WorkDate:
        return kWorkDate;
    case SortKey::WorkersNeeded:
        return QStringLiteral("r.workers_needed");
    case SortKey::Accepted:
        return QStringLiteral("(SELECT COUNT(*) FROM invitations i WHERE i.request_id = r.id AND i.response = '%1')")
            .arg(toCode(InvitationResponse::Accepted));
    }
    return QStringLiteral("r.id");
}

QString RequestInboxQuery::orderBy(const Sort &sort) const
{
    const QString direction = sort.order == Qt::AscendingOrder ? QStringLiteral(" ASC") : QStringLiteral(" DESC");
    const QString key = sortExpression(sort.key);
    QString order = QStringLiteral(" ORDER BY ");
    // Only nullable keys get the null term: on the others it would keep the database from reading an index in order.
    // Both backends sort false before true, so the requests without a value come last in ascending order.
    if (sort.key == SortKey::ServiceType || sort.key == SortKey::WorkDate)
        order += QStringLiteral("(%1 IS NULL)%2, ").arg(key, direction);
    return order + key + direction + QStringLiteral(", r.id") + direction;
}

QString RequestInboxQuery::Condition::sql(IdPlan plan) const
{
    QStringList all = terms;
    // With "+" the id index is not used for the term, so SQLite reads the requests in an index's order and checks
    // each against the set (see fetchPage).
    const QString plus = plan == IdPlan::ScanInOrder ? QStringLiteral("+") : QString();
    for (const IdSet &set : idSets)
        all << QStringLiteral("%1r.id IN (%2)").arg(plus, set.select);
    return all.isEmpty() ? QString() : QStringLiteral(" WHERE ") + all.join(QStringLiteral(" AND "));
}

QVariantList RequestInboxQuery::Condition::allBinds() const
{
    QVariantList all = binds;
    for (const IdSet &set : idSets)
        all << set.binds;
    return all;
}

Result<RequestInboxQuery::Condition> RequestInboxQuery::condition(const RequestInboxFilter &filter)
{
    QStringList parts;
    QVariantList binds;
    QVector<IdSet> idSets;
    if (!filter.ids.isEmpty()) {
        if (filter.ids.size() > kMaxIds)
            return Error(Error::Code::InvalidInput,
                         tr("The list has %1 requests, more than can be shown at once (%2). Narrow it with the other "
                            "filters.")
                             .arg(filter.ids.size())
                             .arg(kMaxIds));
        parts << QStringLiteral("r.id IN (%1)").arg(SqlQuery::placeholders(filter.ids.size()));
        for (qint64 id : filter.ids)
            binds << id;
    }
    if (!filter.statuses.isEmpty()) {
        parts << QStringLiteral("r.status IN (%1)").arg(SqlQuery::placeholders(filter.statuses.size()));
        for (RequestStatus s : filter.statuses)
            binds << toCode(s);
    }
    if (!filter.serviceType.isEmpty()) {
        parts << QStringLiteral("r.service_type = ?");
        binds << filter.serviceType;
    }
    if (filter.topicId != 0) {
        auto subtree = topicSubtree(filter.topicId);
        if (!subtree)
            return subtree.error();
        if (subtree->isEmpty()) {
            parts << QStringLiteral("1 = 0"); // no such topic: nothing is tagged with it
        } else {
            IdSet tagged;
            tagged.select = QStringLiteral("SELECT rt.request_id FROM request_topics rt WHERE rt.topic_id IN (%1)")
                                .arg(SqlQuery::placeholders(subtree->size()));
            for (qint64 id : *subtree)
                tagged.binds << id;
            tagged.repeats = true; // a request tagged with two topics of the subtree
            idSets << tagged;
        }
    }
    if (filter.receivedFrom.isValid()) {
        parts << QStringLiteral("r.received_on >= ?");
        binds << SqlQuery::fromDate(filter.receivedFrom);
    }
    if (filter.receivedTo.isValid()) {
        parts << QStringLiteral("r.received_on <= ?");
        binds << SqlQuery::fromDate(filter.receivedTo);
    }
    if (filter.workFrom.isValid()) {
        parts << kWorkDate + QStringLiteral(" >= ?");
        binds << SqlQuery::fromDate(filter.workFrom);
    }
    if (filter.workTo.isValid()) {
        parts << kWorkDate + QStringLiteral(" <= ?");
        binds << SqlQuery::fromDate(filter.workTo);
    }
    const Dialect &dialect = m_db.dialect();
    QStringList phrases;
    QStringList prefixes;
    for (const QString &word : filter.words()) {
        // On SQLite a word of three or more characters is looked up in the trigram index (schema version 5): a
        // quoted FTS5 phrase matches where a column holds the word, whatever the case, as the check below does.
        if (dialect.isSQLite() && word.toUcs4().size() >= RequestInboxFilter::kIndexedWordLength) {
            phrases << searchPhrase(word);
            continue;
        }
        QStringList any;
        if (RequestInboxFilter::isWordStart(word)) {
            // One or two letters or digits match a word's start (RequestInboxFilter::isWordStart). SQLite: a prefix
            // query of the word index (schema version 20), answered from its prefix index of one and two characters.
            if (dialect.isSQLite()) {
                prefixes << searchPhrase(word) + QLatin1Char('*');
                continue;
            }
            for (const QString &column : kTextColumns) {
                any << dialect.startsWord(column);
                binds << Dialect::startsWordValue(word);
            }
        } else {
            const QVariantList values = dialect.containsTextValues(word);
            for (const QString &column : kTextColumns) {
                any << dialect.containsText(column);
                binds << values;
            }
        }
        parts << QStringLiteral("(%1)").arg(any.join(QStringLiteral(" OR ")));
    }
    if (!phrases.isEmpty()) {
        // All the words in one index query: FTS5 intersects their hits itself (two words: 24 ms, as two queries 66).
        IdSet found;
        found.select = QStringLiteral("SELECT rowid FROM requests_search WHERE requests_search MATCH ?");
        found.binds << phrases.join(QStringLiteral(" AND "));
        idSets << found;
    }
    if (!prefixes.isEmpty()) {
        IdSet found;
        found.select = QStringLiteral("SELECT rowid FROM requests_words WHERE requests_words MATCH ?");
        found.binds << prefixes.join(QStringLiteral(" AND "));
        idSets << found;
    }
    Condition c;
    c.terms = std::move(parts);
    c.binds = std::move(binds);
    c.idSets = std::move(idSets);
    return c;
}

Result<int> RequestInboxQuery::idSetSize(const IdSet &set, int atMost)
{
    const QString ids = set.repeats ? QStringLiteral("SELECT DISTINCT * FROM (%1) ids").arg(set.select) : set.select;
    SqlQuery q(m_db,
               atMost > 0 ? QStringLiteral("SELECT COUNT(*) FROM (%1 LIMIT ?) ids").arg(ids)
                          : QStringLiteral("SELECT COUNT(*) FROM (%1) ids").arg(ids));
    q.bindAll(set.binds);
    if (atMost > 0)
        q.bind(atMost);
    auto n = q.scalar();
    if (!n)
        return n.error();
    return n->toInt();
}

Result<int> RequestInboxQuery::count(const RequestInboxFilter &filter)
{
    auto where = condition(filter);
    if (!where)
        return where.error();
    return countWhere(*where);
}

Result<QVector<RequestSummary>> RequestInboxQuery::fetch(const RequestInboxFilter &filter, const Sort &sort, int offset,
                                                         int limit)
{
    auto where = condition(filter);
    if (!where)
        return where.error();
    return fetchPage(*where, sort, offset, limit, -1);
}

Result<RequestInboxQuery::FirstPage> RequestInboxQuery::fetchFirst(const RequestInboxFilter &filter, const Sort &sort,
                                                                   int limit)
{
    auto where = condition(filter);
    if (!where)
        return where.error();
    FirstPage first;
    auto total = countWhere(*where);
    if (!total)
        return total.error();
    first.total = *total;
    if (first.total == 0 || limit <= 0)
        return first;
    // Words or a topic alone: the count is the set's size, so fetchPage need not look again (two words: 30 ms).
    auto rows = fetchPage(*where, sort, 0, limit, where->onlyIdSet() ? first.total : -1);
    if (!rows)
        return rows.error();
    first.rows = std::move(rows).value();
    return first;
}

Result<int> RequestInboxQuery::countWhere(const Condition &where)
{
    // Words or a topic alone: counted without reading the requests (52,797 hits of "Oulu" in 2 ms, 126,457 requests
    // under child protection in 71 ms; looking each up in the table: 23 and 240 ms, 200,000 hits of "202" 190 ms).
    // Every id in the search index or a request's topics is a request's.
    if (where.onlyIdSet())
        return idSetSize(where.idSets.first());
    return PagedList(m_db, QStringLiteral("requests r"), QStringLiteral("r.id")).count(where.sql(), where.allBinds());
}

Result<QVector<RequestSummary>> RequestInboxQuery::fetchPage(const Condition &where, const Sort &sort, int offset,
                                                             int limit, int knownHits)
{
    if (offset < 0 || limit < 0)
        return Error(Error::Code::InvalidInput,
                     tr("A page of the request list cannot start or end before its first row."));
    if (limit == 0)
        return QVector<RequestSummary> {};
    // SQLite looks every id of a set (search hits, a topic's requests) up in the table and sorts them; for thousands
    // that reads thousands of wide rows ("Oulu", 52,797 hits: 170 ms; child protection, 126,457: 300 ms). In an order
    // an index keeps (received, reference) reading that index and checking each request against the sets stops
    // after the first page (30 and 63 ms), but reads all 200,000 entries when a set is small (a rare word: 27–86 ms
    // instead of 1–20). The smallest set's size, known or counted up to m_manyHits, decides.
    const bool indexedOrder = sort.key == SortKey::Received || sort.key == SortKey::Reference;
    IdPlan plan = IdPlan::LookUpIds;
    if (m_db.dialect().isSQLite() && !where.idSets.isEmpty() && indexedOrder) {
        int smallest = knownHits;
        for (qsizetype i = 0; smallest < 0 && i < where.idSets.size(); ++i) {
            auto probed = idSetSize(where.idSets.at(i), m_manyHits);
            if (!probed)
                return probed.error();
            if (*probed < m_manyHits)
                smallest = *probed;
        }
        if (smallest < 0 || smallest >= m_manyHits)
            plan = IdPlan::ScanInOrder;
    }
    auto ids = PagedList(m_db, QStringLiteral("requests r"), QStringLiteral("r.id"))
                   .pageIds(where.sql(plan), where.allBinds(), orderBy(sort), offset, limit);
    if (!ids)
        return ids.error();
    return load(*ids);
}

Result<int> RequestInboxQuery::positionOf(const RequestInboxFilter &filter, const Sort &sort, qint64 id)
{
    auto where = condition(filter);
    if (!where)
        return where.error();
    return PagedList(m_db, QStringLiteral("requests r"), QStringLiteral("r.id"))
        .positionOf(where->sql(), where->allBinds(), orderBy(sort), id);
}

Result<QVector<RequestSummary>> RequestInboxQuery::load(const QVector<qint64> &ids)
{
    QVector<RequestSummary> result(ids.size());
    QHash<qint64, qsizetype> index;
    for (qsizetype i = 0; i < ids.size(); ++i)
        index.insert(ids.at(i), i);

    for (qsizetype start = 0; start < ids.size(); start += kIdsPerStatement) {
        const QVector<qint64> chunk = ids.mid(start, kIdsPerStatement);
        QVariantList binds;
        for (qint64 id : chunk)
            binds << id;
        const QString in = SqlQuery::placeholders(chunk.size());
        SqlQuery q(m_db,
                   QStringLiteral("SELECT r.id, r.version, r.reference, r.received_on, r.title, r.requester_name, "
                                  "r.requester_unit, r.service_type, r.status, r.workers_needed, %1, %2 "
                                  "FROM requests r WHERE r.id IN (%3)")
                       .arg(kWorkDate, sortExpression(SortKey::Accepted), in));
        q.bindAll(binds);
        if (Status s = q.exec(); !s)
            return s.error();
        while (q.next()) {
            const auto it = index.constFind(q.value(0).toLongLong());
            if (it == index.constEnd())
                continue;
            RequestSummary &r = result[*it];
            r.id = q.value(0).toLongLong();
            r.version = q.value(1).toInt();
            r.reference = q.value(2).toString();
            r.receivedOn = SqlQuery::toDate(q.value(3));
            r.title = q.value(4).toString();
            r.requesterName = q.value(5).toString();
            r.requesterUnit = q.value(6).toString();
            r.serviceType = q.value(7).toString();
            r.status = requestStatusFromCode(q.value(8).toString()).value_or(RequestStatus::New);
            r.workersNeeded = q.value(9).toInt();
            r.workDate = SqlQuery::toDate(q.value(10));
            r.acceptedCount = q.value(11).toInt();
        }

        SqlQuery topics(m_db,
                        QStringLiteral("SELECT request_id, topic_id, weight FROM request_topics "
                                       "WHERE request_id IN (%1) "
                                       "ORDER BY request_id, CASE weight WHEN 'primary' THEN 0 ELSE 1 END, topic_id")
                            .arg(in));
        topics.bindAll(binds);
        if (Status s = topics.exec(); !s)
            return s.error();
        while (topics.next()) {
            const auto it = index.constFind(topics.value(0).toLongLong());
            if (it == index.constEnd())
                continue;
            RequestTopic t;
            t.topicId = topics.value(1).toLongLong();
            t.weight = topicWeightFromCode(topics.value(2).toString()).value_or(TopicWeight::Primary);
            result[*it].topics.append(t);
        }
    }
    // A request deleted between the two statements leaves a hole; drop it rather than show an empty line.
    result.erase(std::remove_if(result.begin(), result.end(), [](const RequestSummary &r) { return r.id == 0; }),
                 result.end());
    return result;
}

} // namespace Kohtaamo
