#pragma once

#include "Page.h"

#include <QMainWindow>
#include <QMap>

#include <memory>

class QAction;
class QLabel;
class QListWidget;
class QMenu;
class QStackedWidget;
class QUndoStack;

namespace Kohtaamo {

class OfficeService;
struct DatabaseLocation;
class ReportsPage;
class RequestsPage;
class WorkersPage;
class SettingsPage;
class GroupMeetingRhythmEditor;
class Translations;
class Settings;
class TodayPage;

// The frame around every page: a side bar to Today, Requests, Workers, Reports and Settings, the pages in a stack,
// the File and Help menus, and a status bar that says which database is open and as whom.
// Owns the open database; pages borrow it. Remembers its geometry and last page in the settings.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    MainWindow(std::unique_ptr<OfficeService> office, Settings &settings, QWidget *parent = nullptr);
    ~MainWindow() override;

    OfficeService &office() const { return *m_office; }
    // The application's translations, which the Settings page switches when the coordinator chooses a language.
    void setTranslations(Translations *translations);
    // This session's saved edits, for Edit ▸ Undo / Redo; cleared when another database is opened.
    QUndoStack *undoStack() const { return m_undoStack; }

    Page currentPage() const;
    void showPage(Page page);
    QWidget *pageWidget(Page page) const;

    // Opens another database and shows it; on failure says why and keeps the current one. A file that does not exist
    // becomes a new office only when `createAgreed` or the coordinator says so when asked.
    // remember: store it in the settings as the database to open next time and in the recent offices (never for the
    // demo database).
    void startOffice();
    bool openDatabase(const DatabaseLocation &location, bool remember = true, bool createAgreed = false);
    // File ▸ Reset Demo Office: the demo office made afresh (only while the demo office is open).
    bool resetDemoOffice();
    // The offices opened last, newest first, as File ▸ Open Recent lists them.
    QStringList recentOffices() const;

    QString statusText() const;

    // Reads the ranking's snapshot ahead on a thread of its own (MatchingService::warmUp), now and for every office
    // opened later, so that the first look at a request's candidates does not wait for every worker to be read.
    void readRankingAhead();

signals:
    void currentPageChanged(Kohtaamo::Page page);
    void databaseChanged();

protected:
    void closeEvent(QCloseEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    void createActions();
    void createMenus();
    QWidget *createSideBar();
    void createPages();
    void retranslateUi();
    void updateUndoTexts();
    void updateDatabaseInfo();
    void updateSideBarWidth();
    void restoreWindowSettings();
    void saveWindowSettings();
    void showOpenDatabaseDialog();
    void showNewOfficeDialog();
    void confirmResetDemo();
    void replaceOffice(std::unique_ptr<OfficeService> office);
    void lendOffice(OfficeService *office);
    void rememberRecent(const DatabaseLocation &location);
    void updateRecentMenu();
    void updateReadOnlyBar();
    void updateBackupActions();
    void showAboutDialog();
    // Puts the keyboard focus into the page: where it was last, else its first control.
    void focusPage(Page page);
    void onSideBarRowChanged(int row);

    std::unique_ptr<OfficeService> m_office; // the open office (owns its database connection)
    bool m_readRankingAhead = false;
    Settings &m_settings;

    QListWidget *m_sideBar = nullptr;
    QLabel *m_brand = nullptr;
    QStackedWidget *m_stack = nullptr;
    TodayPage *m_overview = nullptr;
    RequestsPage *m_requests = nullptr;
    WorkersPage *m_workers = nullptr;
    ReportsPage *m_reports = nullptr;
    SettingsPage *m_settingsPage = nullptr;
    GroupMeetingRhythmEditor *m_groupMeetings = nullptr;
    QLabel *m_statusLabel = nullptr;

    QUndoStack *m_undoStack = nullptr;
    QMenu *m_fileMenu = nullptr;
    QMenu *m_editMenu = nullptr;
    QAction *m_undoAction = nullptr;
    QAction *m_redoAction = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_openDatabaseAction = nullptr;
    QAction *m_newOfficeAction = nullptr;
    QAction *m_resetDemoAction = nullptr;
    QAction *m_backupAction = nullptr;
    QAction *m_restoreAction = nullptr;
    QMenu *m_recentMenu = nullptr;
    QLabel *m_readOnlyBar = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QMap<Page, QAction *> m_pageActions;
};

} // namespace Kohtaamo
