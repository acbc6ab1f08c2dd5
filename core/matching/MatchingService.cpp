#include "MatchingService.h"

#include "RankingWeightsRepository.h"
#include "ScorePart.h"
#include "SnapshotLoader.h"
#include "TeamSuggester.h"
#include "common/Clock.h"
#include "storage/Database.h"
#include "workers/DistinctNames.h"

#include <QSet>

namespace Kohtaamo {

struct MatchingService::Loaded
{
    Status status;
    std::optional<RankingWeights> weights;
    std::unique_ptr<MatchingSnapshot> snapshot;
    QHash<qint64, QString> storedNames;
};

std::shared_ptr<MatchingService::Loaded> MatchingService::readAll(Database &db, const QDate &today)
{
    auto loaded = std::make_shared<Loaded>();
    auto weights = RankingWeightsRepository(db).load();
    if (!weights) {
        loaded->status = weights.error();
        return loaded;
    }
    SnapshotLoader loader(db);
    auto snapshot = loader.load(today);
    if (!snapshot) {
        loaded->status = snapshot.error();
        return loaded;
    }
    loaded->weights = *weights;
    loaded->snapshot = std::make_unique<MatchingSnapshot>(std::move(snapshot).value());
    loaded->storedNames = loader.storedNames();
    return loaded;
}

void MatchingService::take(Loaded &loaded, const QDate &today)
{
    reset();
    ++m_fullLoads;
    m_storedNames = std::move(loaded.storedNames);
    m_snapshot = std::move(loaded.snapshot);
    m_engine = std::make_unique<RankingEngine>(*m_snapshot, *loaded.weights);
    m_loadedFor = today;
}

MatchingService::MatchingService(Database &db) : m_db(db) { }

MatchingService::~MatchingService()
{
    abandonWarmUp();
}

void MatchingService::invalidate()
{
    if (m_pending.valid())
        m_pendingStale = true; // read before what made the caller ask: read again
    reset();
}

void MatchingService::reset()
{
    m_engine.reset();
    m_snapshot.reset();
    m_loadedFor = QDate();
    m_storedNames.clear();
}

namespace {
// More ids than this in one change: reading everything again is as quick.
constexpr int kMostRecordsApplied = 2000;
} // namespace

void MatchingService::warmUp()
{
    if (m_engine || m_pending.valid())
        return;
    const DatabaseLocation location = m_db.location();
    if (location.kind == DatabaseLocation::Kind::SQLite
        && (location.path.isEmpty() || location.path == QLatin1String(":memory:")))
        return;
    Database::OpenOptions how;
    how.create = false;
    how.migrate = false; // this connection has brought it up to date
    how.readOnly = m_db.isReadOnly();
    const QDate today = Clock::instance().today();
    m_pendingFor = today;
    m_pendingStale = false;
    m_pendingChanges.clear();
    m_stopPending = std::make_shared<std::atomic<bool>>(false);
    m_pending = std::async(std::launch::async, [location, how, today, stop = m_stopPending] {
        auto db = Database::open(location, how);
        if (!db) {
            auto failed = std::make_shared<Loaded>();
            failed->status = db.error();
            return failed;
        }
        (*db)->setInterruption(stop.get());
        return readAll(**db, today);
    });
}

void MatchingService::abandonWarmUp()
{
    if (m_stopPending)
        m_stopPending->store(true);
    if (m_pending.valid())
        m_pending.get();
    m_pendingChanges.clear();
    m_pendingStale = false;
}

bool MatchingService::takeLoadAhead(const QDate &today)
{
    if (!m_pending.valid())
        return false;
    const std::shared_ptr<Loaded> loaded = m_pending.get(); // waits for the rest of the load
    const QVector<OfficeChange> changes = std::exchange(m_pendingChanges, {});
    if (!loaded->status || m_pendingStale || m_pendingFor != today)
        return false; // read here instead
    take(*loaded, today);
    ++m_loadsAhead;
    // What was changed since the thread began: read again here, as for any change (a change its read already saw is
    // read again to the same result).
    for (const OfficeChange &change : changes)
        apply(change);
    return m_engine != nullptr;
}

void MatchingService::apply(const OfficeChange &change)
{
    if (!m_engine) {
        if (m_pending.valid())
            m_pendingChanges.append(change); // applied when the snapshot read ahead is taken in
        return; // read when first asked for
    }
    using K = OfficeChange::Kind;
    // What the snapshot cannot take in part: the weights, the taxonomy (topic indexes), the organisations.
    for (K kind : { K::Settings, K::Taxonomy, K::Organisation }) {
        if (change.touches(kind)) {
            invalidate();
            return;
        }
    }
    int named = 0;
    for (K kind : { K::Worker, K::Consent, K::Invitation, K::Engagement, K::Outcome, K::Request }) {
        const auto it = change.records.constFind(kind);
        if (it == change.records.constEnd())
            continue;
        if (it->isEmpty()) { // the whole kind
            invalidate();
            return;
        }
        named += it->size();
    }
    if (named == 0)
        return;
    if (named > kMostRecordsApplied || !update(change))
        invalidate();
}

bool MatchingService::update(const OfficeChange &change)
{
    using K = OfficeChange::Kind;
    const auto ids = [&change](K kind) { return change.records.value(kind); };
    QSet<qint64> requestIds = ids(K::Request) + ids(K::Outcome);
    QSet<qint64> workerIds = ids(K::Worker);
    const QSet<qint64> consentIds = ids(K::Consent), invitationIds = ids(K::Invitation),
                       engagementIds = ids(K::Engagement);
    // The workers whose rows in the snapshot name those records (a removed row is found only here) ...
    MatchingSnapshot &snap = *m_snapshot;
    workerIds += snap.workersConcerned(consentIds, invitationIds, engagementIds, requestIds);
    // ... and those the stored rows name now.
    SnapshotLoader loader(m_db);
    auto concerned = loader.workersConcerned(consentIds, invitationIds, engagementIds, requestIds);
    if (!concerned)
        return false;
    workerIds += *concerned;
    if (workerIds.size() > kMostRecordsApplied)
        return false;

    QVector<qint64> workerList(workerIds.cbegin(), workerIds.cend());
    std::sort(workerList.begin(), workerList.end());
    // A request nobody is invited to or engaged in yet concerns no worker: nothing to read of them.
    Result<MatchingData> part
        = workerList.isEmpty() ? Result<MatchingData>(MatchingData()) : loader.loadWorkers(m_loadedFor, workerList);
    if (!part)
        return false;
    QSet<qint64> stored;
    for (const Worker &w : std::as_const(part->workers))
        stored.insert(w.id);
    for (qint64 id : std::as_const(workerList)) {
        if (!stored.contains(id) && snap.workerIndex(id) >= 0) // removed: build afresh
            return false;
    }
    // The requests the change names, and those the workers' history refers to that the snapshot lacks.
    for (const MatchingEngagement &e : std::as_const(part->engagements)) {
        if (snap.requestIndex(e.requestId) < 0)
            requestIds.insert(e.requestId);
    }
    for (const MatchingInvitation &i : std::as_const(part->invitations)) {
        if (snap.requestIndex(i.requestId) < 0)
            requestIds.insert(i.requestId);
    }
    if (!requestIds.isEmpty()) {
        QVector<qint64> requestList(requestIds.cbegin(), requestIds.cend());
        std::sort(requestList.begin(), requestList.end());
        auto requests = loader.loadRequests(m_loadedFor, requestList);
        if (!requests)
            return false;
        if (!snap.applyRequests(*requests))
            return false;
    }
    // Names: the workers who had or now have the same name as one read again are told apart again.
    QSet<qint64> reread;
    QSet<QString> names;
    if (change.touches(K::Worker)) {
        // Only when a name changed, a worker is new, or one told apart by municipality was edited: the query reads
        // the workers of those names (a scan of the table).
        bool needed = false;
        for (const Worker &w : std::as_const(part->workers)) {
            const auto *old = snap.worker(w.id);
            needed = needed || !old || m_storedNames.contains(w.id) || old->displayName != w.displayName;
        }
        for (qint64 id : std::as_const(workerList)) {
            if (const auto *w = snap.worker(id); w && needed)
                names.insert(m_storedNames.value(id, w->displayName));
        }
        for (const Worker &w : std::as_const(part->workers)) {
            if (needed)
                names.insert(w.displayName);
        }
    }
    QHash<qint64, QString> labels;
    if (!names.isEmpty()) {
        QHash<qint64, QString> storedNames;
        auto l = DistinctNames::labelsOf(m_db, names, &storedNames);
        if (!l)
            return false;
        labels = *l;
        for (auto it = labels.cbegin(); it != labels.cend(); ++it) {
            if (it.value() != storedNames.value(it.key()))
                m_storedNames.insert(it.key(), storedNames.value(it.key()));
            else
                m_storedNames.remove(it.key());
        }
    } else {
        // Unchanged names: keep the labels the snapshot has.
        for (const Worker &w : std::as_const(part->workers)) {
            if (const auto *old = snap.worker(w.id); old && m_storedNames.contains(w.id))
                labels.insert(w.id, old->displayName);
        }
    }
    if (!snap.applyWorkers(std::move(part).value()))
        return false;
    snap.renameWorkers(labels);
    if (snap.wastedShare() > 0.5)
        reset(); // read afresh on the next rank(): the replaced rows take room
    return true;
}

int MatchingService::workerCount() const
{
    return m_snapshot ? m_snapshot->workerCount() : 0;
}

Status MatchingService::ensureLoaded(const QDate &today)
{
    if (m_engine && m_loadedFor == today)
        return Status::success();
    if (takeLoadAhead(today))
        return Status::success();
    reset();
    const std::shared_ptr<Loaded> loaded = readAll(m_db, today);
    if (!loaded->status)
        return loaded->status;
    take(*loaded, today);
    return Status::success();
}

Result<Ranking> MatchingService::rank(const Request &request, const RankingEngine::Options &options)
{
    const QDate today = Clock::instance().today();
    if (Status s = ensureLoaded(today); !s)
        return s.error();
    return m_engine->rank(request, today, options);
}

TeamSuggestion MatchingService::suggestTeam(const Request &request, const Ranking &ranking) const
{
    const int perspectivePoints = m_engine ? m_engine->weights().points(RankingWeights::Key::ExperiencePerspective) : 0;
    return TeamSuggester::suggest(request, ranking, qMax(1, request.workersNeeded), perspectivePoints);
}

} // namespace Kohtaamo
