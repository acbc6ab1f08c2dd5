#include "WorkerExperienceModel.h"

#include "WorkerTexts.h"
#include "requests/TopicTreeModel.h"

#include <algorithm>

namespace Kohtaamo {

WorkerExperienceModel::WorkerExperienceModel(const TopicTreeModel &taxonomy, QObject *parent)
    : QAbstractTableModel(parent), m_taxonomy(taxonomy)
{
}

void WorkerExperienceModel::setExperiences(const QVector<WorkerExperience> &experiences)
{
    beginResetModel();
    m_experiences = experiences;
    endResetModel();
}

int WorkerExperienceModel::add(const WorkerExperience &experience)
{
    const int row = int(m_experiences.size());
    beginInsertRows({}, row, row);
    m_experiences.append(experience);
    endInsertRows();
    return row;
}

void WorkerExperienceModel::remove(int row)
{
    if (row < 0 || row >= m_experiences.size())
        return;
    beginRemoveRows({}, row, row);
    m_experiences.removeAt(row);
    endRemoveRows();
}

void WorkerExperienceModel::replace(int row, const WorkerExperience &experience)
{
    if (row < 0 || row >= m_experiences.size())
        return;
    m_experiences[row] = experience;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

bool WorkerExperienceModel::hasTopic(qint64 topicId) const
{
    return std::any_of(m_experiences.cbegin(), m_experiences.cend(),
                       [topicId](const WorkerExperience &e) { return e.topicId == topicId; });
}

int WorkerExperienceModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_experiences.size());
}

int WorkerExperienceModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkerExperienceModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_experiences.size())
        return {};
    const WorkerExperience &e = m_experiences.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case TopicColumn:
            return m_taxonomy.name(e.topicId);
        case PerspectiveColumn:
            return WorkerTexts::perspective(e.perspective);
        case NoteColumn:
            return e.note;
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && index.column() == TopicColumn)
        return m_taxonomy.path(e.topicId);
    return {};
}

QVariant WorkerExperienceModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case TopicColumn:
        return tr("Experience of");
    case PerspectiveColumn:
        return tr("Lived");
    case NoteColumn:
        return tr("Note");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Kohtaamo
