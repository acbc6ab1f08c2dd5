// OfficeService: a worker register an office keeps in a spreadsheet, read from CSV or XLSX, previewed row by row with
// the worker form's rules and stored all or nothing (workerimport/).
#include "OfficeRun.h"

#include "common/Clock.h"
#include "repositories/ConsentRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/WorkerRepository.h"
#include "workerimport/RegisterFileReader.h"
#include "workerimport/WorkerImportPlanner.h"

namespace Kohtaamo {

namespace {

Result<WorkerImportPreview> planImport(Database &db, const ImportTable &table, const WorkerImportMapping &mapping,
                                       const WorkerImportOptions &options)
{
    if (!mapping.isMapped(WorkerImportField::DisplayName) && !mapping.isMapped(WorkerImportField::FirstName)
        && !mapping.isMapped(WorkerImportField::LastName))
        return Error(Error::Code::InvalidInput,
                     OfficeService::tr("Choose the column that holds the workers' names (or first and last names)."),
                     QStringLiteral("name"));
    auto organisations = OrganisationRepository(db).list();
    if (!organisations)
        return organisations.error();
    if (options.defaultOrganisationId != 0
        && std::none_of(organisations->cbegin(), organisations->cend(),
                        [&](const Organisation &o) { return o.id == options.defaultOrganisationId; }))
        return Error(Error::Code::InvalidInput,
                     OfficeService::tr("Organisation #%1 does not exist; someone may have removed it.")
                         .arg(options.defaultOrganisationId),
                     QStringLiteral("organisation"));
    auto existing = WorkerImportPlanner::existingWorkers(db);
    if (!existing)
        return existing.error();
    const WorkerImportPlanner planner(*organisations, *existing, options, Clock::instance().today());
    return planner.preview(table, mapping);
}

} // namespace

Result<ImportTable> OfficeService::readWorkerRegister(const QString &path)
{
    return RegisterFileReader::read(path);
}

Result<WorkerImportPreview> OfficeService::previewWorkerImport(const ImportTable &table,
                                                               const WorkerImportMapping &mapping,
                                                               const WorkerImportOptions &options)
{
    Transaction tx(*m_db, Database::Access::ReadOnly);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto preview = planImport(*m_db, table, mapping, options);
    if (!preview)
        return preview;
    if (Status s = tx.commit(); !s)
        return s.error();
    return preview;
}

Result<WorkerImportResult> OfficeService::importWorkerRegister(const ImportTable &table,
                                                               const WorkerImportMapping &mapping,
                                                               const WorkerImportOptions &options)
{
    return run<WorkerImportResult>([&](OfficeChange &change) -> Result<WorkerImportResult> {
        // Planned again inside the transaction: a worker saved since the preview is seen.
        auto preview = planImport(*m_db, table, mapping, options);
        if (!preview)
            return preview.error();
        if (preview->rows.isEmpty())
            return Error(Error::Code::InvalidInput, tr("The file has no workers to import."));
        if (preview->refused > 0) {
            QStringList refused;
            for (const WorkerImportRow &row : std::as_const(preview->rows)) {
                if (row.state == WorkerImportRow::State::Refused)
                    refused << row.messages;
            }
            constexpr int kNamed = 10;
            QString message = tr("Nothing was imported: %n row(s) are refused.", nullptr, preview->refused)
                + QLatin1Char('\n') + QStringList(refused.mid(0, kNamed)).join(QLatin1Char('\n'));
            if (refused.size() > kNamed)
                message += QLatin1Char('\n') + tr("… and %n more.", nullptr, int(refused.size() - kNamed));
            return Error(Error::Code::InvalidInput, message, QStringLiteral("rows"));
        }
        WorkerImportResult result;
        WorkerRepository workers(*m_db);
        ConsentRepository consents(*m_db);
        for (const WorkerImportRow &row : std::as_const(preview->rows)) {
            if (Status s = mayChangeWorkersOf(row.worker.organisationId); !s) {
                Error e = s.error();
                e.message = tr("Row %1: %2").arg(row.line).arg(e.message);
                return e;
            }
            auto saved = workers.save(row.worker);
            if (!saved) {
                Error e = saved.error();
                e.message = tr("Row %1: %2").arg(row.line).arg(e.message);
                return e;
            }
            change.add(OfficeChange::Kind::Worker, saved->id);
            result.workerIds << saved->id;
            ++result.workers;
            if (row.state == WorkerImportRow::State::Warning)
                ++result.warnings;
            if (row.contactConsentGiven.isValid()) {
                Consent c;
                c.workerId = saved->id;
                c.scope = ConsentScope::Contact;
                c.givenOn = row.contactConsentGiven;
                c.recordedBy = m_coordinator.id;
                c.note = tr("Imported from the worker register.");
                auto recorded = consents.record(c);
                if (!recorded) {
                    Error e = recorded.error();
                    e.message = tr("Row %1: %2").arg(row.line).arg(e.message);
                    return e;
                }
                change.add(OfficeChange::Kind::Consent, recorded->id);
                ++result.consents;
            }
        }
        return result;
    });
}

} // namespace Kohtaamo
