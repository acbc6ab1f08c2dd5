// OfficeService: the office at a glance (Today) and the ranking kept loaded between requests.
#include "OfficeRun.h"

namespace Kohtaamo {

Result<OfficeSummary::Counts> OfficeService::counts()
{
    return OfficeSummary(*m_db).counts();
}

Result<TodayAgenda::Agenda> OfficeService::today(const TodayAgenda::Options &options)
{
    return TodayAgenda(*m_db).load(options);
}

MatchingService &OfficeService::matching()
{
    if (!m_matching) {
        m_matching = std::make_unique<MatchingService>(*m_db);
        // What the ranking weighs changed (here or, through NOTIFY, by another coordinator): read it again on the
        // next ranking. Requests alone do not change the snapshot; the request being ranked is passed in.
        connect(this, &OfficeService::changed, this, [this](const OfficeChange &change) {
            using K = OfficeChange::Kind;
            for (K kind : { K::Worker, K::Consent, K::Invitation, K::Engagement, K::Outcome, K::Settings, K::Taxonomy,
                            K::Organisation })
                if (change.touches(kind)) {
                    m_matching->invalidate();
                    return;
                }
        });
    }
    return *m_matching;
}

} // namespace Kohtaamo
