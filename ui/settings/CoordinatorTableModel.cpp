#include "CoordinatorTableModel.h"

#include "common/ItemRoles.h"

#include <QFont>

namespace Kohtaamo {

CoordinatorTableModel::CoordinatorTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void CoordinatorTableModel::setCoordinators(const QVector<Coordinator> &coordinators,
                                            const QVector<Organisation> &organisations, qint64 actingId)
{
    beginResetModel();
    m_coordinators = coordinators;
    m_organisationNames.clear();
    for (const Organisation &o : organisations)
        m_organisationNames.insert(o.id, o.name);
    m_actingId = actingId;
    endResetModel();
}

int CoordinatorTableModel::rowOf(qint64 id) const
{
    for (int i = 0; i < m_coordinators.size(); ++i) {
        if (m_coordinators.at(i).id == id)
            return i;
    }
    return -1;
}

const Coordinator *CoordinatorTableModel::at(int row) const
{
    return row >= 0 && row < m_coordinators.size() ? &m_coordinators.at(row) : nullptr;
}

void CoordinatorTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_coordinators.isEmpty())
        emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
}

QString CoordinatorTableModel::organisationName(qint64 id) const
{
    return id == 0 ? QString() : m_organisationNames.value(id, tr("Organisation #%1").arg(id));
}

QString CoordinatorTableModel::roleName(CoordinatorRole role)
{
    switch (role) {
    case CoordinatorRole::Admin:
        return tr("Admin");
    case CoordinatorRole::Coordinator:
        return tr("Coordinator");
    case CoordinatorRole::Viewer:
        return tr("Viewer");
    }
    return {};
}

int CoordinatorTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_coordinators.size());
}

int CoordinatorTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CoordinatorTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.model() != this || index.parent().isValid())
        return {};
    const Coordinator *c = at(index.row());
    if (!c)
        return {};
    const bool you = c->id != 0 && c->id == m_actingId;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case NameColumn:
            return you ? tr("%1 (you)").arg(c->displayName) : c->displayName;
        case LoginColumn:
            return c->username;
        case EmailColumn:
            return c->email;
        case OrganisationColumn:
            return organisationName(c->organisationId);
        case RoleColumn:
            return roleName(c->role);
        case StateColumn:
            return c->active ? tr("Active") : tr("Inactive");
        default:
            return {};
        }
    case Qt::ToolTipRole:
        if (index.column() == NameColumn && you)
            return tr("You: what you record is recorded under this name");
        if (index.column() == StateColumn && !c->active)
            return tr("Never deleted: kept on the records made under this name");
        return {};
    case Qt::FontRole:
        if (you || !c->active) {
            QFont font;
            font.setBold(you);
            font.setItalic(!c->active);
            return font;
        }
        return {};
    case ItemRoles::IdRole:
        return c->id;
    default:
        return {};
    }
}

QVariant CoordinatorTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Name");
    case LoginColumn:
        return tr("Login");
    case EmailColumn:
        return tr("E-mail");
    case OrganisationColumn:
        return tr("Organisation");
    case RoleColumn:
        return tr("Role");
    case StateColumn:
        return tr("State");
    default:
        return {};
    }
}

} // namespace Kohtaamo
