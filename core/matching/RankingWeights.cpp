#include "RankingWeights.h"

#include <QtMath>

namespace Kohtaamo {

namespace {

struct KeyInfo
{
    RankingWeights::Key key;
    const char *name;
    double defaultValue;
    double minimum;
    double maximum;
};

// The defaults here and in 002_ranking_weights.sql are the same; a test checks it.
constexpr std::array<KeyInfo, RankingWeights::kKeyCount> kKeys { {
    { RankingWeights::Key::ExperienceExact, "experience.exact", 40, 0, 1000 },
    { RankingWeights::Key::ExperienceNarrower, "experience.narrower", 28, 0, 1000 },
    { RankingWeights::Key::ExperienceBroader, "experience.broader", 22, 0, 1000 },
    { RankingWeights::Key::ExperienceSibling, "experience.sibling", 10, 0, 1000 },
    { RankingWeights::Key::ExperiencePerspective, "experience.perspective", 12, 0, 1000 },
    { RankingWeights::Key::ExperienceSecondaryPercent, "experience.secondary_percent", 50, 0, 100 },
    { RankingWeights::Key::WillingnessListed, "willingness.listed", 15, 0, 1000 },
    { RankingWeights::Key::AvailabilityFit, "availability.fit", 10, 0, 1000 },
    { RankingWeights::Key::AvailabilityUnstated, "availability.unstated", 5, 0, 1000 },
    { RankingWeights::Key::RotationWindowDays, "rotation.window_days", 90, 1, 3650 },
    { RankingWeights::Key::RotationPerEngagement, "rotation.per_engagement", 6, 0, 1000 },
    { RankingWeights::Key::RotationPerInvitation, "rotation.per_invitation", 2, 0, 1000 },
    { RankingWeights::Key::RotationMaxPenalty, "rotation.max_penalty", 30, 0, 10000 },
    { RankingWeights::Key::WellbeingHeavyDays, "wellbeing.heavy_days", 60, 0, 3650 },
    { RankingWeights::Key::WellbeingHeavyPenalty, "wellbeing.heavy_penalty", 20, 0, 1000 },
    { RankingWeights::Key::WellbeingSupportDays, "wellbeing.support_days", 365, 1, 3650 },
    { RankingWeights::Key::FeeNearPercent, "fee.near_percent", 80, 0, 100 },
    { RankingWeights::Key::FeeNearPenalty, "fee.near_penalty", 10, 0, 1000 },
    { RankingWeights::Key::FeeOverPenalty, "fee.over_penalty", 40, 0, 1000 },
} };

constexpr bool keysInEnumOrder()
{
    for (std::size_t i = 0; i < kKeys.size(); ++i) {
        if (static_cast<std::size_t>(kKeys[i].key) != i)
            return false;
    }
    return true;
}
static_assert(keysInEnumOrder(), "kKeys must list the keys in enum order");

const KeyInfo &info(RankingWeights::Key key)
{
    return kKeys[static_cast<std::size_t>(key)];
}

} // namespace

RankingWeights::RankingWeights()
{
    for (const auto &k : kKeys)
        m_values[static_cast<std::size_t>(k.key)] = k.defaultValue;
}

int RankingWeights::points(Key key) const
{
    return qRound(value(key));
}

QString RankingWeights::keyName(Key key)
{
    return QString::fromLatin1(info(key).name);
}

std::optional<RankingWeights::Key> RankingWeights::keyFromName(const QString &name)
{
    for (const auto &k : kKeys) {
        if (name == QLatin1String(k.name))
            return k.key;
    }
    return std::nullopt;
}

double RankingWeights::defaultValue(Key key)
{
    return info(key).defaultValue;
}

double RankingWeights::minimum(Key key)
{
    return info(key).minimum;
}

double RankingWeights::maximum(Key key)
{
    return info(key).maximum;
}

QString RankingWeights::label(Key key)
{
    switch (key) {
    case Key::ExperienceExact:
        return tr("Experience of the requested topic itself");
    case Key::ExperienceNarrower:
        return tr("Experience of a narrower topic");
    case Key::ExperienceBroader:
        return tr("Experience of a broader topic");
    case Key::ExperienceSibling:
        return tr("Experience of a neighbouring topic");
    case Key::ExperiencePerspective:
        return tr("Experience from the wanted perspective (extra)");
    case Key::ExperienceSecondaryPercent:
        return tr("Weight of a secondary topic (% of a primary one)");
    case Key::WillingnessListed:
        return tr("Has said yes to this kind of work");
    case Key::AvailabilityFit:
        return tr("Time fits the weekly preferences");
    case Key::AvailabilityUnstated:
        return tr("No weekly preferences stated");
    case Key::RotationWindowDays:
        return tr("Fair rotation: days that count as recent");
    case Key::RotationPerEngagement:
        return tr("Fair rotation: minus per recent or planned engagement");
    case Key::RotationPerInvitation:
        return tr("Fair rotation: minus per invitation without engagement");
    case Key::RotationMaxPenalty:
        return tr("Fair rotation: largest minus");
    case Key::WellbeingHeavyDays:
        return tr("Wellbeing: days a heavy topic weighs");
    case Key::WellbeingHeavyPenalty:
        return tr("Wellbeing: minus after a heavy topic");
    case Key::WellbeingSupportDays:
        return tr("Wellbeing: days within which supervision or a debrief is expected");
    case Key::FeeNearPercent:
        return tr("Fee ceiling: near from this share (%)");
    case Key::FeeNearPenalty:
        return tr("Fee ceiling: minus for paid work near it");
    case Key::FeeOverPenalty:
        return tr("Fee ceiling: minus when the fee would cross it");
    }
    return {};
}

Status RankingWeights::validate() const
{
    for (const auto &k : kKeys) {
        const double v = value(k.key);
        if (!qIsFinite(v) || v < k.minimum || v > k.maximum)
            return Error(Error::Code::InvalidInput,
                         tr("“%1” must be between %2 and %3.")
                             .arg(label(k.key), QString::number(k.minimum), QString::number(k.maximum)),
                         QString::fromLatin1(k.name));
    }
    return Status::success();
}

} // namespace Kohtaamo
