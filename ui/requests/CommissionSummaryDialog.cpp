#include "CommissionSummaryDialog.h"

#include "CommissionSummaryDocument.h"
#include "office/DatabaseLocation.h"
#include "office/OfficeService.h"
#include "requests/UiLanguage.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QLabel>
#include <QMessageBox>
#include <QPrintDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QPushButton>
#include <QVBoxLayout>

namespace Kohtaamo {

CommissionSummaryDialog::CommissionSummaryDialog(OfficeService *office, qint64 requestId, QWidget *parent)
    : QDialog(parent), m_office(office)
{
    setObjectName(QStringLiteral("commissionSummaryDialog"));
    if (!m_office) {
        m_error = tr("No office is open.");
    } else {
        auto read = m_office->commissionSummary(requestId, uiLanguage());
        if (read)
            m_summary = *read;
        else
            m_error = read.error().message;
    }
    setWindowTitle(m_error.isEmpty() ? tr("Commission Summary %1").arg(m_summary.reference) : tr("Commission Summary"));

    auto *layout = new QVBoxLayout(this);
    m_printer = new QPrinter(QPrinter::HighResolution);
    m_printer->setPageSize(QPageSize(QPageSize::A4));
    m_printer->setPageMargins(QMarginsF(18, 15, 18, 15), QPageLayout::Millimeter);
    if (!m_error.isEmpty()) {
        auto *error = new QLabel(m_error, this);
        error->setObjectName(QStringLiteral("summaryError"));
        error->setWordWrap(true);
        layout->addWidget(error);
    }
    m_preview = new QPrintPreviewWidget(m_printer, this);
    m_preview->setObjectName(QStringLiteral("summaryPreview"));
    m_preview->setAccessibleName(tr("Preview of the commission summary"));
    m_preview->setMinimumSize(520, 600);
    connect(m_preview, &QPrintPreviewWidget::paintRequested, this, &CommissionSummaryDialog::paint);
    layout->addWidget(m_preview, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    m_print = buttons->addButton(tr("&Print…"), QDialogButtonBox::ActionRole);
    m_print->setObjectName(QStringLiteral("printSummary"));
    m_pdf = buttons->addButton(tr("Save as &PDF…"), QDialogButtonBox::ActionRole);
    m_pdf->setObjectName(QStringLiteral("saveSummaryPdf"));
    m_print->setEnabled(m_error.isEmpty());
    m_pdf->setEnabled(m_error.isEmpty());
    buttons->button(QDialogButtonBox::Close)->setDefault(true);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_print, &QPushButton::clicked, this, &CommissionSummaryDialog::askPrint);
    connect(m_pdf, &QPushButton::clicked, this, &CommissionSummaryDialog::askPdf);
    layout->addWidget(buttons);
}

CommissionSummaryDialog::~CommissionSummaryDialog()
{
    delete m_preview;
    m_preview = nullptr;
    delete m_printer;
}

QString CommissionSummaryDialog::officeName() const
{
    return m_office ? m_office->location().displayName() : QString();
}

QString CommissionSummaryDialog::documentHtml() const
{
    if (!m_error.isEmpty())
        return {};
    return CommissionSummaryDocument(m_summary, officeName(), locale()).html();
}

void CommissionSummaryDialog::paint(QPrinter *printer)
{
    if (!m_error.isEmpty())
        return;
    CommissionSummaryDocument(m_summary, officeName(), locale()).print(printer);
}

QString CommissionSummaryDialog::logExport(const QString &format, const QString &path) const
{
    if (!m_office)
        return {};
    const Status logged
        = m_office->recordExport({ ExportRecord::Kind::CommissionSummary, format, path, m_summary.reference });
    return logged ? QString()
                  : tr("The summary was written, but the export could not be logged in the audit log: %1")
                        .arg(logged.error().message);
}

QString CommissionSummaryDialog::savePdf(const QString &path) const
{
    if (!m_error.isEmpty())
        return m_error;
    auto pages = CommissionSummaryDocument(m_summary, officeName(), locale()).writePdf(path);
    return pages ? logExport(QStringLiteral("PDF"), path) : pages.error().message;
}

void CommissionSummaryDialog::askPrint()
{
    QPrintDialog dialog(m_printer, this);
    dialog.setWindowTitle(tr("Print Commission Summary"));
    if (dialog.exec() != QDialog::Accepted)
        return;
    auto pages = CommissionSummaryDocument(m_summary, officeName(), locale()).print(m_printer);
    const QString error = pages ? logExport(QStringLiteral("print"), QString()) : pages.error().message;
    if (!error.isEmpty())
        QMessageBox::warning(this, tr("Print Commission Summary"), error);
}

void CommissionSummaryDialog::askPdf()
{
    QString path = QFileDialog::getSaveFileName(
        this, tr("Save as PDF"), tr("commission-%1.pdf").arg(m_summary.reference), tr("PDF document (*.pdf)"));
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1String(".pdf"), Qt::CaseInsensitive))
        path += QStringLiteral(".pdf");
    if (const QString error = savePdf(path); !error.isEmpty())
        QMessageBox::warning(this, tr("Save as PDF"), error);
}

} // namespace Kohtaamo
