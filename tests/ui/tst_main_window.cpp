// The main window on real widgets, offscreen: what a coordinator sees on an empty and on a populated database,
// keyboard navigation, names for screen readers, remembered geometry, and the language switch.
#include "AccessibilityAudit.h"

#include "common/CountTile.h"
#include "common/ListRestriction.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "main/AppInfo.h"
#include "main/GettingStartedPanel.h"
#include "main/MainWindow.h"
#include "main/OpenDatabaseDialog.h"
#include "office/OfficeService.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/RequestRepository.h"
#include "requests/RequestFilterBar.h"
#include "requests/RequestInboxView.h"
#include "requests/RequestsPage.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "today/TodayLine.h"
#include "today/TodayPage.h"
#include "workers/WorkerListModel.h"
#include "workers/WorkersPage.h"

#include <QAccessible>
#include <QApplication>
#include <QDialogButtonBox>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <algorithm>
#include <memory>

using namespace Kohtaamo;
using Kohtaamo::Accessibility::collectUnnamed;

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void showsGettingStartedOnAnEmptyDatabase();
    void gettingStartedButtonsOpenTheirPages();
    void gettingStartedStaysUntilEveryStepIsDone();
    void showsCountsOnAPopulatedDatabase();
    void countsFollowTheDatabaseWhenTodayIsShownAgain();
    void aTodayLineOpensTheRequestsBehindIt();
    void everyTodayLineOpensExactlyItsList();
    void keyboardReachesEveryPage();
    void everyInteractiveWidgetHasAnAccessibleName();
    void everyPageHasItsContent();
    void requestsPageListsTheOpenDatabasesRequests();
    void statusBarNamesTheDatabaseAndTheUser();
    void remembersGeometryAndLastPage();
    void openingAnotherDatabaseSwitchesAndRemembersIt();
    void recentOfficesAreListedNewestFirst();
    void aReadOnlyOfficeSaysSoInABar();
    void aForeignFileIsRefusedAndTheCurrentDatabaseKept();
    void openDatabaseDialogChecksTheAddressAsItIsTyped();
    void switchingToSwedishTranslatesTheSideBar();
    void qtStandardButtonsAreTranslated();

private:
    std::unique_ptr<MainWindow> createWindow();
    QListWidget *sideBar(MainWindow &window);
    void populate(Database &db);

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_db;
    QString m_dbPath;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::apply();
}

void TestMainWindow::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kohtaamo.ini")));
    m_dbPath = m_dir->filePath(QStringLiteral("office.sqlite"));
    auto opened = Database::open(DatabaseLocation::sqlite(m_dbPath));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_db = std::move(opened).value();
    m_db->setActor(QStringLiteral("anna.koordinaattori"));
}

void TestMainWindow::cleanup()
{
    m_db.reset();
    m_settings.reset();
    m_dir.reset();
}

std::unique_ptr<MainWindow> TestMainWindow::createWindow()
{
    Q_ASSERT(m_db);
    auto window = std::make_unique<MainWindow>(std::make_unique<OfficeService>(std::move(m_db)), *m_settings);
    window->resize(1100, 720);
    return window;
}

QListWidget *TestMainWindow::sideBar(MainWindow &window)
{
    return window.findChild<QListWidget *>(QStringLiteral("sideBar"));
}

void TestMainWindow::populate(Database &db)
{
    OrganisationRepository organisations(db);
    Organisation lauste;
    lauste.name = QStringLiteral("Perhekuntoutuskeskus Lauste");
    auto saved = organisations.save(lauste);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    Organisation former;
    former.name = QStringLiteral("Äimä ry");
    former.active = false;
    QVERIFY(organisations.save(former).ok());

    const struct
    {
        const char *name;
        const char *status;
    } workers[] = { { "Aino K.", "active" },
                    { "Mikael S.", "active" },
                    { "Helmi", "active" },
                    { "Jussi V.", "on_break" },
                    { "Sara L.", "left" } };
    for (const auto &w : workers) {
        SqlQuery q(db,
                   QStringLiteral("INSERT INTO workers (display_name, organisation_id, title, status) "
                                  "VALUES (?, ?, ?, ?)"));
        q.bindAll({ QString::fromUtf8(w.name), saved->id, QStringLiteral("expert_by_experience"),
                    QString::fromLatin1(w.status) });
        const Status s = q.exec();
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
    }

    const char *statuses[]
        = { "new", "new", "tagged", "inviting", "inviting", "inviting", "held", "closed", "cancelled" };
    int n = 0;
    for (const char *status : statuses) {
        SqlQuery q(db,
                   QStringLiteral("INSERT INTO requests (reference, received_on, requester_name, title, status) "
                                  "VALUES (?, ?, ?, ?, ?)"));
        ++n;
        q.bindAll({ QStringLiteral("2025-%1").arg(n, 4, 10, QLatin1Char('0')), SqlQuery::fromDate(QDate(2025, 3, n)),
                    QStringLiteral("Sosiaalityöntekijä %1").arg(n), QStringLiteral("Esite selkokielelle %1").arg(n),
                    QString::fromLatin1(status) });
        const Status s = q.exec();
        QVERIFY2(s.ok(), qPrintable(s.error().detail));
    }
}

void TestMainWindow::showsGettingStartedOnAnEmptyDatabase()
{
    auto window = createWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QCOMPARE(window->currentPage(), Page::Today);
    auto *overview = qobject_cast<TodayPage *>(window->pageWidget(Page::Today));
    QVERIFY(overview);
    QVERIFY(overview->showsGettingStarted());
    QVERIFY(overview->errorText().isEmpty());
    auto *panel = overview->findChild<QWidget *>(QStringLiteral("gettingStarted"));
    QVERIFY(panel && panel->isVisible());
    QVERIFY(!overview->findChild<CountTile *>(QStringLiteral("organisationsTile"))->isVisible());
    // It says what to do first and how to see the demo.
    const QLabel *demo = panel->findChild<QLabel *>(QStringLiteral("demoHint"));
    QVERIFY(demo && demo->text().contains(QLatin1String("--demo")));
}

void TestMainWindow::gettingStartedButtonsOpenTheirPages()
{
    auto window = createWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const struct
    {
        const char *button;
        Page page;
    } steps[]
        = { { "step1Button", Page::Settings }, { "step2Button", Page::Workers }, { "step3Button", Page::Requests } };
    for (const auto &step : steps) {
        window->showPage(Page::Today);
        auto *button = window->findChild<QPushButton *>(QString::fromLatin1(step.button));
        QVERIFY(button);
        QTest::mouseClick(button, Qt::LeftButton);
        QCOMPARE(window->currentPage(), step.page);
        QCOMPARE(sideBar(*window)->currentRow(), static_cast<int>(allPages().indexOf(step.page)));
        if (step.page == Page::Settings) { // "Add your organisation": the organisations, not the ranking weights
            auto *settings = qobject_cast<SettingsPage *>(window->pageWidget(Page::Settings));
            QVERIFY(settings);
            QCOMPARE(settings->currentSection(), SettingsPage::Section::Organisations);
        }
    }
}

void TestMainWindow::gettingStartedStaysUntilEveryStepIsDone()
{
    auto window = createWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *overview = qobject_cast<TodayPage *>(window->pageWidget(Page::Today));
    auto *panel = overview->findChild<GettingStartedPanel *>();
    QVERIFY(panel);
    QVERIFY(!panel->isDone(0) && !panel->isDone(1) && !panel->isDone(2));
    // Step 1 done: the guide stays, with the step marked done, until there are workers and a request too.
    Organisation own;
    own.name = QStringLiteral("Oma yhdistys");
    QVERIFY(window->office().saveOrganisation(own));
    overview->refresh();
    QVERIFY(overview->showsGettingStarted());
    QVERIFY(panel->isDone(0));
    QVERIFY(!panel->isDone(1) && !panel->isDone(2));
    bool marked = false;
    for (QLabel *label : panel->findChildren<QLabel *>())
        marked = marked || label->accessibleName().contains(QLatin1String("done"));
    QVERIFY(marked);
    // Everything there: the guide goes.
    populate(window->office().database());
    overview->refresh();
    QVERIFY(!overview->showsGettingStarted());
}

void TestMainWindow::showsCountsOnAPopulatedDatabase()
{
    populate(*m_db);
    auto window = createWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *overview = qobject_cast<TodayPage *>(window->pageWidget(Page::Today));
    QVERIFY(!overview->showsGettingStarted());
    QVERIFY(overview->errorText().isEmpty());

    auto *organisations = overview->findChild<CountTile *>(QStringLiteral("organisationsTile"));
    auto *workers = overview->findChild<CountTile *>(QStringLiteral("workersTile"));
    auto *requests = overview->findChild<CountTile *>(QStringLiteral("openRequestsTile"));
    QVERIFY(organisations && organisations->isVisible());
    QCOMPARE(organisations->valueText(), QStringLiteral("1")); // the inactive one is not counted …
    QVERIFY(organisations->detail().contains(QLatin1String("1"))); // … but mentioned
    QCOMPARE(workers->valueText(), QStringLiteral("3"));
    QVERIFY(workers->detail().contains(QLatin1String("5"))); // registered in all
    QCOMPARE(requests->valueText(), QStringLiteral("7")); // closed and cancelled are not open

    // The first line of the day's work: the requests still to tag (both New ones).
    auto *untagged = overview->line(TodayPage::Line::UntaggedRequests);
    QVERIFY(untagged && untagged->isVisible());
    QCOMPARE(untagged->countText(), QStringLiteral("2"));
    QCOMPARE(untagged->sentence(), QStringLiteral("2 requests not yet tagged"));
    // A screen reader hears the tile as one sentence.
    QVERIFY(workers->accessibleName().contains(QLatin1String("3")));
}

void TestMainWindow::countsFollowTheDatabaseWhenTodayIsShownAgain()
{
    auto window = createWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *overview = qobject_cast<TodayPage *>(window->pageWidget(Page::Today));
    QVERIFY(overview->showsGettingStarted());
    populate(window->office().database());
    window->showPage(Page::Requests);
    window->showPage(Page::Today);
    QVERIFY(!overview->showsGettingStarted());
    QCOMPARE(overview->counts().openRequests(), 7);
    QCOMPARE(overview->counts().activeWorkers, 3);
}

void TestMainWindow::aTodayLineOpensTheRequestsBehindIt()
{
    populate(*m_db);
    auto window = createWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    auto *today = qobject_cast<TodayPage *>(window->pageWidget(Page::Today));
    TodayLine *untagged = today->line(TodayPage::Line::UntaggedRequests);
    untagged->setFocus();
    QTest::keyClick(untagged, Qt::Key_Return);
    QCOMPARE(window->currentPage(), Page::Requests);
    auto *requests = qobject_cast<RequestsPage *>(window->pageWidget(Page::Requests));
    QCOMPARE(requests->inbox()->filter().statuses, QVector<RequestStatus> { RequestStatus::New });
}

// Every line of Today with something to show opens the list behind it: the Requests page or the Workers page
// limited to exactly the records the line counted.
void TestMainWindow::everyTodayLineOpensExactlyItsList()
{
    DemoGenerator::Options options;
    options.workers = 80;
    options.requests = 160;
    options.seed = 5;
    QVERIFY(DemoGenerator(*m_db).generate(options).ok());
    auto window = createWindow();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    auto *today = qobject_cast<TodayPage *>(window->pageWidget(Page::Today));
    auto *requests = qobject_cast<RequestsPage *>(window->pageWidget(Page::Requests));
    auto *workers = qobject_cast<WorkersPage *>(window->pageWidget(Page::Workers));
    QVERIFY(today && requests && workers);
    int opened = 0;
    for (TodayPage::Line line : TodayPage::allLines()) {
        window->showPage(Page::Today);
        TodayLine *widget = today->line(line);
        QVERIFY(widget);
        if (widget->count() == 0)
            continue;
        QSignalSpy requestIds(today, &TodayPage::requestsRequested);
        QSignalSpy workerIds(today, &TodayPage::workerListRequested);
        widget->setFocus();
        QTest::keyClick(widget, Qt::Key_Return);
        const QString what = TodayPage::lineKey(line);
        if (!requestIds.isEmpty()) {
            const auto ids = requestIds.first().at(0).value<QVector<qint64>>();
            QCOMPARE(window->currentPage(), Page::Requests);
            QVERIFY2(requests->inbox()->requestCount() == ids.size(), qPrintable(what));
            QVERIFY(requests->inbox()->filterBar()->restriction()->isVisible());
            ++opened;
        } else if (!workerIds.isEmpty()) {
            const auto ids = workerIds.first().at(0).value<QVector<qint64>>();
            QCOMPARE(window->currentPage(), Page::Workers);
            QVERIFY2(workers->model()->totalCount() == ids.size(), qPrintable(what));
            ++opened;
        } else {
            QVERIFY2(window->currentPage() != Page::Today, qPrintable(what)); // a filter or another page
            ++opened;
        }
    }
    QVERIFY2(opened >= 4, qPrintable(QString::number(opened))); // the demo office has work on most lines
    // "Show all" lifts the limit.
    window->showPage(Page::Requests);
    const auto all = RequestRepository(window->office().database()).listAll();
    QVERIFY(all.ok() && !all->isEmpty());
    requests->inbox()->filterBar()->setRestriction({ all->first().id }, QStringLiteral("one"));
    QCOMPARE(requests->inbox()->requestCount(), 1);
    QTest::mouseClick(requests->inbox()->filterBar()->restriction()->showAllButton(), Qt::LeftButton);
    QCOMPARE(requests->inbox()->requestCount(), 160);
}

void TestMainWindow::keyboardReachesEveryPage()
{
    auto window = createWindow();
    window->show();
    window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(window.get()));
    QListWidget *bar = sideBar(*window);
    auto *stack = window->findChild<QStackedWidget *>(QStringLiteral("pages"));
    bar->setFocus();
    QVERIFY(bar->hasFocus());

    // Arrow keys walk the side bar, and the page follows.
    const QVector<Page> pages = allPages();
    for (int i = 1; i < pages.size(); ++i) {
        QTest::keyClick(bar, Qt::Key_Down);
        QCOMPARE(window->currentPage(), pages.at(i));
        QCOMPARE(stack->currentWidget(), window->pageWidget(pages.at(i)));
        QVERIFY(window->pageWidget(pages.at(i))->isVisible());
    }
    QTest::keyClick(bar, Qt::Key_Home);
    QCOMPARE(window->currentPage(), Page::Today);

    // Ctrl+1 … Ctrl+5 from anywhere in the window.
    for (int i = pages.size() - 1; i >= 0; --i) {
        QTest::keyClick(window.get(), static_cast<Qt::Key>(Qt::Key_1 + i), Qt::ControlModifier);
        QCOMPARE(window->currentPage(), pages.at(i));
    }

    // Tab leaves the side bar into the page: on an empty database, the first step of "Getting started".
    bar->setFocus();
    QTest::keyClick(bar, Qt::Key_Tab);
    QWidget *focused = QApplication::focusWidget();
    QVERIFY(focused);
    QVERIFY2(
        window->pageWidget(Page::Today)->isAncestorOf(focused),
        qPrintable(QString::fromLatin1(focused->metaObject()->className()) + QLatin1Char(' ') + focused->objectName()));
}

void TestMainWindow::everyInteractiveWidgetHasAnAccessibleName()
{
    for (const bool populated : { false, true }) {
        init();
        if (populated)
            populate(*m_db);
        auto window = createWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        for (Page page : allPages()) {
            window->showPage(page);
            QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(window.get());
            QVERIFY(iface);
            QStringList unnamed;
            collectUnnamed(iface, unnamed);
            QVERIFY2(unnamed.isEmpty(),
                     qPrintable(pageKey(page) + QStringLiteral(": ") + unnamed.join(QStringLiteral("; "))));
            QVERIFY(!window->pageWidget(page)->accessibleName().isEmpty());
        }
        // The side bar's own items are named after their pages.
        QAccessibleInterface *list = QAccessible::queryAccessibleInterface(sideBar(*window));
        QVERIFY(list);
        QCOMPARE(list->text(QAccessible::Name), QStringLiteral("Pages"));
        window.reset();
        cleanup();
    }
}

void TestMainWindow::requestsPageListsTheOpenDatabasesRequests()
{
    auto window = createWindow();
    auto *page = qobject_cast<RequestsPage *>(window->pageWidget(Page::Requests));
    QVERIFY(page);
    QVERIFY(!page->findChild<QLabel *>(QStringLiteral("comingNotice")));
    QCOMPARE(page->inbox()->requestCount(), 0);
    populate(window->office().database());
    window->showPage(Page::Requests);
    page->refresh();
    QCOMPARE(page->inbox()->requestCount(), 9); // every request populate() stored, closed and cancelled too
    QVERIFY(page->newRequestAction()->isEnabled());
}

void TestMainWindow::everyPageHasItsContent()
{
    // No page is a placeholder any more: Reports holds the fees and the funders' results report.
    auto window = createWindow();
    for (Page page : allPages()) {
        QWidget *widget = window->pageWidget(page);
        QVERIFY2(widget, qPrintable(pageKey(page)));
        QVERIFY2(!widget->findChild<QLabel *>(QStringLiteral("comingNotice")), qPrintable(pageKey(page)));
    }
    QVERIFY(window->pageWidget(Page::Reports)->findChild<QWidget *>(QStringLiteral("fundersReportsTab")));
    QVERIFY(window->pageWidget(Page::Reports)->findChild<QWidget *>(QStringLiteral("reportTableView")));
}

void TestMainWindow::statusBarNamesTheDatabaseAndTheUser()
{
    auto window = createWindow();
    const QString status = window->statusText();
    QVERIFY2(status.contains(m_dbPath), qPrintable(status));
    QVERIFY2(status.contains(QLatin1String("anna.koordinaattori")), qPrintable(status));
    // The bar itself names the file (it fits 1280 px at 150 %); the whole path is in its tooltip and description.
    auto *label = window->findChild<QLabel *>(QStringLiteral("databaseStatus"));
    QVERIFY(label);
    QVERIFY2(label->text().contains(QFileInfo(m_dbPath).fileName()), qPrintable(label->text()));
    QVERIFY2(!label->text().contains(QFileInfo(m_dbPath).absolutePath()), qPrintable(label->text()));
    QCOMPARE(label->toolTip(), m_dbPath);
    QCOMPARE(label->accessibleDescription(), m_dbPath);
    QVERIFY(window->windowTitle().contains(QLatin1String("office.sqlite")));
}

void TestMainWindow::remembersGeometryAndLastPage()
{
    {
        auto window = createWindow();
        window->show();
        QVERIFY(QTest::qWaitForWindowExposed(window.get()));
        window->resize(1220, 700);
        window->showPage(Page::Reports);
        window->close();
    }
    QCOMPARE(m_settings->string(Settings::Key::LastPage), QStringLiteral("reports"));
    QVERIFY(!m_settings->bytes(Settings::Key::MainWindowGeometry).isEmpty());

    // The next start opens where the last one ended.
    auto opened = Database::open(DatabaseLocation::sqlite(m_dbPath));
    QVERIFY(opened.ok());
    m_db = std::move(opened).value();
    MainWindow again(std::make_unique<OfficeService>(std::move(m_db)), *m_settings);
    QCOMPARE(again.currentPage(), Page::Reports);
    QCOMPARE(sideBar(again)->currentRow(), static_cast<int>(allPages().indexOf(Page::Reports)));
    QCOMPARE(again.size(), QSize(1220, 700));
}

namespace {
// Answers the next "No office here yet" question: creates the office or cancels. Returns what the question said.
void answerCreateQuestion(QObject *context, bool create, QString *said)
{
    QTimer::singleShot(0, context, [create, said] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        *said = box->text();
        for (QAbstractButton *button : box->buttons()) {
            const bool isCreate = box->buttonRole(button) == QMessageBox::AcceptRole;
            if (isCreate == create) {
                button->click();
                return;
            }
        }
    });
}
} // namespace

void TestMainWindow::openingAnotherDatabaseSwitchesAndRemembersIt()
{
    auto window = createWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    QSignalSpy changed(window.get(), &MainWindow::databaseChanged);
    const QString other = m_dir->filePath(QStringLiteral("second office.sqlite"));

    // A file that does not exist: the coordinator is asked, and "Cancel" creates nothing and keeps the office open.
    QString asked;
    answerCreateQuestion(this, false, &asked);
    QVERIFY(!window->openDatabase(DatabaseLocation::sqlite(other)));
    QVERIFY2(asked.contains(QLatin1String("There is no Kohtaamo office")), qPrintable(asked));
    QVERIFY(!QFile::exists(other));
    QCOMPARE(changed.count(), 0);
    QCOMPARE(window->office().location().path, m_dbPath);

    // "Create New Office" creates it.
    asked.clear();
    answerCreateQuestion(this, true, &asked);
    QVERIFY(window->openDatabase(DatabaseLocation::sqlite(other)));
    QVERIFY(!asked.isEmpty());
    QCOMPARE(changed.count(), 1);
    QCOMPARE(window->office().location().path, other);
    QVERIFY(window->statusText().contains(other));
    QVERIFY(window->windowTitle().contains(QLatin1String("second office.sqlite")));
    QCOMPARE(m_settings->string(Settings::Key::DatabaseLocation), other);
    auto *overview = qobject_cast<TodayPage *>(window->pageWidget(Page::Today));
    QVERIFY(overview->showsGettingStarted());

    // A folder that does not exist is a mistyped path: refused with a message, nothing asked, nothing created.
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text() + QLatin1Char(' ') + box->informativeText();
            box->close();
        }
    });
    const QString typo = m_dir->filePath(QStringLiteral("typo/office.sqlite"));
    QVERIFY(!window->openDatabase(DatabaseLocation::sqlite(typo)));
    QVERIFY2(shown.contains(QLatin1String("does not exist")), qPrintable(shown));
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("typo"))));
    QCOMPARE(window->office().location().path, other);
}

void TestMainWindow::recentOfficesAreListedNewestFirst()
{
    const QString second = m_dir->filePath(QStringLiteral("second.kohtaamo"));
    {
        OfficeService::OpenOptions how;
        how.create = true;
        QVERIFY(OfficeService::open(DatabaseLocation::sqlite(second), how).ok());
    }
    auto window = createWindow();
    QCOMPARE(window->recentOffices(), QStringList { m_dbPath }); // the office opened at start
    QVERIFY(window->openDatabase(DatabaseLocation::sqlite(second)));
    QCOMPARE(window->recentOffices(), (QStringList { second, m_dbPath }));
    auto *menu = window->findChild<QMenu *>(QStringLiteral("recentMenu"));
    QVERIFY(menu);
    emit menu->aboutToShow();
    QList<QAction *> entries;
    for (QAction *action : menu->actions()) {
        if (!action->isSeparator())
            entries << action;
    }
    QCOMPARE(entries.size(), 3); // two offices and "Clear the List"
    QVERIFY2(entries.at(0)->text().contains(QLatin1String("second.kohtaamo")), qPrintable(entries.at(0)->text()));
    entries.at(1)->trigger(); // the first office again
    QCOMPARE(window->office().location().path, m_dbPath);
    QCOMPARE(window->recentOffices(), (QStringList { m_dbPath, second }));
    // A mistyped remembered path stays refused; the list can be cleared.
    entries.at(2)->trigger();
    QVERIFY(window->recentOffices().isEmpty());
    emit menu->aboutToShow();
    QCOMPARE(menu->actions().size(), 1);
    QVERIFY(!menu->actions().constFirst()->isEnabled()); // No recent offices
}

void TestMainWindow::aReadOnlyOfficeSaysSoInABar()
{
    m_db.reset();
    OfficeService::OpenOptions how;
    how.readOnly = true;
    auto opened = OfficeService::open(DatabaseLocation::sqlite(m_dbPath), how);
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    QVERIFY((*opened)->isReadOnly());
    MainWindow window(std::move(opened).value(), *m_settings);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *bar = window.findChild<QLabel *>(QStringLiteral("readOnlyBar"));
    QVERIFY(bar);
    QVERIFY(bar->isVisible());
    QVERIFY2(bar->text().contains(QLatin1String("Read only")), qPrintable(bar->text()));
    QCOMPARE(bar->accessibleName(), bar->text());
    // Every change is refused by the office with a message that says why; the file is not changed.
    const QByteArray before = [&] {
        QFile file(m_dbPath);
        return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
    }();
    Organisation o;
    o.name = QStringLiteral("Uusi yhdistys");
    auto saved = window.office().saveOrganisation(o);
    QVERIFY(!saved);
    QCOMPARE(saved.error().code, Error::Code::NotAllowed);
    QVERIFY2(saved.error().message.contains(QLatin1String("read-only")), qPrintable(saved.error().message));
    QFile file(m_dbPath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
}

void TestMainWindow::aForeignFileIsRefusedAndTheCurrentDatabaseKept()
{
    auto window = createWindow();
    window->show();
    QVERIFY(QTest::qWaitForWindowExposed(window.get()));
    const QString foreign = m_dir->filePath(QStringLiteral("notes.txt"));
    {
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Shopping list: milk, bread\n");
    }
    // The refusal is shown in a message box; note what it says and close it.
    QString shown;
    QTimer::singleShot(0, this, [&shown] {
        if (auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget())) {
            shown = box->text() + QLatin1Char(' ') + box->informativeText();
            box->close();
        }
    });
    QVERIFY(!window->openDatabase(DatabaseLocation::sqlite(foreign)));
    QVERIFY2(shown.contains(QLatin1String("could not open")), qPrintable(shown));
    QCOMPARE(window->office().database().location().path, m_dbPath);
    QVERIFY(window->statusText().contains(m_dbPath));
    QVERIFY(m_settings->isDefault(Settings::Key::DatabaseLocation));
    QFile file(foreign);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Shopping list: milk, bread\n")); // untouched
}

void TestMainWindow::openDatabaseDialogChecksTheAddressAsItIsTyped()
{
    OpenDatabaseDialog dialog;
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    auto *edit = dialog.findChild<QLineEdit *>();
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    auto *problem = dialog.findChild<QLabel *>(QStringLiteral("problem"));
    QVERIFY(edit && buttons && problem);
    QPushButton *open = buttons->button(QDialogButtonBox::Open);
    QVERIFY(!open->isEnabled());

    QTest::keyClicks(edit, QStringLiteral("postgresql://anna@dbserver"));
    QVERIFY(!open->isEnabled()); // no database named
    QVERIFY(problem->isVisible());
    edit->clear();
    QTest::keyClicks(edit, QStringLiteral("postgresql://anna@dbserver:5433/kohtaamo"));
    QVERIFY(open->isEnabled());
    QVERIFY(!problem->isVisible());
    QTest::mouseClick(open, Qt::LeftButton);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(dialog.location().kind, DatabaseLocation::Kind::PostgreSQL);
    QCOMPARE(dialog.location().port, 5433);

    QAccessibleInterface *iface = QAccessible::queryAccessibleInterface(&dialog);
    QStringList unnamed;
    collectUnnamed(iface, unnamed);
    QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QStringLiteral("; "))));
}

void TestMainWindow::switchingToSwedishTranslatesTheSideBar()
{
    auto window = createWindow();
    QListWidget *bar = sideBar(*window);
    QCOMPARE(bar->item(0)->text(), QStringLiteral("Today"));

    // Installing a translator posts LanguageChange to every window; the event loop delivers it.
    Translations translations;
    Status s = translations.install(QStringLiteral("sv"));
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QCoreApplication::processEvents();
    QVERIFY(translations.kohtaamoCatalogueLoaded());
    QVERIFY(translations.qtCatalogueLoaded());
    QCOMPARE(QLocale().name(), QStringLiteral("sv_FI"));
    const QStringList swedish { QStringLiteral("I dag"), QStringLiteral("Uppdrag"),
                                QString::fromUtf8("Erfarenhetsaktörer"), QStringLiteral("Rapporter"),
                                QString::fromUtf8("Inställningar") };
    for (int i = 0; i < swedish.size(); ++i)
        QCOMPARE(bar->item(i)->text(), swedish.at(i));
    QCOMPARE(bar->accessibleName(), QStringLiteral("Sidor"));
    auto *overview = qobject_cast<TodayPage *>(window->pageWidget(Page::Today));
    QCOMPARE(overview->findChild<QLabel *>(QStringLiteral("demoHint"))->text().contains(QLatin1String("--demo")), true);
    QVERIFY(window->menuBar()->actions().constFirst()->text() == QStringLiteral("&Arkiv"));

    s = translations.install(QStringLiteral("fi"));
    QVERIFY2(s.ok(), qPrintable(s.error().message));
    QCoreApplication::processEvents();
    QCOMPARE(bar->item(0)->text(), QString::fromUtf8("Tänään"));
    QCOMPARE(bar->item(2)->text(), QStringLiteral("Kokemustoimijat"));

    QVERIFY(translations.install(QStringLiteral("en")).ok());
    QCoreApplication::processEvents();
    QCOMPARE(bar->item(0)->text(), QStringLiteral("Today"));
    QCOMPARE(QLocale().name(), QStringLiteral("en_FI"));
}

void TestMainWindow::qtStandardButtonsAreTranslated()
{
    // Qt 6.4's Swedish catalogue has no standard buttons; Kohtaamo's addition must supply them.
    Translations translations;
    QVERIFY(translations.install(QStringLiteral("sv")).ok());
    QDialogButtonBox box(QDialogButtonBox::Ok | QDialogButtonBox::Cancel | QDialogButtonBox::Save
                         | QDialogButtonBox::Close | QDialogButtonBox::Apply | QDialogButtonBox::Discard
                         | QDialogButtonBox::Yes | QDialogButtonBox::No);
    QCOMPARE(box.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Avbryt"));
    QCOMPARE(box.button(QDialogButtonBox::Save)->text(), QStringLiteral("Spara"));
    QCOMPARE(box.button(QDialogButtonBox::Close)->text(), QString::fromUtf8("Stäng"));
    QCOMPARE(box.button(QDialogButtonBox::Apply)->text(), QString::fromUtf8("Verkställ"));
    QCOMPARE(box.button(QDialogButtonBox::Discard)->text(), QString::fromUtf8("Förkasta"));
    QCOMPARE(box.button(QDialogButtonBox::Yes)->text(), QStringLiteral("&Ja"));
    QCOMPARE(box.button(QDialogButtonBox::No)->text(), QStringLiteral("&Nej"));

    QVERIFY(translations.install(QStringLiteral("fi")).ok());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Peru"));
    QVERIFY(translations.install(QStringLiteral("en")).ok());
    QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Cancel"));
}

QTEST_MAIN(TestMainWindow)
#include "tst_main_window.moc"
