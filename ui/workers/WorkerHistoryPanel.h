#pragma once

#include "domain/Worker.h"

#include <QWidget>

class QLabel;
class QTableWidget;

namespace Kohtaamo {

class OfficeService;

// Read-only: the worker's invitations and engagements, newest first, with hours, and this year's fees against the
// annual earnings ceiling when one is recorded.
class WorkerHistoryPanel : public QWidget
{
    Q_OBJECT
public:
    explicit WorkerHistoryPanel(QWidget *parent = nullptr);

    // Reads the history of `worker` (nothing for a new one) through the office; returns an error text, empty when it
    // worked.
    QString load(OfficeService &office, const Worker &worker);
    QString yearSummary() const;
    // This year's fees paid and due against the earnings ceiling, as "Fees to pay" counts them.
    QString feeSummary() const;
    QTableWidget *invitations() const { return m_invitations; }
    QTableWidget *engagements() const { return m_engagements; }

private:
    QTableWidget *m_invitations = nullptr;
    QTableWidget *m_engagements = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_fees = nullptr;
};

} // namespace Kohtaamo
