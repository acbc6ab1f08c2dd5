#pragma once

#include <QStringList>
#include <QTextStream>

namespace Kohtaamo::Cli {

// Exit codes of kohtaamo-cli, for coordinators' scripts.
enum ExitCode { Ok = 0, Failure = 1, BadUsage = 2, NotFound = 3 };

// Runs one command line (without the program name); output to out, messages to err.
int run(const QStringList &arguments, QTextStream &out, QTextStream &err);

} // namespace Kohtaamo::Cli
