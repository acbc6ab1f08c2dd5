#pragma once

#include <QHash>
#include <QString>

#include <cstddef>
#include <limits>
#include <vector>

namespace Kohtaamo {

// The compact layout MatchingSnapshot builds for RankingEngine. Ranking reads it once per request from the first
// worker to the last, so each worker is one contiguous block in one arena: a 64-byte record of plain numbers
// followed by the worker's lists (experiences, tags, unavailable periods, consents, engagements, invitations), the
// next worker's block starting at the next cache line. Reading it is one forward stream of memory.
// Dates are Julian day numbers, times minutes since the epoch. Cancelled engagements are left out.
struct SnapshotIndex
{
    static constexpr qint32 kNoDay = std::numeric_limits<qint32>::min(); // an unknown or absent past date
    static constexpr qint32 kNever = std::numeric_limits<qint32>::max(); // an absent expiry or withdrawal
    static constexpr qint32 kNoMinute = std::numeric_limits<qint32>::min();

    // Languages, regions and service types share one short list per worker, told apart by these bases.
    static constexpr qint32 kLanguageTag = 0;
    static constexpr qint32 kRegionTag = 1 << 24;
    static constexpr qint32 kServiceTypeTag = 2 << 24;

    struct ExperienceFacts
    {
        quint16 topic = 0; // dense TopicTree index
        quint8 perspective = 0;
    };
    struct PeriodFacts
    {
        qint32 startDay = 0;
        qint32 endDay = 0;
        qint32 kind = 0; // UnavailableKind
    };
    struct ConsentFacts
    {
        qint32 givenDay = kNever; // a consent without a given date is never valid
        qint32 expiresDay = kNever;
        qint32 withdrawnDay = kNever;
        qint32 scope = 0; // ConsentScope

        bool validOn(qint32 day) const { return givenDay <= day && day <= expiresDay && day < withdrawnDay; }
    };
    struct EngagementFacts // a non-cancelled engagement
    {
        qint64 requestId = 0;
        qint32 startMinute = kNoMinute;
        qint32 endMinute = kNoMinute;
        qint32 day = kNoDay; // local date of the start
        qint32 request = -1; // dense request index, -1 = not in the snapshot
        qint32 feeCents = 0; // counted towards the year's earnings (0 when declined)
        qint32 source = 0; // index into MatchingSnapshot::engagements()
    };
    struct InvitationFacts
    {
        qint64 requestId = 0;
        qint32 sentDay = kNoDay;
        quint8 response = 0; // InvitationResponse
        bool withoutEngagement = false; // sent, not withdrawn, and no engagement came of it (fair rotation counts it)
    };

    template <typename T> struct Span
    {
        const T *first = nullptr;
        const T *last = nullptr;
        const T *begin() const { return first; }
        const T *end() const { return last; }
        std::size_t size() const { return static_cast<std::size_t>(last - first); }
        const T &operator[](std::size_t i) const { return first[i]; }
    };

    static constexpr quint32 alignUp(quint32 offset, quint32 alignment)
    {
        return (offset + alignment - 1) & ~(alignment - 1);
    }

    // A worker's record; its lists follow it in memory. The ends are byte offsets from the start of the record.
    struct alignas(64) WorkerFacts
    {
        qint64 ceilingCents = -1; // -1 = no ceiling recorded
        qint32 birthDay = kNoDay; // unknown = treated as an adult (Worker::isMinorOn)
        qint32 adultDay = kNoDay; // the 18th birthday (1 March for a 29 February birthday in a common year)
        qint32 lastSupportDay = kNoDay; // latest supervision or debrief (the worker's own or an engagement's)
        qint32 organisation = -1; // dense organisation index
        qint32 weeklyMask = 0;
        qint16 maxPerMonth = 0;
        qint16 minDaysBetween = 0;
        qint16 noticeDays = 0;
        quint8 status = 0; // WorkerStatus
        quint32 experiencesEnd = 0, tagsEnd = 0, periodsEnd = 0, consentsEnd = 0, engagementsEnd = 0,
                invitationsEnd = 0;

        Span<ExperienceFacts> experiences() const { return span<ExperienceFacts>(sizeof(WorkerFacts), experiencesEnd); }
        Span<qint32> tags() const { return span<qint32>(experiencesEnd, tagsEnd); }
        Span<PeriodFacts> periods() const { return span<PeriodFacts>(tagsEnd, periodsEnd); }
        Span<ConsentFacts> consents() const { return span<ConsentFacts>(periodsEnd, consentsEnd); }
        Span<EngagementFacts> engagements() const { return span<EngagementFacts>(consentsEnd, engagementsEnd); }
        Span<InvitationFacts> invitations() const { return span<InvitationFacts>(engagementsEnd, invitationsEnd); }
        quint32 blockSize() const { return alignUp(invitationsEnd, sizeof(WorkerFacts)); }
        const WorkerFacts *next() const
        {
            return reinterpret_cast<const WorkerFacts *>(reinterpret_cast<const std::byte *>(this) + blockSize());
        }

    private:
        template <typename T> Span<T> span(quint32 previousEnd, quint32 end) const
        {
            const auto *base = reinterpret_cast<const std::byte *>(this);
            return { reinterpret_cast<const T *>(base + alignUp(previousEnd, alignof(T))),
                     reinterpret_cast<const T *>(base + end) };
        }
    };
    struct alignas(64) Line
    {
        std::byte bytes[64];
    };

    std::vector<Line> arena; // the workers' blocks, in worker order
    std::vector<quint32> blockLine; // per worker: the line its block starts at
    bool inOrder = true; // each block follows the previous worker's (none replaced since the build)
    int workerCount = 0;

    const WorkerFacts &worker(int w) const
    {
        return *reinterpret_cast<const WorkerFacts *>(&arena[blockLine[static_cast<std::size_t>(w)]]);
    }
    const WorkerFacts *firstWorker() const { return reinterpret_cast<const WorkerFacts *>(arena.data()); }

    std::vector<quint32> requestTopicOffsets; // per dense request index, + 1
    std::vector<qint32> requestTopics; // dense topic indexes

    QHash<QString, int> languageIds; // lower-case code -> id
    QHash<QString, int> regionIds; // case-folded, trimmed name -> id
    QHash<QString, int> serviceTypeIds; // code -> id; ids below MatchingSnapshot::serviceTypes().size() are known types
    QHash<qint64, int> organisationIds; // id -> dense index

    static QString regionKey(const QString &region) { return region.trimmed().toCaseFolded(); }
    static QString languageKey(const QString &language) { return language.trimmed().toLower(); }
    static qint32 minuteOf(qint64 msecsSinceEpoch)
    {
        const qint64 m = msecsSinceEpoch >= 0 ? msecsSinceEpoch / 60000 : -((-msecsSinceEpoch + 59999) / 60000);
        constexpr qint64 lowest = qint64(std::numeric_limits<qint32>::min()) + 1;
        constexpr qint64 highest = std::numeric_limits<qint32>::max();
        return static_cast<qint32>(m < lowest ? lowest : m > highest ? highest : m);
    }
};

static_assert(sizeof(SnapshotIndex::WorkerFacts) == 64, "one cache line per worker record");
static_assert(sizeof(SnapshotIndex::Line) == 64, "arena lines are cache lines");

} // namespace Kohtaamo
