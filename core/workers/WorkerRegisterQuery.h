#pragma once

#include "WorkerRegisterFilter.h"
#include "WorkerSummary.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantList>
#include <QVector>

namespace Kohtaamo {

class Database;

// The worker register read from the database a page at a time: how many workers a filter leaves, and the summaries
// of one page of them in a chosen order. Filtering, sorting and paging happen in SQL with bound values, so a
// register of 50,000 workers costs what one page costs. Read-only; "today" is the Clock's, read at construction.
//
// The order is total: ties are broken by id in the same direction, so pages never overlap or skip a worker.
class WorkerRegisterQuery
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::WorkerRegisterQuery)
public:
    // At most this many ids in a filter: each is a bound value, and SQLite takes at most 32,766 per statement.
    static constexpr int kMaxIds = 30000;

    enum class SortKey { Name, Organisation, Title, Status, Region, Age };
    struct Sort
    {
        SortKey key = SortKey::Name;
        Qt::SortOrder order = Qt::AscendingOrder;
        friend bool operator==(const Sort &a, const Sort &b) { return a.key == b.key && a.order == b.order; }
    };

    explicit WorkerRegisterQuery(Database &db);

    Result<int> count(const WorkerRegisterFilter &filter);
    // Up to `limit` summaries from position `offset` (0-based) of the filtered, sorted workers.
    Result<QVector<WorkerSummary>> fetch(const WorkerRegisterFilter &filter, const Sort &sort, int offset, int limit);
    // Where worker `id` stands (0-based) among the filtered, sorted workers; -1 if the filter leaves it out.
    Result<int> positionOf(const WorkerRegisterFilter &filter, const Sort &sort, qint64 id);
    // The regions named in the register (home regions and regions covered) and the languages, for the filters.
    Result<QStringList> regions();
    Result<QStringList> languages();

private:
    struct Condition
    {
        QString sql; // " WHERE ..." or empty
        QVariantList binds;
    };
    Result<Condition> condition(const WorkerRegisterFilter &filter);
    QString orderBy(const Sort &sort) const;
    // A consent to be contacted that holds today, for worker w; `extra` narrows it further (no values spliced).
    QString validContact(const QString &extra, QVariantList &binds) const;
    Result<QVector<WorkerSummary>> load(const QVector<qint64> &ids);
    Result<QStringList> strings(const QString &sql);

    Database &m_db;
    QDate m_today;
};

} // namespace Kohtaamo
