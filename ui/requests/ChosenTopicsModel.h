#pragma once

#include "domain/Request.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Kohtaamo {

class TopicTreeModel;

// The topics a request is tagged with, in the order they were chosen, each with its weight. Names and paths come
// from the taxonomy model, in its language.
class ChosenTopicsModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TopicColumn, WeightColumn, ColumnCount };
    enum Role { TopicIdRole = Qt::UserRole + 1 };

    explicit ChosenTopicsModel(const TopicTreeModel &taxonomy, QObject *parent = nullptr);

    void setTopics(const QVector<RequestTopic> &topics);
    QVector<RequestTopic> topics() const { return m_topics; }

    int rowOf(qint64 topicId) const; // -1 when not chosen
    bool contains(qint64 topicId) const { return rowOf(topicId) >= 0; }
    bool hasPrimary() const;
    // Adds at the end; a topic already chosen keeps its place and weight. Returns its row.
    int add(const RequestTopic &topic);
    void remove(qint64 topicId);
    void setWeight(int row, TopicWeight weight);

    static QString weightName(TopicWeight weight);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const TopicTreeModel &m_taxonomy;
    QVector<RequestTopic> m_topics;
};

} // namespace Kohtaamo
