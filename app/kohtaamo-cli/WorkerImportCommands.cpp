#include "WorkerImportCommands.h"

#include "CliCommands.h"
#include "CliOptions.h"

#include "office/OfficeService.h"

namespace Kohtaamo::Cli {

namespace {
QString stateName(WorkerImportRow::State state)
{
    switch (state) {
    case WorkerImportRow::State::Ready:
        return WorkerImportCommands::tr("ready");
    case WorkerImportRow::State::Warning:
        return WorkerImportCommands::tr("warning");
    case WorkerImportRow::State::Refused:
        return WorkerImportCommands::tr("refused");
    }
    return {};
}
} // namespace

int WorkerImportCommands::importWorkers(Context &c)
{
    const CliOptions &options = c.options;
    const QString path = options.positional(0);
    auto table = OfficeService::readWorkerRegister(path);
    if (!table) {
        c.err << table.error().message << '\n';
        return table.error().code == Error::Code::NotFound ? NotFound : BadUsage;
    }
    WorkerImportMapping mapping = WorkerImportMapping::guess(table->header);
    for (const QString &spec : options.values(QStringLiteral("map"))) {
        if (Status s = mapping.apply(spec, table->header); !s) {
            c.err << s.error().message << '\n';
            return BadUsage;
        }
    }

    WorkerImportOptions importOptions;
    auto organisations = c.office.organisations();
    if (!organisations) {
        c.err << organisations.error().message << '\n';
        return exitCodeFor(organisations.error());
    }
    if (options.has(QStringLiteral("organisation"))) {
        const QString name = options.value(QStringLiteral("organisation"));
        for (const Organisation &o : std::as_const(*organisations)) {
            if (o.name.compare(name, Qt::CaseInsensitive) == 0 || o.shortName.compare(name, Qt::CaseInsensitive) == 0)
                importOptions.defaultOrganisationId = o.id;
        }
        if (importOptions.defaultOrganisationId == 0) {
            c.err << tr("No organisation is called %1.").arg(name) << '\n';
            return NotFound;
        }
    } else {
        // An office of one organisation: every worker belongs to it.
        QVector<qint64> active;
        for (const Organisation &o : std::as_const(*organisations)) {
            if (o.active)
                active << o.id;
        }
        if (active.size() == 1)
            importOptions.defaultOrganisationId = active.constFirst();
    }

    c.out << tr("Columns:") << '\n';
    for (const WorkerImportField field : WorkerImportFields::all()) {
        if (mapping.isMapped(field))
            c.out << "  " << WorkerImportFields::code(field) << " = " << mapping.columnName(field, table->header)
                  << '\n';
    }

    auto preview = c.office.previewWorkerImport(*table, mapping, importOptions);
    if (!preview) {
        c.err << preview.error().message << '\n';
        return exitCodeFor(preview.error());
    }
    for (const WorkerImportRow &row : std::as_const(preview->rows)) {
        for (const QString &message : row.messages)
            c.out << stateName(row.state) << ": " << message << '\n';
    }
    c.out << tr("Rows: %1 ready, %2 with warnings, %3 refused.")
                 .arg(preview->ready)
                 .arg(preview->warnings)
                 .arg(preview->refused)
          << '\n'
          << preview->consentNote << '\n';
    if (!preview->canImport()) {
        c.err << (preview->rows.isEmpty() ? tr("The file has no workers to import.")
                                          : tr("Nothing was imported: correct the refused rows and run again."))
              << '\n';
        return BadUsage;
    }
    if (options.flag(QStringLiteral("dry-run"))) {
        c.out << tr("Dry run: nothing was stored.") << '\n';
        return Ok;
    }
    auto result = c.office.importWorkerRegister(*table, mapping, importOptions);
    if (!result) {
        c.err << result.error().message << '\n';
        return exitCodeFor(result.error());
    }
    c.out << tr("Imported %1 workers, %2 consents to be contacted.").arg(result->workers).arg(result->consents) << '\n';
    return Ok;
}

} // namespace Kohtaamo::Cli
