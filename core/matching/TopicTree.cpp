#include "TopicTree.h"

#include <algorithm>

namespace Kohtaamo {

TopicTree::TopicTree(QVector<Topic> topics) : m_topics(std::move(topics))
{
    std::stable_sort(m_topics.begin(), m_topics.end(), [](const Topic &a, const Topic &b) { return a.id < b.id; });
    m_index.reserve(m_topics.size());
    for (int i = 0; i < m_topics.size(); ++i)
        m_index.insert(m_topics.at(i).id, i);

    const auto n = static_cast<std::size_t>(m_topics.size());
    m_parent.assign(n, -1);
    m_depth.assign(n, 0);
    for (std::size_t i = 0; i < n; ++i) {
        const qint64 parentId = m_topics.at(static_cast<int>(i)).parentId;
        m_parent[i] = parentId > 0 ? m_index.value(parentId, -1) : -1;
    }
    // Break cycles so that every walk up the tree ends: after more steps than there are topics a walk is inside a
    // cycle, and the topic it stands on becomes top level.
    for (std::size_t i = 0; i < n; ++i) {
        for (;;) {
            int p = static_cast<int>(i);
            std::size_t steps = 0;
            while (p >= 0 && steps <= n) {
                p = m_parent[static_cast<std::size_t>(p)];
                ++steps;
            }
            if (p < 0)
                break;
            m_parent[static_cast<std::size_t>(p)] = -1;
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        int d = 0;
        for (int p = m_parent[i]; p >= 0; p = m_parent[static_cast<std::size_t>(p)])
            ++d;
        m_depth[i] = d;
    }
}

const Topic *TopicTree::find(qint64 topicId) const
{
    const int i = indexOf(topicId);
    return i < 0 ? nullptr : &m_topics.at(i);
}

bool TopicTree::isAncestor(int ancestor, int index) const
{
    if (ancestor < 0 || index < 0 || depth(ancestor) >= depth(index))
        return false;
    for (int p = parentIndex(index); p >= 0; p = parentIndex(p)) {
        if (p == ancestor)
            return true;
    }
    return false;
}

QVector<int> TopicTree::ancestors(int index) const
{
    QVector<int> result;
    for (int p = parentIndex(index); p >= 0; p = parentIndex(p))
        result.append(p);
    return result;
}

MatchLevel TopicTree::relation(int requested, int experience) const
{
    if (requested < 0 || experience < 0)
        return MatchLevel::None;
    if (requested == experience)
        return MatchLevel::Exact;
    if (isAncestor(requested, experience))
        return MatchLevel::Narrower;
    if (isAncestor(experience, requested))
        return MatchLevel::Broader;
    const int parent = parentIndex(requested);
    if (parent >= 0 && parent == parentIndex(experience))
        return MatchLevel::Sibling;
    return MatchLevel::None;
}

} // namespace Kohtaamo
