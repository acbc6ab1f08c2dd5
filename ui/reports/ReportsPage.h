#pragma once

#include <QWidget>

class QTabWidget;

namespace Kohtaamo {

class FeesPage;
class OfficeService;
class FundersReportTab;

// The Reports page: "Fees to pay" (fees followed to payment and exported for bookkeeping) and "Reports for Funders"
// (the funder's results report: tables, charts, PDF, printout, spreadsheets).
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);

    void setOffice(OfficeService *office);
    FeesPage *fees() const { return m_fees; }
    FundersReportTab *funders() const { return m_funders; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTabWidget *m_tabs = nullptr;
    FeesPage *m_fees = nullptr;
    FundersReportTab *m_funders = nullptr;
};

} // namespace Kohtaamo
