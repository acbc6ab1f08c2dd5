// OfficeService: the office's catalogue — the topic taxonomy, the organisations, the ranking weights (admins change
// them), the group meeting rhythm — and a look at another office's database before switching to it.
#include "OfficeRun.h"

#include "matching/RankingWeightsRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/TopicRepository.h"
#include "today/GroupMeetingRhythmRepository.h"

#include <QDir>
#include <QFileInfo>

namespace Kohtaamo {

namespace {
// Only an admin changes the catalogue; `refusal` says what, and the role the coordinator has is named after it.
Status requireAdmin(const OfficeService &office, const QString &refusal)
{
    if (office.isReadOnly())
        return office.requireWriter(); // no role would help in an office open read-only
    if (office.isAdmin())
        return Status::success();
    const QString role = office.coordinator().role == CoordinatorRole::Viewer
        ? OfficeService::tr("Your role is viewer.")
        : OfficeService::tr("Your role is coordinator.");
    return Error(Error::Code::NotAllowed,
                 refusal + QLatin1Char(' ') + role + QLatin1Char(' ')
                     + OfficeService::tr("An admin of the office can make the change, or give you the admin role."),
                 QStringLiteral("role"));
}

} // namespace

// --- topics ---

Result<QVector<Topic>> OfficeService::topics()
{
    return TopicRepository(*m_db).list();
}

Result<Topic> OfficeService::topic(qint64 id)
{
    return TopicRepository(*m_db).get(id);
}

Result<QVector<ServiceType>> OfficeService::serviceTypes()
{
    return TopicRepository(*m_db).listServiceTypes();
}

Status OfficeService::validateTopic(const Topic &topic)
{
    return TopicRepository::validate(topic);
}

Result<Topic> OfficeService::saveTopic(const Topic &topic)
{
    if (Status s = requireAdmin(*this, tr("Only an admin can change the topics.")); !s)
        return s.error();
    return run<Topic>([&](OfficeChange &change) -> Result<Topic> {
        auto saved = TopicRepository(*m_db).save(topic);
        if (saved && (topic.id == 0 || saved->version != topic.version)) // saved unchanged: nothing to announce
            change.add(OfficeChange::Kind::Taxonomy, saved->id);
        return saved;
    });
}

// --- organisations ---

Result<Organisation> OfficeService::organisation(qint64 id)
{
    return OrganisationRepository(*m_db).get(id);
}

Status OfficeService::validateOrganisation(const Organisation &organisation)
{
    return OrganisationRepository::validate(organisation);
}

Result<Organisation> OfficeService::saveOrganisation(const Organisation &organisation)
{
    if (Status s = requireAdmin(*this, tr("Only an admin can change the organisations.")); !s)
        return s.error();
    return run<Organisation>([&](OfficeChange &change) -> Result<Organisation> {
        auto saved = OrganisationRepository(*m_db).save(organisation);
        if (saved && (organisation.id == 0 || saved->version != organisation.version))
            change.add(OfficeChange::Kind::Organisation, saved->id);
        return saved;
    });
}

// --- ranking weights ---

Result<RankingWeights> OfficeService::rankingWeights()
{
    return RankingWeightsRepository(*m_db).load();
}

Result<RankingWeights> OfficeService::saveRankingWeights(const RankingWeights &weights)
{
    if (Status s = requireAdmin(*this, tr("Only an admin can change the ranking weights.")); !s)
        return s.error();
    return run<RankingWeights>([&](OfficeChange &change) -> Result<RankingWeights> {
        auto saved = RankingWeightsRepository(*m_db).save(weights);
        if (saved && saved->version() != weights.version())
            change.add(OfficeChange::Kind::Settings, kRankingWeightsRecord);
        return saved;
    });
}

Result<RankingWeights> OfficeService::restoreDefaultRankingWeights(int expectedVersion)
{
    if (Status s = requireAdmin(*this, tr("Only an admin can change the ranking weights.")); !s)
        return s.error();
    return run<RankingWeights>([&](OfficeChange &change) -> Result<RankingWeights> {
        auto saved = RankingWeightsRepository(*m_db).restoreDefaults(expectedVersion);
        if (saved && saved->version() != expectedVersion)
            change.add(OfficeChange::Kind::Settings, kRankingWeightsRecord);
        return saved;
    });
}

// --- the group meeting rhythm ---

Result<GroupMeetingRhythm> OfficeService::groupMeetingRhythm()
{
    return GroupMeetingRhythmRepository(*m_db).load();
}

Result<GroupMeetingRhythm> OfficeService::saveGroupMeetingRhythm(const GroupMeetingRhythm &rhythm)
{
    return run<GroupMeetingRhythm>([&](OfficeChange &change) -> Result<GroupMeetingRhythm> {
        auto saved = GroupMeetingRhythmRepository(*m_db).save(rhythm);
        if (saved)
            change.add(OfficeChange::Kind::Settings, kGroupMeetingRhythmRecord);
        return saved;
    });
}

// --- another office ---

Result<OfficeInspection> OfficeService::inspect(const DatabaseLocation &location)
{
    OfficeInspection found;
    const bool sqlite = location.kind == DatabaseLocation::Kind::SQLite;
    if (sqlite && !location.path.isEmpty() && !QFileInfo::exists(location.path)) {
        found.folder = QFileInfo(location.path).absolutePath();
        if (!QFileInfo(found.folder).isDir())
            return Error(Error::Code::NotFound,
                         tr("The folder “%1” does not exist. Check the path; Kohtaamo does not create folders.")
                             .arg(QDir::toNativeSeparators(found.folder)),
                         QStringLiteral("path"));
        found.state = OfficeInspection::State::NoFileYet;
        found.canCreate = QFileInfo(found.folder).isWritable();
        return found;
    }
    Database::OpenOptions look;
    look.create = false;
    look.migrate = false;
    look.readOnly = true;
    auto opened = Database::open(location, look);
    if (!opened) {
        // An older schema: opening it for use upgrades it. An empty PostgreSQL database: using it sets it up.
        if (opened.error().code == Error::Code::NotAllowed) {
            found.state = OfficeInspection::State::Older;
            return found;
        }
        if (opened.error().code == Error::Code::NotFound && !sqlite) {
            found.state = OfficeInspection::State::Empty;
            return found;
        }
        return opened.error();
    }
    auto counts = OfficeSummary(**opened).counts();
    if (!counts)
        return counts.error();
    found.counts = *counts;
    return found;
}

} // namespace Kohtaamo
