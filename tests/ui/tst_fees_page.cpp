// "Fees to pay" with real widgets: the list follows the filters (period, organisation, worker, state, batch), its
// model passes QAbstractItemModelTester, fees chosen with the keyboard are marked paid through "Mark Paid…" as one
// batch (Today's count follows), the ceiling warning needs a tick before anything is written, a refusal stays in the
// dialog, the batch is exported with its totals as CSV and XLSX, and the worker's record shows the year's fees.
#include "HeldRequestFixture.h"
#include "ModalDriver.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "common/Translations.h"
#include "fees/FeeListModel.h"
#include "fees/FeesPage.h"
#include "fees/MarkPaidDialog.h"
#include "office/OfficeService.h"
#include "outcomes/EngagementTableModel.h"
#include "outcomes/MeetingOutcomeDialog.h"
#include "outcomes/OutcomeTexts.h"
#include "outcomes/ParticipationPage.h"
#include "settings/Settings.h"
#include "today/TodayLine.h"
#include "today/TodayPage.h"
#include "workers/WorkerHistoryPanel.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFile>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollBar>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Kohtaamo;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0));

QString describe(const Error &e)
{
    return e.message + QStringLiteral(" / ") + e.detail;
}
} // namespace

class TestFeesPage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void theListFollowsTheFilters();
    void feesChosenWithTheKeyboardAreMarkedPaidAndExported();
    void theCeilingWarningNeedsATick();
    void aRefusalStaysInTheDialog();
    void theWorkersRecordShowsTheYearsFees();
    void todayFollowsTheOutcomeDialogAndThePage();
    void aLongOrganisationNameDoesNotWidenTheList();

private:
    Translations m_translations;
    void chooseAll();
    static QPushButton *okButton(MarkPaidDialog *dialog);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<FeesPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    std::unique_ptr<QAbstractItemModelTester> m_proxyTester;
    Test::HeldRequest m_held;
};

void TestFeesPage::initTestCase()
{
    // The English catalogue, as the English interface loads it: it says "1 fee" and "2 fees".
    QVERIFY(m_translations.install(QStringLiteral("en")).ok());
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
}

void TestFeesPage::cleanupTestCase()
{
    Clock::install(nullptr);
}

void TestFeesPage::init()
{
    m_testDb = std::make_unique<Test::TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_held = Test::makeHeldRequest(*db);
    QVERIFY2(m_held.ok(), qPrintable(m_held.error));
    m_office = std::make_unique<OfficeService>(std::move(db));
    QVERIFY(m_office->actAs(QStringLiteral("anna")));

    // The outcome as the meeting outcome dialog records it: Aino and Bertil did the work, Cecilia did not come.
    auto sheet = m_office->meetingOutcomeSheet(m_held.requestId);
    QVERIFY(sheet);
    OutcomeRecorder::Changes changes;
    for (Engagement e : sheet->engagements) {
        e.attendance = e.id == m_held.engagements.at(2) ? Attendance::NoShow : Attendance::Attended;
        e.feeCents = e.id == m_held.engagements.at(0) ? 15000 : 10000;
        e.travelCents = e.id == m_held.engagements.at(0) ? 1250 : 0;
        e.hours = 2;
        changes.engagements.append(e);
    }
    MeetingOutcome o;
    o.requestId = m_held.requestId;
    o.heldOn = QDate(2026, 3, 3);
    changes.outcome = o;
    auto stored = m_office->recordOutcome(m_held.requestId, changes);
    QVERIFY2(stored, qPrintable(describe(stored.error())));

    m_page = std::make_unique<FeesPage>();
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_proxyTester = std::make_unique<QAbstractItemModelTester>(m_page->view()->model(),
                                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1100, 600);
    m_page->setOffice(m_office.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestFeesPage::cleanup()
{
    m_proxyTester.reset();
    m_tester.reset();
    m_page.reset();
    m_office.reset();
    m_testDb.reset();
}

void TestFeesPage::aLongOrganisationNameDoesNotWidenTheList()
{
    // In a 1280-pixel main window the page is about 1040 pixels wide: the list fits without scrolling sideways even
    // when an organisation has a long official name, which stays readable in the tooltip.
    auto organisations = m_office->organisations();
    QVERIFY(organisations && !organisations->isEmpty());
    Organisation o = organisations->first();
    o.name = QStringLiteral("Perhekuntoutuskeskus Lausteen kokemusasiantuntijatoiminnan kehittämishanke ry");
    QVERIFY(m_office->saveOrganisation(o));
    m_page->resize(1040, 600);
    m_page->refresh();
    QTest::qWait(100); // the view lays its scroll bars out later
    int columns = 0;
    for (int c = 0; c < m_page->view()->model()->columnCount(); ++c)
        columns += m_page->view()->columnWidth(c);
    QVERIFY2(columns <= m_page->view()->viewport()->width(),
             qPrintable(QStringLiteral("%1 > %2").arg(columns).arg(m_page->view()->viewport()->width())));
    QCOMPARE(m_page->view()->horizontalScrollBar()->maximum(), 0);
    const QModelIndex first = m_page->view()->model()->index(0, FeeListModel::Organisation);
    QCOMPARE(first.data(Qt::ToolTipRole).toString(), first.data(Qt::DisplayRole).toString());
}

void TestFeesPage::chooseAll()
{
    m_page->view()->setFocus();
    QTest::keyClick(m_page->view(), Qt::Key_A, Qt::ControlModifier);
}

QPushButton *TestFeesPage::okButton(MarkPaidDialog *dialog)
{
    return dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok);
}

void TestFeesPage::theListFollowsTheFilters()
{
    // This year, due: Aino's and Bertil's fees; Cecilia did not come.
    QCOMPARE(m_page->view()->model()->rowCount(), 2);
    QVERIFY2(m_page->totalsText().contains(OutcomeTexts::euros(26250)), qPrintable(m_page->totalsText()));
    QVERIFY(m_page->totalsText().contains(QLatin1String("2 fees")));

    m_page->setWorkerText(QStringLiteral("aino"));
    QCOMPARE(m_page->view()->model()->rowCount(), 1);
    QVERIFY(m_page->totalsText().contains(QLatin1String("1 fee:")));
    QVERIFY(m_page->totalsText().contains(OutcomeTexts::euros(16250)));
    m_page->setWorkerText({});
    QCOMPARE(m_page->view()->model()->rowCount(), 2);

    m_page->setState(FeeFilter::State::Paid);
    QCOMPARE(m_page->view()->model()->rowCount(), 0);
    QVERIFY(!m_page->exportButton()->isEnabled());
    m_page->setState(FeeFilter::State::All);
    QCOMPARE(m_page->view()->model()->rowCount(), 2);

    m_page->setPeriod(FeesPage::Period::LastYear);
    QCOMPARE(m_page->view()->model()->rowCount(), 0);
    m_page->setPeriod(FeesPage::Period::ThisMonth);
    QCOMPARE(m_page->view()->model()->rowCount(), 2);
    m_page->setPeriod(FeesPage::Period::All);
    QCOMPARE(m_page->view()->model()->rowCount(), 2);

    auto *organisation = m_page->findChild<QComboBox *>(QStringLiteral("feeOrganisation"));
    QVERIFY(organisation);
    QCOMPARE(organisation->count(), 2); // all, Lauste
    organisation->setCurrentIndex(1);
    QCOMPARE(m_page->view()->model()->rowCount(), 2);
    QVERIFY(m_page->errorText().isEmpty());
    // The values are named for assistive technology.
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("feeTotals"))->accessibleName().isEmpty());
    QVERIFY(!m_page->findChild<QLabel *>(QStringLiteral("feeSelection"))->accessibleName().isEmpty());
}

void TestFeesPage::feesChosenWithTheKeyboardAreMarkedPaidAndExported()
{
    QVERIFY(!m_page->markPaidButton()->isEnabled()); // nothing chosen
    chooseAll();
    QCOMPARE(m_page->selectedRows().size(), 2);
    QVERIFY2(m_page->selectionText().contains(OutcomeTexts::euros(26250)), qPrintable(m_page->selectionText()));
    QVERIFY(m_page->markPaidButton()->isEnabled());

    auto seen = Test::whenModal<MarkPaidDialog>([](MarkPaidDialog *dialog) {
        QCOMPARE(dialog->paidOnEdit()->date(), QDate(2026, 3, 10));
        dialog->paidOnEdit()->setDate(QDate(2026, 3, 9));
        dialog->noteEdit()->setPlainText(QStringLiteral("Maksuerä maaliskuu"));
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
    });
    QTest::mouseClick(m_page->markPaidButton(), Qt::LeftButton);
    QVERIFY(seen->seen);

    // One batch, shown: paid fees of the batch, ready to export. Today's count follows.
    auto batches = m_office->feeBatches();
    QVERIFY(batches);
    QCOMPARE(batches->size(), 1);
    QCOMPARE(batches->first().reference, QStringLiteral("2026-03/1"));
    QCOMPARE(batches->first().note, QStringLiteral("Maksuerä maaliskuu"));
    QCOMPARE(m_page->filter().batchId, batches->first().id);
    QCOMPARE(m_page->view()->model()->rowCount(), 2);
    QCOMPARE(m_page->shownRows().first().state, FeeRow::State::Paid);
    QCOMPARE(m_office->today({})->unpaidFees.count, 0);

    QTemporaryDir dir;
    const QString csv = dir.filePath(QStringLiteral("batch.csv"));
    QCOMPARE(m_page->exportTo(csv), QString());
    QFile file(csv);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray content = file.readAll();
    QVERIFY(content.startsWith("\xEF\xBB\xBF"));
    QVERIFY(content.contains("Aino K.;Perhekuntoutuskeskus Lauste;"));
    QVERIFY(content.contains(";3.3.2026;150,00;12,50;162,50;paid;9.3.2026;2026-03/1\r\n"));
    QVERIFY2(content.contains("Total;;;;250,00;12,50;262,50;;;\r\n"), content.constData());
    const QString xlsx = dir.filePath(QStringLiteral("batch.xlsx"));
    QCOMPARE(m_page->exportTo(xlsx), QString());
    QVERIFY(QFile(xlsx).size() > 1000);
    QVERIFY(m_page->exportTo(dir.filePath(QStringLiteral("missing/batch.xlsx"))).contains(QLatin1String("missing")));

    // Paid fees cannot be chosen to be paid again.
    chooseAll();
    QVERIFY(!m_page->markPaidButton()->isEnabled());
}

void TestFeesPage::theCeilingWarningNeedsATick()
{
    {
        SqlQuery q(m_office->database(),
                   QStringLiteral("UPDATE workers SET annual_earnings_ceiling_cents = ? WHERE id = ?"));
        q.bindAll({ 10000, m_held.workers.at(0) });
        QVERIFY(q.exec());
    }
    m_page->refresh();
    m_page->setWorkerText(QStringLiteral("Aino"));
    QVERIFY(m_page->shownRows().first().ceilingCents.has_value());
    chooseAll();
    QCOMPARE(m_page->selectedRows().size(), 1);

    QString warning;
    bool closedAfterTick = false;
    auto seen = Test::whenModal<MarkPaidDialog>([&](MarkPaidDialog *dialog) {
        QVERIFY(dialog->acknowledgeBox()->isHidden());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        QVERIFY(dialog->isVisible()); // warned, nothing written
        warning = dialog->warningText();
        QVERIFY(!dialog->acknowledgeBox()->isHidden());
        QCOMPARE(m_office->feeBatches()->size(), 0);
        QTest::keyClick(dialog->acknowledgeBox(), Qt::Key_Space);
        QVERIFY(dialog->acknowledgeBox()->isChecked());
        QTest::mouseClick(okButton(dialog), Qt::LeftButton);
        closedAfterTick = !dialog->isVisible();
    });
    QTest::mouseClick(m_page->markPaidButton(), Qt::LeftButton);
    QVERIFY(seen->seen);
    QVERIFY2(warning.contains(QLatin1String("Aino K.")), qPrintable(warning));
    QVERIFY(closedAfterTick);
    QCOMPARE(m_office->feeBatches()->size(), 1);
}

void TestFeesPage::aRefusalStaysInTheDialog()
{
    chooseAll();
    const QVector<FeeRow> chosen = m_page->selectedRows();
    QCOMPARE(chosen.size(), 2);
    // Another coordinator pays Bertil's fee meanwhile.
    {
        OfficeService other(m_testDb->openOrFail());
        QVERIFY(other.actAs(QStringLiteral("bertta")));
        FeeMarking m;
        m.paidOn = QDate(2026, 3, 8);
        for (const FeeRow &row : chosen)
            if (row.workerId == m_held.workers.at(1))
                m.items.append({ row.engagementId, row.engagementVersion });
        QVERIFY(other.markFeesPaid(m));
    }
    MarkPaidDialog dialog(*m_office, chosen, m_page.get());
    QVERIFY(!dialog.save());
    QVERIFY2(dialog.errorText().contains(QLatin1String("Bertil S.")), qPrintable(dialog.errorText()));
    QCOMPARE(m_office->feeBatches()->size(), 1); // only the other coordinator's
}

void TestFeesPage::theWorkersRecordShowsTheYearsFees()
{
    FeeMarking m;
    m.paidOn = QDate(2026, 3, 9);
    for (const FeeRow &row : m_page->shownRows())
        if (row.workerId == m_held.workers.at(0))
            m.items.append({ row.engagementId, row.engagementVersion });
    QVERIFY(m_office->markFeesPaid(m));
    {
        SqlQuery q(m_office->database(),
                   QStringLiteral("UPDATE workers SET annual_earnings_ceiling_cents = ? WHERE id = ?"));
        q.bindAll({ 200000, m_held.workers.at(0) });
        QVERIFY(q.exec());
    }
    auto worker = m_office->worker(m_held.workers.at(0));
    QVERIFY(worker);
    WorkerHistoryPanel panel;
    QVERIFY(panel.load(*m_office, *worker).isEmpty());
    const QString text = panel.feeSummary();
    QVERIFY2(text.contains(OutcomeTexts::euros(15000)), qPrintable(text));
    QVERIFY2(text.contains(OutcomeTexts::euros(200000)), qPrintable(text));
    QVERIFY(!panel.findChild<QLabel *>(QStringLiteral("feeYearSummary"))->accessibleName().isEmpty());
}

void TestFeesPage::todayFollowsTheOutcomeDialogAndThePage()
{
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    TodayPage today(settings);
    today.setOffice(m_office.get());
    const auto unpaid = [&today] {
        today.refresh();
        return today.line(TodayPage::Line::UnpaidFees)->count();
    };
    QCOMPARE(unpaid(), 2);

    // The meeting outcome dialog: Cecilia came after all, with a fee of 80 €.
    {
        MeetingOutcomeDialog dialog(*m_office, m_held.requestId);
        QVERIFY(dialog.isLoaded());
        EngagementTableModel *model = dialog.participationPage()->model();
        int cecilia = -1;
        for (int row = 0; row < model->rowCount(); ++row)
            if (model->workerName(row) == QLatin1String("Cecilia"))
                cecilia = row;
        QVERIFY(cecilia >= 0);
        QVERIFY(
            model->setData(model->index(cecilia, EngagementTableModel::AttendanceColumn), int(Attendance::Attended)));
        QVERIFY(model->setData(model->index(cecilia, EngagementTableModel::HoursColumn), 2.0));
        QVERIFY(model->setData(model->index(cecilia, EngagementTableModel::FeeColumn), 80.0));
        QVERIFY(dialog.save());
    }
    QCOMPARE(unpaid(), 3);
    QCOMPARE(m_page->view()->model()->rowCount(), 3); // the page heard of the change

    // Two of them paid through the page: Today counts the one left.
    m_page->setWorkerText(QStringLiteral("e")); // Bertil S. and Cecilia
    chooseAll();
    QCOMPARE(m_page->selectedRows().size(), 2);
    auto seen = Test::whenModal<MarkPaidDialog>(
        [](MarkPaidDialog *dialog) { QTest::mouseClick(okButton(dialog), Qt::LeftButton); });
    QTest::mouseClick(m_page->markPaidButton(), Qt::LeftButton);
    QVERIFY(seen->seen);
    QCOMPARE(unpaid(), 1);
}

QTEST_MAIN(TestFeesPage)
#include "tst_fees_page.moc"
