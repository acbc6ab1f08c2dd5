#include "TopicTreeModel.h"

#include <QFont>

#include <algorithm>
#include <functional>

namespace Kohtaamo {

TopicTreeModel::TopicTreeModel(QObject *parent) : QAbstractItemModel(parent) { }

void TopicTreeModel::setTopics(const QVector<Topic> &topics, const QString &language)
{
    beginResetModel();
    m_language = language;
    m_all.clear();
    m_nodes.clear();
    m_roots.clear();
    m_nodeOf.clear();
    QHash<qint64, QVector<qint64>> childrenOf;
    for (const Topic &t : topics) {
        m_all.insert(t.id, t);
        childrenOf[t.parentId].append(t.id);
    }
    for (auto &ids : childrenOf) {
        std::sort(ids.begin(), ids.end(), [this](qint64 a, qint64 b) {
            const Topic &ta = *m_all.constFind(a);
            const Topic &tb = *m_all.constFind(b);
            return ta.sortOrder != tb.sortOrder ? ta.sortOrder < tb.sortOrder : a < b;
        });
    }
    // A topic is in the tree when it is offered or leads to one that is.
    QHash<qint64, bool> shown;
    const std::function<bool(qint64)> isShown = [&](qint64 id) {
        const auto known = shown.constFind(id);
        if (known != shown.constEnd())
            return *known;
        shown.insert(id, false); // guards against a cycle in damaged data
        bool result = m_mode == Mode::Editing || !m_all.constFind(id)->retired;
        for (qint64 child : childrenOf.value(id))
            result = isShown(child) || result;
        shown.insert(id, result);
        return result;
    };
    const std::function<void(qint64, int)> addChildren = [&](qint64 parentId, int parentNode) {
        for (qint64 id : childrenOf.value(parentId)) {
            if (!isShown(id) || m_nodeOf.contains(id))
                continue;
            Node n;
            n.topicId = id;
            n.parent = parentNode;
            QVector<int> &siblings = parentNode < 0 ? m_roots : m_nodes[parentNode].children;
            n.row = int(siblings.size());
            const int index = int(m_nodes.size());
            siblings.append(index);
            m_nodes.append(n);
            m_nodeOf.insert(id, index);
            addChildren(id, index);
        }
    };
    addChildren(0, -1);
    // Topics whose parent is missing would otherwise vanish: they go to the top level.
    for (const Topic &t : topics) {
        if (t.parentId != 0 && !m_all.contains(t.parentId) && !m_nodeOf.contains(t.id) && isShown(t.id)) {
            Node n;
            n.topicId = t.id;
            n.row = int(m_roots.size());
            m_roots.append(int(m_nodes.size()));
            m_nodeOf.insert(t.id, int(m_nodes.size()));
            m_nodes.append(n);
            addChildren(t.id, int(m_nodes.size()) - 1);
        }
    }
    for (auto it = m_checked.begin(); it != m_checked.end();) {
        it = isOffered(*it) ? std::next(it) : m_checked.erase(it);
    }
    endResetModel();
}

void TopicTreeModel::setLanguage(const QString &language)
{
    if (language == m_language)
        return;
    m_language = language;
    // Names and paths change everywhere; the structure stays.
    const std::function<void(const QModelIndex &)> notify = [&](const QModelIndex &parentIndex) {
        const int rows = rowCount(parentIndex);
        if (rows == 0)
            return;
        emit dataChanged(index(0, 0, parentIndex), index(rows - 1, 0, parentIndex),
                         { Qt::DisplayRole, Qt::ToolTipRole, PathRole });
        for (int r = 0; r < rows; ++r)
            notify(index(r, 0, parentIndex));
    };
    notify(QModelIndex());
}

void TopicTreeModel::setChecked(const QSet<qint64> &topicIds)
{
    QSet<qint64> wanted;
    for (qint64 id : topicIds) {
        if (isOffered(id))
            wanted.insert(id);
    }
    const QSet<qint64> changed = (wanted - m_checked) + (m_checked - wanted);
    m_checked = wanted;
    for (qint64 id : changed) {
        const QModelIndex i = indexOf(id);
        emit dataChanged(i, i, { Qt::CheckStateRole });
    }
}

bool TopicTreeModel::isOffered(qint64 topicId) const
{
    return m_nodeOf.contains(topicId) && !m_all.value(topicId).retired;
}

bool TopicTreeModel::isRetired(qint64 topicId) const
{
    return m_all.value(topicId).retired;
}

QString TopicTreeModel::name(qint64 topicId) const
{
    const auto it = m_all.constFind(topicId);
    if (it == m_all.constEnd())
        return tr("Topic #%1").arg(topicId);
    return it->name(m_language);
}

QString TopicTreeModel::path(qint64 topicId) const
{
    QStringList parts;
    QSet<qint64> seen;
    for (qint64 id = topicId; id != 0 && m_all.contains(id) && !seen.contains(id); id = m_all.value(id).parentId) {
        seen.insert(id);
        parts.prepend(m_all.value(id).name(m_language));
    }
    if (parts.isEmpty())
        return name(topicId);
    return parts.join(QStringLiteral(" › "));
}

QModelIndex TopicTreeModel::indexOf(qint64 topicId) const
{
    const auto it = m_nodeOf.constFind(topicId);
    return it == m_nodeOf.constEnd() ? QModelIndex() : indexOfNode(*it);
}

const TopicTreeModel::Node *TopicTreeModel::node(const QModelIndex &index) const
{
    if (!index.isValid() || index.model() != this)
        return nullptr;
    const auto i = qsizetype(index.internalId());
    return i >= 0 && i < m_nodes.size() ? &m_nodes.at(i) : nullptr;
}

QModelIndex TopicTreeModel::indexOfNode(int nodeIndex) const
{
    return createIndex(m_nodes.at(nodeIndex).row, 0, quintptr(nodeIndex));
}

QModelIndex TopicTreeModel::index(int row, int column, const QModelIndex &parent) const
{
    if (column != 0 || row < 0)
        return {};
    if (!parent.isValid())
        return row < m_roots.size() ? createIndex(row, 0, quintptr(m_roots.at(row))) : QModelIndex();
    const Node *p = node(parent);
    if (!p || row >= p->children.size())
        return {};
    return createIndex(row, 0, quintptr(p->children.at(row)));
}

QModelIndex TopicTreeModel::parent(const QModelIndex &child) const
{
    const Node *n = node(child);
    if (!n || n->parent < 0)
        return {};
    return indexOfNode(n->parent);
}

int TopicTreeModel::rowCount(const QModelIndex &parent) const
{
    if (!parent.isValid())
        return int(m_roots.size());
    if (parent.column() != 0)
        return 0;
    const Node *p = node(parent);
    return p ? int(p->children.size()) : 0;
}

int TopicTreeModel::columnCount(const QModelIndex &) const
{
    return 1;
}

QVariant TopicTreeModel::data(const QModelIndex &index, int role) const
{
    const Node *n = node(index);
    if (!n)
        return {};
    const Topic &t = *m_all.constFind(n->topicId);
    switch (role) {
    case Qt::DisplayRole:
        if (m_mode == Mode::Editing && t.retired)
            return tr("%1 (retired)").arg(t.name(m_language));
        return t.name(m_language);
    case Qt::ToolTipRole:
        return t.retired ? tr("%1 (no longer offered for tagging)").arg(path(t.id)) : path(t.id);
    case Qt::AccessibleDescriptionRole:
        return t.retired ? tr("No longer offered for tagging") : QVariant();
    case Qt::CheckStateRole:
        if (t.retired || m_mode == Mode::Editing)
            return {};
        return m_checked.contains(t.id) ? Qt::Checked : Qt::Unchecked;
    case Qt::FontRole:
        if (t.retired) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case TopicIdRole:
        return t.id;
    case PathRole:
        return path(t.id);
    case RetiredRole:
        return t.retired;
    default:
        return {};
    }
}

bool TopicTreeModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const Node *n = node(index);
    if (!n || role != Qt::CheckStateRole || m_mode == Mode::Editing || !isOffered(n->topicId))
        return false;
    const bool on = value.toInt() == Qt::Checked;
    if (on == m_checked.contains(n->topicId))
        return true;
    const qint64 id = n->topicId;
    if (on)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index, index, { Qt::CheckStateRole });
    emit checkToggled(id, on);
    return true;
}

Qt::ItemFlags TopicTreeModel::flags(const QModelIndex &index) const
{
    const Node *n = node(index);
    if (!n)
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_mode == Mode::Tagging && !m_all.constFind(n->topicId)->retired)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

} // namespace Kohtaamo
