#pragma once

#include "SettingsSection.h"
#include "domain/Topic.h"

#include <QPointer>
#include <QVector>

class QLabel;
class QPushButton;
class QTreeView;

class QUndoStack;

namespace Kohtaamo {

class OfficeService;
struct OfficeChange;
class TopicEditForm;
class TopicTreeModel;

// The topic taxonomy editor: every topic in a tree (retired ones marked), a form for the chosen one, and buttons to
// add a subtopic or a topic beside the chosen one. Every write goes through the office service (one transaction,
// audited, version-checked; admins only: for others the form shows the topic and says why it cannot be changed);
// when another coordinator changed the topic first nothing is overwritten and the section offers to reload. The tree
// follows the service's changes, other coordinators' included; a form with unsaved changes is kept. A retired topic
// stays on the records that have it and leaves the pickers.
class TopicTaxonomySection : public SettingsSection
{
    Q_OBJECT
public:
    explicit TopicTaxonomySection(QWidget *parent = nullptr);

    QString title() const override;
    void setOffice(OfficeService *office) override;

    // Reads the taxonomy again and shows the topic `selectId` (0 = keep the current one, and unsaved changes).
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
    // The stored taxonomy changed (here, by an undo or by another coordinator): pickers should read it again.
    void taxonomyChanged();

protected:
    void retranslateUi() override;

private:
    void onCurrentChanged();
    void onChanged(const OfficeChange &change);
    void updateRights();
    void save(const Topic &topic);
    void startNew(qint64 parentId);
    QString language() const;

    QPointer<OfficeService> m_office; // the window may close the office first
    bool m_saving = false; // our own save: its change is shown by save() itself
    bool m_keepingForm = false; // reloading around a form with unsaved changes
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
