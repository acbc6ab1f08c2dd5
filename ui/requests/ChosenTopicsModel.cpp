#include "ChosenTopicsModel.h"

#include "TopicTreeModel.h"

#include <algorithm>

namespace Kohtaamo {

ChosenTopicsModel::ChosenTopicsModel(const TopicTreeModel &taxonomy, QObject *parent)
    : QAbstractTableModel(parent), m_taxonomy(taxonomy)
{
    // Names follow the taxonomy's language.
    connect(&taxonomy, &QAbstractItemModel::modelReset, this, [this] {
        if (!m_topics.isEmpty())
            emit dataChanged(index(0, 0), index(rowCount() - 1, ColumnCount - 1));
    });
    connect(&taxonomy, &QAbstractItemModel::dataChanged, this,
            [this](const QModelIndex &, const QModelIndex &, const QList<int> &roles) {
                if (!m_topics.isEmpty() && (roles.isEmpty() || roles.contains(Qt::DisplayRole)))
                    emit dataChanged(index(0, TopicColumn), index(rowCount() - 1, TopicColumn));
            });
}

QString ChosenTopicsModel::weightName(TopicWeight weight)
{
    return weight == TopicWeight::Primary ? tr("Primary") : tr("Secondary");
}

void ChosenTopicsModel::setTopics(const QVector<RequestTopic> &topics)
{
    beginResetModel();
    m_topics.clear();
    for (const RequestTopic &t : topics) {
        if (rowOf(t.topicId) < 0)
            m_topics.append(t);
    }
    endResetModel();
}

int ChosenTopicsModel::rowOf(qint64 topicId) const
{
    for (int i = 0; i < m_topics.size(); ++i) {
        if (m_topics.at(i).topicId == topicId)
            return i;
    }
    return -1;
}

bool ChosenTopicsModel::hasPrimary() const
{
    return std::any_of(m_topics.cbegin(), m_topics.cend(),
                       [](const RequestTopic &t) { return t.weight == TopicWeight::Primary; });
}

int ChosenTopicsModel::add(const RequestTopic &topic)
{
    if (const int row = rowOf(topic.topicId); row >= 0)
        return row;
    const int row = int(m_topics.size());
    beginInsertRows({}, row, row);
    m_topics.append(topic);
    endInsertRows();
    return row;
}

void ChosenTopicsModel::remove(qint64 topicId)
{
    const int row = rowOf(topicId);
    if (row < 0)
        return;
    beginRemoveRows({}, row, row);
    m_topics.removeAt(row);
    endRemoveRows();
}

void ChosenTopicsModel::setWeight(int row, TopicWeight weight)
{
    if (row < 0 || row >= m_topics.size() || m_topics.at(row).weight == weight)
        return;
    m_topics[row].weight = weight;
    emit dataChanged(index(row, TopicColumn), index(row, WeightColumn));
}

int ChosenTopicsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_topics.size());
}

int ChosenTopicsModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ChosenTopicsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const RequestTopic &t = m_topics.at(index.row());
    const bool retired = m_taxonomy.isRetired(t.topicId);
    switch (role) {
    case Qt::DisplayRole:
        if (index.column() == WeightColumn)
            return weightName(t.weight);
        // The path: several topics share a name ("Young people" under substance abuse and mental health).
        return retired ? tr("%1 (retired)").arg(m_taxonomy.path(t.topicId)) : m_taxonomy.path(t.topicId);
    case Qt::ToolTipRole:
        return retired ? tr("No longer offered for tagging; it stays on the request until removed.") : QVariant();
    case Qt::AccessibleTextRole:
        // One sentence per row, so a screen reader says the weight with the topic.
        return tr("%1, %2").arg(m_taxonomy.path(t.topicId), weightName(t.weight).toLower());
    case TopicIdRole:
        return t.topicId;
    default:
        return {};
    }
}

QVariant ChosenTopicsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case TopicColumn:
        return tr("Topic");
    case WeightColumn:
        return tr("Weight");
    default:
        return {};
    }
}

} // namespace Kohtaamo
