#pragma once

#include "domain/WorkerExperience.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Kohtaamo {

class TopicTreeModel;

// A worker's experiences being edited: topic (its path in the taxonomy), perspective and note.
class WorkerExperienceModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { TopicColumn, PerspectiveColumn, NoteColumn, ColumnCount };

    explicit WorkerExperienceModel(const TopicTreeModel &taxonomy, QObject *parent = nullptr);

    void setExperiences(const QVector<WorkerExperience> &experiences);
    const QVector<WorkerExperience> &experiences() const { return m_experiences; }
    int add(const WorkerExperience &experience); // its row
    void remove(int row);
    void replace(int row, const WorkerExperience &experience);
    bool hasTopic(qint64 topicId) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const TopicTreeModel &m_taxonomy;
    QVector<WorkerExperience> m_experiences;
};

} // namespace Kohtaamo
