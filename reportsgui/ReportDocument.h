#pragma once

#include "common/Result.h"
#include "reports/ResultsReportData.h"

#include <QCoreApplication>
#include <QLocale>

class QPagedPaintDevice;

namespace Kohtaamo {

// The funder's results report as a document: the office's name and the page number on every page, the key figures,
// the charts as images, every table with its definition, and the experience knowledge with its texts. Counts of
// people from 1 to 4 are printed "< 5". Paginated onto any paged device: QPdfWriter for a PDF (A4) or the QPrinter
// the desktop's print dialog gives (Qt Print Support stays in ui/).
class ReportDocument
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::ReportDocument)
public:
    ReportDocument(const ResultsReportData &report, const QString &officeName, const QLocale &locale = QLocale());

    QString title() const; // "Results report 2026"
    QString periodText() const; // "2026", "Q2 2026" or "1.3.2026–15.4.2026"
    // One cell as printed: numbers in the locale, small counts of people as "< 5".
    static QString cellText(const ExportTable::Column &column, const QVariant &value, const QLocale &locale);

    // Paints the report onto `device` page by page; returns the number of pages.
    Result<int> print(QPagedPaintDevice *device) const;
    // A4 PDF at `path`.
    Result<int> writePdf(const QString &path) const;

private:
    QString html(int width, QHash<QString, QImage> &images) const;

    ResultsReportData m_report;
    QString m_officeName;
    QLocale m_locale;
};

} // namespace Kohtaamo
