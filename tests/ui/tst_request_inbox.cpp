// The request inbox on real widgets: its paged model through QAbstractItemModelTester while it fetches, sorts and
// filters; search typed into the field; the rows are those the query gives, page after page; selecting a request far
// down fetches up to it.
#include "TestDatabase.h"
#include "office/OfficeService.h"

#include "common/Clock.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "requests/RequestFilterBar.h"
#include "requests/RequestInboxQuery.h"
#include "requests/RequestInboxView.h"
#include "requests/RequestListModel.h"

#include <QAbstractItemModelTester>
#include <QHeaderView>
#include <QLineEdit>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace Kohtaamo;

namespace {
const QDate kToday(2026, 11, 2);
}

class TestRequestInbox : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void modelPagesSortsAndFiltersUnderTheTester();
    void searchTypedInTheFieldFilters();
    void anUnindexedWordWaitsForALongerPauseOrEnter();
    void selectingARequestFarDownFetchesUpToIt();

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<RequestInboxView> m_view;
    Translations m_translations;
};

void TestRequestInbox::initTestCase()
{
    m_translations.install(QStringLiteral("en"));
    m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(9, 0)));
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<Test::TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_db = m_testDb->openOrFail();
    QVERIFY(m_db);
    DemoGenerator::Options options;
    options.workers = 40;
    options.requests = 130;
    options.seed = 9;
    options.today = kToday;
    QVERIFY(DemoGenerator(*m_db).generate(options).ok());
}

void TestRequestInbox::cleanupTestCase()
{
    m_db.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

void TestRequestInbox::init()
{
    m_view = std::make_unique<RequestInboxView>();
    m_view->model()->setPageSize(20);
    m_office = std::make_unique<OfficeService>(*m_db);
    m_view->setOffice(m_office.get());
    m_view->resize(900, 600);
    m_view->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_view.get()));
}

void TestRequestInbox::cleanup()
{
    m_view.reset();
    m_office.reset();
}

void TestRequestInbox::modelPagesSortsAndFiltersUnderTheTester()
{
    RequestListModel *model = m_view->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->totalCount(), 130);
    // Whole pages, as many as the view needs to fill itself, not every request.
    QVERIFY2(model->rowCount() >= 20 && model->rowCount() < 130 && model->rowCount() % 20 == 0,
             qPrintable(QString::number(model->rowCount())));
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), 130);

    // Sorting by a column header: the rows are the query's, in its order.
    m_view->tableView()->horizontalHeader()->setSortIndicator(RequestListModel::Title, Qt::AscendingOrder);
    QCOMPARE(model->sortOrder().key, RequestInboxQuery::SortKey::Title);
    auto expected = RequestInboxQuery(*m_db).fetch({}, model->sortOrder(), 0, 20);
    QVERIFY(expected.ok());
    for (int row = 0; row < 20; ++row)
        QCOMPARE(model->requestId(row), expected->at(row).id);

    RequestInboxFilter onlyClosed;
    onlyClosed.statuses = { RequestStatus::Closed };
    m_view->setFilter(onlyClosed);
    QCOMPARE(model->totalCount(), *RequestInboxQuery(*m_db).count(onlyClosed));
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->summary(row)->status, RequestStatus::Closed);
    m_view->setFilter({});
    QCOMPARE(model->totalCount(), 130);
}

void TestRequestInbox::searchTypedInTheFieldFilters()
{
    auto *search = m_view->filterBar()->findChild<QLineEdit *>(QStringLiteral("search"));
    QVERIFY(search);
    const QString word = m_view->model()->summary(0)->title.section(QLatin1Char(' '), 0, 0);
    RequestInboxFilter typed;
    typed.text = word;
    const int expected = *RequestInboxQuery(*m_db).count(typed);
    QSignalSpy loaded(m_view->model(), &RequestListModel::loaded);
    search->setFocus();
    search->insert(word); // as typed or pasted (QTest types ASCII only, titles are Finnish)
    QTRY_VERIFY(loaded.count() >= 1); // after the short pause, once
    QCOMPARE(m_view->requestCount(), expected);
    QVERIFY(m_view->countText().contains(QString::number(expected)));
    search->clear();
    QTRY_COMPARE(m_view->requestCount(), 130);
}

void TestRequestInbox::anUnindexedWordWaitsForALongerPauseOrEnter()
{
    // No waiting on the clock: the filter bar's pause timer says which pause it chose, and the test ends the pause
    // by emitting the timer's timeout, as the event loop would once the interval has passed.
    RequestFilterBar *bar = m_view->filterBar();
    auto *search = bar->findChild<QLineEdit *>(QStringLiteral("search"));
    QVERIFY(search);
    QTimer *pause = bar->delayTimer();
    QVERIFY(pause->isSingleShot());
    const auto endPause = [pause] {
        QVERIFY(pause->isActive());
        QVERIFY(QMetaObject::invokeMethod(pause, "timeout", Qt::DirectConnection));
        QVERIFY(!pause->isActive());
    };
    search->setFocus();
    QSignalSpy loaded(m_view->model(), &RequestListModel::loaded);
    // Two letters are looked up in the word index: the ordinary pause; nothing searched before it ends.
    QTest::keyClicks(search, QStringLiteral("ko"));
    QVERIFY(pause->isActive());
    QCOMPARE(pause->interval(), RequestFilterBar::kSearchDelayMs);
    QCOMPARE(loaded.count(), 0);
    endPause();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(loaded.count(), 1);
    RequestInboxFilter typed;
    typed.text = QStringLiteral("ko");
    QCOMPARE(m_view->requestCount(), *RequestInboxQuery(*m_db).count(typed));
    // A third letter: a trigram word, the ordinary pause too.
    QTest::keyClick(search, 'r');
    QCOMPARE(pause->interval(), RequestFilterBar::kSearchDelayMs);
    QCOMPARE(loaded.count(), 1);
    endPause();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(loaded.count(), 2);
    typed.text = QStringLiteral("kor");
    QCOMPARE(m_view->requestCount(), *RequestInboxQuery(*m_db).count(typed));
    // A short word with a character other than a letter or digit reads every request: the longer pause.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("k -"));
    QCOMPARE(pause->interval(), RequestFilterBar::kUnindexedWordDelayMs);
    // Deleting it back to a word the index takes chooses the ordinary pause again.
    QTest::keyClick(search, Qt::Key_Backspace);
    QCOMPARE(pause->interval(), RequestFilterBar::kSearchDelayMs);
    // Clearing the field: the ordinary pause, then every request.
    search->clear();
    QCOMPARE(pause->interval(), RequestFilterBar::kSearchDelayMs);
    endPause();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_view->requestCount(), 130);
    // Enter searches at once, whatever the word, and ends the pause.
    loaded.clear();
    QTest::keyClicks(search, QStringLiteral("%"));
    QCOMPARE(pause->interval(), RequestFilterBar::kUnindexedWordDelayMs);
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(!pause->isActive());
    QCOMPARE(loaded.count(), 1);
    typed.text = QStringLiteral("%");
    QCOMPARE(m_view->requestCount(), *RequestInboxQuery(*m_db).count(typed));
    search->clear();
    endPause();
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_view->requestCount(), 130);
}

void TestRequestInbox::selectingARequestFarDownFetchesUpToIt()
{
    auto all = RequestInboxQuery(*m_db).fetch({}, m_view->model()->sortOrder(), 0, 130);
    QVERIFY(all.ok());
    const qint64 last = all->last().id;
    QSignalSpy current(m_view.get(), &RequestInboxView::currentRequestChanged);
    QVERIFY(m_view->selectRequest(last));
    QCOMPARE(m_view->currentRequestId(), last);
    QCOMPARE(m_view->model()->rowCount(), 130); // fetched page by page up to it
    QVERIFY(!current.isEmpty());
    // A filter that hides it is cleared to show it.
    RequestInboxFilter none;
    none.text = QStringLiteral("zzzz-no-such-request");
    m_view->setFilter(none);
    QCOMPARE(m_view->requestCount(), 0);
    QVERIFY(m_view->selectRequest(last));
    QCOMPARE(m_view->currentRequestId(), last);
}

QTEST_MAIN(TestRequestInbox)
#include "tst_request_inbox.moc"
