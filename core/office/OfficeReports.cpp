// OfficeService: reports for funders — the funded activities and the results report (reports/ResultsReport).
#include "OfficeRun.h"

#include "reports/ResultsReport.h"
#include "repositories/FundedActivityRepository.h"
#include "repositories/OrganisationRepository.h"

namespace Kohtaamo {

Result<QVector<FundedActivity>> OfficeService::fundedActivities()
{
    return FundedActivityRepository(*m_db).list();
}

Status OfficeService::validateFundedActivity(const FundedActivity &activity)
{
    return FundedActivityRepository::validate(activity);
}

Result<FundedActivity> OfficeService::saveFundedActivity(const FundedActivity &activity)
{
    if (Status s = requireWriter(); !s)
        return s.error();
    if (!isAdmin()) {
        const QString role = m_coordinator.role == CoordinatorRole::Viewer ? tr("Your role is viewer.")
                                                                           : tr("Your role is coordinator.");
        return Error(Error::Code::NotAllowed,
                     tr("Only an admin can change the funded activities.") + QLatin1Char(' ') + role,
                     QStringLiteral("role"));
    }
    return run<FundedActivity>([&](OfficeChange &change) -> Result<FundedActivity> {
        auto saved = FundedActivityRepository(*m_db).save(activity);
        if (saved && (activity.id == 0 || saved->version != activity.version))
            change.add(OfficeChange::Kind::FundedActivity, saved->id);
        return saved;
    });
}

Result<ResultsReportData> OfficeService::resultsReport(const ResultsReportOptions &options)
{
    Transaction tx(*m_db, Database::Access::ReadOnly);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    auto computed = ResultsReport(*m_db).compute(options);
    if (!computed)
        return computed.error();
    ResultsReportData report = *computed;
    if (options.fundedActivityId != 0) {
        auto activity = FundedActivityRepository(*m_db).get(options.fundedActivityId);
        if (!activity)
            return Error(Error::Code::InvalidInput, activity.error().message, QStringLiteral("fundedActivityId"));
        report.scope = tr("Funded activity: %1").arg(activity->name);
        if (!activity->funder.isEmpty())
            report.scope += QStringLiteral(" (%1)").arg(activity->funder);
    }
    if (options.organisationId != 0) {
        auto organisation = OrganisationRepository(*m_db).get(options.organisationId);
        if (!organisation)
            return Error(Error::Code::InvalidInput, organisation.error().message, QStringLiteral("organisationId"));
        const QString text = tr("Organisation: %1").arg(organisation->name);
        report.scope = report.scope.isEmpty() ? text : report.scope + QStringLiteral("; ") + text;
    }
    if (report.scope.isEmpty())
        report.scope = tr("The whole office");
    if (Status s = tx.commit(); !s)
        return s.error();
    return report;
}

} // namespace Kohtaamo
