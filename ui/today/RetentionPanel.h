#pragma once

#include "RetentionDialog.h"
#include "office/RetentionDue.h"

#include <QPointer>
#include <QWidget>

class QLabel;

namespace Kohtaamo {

class OfficeService;
class TodayLine;

// Today's retention lines, for an admin only (docs/data-protection.md, Retention): "N workers left more than X years
// ago: erase…" and "Audit entries older than Y years hold personal data: prune…". Each opens a RetentionDialog that
// lists the cases; on confirmation the office applies them (OfficeService::applyRetention). Hidden for coordinators
// and viewers and when nothing is due.
class RetentionPanel : public QWidget
{
    Q_OBJECT
public:
    explicit RetentionPanel(QWidget *parent = nullptr);

    void setOffice(OfficeService *office);
    void refresh();
    // Opens the confirmation (not modal to the test: open(), not exec()); applying happens on accept.
    void openConfirmation();

    TodayLine *workersLine() const { return m_workersLine; }
    TodayLine *auditLine() const { return m_auditLine; }
    RetentionDialog *confirmation() const { return m_dialog; }
    QLabel *resultLabel() const { return m_result; }
    const RetentionDue &due() const { return m_due; }

protected:
    void changeEvent(QEvent *event) override;

private:
    void apply();
    void showLines();

    OfficeService *m_office = nullptr;
    RetentionDue m_due;
    TodayLine *m_workersLine = nullptr;
    TodayLine *m_auditLine = nullptr;
    QLabel *m_result = nullptr;
    QPointer<RetentionDialog> m_dialog;
};

} // namespace Kohtaamo
