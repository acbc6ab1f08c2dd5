#include "TopicPicker.h"
#include "common/ClearButton.h"

#include "ChosenTopicsModel.h"
#include "TopicTreeModel.h"
#include "common/Translations.h"

#include <QButtonGroup>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

#include <functional>

namespace Kohtaamo {

TopicPicker::TopicPicker(QWidget *parent)
    : QWidget(parent)
    , m_taxonomy(new TopicTreeModel(this))
    , m_filterModel(new QSortFilterProxyModel(this))
    , m_chosen(new ChosenTopicsModel(*m_taxonomy, this))
{
    m_filterModel->setSourceModel(m_taxonomy);
    m_filterModel->setFilterCaseSensitivity(Qt::CaseInsensitive);
    m_filterModel->setRecursiveFilteringEnabled(true); // a match brings its path along
    m_filterModel->setAutoAcceptChildRows(true); // and what lies under it

    auto *columns = new QHBoxLayout;

    auto *left = new QVBoxLayout;
    m_filterLabel = new QLabel(tr("&Find a topic:"), this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("topicFilter"));
    ClearButton::enable(m_filter);
    m_filter->setPlaceholderText(tr("Part of a name, e.g. placement"));
    m_filter->setAccessibleName(tr("Find a topic"));
    m_filter->setAccessibleDescription(tr("Type part of a topic's name. Enter checks the highlighted topic, Down "
                                          "goes to the tree."));
    m_filter->installEventFilter(this);
    m_filterLabel->setBuddy(m_filter);
    m_matches = new QLabel(this);
    m_matches->setObjectName(QStringLiteral("topicMatches"));
    m_matches->setWordWrap(true);
    m_treeLabel = new QLabel(tr("Topic tr&ee (check the topics of the request):"), this);
    m_treeLabel->setWordWrap(true);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("topicTree"));
    m_tree->setModel(m_filterModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_tree->setAccessibleName(tr("Topic tree"));
    m_tree->setAccessibleDescription(tr("Space checks or unchecks the topic."));
    m_treeLabel->setBuddy(m_tree);
    left->addWidget(m_filterLabel);
    left->addWidget(m_filter);
    left->addWidget(m_matches);
    left->addWidget(m_treeLabel);
    left->addWidget(m_tree, 1);
    columns->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    m_chosenLabel = new QLabel(tr("C&hosen topics:"), this);
    m_chosenView = new QTreeView(this);
    m_chosenView->setObjectName(QStringLiteral("chosenTopics"));
    m_chosenView->setModel(m_chosen);
    m_chosenView->setRootIsDecorated(false);
    m_chosenView->setUniformRowHeights(true);
    m_chosenView->setSelectionMode(QAbstractItemView::SingleSelection);
    m_chosenView->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_chosenView->setAccessibleName(tr("Chosen topics"));
    m_chosenView->setAccessibleDescription(tr("Delete removes the selected topic."));
    m_chosenView->header()->setStretchLastSection(false);
    m_chosenView->header()->setSectionResizeMode(ChosenTopicsModel::TopicColumn, QHeaderView::Stretch);
    m_chosenView->header()->setSectionResizeMode(ChosenTopicsModel::WeightColumn, QHeaderView::ResizeToContents);
    m_chosenView->installEventFilter(this);
    m_chosenLabel->setBuddy(m_chosenView);
    m_emptyChosen = new QLabel(tr("No topics chosen yet. Check them in the tree; the first one is primary."), this);
    m_emptyChosen->setObjectName(QStringLiteral("noTopicsChosen"));
    m_emptyChosen->setWordWrap(true);

    auto *weightBox = new QGroupBox(tr("Weight of the selected topic"), this);
    auto *weightLayout = new QHBoxLayout(weightBox);
    m_primary = new QRadioButton(tr("Pri&mary"), weightBox);
    m_primary->setObjectName(QStringLiteral("primary"));
    m_primary->setToolTip(tr("The request is mainly about this topic."));
    m_secondary = new QRadioButton(tr("Secon&dary"), weightBox);
    m_secondary->setObjectName(QStringLiteral("secondary"));
    m_secondary->setToolTip(tr("The topic is touched on; experience of it helps."));
    auto *weights = new QButtonGroup(this);
    weights->addButton(m_primary);
    weights->addButton(m_secondary);
    weightLayout->addWidget(m_primary);
    weightLayout->addWidget(m_secondary);
    weightLayout->addStretch(1);
    m_remove = new QPushButton(tr("Remo&ve"), this);
    m_remove->setObjectName(QStringLiteral("removeTopic"));
    m_remove->setAccessibleName(tr("Remove the selected topic"));
    auto *chosenButtons = new QHBoxLayout;
    chosenButtons->addWidget(weightBox, 1);
    chosenButtons->addWidget(m_remove, 0, Qt::AlignBottom);

    right->addWidget(m_chosenLabel);
    right->addWidget(m_chosenView, 1);
    right->addWidget(m_emptyChosen);
    right->addLayout(chosenButtons);
    columns->addLayout(right, 2);

    auto *bottom = new QFormLayout;
    bottom->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    m_perspectiveLabel = new QLabel(tr("Wanted &perspective:"), this);
    m_perspective = new QComboBox(this);
    m_perspective->setObjectName(QStringLiteral("perspective"));
    m_perspective->addItem(tr("Any"), toCode(Perspective::Any));
    m_perspective->addItem(tr("As a child or young person"), toCode(Perspective::ChildOrYouth));
    m_perspective->addItem(tr("As a parent"), toCode(Perspective::Parent));
    m_perspective->addItem(tr("As a relative"), toCode(Perspective::Relative));
    m_perspective->addItem(tr("From another position"), toCode(Perspective::Other));
    m_perspective->setAccessibleName(tr("Wanted perspective"));
    m_perspective->setToolTip(tr("From which position the workers should have lived the experience."));
    m_perspectiveLabel->setBuddy(m_perspective);
    bottom->addRow(m_perspectiveLabel, m_perspective);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(columns, 1);
    layout->addLayout(bottom);

    connect(m_filter, &QLineEdit::textChanged, this, &TopicPicker::applyFilter);
    connect(m_taxonomy, &TopicTreeModel::checkToggled, this, &TopicPicker::onCheckToggled);
    connect(m_chosenView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &TopicPicker::updateChosenControls);
    connect(m_chosen, &QAbstractItemModel::rowsInserted, this, &TopicPicker::updateChosenControls);
    connect(m_chosen, &QAbstractItemModel::rowsRemoved, this, &TopicPicker::updateChosenControls);
    connect(m_chosen, &QAbstractItemModel::modelReset, this, &TopicPicker::updateChosenControls);
    connect(m_primary, &QRadioButton::clicked, this, [this] { setSelectedWeight(TopicWeight::Primary); });
    connect(m_secondary, &QRadioButton::clicked, this, [this] { setSelectedWeight(TopicWeight::Secondary); });
    connect(m_remove, &QPushButton::clicked, this, &TopicPicker::removeSelected);
    connect(m_perspective, &QComboBox::activated, this, &TopicPicker::changed);

    setTabOrder(m_filter, m_tree);
    setTabOrder(m_tree, m_chosenView);
    setTabOrder(m_chosenView, m_primary);
    setTabOrder(m_primary, m_secondary);
    setTabOrder(m_secondary, m_remove);
    setTabOrder(m_remove, m_perspective);

    applyFilter(QString());
    updateChosenControls();
}

TopicPicker::~TopicPicker() = default;

void TopicPicker::setTaxonomy(const QVector<Topic> &topics, const QString &language)
{
    const QVector<RequestTopic> chosen = m_chosen->topics();
    m_taxonomy->setTopics(topics, language.isEmpty() ? Translations::currentLanguage() : language);
    setTopics(chosen);
    applyFilter(m_filter->text());
}

QVector<RequestTopic> TopicPicker::topics() const
{
    return m_chosen->topics();
}

void TopicPicker::setTopics(const QVector<RequestTopic> &topics)
{
    m_chosen->setTopics(topics);
    QSet<qint64> ids;
    for (const RequestTopic &t : topics)
        ids.insert(t.topicId);
    m_taxonomy->setChecked(ids);
    if (m_filter->text().isEmpty())
        expandChosen();
    if (!topics.isEmpty())
        m_chosenView->setCurrentIndex(m_chosen->index(0, ChosenTopicsModel::TopicColumn));
    updateChosenControls();
}

Perspective TopicPicker::perspective() const
{
    return perspectiveFromCode(m_perspective->currentData().toString()).value_or(Perspective::Any);
}

void TopicPicker::setPerspective(Perspective perspective)
{
    const int index = m_perspective->findData(toCode(perspective));
    m_perspective->setCurrentIndex(index < 0 ? 0 : index);
}

QWidget *TopicPicker::chosenInput() const
{
    return m_chosenView;
}

QWidget *TopicPicker::perspectiveInput() const
{
    return m_perspective;
}

bool TopicPicker::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() != QEvent::KeyPress)
        return QWidget::eventFilter(watched, event);
    const auto *key = static_cast<QKeyEvent *>(event);
    if (watched == m_filter) {
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            // Enter here checks a topic; it must not reach the dialog's default button.
            if (!m_filter->text().trimmed().isEmpty()) {
                checkCurrentMatch();
                return true;
            }
        } else if (key->key() == Qt::Key_Down) {
            m_tree->setFocus(Qt::TabFocusReason);
            if (!m_tree->currentIndex().isValid())
                m_tree->setCurrentIndex(m_filterModel->index(0, 0));
            return true;
        }
    } else if (watched == m_chosenView && (key->key() == Qt::Key_Delete || key->key() == Qt::Key_Backspace)) {
        removeSelected();
        return true;
    }
    return QWidget::eventFilter(watched, event);
}

void TopicPicker::applyFilter(const QString &rawText)
{
    const QString text = rawText.trimmed();
    m_filterModel->setFilterFixedString(text);
    if (text.isEmpty()) {
        m_matches->clear();
        m_matches->hide();
        m_tree->collapseAll();
        expandChosen();
        return;
    }
    m_tree->expandAll();
    // The topics whose own name matches, in tree order; the first one is highlighted for Enter.
    int count = 0;
    QModelIndex first;
    const std::function<void(const QModelIndex &)> visit = [&](const QModelIndex &parent) {
        for (int r = 0; r < m_filterModel->rowCount(parent); ++r) {
            const QModelIndex i = m_filterModel->index(r, 0, parent);
            if (i.data().toString().contains(text, Qt::CaseInsensitive)) {
                ++count;
                if (!first.isValid() && (i.flags() & Qt::ItemIsUserCheckable))
                    first = i;
            }
            visit(i);
        }
    };
    visit(QModelIndex());
    if (count == 0)
        m_matches->setText(tr("No topic matches “%1”.").arg(text));
    else if (first.isValid())
        m_matches->setText(tr("Topics found: %1. Enter checks “%2”.")
                               .arg(QLocale().toString(count), first.data(TopicTreeModel::PathRole).toString()));
    else
        m_matches->setText(tr("Topics found: %1.").arg(QLocale().toString(count)));
    m_matches->show();
    if (first.isValid()) {
        m_tree->setCurrentIndex(first);
        m_tree->scrollTo(first);
    }
}

void TopicPicker::checkCurrentMatch()
{
    const QModelIndex current = m_tree->currentIndex();
    if (!current.isValid() || !(current.flags() & Qt::ItemIsUserCheckable))
        return;
    if (current.data(Qt::CheckStateRole).toInt() != Qt::Checked)
        m_filterModel->setData(current, Qt::Checked, Qt::CheckStateRole); // reaches onCheckToggled
    m_filter->selectAll(); // the next topic can be typed straight away
}

void TopicPicker::onCheckToggled(qint64 topicId, bool checked)
{
    if (checked) {
        const TopicWeight weight = m_chosen->hasPrimary() ? TopicWeight::Secondary : TopicWeight::Primary;
        const int row = m_chosen->add({ topicId, weight });
        m_chosenView->setCurrentIndex(m_chosen->index(row, ChosenTopicsModel::TopicColumn));
    } else {
        m_chosen->remove(topicId);
    }
    updateChosenControls();
    emit changed();
}

int TopicPicker::selectedRow() const
{
    const QModelIndex current = m_chosenView->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void TopicPicker::removeSelected()
{
    const int row = selectedRow();
    if (row < 0)
        return;
    const qint64 id = m_chosen->topics().at(row).topicId;
    m_chosen->remove(id);
    QSet<qint64> checked = m_taxonomy->checked();
    checked.remove(id);
    m_taxonomy->setChecked(checked);
    if (m_chosen->rowCount() > 0)
        m_chosenView->setCurrentIndex(m_chosen->index(qMin(row, m_chosen->rowCount() - 1), 0));
    updateChosenControls();
    emit changed();
}

void TopicPicker::setSelectedWeight(TopicWeight weight)
{
    const int row = selectedRow();
    if (row < 0 || m_chosen->topics().at(row).weight == weight)
        return;
    m_chosen->setWeight(row, weight);
    emit changed();
}

void TopicPicker::updateChosenControls()
{
    const bool empty = m_chosen->rowCount() == 0;
    m_emptyChosen->setVisible(empty);
    int row = selectedRow();
    if (row < 0 && !empty) {
        m_chosenView->setCurrentIndex(m_chosen->index(0, 0));
        row = 0;
    }
    const bool selected = row >= 0;
    m_primary->setEnabled(selected);
    m_secondary->setEnabled(selected);
    m_remove->setEnabled(selected);
    if (selected) {
        const TopicWeight weight = m_chosen->topics().at(row).weight;
        m_primary->setChecked(weight == TopicWeight::Primary);
        m_secondary->setChecked(weight == TopicWeight::Secondary);
    }
}

void TopicPicker::expandChosen()
{
    for (const RequestTopic &t : m_chosen->topics()) {
        for (QModelIndex i = m_filterModel->mapFromSource(m_taxonomy->indexOf(t.topicId)).parent(); i.isValid();
             i = i.parent())
            m_tree->expand(i);
    }
}

} // namespace Kohtaamo
