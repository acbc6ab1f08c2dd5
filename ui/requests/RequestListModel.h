#pragma once

#include "common/Error.h"
#include "domain/ServiceType.h"
#include "domain/Topic.h"
#include "requests/RequestInboxFilter.h"
#include "requests/RequestInboxQuery.h"
#include "requests/RequestSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <optional>

namespace Kohtaamo {

class OfficeService;

// The request inbox as a table, read a page at a time: rowCount() is what has been fetched so far, and the view
// asks for more (canFetchMore/fetchMore) as the coordinator scrolls. Filtering and sorting are done by
// RequestInboxQuery in SQL, so a database of 200,000 requests never has more than the fetched pages in memory.
// Topic and service type names follow the UI language (retranslate()).
class RequestListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        Reference,
        Received,
        Title,
        Requester,
        Unit,
        Service,
        Status,
        WorkDate,
        Workers,
        Topics,
        ColumnCount
    };
    Q_ENUM(Column)

    static constexpr int kDefaultPageSize = 200;

    explicit RequestListModel(QObject *parent = nullptr);

    // Reads from db until another is set (nullptr = empty); starts again from the first page.
    void setOffice(OfficeService *office);
    OfficeService *office() const { return m_office; }

    void setFilter(const RequestInboxFilter &filter);
    const RequestInboxFilter &filter() const { return m_filter; }
    RequestInboxQuery::Sort sortOrder() const { return m_sort; }
    // The column a sort key is shown in, and back; Topics has no sort key (-1 / nullopt).
    static int columnOf(RequestInboxQuery::SortKey key);
    static std::optional<RequestInboxQuery::SortKey> sortKeyOf(int column);

    void setPageSize(int rows); // for tests; takes effect at the next fetch
    int pageSize() const { return m_pageSize; }

    // How many requests the filter leaves, fetched or not.
    int totalCount() const { return m_total; }
    // The last read's error; Code::None when it worked.
    const Error &lastError() const { return m_error; }

    // Reads the count and the rows again, as many as were fetched before (at least a page).
    void refresh();
    // Reloads the topic and service type names (after a language change or an edit of the taxonomy).
    void retranslate();

    qint64 requestId(int row) const;
    const RequestSummary *summary(int row) const;
    // The row of a fetched request; -1 if it is not fetched (yet).
    int rowOf(qint64 id) const;
    // Fetches pages until request `id` is fetched, if it is among the first `maxRows` the filter leaves; returns its
    // row, or -1 (filtered out, too far down, or an error).
    int fetchUntil(qint64 id, int maxRows);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    // Sorting is done by the database; sorting by Topics is ignored.
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    // After every read (a reload or more rows): totalCount() and lastError() are up to date.
    void loaded();

private:
    void reload(int rows);
    QVector<RequestSummary> readRows(int rows);
    void append(QVector<RequestSummary> rows);
    bool fetchRows(int rows);
    void loadNames();
    QString topicsText(const RequestSummary &r) const;
    QString topicsToolTip(const RequestSummary &r) const;
    QString workersText(const RequestSummary &r) const;

    OfficeService *m_office = nullptr;
    RequestInboxFilter m_filter;
    RequestInboxQuery::Sort m_sort;
    QString m_language;
    int m_pageSize = kDefaultPageSize;
    bool m_changing = false; // rows are being inserted or reset: no fetching meanwhile
    int m_total = 0;
    QVector<RequestSummary> m_rows;
    QHash<qint64, int> m_rowOfId;
    QHash<qint64, QString> m_topicNames;
    QHash<QString, QString> m_serviceTypeNames;
    Error m_error;
    bool m_fetchFailed = false;
};

} // namespace Kohtaamo
