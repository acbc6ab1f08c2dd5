#include "ReportCommands.h"

#include "CliCommands.h"
#include "CliOptions.h"
#include "TerminalText.h"

#include "CommissionSummaryDocument.h"
#include "ReportDocument.h"
#include "export/CsvWriter.h"
#include "export/XlsxWriter.h"
#include "office/DatabaseLocation.h"
#include "office/OfficeService.h"
#include "reports/ResultsReport.h"
#include "requests/RequestWorkflow.h"

#include <QDir>
#include <QGuiApplication>

namespace Kohtaamo::Cli {

namespace {
int fail(Context &c, const Error &error)
{
    c.err << error.message << '\n';
    return exitCodeFor(error);
}
} // namespace

bool ReportCommands::drawsWith(const QStringList &arguments)
{
    return (arguments.contains(QStringLiteral("report")) || arguments.contains(QStringLiteral("summary"))
            || arguments.contains(QStringLiteral("subject-access")))
        && std::any_of(arguments.cbegin(), arguments.cend(), [](const QString &a) {
               return a == QLatin1String("--pdf") || a.startsWith(QLatin1String("--pdf="));
           });
}

int ReportCommands::report(Context &c)
{
    const QString action = c.options.positional(0);
    if (action == QLatin1String("results"))
        return results(c);
    c.err << tr("Unknown report %1: use results.").arg(action) << '\n';
    return BadUsage;
}

int ReportCommands::summary(Context &c)
{
    const CliOptions &options = c.options;
    if (options.positionals().size() != 1) {
        c.err << tr("Give one request's reference, such as 2026-0042.") << '\n';
        return BadUsage;
    }
    auto request = c.office.requestByReference(options.positional(0));
    if (!request)
        return fail(c, request.error());
    auto data = c.office.commissionSummary(request->id, QStringLiteral("en"));
    if (!data)
        return fail(c, data.error());
    const QLocale locale(QLocale::English, QLocale::Finland);
    if (options.has(QStringLiteral("pdf"))) {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            c.err << tr("The PDF cannot be drawn here (no graphical application object).") << '\n';
            return Failure;
        }
        const QString office = options.has(QStringLiteral("office-name")) ? options.value(QStringLiteral("office-name"))
                                                                          : c.office.location().displayName();
        auto pages = CommissionSummaryDocument(*data, office, locale).writePdf(options.value(QStringLiteral("pdf")));
        if (!pages)
            return fail(c, pages.error());
        c.err << tr("Wrote the commission summary (%1 pages) to %2.")
                     .arg(*pages)
                     .arg(options.value(QStringLiteral("pdf")))
              << '\n';
        return logExport(c,
                         { ExportRecord::Kind::CommissionSummary, QStringLiteral("PDF"),
                           options.value(QStringLiteral("pdf")), data->reference });
    }
    // As text: one line per field, tab-separated.
    const auto line = [&](const QString &label, const QString &value) { c.out << label << '\t' << value << '\n'; };
    line(tr("Reference"), data->reference);
    line(tr("Title"), data->title);
    line(tr("Requester"), data->requesterName);
    line(tr("Organisation"), data->requesterUnit);
    line(tr("Kind of work"), data->kindOfWork);
    line(tr("Topics"), data->topics.join(QStringLiteral(", ")));
    line(tr("Date"), data->workDate.toString(Qt::ISODate));
    line(tr("Place"), data->remote ? tr("Remote") : data->place);
    line(tr("Status"), RequestWorkflow::statusName(data->status));
    line(tr("Experience workers"), QString::number(data->workerCount()));
    if (!data->namedWorkers.isEmpty())
        line(tr("Named"), data->namedWorkers.join(QStringLiteral(", ")));
    if (data->unnamedWorkers > 0)
        line(tr("Not named"), QString::number(data->unnamedWorkers));
    line(tr("Hours"), locale.toString(data->hours, 'f', 1));
    line(tr("Fees in total"), locale.toString(data->feesCents / 100.0, 'f', 2));
    line(tr("Audience"), QString::number(data->audienceSize));
    line(tr("Summary"), data->outcomeSummary);
    line(tr("Requester's feedback"), data->requesterFeedback);
    for (const auto &k : std::as_const(data->knowledge))
        line(tr("Experience knowledge"), QStringLiteral("%1: %2").arg(ResultsReport::phaseName(k.phase), k.text));
    return Ok;
}

int ReportCommands::results(Context &c)
{
    const CliOptions &options = c.options;
    if (options.positionals().size() > 1) {
        c.err << tr("Unexpected argument: %1").arg(options.positional(1)) << '\n';
        return BadUsage;
    }
    ResultsReportOptions report;
    const bool custom = options.has(QStringLiteral("from")) || options.has(QStringLiteral("to"));
    if (custom) {
        if (!options.has(QStringLiteral("from")) || !options.has(QStringLiteral("to"))) {
            c.err << tr("--from and --to go together: give both days of the period.") << '\n';
            return BadUsage;
        }
        if (!options.dateValue(QStringLiteral("from"), report.from, c.err)
            || !options.dateValue(QStringLiteral("to"), report.to, c.err))
            return BadUsage;
    } else {
        bool ok = false;
        const int year = options.value(QStringLiteral("year")).toInt(&ok);
        if (!ok || year < 1990 || year > 2100) {
            c.err << tr("--year: give the report's year, such as 2026.") << '\n';
            return BadUsage;
        }
        report = ResultsReportOptions::year(year);
        if (options.has(QStringLiteral("quarter"))) {
            const int quarter = options.value(QStringLiteral("quarter")).toInt(&ok);
            if (!ok || quarter < 1 || quarter > 4) {
                c.err << tr("--quarter: give a quarter from 1 to 4.") << '\n';
                return BadUsage;
            }
            report = ResultsReportOptions::quarter(year, quarter);
        }
    }
    report.language = QStringLiteral("en");
    if (options.has(QStringLiteral("organisation"))) {
        const QString name = options.value(QStringLiteral("organisation"));
        auto organisations = c.office.organisations();
        if (!organisations)
            return fail(c, organisations.error());
        for (const Organisation &o : std::as_const(*organisations)) {
            if (o.name.compare(name, Qt::CaseInsensitive) == 0 || o.shortName.compare(name, Qt::CaseInsensitive) == 0)
                report.organisationId = o.id;
        }
        if (report.organisationId == 0) {
            c.err << tr("No organisation is called %1.").arg(name) << '\n';
            return NotFound;
        }
    }
    if (options.has(QStringLiteral("activity"))) {
        const QString name = options.value(QStringLiteral("activity"));
        auto activities = c.office.fundedActivities();
        if (!activities)
            return fail(c, activities.error());
        for (const FundedActivity &a : std::as_const(*activities)) {
            if (a.name.compare(name, Qt::CaseInsensitive) == 0)
                report.fundedActivityId = a.id;
        }
        if (report.fundedActivityId == 0) {
            c.err << tr("No funded activity is called %1.").arg(name) << '\n';
            return NotFound;
        }
    }
    auto data = c.office.resultsReport(report);
    if (!data)
        return fail(c, data.error());
    // Each file written is one read that left the office (docs/data-protection.md).
    const QString period
        = QStringLiteral("%1 – %2").arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate));
    auto logged = [&](const QString &format, const QString &file) {
        return logExport(c, { ExportRecord::Kind::ResultsReport, format, file, period });
    };

    bool wrote = false;
    if (options.has(QStringLiteral("csv"))) {
        const QString folder = options.value(QStringLiteral("csv"));
        if (!QDir().mkpath(folder)) {
            c.err << tr("Cannot make the folder %1.").arg(folder) << '\n';
            return Failure;
        }
        for (const auto &section : std::as_const(data->sections)) {
            if (Status s = CsvWriter::write(section.table, QDir(folder).filePath(section.key + QStringLiteral(".csv")));
                !s)
                return fail(c, s.error());
        }
        c.err << tr("Wrote %1 tables to %2.").arg(data->sections.size()).arg(folder) << '\n';
        if (int rc = logged(QStringLiteral("CSV"), folder); rc != Ok)
            return rc;
        wrote = true;
    }
    if (options.has(QStringLiteral("xlsx"))) {
        if (Status s = XlsxWriter::write(data->tables(), options.value(QStringLiteral("xlsx"))); !s)
            return fail(c, s.error());
        c.err << tr("Wrote %1 tables to %2.").arg(data->sections.size()).arg(options.value(QStringLiteral("xlsx")))
              << '\n';
        if (int rc = logged(QStringLiteral("XLSX"), options.value(QStringLiteral("xlsx"))); rc != Ok)
            return rc;
        wrote = true;
    }
    if (options.has(QStringLiteral("pdf"))) {
        if (!qobject_cast<QGuiApplication *>(QCoreApplication::instance())) {
            c.err << tr("The PDF cannot be drawn here (no graphical application object).") << '\n';
            return Failure;
        }
        const QString office = options.has(QStringLiteral("office-name")) ? options.value(QStringLiteral("office-name"))
                                                                          : c.office.location().displayName();
        auto pages = ReportDocument(*data, office, QLocale(QLocale::English, QLocale::Finland))
                         .writePdf(options.value(QStringLiteral("pdf")));
        if (!pages)
            return fail(c, pages.error());
        c.err << tr("Wrote the report (%1 pages) to %2.").arg(*pages).arg(options.value(QStringLiteral("pdf"))) << '\n';
        if (int rc = logged(QStringLiteral("PDF"), options.value(QStringLiteral("pdf"))); rc != Ok)
            return rc;
        wrote = true;
    }
    if (wrote)
        return Ok;
    // As text: each table with its title and definition, tab-separated, small counts as "< 5".
    c.out << tr("Results report %1 – %2").arg(report.from.toString(Qt::ISODate), report.to.toString(Qt::ISODate))
          << '\n'
          << TerminalText::field(data->scope) << "\n";
    for (const auto &section : std::as_const(data->sections)) {
        c.out << '\n' << "# " << TerminalText::field(section.table.title) << '\n' << section.definition << '\n';
        QStringList header;
        for (const auto &column : section.table.columns)
            header << column.header;
        c.out << header.join(QLatin1Char('\t')) << '\n';
        for (const QVariantList &row : section.table.rows) {
            QStringList cells;
            for (qsizetype i = 0; i < section.table.columns.size(); ++i) {
                const auto &column = section.table.columns.at(i);
                cells << TerminalText::cell(
                    ExportTable::hidesCell(column, row.value(i))       ? ExportTable::hiddenCountText()
                        : column.type == ExportTable::ColumnType::Date ? row.value(i).toDate().toString(Qt::ISODate)
                        : column.type == ExportTable::ColumnType::Decimal
                        ? QString::number(row.value(i).toDouble(), 'f', 1)
                        : CsvWriter::cell(row.value(i), column.type));
            }
            c.out << cells.join(QLatin1Char('\t')) << '\n';
        }
    }
    return Ok;
}

} // namespace Kohtaamo::Cli
