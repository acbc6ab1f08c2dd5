#pragma once

#include "domain/KnowledgeEntry.h"
#include "domain/Topic.h"

#include <QDialog>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSortFilterProxyModel;
class QTreeView;

namespace Kohtaamo {

class TopicTreeModel;

// Adds or edits one piece of experience knowledge: what was learned, when it was recorded, the topics (chosen from
// the taxonomy in the UI language; retired topics are not offered, but an entry keeps those it already has), the
// phase of the life course it concerns, and whether it is a critical point — where services fail people.
// OK checks the entry with the core's rules; a problem is shown and the focus goes to the field.
class KnowledgeEntryEditor : public QDialog
{
    Q_OBJECT
public:
    // `taxonomy`: every topic, retired ones included (for the names of those an entry already has).
    explicit KnowledgeEntryEditor(const QVector<Topic> &taxonomy, QWidget *parent = nullptr);
    ~KnowledgeEntryEditor() override;

    void setEntry(const KnowledgeEntry &entry);
    KnowledgeEntry entry() const;

    void accept() override;

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateKeptTopics();

    KnowledgeEntry m_entry;
    QVector<qint64> m_keptTopics; // retired topics the entry had; not offered, not dropped
    TopicTreeModel *m_topics = nullptr;
    QSortFilterProxyModel *m_filterModel = nullptr;

    QLabel *m_textLabel = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_recordedLabel = nullptr;
    QDateEdit *m_recordedOn = nullptr;
    QLabel *m_phaseLabel = nullptr;
    QComboBox *m_phase = nullptr;
    QCheckBox *m_critical = nullptr;
    QLabel *m_filterLabel = nullptr;
    QLineEdit *m_filter = nullptr;
    QLabel *m_topicsLabel = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_kept = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace Kohtaamo
