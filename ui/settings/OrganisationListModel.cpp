#include "OrganisationListModel.h"

#include "common/ItemRoles.h"

#include <QFont>

namespace Kohtaamo {

OrganisationListModel::OrganisationListModel(QObject *parent) : QAbstractTableModel(parent) { }

void OrganisationListModel::setOrganisations(const QVector<Organisation> &organisations)
{
    beginResetModel();
    m_organisations = organisations;
    endResetModel();
}

int OrganisationListModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_organisations.size(); ++i) {
        if (m_organisations.at(i).id == id)
            return i;
    }
    return -1;
}

const Organisation *OrganisationListModel::at(int row) const
{
    return row >= 0 && row < m_organisations.size() ? &m_organisations.at(row) : nullptr;
}

int OrganisationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_organisations.size());
}

int OrganisationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OrganisationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.parent().isValid())
        return {};
    const Organisation *o = at(index.row());
    if (!o)
        return {};
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return o->name;
        case ShortNameColumn:
            return o->shortName;
        case RegionColumn:
            return o->region;
        case StateColumn:
            return o->active ? tr("In use") : tr("Deactivated");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == StateColumn && !o->active)
            return tr("Kept on the records of its workers; not offered for new ones");
        return {};
    case Qt::FontRole:
        if (!o->active) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case ItemRoles::IdRole:
        return o->id;
    default:
        return {};
    }
}

QVariant OrganisationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case ShortNameColumn:
        return tr("Short name");
    case RegionColumn:
        return tr("Region");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace Kohtaamo
