#pragma once

#include "office/DatabaseLocation.h"

#include <QVector>
#include <QWidget>

class QListWidget;
class QStackedWidget;

class QUndoStack;

namespace Kohtaamo {

class AuditLogSection;
class CoordinatorsSection;
class OfficeSection;
class DatabaseSection;
class GroupMeetingSection;
class RetentionSection;
class LanguageSection;
class MailSection;
class OfficeService;
class FundedActivitiesSection;
class OrganisationsSection;
class PageHeading;
class RankingWeightsSection;
class Settings;
class SettingsSection;
class TopicTaxonomySection;
class Translations;

// The Settings page: a list of sections on the left (ranking weights, topics, organisations, funded activities,
// coordinators, office,
// e-mail, database,
// language, group meetings, the audit log), the chosen one beside it. Each section is its own class, and each reads and
// writes through the office service and follows its change signal. The page does not open databases or switch languages
// itself: it says what the coordinator chose (openDatabaseRequested, languageChosen) for the main window to act on.
class SettingsPage : public QWidget
{
    Q_OBJECT
public:
    enum class Section {
        RankingWeights,
        Topics,
        Organisations,
        FundedActivities,
        Coordinators,
        Office,
        Mail,
        Database,
        Language,
        GroupMeetings,
        Retention,
        AuditLog
    };
    Q_ENUM(Section)

    explicit SettingsPage(Settings &settings, QWidget *parent = nullptr);
    ~SettingsPage() override;

    // Works through `office` (the acting coordinator's) until another is set; nullptr empties the page.
    void setOffice(OfficeService *office);
    // Optional: the application's Translations, so that a language choice applies at once.
    void setTranslations(Translations *translations);
    // The group meeting rhythm's editor, built elsewhere; the page takes ownership.
    void setGroupMeetingEditor(QWidget *editor);

    void showSection(Section section);
    Section currentSection() const;
    SettingsSection *section(Section section) const;

    RankingWeightsSection *rankingWeights() const { return m_weights; }
    TopicTaxonomySection *topics() const { return m_topics; }
    // Saved changes of weights and topics go on this stack (Edit ▸ Undo / Redo).
    void setUndoStack(QUndoStack *stack);
    OrganisationsSection *organisations() const { return m_organisations; }
    FundedActivitiesSection *fundedActivities() const { return m_fundedActivities; }
    CoordinatorsSection *coordinators() const { return m_coordinators; }
    OfficeSection *office() const { return m_office; }
    MailSection *mail() const { return m_mail; }
    DatabaseSection *databaseSection() const { return m_database; }
    LanguageSection *language() const { return m_language; }
    GroupMeetingSection *groupMeetings() const { return m_groupMeetings; }
    RetentionSection *retention() const { return m_retention; }
    AuditLogSection *auditLog() const { return m_auditLog; }
    QListWidget *sectionList() const { return m_list; }

signals:
    void openDatabaseRequested(const Kohtaamo::DatabaseLocation &location);
    void languageChosen(const QString &language);
    // Stored data others show changed: ranking weights, topics, organisations.
    void rankingWeightsChanged();
    void taxonomyChanged();
    void organisationsChanged();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    PageHeading *m_title = nullptr;
    QListWidget *m_list = nullptr;
    QStackedWidget *m_stack = nullptr;
    QVector<SettingsSection *> m_sections; // in Section order
    RankingWeightsSection *m_weights = nullptr;
    TopicTaxonomySection *m_topics = nullptr;
    OrganisationsSection *m_organisations = nullptr;
    FundedActivitiesSection *m_fundedActivities = nullptr;
    CoordinatorsSection *m_coordinators = nullptr;
    OfficeSection *m_office = nullptr;
    MailSection *m_mail = nullptr;
    DatabaseSection *m_database = nullptr;
    LanguageSection *m_language = nullptr;
    GroupMeetingSection *m_groupMeetings = nullptr;
    RetentionSection *m_retention = nullptr;
    AuditLogSection *m_auditLog = nullptr;
};

} // namespace Kohtaamo
