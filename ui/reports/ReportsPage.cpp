#include "ReportsPage.h"

#include "FundersReportTab.h"
#include "fees/FeesPage.h"

#include <QEvent>
#include <QTabWidget>
#include <QVBoxLayout>

namespace Kohtaamo {

ReportsPage::ReportsPage(QWidget *parent) : QWidget(parent)
{
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("reportTabs"));
    m_fees = new FeesPage(m_tabs);
    m_fees->setObjectName(QStringLiteral("feesTab"));
    m_funders = new FundersReportTab(m_tabs);
    m_funders->setObjectName(QStringLiteral("fundersReportsTab"));
    m_tabs->addTab(m_fees, QString());
    m_tabs->addTab(m_funders, QString());
    layout->addWidget(m_tabs);
    retranslateUi();
}

void ReportsPage::setOffice(OfficeService *office)
{
    m_fees->setOffice(office);
    m_funders->setOffice(office);
}

void ReportsPage::retranslateUi()
{
    m_tabs->setTabText(0, tr("Fees to Pa&y"));
    m_tabs->setTabText(1, tr("&Reports for Funders"));
}

void ReportsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

} // namespace Kohtaamo
