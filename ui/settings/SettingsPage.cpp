#include "SettingsPage.h"

#include "CoordinatorsSection.h"
#include "DatabaseSection.h"
#include "FundedActivitiesSection.h"
#include "GroupMeetingSection.h"
#include "LanguageSection.h"
#include "MailSection.h"
#include "OfficeSection.h"
#include "OrganisationsSection.h"
#include "RankingWeightsSection.h"
#include "RetentionSection.h"
#include "TopicTaxonomySection.h"
#include "audit/AuditLogSection.h"
#include "common/PageHeading.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QListWidget>
#include <QStackedWidget>
#include <QVBoxLayout>

namespace Kohtaamo {

SettingsPage::SettingsPage(Settings &settings, QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(16, 14, 16, 8);
    layout->setSpacing(10);
    m_title = new PageHeading(PageHeading::Level::Title, this);
    m_title->setObjectName(QStringLiteral("settingsTitle"));
    layout->addWidget(m_title);

    auto *row = new QHBoxLayout;
    row->setSpacing(16);
    m_list = new QListWidget(this);
    m_list->setObjectName(QStringLiteral("settingsSections"));
    m_list->setSizeAdjustPolicy(QAbstractScrollArea::AdjustToContents);
    m_list->setSizePolicy(QSizePolicy::Maximum, QSizePolicy::Expanding);
    m_list->setSpacing(3);
    row->addWidget(m_list);
    m_stack = new QStackedWidget(this);
    m_stack->setObjectName(QStringLiteral("settingsStack"));
    row->addWidget(m_stack, 1);
    layout->addLayout(row, 1);

    m_weights = new RankingWeightsSection(m_stack);
    m_weights->setObjectName(QStringLiteral("rankingWeightsSection"));
    m_topics = new TopicTaxonomySection(m_stack);
    m_topics->setObjectName(QStringLiteral("topicsSection"));
    m_organisations = new OrganisationsSection(m_stack);
    m_organisations->setObjectName(QStringLiteral("organisationsSection"));
    m_fundedActivities = new FundedActivitiesSection(m_stack);
    m_fundedActivities->setObjectName(QStringLiteral("fundedActivitiesSection"));
    m_coordinators = new CoordinatorsSection(m_stack);
    m_coordinators->setObjectName(QStringLiteral("coordinatorsSection"));
    m_office = new OfficeSection(m_stack);
    m_office->setObjectName(QStringLiteral("officeSection"));
    m_mail = new MailSection(m_stack);
    m_mail->setObjectName(QStringLiteral("mailSection"));
    m_database = new DatabaseSection(m_stack);
    m_database->setObjectName(QStringLiteral("databaseSection"));
    m_language = new LanguageSection(settings, m_stack);
    m_language->setObjectName(QStringLiteral("languageSection"));
    m_groupMeetings = new GroupMeetingSection(m_stack);
    m_groupMeetings->setObjectName(QStringLiteral("groupMeetingsSection"));
    m_retention = new RetentionSection(m_stack);
    m_retention->setObjectName(QStringLiteral("retentionSection"));
    m_auditLog = new AuditLogSection(m_stack);
    m_auditLog->setObjectName(QStringLiteral("auditLogSection"));
    m_sections = { m_weights, m_topics,   m_organisations, m_fundedActivities, m_coordinators, m_office,
                   m_mail,    m_database, m_language,      m_groupMeetings,    m_retention,    m_auditLog };
    for (SettingsSection *s : std::as_const(m_sections)) {
        m_stack->addWidget(s);
        m_list->addItem(new QListWidgetItem(m_list));
    }

    connect(m_list, &QListWidget::currentRowChanged, m_stack, &QStackedWidget::setCurrentIndex);
    connect(m_database, &DatabaseSection::openDatabaseRequested, this, &SettingsPage::openDatabaseRequested);
    connect(m_language, &LanguageSection::languageChosen, this, &SettingsPage::languageChosen);
    connect(m_weights, &RankingWeightsSection::weightsSaved, this, &SettingsPage::rankingWeightsChanged);
    connect(m_topics, &TopicTaxonomySection::taxonomyChanged, this, &SettingsPage::taxonomyChanged);
    connect(m_organisations, &OrganisationsSection::organisationsChanged, this, &SettingsPage::organisationsChanged);

    retranslateUi();
    m_list->setCurrentRow(0);
}

SettingsPage::~SettingsPage() = default;

void SettingsPage::setOffice(OfficeService *office)
{
    for (SettingsSection *s : std::as_const(m_sections))
        s->setOffice(office);
}

void SettingsPage::setTranslations(Translations *translations)
{
    m_language->setTranslations(translations);
}

void SettingsPage::setGroupMeetingEditor(QWidget *editor)
{
    m_groupMeetings->setEditor(editor);
}

void SettingsPage::showSection(Section section)
{
    m_list->setCurrentRow(static_cast<int>(section));
}

SettingsPage::Section SettingsPage::currentSection() const
{
    return static_cast<Section>(qMax(0, m_stack->currentIndex()));
}

SettingsSection *SettingsPage::section(Section section) const
{
    return m_sections.value(static_cast<int>(section));
}

void SettingsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void SettingsPage::retranslateUi()
{
    m_title->setText(tr("Settings"));
    m_list->setAccessibleName(tr("Settings sections"));
    m_list->setAccessibleDescription(tr("Choose a section with the arrow keys; Tab goes into it"));
    for (int i = 0; i < m_sections.size(); ++i)
        m_list->item(i)->setText(m_sections.at(i)->title());
    m_list->updateGeometry();
}

void SettingsPage::setUndoStack(QUndoStack *stack)
{
    m_weights->setUndoStack(stack);
    m_topics->setUndoStack(stack);
    m_organisations->setUndoStack(stack);
}

} // namespace Kohtaamo
