// Bytes → a worker register file: RegisterFileReader (XLSX or CSV by the content), the column guess of
// WorkerImportMapping and WorkerImportPlanner's checks of every row against two organisations and one existing
// worker (duplicates by e-mail, name and date of birth).
#include "FuzzSupport.h"
#include "workerimport/RegisterFileReader.h"
#include "workerimport/WorkerImportMapping.h"
#include "workerimport/WorkerImportPlanner.h"

using namespace Kohtaamo;

namespace {
const WorkerImportPlanner &planner()
{
    static const WorkerImportPlanner planner = [] {
        Organisation first;
        first.id = 1;
        first.name = QStringLiteral("Lastensuojelu Etelä");
        first.shortName = QStringLiteral("LSE");
        Organisation second;
        second.id = 2;
        second.name = QStringLiteral("Barnskydd Väst");
        second.active = false;
        WorkerImportPlanner::ExistingWorker existing;
        existing.id = 7;
        existing.name = QStringLiteral("Aino Virtanen");
        existing.email = QStringLiteral("aino@example.org");
        existing.dateOfBirth = QDate(1990, 5, 17);
        WorkerImportOptions options;
        options.defaultOrganisationId = 1;
        return WorkerImportPlanner({ first, second }, { existing }, options, QDate(2026, 11, 2));
    }();
    return planner;
}
} // namespace

extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    Fuzz::initialise(argc, argv);
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    auto table = RegisterFileReader::read(Fuzz::writeInput(Fuzz::bytes(data, size)));
    if (!table)
        return 0;
    const WorkerImportMapping mapping = WorkerImportMapping::guess(table->header);
    (void)planner().preview(*table, mapping);
    return 0;
}
