// OfficeService: the office's data as a whole (what the database holds, the demo office, interchange documents).
#include "OfficeRun.h"

#include "interchange/InterchangeExporter.h"
#include "interchange/InterchangeImporter.h"
#include "storage/SqlQuery.h"

namespace Kohtaamo {

Result<StoreInfo> OfficeService::storeInfo()
{
    StoreInfo info;
    info.where = m_db->location().displayName();
    info.kind = m_db->dialect().name();
    info.schemaVersion = m_db->schemaVersion();
    auto search = searchInUse();
    if (!search)
        return search.error();
    info.search = *search;
    // Table names are fixed here, never from input.
    for (const char *table : { "organisations", "coordinators", "workers", "consents", "topics", "requests",
                               "invitations", "engagements", "knowledge_entries", "audit_log" }) {
        SqlQuery q(*m_db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        auto n = q.scalar();
        if (!n)
            return n.error();
        info.tables.append({ QString::fromLatin1(table), n->toLongLong() });
    }
    return info;
}

Result<DemoGenerator::Summary> OfficeService::generateDemo(const DemoGenerator::Options &options,
                                                           const DemoGenerator::Progress &progress)
{
    if (Status s = requireWriter(); !s)
        return s.error();
    // The generator runs its own transactions (one per stage, for progress on a large office).
    auto summary = DemoGenerator(*m_db).generate(options, progress);
    if (summary)
        announce(everything());
    return summary;
}

Result<QByteArray> OfficeService::exportInterchange()
{
    return InterchangeExporter(*m_db).exportJson();
}

Status OfficeService::exportInterchange(QIODevice &out)
{
    return InterchangeExporter(*m_db).exportTo(out);
}

Result<InterchangeSummary> OfficeService::importInterchange(QIODevice &in)
{
    if (Status s = requireWriter(); !s)
        return s.error();
    auto summary = InterchangeImporter(*m_db).importDevice(in); // one transaction: all or nothing
    if (summary)
        announce(everything());
    return summary;
}

Result<InterchangeSummary> OfficeService::importInterchange(const QByteArray &json)
{
    if (Status s = requireWriter(); !s)
        return s.error();
    auto summary = InterchangeImporter(*m_db).importJson(json); // one transaction: all or nothing
    if (summary)
        announce(everything());
    return summary;
}

OfficeChange OfficeService::everything()
{
    OfficeChange change;
    using K = OfficeChange::Kind;
    for (K kind : { K::Request, K::Invitation, K::Engagement, K::Outcome, K::Worker, K::Consent, K::Settings,
                    K::Taxonomy, K::Organisation, K::Coordinator, K::Notice })
        change.addAll(kind);
    return change;
}

} // namespace Kohtaamo
