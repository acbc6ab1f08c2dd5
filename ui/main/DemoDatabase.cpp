#include "DemoDatabase.h"

#include <QDir>
#include <QFileInfo>
#include <QStandardPaths>

namespace Kohtaamo {

QString DemoDatabase::path()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
        + QStringLiteral("/demo/kohtaamo-demo.sqlite");
}

DatabaseLocation DemoDatabase::location()
{
    return DatabaseLocation::sqlite(path());
}

bool DemoDatabase::isDemo(const DatabaseLocation &location)
{
    return location.kind == DatabaseLocation::Kind::SQLite
        && QFileInfo(location.path).absoluteFilePath() == QFileInfo(path()).absoluteFilePath();
}

QString DemoDatabase::coordinatorLogin()
{
    return QStringLiteral("anna.lehtinen"); // the demo generator's admin (core/demo/DemoGenerator)
}

DemoGenerator::Options DemoDatabase::contents()
{
    DemoGenerator::Options options; // the generator's office size; dated the day it is made
    options.seed = 7;
    return options;
}

Result<std::unique_ptr<OfficeService>> DemoDatabase::open(const DemoGenerator::Progress &progress)
{
    // OfficeService::open creates the folder and the file, and initialises the schema, when they are missing.
    auto office = OfficeService::open(location());
    if (!office)
        return office;
    auto counts = (*office)->counts();
    if (!counts)
        return counts.error();
    if (counts->workers == 0 && counts->allRequests() == 0) {
        (*office)->actAsTool(QStringLiteral("kohtaamo --demo"));
        auto filled = (*office)->generateDemo(contents(), progress);
        if (!filled)
            return filled.error();
    }
    return office;
}

} // namespace Kohtaamo
