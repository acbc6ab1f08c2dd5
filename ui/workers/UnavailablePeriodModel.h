#pragma once

#include "domain/UnavailablePeriod.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Kohtaamo {

// A worker's unavailable periods and recovery breaks being edited, in the order they were added or stored.
class UnavailablePeriodModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { From, To, Kind, Reason, ColumnCount };

    explicit UnavailablePeriodModel(QObject *parent = nullptr);

    void setPeriods(const QVector<UnavailablePeriod> &periods);
    const QVector<UnavailablePeriod> &periods() const { return m_periods; }
    int add(const UnavailablePeriod &period); // returns its row
    void remove(int row);
    void replace(int row, const UnavailablePeriod &period);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<UnavailablePeriod> m_periods;
};

} // namespace Kohtaamo
