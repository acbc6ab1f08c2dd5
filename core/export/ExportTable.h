#pragma once

#include <QDate>
#include <QString>
#include <QVariant>
#include <QVector>

namespace Kohtaamo {

// A table to hand to a spreadsheet: a title (the sheet's name), typed columns and rows of values. What the writers
// (CsvWriter, XlsxWriter) need and nothing of where the figures came from, so any list or report can be exported.
// Values by column type: Text a QString, Integer a qint64, Money cents as a qint64 (exact; written as euros with two
// decimals), Date a QDate. A null QVariant is an empty cell.
struct ExportTable
{
    enum class ColumnType { Text, Integer, Money, Date };
    struct Column
    {
        QString header;
        ColumnType type = ColumnType::Text;
    };

    QString title;
    QVector<Column> columns;
    QVector<QVariantList> rows;
    bool lastRowIsTotal = false; // the last row sums the others (bold in XLSX)

    ExportTable &addColumn(const QString &header, ColumnType type)
    {
        columns.append({ header, type });
        return *this;
    }
};

} // namespace Kohtaamo
