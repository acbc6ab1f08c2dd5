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

Result<std::unique_ptr<OfficeService>> DemoDatabase::open()
{
    // OfficeService::open creates the folder and the file, and initialises the schema, when they are missing.
    return OfficeService::open(location());
}

} // namespace Kohtaamo
