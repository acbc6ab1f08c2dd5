#include "MatchingSnapshot.h"

#include <QSet>

#include <algorithm>
#include <limits>
#include <new>
#include <type_traits>

namespace Kohtaamo {

namespace {

using Index = SnapshotIndex;

qint32 dayOf(const QDate &d, qint32 absent)
{
    return d.isValid() ? static_cast<qint32>(d.toJulianDay()) : absent;
}

int intern(QHash<QString, int> &ids, const QString &key)
{
    const auto it = ids.constFind(key);
    if (it != ids.constEnd())
        return it.value();
    const int id = ids.size();
    ids.insert(key, id);
    return id;
}

quint32 offset(std::size_t size)
{
    return static_cast<quint32>(size);
}

// Keeps the rows whose worker is in the snapshot, ordered by worker position, then by key, then by id, and returns
// where each worker's rows begin (worker count + 1 entries). Keys are computed once per row: converting local
// times is not cheap.
template <typename T, typename KeyOf>
std::vector<quint32> groupByWorker(QVector<T> &rows, const QHash<qint64, int> &workerIndex, int workerCount,
                                   KeyOf keyOf)
{
    struct Sortable
    {
        int worker;
        qint64 key;
        qint64 id;
        int row;
    };
    std::vector<Sortable> order;
    order.reserve(static_cast<std::size_t>(rows.size()));
    for (int i = 0; i < rows.size(); ++i) {
        const T &row = rows.at(i);
        const int w = workerIndex.value(row.workerId, -1);
        if (w >= 0)
            order.push_back({ w, keyOf(row), row.id, i });
    }
    const auto before = [](const Sortable &a, const Sortable &b) {
        if (a.worker != b.worker)
            return a.worker < b.worker;
        if (a.key != b.key)
            return a.key < b.key;
        if (a.id != b.id)
            return a.id < b.id;
        return a.row < b.row;
    };
    // Rows read in order (as SnapshotLoader reads them) are kept as they are, without copying.
    const bool inOrder = std::is_sorted(order.begin(), order.end(), before) && order.size() == std::size_t(rows.size());
    if (!inOrder)
        std::sort(order.begin(), order.end(), before);
    std::vector<quint32> begins(static_cast<std::size_t>(workerCount) + 1, 0);
    for (const auto &o : order)
        ++begins[static_cast<std::size_t>(o.worker) + 1];
    for (std::size_t i = 1; i < begins.size(); ++i)
        begins[i] += begins[i - 1];
    if (!inOrder) {
        QVector<T> sorted;
        sorted.reserve(static_cast<int>(order.size()));
        for (const auto &o : order)
            sorted.append(std::move(rows[o.row]));
        rows = std::move(sorted);
    }
    return begins;
}

// Converts times to milliseconds since the epoch. A local time's conversion asks the C library, which re-reads the
// zone file on every call when TZ is not set (~2 µs): the offset is computed once per local hour and reused. (In the
// one hour a year that repeats when summer time ends, the first offset seen is used for both.)
class EpochClock
{
public:
    qint64 msecs(const QDateTime &dt)
    {
        if (!dt.isValid())
            return std::numeric_limits<qint64>::min();
        if (dt.timeSpec() != Qt::LocalTime)
            return dt.toMSecsSinceEpoch();
        const qint64 day = dt.date().toJulianDay();
        const qint64 msOfDay = dt.time().msecsSinceStartOfDay();
        const qint64 hour = day * 24 + msOfDay / 3600000;
        auto it = m_offsets.constFind(hour);
        if (it == m_offsets.constEnd())
            it = m_offsets.insert(hour, dt.offsetFromUtc());
        constexpr qint64 kUnixEpochDay = 2440588;
        return (day - kUnixEpochDay) * 86400000 + msOfDay - qint64(it.value()) * 1000;
    }

private:
    QHash<qint64, int> m_offsets; // local hour -> seconds east of UTC
};

} // namespace

// The buffers a worker's block is gathered in, reused from one worker to the next.
struct MatchingSnapshot::Scratch
{
    EpochClock *clock = nullptr;
    std::vector<Index::ExperienceFacts> experiences;
    std::vector<qint32> tags;
    std::vector<Index::PeriodFacts> periods;
    std::vector<Index::ConsentFacts> consents;
    std::vector<Index::EngagementFacts> engagements;
    std::vector<Index::InvitationFacts> invitations;
    QSet<qint64> engagedIn; // requests of this worker with a non-cancelled engagement
};

std::vector<MatchingSnapshot::Range> MatchingSnapshot::ranges(const std::vector<quint32> &begins)
{
    std::vector<Range> result(begins.empty() ? 0 : begins.size() - 1);
    for (std::size_t i = 0; i < result.size(); ++i)
        result[i] = { begins[i], begins[i + 1] };
    return result;
}

void MatchingSnapshot::indexRequests()
{
    Index &ix = m_index;
    ix.requestTopics.clear();
    ix.requestTopicOffsets.assign(static_cast<std::size_t>(m_requests.size()) + 1, 0);
    for (int i = 0; i < m_requests.size(); ++i) {
        for (const auto &t : m_requests.at(i).topics) {
            const int topic = m_topics.indexOf(t.topicId);
            if (topic >= 0)
                ix.requestTopics.push_back(topic);
        }
        ix.requestTopicOffsets[static_cast<std::size_t>(i) + 1] = offset(ix.requestTopics.size());
    }
}

MatchingSnapshot::MatchingSnapshot(MatchingData data)
    : m_topics(std::move(data.topics))
    , m_serviceTypes(std::move(data.serviceTypes))
    , m_organisations(std::move(data.organisations))
{
    Index &ix = m_index;

    for (int i = 0; i < m_serviceTypes.size(); ++i)
        ix.serviceTypeIds.insert(m_serviceTypes.at(i).code, i);

    const auto byId = [](const auto &a, const auto &b) { return a.id < b.id; };
    if (!std::is_sorted(m_organisations.cbegin(), m_organisations.cend(), byId))
        std::stable_sort(m_organisations.begin(), m_organisations.end(), byId);
    for (int i = 0; i < m_organisations.size(); ++i)
        ix.organisationIds.insert(m_organisations.at(i).id, i);

    // Workers, in id order; a repeated id keeps its first row.
    if (!std::is_sorted(data.workers.cbegin(), data.workers.cend(), byId))
        std::stable_sort(data.workers.begin(), data.workers.end(), byId);
    const auto repeated = std::adjacent_find(data.workers.cbegin(), data.workers.cend(),
                                             [](const Worker &a, const Worker &b) { return a.id == b.id; });
    if (repeated == data.workers.cend()) {
        m_workers = std::move(data.workers);
    } else {
        m_workers.reserve(data.workers.size());
        for (const auto &w : std::as_const(data.workers)) {
            if (m_workers.isEmpty() || m_workers.constLast().id != w.id)
                m_workers.append(w);
        }
    }
    data.workers = {};
    const int workerCount = m_workers.size();
    const auto n = static_cast<std::size_t>(workerCount);
    m_workerIndex.reserve(workerCount);
    for (int i = 0; i < workerCount; ++i)
        m_workerIndex.insert(m_workers.at(i).id, i);

    // Requests, in id order, with their topics as dense indexes.
    m_requests = std::move(data.requests);
    if (!std::is_sorted(m_requests.cbegin(), m_requests.cend(), byId))
        std::stable_sort(m_requests.begin(), m_requests.end(), byId);
    for (int i = 0; i < m_requests.size(); ++i) {
        const Request &r = m_requests.at(i);
        if (!m_requestIndex.contains(r.id))
            m_requestIndex.insert(r.id, i);
        if (!r.reference.isEmpty() && !m_requestByReference.contains(r.reference))
            m_requestByReference.insert(r.reference, i);
    }
    indexRequests();

    // Histories grouped by worker: engagements and invitations by time, consents by the day they were given.
    EpochClock clock;
    Scratch scratch;
    scratch.clock = &clock;
    m_engagements = std::move(data.engagements);
    const std::vector<quint32> engagementBegins = groupByWorker(
        m_engagements, m_workerIndex, workerCount, [&clock](const Engagement &e) { return clock.msecs(e.starts); });
    m_consents = std::move(data.consents);
    const std::vector<quint32> consentBegins
        = groupByWorker(m_consents, m_workerIndex, workerCount,
                        [](const Consent &c) { return qint64(dayOf(c.givenOn, Index::kNever)); });
    m_invitations = std::move(data.invitations);
    const std::vector<quint32> invitationBegins = groupByWorker(
        m_invitations, m_workerIndex, workerCount, [&clock](const Invitation &i) { return clock.msecs(i.sentAt); });

    m_consentRanges = ranges(consentBegins);
    m_engagementRanges = ranges(engagementBegins);
    m_invitationRanges = ranges(invitationBegins);
    ix.workerCount = workerCount;
    ix.blockLine.resize(n);
    ix.arena.reserve(n * 6);
    for (int i = 0; i < workerCount; ++i)
        layWorker(i, scratch);
}

void MatchingSnapshot::layWorker(int wi, Scratch &s)
{
    Index &ix = m_index;
    const Worker &w = m_workers.at(wi);
    const auto i = static_cast<std::size_t>(wi);
    Index::WorkerFacts f;
    f.birthDay = dayOf(w.dateOfBirth, Index::kNoDay);
    if (w.dateOfBirth.isValid()) {
        // The first day Worker::ageOn() gives 18.
        const QDate &b = w.dateOfBirth;
        QDate adult(b.year() + 18, b.month(), b.day());
        if (!adult.isValid())
            adult = QDate(b.year() + 18, 3, 1);
        f.adultDay = dayOf(adult, Index::kNoDay);
    }
    f.lastSupportDay = qMax(dayOf(w.lastSupervision, Index::kNoDay), dayOf(w.lastDebrief, Index::kNoDay));
    f.ceilingCents = w.annualEarningsCeilingCents ? qMax<qint64>(0, *w.annualEarningsCeilingCents) : -1;
    f.organisation = ix.organisationIds.value(w.organisationId, -1);
    f.weeklyMask = w.weekly.mask();
    f.maxPerMonth = static_cast<qint16>(qBound(0, w.maxEngagementsPerMonth, 32767));
    f.minDaysBetween = static_cast<qint16>(qBound(0, w.minDaysBetweenEngagements, 32767));
    f.noticeDays = static_cast<qint16>(qBound(0, w.noticeDays, 32767));
    f.status = static_cast<quint8>(w.status);

    s.experiences.clear();
    for (const auto &e : w.experiences) {
        const int t = m_topics.indexOf(e.topicId);
        if (t < 0 || t > 0xFFFF)
            continue;
        s.experiences.push_back({ static_cast<quint16>(t), static_cast<quint8>(e.perspective) });
    }

    s.tags.clear();
    for (const auto &l : w.languages) {
        if (!l.trimmed().isEmpty())
            s.tags.push_back(Index::kLanguageTag + intern(ix.languageIds, Index::languageKey(l)));
    }
    if (!w.homeRegion.trimmed().isEmpty())
        s.tags.push_back(Index::kRegionTag + intern(ix.regionIds, Index::regionKey(w.homeRegion)));
    for (const auto &r : w.regionsCovered) {
        if (!r.trimmed().isEmpty())
            s.tags.push_back(Index::kRegionTag + intern(ix.regionIds, Index::regionKey(r)));
    }
    for (const auto &st : w.serviceTypes)
        s.tags.push_back(Index::kServiceTypeTag + intern(ix.serviceTypeIds, st));

    s.periods.clear();
    for (const auto &p : w.unavailable) {
        if (p.starts.isValid() && p.ends.isValid())
            s.periods.push_back({ dayOf(p.starts, 0), dayOf(p.ends, 0), static_cast<qint32>(p.kind) });
    }

    s.consents.clear();
    for (quint32 k = m_consentRanges[i].begin; k < m_consentRanges[i].end; ++k) {
        const Consent &c = m_consents.at(static_cast<int>(k));
        s.consents.push_back({ dayOf(c.givenOn, Index::kNever), dayOf(c.expiresOn, Index::kNever),
                               dayOf(c.withdrawnOn, Index::kNever), qBound(0, static_cast<int>(c.scope), 4) });
    }

    s.engagements.clear();
    s.engagedIn.clear();
    for (quint32 k = m_engagementRanges[i].begin; k < m_engagementRanges[i].end; ++k) {
        const Engagement &e = m_engagements.at(static_cast<int>(k));
        const qint32 debrief = e.debriefOn.isValid()
            ? dayOf(e.debriefOn, Index::kNoDay)
            : (e.debriefDone && e.starts.isValid() ? dayOf(e.starts.date(), Index::kNoDay) : Index::kNoDay);
        f.lastSupportDay = qMax(f.lastSupportDay, debrief);
        if (e.attendance == Attendance::Cancelled)
            continue;
        s.engagedIn.insert(e.requestId);
        Index::EngagementFacts x;
        x.requestId = e.requestId;
        if (e.starts.isValid()) {
            x.startMinute = Index::minuteOf(s.clock->msecs(e.starts));
            x.day = dayOf(e.starts.date(), Index::kNoDay);
        }
        if (e.ends.isValid())
            x.endMinute = Index::minuteOf(s.clock->msecs(e.ends));
        x.request = m_requestIndex.value(e.requestId, -1);
        x.feeCents = (e.feeDeclined || e.payment == PaymentState::Declined)
            ? 0
            : static_cast<qint32>(qBound(qint64(0), e.feeCents, qint64(std::numeric_limits<qint32>::max())));
        x.source = static_cast<qint32>(k);
        s.engagements.push_back(x);
    }

    s.invitations.clear();
    for (quint32 k = m_invitationRanges[i].begin; k < m_invitationRanges[i].end; ++k) {
        const Invitation &inv = m_invitations.at(static_cast<int>(k));
        const qint32 sent = inv.sentAt.isValid() ? dayOf(inv.sentAt.date(), Index::kNoDay) : Index::kNoDay;
        const bool without = sent != Index::kNoDay && inv.response != InvitationResponse::Withdrawn
            && !s.engagedIn.contains(inv.requestId);
        s.invitations.push_back({ inv.requestId, sent, static_cast<quint8>(inv.response), without });
    }

    // Lay the block out: each list after the previous one, at its own alignment.
    quint32 offset = sizeof(Index::WorkerFacts);
    const auto place = [&offset](const auto &list) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        offset = Index::alignUp(offset, alignof(T)) + static_cast<quint32>(list.size() * sizeof(T));
        return offset;
    };
    f.experiencesEnd = place(s.experiences);
    f.tagsEnd = place(s.tags);
    f.periodsEnd = place(s.periods);
    f.consentsEnd = place(s.consents);
    f.engagementsEnd = place(s.engagements);
    f.invitationsEnd = place(s.invitations);

    const std::size_t line = ix.arena.size();
    ix.blockLine[i] = static_cast<quint32>(line);
    ix.arena.resize(line + f.blockSize() / sizeof(Index::Line));
    std::byte *block = ix.arena[line].bytes;
    new (block) Index::WorkerFacts(f);
    const auto write = [block](const auto &list, quint32 end) {
        using T = typename std::decay_t<decltype(list)>::value_type;
        std::byte *at = block + end - list.size() * sizeof(T);
        for (const T &item : list) {
            new (at) T(item);
            at += sizeof(T);
        }
    };
    write(s.experiences, f.experiencesEnd);
    write(s.tags, f.tagsEnd);
    write(s.periods, f.periodsEnd);
    write(s.consents, f.consentsEnd);
    write(s.engagements, f.engagementsEnd);
    write(s.invitations, f.invitationsEnd);
}

const Worker *MatchingSnapshot::worker(qint64 workerId) const
{
    const int i = workerIndex(workerId);
    return i < 0 ? nullptr : &m_workers.at(i);
}

QVector<Consent> MatchingSnapshot::consentsOf(qint64 workerId) const
{
    const int w = workerIndex(workerId);
    if (w < 0)
        return {};
    const Range r = m_consentRanges[static_cast<std::size_t>(w)];
    return m_consents.mid(static_cast<int>(r.begin), static_cast<int>(r.end - r.begin));
}

QVector<Engagement> MatchingSnapshot::engagementsOf(qint64 workerId) const
{
    const int w = workerIndex(workerId);
    if (w < 0)
        return {};
    const Range r = m_engagementRanges[static_cast<std::size_t>(w)];
    return m_engagements.mid(static_cast<int>(r.begin), static_cast<int>(r.end - r.begin));
}

QVector<Invitation> MatchingSnapshot::invitationsOf(qint64 workerId) const
{
    const int w = workerIndex(workerId);
    if (w < 0)
        return {};
    const Range r = m_invitationRanges[static_cast<std::size_t>(w)];
    return m_invitations.mid(static_cast<int>(r.begin), static_cast<int>(r.end - r.begin));
}

bool MatchingSnapshot::applyRequests(const QVector<Request> &requests)
{
    const qint64 last = m_requests.isEmpty() ? 0 : m_requests.constLast().id;
    QVector<Request> added;
    for (const Request &r : requests) {
        if (!m_requestIndex.contains(r.id) && r.id <= last)
            return false;
    }
    bool topicsChanged = false;
    for (const Request &r : requests) {
        if (const int i = m_requestIndex.value(r.id, -1); i >= 0) {
            topicsChanged = topicsChanged || m_requests.at(i).topics != r.topics;
            if (m_requests.at(i).reference != r.reference) {
                m_requestByReference.remove(m_requests.at(i).reference);
                if (!r.reference.isEmpty() && !m_requestByReference.contains(r.reference))
                    m_requestByReference.insert(r.reference, i);
            }
            m_requests[i] = r;
        } else {
            added.append(r);
        }
    }
    std::sort(added.begin(), added.end(), [](const Request &a, const Request &b) { return a.id < b.id; });
    for (const Request &r : std::as_const(added)) {
        if (m_requestIndex.contains(r.id))
            continue;
        const int i = m_requests.size();
        m_requests.append(r);
        m_requestIndex.insert(r.id, i);
        if (!r.reference.isEmpty() && !m_requestByReference.contains(r.reference))
            m_requestByReference.insert(r.reference, i);
        if (!topicsChanged) { // the new ones' topics after the others'
            Index &ix = m_index;
            for (const auto &t : r.topics) {
                const int topic = m_topics.indexOf(t.topicId);
                if (topic >= 0)
                    ix.requestTopics.push_back(topic);
            }
            ix.requestTopicOffsets.push_back(offset(ix.requestTopics.size()));
        }
    }
    if (topicsChanged)
        indexRequests();
    return true;
}

bool MatchingSnapshot::applyWorkers(MatchingData part)
{
    const qint64 last = m_workers.isEmpty() ? 0 : m_workers.constLast().id;
    const auto byId = [](const auto &a, const auto &b) { return a.id < b.id; };
    std::stable_sort(part.workers.begin(), part.workers.end(), byId);
    for (const Worker &w : std::as_const(part.workers)) {
        if (!m_workerIndex.contains(w.id) && w.id <= last)
            return false;
    }
    // The part's rows grouped by its own workers, as the constructor groups them.
    QHash<qint64, int> local;
    for (int i = 0; i < part.workers.size(); ++i)
        local.insert(part.workers.at(i).id, i);
    EpochClock clock;
    const int count = part.workers.size();
    const std::vector<quint32> engagementBegins = groupByWorker(
        part.engagements, local, count, [&clock](const Engagement &e) { return clock.msecs(e.starts); });
    const std::vector<quint32> consentBegins = groupByWorker(
        part.consents, local, count, [](const Consent &c) { return qint64(dayOf(c.givenOn, Index::kNever)); });
    const std::vector<quint32> invitationBegins = groupByWorker(
        part.invitations, local, count, [&clock](const Invitation &i) { return clock.msecs(i.sentAt); });

    Scratch scratch;
    scratch.clock = &clock;
    for (int p = 0; p < count; ++p) {
        Worker &w = part.workers[p];
        int i = m_workerIndex.value(w.id, -1);
        if (i < 0) {
            i = m_workers.size();
            m_workerIndex.insert(w.id, i);
            m_workers.append(std::move(w));
            m_consentRanges.push_back({});
            m_engagementRanges.push_back({});
            m_invitationRanges.push_back({});
            m_index.blockLine.push_back(0);
            m_index.workerCount = m_workers.size();
        } else {
            const Range c = m_consentRanges[static_cast<std::size_t>(i)];
            const Range e = m_engagementRanges[static_cast<std::size_t>(i)];
            const Range v = m_invitationRanges[static_cast<std::size_t>(i)];
            m_wastedRows += (c.end - c.begin) + (e.end - e.begin) + (v.end - v.begin);
            m_wastedLines += m_index.worker(i).blockSize() / sizeof(Index::Line);
            m_index.inOrder = false;
            m_workers[i] = std::move(w);
        }
        const auto take = [p](auto &into, auto &from, const std::vector<quint32> &begins) {
            const auto b = static_cast<quint32>(into.size());
            for (quint32 k = begins[static_cast<std::size_t>(p)]; k < begins[static_cast<std::size_t>(p) + 1]; ++k)
                into.append(std::move(from[static_cast<int>(k)]));
            return Range { b, static_cast<quint32>(into.size()) };
        };
        const auto at = static_cast<std::size_t>(i);
        m_consentRanges[at] = take(m_consents, part.consents, consentBegins);
        m_engagementRanges[at] = take(m_engagements, part.engagements, engagementBegins);
        m_invitationRanges[at] = take(m_invitations, part.invitations, invitationBegins);
        layWorker(i, scratch);
    }
    return true;
}

QSet<qint64> MatchingSnapshot::workersConcerned(const QSet<qint64> &consentIds, const QSet<qint64> &invitationIds,
                                                const QSet<qint64> &engagementIds, const QSet<qint64> &requestIds) const
{
    QSet<qint64> workers;
    const auto scan = [this, &workers](const auto &rows, const std::vector<Range> &ranges, const QSet<qint64> &ids,
                                       const QSet<qint64> &requests) {
        if (ids.isEmpty() && requests.isEmpty())
            return;
        for (std::size_t w = 0; w < ranges.size(); ++w) {
            for (quint32 k = ranges[w].begin; k < ranges[w].end; ++k) {
                const auto &row = rows.at(static_cast<int>(k));
                bool named = ids.contains(row.id);
                if constexpr (!std::is_same_v<std::decay_t<decltype(row)>, Consent>)
                    named = named || requests.contains(row.requestId);
                if (named) {
                    workers.insert(m_workers.at(static_cast<int>(w)).id);
                    break;
                }
            }
        }
    };
    scan(m_consents, m_consentRanges, consentIds, {});
    scan(m_invitations, m_invitationRanges, invitationIds, requestIds);
    scan(m_engagements, m_engagementRanges, engagementIds, requestIds);
    return workers;
}

void MatchingSnapshot::renameWorkers(const QHash<qint64, QString> &names)
{
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (const int i = workerIndex(it.key()); i >= 0)
            m_workers[i].displayName = it.value();
    }
}

double MatchingSnapshot::wastedShare() const
{
    const std::size_t rows = std::size_t(m_consents.size() + m_engagements.size() + m_invitations.size());
    const double r = rows ? double(m_wastedRows) / double(rows) : 0.0;
    const double l = m_index.arena.empty() ? 0.0 : double(m_wastedLines) / double(m_index.arena.size());
    return qMax(r, l);
}

const Request *MatchingSnapshot::request(qint64 requestId) const
{
    const int i = requestIndex(requestId);
    return i < 0 ? nullptr : &m_requests.at(i);
}

const Request *MatchingSnapshot::requestByReference(const QString &reference) const
{
    const int i = m_requestByReference.value(reference, -1);
    return i < 0 ? nullptr : &m_requests.at(i);
}

const ServiceType *MatchingSnapshot::serviceType(const QString &code) const
{
    const int i = m_index.serviceTypeIds.value(code, -1);
    return (i < 0 || i >= m_serviceTypes.size()) ? nullptr : &m_serviceTypes.at(i);
}

const Organisation *MatchingSnapshot::organisation(qint64 organisationId) const
{
    const int i = m_index.organisationIds.value(organisationId, -1);
    return i < 0 ? nullptr : &m_organisations.at(i);
}

} // namespace Kohtaamo
