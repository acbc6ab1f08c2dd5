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

// A worker's rows after groupByWorker().
template <typename T> Index::Span<T> rows(const QVector<T> &grouped, const std::vector<quint32> &begins, int worker)
{
    const auto w = static_cast<std::size_t>(worker);
    return { grouped.constData() + begins[w], grouped.constData() + begins[w + 1] };
}

} // namespace

// The buffers a worker's block is gathered in, reused from one worker to the next.
struct MatchingSnapshot::Scratch
{
    EpochClock clock;
    std::vector<Index::ExperienceFacts> experiences;
    std::vector<qint32> tags;
    std::vector<Index::PeriodFacts> periods;
    std::vector<Index::ConsentFacts> consents;
    std::vector<Index::EngagementFacts> engagements;
    std::vector<Index::InvitationFacts> invitations;
    QSet<qint64> engagedIn; // requests of this worker with a non-cancelled engagement
};

// One worker's rows, grouped as groupByWorker() leaves them.
struct MatchingSnapshot::History
{
    Index::Span<Consent> consents;
    Index::Span<MatchingEngagement> engagements;
    Index::Span<MatchingInvitation> invitations;
};

MatchingSnapshot::RequestRow MatchingSnapshot::requestRow(const MatchingRequest &request)
{
    RequestRow row;
    row.id = request.id;
    row.text = static_cast<quint32>(m_requestText.size());
    const QByteArray reference = request.reference.toUtf8();
    const QByteArray title = request.title.toUtf8();
    row.referenceBytes = static_cast<quint32>(reference.size());
    row.titleBytes = static_cast<quint32>(title.size());
    m_requestText.append(reference).append(title);
    return row;
}

void MatchingSnapshot::appendDenseTopics(const MatchingRequest &request, std::vector<qint32> &into) const
{
    for (const auto &t : request.topics) {
        const int topic = m_topics.indexOf(t.topicId);
        if (topic >= 0)
            into.push_back(topic);
    }
}

void MatchingSnapshot::appendRequest(const MatchingRequest &request)
{
    m_requests.push_back(requestRow(request));
    appendDenseTopics(request, m_index.requestTopics);
    m_index.requestTopicOffsets.push_back(offset(m_index.requestTopics.size()));
}

void MatchingSnapshot::setRequestTopics(const std::vector<std::pair<int, std::vector<qint32>>> &changed)
{
    Index &ix = m_index;
    QHash<int, const std::vector<qint32> *> replaced;
    for (const auto &[request, topics] : changed)
        replaced.insert(request, &topics);
    std::vector<qint32> topics;
    std::vector<quint32> offsets(1, 0);
    topics.reserve(ix.requestTopics.size());
    offsets.reserve(ix.requestTopicOffsets.size());
    for (std::size_t q = 0; q + 1 < ix.requestTopicOffsets.size(); ++q) {
        if (const auto *now = replaced.value(int(q)))
            topics.insert(topics.end(), now->cbegin(), now->cend());
        else
            topics.insert(topics.end(), ix.requestTopics.cbegin() + ix.requestTopicOffsets[q],
                          ix.requestTopics.cbegin() + ix.requestTopicOffsets[q + 1]);
        offsets.push_back(offset(topics.size()));
    }
    ix.requestTopics = std::move(topics);
    ix.requestTopicOffsets = std::move(offsets);
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
    const auto sameId = [](const auto &a, const auto &b) { return a.id == b.id; };
    if (!std::is_sorted(m_organisations.cbegin(), m_organisations.cend(), byId))
        std::stable_sort(m_organisations.begin(), m_organisations.end(), byId);
    for (int i = 0; i < m_organisations.size(); ++i)
        ix.organisationIds.insert(m_organisations.at(i).id, i);

    // Workers, in id order; a repeated id keeps its first row.
    QVector<Worker> &workers = data.workers;
    if (!std::is_sorted(workers.cbegin(), workers.cend(), byId))
        std::stable_sort(workers.begin(), workers.end(), byId);
    workers.erase(std::unique(workers.begin(), workers.end(), sameId), workers.end());
    const int workerCount = workers.size();
    const auto n = static_cast<std::size_t>(workerCount);
    m_workers.reserve(n);
    m_workerIndex.reserve(workerCount);
    for (int i = 0; i < workerCount; ++i) {
        const Worker &w = workers.at(i);
        m_workers.push_back({ w.id, w.organisationId, w.displayName });
        m_workerIndex.insert(w.id, i);
    }

    // Requests, in id order (a repeated id keeps its first row), with their topics as dense indexes.
    QVector<MatchingRequest> &requests = data.requests;
    if (!std::is_sorted(requests.cbegin(), requests.cend(), byId))
        std::stable_sort(requests.begin(), requests.end(), byId);
    requests.erase(std::unique(requests.begin(), requests.end(), sameId), requests.end());
    m_requests.reserve(static_cast<std::size_t>(requests.size()));
    ix.requestTopicOffsets.assign(1, 0);
    ix.requestTopicOffsets.reserve(static_cast<std::size_t>(requests.size()) + 1);
    for (const MatchingRequest &r : std::as_const(requests))
        appendRequest(r);
    requests = {};

    // Histories grouped by worker: engagements and invitations by time, consents by the day they were given.
    Scratch scratch;
    EpochClock &clock = scratch.clock;
    const std::vector<quint32> engagementBegins
        = groupByWorker(data.engagements, m_workerIndex, workerCount,
                        [&clock](const MatchingEngagement &e) { return clock.msecs(e.starts); });
    const std::vector<quint32> consentBegins
        = groupByWorker(data.consents, m_workerIndex, workerCount,
                        [](const Consent &c) { return qint64(dayOf(c.givenOn, Index::kNever)); });
    const std::vector<quint32> invitationBegins
        = groupByWorker(data.invitations, m_workerIndex, workerCount,
                        [&clock](const MatchingInvitation &i) { return clock.msecs(i.sentAt); });

    m_consentRanges.resize(n);
    m_engagementRanges.resize(n);
    m_invitationRanges.resize(n);
    m_consentIds.reserve(consentBegins.back());
    m_engagements.reserve(engagementBegins.back());
    m_invitations.reserve(invitationBegins.back());
    ix.workerCount = workerCount;
    ix.blockLine.resize(n);
    ix.arena.reserve(n * 6);
    for (int i = 0; i < workerCount; ++i)
        layWorker(i, workers.at(i),
                  { rows(data.consents, consentBegins, i), rows(data.engagements, engagementBegins, i),
                    rows(data.invitations, invitationBegins, i) },
                  scratch);
}

void MatchingSnapshot::layWorker(int wi, const Worker &w, const History &h, Scratch &s)
{
    Index &ix = m_index;
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
    const auto consentsBegin = offset(m_consentIds.size());
    for (const Consent &c : h.consents) {
        s.consents.push_back({ dayOf(c.givenOn, Index::kNever), dayOf(c.expiresOn, Index::kNever),
                               dayOf(c.withdrawnOn, Index::kNever), qBound(0, static_cast<int>(c.scope), 4) });
        m_consentIds.push_back(c.id);
    }
    m_consentRanges[i] = { consentsBegin, offset(m_consentIds.size()) };

    s.engagements.clear();
    s.engagedIn.clear();
    const auto engagementsBegin = offset(m_engagements.size());
    for (const MatchingEngagement &e : h.engagements) {
        const qint64 starts = s.clock.msecs(e.starts);
        const auto row = offset(m_engagements.size());
        m_engagements.push_back({ e.id, e.requestId, starts });
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
            x.startMinute = Index::minuteOf(starts);
            x.day = dayOf(e.starts.date(), Index::kNoDay);
        }
        if (e.ends.isValid())
            x.endMinute = Index::minuteOf(s.clock.msecs(e.ends));
        x.request = requestIndex(e.requestId);
        x.feeCents = (e.feeDeclined || e.payment == PaymentState::Declined)
            ? 0
            : static_cast<qint32>(qBound(qint64(0), e.feeCents, qint64(std::numeric_limits<qint32>::max())));
        x.source = static_cast<qint32>(row);
        s.engagements.push_back(x);
    }
    m_engagementRanges[i] = { engagementsBegin, offset(m_engagements.size()) };

    s.invitations.clear();
    const auto invitationsBegin = offset(m_invitations.size());
    for (const MatchingInvitation &inv : h.invitations) {
        const qint32 sent = inv.sentAt.isValid() ? dayOf(inv.sentAt.date(), Index::kNoDay) : Index::kNoDay;
        const bool without = sent != Index::kNoDay && inv.response != InvitationResponse::Withdrawn
            && !s.engagedIn.contains(inv.requestId);
        s.invitations.push_back({ inv.requestId, sent, static_cast<quint8>(inv.response), without });
        m_invitations.push_back({ inv.id, inv.requestId });
    }
    m_invitationRanges[i] = { invitationsBegin, offset(m_invitations.size()) };

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

const MatchingSnapshot::WorkerRow *MatchingSnapshot::worker(qint64 workerId) const
{
    const int i = workerIndex(workerId);
    return i < 0 ? nullptr : &m_workers[static_cast<std::size_t>(i)];
}

QVector<Consent> MatchingSnapshot::consentsOf(qint64 workerId) const
{
    const int w = workerIndex(workerId);
    if (w < 0)
        return {};
    const Range r = m_consentRanges[static_cast<std::size_t>(w)];
    const auto facts = m_index.worker(w).consents();
    Q_ASSERT(facts.size() == r.end - r.begin);
    const auto date = [](qint32 day) { return day == Index::kNever ? QDate() : QDate::fromJulianDay(day); };
    QVector<Consent> consents;
    consents.reserve(int(facts.size()));
    for (std::size_t k = 0; k < facts.size(); ++k) {
        Consent c;
        c.id = m_consentIds[r.begin + k];
        c.workerId = workerId;
        c.scope = static_cast<ConsentScope>(facts[k].scope);
        c.givenOn = date(facts[k].givenDay);
        c.expiresOn = date(facts[k].expiresDay);
        c.withdrawnOn = date(facts[k].withdrawnDay);
        consents.append(c);
    }
    return consents;
}

std::vector<MatchingSnapshot::EngagementRow> MatchingSnapshot::engagementsOf(qint64 workerId) const
{
    const int w = workerIndex(workerId);
    if (w < 0)
        return {};
    const Range r = m_engagementRanges[static_cast<std::size_t>(w)];
    return { m_engagements.cbegin() + r.begin, m_engagements.cbegin() + r.end };
}

std::vector<MatchingSnapshot::InvitationRow> MatchingSnapshot::invitationsOf(qint64 workerId) const
{
    const int w = workerIndex(workerId);
    if (w < 0)
        return {};
    const Range r = m_invitationRanges[static_cast<std::size_t>(w)];
    return { m_invitations.cbegin() + r.begin, m_invitations.cbegin() + r.end };
}

int MatchingSnapshot::requestIndex(qint64 requestId) const
{
    const auto it = std::lower_bound(m_requests.cbegin(), m_requests.cend(), requestId,
                                     [](const RequestRow &r, qint64 id) { return r.id < id; });
    return it == m_requests.cend() || it->id != requestId ? -1 : int(it - m_requests.cbegin());
}

QString MatchingSnapshot::requestReference(int request) const
{
    const RequestRow &r = m_requests[static_cast<std::size_t>(request)];
    return QString::fromUtf8(m_requestText.constData() + r.text, r.referenceBytes);
}

QString MatchingSnapshot::requestTitle(int request) const
{
    const RequestRow &r = m_requests[static_cast<std::size_t>(request)];
    return QString::fromUtf8(m_requestText.constData() + r.text + r.referenceBytes, r.titleBytes);
}

int MatchingSnapshot::requestByReference(const QString &reference) const
{
    const QByteArray wanted = reference.toUtf8();
    for (std::size_t i = 0; i < m_requests.size(); ++i) {
        const RequestRow &r = m_requests[i];
        if (QByteArrayView(m_requestText.constData() + r.text, r.referenceBytes) == wanted)
            return int(i);
    }
    return -1;
}

bool MatchingSnapshot::applyRequests(const QVector<MatchingRequest> &requests)
{
    const qint64 last = m_requests.empty() ? 0 : m_requests.back().id;
    for (const MatchingRequest &r : requests) {
        if (requestIndex(r.id) < 0 && r.id <= last)
            return false;
    }
    Index &ix = m_index;
    std::vector<std::pair<int, std::vector<qint32>>> changedTopics;
    QVector<MatchingRequest> added;
    for (const MatchingRequest &r : requests) {
        if (const int i = requestIndex(r.id); i >= 0) {
            std::vector<qint32> topics;
            appendDenseTopics(r, topics);
            const auto q = static_cast<std::size_t>(i);
            if (!std::equal(topics.cbegin(), topics.cend(), ix.requestTopics.cbegin() + ix.requestTopicOffsets[q],
                            ix.requestTopics.cbegin() + ix.requestTopicOffsets[q + 1]))
                changedTopics.emplace_back(i, std::move(topics));
            m_requests[q] = requestRow(r); // the old text stays behind, unused
        } else {
            added.append(r);
        }
    }
    std::sort(added.begin(), added.end(),
              [](const MatchingRequest &a, const MatchingRequest &b) { return a.id < b.id; });
    for (const MatchingRequest &r : std::as_const(added)) {
        if (!m_requests.empty() && m_requests.back().id == r.id)
            continue; // named twice
        appendRequest(r);
    }
    if (!changedTopics.empty())
        setRequestTopics(changedTopics);
    return true;
}

bool MatchingSnapshot::applyWorkers(MatchingData part)
{
    const qint64 last = m_workers.empty() ? 0 : m_workers.back().id;
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
    Scratch scratch;
    EpochClock &clock = scratch.clock;
    const int count = part.workers.size();
    const std::vector<quint32> engagementBegins = groupByWorker(
        part.engagements, local, count, [&clock](const MatchingEngagement &e) { return clock.msecs(e.starts); });
    const std::vector<quint32> consentBegins = groupByWorker(
        part.consents, local, count, [](const Consent &c) { return qint64(dayOf(c.givenOn, Index::kNever)); });
    const std::vector<quint32> invitationBegins = groupByWorker(
        part.invitations, local, count, [&clock](const MatchingInvitation &i) { return clock.msecs(i.sentAt); });

    for (int p = 0; p < count; ++p) {
        const Worker &w = part.workers.at(p);
        int i = m_workerIndex.value(w.id, -1);
        if (i < 0) {
            i = workerCount();
            m_workerIndex.insert(w.id, i);
            m_workers.emplace_back();
            m_consentRanges.push_back({});
            m_engagementRanges.push_back({});
            m_invitationRanges.push_back({});
            m_index.blockLine.push_back(0);
            m_index.workerCount = workerCount();
        } else {
            const Range c = m_consentRanges[static_cast<std::size_t>(i)];
            const Range e = m_engagementRanges[static_cast<std::size_t>(i)];
            const Range v = m_invitationRanges[static_cast<std::size_t>(i)];
            m_wastedRows += (c.end - c.begin) + (e.end - e.begin) + (v.end - v.begin);
            m_wastedLines += m_index.worker(i).blockSize() / sizeof(Index::Line);
            m_index.inOrder = false;
        }
        m_workers[static_cast<std::size_t>(i)] = { w.id, w.organisationId, w.displayName };
        layWorker(i, w,
                  { rows(part.consents, consentBegins, p), rows(part.engagements, engagementBegins, p),
                    rows(part.invitations, invitationBegins, p) },
                  scratch);
    }
    return true;
}

QSet<qint64> MatchingSnapshot::workersConcerned(const QSet<qint64> &consentIds, const QSet<qint64> &invitationIds,
                                                const QSet<qint64> &engagementIds, const QSet<qint64> &requestIds) const
{
    QSet<qint64> workers;
    const auto scan = [this, &workers](const std::vector<Range> &ranges, const auto &named) {
        for (std::size_t w = 0; w < ranges.size(); ++w) {
            for (quint32 k = ranges[w].begin; k < ranges[w].end; ++k) {
                if (named(k)) {
                    workers.insert(m_workers[w].id);
                    break;
                }
            }
        }
    };
    if (!consentIds.isEmpty())
        scan(m_consentRanges, [&](quint32 k) { return consentIds.contains(m_consentIds[k]); });
    if (!invitationIds.isEmpty() || !requestIds.isEmpty())
        scan(m_invitationRanges, [&](quint32 k) {
            return invitationIds.contains(m_invitations[k].id) || requestIds.contains(m_invitations[k].requestId);
        });
    if (!engagementIds.isEmpty() || !requestIds.isEmpty())
        scan(m_engagementRanges, [&](quint32 k) {
            return engagementIds.contains(m_engagements[k].id) || requestIds.contains(m_engagements[k].requestId);
        });
    return workers;
}

void MatchingSnapshot::renameWorkers(const QHash<qint64, QString> &names)
{
    for (auto it = names.cbegin(); it != names.cend(); ++it) {
        if (const int i = workerIndex(it.key()); i >= 0)
            m_workers[static_cast<std::size_t>(i)].displayName = it.value();
    }
}

double MatchingSnapshot::wastedShare() const
{
    const std::size_t rows = m_consentIds.size() + m_engagements.size() + m_invitations.size();
    const double r = rows ? double(m_wastedRows) / double(rows) : 0.0;
    const double l = m_index.arena.empty() ? 0.0 : double(m_wastedLines) / double(m_index.arena.size());
    return qMax(r, l);
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
