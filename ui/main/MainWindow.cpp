#include "MainWindow.h"

#include "AppInfo.h"
#include "DemoDatabase.h"
#include "KeyboardShortcutsDialog.h"
#include "OfficeBackupActions.h"
#include "OfficeOpener.h"
#include "OpenDatabaseDialog.h"
#include "SideBarDelegate.h"
#include "common/ErrorMessage.h"
#include "common/SvgIconEngine.h"
#include "office/OfficeService.h"
#include "reports/ReportsPage.h"
#include "requests/RequestFilterBar.h"
#include "requests/RequestInboxView.h"
#include "requests/RequestsPage.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "today/GroupMeetingRhythmEditor.h"
#include "today/TodayPage.h"
#include "workers/WorkerFilterBar.h"
#include "workers/WorkersPage.h"

#include <QAction>
#include <QApplication>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QScreen>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QUndoStack>
#include <QVBoxLayout>

namespace Kohtaamo {

namespace {

SvgIconEngine::Shape iconShape(Page page)
{
    switch (page) {
    case Page::Today:
        return SvgIconEngine::Shape::Today;
    case Page::Requests:
        return SvgIconEngine::Shape::Requests;
    case Page::Workers:
        return SvgIconEngine::Shape::Workers;
    case Page::Reports:
        return SvgIconEngine::Shape::Reports;
    case Page::Settings:
        return SvgIconEngine::Shape::Settings;
    }
    return SvgIconEngine::Shape::Today;
}

int pageIndex(Page page)
{
    return static_cast<int>(allPages().indexOf(page));
}

} // namespace

MainWindow::MainWindow(std::unique_ptr<OfficeService> office, Settings &settings, QWidget *parent)
    : QMainWindow(parent), m_office(std::move(office)), m_settings(settings)
{
    Q_ASSERT(m_office);
    setObjectName(QStringLiteral("mainWindow"));

    createActions();
    createMenus();

    auto *central = new QWidget(this);
    auto *column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    // Above every page while the office is open read-only: why nothing can be changed.
    m_readOnlyBar = new QLabel(central);
    m_readOnlyBar->setObjectName(QStringLiteral("readOnlyBar"));
    m_readOnlyBar->setWordWrap(true);
    m_readOnlyBar->setContentsMargins(12, 8, 12, 8);
    m_readOnlyBar->setAutoFillBackground(true);
    m_readOnlyBar->setBackgroundRole(QPalette::ToolTipBase);
    m_readOnlyBar->setForegroundRole(QPalette::ToolTipText);
    m_readOnlyBar->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_readOnlyBar->hide();
    column->addWidget(m_readOnlyBar);
    auto *layout = new QHBoxLayout;
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    column->addLayout(layout, 1);
    layout->addWidget(createSideBar());
    auto *line = new QFrame(central);
    line->setFrameShape(QFrame::VLine);
    line->setFrameShadow(QFrame::Plain);
    line->setForegroundRole(QPalette::Mid);
    layout->addWidget(line);
    m_stack = new QStackedWidget(central);
    m_stack->setObjectName(QStringLiteral("pages"));
    layout->addWidget(m_stack, 1);
    setCentralWidget(central);
    createPages();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("databaseStatus"));
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_statusLabel->setContentsMargins(6, 2, 6, 2);
    statusBar()->addWidget(m_statusLabel, 1);

    retranslateUi();
    startOffice();
    lendOffice(m_office.get());
    m_requests->setUndoStack(m_undoStack);
    m_workers->setUndoStack(m_undoStack);
    m_settingsPage->setUndoStack(m_undoStack);
    restoreWindowSettings();
    setTabOrder(m_sideBar, m_stack);
    if (!DemoDatabase::isDemo(m_office->location()))
        rememberRecent(m_office->location());
}

MainWindow::~MainWindow()
{
    // The pages outlive the office by a moment (children are deleted after the members): let go of it first.
    m_undoStack->clear(); // its commands refer to the office
    lendOffice(nullptr);
}

void MainWindow::lendOffice(OfficeService *office)
{
    // Every page borrows the one office; all of them are told at once, so none keeps one that is gone.
    m_overview->setOffice(office);
    m_requests->setOffice(office);
    m_workers->setOffice(office);
    m_reports->setOffice(office);
    m_settingsPage->setOffice(office);
    m_groupMeetings->setOffice(office);
}

void MainWindow::setTranslations(Translations *translations)
{
    m_settingsPage->setTranslations(translations);
}

void MainWindow::createActions()
{
    // Edit ▸ Undo / Redo for this session's saved edits; each step is itself a save (see StoredEditCommand).
    m_undoStack = new QUndoStack(this);
    m_undoAction = new QAction(this);
    m_undoAction->setObjectName(QStringLiteral("undoAction"));
    m_undoAction->setShortcut(QKeySequence::Undo);
    m_undoAction->setEnabled(false);
    connect(m_undoAction, &QAction::triggered, m_undoStack, &QUndoStack::undo);
    connect(m_undoStack, &QUndoStack::canUndoChanged, m_undoAction, &QAction::setEnabled);
    m_redoAction = new QAction(this);
    m_redoAction->setObjectName(QStringLiteral("redoAction"));
    m_redoAction->setShortcut(QKeySequence::Redo);
    m_redoAction->setEnabled(false);
    connect(m_redoAction, &QAction::triggered, m_undoStack, &QUndoStack::redo);
    connect(m_undoStack, &QUndoStack::canRedoChanged, m_redoAction, &QAction::setEnabled);
    connect(m_undoStack, &QUndoStack::undoTextChanged, this, &MainWindow::updateUndoTexts);
    connect(m_undoStack, &QUndoStack::redoTextChanged, this, &MainWindow::updateUndoTexts);

    m_newOfficeAction = new QAction(this);
    m_newOfficeAction->setObjectName(QStringLiteral("newOfficeAction"));
    connect(m_newOfficeAction, &QAction::triggered, this, &MainWindow::showNewOfficeDialog);

    m_openDatabaseAction = new QAction(this);
    m_openDatabaseAction->setObjectName(QStringLiteral("openOfficeAction"));
    m_openDatabaseAction->setShortcut(QKeySequence::Open);
    connect(m_openDatabaseAction, &QAction::triggered, this, &MainWindow::showOpenDatabaseDialog);

    m_resetDemoAction = new QAction(this);
    m_resetDemoAction->setObjectName(QStringLiteral("resetDemoAction"));
    connect(m_resetDemoAction, &QAction::triggered, this, &MainWindow::confirmResetDemo);

    // Encrypted backups of an SQLite office, through the office service (a shared database is pg_dump's).
    m_backupAction = new QAction(this);
    m_backupAction->setObjectName(QStringLiteral("backupAction"));
    connect(m_backupAction, &QAction::triggered, this, [this] {
        if (m_office)
            OfficeBackupActions::backUp(this, *m_office);
    });
    m_restoreAction = new QAction(this);
    m_restoreAction->setObjectName(QStringLiteral("restoreAction"));
    connect(m_restoreAction, &QAction::triggered, this, [this] {
        if (m_office && OfficeBackupActions::restore(this, *m_office))
            m_undoStack->clear(); // the steps were of the office as it was
    });

    m_quitAction = new QAction(this);
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_aboutAction = new QAction(this);
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &MainWindow::showAboutDialog);

    m_shortcutsAction = new QAction(this);
    m_shortcutsAction->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence::HelpContents);
    connect(m_shortcutsAction, &QAction::triggered, this, [this] {
        KeyboardShortcutsDialog dialog(this, this);
        dialog.exec();
    });

    m_aboutQtAction = new QAction(this);
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);

    // Ctrl+1 … Ctrl+5 go to the pages from anywhere in the window.
    int number = 1;
    for (Page page : allPages()) {
        auto *action = new QAction(this);
        action->setShortcut(QKeySequence(Qt::CTRL | static_cast<Qt::Key>(Qt::Key_0 + number++)));
        action->setShortcutContext(Qt::WindowShortcut);
        connect(action, &QAction::triggered, this, [this, page] {
            showPage(page);
            focusPage(page); // the page's own shortcuts (Ctrl+N …) work at once
        });
        addAction(action);
        m_pageActions.insert(page, action);
    }
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->addAction(m_newOfficeAction);
    m_fileMenu->addAction(m_openDatabaseAction);
    m_recentMenu = m_fileMenu->addMenu(QString());
    m_recentMenu->setObjectName(QStringLiteral("recentMenu"));
    // Filled when shown: an entry is never deleted while it is being triggered.
    connect(m_recentMenu, &QMenu::aboutToShow, this, &MainWindow::updateRecentMenu);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_backupAction);
    m_fileMenu->addAction(m_restoreAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_resetDemoAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_editMenu = menuBar()->addMenu(QString());
    m_editMenu->addAction(m_undoAction);
    m_editMenu->addAction(m_redoAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->addAction(m_shortcutsAction);
    m_helpMenu->addSeparator();
    m_helpMenu->addAction(m_aboutAction);
    m_helpMenu->addAction(m_aboutQtAction);
}

QWidget *MainWindow::createSideBar()
{
    auto *panel = new QWidget(this);
    panel->setObjectName(QStringLiteral("sideBarPanel"));
    auto *layout = new QVBoxLayout(panel);
    layout->setContentsMargins(10, 14, 10, 10);
    layout->setSpacing(12);

    // The application's mark and name above the pages.
    auto *brandRow = new QHBoxLayout;
    brandRow->setContentsMargins(6, 0, 0, 0);
    brandRow->setSpacing(10);
    auto *mark = new QLabel(panel);
    const int markSide = mark->fontMetrics().height() * 2;
    mark->setPixmap(SvgIconEngine::icon(SvgIconEngine::Shape::Application).pixmap(QSize(markSide, markSide)));
    brandRow->addWidget(mark);
    m_brand = new QLabel(QStringLiteral("Kohtaamo"), panel);
    m_brand->setObjectName(QStringLiteral("brand"));
    QFont brandFont = m_brand->font();
    brandFont.setBold(true);
    if (brandFont.pointSizeF() > 0)
        brandFont.setPointSizeF(brandFont.pointSizeF() * 1.25);
    m_brand->setFont(brandFont);
    brandRow->addWidget(m_brand, 1);
    layout->addLayout(brandRow);

    m_sideBar = new QListWidget(panel);
    m_sideBar->setObjectName(QStringLiteral("sideBar"));
    m_sideBar->setFrameShape(QFrame::NoFrame);
    // Icons grow with the font, so large-font settings keep them in proportion.
    const int iconSide = qMax(20, qRound(m_sideBar->fontMetrics().height() * 1.35));
    m_sideBar->setIconSize(QSize(iconSide, iconSide));
    m_sideBar->setSpacing(1);
    m_sideBar->setUniformItemSizes(true);
    m_sideBar->setItemDelegate(new SideBarDelegate(m_sideBar));
    m_sideBar->setSelectionMode(QAbstractItemView::SingleSelection);
    m_sideBar->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    m_sideBar->setTextElideMode(Qt::ElideNone);
    // The list blends into the side panel instead of looking like an input field.
    m_sideBar->viewport()->setAutoFillBackground(false);
    m_sideBar->setAutoFillBackground(false);
    for (Page page : allPages()) {
        auto *item = new QListWidgetItem(SvgIconEngine::icon(iconShape(page)), QString(), m_sideBar);
        item->setData(Qt::UserRole, pageKey(page));
    }
    connect(m_sideBar, &QListWidget::currentRowChanged, this, &MainWindow::onSideBarRowChanged);
    layout->addWidget(m_sideBar, 1);
    return panel;
}

void MainWindow::createPages()
{
    for (Page page : allPages()) {
        QWidget *widget = nullptr;
        if (page == Page::Today) {
            m_overview = new TodayPage(m_settings, m_stack);
            connect(m_overview, &TodayPage::pageRequested, this, [this](Page requested) {
                // Getting Started's "Add your organisation" opens Settings at Organisations, not at its first section.
                if (requested == Page::Settings && m_settingsPage)
                    m_settingsPage->showSection(SettingsPage::Section::Organisations);
                showPage(requested);
            });
            widget = m_overview;
        } else if (page == Page::Requests) {
            m_requests = new RequestsPage(m_settings, m_stack);
            widget = m_requests;
            // A line of Today opens the requests behind it (the lines given as ids wait for an id filter).
            connect(m_overview, &TodayPage::requestListRequested, this, [this](const RequestInboxFilter &filter) {
                m_requests->inbox()->setFilter(filter);
                showPage(Page::Requests);
                m_requests->inbox()->tableView()->setFocus(Qt::OtherFocusReason); // the list, not a filter
            });
            connect(m_overview, &TodayPage::requestsRequested, this,
                    [this](const QVector<qint64> &ids, const QString &title) {
                        m_requests->inbox()->filterBar()->setRestriction(ids, title);
                        showPage(Page::Requests);
                        m_requests->inbox()->tableView()->setFocus(Qt::OtherFocusReason);
                    });
        } else if (page == Page::Workers) {
            m_workers = new WorkersPage(m_stack);
            // A changed worker (consent, availability …) changes the candidates of every request.
            connect(m_workers, &WorkersPage::workerSaved, m_requests, &RequestsPage::refresh);
            connect(m_overview, &TodayPage::workerListRequested, this,
                    [this](const QVector<qint64> &ids, const QString &title) {
                        m_workers->filterBar()->setRestriction(ids, title);
                        showPage(Page::Workers);
                        m_workers->tableView()->setFocus(Qt::OtherFocusReason);
                    });
            widget = m_workers;
        } else if (page == Page::Settings) {
            m_settingsPage = new SettingsPage(m_settings, m_stack);
            m_groupMeetings = new GroupMeetingRhythmEditor(m_settingsPage);
            m_settingsPage->setGroupMeetingEditor(m_groupMeetings);
            connect(m_groupMeetings, &GroupMeetingRhythmEditor::saved, m_overview, &TodayPage::refresh);
            // Queued: the page that asked is given the new database after its own signal has returned.
            connect(
                m_settingsPage, &SettingsPage::openDatabaseRequested, this,
                // The section has tested the address and said that a missing file becomes a new office.
                [this](const DatabaseLocation &location) { openDatabase(location, true, true); }, Qt::QueuedConnection);
            // Weights, topics and organisations are what the ranking, the pickers and the filters are made of.
            for (auto signal : { &SettingsPage::rankingWeightsChanged, &SettingsPage::taxonomyChanged,
                                 &SettingsPage::organisationsChanged }) {
                connect(m_settingsPage, signal, m_requests, &RequestsPage::refresh);
                connect(m_settingsPage, signal, m_workers, &WorkersPage::refresh);
            }
            widget = m_settingsPage;
        } else { // Page::Reports
            m_reports = new ReportsPage(m_stack);
            widget = m_reports;
        }
        widget->setObjectName(pageKey(page) + QStringLiteral("Page"));
        m_stack->addWidget(widget);
    }
}

Page MainWindow::currentPage() const
{
    const int index = m_stack->currentIndex();
    return index >= 0 && index < allPages().size() ? allPages().at(index) : Page::Today;
}

QWidget *MainWindow::pageWidget(Page page) const
{
    return m_stack->widget(pageIndex(page));
}

void MainWindow::showPage(Page page)
{
    m_sideBar->setCurrentRow(pageIndex(page)); // onSideBarRowChanged does the rest
}

void MainWindow::focusPage(Page page)
{
    QWidget *shown = pageWidget(page);
    QWidget *last = shown->focusWidget(); // where the focus was when the page was left
    if (last && last->isVisible() && last->isEnabled() && shown->isAncestorOf(last)) {
        last->setFocus(Qt::ShortcutFocusReason);
        return;
    }
    for (QWidget *w = shown->nextInFocusChain(); w && w != shown; w = w->nextInFocusChain()) {
        if (shown->isAncestorOf(w) && w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)) {
            w->setFocus(Qt::ShortcutFocusReason);
            return;
        }
    }
}

void MainWindow::onSideBarRowChanged(int row)
{
    if (row < 0 || row >= allPages().size())
        return;
    const Page page = allPages().at(row);
    if (m_stack->currentIndex() == row)
        return;
    m_stack->setCurrentIndex(row);
    m_settings.setValue(Settings::Key::LastPage, pageKey(page));
    emit currentPageChanged(page);
}

void MainWindow::startOffice()
{
    // The acting coordinator is a record from the first start: the audit and "Recorded by" name them.
    // In the demo office the desktop acts as its admin, so that every screen can be tried.
    const QString login
        = DemoDatabase::isDemo(m_office->location()) ? DemoDatabase::coordinatorLogin() : m_office->openedAs();
    if (Status s = m_office->actAs(login); !s)
        qWarning("Kohtaamo: the acting coordinator could not be recorded: %s", qPrintable(s.error().message));
    // Meeting times, days and "today" are the office's, whatever zone this machine runs on.
    if (Status s = m_office->applyTimeZone(); !s)
        qWarning("Kohtaamo: the office's time zone could not be applied: %s", qPrintable(s.error().message));
    updateDatabaseInfo(); // the status bar names who is working
    updateReadOnlyBar();
    connect(m_office.get(), &OfficeService::changed, this, [this](const OfficeChange &change) {
        if (change.external || change.touches(OfficeChange::Kind::Request)
            || change.touches(OfficeChange::Kind::Engagement))
            m_overview->refresh(); // Today follows every change, another coordinator's too
    });
}

bool MainWindow::openDatabase(const DatabaseLocation &location, bool remember, bool createAgreed)
{
    auto opened = OfficeOpener::open(
        location, createAgreed ? [](const QString &) { return true; } : OfficeOpener::askWithDialog(this));
    if (!opened) {
        if (!opened.error().message.isEmpty()) // empty: the coordinator chose not to create a new office
            ErrorMessage::show(this, tr("Kohtaamo could not open the database."), opened.error());
        return false;
    }
    replaceOffice(std::move(opened).value());
    if (remember && !DemoDatabase::isDemo(location)) {
        m_settings.setValue(Settings::Key::DatabaseLocation, location.toString());
        rememberRecent(location);
    }
    return true;
}

void MainWindow::replaceOffice(std::unique_ptr<OfficeService> office)
{
    m_undoStack->clear(); // the edits were made in the office being closed
    std::unique_ptr<OfficeService> previousOffice = std::move(m_office);
    m_office = std::move(office);
    startOffice();
    lendOffice(m_office.get());
    previousOffice.reset();
    if (m_readRankingAhead)
        m_office->matching().warmUp();
    updateDatabaseInfo();
    m_resetDemoAction->setVisible(DemoDatabase::isDemo(m_office->location()));
    updateBackupActions();
    emit databaseChanged();
}

void MainWindow::readRankingAhead()
{
    m_readRankingAhead = true;
    if (m_office)
        m_office->matching().warmUp();
}

void MainWindow::updateBackupActions()
{
    const bool sqlite = m_office && m_office->location().kind == DatabaseLocation::Kind::SQLite;
    m_backupAction->setStatusTip(sqlite ? tr("Write an encrypted backup of this office")
                                        : tr("A shared database is backed up by its administrator with pg_dump"));
    m_backupAction->setEnabled(sqlite);
    m_restoreAction->setStatusTip(sqlite ? tr("Replace this office with an encrypted backup")
                                         : tr("A shared database is restored by its administrator with pg_restore"));
    m_restoreAction->setEnabled(sqlite && !m_office->isReadOnly());
}

bool MainWindow::resetDemoOffice()
{
    if (!DemoDatabase::isDemo(m_office->location()))
        return false;
    // The demo's files are removed with no connection open on them, then made afresh.
    m_undoStack->clear();
    lendOffice(nullptr);
    m_office.reset();
    Status removed = DemoDatabase::remove();
    auto opened = DemoDatabase::open();
    if (!opened) {
        ErrorMessage::show(this, tr("The demo office could not be made afresh."), opened.error());
        close();
        return false;
    }
    replaceOffice(std::move(opened).value());
    if (!removed) {
        ErrorMessage::show(this, tr("The demo office could not be made afresh."), removed.error());
        return false;
    }
    return true;
}

void MainWindow::confirmResetDemo()
{
    const auto answer = QMessageBox::question(
        this, tr("Reset the Demo Office"),
        tr("Make the demo office afresh? Everything changed in it is lost. Your own offices are not touched."),
        QMessageBox::Yes | QMessageBox::Cancel, QMessageBox::Cancel);
    if (answer == QMessageBox::Yes)
        resetDemoOffice();
}

QStringList MainWindow::recentOffices() const
{
    return m_settings.value(Settings::Key::RecentOffices).toStringList();
}

void MainWindow::rememberRecent(const DatabaseLocation &location)
{
    QStringList recent = recentOffices();
    const QString text = location.toString();
    recent.removeAll(text);
    recent.prepend(text);
    while (recent.size() > 8)
        recent.removeLast();
    m_settings.setValue(Settings::Key::RecentOffices, recent);
}

void MainWindow::updateRecentMenu()
{
    m_recentMenu->clear();
    int number = 1;
    for (const QString &text : recentOffices()) {
        auto location = DatabaseLocation::parse(text);
        if (!location)
            continue;
        const QString shown = location->displayName();
        QAction *action = m_recentMenu->addAction(number < 10 ? QStringLiteral("&%1 %2").arg(number).arg(shown) : shown,
                                                  this, [this, where = *location] { openDatabase(where); });
        action->setToolTip(shown);
        ++number;
    }
    if (m_recentMenu->isEmpty()) {
        m_recentMenu->addAction(tr("No recent offices"))->setEnabled(false);
        return;
    }
    m_recentMenu->addSeparator();
    m_recentMenu->addAction(tr("&Clear the List"), this, [this] { m_settings.reset(Settings::Key::RecentOffices); });
}

void MainWindow::updateReadOnlyBar()
{
    const bool readOnly = m_office && m_office->isReadOnly();
    if (readOnly) {
        const QString text = m_office->lacksWritePermission()
            ? tr("Read only: you have no permission to write to “%1”. You can read this office, but nothing can be "
                 "changed.")
                  .arg(m_office->location().displayName())
            : tr("Read only: this office was opened for reading. Nothing can be changed.");
        m_readOnlyBar->setText(text);
        m_readOnlyBar->setAccessibleName(text);
    }
    m_readOnlyBar->setVisible(readOnly);
}

void MainWindow::showNewOfficeDialog()
{
    const QString start = QFileInfo(Settings::defaultDatabasePath()).absolutePath();
    QString path = QFileDialog::getSaveFileName(this, tr("New Office"), start,
                                                tr("Kohtaamo offices (*.kohtaamo *.sqlite);;All files (*)"));
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".kohtaamo");
    if (QFileInfo::exists(path)) {
        // The file dialog has asked whether to replace it: an office is never overwritten, so say so.
        ErrorMessage::show(
            this, tr("Kohtaamo could not create the office."),
            Error(Error::Code::InvalidInput,
                  tr("“%1” already exists. A new office needs a new file name.").arg(QDir::toNativeSeparators(path))));
        return;
    }
    openDatabase(DatabaseLocation::sqlite(path), true, true);
}

void MainWindow::showOpenDatabaseDialog()
{
    OpenDatabaseDialog dialog(this);
    dialog.setLocation(m_office->location());
    if (dialog.exec() == QDialog::Accepted)
        openDatabase(dialog.location());
}

void MainWindow::showAboutDialog()
{
    QMessageBox::about(
        this, tr("About Kohtaamo"),
        tr("<h3>Kohtaamo %1</h3>"
           "<p>Kohtaamo helps coordinators of experience workers in child-protection organisations: it matches "
           "professionals' requests with people whose lived experience fits, and keeps track of consent, preparation, "
           "debriefs and fees.</p>"
           "<p>Built with Qt %2.</p>")
            .arg(AppInfo::version(), QString::fromLatin1(qVersion())));
}

QString MainWindow::statusText() const
{
    // The status bar's text and, in its tooltip, where the office is.
    return m_statusLabel->text() + QLatin1Char('\n') + m_statusLabel->toolTip();
}

void MainWindow::updateDatabaseInfo()
{
    const DatabaseLocation &location = m_office->location();
    const bool demo = DemoDatabase::isDemo(location);
    // An office file is named by its file name, which fits the status bar at 1280 px and 150 % font size (issue 19);
    // the whole path is in the label's tooltip and accessible description.
    QString where = location.displayName();
    if (location.kind == DatabaseLocation::Kind::SQLite)
        where = QFileInfo(location.path).fileName();
    QString text = demo ? tr("Demo database: %1").arg(where) : tr("Database: %1").arg(where);
    text += QStringLiteral("  ·  ")
        + tr("Working as %1")
              .arg(m_office && !m_office->coordinator().displayName.isEmpty() ? m_office->coordinator().displayName
                                                                              : m_office->openedAs());
    m_statusLabel->setText(text);
    m_statusLabel->setAccessibleName(text);
    m_statusLabel->setToolTip(location.displayName());
    m_statusLabel->setAccessibleDescription(location.displayName());

    QString title
        = location.kind == DatabaseLocation::Kind::SQLite ? QFileInfo(location.path).fileName() : location.databaseName;
    if (demo)
        title = tr("Demo — %1").arg(title);
    setWindowTitle(title);
}

void MainWindow::updateSideBarWidth()
{
    int widest = 0;
    const QFontMetrics metrics = m_sideBar->fontMetrics();
    for (int i = 0; i < m_sideBar->count(); ++i)
        widest = qMax(widest, metrics.horizontalAdvance(m_sideBar->item(i)->text()));
    // icon, gaps either side of it, the list's own margins, and room for a vertical scroll bar at large fonts
    const int width = widest + m_sideBar->iconSize().width() + 44;
    m_sideBar->setFixedWidth(qMax(width, 170));
}

void MainWindow::retranslateUi()
{
    m_fileMenu->setTitle(tr("&File"));
    m_helpMenu->setTitle(tr("&Help"));
    m_editMenu->setTitle(tr("&Edit"));
    updateUndoTexts();
    m_newOfficeAction->setText(tr("&New Office…"));
    m_newOfficeAction->setStatusTip(tr("Create a new, empty office in a file of its own"));
    m_openDatabaseAction->setText(tr("&Open Office…"));
    m_openDatabaseAction->setStatusTip(tr("Open another office: a file or a shared PostgreSQL database"));
    m_recentMenu->setTitle(tr("Open &Recent"));
    updateRecentMenu();
    m_resetDemoAction->setText(tr("Reset the &Demo Office…"));
    m_resetDemoAction->setStatusTip(tr("Make the demo office afresh, as on its first start"));
    m_resetDemoAction->setVisible(m_office && DemoDatabase::isDemo(m_office->location()));
    m_backupAction->setText(tr("&Back Up Office…"));
    m_restoreAction->setText(tr("Res&tore Office…"));
    updateBackupActions();
    updateReadOnlyBar();
    m_quitAction->setText(tr("&Quit"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About Kohtaamo"));
    m_aboutQtAction->setText(tr("About &Qt"));

    const QMap<Page, QString> names {
        { Page::Today, tr("Today") },
        { Page::Requests, tr("Requests") },
        { Page::Workers, tr("Experience workers") },
        { Page::Reports, tr("Reports") },
        { Page::Settings, tr("Settings") },
    };
    for (Page page : allPages()) {
        QListWidgetItem *item = m_sideBar->item(pageIndex(page));
        const QString shortcut = m_pageActions.value(page)->shortcut().toString(QKeySequence::NativeText);
        item->setText(names.value(page));
        item->setToolTip(tr("%1 (%2)").arg(names.value(page), shortcut));
        m_pageActions.value(page)->setText(names.value(page));
        pageWidget(page)->setAccessibleName(names.value(page));
    }
    m_sideBar->setAccessibleName(tr("Pages"));
    m_sideBar->setAccessibleDescription(tr("Choose a page with the arrow keys, or press Ctrl with 1 to 5."));
    updateSideBarWidth();
    updateDatabaseInfo();
}

void MainWindow::updateUndoTexts()
{
    const QString undo = m_undoStack->undoText();
    const QString redo = m_undoStack->redoText();
    m_undoAction->setText(undo.isEmpty() ? tr("&Undo") : tr("&Undo the %1").arg(undo));
    m_redoAction->setText(redo.isEmpty() ? tr("&Redo") : tr("&Redo the %1").arg(redo));
}

void MainWindow::restoreWindowSettings()
{
    if (!restoreGeometry(m_settings.bytes(Settings::Key::MainWindowGeometry))) {
        QSize size(1180, 760);
        if (const QScreen *screen = QGuiApplication::primaryScreen())
            size = size.boundedTo(screen->availableSize() * 0.9);
        resize(size);
    }
    restoreState(m_settings.bytes(Settings::Key::MainWindowState));
    const auto page = pageFromKey(m_settings.string(Settings::Key::LastPage));
    const Page start = page.value_or(Page::Today);
    m_sideBar->setCurrentRow(pageIndex(start));
    m_stack->setCurrentIndex(pageIndex(start));
}

void MainWindow::saveWindowSettings()
{
    m_settings.setValue(Settings::Key::MainWindowGeometry, saveGeometry());
    m_settings.setValue(Settings::Key::MainWindowState, saveState());
    m_settings.setValue(Settings::Key::LastPage, pageKey(currentPage()));
    m_settings.sync();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    saveWindowSettings();
    event->accept();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QMainWindow::changeEvent(event);
}

} // namespace Kohtaamo
