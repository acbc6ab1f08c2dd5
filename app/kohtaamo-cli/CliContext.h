#pragma once

#include "CliOptions.h"

#include "audit/ExportRecord.h"
#include "common/Error.h"

#include <QStringList>
#include <QTextStream>

namespace Kohtaamo {
class OfficeService;
}

namespace Kohtaamo::Cli {

// What a command gets: the open office (every command goes through its service), its own options and arguments (after
// the command name, parsed by the command's QCommandLineParser) and the two streams.
struct Context
{
    OfficeService &office;
    const CliOptions &options;
    QTextStream &out;
    QTextStream &err;
    bool officeCreated = false; // the command's office did not exist before it started (an SQLite file)
    // Who runs the command (the operating system's user, or the PostgreSQL user): the commands that need a
    // coordinator's role (erase-worker, subject-access) act as this login's coordinator record.
    QString login;
};

// The exit code for a core error: bad input 2, not found 3, anything else 1.
int exitCodeFor(const Error &error);

// Logs an export the command has written (OfficeService::recordExport, with the login that ran it): 0, or after
// saying that the file was written but not logged, 1.
int logExport(Context &c, ExportRecord record);

} // namespace Kohtaamo::Cli
