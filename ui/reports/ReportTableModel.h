#pragma once

#include "export/ExportTable.h"

#include <QAbstractTableModel>
#include <QLocale>

namespace Kohtaamo {

// One table of a funder's report for a QTableView: the cells as the printed report shows them (numbers in the UI
// language's locale, counts of 1 to 4 people as "< 5"), numbers right-aligned, the totals row bold.
class ReportTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit ReportTableModel(QObject *parent = nullptr);

    void setTable(const ExportTable &table, const QLocale &locale = QLocale());
    const ExportTable &table() const { return m_table; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    ExportTable m_table;
    QLocale m_locale;
};

} // namespace Kohtaamo
