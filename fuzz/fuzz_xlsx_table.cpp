// Bytes → XlsxTableReader (minizip and QXmlStreamReader): the package, the workbook, shared strings, styles (date
// formats) and the first sheet. The reader takes a path: each input is written to one temporary file, a package
// made of its parts unless it is a ZIP file already (XlsxPackage.h).
#include "FuzzSupport.h"
#include "XlsxPackage.h"
#include "workerimport/XlsxTableReader.h"

using namespace Kohtaamo;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QString path = Fuzz::writeInput({});
    Fuzz::writeXlsx(Fuzz::bytes(data, size), path);
    (void)XlsxTableReader::read(path);
    return 0;
}
