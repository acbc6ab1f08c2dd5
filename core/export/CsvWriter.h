#pragma once

#include "ExportTable.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>

namespace Kohtaamo {

// CSV as Finnish spreadsheets open it: UTF-8 with a byte order mark, `;` between fields, CRLF between rows, a decimal
// comma without thousands separators, dates as the Finnish locale writes them (d.M.yyyy). A field that holds the
// separator, a quote, a line break or leading or trailing space is quoted by libcsv (csv_write: the field in double
// quotes, quotes inside doubled); others are written as they are, so numbers stay numbers.
class CsvWriter
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::CsvWriter)
public:
    static QByteArray toCsv(const ExportTable &table);
    static Status write(const ExportTable &table, const QString &path);

    // One value as the CSV holds it (unquoted).
    static QString cell(const QVariant &value, ExportTable::ColumnType type);
    static QByteArray quoted(const QByteArray &field); // as libcsv's csv_write quotes, when the field needs it
};

} // namespace Kohtaamo
