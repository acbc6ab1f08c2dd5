#pragma once

#include <QWidget>

class QTabWidget;

namespace Kohtaamo {

class FeesPage;
class OfficeService;
class PlaceholderPage;

// The Reports page: "Fees to pay" (fees followed to payment and exported for bookkeeping) and the funders' reports,
// which are still to come (a placeholder that says what they will hold).
class ReportsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ReportsPage(QWidget *parent = nullptr);

    void setOffice(OfficeService *office);
    FeesPage *fees() const { return m_fees; }
    PlaceholderPage *placeholder() const { return m_placeholder; }
    QTabWidget *tabs() const { return m_tabs; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QTabWidget *m_tabs = nullptr;
    FeesPage *m_fees = nullptr;
    PlaceholderPage *m_placeholder = nullptr;
};

} // namespace Kohtaamo
