#include "TopicEditForm.h"

#include "SectionMessage.h"
#include "common/Colours.h"
#include "office/OfficeService.h"

#include <QCheckBox>
#include <QComboBox>
#include <QEvent>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSet>
#include <QVBoxLayout>

#include <functional>

namespace Kohtaamo {

namespace {
// "Foster care" under "child_protection" → "child_protection.foster_care".
QString codeFor(const QString &parentCode, const QString &name)
{
    QString slug;
    for (const QChar c : name.normalized(QString::NormalizationForm_KD).toLower()) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z')) || (c >= QLatin1Char('0') && c <= QLatin1Char('9')))
            slug += c;
        else if (c.isSpace() || c == QLatin1Char('-') || c == QLatin1Char('_') || c == QLatin1Char('/'))
            if (!slug.isEmpty() && !slug.endsWith(QLatin1Char('_')))
                slug += QLatin1Char('_');
    }
    while (slug.endsWith(QLatin1Char('_')))
        slug.chop(1);
    if (parentCode.isEmpty() || slug.isEmpty())
        return slug;
    return parentCode + QLatin1Char('.') + slug;
}
} // namespace

TopicEditForm::TopicEditForm(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("topicState"));
    m_state->setWordWrap(true);
    layout->addWidget(m_state);

    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::ExpandingFieldsGrow);
    auto addRow = [&](QLabel *&label, QLineEdit *&edit, const char *name) {
        label = new QLabel(this);
        edit = new QLineEdit(this);
        edit->setObjectName(QString::fromLatin1(name));
        edit->setMaxLength(200);
        edit->installEventFilter(this);
        label->setBuddy(edit);
        form->addRow(label, edit);
        connect(edit, &QLineEdit::textEdited, this, &TopicEditForm::onEdited);
    };
    addRow(m_fiLabel, m_fi, "topicNameFi");
    addRow(m_svLabel, m_sv, "topicNameSv");
    addRow(m_enLabel, m_en, "topicNameEn");
    addRow(m_codeLabel, m_code, "topicCode");
    m_code->setMaxLength(100);
    connect(m_code, &QLineEdit::textEdited, this, [this] { m_codeTouched = true; });
    connect(m_en, &QLineEdit::textEdited, this, &TopicEditForm::suggestCode);

    m_parentLabel = new QLabel(this);
    m_parent = new QComboBox(this);
    m_parent->setObjectName(QStringLiteral("topicParent"));
    m_parent->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_parent->setMinimumContentsLength(24);
    m_parent->installEventFilter(this);
    m_parentLabel->setBuddy(m_parent);
    form->addRow(m_parentLabel, m_parent);
    connect(m_parent, &QComboBox::activated, this, &TopicEditForm::onEdited);

    m_heavy = new QCheckBox(this);
    m_heavy->setObjectName(QStringLiteral("topicHeavy"));
    form->addRow(QString(), m_heavy);
    connect(m_heavy, &QCheckBox::toggled, this, [this] {
        if (!m_filling)
            onEdited();
    });
    layout->addLayout(form);

    m_problem = new QLabel(this);
    m_problem->setObjectName(QStringLiteral("topicProblem"));
    m_problem->setWordWrap(true);
    m_problem->setTextFormat(Qt::PlainText);
    QPalette palette = m_problem->palette();
    palette.setColor(QPalette::WindowText, Colours::toneText(palette, Colours::Tone::Problem));
    m_problem->setPalette(palette);
    m_problem->hide();
    layout->addWidget(m_problem);
    m_message = new SectionMessage(this);
    m_message->setObjectName(QStringLiteral("topicMessage"));
    layout->addWidget(m_message);

    auto *buttons = new QHBoxLayout;
    m_retire = new QPushButton(this);
    m_retire->setObjectName(QStringLiteral("retireTopicButton"));
    buttons->addWidget(m_retire);
    buttons->addStretch(1);
    m_revert = new QPushButton(this);
    m_revert->setObjectName(QStringLiteral("revertTopicButton"));
    buttons->addWidget(m_revert);
    m_save = new QPushButton(this);
    m_save->setObjectName(QStringLiteral("saveTopicButton"));
    buttons->addWidget(m_save);
    layout->addLayout(buttons);
    layout->addStretch(1);

    connect(m_save, &QPushButton::clicked, this, [this] { requestSave(false); });
    connect(m_retire, &QPushButton::clicked, this, [this] { requestSave(true); });
    connect(m_revert, &QPushButton::clicked, this, &TopicEditForm::revert);

    retranslateUi();
    clearTopic();
}

void TopicEditForm::retranslateUi()
{
    m_fiLabel->setText(tr("Name in &Finnish:"));
    m_fi->setAccessibleName(tr("Topic name in Finnish"));
    m_svLabel->setText(tr("Name in S&wedish:"));
    m_sv->setAccessibleName(tr("Topic name in Swedish"));
    m_enLabel->setText(tr("Name in &English:"));
    m_en->setAccessibleName(tr("Topic name in English"));
    const QString names = tr("Shown in the pickers of coordinators using this language; a missing name falls back "
                             "to English, then Finnish.");
    for (QLineEdit *edit : { m_fi, m_sv, m_en })
        edit->setAccessibleDescription(names);
    m_codeLabel->setText(tr("&Code:"));
    m_code->setAccessibleName(tr("Topic code"));
    m_code->setAccessibleDescription(tr("The topic's stable key, such as child_protection.placement: lower-case "
                                        "letters, digits and underscores, dots between levels. Cannot change once "
                                        "saved."));
    m_code->setPlaceholderText(tr("e.g. child_protection.placement"));
    m_parentLabel->setText(tr("&Under:"));
    m_parent->setAccessibleName(tr("Parent topic"));
    m_parent->setAccessibleDescription(tr("Where the topic sits in the taxonomy; choosing another moves it with "
                                          "its subtopics."));
    m_heavy->setText(tr("Emotionally &heavy topic"));
    m_heavy->setAccessibleName(tr("Emotionally heavy topic"));
    m_heavy->setAccessibleDescription(tr("The wellbeing rules of the ranking apply after an engagement on it."));
    m_save->setText(tr("&Save Topic"));
    m_save->setAccessibleName(tr("Save the topic"));
    m_save->setAccessibleDescription(tr("Stores the names, the place and the heavy mark (Enter in a field)"));
    m_revert->setText(tr("U&ndo Changes"));
    m_revert->setAccessibleName(tr("Undo the unsaved changes to the topic"));
    m_revert->setAccessibleDescription(tr("Puts back what is stored (Escape in a field)"));
    fillParents();
    onEdited();
}

void TopicEditForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

QLineEdit *TopicEditForm::nameInput(const QString &language) const
{
    return language == QLatin1String("fi") ? m_fi : language == QLatin1String("sv") ? m_sv : m_en;
}

void TopicEditForm::setTaxonomy(const QVector<Topic> &topics, const QString &language)
{
    m_topics = topics;
    m_language = language;
    fillParents();
}

void TopicEditForm::fillParents()
{
    const bool filling = m_filling;
    m_filling = true;
    const qint64 wanted = m_parent->currentIndex() >= 0 ? m_parent->currentData().toLongLong() : m_topic.parentId;
    m_parent->clear();
    m_parent->addItem(tr("(top level)"), qint64(0));
    QHash<qint64, QVector<const Topic *>> childrenOf;
    for (const Topic &t : m_topics)
        childrenOf[t.parentId].append(&t);
    // Tree order, with the path as text; the topic itself and its subtopics cannot be its parent.
    QSet<qint64> seen;
    const std::function<void(qint64, const QString &)> add = [&](qint64 parentId, const QString &prefix) {
        for (const Topic *t : childrenOf.value(parentId)) {
            if (seen.contains(t->id) || (m_topic.id != 0 && t->id == m_topic.id))
                continue;
            seen.insert(t->id);
            const QString path
                = prefix.isEmpty() ? t->name(m_language) : prefix + QStringLiteral(" › ") + t->name(m_language);
            m_parent->addItem(t->retired ? tr("%1 (retired)").arg(path) : path, t->id);
            add(t->id, path);
        }
    };
    add(0, QString());
    const int index = m_parent->findData(wanted);
    m_parent->setCurrentIndex(index < 0 ? 0 : index);
    m_filling = filling;
}

void TopicEditForm::fill(const Topic &topic)
{
    m_filling = true;
    m_topic = topic;
    m_code->setText(topic.code);
    m_fi->setText(topic.nameFi);
    m_sv->setText(topic.nameSv);
    m_en->setText(topic.nameEn);
    m_heavy->setChecked(topic.heavy);
    m_parent->setCurrentIndex(-1);
    fillParents();
    const int index = m_parent->findData(topic.parentId);
    m_parent->setCurrentIndex(index < 0 ? 0 : index);
    m_filling = false;
    m_message->clear();
    onEdited();
}

void TopicEditForm::editTopic(const Topic &topic)
{
    m_editing = true;
    m_codeTouched = true;
    setEnabled(true);
    fill(topic);
    m_code->setReadOnly(true);
}

void TopicEditForm::newTopic(qint64 parentId, int sortOrder)
{
    Topic t;
    t.parentId = parentId;
    t.sortOrder = sortOrder;
    for (const Topic &p : m_topics) {
        if (p.id == parentId)
            t.code = p.code + QLatin1Char('.');
    }
    m_editing = true;
    m_codeTouched = false;
    setEnabled(true);
    fill(t);
    m_code->setReadOnly(false);
    m_fi->setFocus();
}

void TopicEditForm::clearTopic()
{
    m_editing = false;
    fill(Topic());
    setEnabled(false);
}

void TopicEditForm::setEditable(bool editable, const QString &why)
{
    if (!editable && isNew())
        clearTopic(); // a new topic that can no longer be saved
    m_editable = editable;
    m_notEditable = why;
    onEdited();
}

Topic TopicEditForm::entered() const
{
    Topic t = m_topic;
    t.code = m_code->text().trimmed();
    t.nameFi = m_fi->text().trimmed();
    t.nameSv = m_sv->text().trimmed();
    t.nameEn = m_en->text().trimmed();
    t.heavy = m_heavy->isChecked();
    if (m_parent->currentIndex() >= 0)
        t.parentId = m_parent->currentData().toLongLong();
    return t;
}

bool TopicEditForm::hasUnsavedChanges() const
{
    if (!m_editing)
        return false;
    const Topic t = entered();
    return t.id == 0 || t.code != m_topic.code || t.nameFi != m_topic.nameFi || t.nameSv != m_topic.nameSv
        || t.nameEn != m_topic.nameEn || t.heavy != m_topic.heavy || t.parentId != m_topic.parentId;
}

QString TopicEditForm::problem() const
{
    if (!m_editing)
        return {};
    const Status s = OfficeService::validateTopic(entered());
    return s ? QString() : s.error().message;
}

void TopicEditForm::suggestCode()
{
    if (!isNew() || m_codeTouched)
        return;
    QString parentCode;
    const qint64 parentId = entered().parentId;
    for (const Topic &p : m_topics) {
        if (p.id == parentId)
            parentCode = p.code;
    }
    m_code->setText(codeFor(parentCode, m_en->text()));
    onEdited();
}

void TopicEditForm::onEdited()
{
    if (m_filling)
        return;
    if (m_editing && hasUnsavedChanges())
        m_message->clear();
    // Only a started change is judged: an untouched new form is not yet a mistake.
    const bool untouchedNew = isNew() && m_fi->text().isEmpty() && m_sv->text().isEmpty() && m_en->text().isEmpty();
    const QString text = untouchedNew ? QString() : problem();
    m_problem->setText(text);
    m_problem->setVisible(!text.isEmpty());
    m_problem->setAccessibleName(tr("Problem with the topic"));
    m_problem->setAccessibleDescription(text);
    for (QWidget *input : std::initializer_list<QWidget *> { m_fi, m_sv, m_en, m_code, m_parent, m_heavy })
        input->setEnabled(m_editable);
    m_save->setEnabled(m_editable && m_editing && hasUnsavedChanges() && problem().isEmpty());
    m_revert->setEnabled(m_editable && m_editing && hasUnsavedChanges());
    m_retire->setVisible(m_editing && !isNew());
    m_retire->setEnabled(m_editable && m_editing && !isNew() && problem().isEmpty());
    for (QWidget *button : std::initializer_list<QWidget *> { m_save, m_revert, m_retire })
        button->setToolTip(m_editable ? QString() : m_notEditable);
    if (m_topic.retired) {
        m_retire->setText(tr("&Return to Use"));
        m_retire->setAccessibleName(tr("Return the topic to use"));
        m_retire->setAccessibleDescription(tr("Offers the topic again in the pickers"));
    } else {
        m_retire->setText(tr("&Retire Topic"));
        m_retire->setAccessibleName(tr("Retire the topic"));
        m_retire->setAccessibleDescription(tr("The topic stays on the records that have it but is no longer "
                                              "offered for tagging"));
    }
    if (!m_editing)
        m_state->setText(tr("Choose a topic in the tree, or add one."));
    else if (isNew())
        m_state->setText(tr("New topic. Give at least one name; the code is suggested from the English name."));
    else if (m_topic.retired)
        m_state->setText(tr("Retired: kept on the records that have it, no longer offered for tagging."));
    else
        m_state->setText(tr("In use: offered for tagging requests and experiences."));
    if (m_editing && !m_editable && !m_notEditable.isEmpty())
        m_state->setText(m_state->text() + QLatin1Char(' ') + m_notEditable);
}

void TopicEditForm::revert()
{
    if (isNew()) {
        emit newTopicAbandoned();
        return;
    }
    fill(m_topic);
}

void TopicEditForm::requestSave(bool toggleRetired)
{
    if (!m_editing || !m_editable)
        return;
    if (!toggleRetired && !hasUnsavedChanges())
        return;
    if (const QString text = problem(); !text.isEmpty()) {
        m_problem->setText(text);
        m_problem->show();
        return;
    }
    Topic t = entered();
    if (toggleRetired)
        t.retired = !t.retired;
    emit saveRequested(t);
}

bool TopicEditForm::eventFilter(QObject *watched, QEvent *event)
{
    if (event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) && qobject_cast<QLineEdit *>(watched)) {
            requestSave(false);
            return true;
        }
        if (key->key() == Qt::Key_Escape && (hasUnsavedChanges() || isNew())) {
            revert();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace Kohtaamo
