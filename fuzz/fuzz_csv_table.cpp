// Bytes → CsvTableReader (libcsv): the delimiter guess, the byte order mark, quoted fields, the rows' line numbers.
#include "FuzzSupport.h"
#include "workerimport/CsvTableReader.h"

using namespace Kohtaamo;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray bytes = Fuzz::bytes(data, size);
    (void)CsvTableReader::detectDelimiter(bytes);
    auto table = CsvTableReader::read(bytes);
    if (table) {
        // What the import dialog shows of a table: every cell and each column's sample.
        for (int column = 0; column < table->header.size(); ++column)
            (void)table->sample(column);
        for (int row = 0; row < table->rows.size(); ++row)
            (void)table->cell(row, table->rows.at(row).cells.size() - 1);
    }
    return 0;
}
