#include "RankingContext.h"

#include <QCoreApplication>

#include <algorithm>
#include <array>

namespace Kohtaamo {

namespace {
using Index = SnapshotIndex;
using Key = RankingWeights::Key;
} // namespace

std::vector<int> RankingContext::optionsToCheck(const Request &r)
{
    std::vector<int> options;
    for (int i = 0; i < r.dateOptions.size(); ++i) {
        const DateOption &o = r.dateOptions.at(i);
        if (!o.starts.isValid())
            continue;
        if (o.chosen)
            return { i };
        options.push_back(i);
    }
    std::stable_sort(options.begin(), options.end(),
                     [&r](int a, int b) { return r.dateOptions.at(a).starts < r.dateOptions.at(b).starts; });
    return options;
}

QVector<QDate> RankingContext::daysToCheck(const Request &r, const QDate &today)
{
    QVector<QDate> days;
    for (int i : optionsToCheck(r))
        days.append(r.dateOptions.at(i).starts.date());
    if (days.isEmpty())
        days.append(r.workDate().isValid() ? r.workDate() : today);
    return days;
}

RankingContext::RankingContext(const MatchingSnapshot &s, const RankingWeights &w, const Request &r,
                               const QDate &todayDate, QString lang)
    : snap(s), ix(s.index()), tree(s.topics()), request(r), language(std::move(lang))
{
    today = static_cast<qint32>(todayDate.toJulianDay());
    const QDate work = r.workDate();
    hasDate = work.isValid();
    dateValue = hasDate ? work : todayDate;

    // The times: the chosen option, else every proposed one (a worker who can do any of them will do), else the
    // request date without a slot.
    const auto dated = [](Time &t, const QDate &day) {
        t.dateValue = day;
        t.date = static_cast<qint32>(day.toJulianDay());
        const QDate monthStart(day.year(), day.month(), 1);
        t.monthFirst = static_cast<qint32>(monthStart.toJulianDay());
        t.monthLast = t.monthFirst + day.daysInMonth() - 1;
        t.yearFirst = static_cast<qint32>(QDate(day.year(), 1, 1).toJulianDay());
        t.yearLast = static_cast<qint32>(QDate(day.year(), 12, 31).toJulianDay());
    };
    for (int i : optionsToCheck(r)) {
        const DateOption &o = r.dateOptions.at(i);
        Time t;
        t.option = i;
        t.starts = o.starts;
        dated(t, o.starts.date());
        t.hasSlot = true;
        t.slotDay = t.date;
        t.slotStart = Index::minuteOf(o.starts.toMSecsSinceEpoch());
        if (o.ends.isValid() && o.ends > o.starts)
            t.slotEnd = Index::minuteOf(o.ends.toMSecsSinceEpoch());
        else if (r.durationMinutes > 0)
            t.slotEnd = t.slotStart + r.durationMinutes;
        t.slotTimed = t.slotEnd != Index::kNoMinute && t.slotEnd > t.slotStart;
        t.availabilityBit
            = (o.starts.date().dayOfWeek() - 1) * 3 + WeeklyAvailability::partOfDay(o.starts.time().hour());
        times.push_back(t);
    }
    proposed = !times.empty();
    severalTimes = times.size() > 1;
    if (times.empty()) {
        Time t;
        dated(t, dateValue);
        times.push_back(t);
    }

    requestId = r.id;
    const QString lk = Index::languageKey(r.language);
    languageTag = lk.isEmpty() ? -1 : Index::kLanguageTag + ix.languageIds.value(lk, -1);
    if (!lk.isEmpty() && !ix.languageIds.contains(lk))
        languageTag = -2;
    const QString rk = Index::regionKey(r.region);
    if (!r.remote && !rk.isEmpty())
        regionTag = ix.regionIds.contains(rk) ? Index::kRegionTag + ix.regionIds.value(rk) : -2;
    if (ix.serviceTypeIds.contains(r.serviceType))
        serviceTypeTag = Index::kServiceTypeTag + ix.serviceTypeIds.value(r.serviceType);
    serviceType = r.serviceType.isEmpty() ? nullptr : s.serviceType(r.serviceType);
    needsPublic = serviceType && serviceType->needsPublicConsent;
    openToMinors = serviceType && serviceType->openToMinors;

    orgScoped = !r.organisationScope.isEmpty();
    if (orgScoped) {
        orgAllowed.assign(static_cast<std::size_t>(s.organisations().size()), 0);
        for (qint64 id : r.organisationScope) {
            scopeIds.insert(id);
            const int o = ix.organisationIds.value(id, -1);
            if (o >= 0)
                orgAllowed[static_cast<std::size_t>(o)] = 1;
        }
    }

    // Experience: the match level of every topic of the taxonomy against every requested topic.
    topicCount = tree.size();
    R = r.topics.size();
    requestTopics.reserve(static_cast<std::size_t>(R));
    for (const auto &t : r.topics)
        requestTopics.push_back(tree.indexOf(t.topicId));
    level.assign(static_cast<std::size_t>(topicCount) * static_cast<std::size_t>(R), 0);
    related.assign(static_cast<std::size_t>(topicCount), 0);
    heavyRelated.assign(static_cast<std::size_t>(topicCount), 0);
    for (int t = 0; t < topicCount; ++t) {
        for (int q = 0; q < R; ++q) {
            const MatchLevel l = tree.relation(requestTopics[static_cast<std::size_t>(q)], t);
            level[static_cast<std::size_t>(t * R + q)] = static_cast<quint8>(l);
            if (l != MatchLevel::None)
                related[static_cast<std::size_t>(t)] = 1;
            // A heavy topic weighs on the same topic and the ones above and below it, not on its neighbours.
            if (tree.at(t).heavy && l != MatchLevel::None && l != MatchLevel::Sibling)
                heavyRelated[static_cast<std::size_t>(t)] = 1;
        }
    }
    // Per known request: a heavy topic of it that weighs on this request (-1 = none).
    requestHeavyTopic.assign(static_cast<std::size_t>(s.requestCount()), -1);
    for (std::size_t q = 0; q + 1 < ix.requestTopicOffsets.size(); ++q) {
        for (quint32 t = ix.requestTopicOffsets[q]; t < ix.requestTopicOffsets[q + 1]; ++t) {
            if (heavyRelated[static_cast<std::size_t>(ix.requestTopics[t])]) {
                requestHeavyTopic[q] = ix.requestTopics[t];
                break;
            }
        }
    }
    wanted = r.wantedPerspective == Perspective::Any ? -1 : static_cast<int>(r.wantedPerspective);
    std::array<double, kLevels> levelWeight { 0, w.value(Key::ExperienceSibling), w.value(Key::ExperienceBroader),
                                              w.value(Key::ExperienceNarrower), w.value(Key::ExperienceExact) };
    const double perspectiveWeight = w.value(Key::ExperiencePerspective);
    const double secondary = w.value(Key::ExperienceSecondaryPercent) / 100.0;
    points.assign(static_cast<std::size_t>(R) * kLevels * 2, 0);
    for (int q = 0; q < R; ++q) {
        const double factor = r.topics.at(q).weight == TopicWeight::Secondary ? secondary : 1.0;
        for (int l = 1; l < kLevels; ++l) {
            for (int pm = 0; pm < 2; ++pm)
                points[static_cast<std::size_t>((q * kLevels + l) * 2 + pm)]
                    = qRound((levelWeight[static_cast<std::size_t>(l)] + (pm ? perspectiveWeight : 0.0)) * factor);
        }
    }

    willingPoints = w.points(Key::WillingnessListed);
    fitPoints = w.value(Key::AvailabilityFit);
    unstatedPoints = w.points(Key::AvailabilityUnstated);
    rotationDays = w.points(Key::RotationWindowDays);
    perEngagement = w.points(Key::RotationPerEngagement);
    perInvitation = w.points(Key::RotationPerInvitation);
    maxRotationPenalty = w.points(Key::RotationMaxPenalty);
    heavyDays = w.points(Key::WellbeingHeavyDays);
    heavyPenalty = w.points(Key::WellbeingHeavyPenalty);
    supportSince = today - w.points(Key::WellbeingSupportDays);
    nearPercent = w.value(Key::FeeNearPercent);
    nearPenalty = w.points(Key::FeeNearPenalty);
    overPenalty = w.points(Key::FeeOverPenalty);
    feeCents = r.feeCents ? qMax<qint64>(0, *r.feeCents) : 0;
}

QString RankingContext::topicName(int t) const
{
    return t < 0 ? QCoreApplication::translate("Kohtaamo::RankingEngine", "(unknown topic)")
                 : tree.at(t).name(language);
}

} // namespace Kohtaamo
