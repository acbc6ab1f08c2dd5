// Bytes → XlsxTableReader (minizip and QXmlStreamReader): the package, the workbook, shared strings, styles (date
// formats) and the first sheet. The reader takes a path: each input is written to one temporary file.
#include "FuzzSupport.h"
#include "workerimport/XlsxTableReader.h"

using namespace Kohtaamo;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)XlsxTableReader::read(Fuzz::writeInput(Fuzz::bytes(data, size)));
    return 0;
}
