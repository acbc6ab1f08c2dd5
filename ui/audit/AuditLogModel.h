#pragma once

#include "audit/AuditFilter.h"
#include "audit/AuditLogEntry.h"

#include <QAbstractTableModel>
#include <QPointer>
#include <QVector>

namespace Kohtaamo {

class OfficeService;

// The audit log as a table (Settings ▸ Audit Log): the entries a filter leaves, newest first, read a page at a time
// through OfficeService::auditLog as the view scrolls (canFetchMore/fetchMore). Columns: when (office time), who,
// what was done in words, which record, and the changes summarised; the Changes column's tooltip and fullChanges()
// give them whole.
class AuditLogModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { WhenColumn, CoordinatorColumn, ActionColumn, RecordColumn, ChangesColumn, ColumnCount };
    static constexpr int kPageSize = 100;

    explicit AuditLogModel(QObject *parent = nullptr);

    // Reads the first page of `filter`'s entries through `office` (nullptr empties the list). An error (a refusal,
    // a bad filter) leaves the list empty and is kept in lastError().
    void load(OfficeService *office, const AuditFilter &filter);
    void reload();

    int totalCount() const { return m_total; }
    QString lastError() const { return m_error; }
    const AuditLogEntry &entry(int row) const { return m_entries.at(row); }
    QString fullChanges(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

private:
    QPointer<OfficeService> m_office;
    AuditFilter m_filter;
    QVector<AuditLogEntry> m_entries;
    int m_total = 0;
    QString m_error;
    bool m_busy = false; // a reset or an insertion is being announced
};

} // namespace Kohtaamo
