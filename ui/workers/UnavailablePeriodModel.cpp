#include "UnavailablePeriodModel.h"
#include "common/DateTexts.h"

#include "WorkerTexts.h"

#include <QLocale>

namespace Kohtaamo {

UnavailablePeriodModel::UnavailablePeriodModel(QObject *parent) : QAbstractTableModel(parent) { }

void UnavailablePeriodModel::setPeriods(const QVector<UnavailablePeriod> &periods)
{
    beginResetModel();
    m_periods = periods;
    endResetModel();
}

int UnavailablePeriodModel::add(const UnavailablePeriod &period)
{
    const int row = int(m_periods.size());
    beginInsertRows({}, row, row);
    m_periods.append(period);
    endInsertRows();
    return row;
}

void UnavailablePeriodModel::remove(int row)
{
    if (row < 0 || row >= m_periods.size())
        return;
    beginRemoveRows({}, row, row);
    m_periods.removeAt(row);
    endRemoveRows();
}

void UnavailablePeriodModel::replace(int row, const UnavailablePeriod &period)
{
    if (row < 0 || row >= m_periods.size())
        return;
    m_periods[row] = period;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int UnavailablePeriodModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_periods.size());
}

int UnavailablePeriodModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UnavailablePeriodModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_periods.size() || role != Qt::DisplayRole)
        return {};
    const UnavailablePeriod &p = m_periods.at(index.row());
    switch (Column(index.column())) {
    case From:
        return DateTexts::shortText(p.starts);
    case To:
        return DateTexts::shortText(p.ends);
    case Kind:
        return WorkerTexts::unavailableKind(p.kind);
    case Reason:
        return p.reason;
    case ColumnCount:
        break;
    }
    return {};
}

QVariant UnavailablePeriodModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case From:
        return tr("From");
    case To:
        return tr("To");
    case Kind:
        return tr("Kind");
    case Reason:
        return tr("Reason");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Kohtaamo
