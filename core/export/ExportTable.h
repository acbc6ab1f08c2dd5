#pragma once

#include <QDate>
#include <QString>
#include <QVariant>
#include <QVector>

namespace Kohtaamo {

// A table to hand to a spreadsheet: a title (the sheet's name), typed columns and rows of values. What the writers
// (CsvWriter, XlsxWriter) need and nothing of where the figures came from, so any list or report can be exported.
// Values by column type: Text a QString, Integer a qint64, Money cents as a qint64 (exact; written as euros with two
// decimals), Date a QDate, Decimal a double (hours: one decimal). A null QVariant is an empty cell.
// Anonymity (docs/reports.md): a column that counts people (`countsPeople`) shows a count from 1 to 4 as "< 5" in
// every file written and every report printed, since small numbers identify people in a small office.
struct ExportTable
{
    enum class ColumnType { Text, Integer, Money, Date, Decimal };
    struct Column
    {
        QString header;
        ColumnType type = ColumnType::Text;
        bool countsPeople = false;
    };

    QString title;
    QVector<Column> columns;
    QVector<QVariantList> rows;
    bool lastRowIsTotal = false; // the last row sums the others (bold in XLSX)

    ExportTable &addColumn(const QString &header, ColumnType type)
    {
        columns.append({ header, type, false });
        return *this;
    }
    ExportTable &addPeopleColumn(const QString &header)
    {
        columns.append({ header, ColumnType::Integer, true });
        return *this;
    }

    // The small-cell rule: a count of 1 to 4 people is hidden. Zero stays: it identifies no one.
    static constexpr qint64 kSmallestShownCount = 5;
    static bool hidesCell(const Column &column, const QVariant &value)
    {
        if (!column.countsPeople || !value.isValid() || value.isNull())
            return false;
        const qint64 n = value.toLongLong();
        return n > 0 && n < kSmallestShownCount;
    }
    static QString hiddenCountText() { return QStringLiteral("< 5"); }
};

} // namespace Kohtaamo
