// Reports ▸ Reports for Funders with real widgets, offscreen, on a generated office: choosing the year shows the
// figures (the model under QAbstractItemModelTester, the charts drawn with Qt Charts), the organisation and quarter
// choices give the figures the core computes, and the files are read by real clients: the PDF's text by pdftotext
// (the office's name, the figures, "< 5", page numbers) and its first page by pdftoppm, the XLSX by openpyxl, the CSV
// folder holds one file per table.
#include "TestDatabase.h"

#include "ReportDocument.h"
#include "common/Clock.h"
#include "office/DatabaseLocation.h"
#include "office/OfficeService.h"
#include "reports/FundersReportTab.h"
#include "reports/ReportTableModel.h"
#include "reports/ReportsPage.h"

#include <QAbstractItemModelTester>
#include <QChartView>
#include <QComboBox>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QLabel>
#include <QProcess>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

using namespace Kohtaamo;

namespace {
const QDateTime kNow(QDate(2026, 9, 30), QTime(12, 0));

struct Run
{
    int exitCode = -1;
    QString output;
};

Run run(const QString &program, const QStringList &arguments)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::SeparateChannels);
    p.start(program, arguments);
    Run r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    // NFKC: pdftotext gives a ligature the font drew as one glyph (fi, fl) as one character (U+FB01...); the office's
    // name (a temporary path such as /tmp/tst-UfiIGB/...) then would not be found, as it once failed in CI.
    const QString output = QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError());
    r.output = output.normalized(QString::NormalizationForm_KC);
    return r;
}
} // namespace

class TestFundersReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void choosingTheYearShowsTheFigures();
    void theChoicesGiveTheCoresFigures();
    void thePdfReadsBackWithItsFiguresAndPageNumbers();
    void theWorkbookReadsBackInOpenpyxl();
    void theCsvFolderHasOneFilePerTable();

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<ReportsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    QTemporaryDir m_dir;
};

void TestFundersReport::initTestCase()
{
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Finland));
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<Test::TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_office = std::make_unique<OfficeService>(std::move(db));
    DemoGenerator::Options demo;
    demo.workers = 60;
    demo.requests = 120;
    demo.seed = 15;
    demo.today = kNow.date();
    auto generated = m_office->generateDemo(demo);
    QVERIFY2(generated, qPrintable(generated.error().message));
    QVERIFY(m_office->actAs(QStringLiteral("anna.lehtinen")));
    m_page = std::make_unique<ReportsPage>();
    m_page->resize(1100, 760);
    m_page->setOffice(m_office.get());
    m_page->tabs()->setCurrentWidget(m_page->funders());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    m_tester = std::make_unique<QAbstractItemModelTester>(m_page->funders()->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(m_dir.isValid());
}

void TestFundersReport::cleanupTestCase()
{
    m_tester.reset();
    m_page.reset();
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

void TestFundersReport::choosingTheYearShowsTheFigures()
{
    FundersReportTab *tab = m_page->funders();
    QCOMPARE(m_page->tabs()->tabText(1), QStringLiteral("&Reports for Funders"));
    tab->setPeriod(FundersReportTab::PeriodKind::Year, 2026);
    QVERIFY2(tab->hasReport(), qPrintable(tab->errorText()));
    QVERIFY(tab->report().commissions > 0);
    auto *summary = tab->findChild<QLabel *>(QStringLiteral("reportSummary"));
    QVERIFY(summary);
    QVERIFY2(summary->text().contains(QStringLiteral("Commissions: %1").arg(tab->report().commissions)),
             qPrintable(summary->text()));
    // The first table is the key figures; every table can be chosen and shown.
    QCOMPARE(tab->tableChooser()->count(), tab->report().sections.size());
    QCOMPARE(tab->model()->rowCount(), tab->report().sections.first().table.rows.size());
    QCOMPARE(tab->model()->index(0, 1).data().toString(), QLocale().toString(tab->report().commissions));
    for (int i = 0; i < tab->tableChooser()->count(); ++i) {
        tab->tableChooser()->setCurrentIndex(i);
        QCOMPARE(tab->model()->rowCount(), tab->report().sections.at(i).table.rows.size());
    }
    // Counts of people below 5 are shown as "< 5" on the screen too.
    tab->tableChooser()->setCurrentIndex(tab->tableChooser()->findData(QStringLiteral("workers_by_age_group")));
    for (int r = 0; r < tab->model()->rowCount(); ++r) {
        const qint64 n = tab->model()->table().rows.at(r).at(1).toLongLong();
        QCOMPARE(tab->model()->index(r, 1).data().toString(),
                 n > 0 && n < 5 ? QStringLiteral("< 5") : QLocale().toString(n));
    }
    const auto charts = tab->chartsArea()->findChildren<QChartView *>();
    QCOMPARE(charts.size(), 4);
    QVERIFY(tab->chartsArea()->findChild<QChartView *>(QStringLiteral("chart_commissions_by_month")));
    QVERIFY(tab->chartsArea()->findChild<QChartView *>(QStringLiteral("chart_hours_by_organisation")));
}

void TestFundersReport::theChoicesGiveTheCoresFigures()
{
    FundersReportTab *tab = m_page->funders();
    auto *organisation = tab->findChild<QComboBox *>(QStringLiteral("reportOrganisation"));
    QVERIFY(organisation);
    QVERIFY(organisation->count() > 2);
    organisation->setCurrentIndex(1);
    tab->setPeriod(FundersReportTab::PeriodKind::Quarter, 2026, 2);
    QVERIFY2(tab->hasReport(), qPrintable(tab->errorText()));
    ResultsReportOptions o = ResultsReportOptions::quarter(2026, 2);
    o.organisationId = organisation->currentData().toLongLong();
    auto expected = m_office->resultsReport(o);
    QVERIFY(expected);
    QCOMPARE(tab->report().commissions, expected->commissions);
    QCOMPARE(tab->report().workers, expected->workers);
    QCOMPARE(tab->report().options.from, QDate(2026, 4, 1));
    QCOMPARE(tab->report().options.to, QDate(2026, 6, 30));
    organisation->setCurrentIndex(0);
    tab->setCustomPeriod(QDate(2026, 3, 1), QDate(2026, 2, 1));
    QVERIFY(!tab->hasReport());
    QVERIFY(!tab->errorText().isEmpty()); // the period ends before it begins: said in the tab
    tab->setPeriod(FundersReportTab::PeriodKind::Year, 2026);
    QVERIFY(tab->hasReport());
}

void TestFundersReport::thePdfReadsBackWithItsFiguresAndPageNumbers()
{
    const QString pdftotext = QStringLiteral(KOHTAAMO_PDFTOTEXT);
    if (pdftotext.isEmpty() || pdftotext.endsWith(QLatin1String("NOTFOUND")))
        QSKIP("pdftotext (Debian poppler-utils) is not installed");
    FundersReportTab *tab = m_page->funders();
    tab->setPeriod(FundersReportTab::PeriodKind::Year, 2026);
    QVERIFY(tab->hasReport());
    const QString path = m_dir.filePath(QStringLiteral("report.pdf"));
    QCOMPARE(tab->exportPdf(path), QString());
    QVERIFY(QFile(path).size() > 10000);
    const Run text = run(pdftotext, { QStringLiteral("-layout"), path, QStringLiteral("-") });
    QVERIFY2(text.exitCode == 0, qPrintable(text.output));
    const QString office = m_office->location().displayName();
    QVERIFY2(text.output.contains(office), qPrintable(office));
    QVERIFY(text.output.contains(QStringLiteral("Results report 2026")));
    QVERIFY(text.output.contains(QStringLiteral("Page 1 of ")));
    const int pages = text.output.count(QLatin1Char('\f'));
    QVERIFY(pages >= 2);
    QVERIFY2(text.output.contains(QStringLiteral("Page %1 of %1").arg(pages)), qPrintable(text.output.right(400)));
    QVERIFY(text.output.contains(QStringLiteral("Experience knowledge")));
    // The key figures as printed: the figure's name and its value on one line.
    const auto &key = tab->report().sections.first().table;
    for (const QVariantList &row : key.rows) {
        // The digits as printed, whatever the locale's group separator became in the extracted text.
        const QStringList digits = QString::number(row.at(1).toLongLong()).split(QString(), Qt::SkipEmptyParts);
        const QRegularExpression line(QRegularExpression::escape(row.at(0).toString()) + QStringLiteral("\\s+")
                                      + digits.join(QStringLiteral("[^0-9\\n]?")) + QStringLiteral("(?![0-9])"));
        QVERIFY2(line.match(text.output).hasMatch(), qPrintable(row.at(0).toString()));
    }
    // A small count of people is printed "< 5", never as its number.
    bool small = false;
    for (const auto &section : tab->report().sections) {
        for (const QVariantList &row : section.table.rows) {
            for (int c = 0; c < section.table.columns.size(); ++c)
                small = small || ExportTable::hidesCell(section.table.columns.at(c), row.value(c));
        }
    }
    QVERIFY2(small, "the demo office should have a group of fewer than 5 workers");
    QVERIFY(text.output.contains(QStringLiteral("< 5")));

    // The first page as a picture (for docs/screenshots/report-page1.png): A4, not blank.
    const QString pdftoppm = QStringLiteral(KOHTAAMO_PDFTOPPM);
    if (pdftoppm.isEmpty() || pdftoppm.endsWith(QLatin1String("NOTFOUND")))
        QSKIP("pdftoppm (Debian poppler-utils) is not installed");
    const QString prefix = m_dir.filePath(QStringLiteral("page"));
    const Run png
        = run(pdftoppm,
              { QStringLiteral("-png"), QStringLiteral("-r"), QStringLiteral("60"), QStringLiteral("-singlefile"),
                QStringLiteral("-f"), QStringLiteral("1"), QStringLiteral("-l"), QStringLiteral("1"), path, prefix });
    QVERIFY2(png.exitCode == 0, qPrintable(png.output));
    const QImage page(prefix + QStringLiteral(".png"));
    QVERIFY(!page.isNull());
    QVERIFY(std::abs(double(page.height()) / page.width() - 297.0 / 210.0) < 0.02);
}

void TestFundersReport::theWorkbookReadsBackInOpenpyxl()
{
    FundersReportTab *tab = m_page->funders();
    tab->setPeriod(FundersReportTab::PeriodKind::Year, 2026);
    QVERIFY(tab->hasReport());
    const QString path = m_dir.filePath(QStringLiteral("report.xlsx"));
    QCOMPARE(tab->exportXlsx(path), QString());
    const Run dump = run(QStringLiteral(KOHTAAMO_PYTHON3), { QStringLiteral(KOHTAAMO_XLSX_DUMPER), path });
    if (dump.exitCode != 0 && dump.output.contains(QStringLiteral("No module named 'openpyxl'")))
        QSKIP("python3-openpyxl is not installed");
    QVERIFY2(dump.exitCode == 0, qPrintable(dump.output));
    QHash<QString, QStringList> cells; // "sheet/row/column" → type, value
    QSet<QString> sheets;
    for (const QString &line : dump.output.split(QLatin1Char('\n'), Qt::SkipEmptyParts)) {
        const QStringList f = line.split(QLatin1Char('\t'));
        QCOMPARE(f.size(), 5);
        sheets.insert(f.at(0));
        cells.insert(f.at(0) + QLatin1Char('/') + f.at(1) + QLatin1Char('/') + f.at(2), { f.at(3), f.at(4) });
    }
    QCOMPARE(sheets.size(), tab->report().sections.size());
    const auto &key = tab->report().sections.first().table;
    for (int r = 0; r < key.rows.size(); ++r) {
        const QStringList cell = cells.value(QStringLiteral("Key figures/%1/2").arg(r + 2));
        QCOMPARE(cell.value(0), QStringLiteral("int"));
        QCOMPARE(cell.value(1).toLongLong(), key.rows.at(r).at(1).toLongLong());
    }
    const auto *ages = tab->report().section(QStringLiteral("workers_by_age_group"));
    QVERIFY(ages);
    for (int r = 0; r < ages->table.rows.size(); ++r) {
        const qint64 n = ages->table.rows.at(r).at(1).toLongLong();
        const QStringList cell = cells.value(QStringLiteral("%1/%2/2").arg(ages->table.title.left(31)).arg(r + 2));
        if (n > 0 && n < 5)
            QCOMPARE(cell, QStringList({ QStringLiteral("str"), QStringLiteral("< 5") }));
        else
            QCOMPARE(cell, QStringList({ QStringLiteral("int"), QString::number(n) }));
    }
}

void TestFundersReport::theCsvFolderHasOneFilePerTable()
{
    FundersReportTab *tab = m_page->funders();
    const QString folder = m_dir.filePath(QStringLiteral("csv"));
    QVERIFY(QDir().mkpath(folder));
    QCOMPARE(tab->exportCsv(folder), QString());
    const QStringList files = QDir(folder).entryList({ QStringLiteral("*.csv") }, QDir::Files);
    QCOMPARE(files.size(), tab->report().sections.size());
    QVERIFY(files.contains(QStringLiteral("key_figures.csv")));
    QVERIFY(files.contains(QStringLiteral("knowledge_entries.csv")));
}

QTEST_MAIN(TestFundersReport)
#include "tst_funders_report.moc"
