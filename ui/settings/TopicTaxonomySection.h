#pragma once

#include "SettingsSection.h"
#include "domain/Topic.h"

#include <QVector>

class QLabel;
class QPushButton;
class QTreeView;

class QUndoStack;

namespace Kohtaamo {

class TopicEditForm;
class TopicTreeModel;

// The topic taxonomy editor: every topic in a tree (retired ones marked), a form for the chosen one, and buttons to
// add a subtopic or a topic beside the chosen one. Every write goes through TopicRepository (one transaction,
// audited, version-checked); when another coordinator changed the topic first nothing is overwritten and the
// section offers to reload. A retired topic stays on the records that have it and leaves the pickers.
class TopicTaxonomySection : public SettingsSection
{
    Q_OBJECT
public:
    explicit TopicTaxonomySection(QWidget *parent = nullptr);

    QString title() const override;
    void setDatabase(Database *db) override;

    // Reads the taxonomy again and shows the topic `selectId` (0 = keep the current one).
    void reload(qint64 selectId = 0);
    void select(qint64 topicId);
    qint64 currentTopicId() const;
    // Starts a new topic under the chosen one / beside it (at the top level when nothing is chosen).
    void addChild();
    void addSibling();

    const QVector<Topic> &topics() const { return m_topics; }
    // Saved edits of topics go on this stack (Edit ▸ Undo / Redo); nullptr = no undo.
    void setUndoStack(QUndoStack *stack) { m_undoStack = stack; }
    TopicTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    TopicEditForm *form() const { return m_form; }

signals:
    // The stored taxonomy changed: pickers should read it again.
    void taxonomyChanged();

protected:
    void retranslateUi() override;

private:
    void onCurrentChanged();
    void save(const Topic &topic);
    void startNew(qint64 parentId);
    QString language() const;

    Database *m_db = nullptr;
    QVector<Topic> m_topics;
    QUndoStack *m_undoStack = nullptr;
    TopicTreeModel *m_model = nullptr;
    QLabel *m_treeLabel = nullptr;
    QTreeView *m_tree = nullptr;
    QPushButton *m_addChild = nullptr;
    QPushButton *m_addSibling = nullptr;
    TopicEditForm *m_form = nullptr;
};

} // namespace Kohtaamo
