#pragma once

#include "CliContext.h"

#include <QCoreApplication>

namespace Kohtaamo::Cli {

// `kohtaamo-cli report results`: the funder's results report for a year, a quarter or any dates, for the whole office,
// one organisation or one funded activity; printed as text, or written as a PDF (reportsgui, drawn with Qt's
// offscreen platform), CSV files (one per table in a folder) and an XLSX workbook.
class ReportCommands
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::Cli::ReportCommands)
public:
    static int report(Context &c);
    // `kohtaamo-cli summary REF [--pdf FILE]`: one commission on a page (OfficeService::commissionSummary).
    static int summary(Context &c);
    // Whether these arguments will draw (a PDF): main() then makes a QGuiApplication on the offscreen platform.
    static bool drawsWith(const QStringList &arguments);

private:
    static int results(Context &c);
};

} // namespace Kohtaamo::Cli
