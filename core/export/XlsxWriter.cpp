#include "XlsxWriter.h"

#include "CsvWriter.h"

#include "common/PrivateFileMode.h"

#include <QFile>
#include <QRegularExpression>

#include <xlsxwriter.h>

#include <algorithm>

namespace Kohtaamo {

QString XlsxWriter::sheetName(const QString &title, const QStringList &taken)
{
    QString name = title;
    name.replace(QRegularExpression(QStringLiteral("[\\[\\]:*?/\\\\]")), QStringLiteral("-"));
    name = name.trimmed();
    if (name.isEmpty())
        name = QStringLiteral("Sheet");
    name.truncate(31);
    QString unique = name;
    for (int n = 2; taken.contains(unique, Qt::CaseInsensitive); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = name.left(31 - suffix.size()) + suffix;
    }
    return unique;
}

Status XlsxWriter::write(const QVector<ExportTable> &tables, const QString &path)
{
    const auto failed = [&path](const QString &why) {
        return Error(Error::Code::CannotOpen, tr("Cannot write the file %1: %2").arg(path, why),
                     QStringLiteral("path"));
    };
    const QByteArray file = QFile::encodeName(path);
    // Personal data: the workbook (written by workbook_close) is the owner's only from its first byte.
    const PrivateFileMode privateFiles;
    lxw_workbook *workbook = workbook_new(file.constData());
    if (!workbook)
        return failed(tr("the workbook could not be created"));

    lxw_format *header = workbook_add_format(workbook);
    format_set_bold(header);
    format_set_bottom(header, LXW_BORDER_THIN);
    lxw_format *bold = workbook_add_format(workbook);
    format_set_bold(bold);
    lxw_format *money = workbook_add_format(workbook);
    format_set_num_format(money, "#,##0.00");
    lxw_format *moneyBold = workbook_add_format(workbook);
    format_set_num_format(moneyBold, "#,##0.00");
    format_set_bold(moneyBold);
    lxw_format *date = workbook_add_format(workbook);
    format_set_num_format(date, "d.m.yyyy");
    lxw_format *dateBold = workbook_add_format(workbook);
    format_set_num_format(dateBold, "d.m.yyyy");
    format_set_bold(dateBold);

    lxw_format *decimal = workbook_add_format(workbook);
    format_set_num_format(decimal, "0.0");
    lxw_format *decimalBold = workbook_add_format(workbook);
    format_set_num_format(decimalBold, "0.0");
    format_set_bold(decimalBold);

    QStringList names;
    QVector<QByteArray> keep; // libxlsxwriter copies strings, but the sheet names must outlive add_worksheet
    for (const ExportTable &table : tables) {
        const QString name = sheetName(table.title, names);
        names << name;
        keep.append(name.toUtf8());
        lxw_worksheet *sheet = workbook_add_worksheet(workbook, keep.last().constData());
        if (!sheet) {
            workbook_close(workbook);
            return failed(tr("the sheet %1 could not be added").arg(name));
        }
        QVector<int> widths(table.columns.size(), 8);
        for (qsizetype c = 0; c < table.columns.size(); ++c) {
            const QByteArray text = table.columns.at(c).header.toUtf8();
            worksheet_write_string(sheet, 0, static_cast<lxw_col_t>(c), text.constData(), header);
            widths[c] = std::max(widths.at(c), static_cast<int>(table.columns.at(c).header.size()) + 2);
        }
        worksheet_freeze_panes(sheet, 1, 0);
        for (qsizetype r = 0; r < table.rows.size(); ++r) {
            const QVariantList &row = table.rows.at(r);
            const bool total = table.lastRowIsTotal && r == table.rows.size() - 1;
            const auto xr = static_cast<lxw_row_t>(r + 1);
            for (qsizetype c = 0; c < table.columns.size(); ++c) {
                const QVariant value = row.value(c);
                const auto xc = static_cast<lxw_col_t>(c);
                const ExportTable::ColumnType type = table.columns.at(c).type;
                if (!value.isValid() || value.isNull()) {
                    if (total)
                        worksheet_write_blank(sheet, xr, xc, bold);
                    continue;
                }
                if (ExportTable::hidesCell(table.columns.at(c), value)) {
                    const QByteArray text = ExportTable::hiddenCountText().toUtf8();
                    worksheet_write_string(sheet, xr, xc, text.constData(), total ? bold : nullptr);
                    continue;
                }
                switch (type) {
                case ExportTable::ColumnType::Text: {
                    const QByteArray text = value.toString().toUtf8();
                    worksheet_write_string(sheet, xr, xc, text.constData(), total ? bold : nullptr);
                    break;
                }
                case ExportTable::ColumnType::Integer:
                    worksheet_write_number(sheet, xr, xc, static_cast<double>(value.toLongLong()),
                                           total ? bold : nullptr);
                    break;
                case ExportTable::ColumnType::Money:
                    worksheet_write_number(sheet, xr, xc, static_cast<double>(value.toLongLong()) / 100.0,
                                           total ? moneyBold : money);
                    break;
                case ExportTable::ColumnType::Date: {
                    const QDate d = value.toDate();
                    if (!d.isValid())
                        break;
                    lxw_datetime dt { d.year(), d.month(), d.day(), 0, 0, 0.0 };
                    worksheet_write_datetime(sheet, xr, xc, &dt, total ? dateBold : date);
                    break;
                }
                case ExportTable::ColumnType::Decimal:
                    worksheet_write_number(sheet, xr, xc, value.toDouble(), total ? decimalBold : decimal);
                    break;
                }
                const int length = static_cast<int>(CsvWriter::cell(value, type).size());
                widths[c] = std::max(widths.at(c), std::min(length + 2, 60));
            }
        }
        for (qsizetype c = 0; c < table.columns.size(); ++c)
            worksheet_set_column(sheet, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c), widths.at(c), nullptr);
    }
    const lxw_error error = workbook_close(workbook);
    if (error != LXW_NO_ERROR)
        return failed(QString::fromUtf8(lxw_strerror(error)));
    return Status::success();
}

} // namespace Kohtaamo
