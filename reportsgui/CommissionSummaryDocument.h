#pragma once

#include "common/Result.h"
#include "reports/CommissionSummary.h"

#include <QCoreApplication>
#include <QLocale>

class QPagedPaintDevice;
class QTextDocument;

namespace Kohtaamo {

// One commission on an A4 page for the requester and the file (OfficeService::commissionSummary): the office's name
// and the page number on the page, the request, its steps, who took part (only the workers who may be named), hours,
// the fees as one total, the outcome, the feedback and the experience knowledge. Drawn onto any paged device:
// QPdfWriter for a PDF or the QPrinter of the desktop's print dialog (Qt Print Support stays in ui/).
class CommissionSummaryDocument
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::CommissionSummaryDocument)
public:
    CommissionSummaryDocument(const CommissionSummaryData &summary, const QString &officeName,
                              const QLocale &locale = QLocale());

    QString title() const; // "Commission summary 2026-0042"
    QString html() const;

    // Paints the summary onto `device` page by page; returns the number of pages.
    Result<int> print(QPagedPaintDevice *device) const;
    // A4 PDF at `path`.
    Result<int> writePdf(const QString &path) const;

private:
    QString dateTime(const QDateTime &utc) const; // in the office's time zone (the process's local time)

    CommissionSummaryData m_summary;
    QString m_officeName;
    QLocale m_locale;
};

} // namespace Kohtaamo
