#pragma once

#include "WorkerFormPart.h"
#include "domain/Topic.h"

class QComboBox;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;
class QTreeView;

namespace Kohtaamo {

class TopicTreeModel;
class WorkerExperienceModel;

// What the worker can speak from: topics of the taxonomy, each lived from a perspective, with a note. The taxonomy is
// a tree with a type-ahead filter (as in the request editor); checking a topic adds it as an experience from the
// perspective chosen below, "Add" adds the highlighted topic again from another perspective, unchecking removes it.
class WorkerExperiencesForm : public WorkerFormPart
{
    Q_OBJECT
public:
    explicit WorkerExperiencesForm(FieldProblems &problems, QWidget *parent = nullptr);
    ~WorkerExperiencesForm() override;

    void setTaxonomy(const QVector<Topic> &topics);
    void applyTo(Worker &worker) const override;
    WorkerExperienceModel *experienceModel() const { return m_experiences; }
    TopicTreeModel *taxonomy() const { return m_taxonomy; }

protected:
    void fill(const Worker &worker) override;

private:
    void addCurrentTopic();
    void addTopic(qint64 topicId);
    void onCheckToggled(qint64 topicId, bool checked);
    void removeSelected();
    void showSelected();
    void editSelected();
    void syncChecks();
    int selectedRow() const;

    TopicTreeModel *m_taxonomy = nullptr;
    QSortFilterProxyModel *m_filterModel = nullptr;
    WorkerExperienceModel *m_experiences = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeView *m_tree = nullptr;
    QComboBox *m_newPerspective = nullptr;
    QPushButton *m_add = nullptr;
    QTableView *m_view = nullptr;
    QComboBox *m_perspective = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_remove = nullptr;
    bool m_showing = false;
};

} // namespace Kohtaamo
