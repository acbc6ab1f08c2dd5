#include "XlsxPackage.h"

#include <QFile>

#include <zip.h>

#include <cstdio>
#include <cstdlib>

namespace Kohtaamo::Fuzz {

void writeXlsx(const QByteArray &input, const QString &path)
{
    QFile::remove(path);
    if (input.startsWith("PK\x03\x04")) {
        QFile file(path);
        if (!file.open(QIODevice::WriteOnly) || file.write(input) != input.size())
            std::abort();
        return;
    }
    static const char *const kParts[] = { "xl/worksheets/sheet1.xml", "xl/sharedStrings.xml", "xl/styles.xml",
                                          "xl/workbook.xml", "xl/_rels/workbook.xml.rels" };
    const QList<QByteArray> parts = input.split('\0');
    zipFile zip = zipOpen64(QFile::encodeName(path).constData(), APPEND_STATUS_CREATE);
    if (!zip) {
        std::fprintf(stderr, "fuzz: cannot create %s\n", qPrintable(path));
        std::abort();
    }
    for (int i = 0; i < parts.size() && i < 5; ++i) {
        zip_fileinfo info {};
        if (zipOpenNewFileInZip64(zip, kParts[i], &info, nullptr, 0, nullptr, 0, nullptr, 0, 0, 0) != ZIP_OK
            || zipWriteInFileInZip(zip, parts.at(i).constData(), unsigned(parts.at(i).size())) != ZIP_OK
            || zipCloseFileInZip(zip) != ZIP_OK)
            std::abort();
    }
    zipClose(zip, nullptr);
}

} // namespace Kohtaamo::Fuzz
