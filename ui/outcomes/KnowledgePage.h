#pragma once

#include "domain/Topic.h"

#include <QPointer>
#include <QWidget>

class QLabel;
class QListView;
class QPushButton;

namespace Kohtaamo {

class KnowledgeEntryEditor;
class KnowledgeEntryListModel;

// The "Experience knowledge" tab: what the meeting taught, as a list of entries with their life-course phase,
// topics and critical-point mark. Add and Edit open a KnowledgeEntryEditor (window-modal); Remove takes away an
// entry that has not been saved yet. Saved entries cannot be removed, because the core keeps experience knowledge
// once recorded; the page says so.
class KnowledgePage : public QWidget
{
    Q_OBJECT
public:
    explicit KnowledgePage(QWidget *parent = nullptr);

    // The request new entries belong to, and the taxonomy (retired topics included) for the editor and the names.
    void setContext(qint64 requestId, const QVector<Topic> &taxonomy);

    KnowledgeEntryListModel *model() const { return m_model; }
    QListView *view() const { return m_view; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *removeButton() const { return m_remove; }
    // The editor while one is open (for tests and for the dialog to finish it), else nullptr.
    KnowledgeEntryEditor *openEditor() const;

    void addEntry();
    void editCurrent();
    void removeCurrent();
    void focusRow(int row);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void updateButtons();
    int currentRow() const;
    void openEditorFor(int row);

    qint64 m_requestId = 0;
    QVector<Topic> m_taxonomy;
    KnowledgeEntryListModel *m_model = nullptr;
    QPointer<KnowledgeEntryEditor> m_editor;

    QLabel *m_label = nullptr;
    QListView *m_view = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_remove = nullptr;
    QLabel *m_removeNote = nullptr;
};

} // namespace Kohtaamo
