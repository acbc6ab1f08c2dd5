#include "TopicTaxonomySection.h"

#include "SectionMessage.h"
#include "TopicEditForm.h"
#include "common/Translations.h"
#include "office/OfficeService.h"
#include "requests/TopicTreeModel.h"
#include "undo/SettingsUndo.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QScopedValueRollback>
#include <QScrollArea>
#include <QTreeView>
#include <QUndoStack>
#include <QVBoxLayout>

#include <algorithm>

namespace Kohtaamo {

TopicTaxonomySection::TopicTaxonomySection(QWidget *parent) : SettingsSection(parent)
{
    auto *layout = new QHBoxLayout(body());
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(16);

    auto *left = new QVBoxLayout;
    m_treeLabel = new QLabel(body());
    left->addWidget(m_treeLabel);
    m_model = new TopicTreeModel(this);
    m_model->setMode(TopicTreeModel::Mode::Editing);
    m_tree = new QTreeView(body());
    m_tree->setObjectName(QStringLiteral("taxonomyTree"));
    m_tree->setModel(m_model);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_treeLabel->setBuddy(m_tree);
    left->addWidget(m_tree, 1);
    auto *adds = new QHBoxLayout;
    m_addChild = new QPushButton(body());
    m_addChild->setObjectName(QStringLiteral("addSubtopicButton"));
    adds->addWidget(m_addChild);
    m_addSibling = new QPushButton(body());
    m_addSibling->setObjectName(QStringLiteral("addSiblingTopicButton"));
    adds->addWidget(m_addSibling);
    adds->addStretch(1);
    left->addLayout(adds);
    layout->addLayout(left, 1);

    // The form scrolls sideways rather than make the page wider than a 1280 px window at 150 % font size (issue 19).
    auto *formScroll = new QScrollArea(body());
    formScroll->setObjectName(QStringLiteral("topicFormScroll"));
    formScroll->setWidgetResizable(true);
    formScroll->setFrameShape(QFrame::NoFrame);
    formScroll->setFocusPolicy(Qt::NoFocus); // not a stop of its own: Tab goes from the tree into the form
    m_form = new TopicEditForm(formScroll);
    m_form->setObjectName(QStringLiteral("topicForm"));
    formScroll->setWidget(m_form);
    layout->addWidget(formScroll, 1);

    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this,
            &TopicTaxonomySection::onCurrentChanged);
    connect(m_addChild, &QPushButton::clicked, this, &TopicTaxonomySection::addChild);
    connect(m_addSibling, &QPushButton::clicked, this, &TopicTaxonomySection::addSibling);
    connect(m_form, &TopicEditForm::saveRequested, this, &TopicTaxonomySection::save);
    connect(m_form, &TopicEditForm::newTopicAbandoned, this, [this] {
        onCurrentChanged();
        m_tree->setFocus();
    });

    retranslateUi();
    setOffice(nullptr);
}

QString TopicTaxonomySection::title() const
{
    return tr("Topics");
}

QString TopicTaxonomySection::language() const
{
    return Translations::currentLanguage();
}

void TopicTaxonomySection::retranslateUi()
{
    setIntroduction(tr("The topics requests are tagged with and workers' experiences are recorded under. A topic "
                       "is never deleted: retire it, and it stays on the records that have it but is no longer "
                       "offered."));
    m_treeLabel->setText(tr("&Taxonomy:"));
    m_tree->setAccessibleName(tr("Topic taxonomy"));
    m_tree->setAccessibleDescription(tr("Every topic, retired ones marked; choose one to edit it"));
    m_addChild->setText(tr("Add Subto&pic"));
    m_addChild->setAccessibleName(tr("Add a subtopic under the chosen topic"));
    m_addChild->setAccessibleDescription(tr("Starts a new topic one level below the chosen one"));
    m_addSibling->setText(tr("Add &Beside"));
    m_addSibling->setAccessibleName(tr("Add a topic beside the chosen topic"));
    m_addSibling->setAccessibleDescription(tr("Starts a new topic at the same level as the chosen one"));
    if (m_model->language() != language()) {
        m_model->setLanguage(language());
        m_form->setTaxonomy(m_topics, language());
    }
    updateRights();
}

void TopicTaxonomySection::setOffice(OfficeService *office)
{
    if (m_office)
        disconnect(m_office, nullptr, this, nullptr);
    m_office = office;
    m_tree->setEnabled(office != nullptr);
    updateRights();
    if (office) {
        connect(office, &OfficeService::changed, this, &TopicTaxonomySection::onChanged);
        m_form->clearTopic();
        reload();
    } else {
        m_topics.clear();
        m_model->setTopics({}, language());
        m_form->setTaxonomy({}, language());
        m_form->clearTopic();
    }
}

void TopicTaxonomySection::onChanged(const OfficeChange &change)
{
    if (change.touches(OfficeChange::Kind::Coordinator))
        updateRights(); // an admin may have changed this coordinator's role
    if (m_saving || !change.touches(OfficeChange::Kind::Taxonomy))
        return;
    reload();
    emit taxonomyChanged();
}

void TopicTaxonomySection::updateRights()
{
    const bool admin = m_office && m_office->isAdmin();
    const QString why = !m_office || admin ? QString() : tr("Only an admin can change the topics.");
    m_addChild->setEnabled(admin);
    m_addSibling->setEnabled(admin);
    m_addChild->setToolTip(why);
    m_addSibling->setToolTip(why);
    m_form->setEditable(admin || !m_office, why);
}

void TopicTaxonomySection::reload(qint64 selectId)
{
    if (!m_office)
        return;
    // Unsaved changes in the form stay: a save then meets another coordinator's change as a conflict.
    const bool keepForm = selectId == 0 && m_form->hasUnsavedChanges();
    const qint64 keep = selectId != 0 ? selectId : currentTopicId();
    auto listed = m_office->topics();
    if (!listed) {
        m_form->clearTopic();
        m_form->message()->show(SectionMessage::Kind::Problem,
                                tr("The topics could not be read: %1").arg(listed.error().message), tr("&Try Again"),
                                [this] { reload(); });
        return;
    }
    m_topics = *listed;
    m_model->setTopics(m_topics, language());
    m_form->setTaxonomy(m_topics, language());
    if (keepForm) {
        QScopedValueRollback<bool> keeping(m_keepingForm, true);
        select(keep);
        return;
    }
    if (keep != 0 && m_model->knows(keep))
        select(keep);
    else if (m_model->rowCount() > 0)
        select(m_model->index(0, 0).data(TopicTreeModel::TopicIdRole).toLongLong());
    else
        onCurrentChanged();
}

void TopicTaxonomySection::select(qint64 topicId)
{
    const QModelIndex index = m_model->indexOf(topicId);
    if (!index.isValid())
        return;
    for (QModelIndex p = index.parent(); p.isValid(); p = p.parent())
        m_tree->expand(p);
    m_tree->setCurrentIndex(index);
    m_tree->scrollTo(index);
    onCurrentChanged(); // also when it already was the current one: the form shows what is stored now
}

qint64 TopicTaxonomySection::currentTopicId() const
{
    const QModelIndex index = m_tree->currentIndex();
    return index.isValid() ? index.data(TopicTreeModel::TopicIdRole).toLongLong() : 0;
}

void TopicTaxonomySection::onCurrentChanged()
{
    if (m_keepingForm)
        return;
    const qint64 id = currentTopicId();
    const auto it = std::find_if(m_topics.cbegin(), m_topics.cend(), [id](const Topic &t) { return t.id == id; });
    if (it == m_topics.cend())
        m_form->clearTopic();
    else
        m_form->editTopic(*it);
}

void TopicTaxonomySection::startNew(qint64 parentId)
{
    if (!m_office || !m_office->isAdmin())
        return;
    int sortOrder = 0;
    for (const Topic &t : m_topics) {
        if (t.parentId == parentId)
            sortOrder = qMax(sortOrder, t.sortOrder + 1);
    }
    m_form->newTopic(parentId, sortOrder);
}

void TopicTaxonomySection::addChild()
{
    startNew(currentTopicId());
}

void TopicTaxonomySection::addSibling()
{
    const qint64 id = currentTopicId();
    qint64 parentId = 0;
    for (const Topic &t : m_topics) {
        if (t.id == id)
            parentId = t.parentId;
    }
    startNew(parentId);
}

void TopicTaxonomySection::save(const Topic &topic)
{
    if (!m_office)
        return;
    const bool isNew = topic.id == 0;
    Topic before;
    for (const Topic &t : std::as_const(m_topics)) {
        if (t.id == topic.id)
            before = t;
    }
    Result<Topic> saved = Error();
    {
        QScopedValueRollback<bool> saving(m_saving, true);
        saved = m_office->saveTopic(topic);
    }
    if (!saved) {
        if (saved.error().code == Error::Code::Conflict)
            m_form->message()->show(SectionMessage::Kind::Problem, saved.error().message, tr("&Reload Topics"),
                                    [this, id = topic.id] { reload(id); });
        else
            m_form->message()->show(SectionMessage::Kind::Problem,
                                    tr("The topic was not saved: %1").arg(saved.error().message));
        return;
    }
    reload(saved->id);
    QString text;
    if (isNew)
        text = tr("The topic is added.");
    else if (saved->retired)
        text = tr("The topic is saved. It is retired: kept on the records that have it, no longer offered.");
    else
        text = tr("The topic is saved.");
    m_form->message()->show(SectionMessage::Kind::Information, text);
    // The undo step's own save is announced by the office service (onChanged); then the step shows its topic.
    if (m_undoStack && !isNew && before.id != 0)
        m_undoStack->push(SettingsUndo::topic(*m_office, before, *saved, this, [this, id = saved->id] { reload(id); }));
    emit taxonomyChanged();
}

} // namespace Kohtaamo
