#include "KnowledgeEntryEditor.h"
#include "common/ClearButton.h"
#include "common/DateField.h"
#include "common/DateTexts.h"

#include "OutcomeTexts.h"
#include "common/Clock.h"
#include "office/OfficeService.h"
#include "requests/TopicTreeModel.h"
#include "requests/UiLanguage.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QSortFilterProxyModel>
#include <QTreeView>
#include <QVBoxLayout>

namespace Kohtaamo {

KnowledgeEntryEditor::KnowledgeEntryEditor(const QVector<Topic> &taxonomy, QWidget *parent) : QDialog(parent)
{
    setObjectName(QStringLiteral("knowledgeEntryEditor"));
    m_topics = new TopicTreeModel(this);
    m_topics->setTopics(taxonomy, uiLanguage());
    m_filterModel = new QSortFilterProxyModel(this);
    m_filterModel->setSourceModel(m_topics);
    m_filterModel->setRecursiveFilteringEnabled(true);
    m_filterModel->setFilterCaseSensitivity(Qt::CaseInsensitive);

    m_textLabel = new QLabel(this);
    m_text = new QPlainTextEdit(this);
    m_text->setObjectName(QStringLiteral("knowledgeText"));
    m_text->setTabChangesFocus(true);
    m_textLabel->setBuddy(m_text);

    m_recordedLabel = new QLabel(this);
    m_recordedOn = new DateField(this);
    m_recordedOn->setObjectName(QStringLiteral("knowledgeRecordedOn"));
    m_recordedOn->setCalendarPopup(true);
    m_recordedLabel->setBuddy(m_recordedOn);

    m_phaseLabel = new QLabel(this);
    m_phase = new QComboBox(this);
    m_phase->setObjectName(QStringLiteral("knowledgePhase"));
    for (LifeCoursePhase p : OutcomeTexts::phases())
        m_phase->addItem(QString(), int(p));
    m_phaseLabel->setBuddy(m_phase);

    m_critical = new QCheckBox(this);
    m_critical->setObjectName(QStringLiteral("knowledgeCriticalPoint"));

    m_filterLabel = new QLabel(this);
    m_filter = new QLineEdit(this);
    m_filter->setObjectName(QStringLiteral("knowledgeTopicFilter"));
    ClearButton::enable(m_filter);
    m_filterLabel->setBuddy(m_filter);
    m_topicsLabel = new QLabel(this);
    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("knowledgeTopics"));
    m_tree->setModel(m_filterModel);
    m_tree->setHeaderHidden(true);
    m_tree->setUniformRowHeights(true);
    m_topicsLabel->setBuddy(m_tree);
    m_kept = new QLabel(this);
    m_kept->setWordWrap(true);
    m_kept->hide();

    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &KnowledgeEntryEditor::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &KnowledgeEntryEditor::reject);
    connect(m_filter, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_filterModel->setFilterFixedString(text.trimmed());
        if (!text.trimmed().isEmpty())
            m_tree->expandAll();
    });

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_recordedLabel, m_recordedOn);
    form->addRow(m_phaseLabel, m_phase);
    form->addRow(m_critical);
    auto *left = new QVBoxLayout;
    left->addWidget(m_textLabel);
    left->addWidget(m_text, 1);
    left->addLayout(form);
    auto *right = new QVBoxLayout;
    right->addWidget(m_filterLabel);
    right->addWidget(m_filter);
    right->addWidget(m_topicsLabel);
    right->addWidget(m_tree, 1);
    right->addWidget(m_kept);
    auto *columns = new QHBoxLayout;
    columns->addLayout(left, 3);
    columns->addSpacing(12);
    columns->addLayout(right, 2);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(columns, 1);
    layout->addWidget(m_buttons);

    // Tab order follows reading order: the text and its facts, then the topics, then the buttons.
    setTabOrder(m_text, m_recordedOn);
    setTabOrder(m_recordedOn, m_phase);
    setTabOrder(m_phase, m_critical);
    setTabOrder(m_critical, m_filter);
    setTabOrder(m_filter, m_tree);
    setTabOrder(m_tree, m_buttons);

    retranslateUi();
    resize(760, 460);
    KnowledgeEntry fresh;
    fresh.recordedOn = Clock::instance().today();
    setEntry(fresh);
}

KnowledgeEntryEditor::~KnowledgeEntryEditor() = default;

void KnowledgeEntryEditor::setEntry(const KnowledgeEntry &entry)
{
    m_entry = entry;
    m_text->setPlainText(entry.text);
    m_recordedOn->setDate(entry.recordedOn.isValid() ? entry.recordedOn : Clock::instance().today());
    m_phase->setCurrentIndex(std::max(0, m_phase->findData(int(entry.phase))));
    m_critical->setChecked(entry.criticalPoint);
    QSet<qint64> offered;
    m_keptTopics.clear();
    for (qint64 id : entry.topicIds) {
        if (m_topics->isOffered(id))
            offered.insert(id);
        else
            m_keptTopics.append(id);
    }
    m_topics->setChecked(offered);
    m_filter->clear();
    m_tree->collapseAll();
    for (qint64 id : offered) {
        for (QModelIndex i = m_filterModel->mapFromSource(m_topics->indexOf(id)).parent(); i.isValid(); i = i.parent())
            m_tree->expand(i);
    }
    updateKeptTopics();
    setWindowTitle(entry.id == 0 ? tr("New experience knowledge") : tr("Edit experience knowledge"));
    m_text->setFocus();
}

KnowledgeEntry KnowledgeEntryEditor::entry() const
{
    KnowledgeEntry k = m_entry;
    k.text = m_text->toPlainText().trimmed();
    k.recordedOn = m_recordedOn->date();
    k.phase = LifeCoursePhase(m_phase->currentData().toInt());
    k.criticalPoint = m_critical->isChecked();
    const QSet<qint64> checked = m_topics->checked();
    k.topicIds = QVector<qint64>(checked.begin(), checked.end()) + m_keptTopics;
    std::sort(k.topicIds.begin(), k.topicIds.end());
    return k;
}

void KnowledgeEntryEditor::accept()
{
    const Status valid = OfficeService::validateKnowledge(entry());
    if (!valid) {
        QMessageBox::warning(this, tr("Experience knowledge"), valid.error().message);
        const QString field = valid.error().detail;
        QWidget *focus = field == QLatin1String("recordedOn") ? static_cast<QWidget *>(m_recordedOn)
            : field == QLatin1String("topicIds")              ? static_cast<QWidget *>(m_tree)
                                                              : static_cast<QWidget *>(m_text);
        focus->setFocus(Qt::OtherFocusReason);
        return;
    }
    QDialog::accept();
}

void KnowledgeEntryEditor::updateKeptTopics()
{
    QStringList names;
    for (qint64 id : m_keptTopics)
        names << m_topics->path(id);
    m_kept->setVisible(!names.isEmpty());
    m_kept->setText(tr("Kept from before, no longer offered: %1").arg(names.join(tr("; "))));
}

void KnowledgeEntryEditor::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_topics->setLanguage(uiLanguage());
        updateKeptTopics();
    }
    QDialog::changeEvent(event);
}

void KnowledgeEntryEditor::retranslateUi()
{
    m_textLabel->setText(tr("&What was learned:"));
    m_text->setAccessibleName(tr("What was learned"));
    m_text->setPlaceholderText(tr("In the workers' words: what helped, what failed, what should change."));
    m_recordedLabel->setText(tr("Recorded &on:"));
    m_recordedOn->setAccessibleName(tr("Recorded on"));
    m_recordedOn->setDisplayFormat(DateTexts::dateFormat());
    m_phaseLabel->setText(tr("&Life-course phase:"));
    m_phase->setAccessibleName(tr("Life-course phase"));
    for (int i = 0; i < m_phase->count(); ++i)
        m_phase->setItemText(i, OutcomeTexts::phaseName(LifeCoursePhase(m_phase->itemData(i).toInt())));
    m_critical->setText(tr("&Critical point: here services failed or could have helped"));
    m_critical->setAccessibleName(tr("Critical point"));
    m_critical->setAccessibleDescription(tr("A point along the life course where services failed people"));
    m_filterLabel->setText(tr("&Find a topic:"));
    m_filter->setAccessibleName(tr("Find a topic"));
    m_filter->setPlaceholderText(tr("Type part of a name"));
    m_topicsLabel->setText(tr("To&pics (tick all that apply):"));
    m_tree->setAccessibleName(tr("Topics"));
    setWindowTitle(m_entry.id == 0 ? tr("New experience knowledge") : tr("Edit experience knowledge"));
}

} // namespace Kohtaamo
