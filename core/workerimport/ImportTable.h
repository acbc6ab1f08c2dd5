#pragma once

#include <QStringList>
#include <QVector>

namespace Kohtaamo {

// A worker register as read from a spreadsheet file (CsvTableReader, XlsxTableReader): the header row and the rows
// under it, each with the row number a coordinator finds it by (the row a spreadsheet program shows it on: for CSV
// its line, less the line breaks inside quoted fields above it; the XLSX sheet's row). Empty rows are left out.
struct ImportTable
{
    struct Row
    {
        int line = 0;
        QStringList cells;
    };

    QStringList header;
    int headerLine = 1;
    QVector<Row> rows;

    QString cell(int row, int column) const
    {
        if (row < 0 || row >= rows.size() || column < 0)
            return {};
        return rows.at(row).cells.value(column);
    }
    // The first non-empty value of `column`, for showing what a column holds.
    QString sample(int column) const
    {
        for (const Row &r : rows) {
            const QString v = r.cells.value(column).trimmed();
            if (!v.isEmpty())
                return v;
        }
        return {};
    }
};

} // namespace Kohtaamo
