// Bytes → OfficeService::importInterchange into an empty SQLite office: the JSON checks, the parse, every record's
// checks and what reaches the database (rolled back after each input). docs/fuzzing.md.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Kohtaamo::Fuzz::initialise(argc, argv);
    Kohtaamo::Fuzz::office(); // migrated once, before the first input
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    Kohtaamo::Fuzz::importAndRollBack(Kohtaamo::Fuzz::bytes(data, size));
    return 0;
}
