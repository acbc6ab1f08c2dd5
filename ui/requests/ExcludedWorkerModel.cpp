#include "ExcludedWorkerModel.h"

#include "common/ItemRoles.h"

namespace Kohtaamo {

ExcludedWorkerModel::ExcludedWorkerModel(QObject *parent) : QAbstractTableModel(parent) { }

void ExcludedWorkerModel::setExcluded(const QVector<ExcludedWorker> &excluded)
{
    beginResetModel();
    m_excluded = excluded;
    m_chips.clear();
    for (const ExcludedWorker &w : m_excluded) {
        ChipList chips;
        for (const Exclusion &e : w.exclusions)
            chips.append({ e.text, Chip::Tone::Caution });
        m_chips.append(chips);
    }
    endResetModel();
}

int ExcludedWorkerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_excluded.size());
}

int ExcludedWorkerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ExcludedWorkerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ExcludedWorker &w = m_excluded.at(index.row());
    if (role == ItemRoles::IdRole)
        return w.workerId;
    if (index.column() == Worker && role == Qt::DisplayRole)
        return w.displayName;
    if (index.column() == Reasons) {
        const ChipList &chips = m_chips.at(index.row());
        if (role == ItemRoles::ChipsRole)
            return QVariant::fromValue(chips);
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return chipsAsText(chips);
        if (role == Qt::ToolTipRole)
            return chipsAsText(chips).replace(QStringLiteral("; "), QStringLiteral("\n"));
    }
    return {};
}

QVariant ExcludedWorkerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Worker:
        return tr("Experience worker");
    case Reasons:
        return tr("Why not");
    default:
        return {};
    }
}

} // namespace Kohtaamo
