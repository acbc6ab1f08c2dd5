#pragma once

#include "common/Chip.h"
#include "common/Error.h"
#include "workers/WorkerRegisterFilter.h"
#include "workers/WorkerRegisterQuery.h"
#include "workers/WorkerSummary.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

#include <optional>

namespace Kohtaamo {

class OfficeService;

// The worker register as a table, read a page at a time as the view scrolls (canFetchMore/fetchMore) through the
// office service; filtering and sorting happen in SQL (WorkerRegisterQuery), so 50,000 workers cost what the fetched
// pages cost. The Marks
// column carries chips (ItemRoles::ChipsRole): minor, recovery break, monthly limit, left the activity.
class WorkerListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Name, Marks, Organisation, Title, Status, Region, Age, Languages, Consent, ColumnCount };
    Q_ENUM(Column)

    explicit WorkerListModel(QObject *parent = nullptr);

    void setOffice(OfficeService *office);
    void setFilter(const WorkerRegisterFilter &filter);
    const WorkerRegisterFilter &filter() const { return m_filter; }
    WorkerRegisterQuery::Sort sortOrder() const { return m_sort; }
    static int columnOf(WorkerRegisterQuery::SortKey key);
    static std::optional<WorkerRegisterQuery::SortKey> sortKeyOf(int column);

    void setPageSize(int rows) { m_pageSize = std::max(1, rows); }
    int pageSize() const { return m_pageSize; }
    int totalCount() const { return m_total; }
    const Error &lastError() const { return m_error; }

    // Reads the count and as many rows as were fetched before again.
    void refresh();
    const WorkerSummary *summary(int row) const;
    qint64 workerId(int row) const;
    int rowOf(qint64 id) const { return m_rowOfId.value(id, -1); }
    // Fetches whole pages until worker `id` is in, if it is among the first `maxRows`; its row or -1.
    int fetchUntil(qint64 id, int maxRows);
    // The chips of the Marks column, for a summary (also the accessible text of the cell).
    static ChipList marksOf(const WorkerSummary &w);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;
    void sort(int column, Qt::SortOrder order = Qt::AscendingOrder) override;

signals:
    void loaded();

private:
    void reload(int rows);
    bool appendPage(int rows, bool insideReset);
    QString consentText(const WorkerSummary &w) const;

    OfficeService *m_office = nullptr;
    WorkerRegisterFilter m_filter;
    WorkerRegisterQuery::Sort m_sort;
    int m_pageSize = 200;
    int m_total = 0;
    QVector<WorkerSummary> m_rows;
    QHash<qint64, int> m_rowOfId;
    Error m_error;
    bool m_failed = false;
    bool m_changing = false;
};

} // namespace Kohtaamo
