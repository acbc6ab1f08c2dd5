#include "FeeCommands.h"

#include "CliCommands.h"
#include "CliOptions.h"
#include "TerminalText.h"

#include "export/CsvWriter.h"
#include "export/XlsxWriter.h"
#include "fees/FeeExport.h"
#include "matching/MatchTexts.h"
#include "office/OfficeService.h"

#include <QRegularExpression>

namespace Kohtaamo::Cli {

namespace {
int fail(Context &c, const Error &error)
{
    c.err << error.message << '\n';
    return exitCodeFor(error);
}

QString day(const QDate &d)
{
    return d.isValid() ? d.toString(QStringLiteral("yyyy-MM-dd")) : QString();
}
} // namespace

int FeeCommands::fees(Context &c)
{
    const QString action = c.options.positional(0);
    if (action == QLatin1String("list"))
        return list(c);
    if (action == QLatin1String("mark-paid"))
        return markPaid(c);
    c.err << tr("Unknown action %1: use list or mark-paid.").arg(action) << '\n';
    return BadUsage;
}

int FeeCommands::list(Context &c)
{
    const CliOptions &options = c.options;
    if (options.positionals().size() > 1) {
        c.err << tr("Unexpected argument: %1").arg(options.positional(1)) << '\n';
        return BadUsage;
    }
    FeeFilter filter;
    if (!options.dateValue(QStringLiteral("from"), filter.from, c.err)
        || !options.dateValue(QStringLiteral("to"), filter.to, c.err))
        return BadUsage;
    const QString state
        = options.has(QStringLiteral("state")) ? options.value(QStringLiteral("state")) : QStringLiteral("due");
    if (state == QLatin1String("due"))
        filter.state = FeeFilter::State::Due;
    else if (state == QLatin1String("paid"))
        filter.state = FeeFilter::State::Paid;
    else if (state == QLatin1String("all"))
        filter.state = FeeFilter::State::All;
    else {
        c.err << tr("--state: use due, paid or all, not %1.").arg(state) << '\n';
        return BadUsage;
    }
    auto rows = c.office.feesToPay(filter);
    if (!rows)
        return fail(c, rows.error());
    const ExportTable table = FeeExport::table(*rows, tr("Fees"));
    // What the file holds, for the audit log: the state and the period asked for ("due 2026-01-01 – 2026-12-31").
    QString period = state;
    if (filter.from.isValid() || filter.to.isValid())
        period += QStringLiteral(" %1 – %2").arg(filter.from.toString(Qt::ISODate), filter.to.toString(Qt::ISODate));
    bool wrote = false;
    if (options.has(QStringLiteral("csv"))) {
        if (Status s = CsvWriter::write(table, options.value(QStringLiteral("csv"))); !s)
            return fail(c, s.error());
        c.err << tr("Wrote %1 fees to %2.").arg(rows->size()).arg(options.value(QStringLiteral("csv"))) << '\n';
        if (int rc = logExport(
                c, { ExportRecord::Kind::Fees, QStringLiteral("CSV"), options.value(QStringLiteral("csv")), period });
            rc != Ok)
            return rc;
        wrote = true;
    }
    if (options.has(QStringLiteral("xlsx"))) {
        if (Status s = XlsxWriter::write({ table }, options.value(QStringLiteral("xlsx"))); !s)
            return fail(c, s.error());
        c.err << tr("Wrote %1 fees to %2.").arg(rows->size()).arg(options.value(QStringLiteral("xlsx"))) << '\n';
        if (int rc = logExport(
                c, { ExportRecord::Kind::Fees, QStringLiteral("XLSX"), options.value(QStringLiteral("xlsx")), period });
            rc != Ok)
            return rc;
        wrote = true;
    }
    if (wrote)
        return Ok;
    // Tab-separated, one fee a line, the totals last: for reading and for scripts.
    QStringList header;
    for (const ExportTable::Column &column : table.columns)
        header << column.header;
    c.out << header.join(QLatin1Char('\t')) << '\n';
    for (const QVariantList &row : table.rows) {
        QStringList cells;
        for (qsizetype i = 0; i < table.columns.size(); ++i) {
            const ExportTable::ColumnType type = table.columns.at(i).type;
            cells << TerminalText::field(
                type == ExportTable::ColumnType::Date ? day(row.value(i).toDate())
                    : type == ExportTable::ColumnType::Money && !row.value(i).isNull()
                    ? QString::number(static_cast<double>(row.value(i).toLongLong()) / 100.0, 'f', 2)
                    : CsvWriter::cell(row.value(i), type));
        }
        c.out << cells.join(QLatin1Char('\t')) << '\n';
    }
    return Ok;
}

int FeeCommands::markPaid(Context &c)
{
    const CliOptions &options = c.options;
    const QStringList refs = options.positionals().mid(1);
    if (refs.isEmpty()) {
        c.err << tr("Name the fees to mark paid: request references (every due fee of the request) or engagement "
                    "ids.")
              << '\n';
        return BadUsage;
    }
    FeeMarking marking;
    if (!options.has(QStringLiteral("on"))) {
        c.err << tr("--on: give the date the fees were paid (YYYY-MM-DD).") << '\n';
        return BadUsage;
    }
    if (!options.dateValue(QStringLiteral("on"), marking.paidOn, c.err))
        return BadUsage;
    marking.note = options.value(QStringLiteral("batch-note"));
    marking.acknowledgeCeiling = options.flag(QStringLiteral("acknowledge-ceiling"));
    static const QRegularExpression number(QStringLiteral("^\\d+$"));
    for (const QString &ref : refs) {
        FeeFilter filter;
        filter.state = FeeFilter::State::All;
        if (number.match(ref).hasMatch()) {
            filter.engagementIds = { ref.toLongLong() };
        } else {
            auto request = c.office.requestByReference(ref);
            if (!request) {
                if (request.error().code == Error::Code::NotFound) {
                    c.err << tr("No request has the reference %1.").arg(ref) << '\n';
                    return NotFound;
                }
                return fail(c, request.error());
            }
            filter.requestId = request->id;
            filter.state = FeeFilter::State::Due;
        }
        auto rows = c.office.feesToPay(filter);
        if (!rows)
            return fail(c, rows.error());
        if (rows->isEmpty() && !filter.engagementIds.isEmpty()) {
            // Not in the list at all: let the service say why (declined, not done, no such engagement).
            marking.items.append({ filter.engagementIds.first(), 0 });
            continue;
        }
        if (rows->isEmpty()) {
            c.err << tr("The request %1 has no fees due.").arg(ref) << '\n';
            return Failure;
        }
        for (const FeeRow &row : std::as_const(*rows))
            marking.items.append({ row.engagementId, row.engagementVersion });
    }
    auto result = c.office.markFeesPaid(marking);
    if (!result)
        return fail(c, result.error());
    for (const FeeCeilingWarning &warning : std::as_const(result->warnings))
        c.err << tr("Warning: %1").arg(warning.text) << '\n';
    if (!result->written()) {
        c.err << tr("Nothing was marked paid. Run again with --acknowledge-ceiling to mark the fees paid all the same.")
              << '\n';
        return Failure;
    }
    c.out << tr("Batch %1: %2 fees, %3, paid on %4.")
                 .arg(result->batch.reference)
                 .arg(result->batch.fees)
                 .arg(MatchTexts::euros(result->batch.totalCents), day(result->batch.paidOn))
          << '\n';
    return Ok;
}

} // namespace Kohtaamo::Cli
