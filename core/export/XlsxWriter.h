#pragma once

#include "ExportTable.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace Kohtaamo {

// An XLSX workbook written by libxlsxwriter, one sheet per table named by its title: a bold header row (frozen),
// integers and money as numbers (money with two decimals), dates as real spreadsheet dates with a date format, column
// widths from the longest value, the totals row bold.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::XlsxWriter)
public:
    static Status write(const QVector<ExportTable> &tables, const QString &path);

    // A sheet name spreadsheets accept: at most 31 characters, none of []:*?/\, unique in the workbook.
    static QString sheetName(const QString &title, const QStringList &taken);
};

} // namespace Kohtaamo
