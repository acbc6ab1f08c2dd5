#include "DemoDatabase.h"

#include <QDir>
#include <QFile>
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
    // The demo's folder is Kohtaamo's own (never a path the user typed): made here when missing. Opening then creates
    // the file and initialises the schema.
    const QString folder = QFileInfo(path()).absolutePath();
    if (!QDir().mkpath(folder))
        return Error(Error::Code::CannotOpen, tr("Could not create the folder “%1”.").arg(folder));
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    OfficeService::OpenOptions how;
    how.create = true;
    how.requireWrite = true;
    auto office = OfficeService::open(location(), how);
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

Status DemoDatabase::remove()
{
    for (const QString &suffix : { QStringLiteral("-wal"), QStringLiteral("-shm"), QString() }) {
        const QString file = path() + suffix;
        if (QFile::exists(file) && !QFile::remove(file))
            return Error(Error::Code::CannotOpen, tr("Could not remove the demo office “%1”.").arg(file));
    }
    return Status::success();
}

} // namespace Kohtaamo
