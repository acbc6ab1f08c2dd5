#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace Kohtaamo::Cli {

// `kohtaamo-cli fees list|mark-paid`: the "Fees to pay" list, written as a table, CSV or XLSX, and marking fees paid
// as one payment batch.
class FeeCommands
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::FeeCommands)
public:
    static int fees(Context &c);

private:
    static int list(Context &c);
    static int markPaid(Context &c);
};

} // namespace Kohtaamo::Cli
