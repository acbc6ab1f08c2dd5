#pragma once

#include "RequestInboxFilter.h"
#include "RequestSummary.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariantList>
#include <QVector>

namespace Kohtaamo {

class Database;

// The request inbox read from the database a page at a time: how many requests a filter leaves, and the summaries
// of one page of them in a chosen order. Filtering, sorting and paging happen in SQL with bound values, so a list
// of 200,000 requests costs what one page costs. Read-only.
//
// The order is total: ties are broken by id in the same direction, so pages never overlap or skip a request.
// Requests without a value for the sort key (no service type, no work date yet) come last in ascending order and
// first in descending order.
class RequestInboxQuery
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::RequestInboxQuery)
public:
    // At most this many ids in a filter: each is a bound value, and SQLite takes at most 32,766 per statement.
    static constexpr int kMaxIds = 30000;

    enum class SortKey {
        Reference,
        Received,
        Title,
        Requester,
        Unit,
        ServiceType, // by the name in the query's language
        Status, // in workflow order (New, Tagged ... Closed, Cancelled)
        WorkDate,
        WorkersNeeded,
        Accepted,
    };
    struct Sort
    {
        SortKey key = SortKey::Received;
        Qt::SortOrder order = Qt::DescendingOrder;
        friend bool operator==(const Sort &a, const Sort &b) { return a.key == b.key && a.order == b.order; }
    };

    // language ("fi", "sv", "en") names the service types when sorting by them.
    explicit RequestInboxQuery(Database &db, const QString &language = QStringLiteral("en"));

    Result<int> count(const RequestInboxFilter &filter);
    // Up to `limit` summaries from position `offset` (0-based) of the filtered, sorted requests.
    Result<QVector<RequestSummary>> fetch(const RequestInboxFilter &filter, const Sort &sort, int offset, int limit);
    // How many requests the filter leaves and the first `limit` of them: what count and fetch give, in less time
    // (what one learns from the count chooses how to read the page).
    struct FirstPage
    {
        int total = 0;
        QVector<RequestSummary> rows;
    };
    Result<FirstPage> fetchFirst(const RequestInboxFilter &filter, const Sort &sort, int limit);
    // Where request `id` stands (0-based) among the filtered, sorted requests; -1 if the filter leaves it out or
    // there is no such request.
    Result<int> positionOf(const RequestInboxFilter &filter, const Sort &sort, qint64 id);

    // From this many requests in each of the filter's id sets on (the search words' hits, a topic's requests;
    // SQLite), a page in the order of received date or reference reads that order's index and checks each request
    // against the sets, instead of looking every id up (fetch). The result is the same either way; tests lower it to
    // read both ways.
    static constexpr int kManyHits = 2000;
    void setManyHits(int hits) { m_manyHits = hits; }

    // The topic and every topic under it, at any depth; empty if there is no such topic.
    Result<QVector<qint64>> topicSubtree(qint64 topicId);

private:
    // Requests named by a subquery: the search index's hits of the words, the requests tagged with a topic.
    struct IdSet
    {
        QString select; // "SELECT <request id> FROM …"
        QVariantList binds;
        bool repeats = false; // may name a request more than once
    };
    // How the id sets join the other terms: each id looked up in the table, or the table read in an index's order
    // with each request checked against the sets.
    enum class IdPlan { LookUpIds, ScanInOrder };
    struct Condition
    {
        QStringList terms; // joined by AND, the id sets not among them
        QVariantList binds; // the terms' values
        QVector<IdSet> idSets;
        bool onlyIdSet() const { return terms.isEmpty() && idSets.size() == 1; } // one id set and nothing else
        QString sql(IdPlan plan = IdPlan::LookUpIds) const; // " WHERE ..." or empty
        QVariantList allBinds() const; // for sql()
    };
    Result<Condition> condition(const RequestInboxFilter &filter);
    // How many requests the set names; with atMost > 0, counted up to that many.
    Result<int> idSetSize(const IdSet &set, int atMost = 0);
    Result<int> countWhere(const Condition &where);
    // knownHits: how many requests the condition's only id set names, if known (else -1).
    Result<QVector<RequestSummary>> fetchPage(const Condition &where, const Sort &sort, int offset, int limit,
                                              int knownHits);
    QString orderBy(const Sort &sort) const;
    QString sortExpression(SortKey key) const;
    Result<QVector<RequestSummary>> load(const QVector<qint64> &ids);

    Database &m_db;
    QString m_language;
    int m_manyHits = kManyHits;
};

} // namespace Kohtaamo
