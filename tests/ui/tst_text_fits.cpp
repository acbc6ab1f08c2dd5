// No text cut short at 1280 × 800 and at 150 % font size (issue 19), in English, Finnish and Swedish: on the demo
// office, every page, every tab of a request in each state, every Settings section and the dialogs the screenshots
// show (the request editor, the meeting outcome, an outbox message, the worker editor) are visited, and every
// visible label without word wrap, button, check box, combo box, tab and table header section must show its whole
// text (TextFitAudit.h). Tables may scroll sideways; their header texts must still fit their columns.
#include "TextFitAudit.h"

#include "common/Clock.h"
#include "common/ItemRoles.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "mail/MessageDialog.h"
#include "mail/OutboxModel.h"
#include "mail/OutboxPanel.h"
#include "main/AppInfo.h"
#include "main/DemoDatabase.h"
#include "main/MainWindow.h"
#include "main/Page.h"
#include "office/DatabaseLocation.h"
#include "office/OfficeService.h"
#include "outcomes/MeetingOutcomeDialog.h"
#include "reports/ReportsPage.h"
#include "requests/CandidateListModel.h"
#include "requests/CandidatesPanel.h"
#include "requests/RequestDetailView.h"
#include "requests/RequestEditorDialog.h"
#include "requests/RequestInboxView.h"
#include "requests/RequestListModel.h"
#include "requests/RequestsPage.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "workers/WorkerEditorDialog.h"
#include "workers/WorkersPage.h"

#include <QApplication>
#include <QMetaEnum>
#include <QStandardItemModel>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Kohtaamo;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(9, 0));
constexpr double kBasePointSize = 10; // the screenshots' DejaVu Sans 10 pt, a desktop's usual size
} // namespace

class TestTextFits : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void theAuditFindsACutText();
    void everyTextFits_data();
    void everyTextFits();

private:
    void visitEverything(MainWindow &window, QStringList &offenders, QStringList &tooWide, int &checked);

    QTemporaryDir m_dir;
    QString m_path;
    std::unique_ptr<FixedClock> m_clock;
    Translations m_translations;
    QFont m_font;
};

void TestTextFits::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::apply();
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_font = QApplication::font();
    // The demo office of `kohtaamo --demo`, in a file of its own.
    m_path = m_dir.filePath(QStringLiteral("demo.kohtaamo"));
    OfficeService::OpenOptions how;
    how.create = true;
    auto office = OfficeService::open(DatabaseLocation::sqlite(m_path), how);
    QVERIFY2(office, qPrintable(office.error().message));
    (*office)->actAsTool(QStringLiteral("tst_text_fits"));
    DemoGenerator::Options demo = DemoDatabase::contents();
    demo.today = kNow.date();
    QVERIFY((*office)->generateDemo(demo));
}

void TestTextFits::cleanupTestCase()
{
    QApplication::setFont(m_font);
    m_translations.install(QStringLiteral("en"));
    Clock::install(nullptr);
}

// The audit is not blind: a button, a label and a header column made too narrow are each found.
void TestTextFits::theAuditFindsACutText()
{
    QWidget window;
    auto *button = new QPushButton(QStringLiteral("&Record the meeting's outcome"), &window);
    auto *label = new QLabel(QStringLiteral("Received on a long winter's day"), &window);
    auto *fits = new QLabel(QStringLiteral("OK"), &window);
    auto *table = new QTableView(&window);
    QStandardItemModel model(1, 1);
    model.setHorizontalHeaderLabels({ QStringLiteral("Reason for declining") });
    table->setModel(&model);
    window.resize(600, 400);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    button->setGeometry(0, 0, 60, 30);
    label->setGeometry(0, 40, 50, 20);
    fits->setGeometry(0, 70, 200, 20);
    table->setGeometry(0, 100, 400, 200);
    table->horizontalHeader()->resizeSection(0, 30);
    TextFit::Audit audit(QStringLiteral("test"));
    audit.window(&window);
    const QStringList found = audit.offenders();
    QCOMPARE(found.size(), 3);
    QVERIFY(found.join(QLatin1Char('\n')).contains(QLatin1String("Record the meeting's outcome")));
    QVERIFY(found.join(QLatin1Char('\n')).contains(QLatin1String("long winter")));
    QVERIFY(found.join(QLatin1Char('\n')).contains(QLatin1String("Reason for declining")));
}

void TestTextFits::everyTextFits_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("scale");
    for (const QString &language : Translations::supportedLanguages()) {
        QTest::addRow("%s 100 %%", qPrintable(language)) << language << 1.0;
        QTest::addRow("%s 150 %%", qPrintable(language)) << language << 1.5;
    }
}

void TestTextFits::everyTextFits()
{
    QFETCH(QString, language);
    QFETCH(double, scale);
    QVERIFY(m_translations.install(language).ok());
    QFont font(QStringLiteral("DejaVu Sans"));
    font.setPointSizeF(kBasePointSize * scale);
    QApplication::setFont(font);
    Settings settings(m_dir.filePath(QStringLiteral("settings-%1-%2.ini").arg(language).arg(scale * 100)));
    auto office = OfficeService::open(DatabaseLocation::sqlite(m_path));
    QVERIFY2(office, qPrintable(office.error().message));
    QVERIFY((*office)->actAs(DemoDatabase::coordinatorLogin()));
    MainWindow window(std::move(office).value(), settings);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QStringList offenders;
    QStringList tooWide;
    int checked = 0;
    visitEverything(window, offenders, tooWide, checked);
    qInfo("%s at %d %%: %d texts checked, %d cut", qPrintable(language), int(scale * 100), checked,
          int(offenders.size()));
    for (const QString &o : std::as_const(offenders))
        qInfo("cut: %s", qPrintable(o));
    for (const QString &w : std::as_const(tooWide))
        qInfo("too wide: %s", qPrintable(w));
    QVERIFY2(checked > 500, qPrintable(QString::number(checked))); // the screens were really read
    QVERIFY2(
        offenders.isEmpty(),
        qPrintable(
            QStringLiteral("%1 texts do not fit:\n%2").arg(offenders.size()).arg(offenders.join(QLatin1Char('\n')))));
    // Every page fits a 1280 px window also at 150 %: filter rows wrap, the request and the topic form scroll.
    QVERIFY2(tooWide.isEmpty(), qPrintable(tooWide.join(QLatin1Char('\n'))));
}

void TestTextFits::visitEverything(MainWindow &window, QStringList &offenders, QStringList &tooWide, int &checked)
{
    QSet<QString> seen;
    const auto look = [&](QWidget *w, const QString &where, int wantedWidth = 0) {
        QApplication::processEvents();
        TextFit::Audit audit(where);
        audit.window(w, wantedWidth);
        checked += audit.checked();
        if (tooWide.isEmpty()) // the window's width is the widest page's: once is enough
            tooWide += audit.tooWide();
        for (const QString &o : audit.offenders()) {
            // The same widget and text seen again on another visit of the same window is one offender.
            const QString key = o.section(QStringLiteral(" — "), 1);
            if (!seen.contains(key)) {
                seen.insert(key);
                offenders << o;
            }
        }
    };
    const auto eachTab = [&look](QDialog &dialog, const QString &where) {
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const auto tabWidgets = dialog.findChildren<QTabWidget *>();
        look(&dialog, where);
        for (QTabWidget *tabs : tabWidgets) {
            for (int i = 0; i < tabs->count(); ++i) {
                tabs->setCurrentIndex(i);
                look(&dialog, where + QStringLiteral(" / ") + tabs->tabText(i));
            }
        }
        dialog.reject();
    };

    for (Page page : allPages()) {
        window.showPage(page);
        look(&window, pageKey(page), 1280);
    }
    // A worker chosen: the worker's panel.
    window.showPage(Page::Workers);
    auto *workers = qobject_cast<WorkersPage *>(window.pageWidget(Page::Workers));
    QVERIFY(workers && workers->tableView()->model()->rowCount() > 0);
    workers->tableView()->setCurrentIndex(workers->tableView()->model()->index(0, 0));
    look(&window, QStringLiteral("workers / chosen"), 1280);
    // Every tab of the reports.
    window.showPage(Page::Reports);
    auto *reports = qobject_cast<ReportsPage *>(window.pageWidget(Page::Reports));
    QVERIFY(reports);
    for (int tab = 0; tab < reports->tabs()->count(); ++tab) {
        reports->tabs()->setCurrentIndex(tab);
        look(&window, QStringLiteral("reports / %1").arg(reports->tabs()->tabText(tab)), 1280);
    }
    // Every Settings section.
    window.showPage(Page::Settings);
    auto *settingsPage = qobject_cast<SettingsPage *>(window.pageWidget(Page::Settings));
    QVERIFY(settingsPage);
    const QMetaEnum sections = QMetaEnum::fromType<SettingsPage::Section>();
    for (int i = 0; i < sections.keyCount(); ++i) {
        settingsPage->showSection(static_cast<SettingsPage::Section>(sections.value(i)));
        look(&window, QStringLiteral("settings / %1").arg(QString::fromLatin1(sections.key(i))), 1280);
    }

    // A request in each state, every tab.
    window.showPage(Page::Requests);
    auto *requests = qobject_cast<RequestsPage *>(window.pageWidget(Page::Requests));
    QVERIFY(requests);
    RequestDetailView *detail = requests->detail();
    for (RequestStatus status :
         { RequestStatus::New, RequestStatus::Tagged, RequestStatus::Inviting, RequestStatus::Confirmed,
           RequestStatus::Held, RequestStatus::Closed, RequestStatus::Cancelled }) {
        RequestInboxFilter filter;
        filter.statuses = { status };
        requests->inbox()->setFilter(filter);
        QApplication::processEvents();
        if (requests->inbox()->model()->rowCount() == 0)
            continue;
        requests->inbox()->tableView()->setCurrentIndex(requests->inbox()->model()->index(0, 0));
        for (int tab = 0; tab < detail->tabs()->count(); ++tab) {
            if (!detail->tabs()->isTabVisible(tab))
                continue;
            detail->tabs()->setCurrentIndex(tab);
            if (detail->tabs()->currentWidget() == detail->candidates() && status == RequestStatus::Inviting)
                QTRY_VERIFY(detail->candidates()->candidateModel()->rowCount() > 0);
            look(&window, QStringLiteral("request (%1) / %2").arg(int(status)).arg(detail->tabs()->tabText(tab)), 1280);
        }
        detail->tabs()->setCurrentIndex(0);
    }

    // The dialogs the screenshots show.
    RequestInboxFilter inviting;
    inviting.statuses = { RequestStatus::Inviting };
    requests->inbox()->setFilter(inviting);
    QApplication::processEvents();
    QVERIFY(requests->inbox()->model()->rowCount() > 0);
    requests->inbox()->tableView()->setCurrentIndex(requests->inbox()->model()->index(0, 0));
    {
        RequestEditorDialog editor(window.office(), detail->request(), &window);
        eachTab(editor, QStringLiteral("request editor"));
    }
    {
        RequestEditorDialog fresh(window.office(), Request(), &window);
        eachTab(fresh, QStringLiteral("new request"));
    }
    detail->tabs()->setCurrentWidget(detail->outbox());
    QApplication::processEvents();
    if (const OutboxMessage *first = detail->outbox()->model()->messageAt(0)) {
        MessageDialog message(window.office(), *first, &window);
        eachTab(message, QStringLiteral("outbox message"));
    }
    detail->tabs()->setCurrentIndex(0);
    RequestInboxFilter held;
    held.statuses = { RequestStatus::Held, RequestStatus::Closed };
    requests->inbox()->setFilter(held);
    QApplication::processEvents();
    QVERIFY(requests->inbox()->model()->rowCount() > 0);
    requests->inbox()->tableView()->setCurrentIndex(requests->inbox()->model()->index(0, 0));
    {
        MeetingOutcomeDialog outcome(window.office(), detail->request().id, &window);
        eachTab(outcome, QStringLiteral("meeting outcome"));
    }
    const qint64 workerId = workers->tableView()->model()->index(0, 0).data(ItemRoles::IdRole).toLongLong();
    auto worker = window.office().worker(workerId);
    QVERIFY2(worker, "the first worker of the list");
    WorkerEditorDialog editor(window.office(), *worker, &window);
    eachTab(editor, QStringLiteral("worker editor"));
}

QTEST_MAIN(TestTextFits)
#include "tst_text_fits.moc"
