#pragma once

#include "reports/CommissionSummary.h"

#include <QDialog>

class QPrintPreviewWidget;
class QPrinter;
class QPushButton;

namespace Kohtaamo {

class OfficeService;

// A request's one-page commission summary (OfficeService::commissionSummary, drawn by
// reportsgui/CommissionSummaryDocument) previewed as it prints, with Print… (the desktop's print dialog) and Save as
// PDF…. Opened from the request's detail.
class CommissionSummaryDialog : public QDialog
{
    Q_OBJECT
public:
    // Reads the summary; when that fails, errorText() says why and the preview stays empty.
    CommissionSummaryDialog(OfficeService *office, qint64 requestId, QWidget *parent = nullptr);
    ~CommissionSummaryDialog() override;

    const CommissionSummaryData &summary() const { return m_summary; }
    QString errorText() const { return m_error; }
    QString documentHtml() const;
    QPrintPreviewWidget *preview() const { return m_preview; }
    // Writes the PDF; returns an error text, empty on success.
    QString savePdf(const QString &path) const;

private:
    void askPrint();
    void askPdf();
    void paint(QPrinter *printer);
    QString officeName() const;
    // Logs a saved or printed summary (OfficeService::recordExport); the problem in words, or empty.
    QString logExport(const QString &format, const QString &path) const;

    OfficeService *m_office = nullptr;
    CommissionSummaryData m_summary;
    QString m_error;
    QPrinter *m_printer = nullptr;
    QPrintPreviewWidget *m_preview = nullptr;
    QPushButton *m_print = nullptr;
    QPushButton *m_pdf = nullptr;
};

} // namespace Kohtaamo
