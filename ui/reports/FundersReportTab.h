#pragma once

#include "reports/ResultsReportData.h"

#include <QPointer>
#include <QWidget>

class QComboBox;
class QDateEdit;
class QGridLayout;
class QLabel;
class QPushButton;
class QSpinBox;
class QTableView;
class QTabWidget;

namespace Kohtaamo {

class RefreshWhenShown;

class OfficeService;
class ReportTableModel;

// Reports ▸ Reports for Funders: the funder's results report for a year, a quarter or any dates, for the whole office,
// one organisation or one funded activity. Its tables (one at a time, with its definition), charts (Qt Charts), and
// the report as a PDF, a printout, an XLSX workbook or a folder of CSV files. The figures come from the core
// (OfficeService::resultsReport); the document from reportsgui/ReportDocument.
class FundersReportTab : public QWidget
{
    Q_OBJECT
public:
    enum class PeriodKind { Year, Quarter, Custom };

    explicit FundersReportTab(QWidget *parent = nullptr);

    void setOffice(OfficeService *office);
    // Reads the figures again for the chosen period and scope; an error is shown in the tab.
    void refresh();

    void setPeriod(PeriodKind kind, int year, int quarter = 1);
    void setCustomPeriod(const QDate &from, const QDate &to);
    const ResultsReportData &report() const { return m_report; }
    bool hasReport() const { return m_hasReport; }
    QString errorText() const;

    // The exports behind the buttons, without the file dialogs (tests); an empty string or the error.
    QString exportPdf(const QString &path) const;
    QString exportXlsx(const QString &path) const;
    QString exportCsv(const QString &folder) const; // one file per table, named by its key

    ReportTableModel *model() const { return m_model; }
    QTableView *tableView() const { return m_view; }
    QComboBox *tableChooser() const { return m_tableChooser; }
    QWidget *chartsArea() const { return m_chartsArea; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void fillScopes();
    void periodKindChanged();
    void showTable();
    void buildCharts();
    void askPdf();
    void askPrint();
    void askXlsx();
    void askCsv();
    QString officeName() const;
    // Logs a written or printed report (OfficeService::recordExport); the problem in words, or empty.
    QString logExport(const QString &format, const QString &path) const;

    QPointer<OfficeService> m_office; // null after the office is closed
    ResultsReportData m_report;
    bool m_hasReport = false;
    RefreshWhenShown *m_shown = nullptr; // the report is computed when the tab is shown

    QLabel *m_periodLabel = nullptr;
    QComboBox *m_periodKind = nullptr;
    QSpinBox *m_year = nullptr;
    QComboBox *m_quarter = nullptr;
    QDateEdit *m_from = nullptr;
    QDateEdit *m_to = nullptr;
    QLabel *m_organisationLabel = nullptr;
    QComboBox *m_organisation = nullptr;
    QLabel *m_activityLabel = nullptr;
    QComboBox *m_activity = nullptr;
    QLabel *m_summary = nullptr;
    QTabWidget *m_views = nullptr;
    QLabel *m_tableLabel = nullptr;
    QComboBox *m_tableChooser = nullptr;
    QLabel *m_definition = nullptr;
    QTableView *m_view = nullptr;
    ReportTableModel *m_model = nullptr;
    QWidget *m_chartsArea = nullptr;
    QGridLayout *m_chartsLayout = nullptr;
    QPushButton *m_pdf = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_xlsx = nullptr;
    QPushButton *m_csv = nullptr;
};

} // namespace Kohtaamo
