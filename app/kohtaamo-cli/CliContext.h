#pragma once

#include "common/Error.h"

#include <QStringList>
#include <QTextStream>

namespace Kohtaamo {
class Database;
}

namespace Kohtaamo::Cli {

// What a command gets: the open database, its own arguments (after the command name) and the two streams.
struct Context
{
    Database &db;
    QStringList args;
    QTextStream &out;
    QTextStream &err;
};

// The exit code for a core error: bad input 2, not found 3, anything else 1.
int exitCodeFor(const Error &error);

} // namespace Kohtaamo::Cli
