// A topic file: a topics-only interchange document (as tests/storage/tst_import_hardening writes one). The input is
// the text of the `topics` list, so that the fuzzer spends its time on the topics' checks (codes, parents and their
// depth, names, order) rather than on the document's frame. docs/fuzzing.md.
#include "FuzzSupport.h"

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Kohtaamo::Fuzz::initialise(argc, argv);
    Kohtaamo::Fuzz::office();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray document = QByteArrayLiteral("{\"format\": \"kohtaamo-interchange\", \"version\": 3, \"topics\": ")
        + Kohtaamo::Fuzz::bytes(data, size) + QByteArrayLiteral("}");
    Kohtaamo::Fuzz::importAndRollBack(document);
    return 0;
}
