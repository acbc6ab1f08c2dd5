// Bytes → a worker register file: RegisterFileReader (XLSX or CSV by the content), the column guess of
// WorkerImportMapping and WorkerImportPlanner's checks of every row against two organisations and one existing
// worker (duplicates by e-mail, name and date of birth). An input that begins with "xlsx:" is the rest made into an
// XLSX package (XlsxPackage.h), so that the planner also meets what the XLSX reader makes of cells (date serials).
#include "FuzzSupport.h"
#include "XlsxPackage.h"
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
    const QByteArray input = Fuzz::bytes(data, size);
    QString path;
    if (input.startsWith("xlsx:")) {
        path = Fuzz::writeInput({});
        Fuzz::writeXlsx(input.mid(5), path);
    } else {
        path = Fuzz::writeInput(input);
    }
    auto table = RegisterFileReader::read(path);
    if (!table)
        return 0;
    const WorkerImportMapping mapping = WorkerImportMapping::guess(table->header);
    (void)planner().preview(*table, mapping);
    return 0;
}
