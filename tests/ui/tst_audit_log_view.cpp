// Settings ▸ Audit Log on real widgets, offscreen, on a demo office: the list under QAbstractItemModelTester, read a
// page at a time as it scrolls; its columns in words; the filters by record, coordinator, period and text; the chain
// verified from its button; a coordinator and a viewer see why there is no list. And each export the desktop makes
// (the results report as PDF, XLSX, CSV; the fees; the commission summary) writes exactly one audit entry, with the
// chain still intact.
#include "TestDatabase.h"

#include "audit/AuditLogModel.h"
#include "audit/AuditLogSection.h"
#include "common/Clock.h"
#include "common/DateField.h"
#include "common/DateTexts.h"
#include "fees/FeesPage.h"
#include "office/OfficeService.h"
#include "reports/FundersReportTab.h"
#include "reports/ReportsPage.h"
#include "requests/CommissionSummaryDialog.h"
#include "settings/SectionMessage.h"
#include "storage/SqlQuery.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Kohtaamo;

namespace {
const QDateTime kNow(QDate(2026, 9, 30), QTime(10, 0));

int auditCount(OfficeService &o, const QString &table = {})
{
    SqlQuery q(o.database(),
               table.isEmpty() ? QStringLiteral("SELECT COUNT(*) FROM audit_log")
                               : QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = ?"));
    if (!table.isEmpty())
        q.bind(table);
    auto n = q.scalar();
    return n ? n->toInt() : -1;
}
} // namespace

class TestAuditLogView : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void theListReadsAPageAtATimeNewestFirstInWords();
    void theFiltersNarrowTheList();
    void aBadRecordIsNamedAndTheListEmptied();
    void verifyChainShowsTheResult();
    void aCoordinatorOrViewerSeesWhyThereIsNoList();
    void eachDesktopExportWritesOneEntryAndTheChainVerifies();

private:
    void setFilters(const QString &record, int coordinator, bool period, const QString &text);
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<AuditLogSection> m_section;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_dir;
};

void TestAuditLogView::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Finland));
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<Test::TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_office = std::make_unique<OfficeService>(m_testDb->openOrFail());
    DemoGenerator::Options demo;
    demo.workers = 30;
    demo.requests = 60;
    demo.seed = 7;
    demo.today = kNow.date();
    auto generated = m_office->generateDemo(demo);
    QVERIFY2(generated, qPrintable(generated.error().message));
    QVERIFY(m_office->actAs(QStringLiteral("anna.lehtinen")));
    QVERIFY(m_office->isAdmin());
    // More entries than one page: 150 exports yesterday, and a change to a worker today.
    m_clock->set(kNow.addDays(-1));
    for (int i = 0; i < 150; ++i)
        QVERIFY(m_office->recordExport({ ExportRecord::Kind::ResultsReport, QStringLiteral("CSV"),
                                         QStringLiteral("report-%1.csv").arg(i), QStringLiteral("2026") }));
    m_clock->set(kNow);
    Worker w = *m_office->worker(1);
    w.municipality = QStringLiteral("Kustavi");
    QVERIFY2(m_office->saveWorker(w), "a change to worker 1");

    m_section = std::make_unique<AuditLogSection>();
    m_section->resize(1100, 760);
    m_tester = std::make_unique<QAbstractItemModelTester>(m_section->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_section->setOffice(m_office.get());
    m_section->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_section.get()));
    QVERIFY(m_dir.isValid());
}

void TestAuditLogView::cleanupTestCase()
{
    m_tester.reset();
    m_section.reset();
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

void TestAuditLogView::setFilters(const QString &record, int coordinator, bool period, const QString &text)
{
    m_section->recordInput()->setText(record);
    m_section->coordinatorInput()->setCurrentIndex(coordinator);
    m_section->textInput()->setText(text);
    const QSignalBlocker blocker(m_section->periodInput());
    m_section->periodInput()->setChecked(period);
}

void TestAuditLogView::theListReadsAPageAtATimeNewestFirstInWords()
{
    setFilters(QString(), 0, false, QString());
    QVERIFY(m_section->applyFilters());
    AuditLogModel *model = m_section->model();
    const int total = auditCount(*m_office);
    QCOMPARE(model->totalCount(), total);
    QCOMPARE(model->rowCount(), AuditLogModel::kPageSize);
    QVERIFY(model->canFetchMore({}));
    model->fetchMore({});
    QCOMPARE(model->rowCount(), qMin(total, 2 * AuditLogModel::kPageSize));
    while (model->canFetchMore({}))
        model->fetchMore({});
    QCOMPARE(model->rowCount(), total);
    for (int row = 1; row < model->rowCount(); ++row)
        QVERIFY(model->entry(row).entry.id < model->entry(row - 1).entry.id);

    // The newest: anna's change to worker 1, in words.
    const auto text = [model](int row, int column) { return model->index(row, column).data().toString(); };
    QCOMPARE(text(0, AuditLogModel::ActionColumn), QStringLiteral("Changed worker"));
    QCOMPARE(text(0, AuditLogModel::RecordColumn), m_office->worker(1)->displayName);
    QCOMPARE(text(0, AuditLogModel::CoordinatorColumn), m_office->coordinator().displayName);
    QVERIFY2(text(0, AuditLogModel::ChangesColumn).contains(QLatin1String("municipality:")),
             qPrintable(text(0, AuditLogModel::ChangesColumn)));
    QVERIFY(text(0, AuditLogModel::ChangesColumn).contains(QLatin1String("Kustavi")));
    QCOMPARE(text(0, AuditLogModel::WhenColumn), DateTexts::shortText(kNow));
    QCOMPARE(text(1, AuditLogModel::ActionColumn), QStringLiteral("Exported results report"));
    QVERIFY(text(1, AuditLogModel::ChangesColumn).contains(QLatin1String("report-149.csv")));
    // The chosen entry's changes in full below the list.
    m_section->view()->setCurrentIndex(model->index(0, 0));
    QVERIFY(m_section->details()->toPlainText().contains(QLatin1String("Kustavi")));
    QVERIFY(!m_section->countLabel()->text().isEmpty());
}

void TestAuditLogView::theFiltersNarrowTheList()
{
    AuditLogModel *model = m_section->model();
    // A worker's number: everything about them.
    setFilters(QStringLiteral("#1"), 0, false, QString());
    QVERIFY(m_section->applyFilters());
    QVERIFY(model->rowCount() >= 1);
    for (int row = 0; row < model->rowCount(); ++row)
        QCOMPARE(model->index(row, AuditLogModel::RecordColumn).data().toString(), m_office->worker(1)->displayName);
    // The coordinator: the demo's generator wrote as a tool, anna everything else.
    const int anna = m_section->coordinatorInput()->findData(QStringLiteral("anna.lehtinen"));
    QVERIFY(anna > 0);
    setFilters(QString(), anna, false, QString());
    QVERIFY(m_section->applyFilters());
    QCOMPARE(model->totalCount(), 151);
    // The period: yesterday only.
    setFilters(QString(), 0, true, QString());
    m_section->fromInput()->setDate(kNow.date().addDays(-1));
    m_section->toInput()->setDate(kNow.date().addDays(-1));
    QVERIFY(m_section->applyFilters());
    QCOMPARE(model->totalCount(), 150);
    // Words in the changes.
    setFilters(QString(), 0, false, QStringLiteral("report-42.csv"));
    QVERIFY(m_section->applyFilters());
    QCOMPARE(model->totalCount(), 1);
    setFilters(QString(), 0, false, QString());
    QVERIFY(m_section->applyFilters());
}

void TestAuditLogView::aBadRecordIsNamedAndTheListEmptied()
{
    setFilters(QStringLiteral("somebody"), 0, false, QString());
    QVERIFY(!m_section->applyFilters());
    QVERIFY(m_section->message()->text().startsWith(QLatin1String("Record:")));
    setFilters(QStringLiteral("1999-9999"), 0, false, QString());
    QVERIFY(!m_section->applyFilters());
    QVERIFY(m_section->message()->text().contains(QLatin1String("1999-9999")));
    setFilters(QString(), 0, false, QString());
    QVERIFY(m_section->applyFilters());
    QVERIFY(m_section->message()->text().isEmpty());
}

void TestAuditLogView::verifyChainShowsTheResult()
{
    QTest::mouseClick(m_section->verifyButton(), Qt::LeftButton);
    QCOMPARE(m_section->message()->kind(), SectionMessage::Kind::Information);
    QCOMPARE(m_section->message()->text(), m_office->verifyAudit()->message);
}

void TestAuditLogView::aCoordinatorOrViewerSeesWhyThereIsNoList()
{
    // vieras is recorded, then made a viewer by anna.
    QVERIFY(m_office->actAs(QStringLiteral("vieras")));
    QVERIFY(m_office->actAs(QStringLiteral("anna.lehtinen")));
    const QVector<Coordinator> everyone = *m_office->coordinators(); // kept: the loop must not walk a temporary
    for (Coordinator c : everyone) {
        if (c.username == QLatin1String("vieras")) {
            c.role = CoordinatorRole::Viewer;
            QVERIFY(m_office->saveCoordinator(c));
        }
    }
    for (const char *login : { "mikael.sjoberg", "vieras" }) {
        QVERIFY(m_office->actAs(QString::fromLatin1(login)));
        m_section->setOffice(m_office.get());
        QCOMPARE(m_section->model()->rowCount(), 0);
        QVERIFY(!m_section->view()->isEnabled());
        QVERIFY2(m_section->message()->text().contains(QLatin1String("Only an admin")),
                 qPrintable(m_section->message()->text()));
    }
    QVERIFY(m_office->actAs(QStringLiteral("anna.lehtinen")));
    m_section->setOffice(m_office.get());
    QVERIFY(m_section->view()->isEnabled());
    QVERIFY(m_section->model()->rowCount() > 0);
}

void TestAuditLogView::eachDesktopExportWritesOneEntryAndTheChainVerifies()
{
    ReportsPage reports;
    reports.setOffice(m_office.get());
    FundersReportTab *tab = reports.funders();
    tab->setPeriod(FundersReportTab::PeriodKind::Year, 2026);
    QVERIFY(tab->hasReport());
    FeesPage fees;
    fees.setOffice(m_office.get());
    qint64 requestId = 0;
    {
        SqlQuery q(m_office->database(), QStringLiteral("SELECT MIN(id) FROM requests WHERE status = 'held'"));
        requestId = q.scalar()->toLongLong();
    }
    QVERIFY(requestId > 0);
    CommissionSummaryDialog summary(m_office.get(), requestId);
    QVERIFY(summary.errorText().isEmpty());

    struct Case
    {
        const char *what;
        std::function<QString()> write;
        QString format;
    };
    const QVector<Case> cases {
        { "results report PDF", [&] { return tab->exportPdf(m_dir.filePath(QStringLiteral("r.pdf"))); },
          QStringLiteral("PDF") },
        { "results report XLSX", [&] { return tab->exportXlsx(m_dir.filePath(QStringLiteral("r.xlsx"))); },
          QStringLiteral("XLSX") },
        { "results report CSV", [&] { return tab->exportCsv(m_dir.path()); }, QStringLiteral("CSV") },
        { "fees CSV", [&] { return fees.exportTo(m_dir.filePath(QStringLiteral("fees.csv"))); },
          QStringLiteral("CSV") },
        { "commission summary PDF", [&] { return summary.savePdf(m_dir.filePath(QStringLiteral("c.pdf"))); },
          QStringLiteral("PDF") },
    };
    for (const Case &c : cases) {
        const int before = auditCount(*m_office);
        const int exportsBefore = auditCount(*m_office, QStringLiteral("exports"));
        QCOMPARE(c.write(), QString());
        QVERIFY2(auditCount(*m_office) == before + 1, c.what);
        QVERIFY2(auditCount(*m_office, QStringLiteral("exports")) == exportsBefore + 1, c.what);
        const AuditLogEntry last = m_office->auditLog({}, 0, 1)->first();
        QCOMPARE(last.entry.actor, QStringLiteral("anna.lehtinen"));
        QCOMPARE(last.entry.changes.value(QStringLiteral("format")).toObject().value(QStringLiteral("new")).toString(),
                 c.format);
    }
    const auto verified = m_office->verifyAudit();
    QVERIFY(verified);
    QVERIFY2(verified->intact(), qPrintable(verified->message));
}

QTEST_MAIN(TestAuditLogView)
#include "tst_audit_log_view.moc"
