#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace Kohtaamo::Cli {

// `import FILE.json` and `export FILE.json` ("-" for standard input or output): the interchange document of
// docs/interchange.md, read and written by core/interchange. An import is one transaction: on any problem nothing is
// imported and the message names the place in the file. An exported file holds personal data: it is created
// readable by its owner only.
class InterchangeCommands
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::InterchangeCommands)
public:
    static int importFile(Context &c);
    static int exportFile(Context &c);
};

} // namespace Kohtaamo::Cli
