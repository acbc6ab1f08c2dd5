#pragma once

#include "ImportTable.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace Kohtaamo {

// A worker register file as a table: an XLSX workbook (a ZIP package) by XlsxTableReader, anything else as CSV by
// CsvTableReader. The file's content decides, not its name.
class RegisterFileReader
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::RegisterFileReader)
public:
    static Result<ImportTable> read(const QString &path);
};

} // namespace Kohtaamo
