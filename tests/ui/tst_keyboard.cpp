// Kohtaamo with the keyboard alone (issue 19): date fields are one Tab stop where a whole date is typed; Tab goes
// round every page without a trap, each control once, the focus always visible; dialogs open with a visible focus;
// after every workflow action the focus stays in the page; the Alt letters of a window are unique; Help ▸ Keyboard
// Shortcuts lists the real actions; and the whole commission — new request to closed — runs on key presses only
// (QTest key clicks, no mouse, no slot called), counted.
#include "KeyboardAudit.h"
#include "ModalDriver.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "common/DateField.h"
#include "common/FocusKeeper.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "main/AppInfo.h"
#include "main/KeyboardShortcutsDialog.h"
#include "main/MainWindow.h"
#include "office/OfficeService.h"
#include "outcomes/MeetingOutcomeDialog.h"
#include "repositories/RequestRepository.h"
#include "repositories/WorkerRepository.h"
#include "requests/CandidateListModel.h"
#include "requests/CandidatesPanel.h"
#include "requests/InvitationListModel.h"
#include "requests/InvitationsPanel.h"
#include "requests/RequestDetailView.h"
#include "requests/RequestEditorDialog.h"
#include "requests/RequestFilterBar.h"
#include "requests/RequestInboxView.h"
#include "requests/RequestShortcuts.h"
#include "requests/RequestWorkflow.h"
#include "requests/RequestsPage.h"
#include "settings/Settings.h"
#include "storage/SqlQuery.h"
#include "workers/WorkerEditorDialog.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QScopeGuard>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

#include <functional>
#include <memory>

using namespace Kohtaamo;
using Kohtaamo::Test::whenModal;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(9, 0));
}

class TestKeyboard : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void dateFieldsAreOneTabStop();
    void tabGoesRoundEveryPage();
    void dialogsOpenWithAVisibleFocus();
    void altLettersAreUniquePerWindow_data();
    void altLettersAreUniquePerWindow();
    void helpListsTheShortcuts();
    void wholeCommissionByKeyboard();

private:
    void openOffice(int workers, int requests, unsigned seed);
    qint64 firstRequest(const QVector<RequestStatus> &statuses);
    QWidget *sideBar() const { return m_window->findChild<QListWidget *>(); }
    RequestsPage *requestsPage() const { return qobject_cast<RequestsPage *>(m_window->pageWidget(Page::Requests)); }

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    Translations m_translations;
};

void TestKeyboard::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::apply();
    QVERIFY(m_translations.install(QStringLiteral("en")).ok());
}

void TestKeyboard::init()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
}

void TestKeyboard::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

void TestKeyboard::openOffice(int workers, int requests, unsigned seed)
{
    m_testDb = std::make_unique<Test::TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    db->setActor(QStringLiteral("anna.koordinaattori"));
    DemoGenerator::Options options;
    options.workers = workers;
    options.requests = requests;
    options.seed = seed;
    options.today = kNow.date();
    QVERIFY(DemoGenerator(*db).generate(options).ok());
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kohtaamo.ini")));
    m_window = std::make_unique<MainWindow>(std::make_unique<OfficeService>(std::move(db)), *m_settings);
    m_window->resize(1280, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

qint64 TestKeyboard::firstRequest(const QVector<RequestStatus> &statuses)
{
    auto all = RequestRepository(m_window->office().database()).listAll();
    if (!all)
        return 0;
    for (const Request &r : *all) {
        if (statuses.contains(r.status))
            return r.id;
    }
    return 0;
}

// "Received on", "Starts" and the inbox's from/to: Tab leaves at once (Shift+Tab too), and a whole date typed in
// the shown format lands in the field, not in the next one.
void TestKeyboard::dateFieldsAreOneTabStop()
{
    openOffice(20, 10, 3);
    if (QTest::currentTestFailed())
        return;
    RequestEditorDialog dialog(m_window->office(), Request(), m_window.get());
    dialog.show();
    QApplication::setActiveWindow(&dialog);
    QVERIFY(QTest::qWaitForWindowActive(&dialog));
    auto *received = dialog.findChild<QDateEdit *>(QStringLiteral("receivedOn"));
    auto *name = dialog.findChild<QLineEdit *>(QStringLiteral("requesterName"));
    QVERIFY(received && name);
    QVERIFY(qobject_cast<DateField *>(received));
    name->setFocus(Qt::TabFocusReason);
    QTest::keyClick(name, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), received);
    const QDate typed(2026, 3, 6);
    QTest::keyClicks(received, typed.toString(received->displayFormat()));
    QCOMPARE(QApplication::focusWidget(), received);
    QTest::keyClick(received, Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), name); // one Tab, not three
    QCOMPARE(received->date(), typed);
    QVERIFY(name->text().isEmpty()); // nothing typed spilled over
    QTest::keyClick(name, Qt::Key_Backtab);
    QCOMPARE(QApplication::focusWidget(), received);
    QTest::keyClick(received, Qt::Key_Backtab);
    QVERIFY(QApplication::focusWidget() != received); // Shift+Tab leaves at once too

    // Starts: a date and a time, still one stop.
    auto *tabs = dialog.findChild<QTabWidget *>(QStringLiteral("tabs"));
    tabs->setCurrentIndex(2);
    auto *add = dialog.findChild<QPushButton *>(QStringLiteral("addTime"));
    QVERIFY(add);
    add->setFocus();
    QTest::keyClick(add, Qt::Key_Space);
    auto *starts = dialog.findChild<QDateTimeEdit *>(QStringLiteral("starts"));
    QVERIFY(starts);
    QTRY_COMPARE(QApplication::focusWidget(), starts);
    const QDateTime meeting(QDate(2026, 3, 31), QTime(13, 0));
    QTest::keyClicks(starts, meeting.toString(starts->displayFormat()));
    QCOMPARE(starts->dateTime(), meeting);
    QTest::keyClick(starts, Qt::Key_Tab);
    QVERIFY(QApplication::focusWidget() != starts);
    dialog.done(QDialog::Rejected); // typed into: reject() would ask about the changes

    // The inbox's dates showed "any" and held Tab for ever.
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_window->showPage(Page::Requests);
    RequestFilterBar *filters = requestsPage()->inbox()->filterBar();
    for (const char *which : { "from", "to" }) {
        auto *edit = filters->findChild<QDateEdit *>(QLatin1String(which));
        QVERIFY(edit);
        edit->setFocus(Qt::TabFocusReason);
        QCOMPARE(QApplication::focusWidget(), edit);
        QTest::keyClick(edit, Qt::Key_Tab);
        QVERIFY2(QApplication::focusWidget() != edit, which);
        edit->setFocus(Qt::TabFocusReason);
        QTest::keyClick(edit, Qt::Key_Backtab);
        QVERIFY2(QApplication::focusWidget() != edit, which);
    }
}

// From the sidebar, Tab goes through every control of the page once and comes back; the focused control is visible
// at every step. On Requests, each tab of the chosen request in turn.
void TestKeyboard::tabGoesRoundEveryPage()
{
    openOffice(30, 20, 5);
    if (QTest::currentTestFailed())
        return;
    const auto check = [this](const QString &where) {
        const Keyboard::TabWalk walk = Keyboard::walkTabs(m_window.get(), sideBar());
        const QString trail = walk.visited.join(QStringLiteral(" → "));
        QVERIFY2(walk.returned, qPrintable(where + QStringLiteral(": Tab never came back (a trap): ") + trail));
        QVERIFY2(walk.twice.isEmpty(),
                 qPrintable(where + QStringLiteral(": visited twice: ") + walk.twice.join(QStringLiteral(", "))));
        QVERIFY2(
            walk.hidden.isEmpty(),
            qPrintable(where + QStringLiteral(": focus not visible on: ") + walk.hidden.join(QStringLiteral(", "))));
        QVERIFY2(walk.missed.isEmpty(),
                 qPrintable(where + QStringLiteral(": never reached: ") + walk.missed.join(QStringLiteral(", "))
                            + QStringLiteral(" in ") + trail));
        qInfo("%s: %d Tab stops", qPrintable(where), int(walk.visited.size()));
    };
    for (Page page : allPages()) {
        m_window->showPage(page);
        check(pageKey(page));
        if (QTest::currentTestFailed())
            return;
    }
    m_window->showPage(Page::Requests);
    const qint64 inviting = firstRequest(
        { RequestStatus::Inviting, RequestStatus::Confirmed, RequestStatus::Tagged, RequestStatus::Held });
    QVERIFY(inviting != 0);
    QVERIFY(requestsPage()->inbox()->selectRequest(inviting));
    QTabWidget *tabs = requestsPage()->detail()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        check(QStringLiteral("request / ") + tabs->tabText(i));
        if (QTest::currentTestFailed())
            return;
    }
}

void TestKeyboard::dialogsOpenWithAVisibleFocus()
{
    openOffice(20, 20, 5);
    if (QTest::currentTestFailed())
        return;
    const auto check = [](QDialog &dialog, const QString &where) {
        dialog.show();
        QApplication::setActiveWindow(&dialog);
        QVERIFY(QTest::qWaitForWindowActive(&dialog));
        QWidget *focus = QApplication::focusWidget();
        QVERIFY2(focus, qPrintable(where + QStringLiteral(": no focus")));
        QVERIFY2(focus->window() == &dialog && focus->isVisible(), qPrintable(where));
        QVERIFY2(!qobject_cast<QTabBar *>(focus),
                 qPrintable(where + QStringLiteral(": opens on the tab bar, which shows no focus ring")));
        dialog.reject();
    };
    {
        RequestEditorDialog fresh(m_window->office(), Request(), m_window.get());
        check(fresh, QStringLiteral("new request"));
    }
    const qint64 inviting = firstRequest({ RequestStatus::Inviting, RequestStatus::Tagged, RequestStatus::Confirmed });
    QVERIFY(inviting != 0);
    auto stored = RequestRepository(m_window->office().database()).get(inviting);
    QVERIFY(stored.ok());
    {
        RequestEditorDialog editor(m_window->office(), *stored, m_window.get());
        check(editor, QStringLiteral("request editor"));
    }
    const qint64 held = firstRequest({ RequestStatus::Held, RequestStatus::Closed });
    QVERIFY(held != 0);
    {
        MeetingOutcomeDialog outcome(m_window->office(), held, m_window.get());
        check(outcome, QStringLiteral("meeting outcome"));
    }
    auto workers = WorkerRepository(m_window->office().database()).list();
    QVERIFY(workers.ok() && !workers->isEmpty());
    {
        WorkerEditorDialog editor(m_window->office(), workers->first(), m_window.get());
        check(editor, QStringLiteral("worker editor"));
    }
    {
        KeyboardShortcutsDialog shortcuts(m_window.get(), m_window.get());
        check(shortcuts, QStringLiteral("keyboard shortcuts"));
    }
}

void TestKeyboard::altLettersAreUniquePerWindow_data()
{
    QTest::addColumn<QString>("language");
    for (const QString &language : Translations::supportedLanguages())
        QTest::newRow(qPrintable(language)) << language;
}

// Each page of the main window (each tab of the chosen request) and each tab of the dialogs: no Alt letter twice, in
// every language of the interface (the Finnish and Swedish catalogues choose their own letters).
void TestKeyboard::altLettersAreUniquePerWindow()
{
    QFETCH(QString, language);
    QVERIFY(m_translations.install(language).ok());
    const auto backToEnglish = qScopeGuard([this] { m_translations.install(QStringLiteral("en")); });
    openOffice(20, 20, 5);
    if (QTest::currentTestFailed())
        return;
    int counted = 0;
    QStringList clashes;
    const auto check = [&clashes, &counted](QWidget *window, const QString &where) {
        QApplication::processEvents();
        for (const QString &clash : Keyboard::mnemonicClashes(window, &counted))
            clashes << where + QStringLiteral(" — ") + clash;
    };
    for (Page page : allPages()) {
        m_window->showPage(page);
        check(m_window.get(), pageKey(page));
    }
    m_window->showPage(Page::Requests);
    for (const auto &statuses :
         { QVector<RequestStatus> { RequestStatus::Tagged }, QVector<RequestStatus> { RequestStatus::Inviting },
           QVector<RequestStatus> { RequestStatus::Confirmed }, QVector<RequestStatus> { RequestStatus::Held } }) {
        const qint64 id = firstRequest(statuses);
        if (id == 0 || !requestsPage()->inbox()->selectRequest(id))
            continue;
        QTabWidget *tabs = requestsPage()->detail()->tabs();
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            check(m_window.get(),
                  QStringLiteral("request (%1) / %2")
                      .arg(RequestWorkflow::statusName(statuses.first()), tabs->tabText(i)));
        }
    }
    const auto eachTab = [&check](QDialog &dialog, const QString &where) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto tabWidgets = dialog.findChildren<QTabWidget *>();
        if (tabWidgets.isEmpty())
            check(&dialog, where);
        for (QTabWidget *tabs : tabWidgets) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                check(&dialog, where + QStringLiteral(" / ") + tabs->tabText(i));
            }
        }
        dialog.reject();
    };
    {
        RequestEditorDialog fresh(m_window->office(), Request(), m_window.get());
        eachTab(fresh, QStringLiteral("new request"));
    }
    const qint64 held = firstRequest({ RequestStatus::Held, RequestStatus::Closed });
    {
        MeetingOutcomeDialog outcome(m_window->office(), held, m_window.get());
        eachTab(outcome, QStringLiteral("meeting outcome"));
    }
    auto workers = WorkerRepository(m_window->office().database()).list();
    QVERIFY(workers.ok() && !workers->isEmpty());
    {
        WorkerEditorDialog editor(m_window->office(), workers->first(), m_window.get());
        eachTab(editor, QStringLiteral("worker editor"));
    }
    qInfo("%d Alt letters checked in %s", counted, qPrintable(language));
    for (const QString &clash : std::as_const(clashes))
        qInfo("clash: %s", qPrintable(clash));
    QVERIFY(counted > 50);
    QVERIFY2(clashes.isEmpty(), qPrintable(QStringLiteral("\n") + clashes.join(QLatin1Char('\n'))));
}

// F1 opens the list; it holds every workflow shortcut of the Requests page with its keys, and the window's own.
void TestKeyboard::helpListsTheShortcuts()
{
    openOffice(10, 5, 5);
    if (QTest::currentTestFailed())
        return;
    m_window->showPage(Page::Requests);
    requestsPage()->inbox()->tableView()->setFocus();
    QStringList listed;
    auto seen = whenModal<KeyboardShortcutsDialog>([&listed](KeyboardShortcutsDialog *dialog) {
        QTableWidget *table = dialog->table();
        for (int r = 0; r < table->rowCount(); ++r)
            listed << table->item(r, 0)->text() + QStringLiteral(" = ") + table->item(r, 1)->text();
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Escape);
    });
    QTest::keyClick(requestsPage()->inbox()->tableView(), Qt::Key_F1);
    QVERIFY2(seen->seen, "F1 did not open Help ▸ Keyboard Shortcuts");
    QVector<QAction *> expected = requestsPage()->shortcuts()->actions();
    expected << requestsPage()->newRequestAction() << requestsPage()->editRequestAction();
    QVERIFY(expected.size() >= 11);
    for (QAction *action : std::as_const(expected)) {
        const QString row = QString(action->text()).remove(QLatin1Char('&')) + QStringLiteral(" = ")
            + action->shortcut().toString(QKeySequence::NativeText);
        QVERIFY2(listed.contains(row),
                 qPrintable(row + QStringLiteral(" not in: ") + listed.join(QStringLiteral("; "))));
    }
    QVERIFY(listed.size() >= expected.size() + 5); // the page shortcuts, Undo, Open … too
}

namespace {

// Runs a list of keyboard steps one after another from the event loop, so that a step may open a modal dialog
// (whose own loop then runs the next steps) — the way a person keeps typing into whatever opened. Each step waits
// until it is ready (a dialog is open with the focus inside it, a list is filled) for up to 30 s.
class KeyScript : public QObject
{
public:
    struct Step
    {
        QString what;
        std::function<bool()> ready;
        std::function<void()> act;
    };

    void add(
        const QString &what, std::function<void()> act, std::function<bool()> ready = [] { return true; })
    {
        m_steps.append({ what, std::move(ready), std::move(act) });
    }
    void start()
    {
        QTimer::singleShot(0, this, [this] { tick(); });
    }
    bool finished() const { return m_next >= m_steps.size() || !m_failure.isEmpty(); }
    QString failure() const { return m_failure; }

    // A key on whatever has the focus (the active popup, modal dialog or window).
    void key(Qt::Key key, Qt::KeyboardModifiers modifiers = Qt::NoModifier)
    {
        ++presses;
        QWidget *target = QApplication::focusWidget();
        if (!target)
            target = QApplication::activePopupWidget() ? QApplication::activePopupWidget()
                                                       : QApplication::activeModalWidget();
        if (!target)
            target = QApplication::activeWindow();
        if (!target) {
            fail(QStringLiteral("no widget to type into"));
            return;
        }
        QTest::keyClick(target, key, modifiers);
    }
    // Text typed into the focused field: one "typing" of many characters.
    void type(const QString &text)
    {
        ++typings;
        characters += int(text.size());
        QWidget *target = QApplication::focusWidget();
        if (!target) {
            fail(QStringLiteral("no field to type “%1” into").arg(text));
            return;
        }
        QTest::keyClicks(target, text);
    }
    void fail(const QString &why)
    {
        if (m_failure.isEmpty())
            m_failure = QStringLiteral("step %1 (%2): %3").arg(m_next).arg(m_current, why);
        // A dialog left open would keep its own loop running and the test would never see the failure: close them.
        QTimer::singleShot(0, this, [] {
            while (QWidget *modal = QApplication::activeModalWidget()) {
                auto *dialog = qobject_cast<QDialog *>(modal);
                if (!dialog)
                    break;
                dialog->reject();
            }
        });
    }

    QWidget *mainWindow = nullptr;
    int presses = 0;
    int typings = 0;
    int characters = 0;

private:
    void tick()
    {
        if (finished())
            return;
        // When a dialog closes, the window manager gives the activation back to the main window; offscreen, nobody
        // does, so the script does it (no key, no click).
        if (!QApplication::activeWindow() && !QApplication::activeModalWidget() && mainWindow)
            QApplication::setActiveWindow(mainWindow);
        // Offscreen nobody activates a dialog that opens either: keys go to the modal dialog, so it must be the
        // active window with the focus inside it before the next key (under load the focus arrives a little later).
        QWidget *modal = QApplication::activeModalWidget();
        if (modal && QApplication::activeWindow() != modal->window())
            QApplication::setActiveWindow(modal->window());
        const QWidget *focus = QApplication::focusWidget();
        const bool keysReachTheDialog = !modal || (focus && (focus == modal || modal->isAncestorOf(focus)));
        const Step &step = m_steps.at(m_next);
        if (!keysReachTheDialog || !step.ready()) {
            if (++m_waited > 1500) {
                m_current = step.what;
                fail(QStringLiteral("not ready after 30 s; the focus is on %1")
                         .arg(QApplication::focusWidget() ? Keyboard::describe(QApplication::focusWidget())
                                                          : QStringLiteral("nothing")));
                return;
            }
            QTimer::singleShot(20, this, [this] { tick(); });
            return;
        }
        m_waited = 0;
        m_current = step.what;
        ++m_next;
        // The next tick is due before this step acts: a step that opens a modal dialog returns only when it closes.
        QTimer::singleShot(20, this, [this] { tick(); });
        step.act();
    }

    QVector<Step> m_steps;
    int m_next = 0;
    int m_waited = 0;
    QString m_current;
    QString m_failure;
};

// The topic most active workers have experience of, so that the request has candidates whatever the demo drew.
QString commonTopicName(Database &db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT t.name_en FROM worker_experiences e JOIN topics t ON t.id = e.topic_id "
                              "JOIN workers w ON w.id = e.worker_id WHERE w.status = 'active' "
                              "GROUP BY t.id, t.name_en ORDER BY COUNT(DISTINCT e.worker_id) DESC, t.id LIMIT 1"));
    if (!q.exec() || !q.next())
        return {};
    return q.value(0).toString();
}

template <typename T> bool modalIs()
{
    return qobject_cast<T *>(QApplication::activeModalWidget()) != nullptr;
}

} // namespace

// The commission of the lifecycle test, by keyboard only: a new request (requester, title, kind of work, topic, one
// chosen online time, fee), one candidate invited, the answer, confirm, held on the day, the outcome, closed. Every
// key goes to the focused widget; after each workflow step the focus must still be inside the Requests page.
void TestKeyboard::wholeCommissionByKeyboard()
{
    openOffice(60, 6, 11);
    if (QTest::currentTestFailed())
        return;
    const QString topic = commonTopicName(m_window->office().database());
    QVERIFY(!topic.isEmpty());
    RequestsPage *page = requestsPage();
    RequestDetailView *detail = page->detail();
    const int before = page->inbox()->requestCount();
    sideBar()->setFocus(Qt::OtherFocusReason); // where the window opens: the list of pages
    QVERIFY(!page->isAncestorOf(QApplication::focusWidget()));

    KeyScript s;
    s.mainWindow = m_window.get();
    const auto focusInPage = [&s, page](const QString &after) {
        if (!FocusKeeper::isInside(page))
            s.fail(QStringLiteral("after %1 the focus is on %2, outside the Requests page")
                       .arg(after,
                            QApplication::focusWidget() ? Keyboard::describe(QApplication::focusWidget())
                                                        : QStringLiteral("nothing")));
    };
    const auto status = [detail] { return detail->request().status; };
    const auto focusedIs = [](const char *name) {
        return [name] {
            return QApplication::focusWidget() && QApplication::focusWidget()->objectName() == QLatin1String(name);
        };
    };

    // The page and the editor.
    s.add(QStringLiteral("Ctrl+2: Requests"), [&s] { s.key(Qt::Key_2, Qt::ControlModifier); });
    s.add(
        QStringLiteral("Ctrl+N: new request"), [&s] { s.key(Qt::Key_N, Qt::ControlModifier); },
        [page] { return FocusKeeper::isInside(page); });
    s.add(
        QStringLiteral("requester"), [&s] { s.type(QStringLiteral("Sari Virtanen")); },
        [] {
            return modalIs<RequestEditorDialog>() && QApplication::focusWidget()
                && QApplication::focusWidget()->objectName() == QLatin1String("requesterName");
        });
    s.add(QStringLiteral("e-mail"), [&s] {
        s.key(Qt::Key_E, Qt::AltModifier);
        s.type(QStringLiteral("sari.virtanen@turku.fi"));
    });
    s.add(QStringLiteral("title"), [&s] {
        s.key(Qt::Key_T, Qt::AltModifier);
        s.type(QStringLiteral("Work group on emergency placement"));
    });
    s.add(QStringLiteral("kind of work"), [&s] {
        s.key(Qt::Key_K, Qt::AltModifier);
        s.type(QStringLiteral("Work"));
    });
    s.add(QStringLiteral("topic"), [&s, topic] {
        s.key(Qt::Key_I, Qt::AltModifier); // the Topics tab
        s.key(Qt::Key_F, Qt::AltModifier); // Find a topic
        s.type(topic);
        s.key(Qt::Key_Return); // the first match is chosen, as primary
    });
    s.add(QStringLiteral("time"), [&s] {
        s.key(Qt::Key_W, Qt::AltModifier); // When and Where
        s.key(Qt::Key_A, Qt::AltModifier); // Add Time: the focus goes to Starts
    });
    s.add(
        QStringLiteral("starts"),
        [&s] {
            auto *starts = qobject_cast<QDateTimeEdit *>(QApplication::focusWidget());
            s.type(QDateTime(QDate(2026, 3, 31), QTime(13, 0)).toString(starts->displayFormat()));
            s.key(Qt::Key_C, Qt::AltModifier); // Chosen time (a button pressed by its Alt letter takes 100 ms)
        },
        focusedIs("starts"));
    s.add(
        QStringLiteral("remote"), [&s] { s.key(Qt::Key_M, Qt::AltModifier); },
        [] {
            auto *chosen = QApplication::activeModalWidget()->findChild<QCheckBox *>(QStringLiteral("chosen"));
            return chosen && chosen->isChecked();
        });
    s.add(
        QStringLiteral("fee"),
        [&s] {
            s.key(Qt::Key_R, Qt::AltModifier); // Terms
            s.key(Qt::Key_F, Qt::AltModifier); // Fee
            s.type(QStringLiteral("80"));
            s.key(Qt::Key_Return); // Save
        },
        [] {
            auto *remote = QApplication::activeModalWidget()->findChild<QCheckBox *>(QStringLiteral("remote"));
            return remote && remote->isChecked();
        });
    // Saved and tagged: the focus is on the ranked candidates; the first one is invited.
    s.add(
        QStringLiteral("check the first and invite"),
        [&s] {
            s.key(Qt::Key_Space); // the Invite box of the first candidate
            s.key(Qt::Key_I, Qt::ControlModifier | Qt::ShiftModifier);
        },
        [detail] {
            return detail->candidates()->candidateModel()->rowCount() > 0 && QApplication::focusWidget()
                && QApplication::focusWidget()->objectName() == QLatin1String("candidateView");
        });
    s.add(
        QStringLiteral("accepted"),
        [&s, focusInPage] {
            focusInPage(QStringLiteral("Invite"));
            s.key(Qt::Key_Y, Qt::ControlModifier | Qt::ShiftModifier);
        },
        [status] { return status() == RequestStatus::Inviting; });
    s.add(
        QStringLiteral("confirm"),
        [&s, focusInPage] {
            focusInPage(QStringLiteral("Accepted"));
            s.key(Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
        },
        [detail] { return detail->invitations()->model()->count(InvitationResponse::Accepted) == 1; });
    s.add(
        QStringLiteral("the day: F5, held"),
        [&s, this, focusInPage] {
            focusInPage(QStringLiteral("Confirm participants"));
            m_clock->set(QDateTime(QDate(2026, 3, 31), QTime(16, 0)));
            s.key(Qt::Key_F5);
            s.key(Qt::Key_H, Qt::ControlModifier | Qt::ShiftModifier);
        },
        [status] { return status() == RequestStatus::Confirmed; });
    s.add(
        QStringLiteral("record outcome"),
        [&s, focusInPage] {
            focusInPage(QStringLiteral("Mark held"));
            s.key(Qt::Key_O, Qt::ControlModifier | Qt::ShiftModifier);
        },
        [status] { return status() == RequestStatus::Held; });
    s.add(
        QStringLiteral("attendance and summary"),
        [&s] {
            s.key(Qt::Key_F2); // the attendance of the one engaged
            s.key(Qt::Key_Return);
            s.key(Qt::Key_Return, Qt::ControlModifier); // save
        },
        [] { return modalIs<MeetingOutcomeDialog>(); });
    s.add(
        QStringLiteral("close"),
        [&s, focusInPage] {
            focusInPage(QStringLiteral("Record outcome"));
            s.key(Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        },
        [] { return !modalIs<QDialog>(); });
    s.add(
        QStringLiteral("close anyway"), [&s] { s.key(Qt::Key_A, Qt::AltModifier); },
        [status] { return status() == RequestStatus::Closed || modalIs<QMessageBox>(); });
    s.add(
        QStringLiteral("closed"), [focusInPage] { focusInPage(QStringLiteral("Close")); },
        [status] { return status() == RequestStatus::Closed; });

    s.start();
    QTRY_VERIFY_WITH_TIMEOUT(s.finished(), 60000);
    QVERIFY2(s.failure().isEmpty(), qPrintable(s.failure()));
    QCOMPARE(page->inbox()->requestCount(), before + 1);
    QCOMPARE(detail->request().status, RequestStatus::Closed);
    QCOMPARE(detail->request().title, QStringLiteral("Work group on emergency placement"));
    qInfo("The whole commission by keyboard: %d key presses and %d typed texts (%d characters)", s.presses, s.typings,
          s.characters);
    QVERIFY2(s.presses < 45, qPrintable(QString::number(s.presses)));
}

QTEST_MAIN(TestKeyboard)
#include "tst_keyboard.moc"
