#include "CsvWriter.h"

#include "common/PrivateFileMode.h"

#include <QSaveFile>

#include <csv.h>

namespace Kohtaamo {

QString CsvWriter::cell(const QVariant &value, ExportTable::ColumnType type)
{
    if (!value.isValid() || value.isNull())
        return {};
    switch (type) {
    case ExportTable::ColumnType::Text:
        return value.toString();
    case ExportTable::ColumnType::Integer:
        return QString::number(value.toLongLong());
    case ExportTable::ColumnType::Money: {
        const qint64 cents = value.toLongLong();
        const qint64 magnitude = cents < 0 ? -cents : cents;
        return QStringLiteral("%1%2,%3")
            .arg(cents < 0 ? QStringLiteral("-") : QString())
            .arg(magnitude / 100)
            .arg(magnitude % 100, 2, 10, QLatin1Char('0'));
    }
    case ExportTable::ColumnType::Date: {
        const QDate d = value.toDate();
        return d.isValid() ? d.toString(QStringLiteral("d.M.yyyy")) : QString();
    }
    case ExportTable::ColumnType::Decimal:
        return QString::number(value.toDouble(), 'f', 1).replace(QLatin1Char('.'), QLatin1Char(','));
    }
    return value.toString();
}

QByteArray CsvWriter::quoted(const QByteArray &field)
{
    const bool needs = field.contains(';') || field.contains('"') || field.contains('\n') || field.contains('\r')
        || (!field.isEmpty() && (field.front() == ' ' || field.back() == ' ' || field.front() == '\t'));
    if (!needs)
        return field;
    // csv_write returns the size the quoted field needs; a first call with no room asks for it.
    const size_t size = csv_write(nullptr, 0, field.constData(), static_cast<size_t>(field.size()));
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    csv_write(out.data(), size, field.constData(), static_cast<size_t>(field.size()));
    return out;
}

QByteArray CsvWriter::toCsv(const ExportTable &table)
{
    QByteArray out("\xEF\xBB\xBF");
    const auto line = [&out](const QVector<QByteArray> &fields) {
        for (qsizetype i = 0; i < fields.size(); ++i) {
            if (i > 0)
                out.append(';');
            out.append(quoted(fields.at(i)));
        }
        out.append("\r\n");
    };
    QVector<QByteArray> header;
    for (const ExportTable::Column &c : table.columns)
        header.append(c.header.toUtf8());
    line(header);
    for (const QVariantList &row : table.rows) {
        QVector<QByteArray> fields;
        for (qsizetype i = 0; i < table.columns.size(); ++i)
            fields.append((ExportTable::hidesCell(table.columns.at(i), row.value(i))
                               ? ExportTable::hiddenCountText()
                               : cell(row.value(i), table.columns.at(i).type))
                              .toUtf8());
        line(fields);
    }
    return out;
}

Status CsvWriter::write(const ExportTable &table, const QString &path)
{
    QSaveFile file(path);
    bool opened = false;
    {
        const PrivateFileMode privateFiles; // personal data: the owner's only, from the first byte
        opened = file.open(QIODevice::WriteOnly);
    }
    if (!opened)
        return Error(Error::Code::CannotOpen, tr("Cannot write the file %1: %2").arg(path, file.errorString()),
                     QStringLiteral("path"));
    file.write(toCsv(table));
    if (!file.commit())
        return Error(Error::Code::CannotOpen, tr("Cannot write the file %1: %2").arg(path, file.errorString()),
                     QStringLiteral("path"));
    return Status::success();
}

} // namespace Kohtaamo
