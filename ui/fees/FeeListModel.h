#pragma once

#include "fees/FeeRow.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Kohtaamo {

// The rows of "Fees to pay" as a table: one fee a row. Money columns sort by cents and dates by date
// (ItemRoles::SortRole); IdRole gives the engagement.
class FeeListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Worker, Organisation, Request, HeldOn, Fee, Travel, Total, State, Batch, Ceiling, ColumnCount };

    explicit FeeListModel(QObject *parent = nullptr);

    void setRows(const QVector<FeeRow> &rows);
    const QVector<FeeRow> &rows() const { return m_rows; }
    const FeeRow &row(int index) const { return m_rows.at(index); }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateName(FeeRow::State state);
    // "1 250,00 € of 2 000,00 €" (paid in the held date's year against the ceiling), empty without a ceiling.
    static QString ceilingText(const FeeRow &row);

private:
    QVector<FeeRow> m_rows;
};

} // namespace Kohtaamo
