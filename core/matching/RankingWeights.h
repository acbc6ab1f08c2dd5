#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QString>

#include <array>
#include <optional>

namespace Kohtaamo {

// The tunable numbers of the ranking: points per score part and the windows and limits they use. Typed keys with a
// defaults table (as KeePassXC's Config); stored in the ranking_weights table by RankingWeightsRepository, whose seed
// (002_ranking_weights.sql) holds the same defaults.
class RankingWeights
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::RankingWeights)
public:
    enum class Key {
        ExperienceExact, // points for the requested topic itself
        ExperienceNarrower, // ... for a topic below it
        ExperienceBroader, // ... for a topic above it
        ExperienceSibling, // ... for a topic next to it
        ExperiencePerspective, // extra points when the experience is from the wanted perspective
        ExperienceSecondaryPercent, // a secondary topic counts this share of a primary one
        WillingnessListed, // the worker does this service type
        AvailabilityFit, // the request's time fits the weekly preferences (all options)
        AvailabilityUnstated, // no weekly preferences stated
        RotationWindowDays, // recent = within this many days
        RotationPerEngagement, // minus points per recent or planned engagement
        RotationPerInvitation, // minus points per recent invitation that led to no engagement
        RotationMaxPenalty, // the rotation part never goes below minus this
        WellbeingHeavyDays, // a heavy-topic engagement this close to the request date weighs
        WellbeingHeavyPenalty, // minus points for it
        WellbeingSupportDays, // supervision or a debrief is expected within this many days
        FeeNearPercent, // the year's fees with this request at or above this share of the ceiling are near
        FeeNearPenalty, // minus points for paid work near the ceiling
        FeeOverPenalty, // minus points when the fee would cross the ceiling
    };
    static constexpr int kKeyCount = 19;

    RankingWeights(); // the defaults, version 0 (never stored)
    static RankingWeights defaults() { return RankingWeights(); }

    double value(Key key) const { return m_values[static_cast<std::size_t>(key)]; }
    void setValue(Key key, double value) { m_values[static_cast<std::size_t>(key)] = value; }
    // Whole points as the engine uses them (rounded half away from zero).
    int points(Key key) const;

    // The version of the stored set these values were read at (0 = not read from a database).
    int version() const { return m_version; }
    void setVersion(int version) { m_version = version; }

    static QString keyName(Key key); // the stable key in the database, e.g. "experience.exact"
    static std::optional<Key> keyFromName(const QString &name);
    static double defaultValue(Key key);
    static double minimum(Key key);
    static double maximum(Key key);
    static QString label(Key key); // translated, for the settings page

    // InvalidInput naming the first value outside its range.
    Status validate() const;

    bool sameValues(const RankingWeights &other) const { return m_values == other.m_values; }

private:
    std::array<double, kKeyCount> m_values {};
    int m_version = 0;
};

} // namespace Kohtaamo
