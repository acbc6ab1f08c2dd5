#pragma once

#include "ImportTable.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace Kohtaamo {

// Reads a CSV file with libcsv: UTF-8 with or without a byte order mark, `;` (as Finnish spreadsheets write it) or
// `,` between fields, whichever the header row uses outside quotes; quoted fields may hold the delimiter, quotes and
// line breaks. The first non-empty row is the header; empty lines are skipped. Each row knows the row a spreadsheet
// program shows it on: its line in the file, less the line breaks inside quoted fields above it.
class CsvTableReader
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::CsvTableReader)
public:
    static Result<ImportTable> read(const QByteArray &data);
    // ';' or ',': the one the first line has more of outside quotes (';' when neither).
    static char detectDelimiter(const QByteArray &data);
};

} // namespace Kohtaamo
