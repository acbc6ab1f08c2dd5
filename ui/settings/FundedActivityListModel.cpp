#include "FundedActivityListModel.h"

#include "common/ItemRoles.h"

#include <QFont>

namespace Kohtaamo {

FundedActivityListModel::FundedActivityListModel(QObject *parent) : QAbstractTableModel(parent) { }

void FundedActivityListModel::setActivities(const QVector<FundedActivity> &activities,
                                            const QHash<qint64, QString> &organisationNames)
{
    beginResetModel();
    m_activities = activities;
    m_organisationNames = organisationNames;
    endResetModel();
}

int FundedActivityListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_activities.size(); ++i) {
        if (m_activities.at(i).id == id)
            return i;
    }
    return -1;
}

const FundedActivity *FundedActivityListModel::at(int row) const
{
    return row >= 0 && row < m_activities.size() ? &m_activities.at(row) : nullptr;
}

int FundedActivityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_activities.size());
}

int FundedActivityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FundedActivityListModel::yearsText(const FundedActivity &a)
{
    if (a.firstYear != 0 && a.lastYear != 0)
        return QStringLiteral("%1–%2").arg(a.firstYear).arg(a.lastYear);
    if (a.firstYear != 0)
        return tr("from %1").arg(a.firstYear);
    if (a.lastYear != 0)
        return tr("until %1").arg(a.lastYear);
    return {};
}

QVariant FundedActivityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.parent().isValid())
        return {};
    const FundedActivity *a = at(index.row());
    if (!a)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return a->name;
        case FunderColumn:
            return a->funder;
        case OrganisationColumn:
            return a->organisationId == 0 ? tr("The whole office") : m_organisationNames.value(a->organisationId);
        case YearsColumn:
            return yearsText(*a);
        case StateColumn:
            return a->active ? tr("In use") : tr("Deactivated");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !a->active)
            return tr("Kept on the requests that belong to it; not offered for new ones");
        return {};
    case Qt::FontRole:
        if (!a->active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ItemRoles::IdRole:
        return a->id;
    default:
        return {};
    }
}

QVariant FundedActivityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case FunderColumn:
        return tr("Funder");
    case OrganisationColumn:
        return tr("Organisation");
    case YearsColumn:
        return tr("Years");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace Kohtaamo
