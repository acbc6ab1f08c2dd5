#include "KnowledgePage.h"

#include "KnowledgeEntryEditor.h"
#include "KnowledgeEntryListModel.h"
#include "common/Clock.h"
#include "requests/UiLanguage.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QItemSelectionModel>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kohtaamo {

KnowledgePage::KnowledgePage(QWidget *parent) : QWidget(parent)
{
    setObjectName(QStringLiteral("knowledgePage"));
    m_model = new KnowledgeEntryListModel(this);

    m_label = new QLabel(this);
    m_view = new QListView(this);
    m_view->setObjectName(QStringLiteral("knowledgeList"));
    m_view->setModel(m_model);
    m_view->setWordWrap(true);
    m_view->setAlternatingRowColors(true);
    m_view->setUniformItemSizes(false);
    m_view->setSpacing(2);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_label->setBuddy(m_view);
    m_empty = new QLabel(this);
    m_empty->setWordWrap(true);

    m_add = new QPushButton(this);
    m_add->setObjectName(QStringLiteral("addKnowledge"));
    m_edit = new QPushButton(this);
    m_edit->setObjectName(QStringLiteral("editKnowledge"));
    m_remove = new QPushButton(this);
    m_remove->setObjectName(QStringLiteral("removeKnowledge"));
    m_removeNote = new QLabel(this);
    m_removeNote->setWordWrap(true);
    m_removeNote->setForegroundRole(QPalette::PlaceholderText);

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_add);
    buttons->addWidget(m_edit);
    buttons->addWidget(m_remove);
    buttons->addStretch(1);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_label);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_empty);
    layout->addLayout(buttons);
    layout->addWidget(m_removeNote);

    connect(m_add, &QPushButton::clicked, this, &KnowledgePage::addEntry);
    connect(m_edit, &QPushButton::clicked, this, &KnowledgePage::editCurrent);
    connect(m_remove, &QPushButton::clicked, this, &KnowledgePage::removeCurrent);
    connect(m_view, &QListView::activated, this, [this](const QModelIndex &index) { openEditorFor(index.row()); });
    connect(m_view->selectionModel(), &QItemSelectionModel::currentChanged, this, &KnowledgePage::updateButtons);
    for (auto signal : { &QAbstractItemModel::rowsInserted, &QAbstractItemModel::rowsRemoved })
        connect(m_model, signal, this, &KnowledgePage::updateButtons);
    connect(m_model, &QAbstractItemModel::modelReset, this, &KnowledgePage::updateButtons);
    connect(m_model, &QAbstractItemModel::dataChanged, this, &KnowledgePage::updateButtons);
    retranslateUi();
}

void KnowledgePage::setContext(qint64 requestId, const QVector<Topic> &taxonomy)
{
    m_requestId = requestId;
    m_taxonomy = taxonomy;
    QHash<qint64, QString> names;
    const QString language = uiLanguage();
    for (const Topic &t : taxonomy)
        names.insert(t.id, t.name(language));
    m_model->setTopicNames(names);
}

KnowledgeEntryEditor *KnowledgePage::openEditor() const
{
    return m_editor.data();
}

int KnowledgePage::currentRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void KnowledgePage::addEntry()
{
    openEditorFor(-1);
}

void KnowledgePage::editCurrent()
{
    if (currentRow() >= 0)
        openEditorFor(currentRow());
}

void KnowledgePage::openEditorFor(int row)
{
    if (m_editor)
        return;
    auto *editor = new KnowledgeEntryEditor(m_taxonomy, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (row >= 0) {
        editor->setEntry(m_model->entry(row));
    } else {
        KnowledgeEntry fresh;
        fresh.requestId = m_requestId;
        fresh.recordedOn = Clock::instance().today();
        editor->setEntry(fresh);
    }
    // The row is remembered by the entry it showed: rows do not move while the editor is open (it is modal).
    connect(editor, &QDialog::accepted, this, [this, editor, row] {
        KnowledgeEntry entry = editor->entry();
        entry.requestId = m_requestId;
        int target = row;
        if (row >= 0)
            m_model->replaceEntry(row, entry);
        else
            target = m_model->addEntry(entry);
        focusRow(target);
    });
    connect(editor, &QDialog::rejected, this, [this] { m_view->setFocus(Qt::OtherFocusReason); });
    // Closed means done, even before the editor is deleted: the next Add or Edit opens a new one.
    connect(editor, &QDialog::finished, this, [this] { m_editor.clear(); });
    m_editor = editor;
    editor->open();
}

void KnowledgePage::removeCurrent()
{
    const int row = currentRow();
    if (!m_model->removeEntry(row))
        return;
    focusRow(std::min(row, m_model->rowCount() - 1));
}

void KnowledgePage::focusRow(int row)
{
    if (row < 0 || row >= m_model->rowCount()) {
        m_add->setFocus(Qt::OtherFocusReason);
        return;
    }
    const QModelIndex index = m_model->index(row);
    m_view->setCurrentIndex(index);
    m_view->scrollTo(index);
    m_view->setFocus(Qt::OtherFocusReason);
}

void KnowledgePage::updateButtons()
{
    const int row = currentRow();
    m_edit->setEnabled(row >= 0);
    m_remove->setEnabled(m_model->canRemove(row));
    const bool none = m_model->rowCount() == 0;
    m_empty->setVisible(none);
    m_removeNote->setVisible(row >= 0 && !m_model->canRemove(row));
}

void KnowledgePage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        setContext(m_requestId, m_taxonomy);
    }
    QWidget::changeEvent(event);
}

void KnowledgePage::retranslateUi()
{
    m_label->setText(tr("&Knowledge from this meeting:"));
    m_view->setAccessibleName(tr("Knowledge from this meeting"));
    m_empty->setText(tr("Nothing recorded yet. Add what the workers' experience taught: one entry per point, "
                        "marked as a critical point where services failed people."));
    m_add->setText(tr("&Add…"));
    m_add->setAccessibleName(tr("Add knowledge"));
    m_edit->setText(tr("&Edit…"));
    m_edit->setAccessibleName(tr("Edit knowledge"));
    m_remove->setText(tr("Re&move"));
    m_remove->setAccessibleName(tr("Remove knowledge"));
    m_remove->setToolTip(tr("Removes an entry that has not been saved yet."));
    m_removeNote->setText(tr("This entry is saved. Saved knowledge can be changed but not removed."));
    updateButtons();
}

} // namespace Kohtaamo
