#pragma once

#include "MatchingSnapshot.h"
#include "RankingWeights.h"

#include <QDate>
#include <QDateTime>
#include <QSet>
#include <QVector>

#include <vector>

namespace Kohtaamo {

// Part of RankingEngine: everything about one request that the per-worker checks need, computed once per ranking so
// that a worker costs a few array lookups: the topic -> match level table over the whole taxonomy and the points per
// level, interned tags, the request's times (day, month, year and time slot of each), and the weights as whole
// points.
struct RankingContext
{
    static constexpr int kLevels = 5; // MatchLevel values

    // One time the date-dependent rules and score parts are checked for.
    struct Time
    {
        int option = -1; // index into Request::dateOptions; -1 = no proposed time (the deadline, or today)
        QDateTime starts; // of the option
        QDate dateValue;
        qint32 date = 0;
        qint32 monthFirst = 0, monthLast = 0, yearFirst = 0, yearLast = 0;
        bool hasSlot = false;
        bool slotTimed = false;
        qint32 slotDay = SnapshotIndex::kNoDay;
        qint32 slotStart = SnapshotIndex::kNoMinute, slotEnd = SnapshotIndex::kNoMinute; // minutes since the epoch
        int availabilityBit = -1; // WeeklyAvailability bit of the option's day and part of the day
    };

    RankingContext(const MatchingSnapshot &snapshot, const RankingWeights &weights, const Request &request,
                   const QDate &today, QString language);

    // The proposed times the rules are checked for, as indexes into Request::dateOptions: the chosen one, else every
    // proposed one, earliest first (list order among equal times). Options without a start are left out.
    static std::vector<int> optionsToCheck(const Request &request);
    // Their days; without any, the request date (Request::workDate(), else today).
    static QVector<QDate> daysToCheck(const Request &request, const QDate &today);

    int pointsFor(int q, int lvl, int pm) const
    {
        return points[static_cast<std::size_t>((q * kLevels + lvl) * 2 + pm)];
    }
    QString topicName(int t) const;
    QString requestTopicName(int q) const { return topicName(requestTopics[static_cast<std::size_t>(q)]); }

    const MatchingSnapshot &snap;
    const SnapshotIndex &ix;
    const TopicTree &tree;
    const Request &request;
    QString language;

    qint32 today = 0;
    QDate dateValue; // the request date (Request::workDate(), else today): Ranking::requestDate
    bool hasDate = false;
    // Never empty: the chosen time; else every proposed time, earliest first; else one without a slot on the
    // request date. A worker is eligible when the rules of at least one of them hold.
    std::vector<Time> times;
    bool severalTimes = false; // several proposed times and none chosen
    bool proposed = false; // the times are proposed options (the weekly preferences are compared with them)

    qint64 requestId = 0;
    qint32 languageTag = -1; // -1 = no language asked for; -2 = one nobody speaks
    qint32 regionTag = -1; // -1 = remote or no region; -2 = a region nobody covers
    qint32 serviceTypeTag = -1; // -1 = none, or one nobody does
    const ServiceType *serviceType = nullptr;
    bool needsPublic = false;
    bool openToMinors = false;
    bool orgScoped = false;
    std::vector<quint8> orgAllowed;
    QSet<qint64> scopeIds;

    int topicCount = 0;
    int R = 0; // requested topics
    std::vector<int> requestTopics;
    std::vector<quint8> level; // [topic * R + requested] -> MatchLevel
    std::vector<quint8> related; // [topic] -> meets any requested topic
    std::vector<quint8> heavyRelated; // [topic] -> heavy and the same as, above or below a requested topic
    std::vector<qint32> requestHeavyTopic; // [dense request] -> one of its topics that is heavyRelated, or -1
    int wanted = -1; // Perspective, -1 = any
    std::vector<int> points; // [(requested * kLevels + level) * 2 + perspective matches]

    int willingPoints = 0;
    double fitPoints = 0;
    int unstatedPoints = 0;
    int rotationDays = 0, perEngagement = 0, perInvitation = 0, maxRotationPenalty = 0;
    int heavyDays = 0, heavyPenalty = 0;
    qint32 supportSince = 0;
    double nearPercent = 0;
    int nearPenalty = 0, overPenalty = 0;
    qint64 feeCents = 0;
};

} // namespace Kohtaamo
