#include "CliCommands.h"

#include "storage/Database.h"
#include "storage/Migrator.h"

namespace Kohtaamo::Cli {

namespace {
const char *kUsage = "Usage: kohtaamo-cli --db PATH|postgresql://user@host/db COMMAND [options]\n"
                     "Commands:\n"
                     "  info                       schema version and counts\n";
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    QString dbText;
    QStringList rest;
    for (int i = 0; i < arguments.size(); ++i) {
        if (arguments.at(i) == QLatin1String("--db") && i + 1 < arguments.size())
            dbText = arguments.at(++i);
        else
            rest << arguments.at(i);
    }
    if (rest.isEmpty() || dbText.isEmpty()) {
        err << kUsage;
        return BadUsage;
    }
    auto location = DatabaseLocation::parse(dbText);
    if (!location) {
        err << location.error().message << '\n';
        return BadUsage;
    }
    auto db = Database::open(*location);
    if (!db) {
        err << db.error().message << '\n';
        return Failure;
    }
    if (rest.first() == QLatin1String("info")) {
        out << "schema " << (*db)->schemaVersion() << '\n';
        return Ok;
    }
    err << kUsage;
    return BadUsage;
}

} // namespace Kohtaamo::Cli
