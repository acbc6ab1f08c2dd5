// Bytes → CalendarEntry::read (libical): the calendar file of an outbox message, which the message dialog reads and
// which may come from an imported interchange document (its outbox). Not an iCalendar reply parser: Kohtaamo reads
// no replies (docs/fuzzing.md).
#include "FuzzSupport.h"
#include "mail/CalendarEntry.h"

using namespace Kohtaamo;

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    (void)CalendarEntry::read(Fuzz::bytes(data, size));
    return 0;
}
