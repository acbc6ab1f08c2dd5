#pragma once

#include "common/Chip.h"
#include "matching/ExcludedWorker.h"

#include <QAbstractTableModel>

namespace Kohtaamo {

// The workers the hard rules keep out of a request's ranking, each with every reason that applied.
class ExcludedWorkerModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Worker, Reasons, ColumnCount };

    explicit ExcludedWorkerModel(QObject *parent = nullptr);

    void setExcluded(const QVector<ExcludedWorker> &excluded);
    const QVector<ExcludedWorker> &excluded() const { return m_excluded; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<ExcludedWorker> m_excluded;
    QVector<ChipList> m_chips;
};

} // namespace Kohtaamo
