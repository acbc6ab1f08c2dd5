#pragma once

#include "ImportTable.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QHash>

namespace Kohtaamo {

// Reads the first sheet of an XLSX workbook (Office Open XML): the package is opened with minizip and its parts read
// with QXmlStreamReader. Shared and inline strings are read as text, numbers as they are written (a whole number
// without decimals), booleans as TRUE/FALSE, and a number in a date format (Excel's day serials since 1899-12-30) as
// an ISO date (2026-02-11). The first non-empty row is the header; empty rows are skipped.
class XlsxTableReader
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::XlsxTableReader)
public:
    static Result<ImportTable> read(const QString &path);

    // Excel's day serial as a date (the 1900 date system; serials before 61 are not dates anyone was born on); invalid
    // below 0, past 9999-12-31 and for what is not a number.
    static QDate dateFromSerial(double serial);
};

} // namespace Kohtaamo
