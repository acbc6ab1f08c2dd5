#include "FundersReportTab.h"

#include "ReportChart.h"
#include "ReportDocument.h"
#include "ReportTableModel.h"
#include "common/DateField.h"
#include "common/RefreshWhenShown.h"
#include "export/CsvWriter.h"
#include "export/XlsxWriter.h"
#include "office/DatabaseLocation.h"
#include "office/OfficeService.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QEvent>
#include <QFileDialog>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QHorizontalBarSeries>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollArea>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableView>
#include <QVBoxLayout>
#include <QValueAxis>

#include "common/Clock.h"

namespace Kohtaamo {

FundersReportTab::FundersReportTab(QWidget *parent) : QWidget(parent)
{
    m_shown = new RefreshWhenShown(this, [this] { refresh(); });
    // In a scroll area, so that the tab never makes the window wider than the screen at a large font.
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    auto *page = new QScrollArea(this);
    page->setObjectName(QStringLiteral("reportScroll"));
    page->setWidgetResizable(true);
    page->setFrameShape(QFrame::NoFrame);
    auto *content = new QWidget(page);
    page->setWidget(content);
    outer->addWidget(page);
    auto *layout = new QVBoxLayout(content);

    auto *choices = new QHBoxLayout;
    m_periodLabel = new QLabel(this);
    m_periodKind = new QComboBox(this);
    m_periodKind->setObjectName(QStringLiteral("reportPeriodKind"));
    m_periodLabel->setBuddy(m_periodKind);
    m_year = new QSpinBox(this);
    m_year->setObjectName(QStringLiteral("reportYear"));
    m_year->setRange(2000, 2100);
    m_year->setValue(Clock::instance().today().year());
    m_quarter = new QComboBox(this);
    m_quarter->setObjectName(QStringLiteral("reportQuarter"));
    m_from = new DateField(this);
    m_from->setObjectName(QStringLiteral("reportFrom"));
    m_from->setCalendarPopup(true);
    m_to = new DateField(this);
    m_to->setObjectName(QStringLiteral("reportTo"));
    m_to->setCalendarPopup(true);
    const QDate today = Clock::instance().today();
    m_from->setDate(QDate(today.year(), 1, 1));
    m_to->setDate(today);
    m_organisationLabel = new QLabel(this);
    m_organisation = new QComboBox(this);
    m_organisation->setObjectName(QStringLiteral("reportOrganisation"));
    m_organisationLabel->setBuddy(m_organisation);
    m_activityLabel = new QLabel(this);
    m_activity = new QComboBox(this);
    m_activity->setObjectName(QStringLiteral("reportActivity"));
    m_activityLabel->setBuddy(m_activity);
    // The period on one row, whose report on the next: the choosers never make the page wider than a 1280-pixel
    // window, whatever the names of the organisations and activities.
    for (QWidget *w : std::initializer_list<QWidget *> { m_periodLabel, m_periodKind, m_year, m_quarter, m_from, m_to })
        choices->addWidget(w);
    choices->addStretch(1);
    layout->addLayout(choices);
    auto *scope = new QHBoxLayout;
    for (QComboBox *combo : { m_organisation, m_activity }) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(24);
    }
    for (QWidget *w :
         std::initializer_list<QWidget *> { m_organisationLabel, m_organisation, m_activityLabel, m_activity })
        scope->addWidget(w);
    scope->addStretch(1);
    layout->addLayout(scope);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("reportSummary"));
    m_summary->setWordWrap(true);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    layout->addWidget(m_summary);

    m_views = new QTabWidget(this);
    m_views->setObjectName(QStringLiteral("reportViews"));
    auto *tables = new QWidget(m_views);
    auto *tablesLayout = new QVBoxLayout(tables);
    auto *chooserRow = new QHBoxLayout;
    m_tableLabel = new QLabel(tables);
    m_tableChooser = new QComboBox(tables);
    m_tableChooser->setObjectName(QStringLiteral("reportTable"));
    m_tableChooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_tableChooser->setMinimumContentsLength(24);
    m_tableLabel->setBuddy(m_tableChooser);
    chooserRow->addWidget(m_tableLabel);
    chooserRow->addWidget(m_tableChooser, 1);
    tablesLayout->addLayout(chooserRow);
    m_definition = new QLabel(tables);
    m_definition->setObjectName(QStringLiteral("reportDefinition"));
    m_definition->setWordWrap(true);
    tablesLayout->addWidget(m_definition);
    m_model = new ReportTableModel(this);
    m_view = new QTableView(tables);
    m_view->setObjectName(QStringLiteral("reportTableView"));
    m_view->setModel(m_model);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();
    m_view->setWordWrap(true);
    tablesLayout->addWidget(m_view, 1);
    m_views->addTab(tables, QString());

    auto *scroll = new QScrollArea(m_views);
    scroll->setWidgetResizable(true);
    m_chartsArea = new QWidget(scroll);
    m_chartsArea->setObjectName(QStringLiteral("reportCharts"));
    m_chartsLayout = new QGridLayout(m_chartsArea);
    scroll->setWidget(m_chartsArea);
    m_views->addTab(scroll, QString());
    layout->addWidget(m_views, 1);

    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    m_pdf = new QPushButton(this);
    m_pdf->setObjectName(QStringLiteral("reportExportPdf"));
    m_print = new QPushButton(this);
    m_print->setObjectName(QStringLiteral("reportPrint"));
    m_xlsx = new QPushButton(this);
    m_xlsx->setObjectName(QStringLiteral("reportExportXlsx"));
    m_csv = new QPushButton(this);
    m_csv->setObjectName(QStringLiteral("reportExportCsv"));
    for (QPushButton *b : { m_pdf, m_print, m_xlsx, m_csv })
        buttons->addWidget(b);
    layout->addLayout(buttons);

    retranslateUi();
    periodKindChanged();

    connect(m_periodKind, &QComboBox::currentIndexChanged, this, [this] {
        periodKindChanged();
        refresh();
    });
    connect(m_year, &QSpinBox::valueChanged, this, &FundersReportTab::refresh);
    connect(m_quarter, &QComboBox::currentIndexChanged, this, &FundersReportTab::refresh);
    connect(m_from, &QDateEdit::dateChanged, this, &FundersReportTab::refresh);
    connect(m_to, &QDateEdit::dateChanged, this, &FundersReportTab::refresh);
    connect(m_organisation, &QComboBox::currentIndexChanged, this, &FundersReportTab::refresh);
    connect(m_activity, &QComboBox::currentIndexChanged, this, &FundersReportTab::refresh);
    connect(m_tableChooser, &QComboBox::currentIndexChanged, this, &FundersReportTab::showTable);
    connect(m_pdf, &QPushButton::clicked, this, &FundersReportTab::askPdf);
    connect(m_print, &QPushButton::clicked, this, &FundersReportTab::askPrint);
    connect(m_xlsx, &QPushButton::clicked, this, &FundersReportTab::askXlsx);
    connect(m_csv, &QPushButton::clicked, this, &FundersReportTab::askCsv);
}

void FundersReportTab::setOffice(OfficeService *office)
{
    if (m_office)
        disconnect(m_office.data(), nullptr, this, nullptr);
    m_office = office;
    if (m_office) {
        connect(m_office.data(), &OfficeService::changed, this, [this](const OfficeChange &change) {
            if (change.records.contains(OfficeChange::Kind::FundedActivity)
                || change.records.contains(OfficeChange::Kind::Organisation))
                fillScopes();
            m_shown->request();
        });
    }
    fillScopes();
    m_shown->request();
}

void FundersReportTab::fillScopes()
{
    const QSignalBlocker b1(m_organisation);
    const QSignalBlocker b2(m_activity);
    const qint64 organisation = m_organisation->currentData().toLongLong();
    const qint64 activity = m_activity->currentData().toLongLong();
    m_organisation->clear();
    m_activity->clear();
    m_organisation->addItem(tr("All organisations"), qint64(0));
    m_activity->addItem(tr("All funded activities"), qint64(0));
    if (m_office) {
        if (auto list = m_office->organisations()) {
            for (const Organisation &o : std::as_const(*list))
                m_organisation->addItem(o.name, o.id);
        }
        if (auto list = m_office->fundedActivities()) {
            for (const FundedActivity &a : std::as_const(*list))
                m_activity->addItem(a.funder.isEmpty() ? a.name : QStringLiteral("%1 (%2)").arg(a.name, a.funder),
                                    a.id);
        }
    }
    m_organisation->setCurrentIndex(std::max(0, m_organisation->findData(organisation)));
    m_activity->setCurrentIndex(std::max(0, m_activity->findData(activity)));
    // Where the office has only one, there is nothing to choose.
    m_organisation->setEnabled(m_organisation->count() > 2);
    m_activity->setEnabled(m_activity->count() > 2);
}

void FundersReportTab::setPeriod(PeriodKind kind, int year, int quarter)
{
    const QSignalBlocker b1(m_periodKind);
    const QSignalBlocker b2(m_year);
    const QSignalBlocker b3(m_quarter);
    m_periodKind->setCurrentIndex(int(kind));
    m_year->setValue(year);
    m_quarter->setCurrentIndex(std::clamp(quarter, 1, 4) - 1);
    periodKindChanged();
    refresh();
}

void FundersReportTab::setCustomPeriod(const QDate &from, const QDate &to)
{
    const QSignalBlocker b1(m_periodKind);
    const QSignalBlocker b2(m_from);
    const QSignalBlocker b3(m_to);
    m_periodKind->setCurrentIndex(int(PeriodKind::Custom));
    m_from->setDate(from);
    m_to->setDate(to);
    periodKindChanged();
    refresh();
}

void FundersReportTab::periodKindChanged()
{
    const auto kind = PeriodKind(m_periodKind->currentIndex());
    m_year->setVisible(kind != PeriodKind::Custom);
    m_quarter->setVisible(kind == PeriodKind::Quarter);
    m_from->setVisible(kind == PeriodKind::Custom);
    m_to->setVisible(kind == PeriodKind::Custom);
}

void FundersReportTab::refresh()
{
    m_shown->markRead();
    m_hasReport = false;
    if (!m_office) {
        m_summary->clear();
        m_model->setTable({});
        return;
    }
    ResultsReportOptions options;
    switch (PeriodKind(m_periodKind->currentIndex())) {
    case PeriodKind::Year:
        options = ResultsReportOptions::year(m_year->value());
        break;
    case PeriodKind::Quarter:
        options = ResultsReportOptions::quarter(m_year->value(), m_quarter->currentIndex() + 1);
        break;
    case PeriodKind::Custom:
        options.from = m_from->date();
        options.to = m_to->date();
        break;
    }
    options.organisationId = m_organisation->currentData().toLongLong();
    options.fundedActivityId = m_activity->currentData().toLongLong();
    options.language = locale().name().left(2);
    auto report = m_office->resultsReport(options);
    if (!report) {
        m_summary->setText(report.error().message);
        m_model->setTable({});
        m_tableChooser->clear();
        buildCharts();
        return;
    }
    m_report = *report;
    m_hasReport = true;
    const QLocale l = locale();
    const QString workers = m_report.workers > 0 && m_report.workers < ExportTable::kSmallestShownCount
        ? ExportTable::hiddenCountText()
        : l.toString(m_report.workers);
    m_summary->setText(tr("%1. Commissions: %2, events held: %3, experience workers who took part: %4, hours: %5, "
                          "people reached: %6.")
                           .arg(m_report.scope, l.toString(m_report.commissions), l.toString(m_report.eventsHeld),
                                workers, l.toString(m_report.hours, 'f', 1), l.toString(m_report.peopleReached)));
    const QString key = m_tableChooser->currentData().toString();
    {
        const QSignalBlocker blocker(m_tableChooser);
        m_tableChooser->clear();
        for (const auto &section : std::as_const(m_report.sections))
            m_tableChooser->addItem(section.table.title, section.key);
        m_tableChooser->setCurrentIndex(std::max(0, m_tableChooser->findData(key)));
    }
    showTable();
    buildCharts();
}

QString FundersReportTab::errorText() const
{
    return m_hasReport ? QString() : m_summary->text();
}

void FundersReportTab::showTable()
{
    const auto *section = m_report.section(m_tableChooser->currentData().toString());
    if (!m_hasReport || !section) {
        m_model->setTable({});
        m_definition->clear();
        return;
    }
    m_model->setTable(section->table, locale());
    m_definition->setText(section->definition);
    m_view->resizeColumnsToContents();
}

void FundersReportTab::buildCharts()
{
    while (QLayoutItem *item = m_chartsLayout->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    if (!m_hasReport)
        return;
    const QVector<ReportChart> charts = ReportChart::chartsOf(m_report);
    for (int i = 0; i < charts.size(); ++i) {
        const ReportChart &c = charts.at(i);
        auto *set = new QBarSet(c.title);
        QStringList categories;
        double largest = 0;
        // Horizontal bars run from the bottom up: the first row goes last so that it is on top.
        for (auto it = c.bars.crbegin(); it != c.bars.crend(); ++it) {
            categories << it->first;
            *set << it->second;
            largest = std::max(largest, it->second);
        }
        auto *series = new QHorizontalBarSeries;
        series->append(set);
        series->setLabelsVisible(true);
        auto *chart = new QChart;
        chart->setTitle(c.title);
        chart->addSeries(series);
        chart->legend()->hide();
        auto *axisY = new QBarCategoryAxis;
        axisY->append(categories);
        chart->addAxis(axisY, Qt::AlignLeft);
        series->attachAxis(axisY);
        auto *axisX = new QValueAxis;
        axisX->setRange(0, largest > 0 ? largest * 1.1 : 1);
        axisX->setLabelFormat(QStringLiteral("%.0f"));
        chart->addAxis(axisX, Qt::AlignBottom);
        series->attachAxis(axisX);
        auto *view = new QChartView(chart, m_chartsArea);
        view->setObjectName(QStringLiteral("chart_%1").arg(c.key));
        view->setAccessibleName(c.title);
        view->setRenderHint(QPainter::Antialiasing);
        view->setMinimumHeight(std::max(260, 60 + 28 * int(c.bars.size())));
        view->setMinimumWidth(200);
        view->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
        m_chartsLayout->addWidget(view, i / 2, i % 2);
    }
}

QString FundersReportTab::officeName() const
{
    return m_office ? m_office->location().displayName() : QString();
}

QString FundersReportTab::logExport(const QString &format, const QString &path) const
{
    if (!m_office)
        return {};
    const QString period = QStringLiteral("%1 – %2").arg(m_report.options.from.toString(Qt::ISODate),
                                                         m_report.options.to.toString(Qt::ISODate));
    const Status logged = m_office->recordExport({ ExportRecord::Kind::ResultsReport, format, path, period });
    return logged ? QString()
                  : tr("The report was written, but the export could not be logged in the audit log: %1")
                        .arg(logged.error().message);
}

QString FundersReportTab::exportPdf(const QString &path) const
{
    if (!m_hasReport)
        return errorText();
    auto pages = ReportDocument(m_report, officeName(), locale()).writePdf(path);
    return pages ? logExport(QStringLiteral("PDF"), path) : pages.error().message;
}

QString FundersReportTab::exportXlsx(const QString &path) const
{
    if (!m_hasReport)
        return errorText();
    const Status written = XlsxWriter::write(m_report.tables(), path);
    return written ? logExport(QStringLiteral("XLSX"), path) : written.error().message;
}

QString FundersReportTab::exportCsv(const QString &folder) const
{
    if (!m_hasReport)
        return errorText();
    const QDir dir(folder);
    for (const auto &section : m_report.sections) {
        const Status written = CsvWriter::write(section.table, dir.filePath(section.key + QStringLiteral(".csv")));
        if (!written)
            return written.error().message;
    }
    return logExport(QStringLiteral("CSV"), folder);
}

void FundersReportTab::askPdf()
{
    QString path
        = QFileDialog::getSaveFileName(this, tr("Export PDF"), tr("results-report.pdf"), tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (const QString error = exportPdf(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export PDF"), error);
}

void FundersReportTab::askPrint()
{
    if (!m_hasReport)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageSize(QPageSize(QPageSize::A4));
    QPrintDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print Report"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto pages = ReportDocument(m_report, officeName(), locale()).print(&printer);
    const QString error = pages ? logExport(QStringLiteral("print"), QString()) : pages.error().message;
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Print Report"), error);
}

void FundersReportTab::askXlsx()
{
    QString path = QFileDialog::getSaveFileName(this, tr("Export XLSX"), tr("results-report.xlsx"),
                                                tr("Excel workbook (*.xlsx)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        path += QStringLiteral(".xlsx");
    if (const QString error = exportXlsx(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Export XLSX"), error);
}

void FundersReportTab::askCsv()
{
    const QString folder = QFileDialog::getExistingDirectory(this, tr("Export CSV: Choose a Folder"));
    if (folder.isEmpty())
        return;
    if (const QString error = exportCsv(folder); !error.isEmpty())
        QMessageBox::warning(this, tr("Export CSV"), error);
}

void FundersReportTab::retranslateUi()
{
    m_periodLabel->setText(tr("&Period:"));
    const int kind = m_periodKind->currentIndex();
    {
        const QSignalBlocker blocker(m_periodKind);
        m_periodKind->clear();
        m_periodKind->addItems({ tr("Year"), tr("Quarter"), tr("Custom dates") });
        m_periodKind->setCurrentIndex(std::max(0, kind));
    }
    m_periodKind->setAccessibleName(tr("Period"));
    m_year->setAccessibleName(tr("Year"));
    const int quarter = m_quarter->currentIndex();
    {
        const QSignalBlocker blocker(m_quarter);
        m_quarter->clear();
        for (int q = 1; q <= 4; ++q)
            m_quarter->addItem(tr("Q%1").arg(q));
        m_quarter->setCurrentIndex(std::max(0, quarter));
    }
    m_quarter->setAccessibleName(tr("Quarter"));
    m_from->setAccessibleName(tr("First day"));
    m_to->setAccessibleName(tr("Last day"));
    m_organisationLabel->setText(tr("&Organisation:"));
    m_activityLabel->setText(tr("Funded &activity:"));
    m_tableLabel->setText(tr("&Table:"));
    m_view->setAccessibleName(tr("Report table"));
    m_views->setTabText(0, tr("Tables"));
    m_views->setTabText(1, tr("Charts"));
    m_pdf->setText(tr("Export P&DF…"));
    m_print->setText(tr("Pr&int…"));
    m_xlsx->setText(tr("Export &XLSX…"));
    m_csv->setText(tr("Export &CSV…"));
    if (m_office)
        fillScopes();
}

void FundersReportTab::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        m_shown->request();
    }
    QWidget::changeEvent(event);
}

} // namespace Kohtaamo
