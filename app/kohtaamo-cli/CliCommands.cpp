#include "CliCommands.h"

#include "CliCommandTable.h"
#include "CliContext.h"
#include "CliOptions.h"

#include "common/Version.h"
#include "office/DatabaseLocation.h"
#include "office/OfficeService.h"

#include <QDir>
#include <QFileInfo>

namespace Kohtaamo::Cli {

int exitCodeFor(const Error &e)
{
    switch (e.code) {
    case Error::Code::InvalidInput:
        return BadUsage;
    case Error::Code::NotFound:
        return NotFound;
    default:
        return Failure;
    }
}

int logExport(Context &c, ExportRecord record)
{
    record.login = c.login;
    if (Status s = c.office.recordExport(record); !s) {
        c.err << CliCommand::tr("The export was written but could not be logged in the audit log: %1")
                     .arg(s.error().message)
              << '\n';
        return Failure;
    }
    return Ok;
}

int run(const QStringList &arguments, QTextStream &out, QTextStream &err)
{
    // The global options may stand anywhere: --db LOCATION, --help (-h), --version (-v). The rest is the command
    // and its own options and arguments.
    QString dbText;
    QStringList rest;
    bool help = false;
    for (int i = 0; i < arguments.size(); ++i) {
        const QString a = arguments.at(i);
        if (a == QLatin1String("--help") || a == QLatin1String("-h")) {
            help = true;
        } else if (a == QLatin1String("--version") || a == QLatin1String("-v")) {
            out << "kohtaamo-cli " << kohtaamoVersion() << '\n';
            return Ok;
        } else if (a == QLatin1String("--db")) {
            if (i + 1 >= arguments.size()) {
                err << "--db needs a value\n" << CliCommandTable::overview();
                return BadUsage;
            }
            dbText = arguments.at(++i);
        } else {
            rest << a;
        }
    }
    const QList<CliCommand> commands = CliCommandTable::commands();
    auto unknown = [&err](const QString &name) {
        err << "Unknown command: " << name << "\n\n" << CliCommandTable::overview();
        return BadUsage;
    };

    // `kohtaamo-cli help [COMMAND]`, `kohtaamo-cli [COMMAND] --help`: no database needed.
    if (rest.isEmpty() || rest.constFirst() == QLatin1String("help")) {
        if (rest.size() > 2 || (rest.isEmpty() && !help)) {
            err << CliCommandTable::overview();
            return BadUsage;
        }
        if (rest.size() < 2) {
            out << CliCommandTable::overview();
            return Ok;
        }
        const CliCommand *command = CliCommandTable::find(commands, rest.at(1));
        if (!command)
            return unknown(rest.at(1));
        out << command->helpText();
        return Ok;
    }
    const CliCommand *command = CliCommandTable::find(commands, rest.constFirst());
    if (!command)
        return unknown(rest.constFirst());
    if (help) {
        out << command->helpText();
        return Ok;
    }
    if (dbText.isEmpty()) {
        err << CliCommandTable::overview();
        return BadUsage;
    }
    // The command's own options first: bad usage never opens, let alone creates, a database.
    CliOptions options;
    if (!options.parse(rest.mid(1), *command, err)) {
        err << "See: kohtaamo-cli help " << command->name() << '\n';
        return BadUsage;
    }
    auto location = DatabaseLocation::parse(dbText);
    if (!location) {
        err << location.error().message << '\n';
        return BadUsage;
    }
    // Only the commands that make an office create one; the others refuse a missing file (exit 3), so that a
    // mistyped path is reported instead of becoming an empty office. No folder is ever created.
    OfficeService::OpenOptions how;
    how.create = command->makesOffice();
    how.requireWrite = command->makesOffice();
    const bool created = location->kind == DatabaseLocation::Kind::SQLite && !QFileInfo::exists(location->path);
    auto office = OfficeService::open(*location, how);
    if (!office) {
        err << office.error().message << '\n';
        if (created && office.error().code == Error::Code::NotFound && QFileInfo(location->path).absoluteDir().exists())
            err << CliCommand::tr("To make a new office there: kohtaamo-cli --db %1 init").arg(location->path) << '\n';
        return office.error().code == Error::Code::NotFound ? NotFound : Failure;
    }
    const QString login = (*office)->openedAs();
    // The command line loads and reads whole offices (demo, import, export, rankings): the audit names it.
    (*office)->actAsTool(QStringLiteral("kohtaamo-cli"));
    // Days and parts of the day (rank --date, the demo's dates) are the office's, whatever zone this machine has.
    if (Status s = (*office)->applyTimeZone(); !s) {
        err << s.error().message << '\n';
        return Failure;
    }
    Context context { *office.value(), options, out, err, created, login };
    return command->run(context);
}

} // namespace Kohtaamo::Cli
