// `make run` (`kohtaamo --demo`) on a fresh machine: with an empty home the demo office is created and filled on the
// first start, the window acts as its admin, the inbox has requests in every state and a request being invited for
// has ranked candidates. A second start reuses the office (nothing added twice); the demo never becomes the
// coordinator's remembered database.
#include "common/Clock.h"
#include "main/DemoDatabase.h"
#include "main/MainWindow.h"
#include "main/Page.h"
#include "office/OfficeService.h"
#include "requests/CandidateListModel.h"
#include "requests/CandidatesPanel.h"
#include "requests/RequestDetailView.h"
#include "requests/RequestInboxView.h"
#include "requests/RequestListModel.h"
#include "requests/RequestsPage.h"
#include "settings/Settings.h"

#include <QAction>
#include <QFileInfo>
#include <QSet>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Kohtaamo;

class TestDemoOffice : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void firstStartFillsTheDemoOffice();
    void secondStartReusesIt();
    void resetMakesTheDemoAfresh();

private:
    QTemporaryDir m_home;
    std::unique_ptr<Settings> m_settings;
};

void TestDemoOffice::initTestCase()
{
    QVERIFY(m_home.isValid());
    // An empty home: where the demo office and the settings go on a fresh machine.
    qputenv("HOME", m_home.path().toUtf8());
    qputenv("XDG_DATA_HOME", m_home.filePath(QStringLiteral("share")).toUtf8());
    qputenv("XDG_CONFIG_HOME", m_home.filePath(QStringLiteral("config")).toUtf8());
    QVERIFY(DemoDatabase::path().startsWith(m_home.path()));
    QVERIFY(!QFileInfo::exists(DemoDatabase::path()));
    m_settings = std::make_unique<Settings>(m_home.filePath(QStringLiteral("settings.ini")));
}

void TestDemoOffice::firstStartFillsTheDemoOffice()
{
    QStringList stages;
    auto opened = DemoDatabase::open([&stages](const QString &stage, int, int) {
        if (!stages.contains(stage))
            stages << stage;
    });
    QVERIFY2(opened, qPrintable(opened.error().message));
    QVERIFY(QFileInfo::exists(DemoDatabase::path()));
    QVERIFY2(stages.size() >= 2, qPrintable(stages.join(QStringLiteral(", ")))); // workers, then requests
    auto counts = (*opened)->counts();
    QVERIFY(counts);
    QCOMPARE(counts->workers, DemoDatabase::contents().workers);
    QCOMPARE(counts->allRequests(), DemoDatabase::contents().requests);
    for (RequestStatus status :
         { RequestStatus::New, RequestStatus::Tagged, RequestStatus::Inviting, RequestStatus::Confirmed,
           RequestStatus::Held, RequestStatus::Closed, RequestStatus::Cancelled })
        QVERIFY2(counts->requestsIn(status) > 0, qPrintable(QString::number(int(status))));

    MainWindow window(std::move(opened).value(), *m_settings);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QCOMPARE(window.office().coordinator().username, DemoDatabase::coordinatorLogin());
    QVERIFY(window.office().isAdmin()); // every screen can be tried
    window.showPage(Page::Requests);
    auto *page = qobject_cast<RequestsPage *>(window.pageWidget(Page::Requests));
    QVERIFY(page);
    RequestListModel *inbox = page->inbox()->model();
    QVERIFY(inbox->rowCount() > 0);

    // A request being invited for has ranked candidates on its Candidates tab.
    RequestInboxFilter inviting;
    inviting.statuses = { RequestStatus::Inviting };
    page->inbox()->setFilter(inviting);
    QVERIFY(inbox->rowCount() > 0);
    page->inbox()->tableView()->setCurrentIndex(inbox->index(0, 0));
    RequestDetailView *detail = page->detail();
    QCOMPARE(detail->request().status, RequestStatus::Inviting);
    detail->tabs()->setCurrentWidget(detail->candidates());
    QTRY_VERIFY(detail->candidates()->candidateModel()->rowCount() > 0);
    // Not remembered as the coordinator's own database.
    QVERIFY(m_settings->string(Settings::Key::DatabaseLocation).isEmpty());
}

void TestDemoOffice::secondStartReusesIt()
{
    auto again = DemoDatabase::open([](const QString &, int, int) { QFAIL("the demo office was filled twice"); });
    QVERIFY2(again, qPrintable(again.error().message));
    auto counts = (*again)->counts();
    QVERIFY(counts);
    QCOMPARE(counts->workers, DemoDatabase::contents().workers);
    QCOMPARE(counts->allRequests(), DemoDatabase::contents().requests);
}

void TestDemoOffice::resetMakesTheDemoAfresh()
{
    auto opened = DemoDatabase::open();
    QVERIFY2(opened, qPrintable(opened.error().message));
    MainWindow window(std::move(opened).value(), *m_settings);
    auto *reset = window.findChild<QAction *>(QStringLiteral("resetDemoAction"));
    QVERIFY(reset);
    QVERIFY(reset->isVisible()); // offered in the demo office only
    Organisation added;
    added.name = QStringLiteral("Kokeiluyhdistys");
    QVERIFY(window.office().saveOrganisation(added));
    const int organisations = window.office().organisations()->size();

    QVERIFY(window.resetDemoOffice());
    auto counts = window.office().counts();
    QVERIFY(counts);
    QCOMPARE(counts->workers, DemoDatabase::contents().workers);
    QCOMPARE(counts->allRequests(), DemoDatabase::contents().requests);
    QCOMPARE(window.office().organisations()->size(), organisations - 1); // the change is gone
    QCOMPARE(window.office().coordinator().username, DemoDatabase::coordinatorLogin());
    QVERIFY(reset->isVisible());
}

QTEST_MAIN(TestDemoOffice)
#include "tst_demo_office.moc"
