#include "RegisterFileReader.h"

#include "CsvTableReader.h"
#include "XlsxTableReader.h"

#include <QFile>

namespace Kohtaamo {

Result<ImportTable> RegisterFileReader::read(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error(file.exists() ? Error::Code::InvalidInput : Error::Code::NotFound,
                     tr("Cannot read %1: %2").arg(path, file.errorString()));
    // A register of thousands of workers is a few megabytes; anything far larger is not one.
    constexpr qint64 kLargest = 64 * 1024 * 1024;
    if (file.size() > kLargest)
        return Error(Error::Code::InvalidInput, tr("%1 is too large to be a worker register.").arg(path));
    const QByteArray head = file.peek(4);
    if (head.startsWith("PK\x03\x04")) {
        file.close();
        return XlsxTableReader::read(path);
    }
    const QByteArray data = file.readAll();
    if (data.contains('\0'))
        return Error(Error::Code::InvalidInput,
                     tr("%1 is neither a CSV file nor an XLSX workbook (save the sheet as CSV or XLSX).").arg(path));
    return CsvTableReader::read(data);
}

} // namespace Kohtaamo
