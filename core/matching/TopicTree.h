#pragma once

#include "MatchLevel.h"
#include "domain/Topic.h"

#include <QHash>
#include <QVector>

#include <vector>

namespace Kohtaamo {

// The topic taxonomy indexed for matching: topics in dense positions 0..size()-1 (in id order), with parent, depth
// and ancestry precomputed. A parent that is missing or would make a cycle is treated as top level.
class TopicTree
{
public:
    TopicTree() = default;
    explicit TopicTree(QVector<Topic> topics);

    int size() const { return m_topics.size(); }
    int indexOf(qint64 topicId) const { return m_index.value(topicId, -1); }
    const Topic &at(int index) const { return m_topics.at(index); }
    const Topic *find(qint64 topicId) const;
    const QVector<Topic> &topics() const { return m_topics; }

    int parentIndex(int index) const { return m_parent[static_cast<std::size_t>(index)]; } // -1 = top level
    int depth(int index) const { return m_depth[static_cast<std::size_t>(index)]; } // 0 = top level
    bool isAncestor(int ancestor, int index) const; // strictly above
    QVector<int> ancestors(int index) const; // nearest first

    // How an experience topic meets a requested topic (both dense indexes).
    MatchLevel relation(int requested, int experience) const;

private:
    QVector<Topic> m_topics;
    QHash<qint64, int> m_index;
    std::vector<int> m_parent;
    std::vector<int> m_depth;
};

} // namespace Kohtaamo
