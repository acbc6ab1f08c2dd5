#include "WorkerExperiencesForm.h"

#include "WorkerExperienceModel.h"
#include "WorkerTexts.h"
#include "common/HeaderTexts.h"
#include "common/Translations.h"
#include "requests/FieldProblems.h"
#include "requests/TopicTreeModel.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QTreeView>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {
const QString kField = QStringLiteral("experiences");

void addPerspectives(QComboBox *combo)
{
    for (Perspective p : { Perspective::ChildOrYouth, Perspective::Parent, Perspective::Relative, Perspective::Other })
        combo->addItem(WorkerTexts::perspective(p), int(p));
}
} // namespace

WorkerExperiencesForm::WorkerExperiencesForm(FieldProblems &problems, QWidget *parent)
    : WorkerFormPart(problems, parent)
    , m_taxonomy(new TopicTreeModel(this))
    , m_filterModel(new QSortFilterProxyModel(this))
{
    m_experiences = new WorkerExperienceModel(*m_taxonomy, this);
    m_filterModel->setSourceModel(m_taxonomy);
    m_filterModel->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filterModel->setRecursiveFilteringEnabled(true);
    m_filterModel->setAutoAcceptChildRows(true);

    auto *columns = new QHBoxLayout(this);
    auto *left = new QVBoxLayout;
    auto *filterLabel = new QLabel(tr("&Find a topic:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("experienceFilter"));
    m_filter->setClearButtonEnabled(true);
    m_filter->setPlaceholderText(tr("Part of a name, e.g. placement"));
    m_filter->setAccessibleName(tr("Find a topic"));
    filterLabel->setBuddy(m_filter);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("experienceTree"));
    m_tree->setModel(m_filterModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Topic tree"));
    m_tree->setAccessibleDescription(tr("Space checks the topic: the worker has experience of it."));
    auto *newForm = new QFormLayout;
    newForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_newPerspective = new QComboBox(this);
    m_newPerspective->setObjectName(QStringLiteral("newPerspective"));
    m_newPerspective->setAccessibleName(tr("Perspective of a new experience"));
    addPerspectives(m_newPerspective);
    auto *newLabel = new QLabel(tr("&Lived:"), this);
    newLabel->setBuddy(m_newPerspective);
    m_add = new QPushButton(tr("&Add experience"), this);
    m_add->setObjectName(QStringLiteral("addExperience"));
    m_add->setAutoDefault(false);
    m_add->setToolTip(tr("Adds the highlighted topic, lived from the position chosen."));
    auto *addRow = new QHBoxLayout;
    addRow->addWidget(m_newPerspective, 1);
    addRow->addWidget(m_add);
    newForm->addRow(newLabel, addRow);
    left->addWidget(filterLabel);
    left->addWidget(m_filter);
    left->addWidget(m_tree, 1);
    left->addLayout(newForm);
    columns->addLayout(left, 1);

    auto *right = new QVBoxLayout;
    auto *listLabel = new QLabel(tr("E&xperiences:"), this);
    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("experiences"));
    m_view->setAccessibleName(tr("Experiences"));
    m_view->setModel(m_experiences);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setTabKeyNavigation(false);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(false);
    m_view->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    m_view->horizontalHeader()->setStretchLastSection(true);
    keepHeaderTextsWhole(m_view->horizontalHeader());
    m_view->horizontalHeader()->resizeSection(WorkerExperienceModel::TopicColumn,
                                              m_view->fontMetrics().horizontalAdvance(QString(22, QLatin1Char('n'))));
    m_view->horizontalHeader()->setSectionResizeMode(WorkerExperienceModel::PerspectiveColumn,
                                                     QHeaderView::ResizeToContents);
    listLabel->setBuddy(m_view);
    auto *editForm = new QFormLayout;
    editForm->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_perspective = new QComboBox(this);
    m_perspective->setObjectName(QStringLiteral("experiencePerspective"));
    m_perspective->setAccessibleName(tr("Perspective of the selected experience"));
    addPerspectives(m_perspective);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("experienceNote"));
    m_note->setAccessibleName(tr("Note on the selected experience"));
    m_note->setPlaceholderText(tr("e.g. placed at 12, two foster families"));
    m_remove = new QPushButton(tr("Remo&ve experience"), this);
    m_remove->setObjectName(QStringLiteral("removeExperience"));
    m_remove->setAutoDefault(false);
    auto *perspectiveLabel = new QLabel(tr("&Perspective:"), this);
    perspectiveLabel->setBuddy(m_perspective);
    auto *noteLabel = new QLabel(tr("N&ote:"), this);
    noteLabel->setBuddy(m_note);
    editForm->addRow(perspectiveLabel, m_perspective);
    editForm->addRow(noteLabel, m_note);
    editForm->addRow(QString(), m_remove);
    right->addWidget(listLabel);
    right->addWidget(m_problems.add(kField, m_view), 1);
    right->addLayout(editForm);
    columns->addLayout(right, 1);

    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filterModel->setFilterFixedString(text.trimmed());
        if (text.trimmed().isEmpty())
            m_tree->collapseAll();
        else
            m_tree->expandAll();
    });
    connect(m_taxonomy, &TopicTreeModel::checkToggled, this, &WorkerExperiencesForm::onCheckToggled);
    connect(m_add, &QPushButton::clicked, this, &WorkerExperiencesForm::addCurrentTopic);
    connect(m_remove, &QPushButton::clicked, this, &WorkerExperiencesForm::removeSelected);
    connect(m_view->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &WorkerExperiencesForm::showSelected);
    connect(m_perspective, &QComboBox::currentIndexChanged, this, &WorkerExperiencesForm::editSelected);
    connect(m_note, &QLineEdit::textChanged, this, &WorkerExperiencesForm::editSelected);
    showSelected();
}

WorkerExperiencesForm::~WorkerExperiencesForm() = default;

void WorkerExperiencesForm::setTaxonomy(const QVector<Topic> &topics)
{
    m_taxonomy->setTopics(topics, Translations::currentLanguage());
    syncChecks();
}

int WorkerExperiencesForm::selectedRow() const
{
    const QModelIndex current = m_view->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void WorkerExperiencesForm::addCurrentTopic()
{
    const QModelIndex current = m_filterModel->mapToSource(m_tree->currentIndex());
    const qint64 id = current.data(TopicTreeModel::TopicIdRole).toLongLong();
    if (id > 0 && m_taxonomy->isOffered(id))
        addTopic(id);
}

void WorkerExperiencesForm::addTopic(qint64 topicId)
{
    WorkerExperience e;
    e.topicId = topicId;
    e.perspective = Perspective(m_newPerspective->currentData().toInt());
    const int row = m_experiences->add(e);
    m_view->setCurrentIndex(m_experiences->index(row, 0));
    syncChecks();
    edited(kField);
}

void WorkerExperiencesForm::onCheckToggled(qint64 topicId, bool checked)
{
    if (checked) {
        if (!m_experiences->hasTopic(topicId))
            addTopic(topicId);
        return;
    }
    for (int row = int(m_experiences->experiences().size()) - 1; row >= 0; --row) {
        if (m_experiences->experiences().at(row).topicId == topicId)
            m_experiences->remove(row);
    }
    showSelected();
    edited(kField);
}

void WorkerExperiencesForm::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    m_experiences->remove(row);
    syncChecks();
    showSelected();
    edited(kField);
}

void WorkerExperiencesForm::showSelected()
{
    const int row = selectedRow();
    for (QWidget *w :
         { static_cast<QWidget *>(m_perspective), static_cast<QWidget *>(m_note), static_cast<QWidget *>(m_remove) })
        w->setEnabled(row >= 0);
    if (row < 0)
        return;
    const WorkerExperience &e = m_experiences->experiences().at(row);
    m_showing = true;
    m_perspective->setCurrentIndex(std::max(0, m_perspective->findData(int(e.perspective))));
    m_note->setText(e.note);
    m_showing = false;
}

void WorkerExperiencesForm::editSelected()
{
    const int row = selectedRow();
    if (m_showing || row < 0)
        return;
    WorkerExperience e = m_experiences->experiences().at(row);
    e.perspective = Perspective(m_perspective->currentData().toInt());
    e.note = m_note->text();
    m_experiences->replace(row, e);
    edited(kField);
}

void WorkerExperiencesForm::syncChecks()
{
    QSet<qint64> ids;
    for (const WorkerExperience &e : m_experiences->experiences())
        ids.insert(e.topicId);
    m_taxonomy->setChecked(ids);
}

void WorkerExperiencesForm::fill(const Worker &w)
{
    m_experiences->setExperiences(w.experiences);
    syncChecks();
    if (!w.experiences.isEmpty())
        m_view->setCurrentIndex(m_experiences->index(0, 0));
    showSelected();
}

void WorkerExperiencesForm::applyTo(Worker &w) const
{
    w.experiences = m_experiences->experiences();
}

} // namespace Kohtaamo
