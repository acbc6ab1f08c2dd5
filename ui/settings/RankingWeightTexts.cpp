#include "RankingWeightTexts.h"

#include "matching/ScorePart.h"

namespace Kohtaamo {

using Key = RankingWeights::Key;

QString RankingWeightTexts::explanation(Key key)
{
    switch (key) {
    case Key::ExperienceExact:
        return tr("Points when the worker's lived experience is of the requested topic itself.");
    case Key::ExperienceNarrower:
        return tr("Points when the experience is of a topic under the requested one (emergency placement for "
                  "placement).");
    case Key::ExperienceBroader:
        return tr("Points when the experience is of a topic above the requested one (placement for emergency "
                  "placement).");
    case Key::ExperienceSibling:
        return tr("Points when the experience is of a topic beside the requested one, under the same parent.");
    case Key::ExperiencePerspective:
        return tr("Added to the topic's points when the experience was lived from the perspective the request "
                  "asks for.");
    case Key::ExperienceSecondaryPercent:
        return tr("A secondary topic of a request earns this share of what a primary topic earns.");
    case Key::WillingnessListed:
        return tr("Points when the worker has said yes to the request's kind of work.");
    case Key::AvailabilityFit:
        return tr("Points when the request's time fits the worker's weekly preferences; shared out when only some "
                  "of the proposed times fit.");
    case Key::AvailabilityUnstated:
        return tr("Points for a worker who has not stated weekly preferences.");
    case Key::RotationWindowDays:
        return tr("Engagements this many days before or after today count as recent.");
    case Key::RotationPerEngagement:
        return tr("Taken off for each recent or planned engagement, so that the work is spread fairly.");
    case Key::RotationPerInvitation:
        return tr("Taken off for each recent invitation that led to no engagement.");
    case Key::RotationMaxPenalty:
        return tr("Fair rotation never takes off more than this.");
    case Key::WellbeingHeavyDays:
        return tr("An engagement on an emotionally heavy topic this many days from the request's date weighs on "
                  "the worker.");
    case Key::WellbeingHeavyPenalty:
        return tr("Taken off when the worker had such a heavy engagement that close.");
    case Key::WellbeingSupportDays:
        return tr("Without supervision or a debrief in this many days the candidate gets a note (no points).");
    case Key::FeeNearPercent:
        return tr("The year's fees with this request at or above this share of the worker's earnings ceiling "
                  "count as near it.");
    case Key::FeeNearPenalty:
        return tr("Taken off for paid work that brings the worker near the earnings ceiling.");
    case Key::FeeOverPenalty:
        return tr("Taken off when the fee would take the worker over the earnings ceiling.");
    }
    return {};
}

RankingWeightTexts::Unit RankingWeightTexts::unit(Key key)
{
    switch (key) {
    case Key::RotationWindowDays:
    case Key::WellbeingHeavyDays:
    case Key::WellbeingSupportDays:
        return Unit::Days;
    case Key::ExperienceSecondaryPercent:
    case Key::FeeNearPercent:
        return Unit::Percent;
    default:
        return Unit::Points;
    }
}

QString RankingWeightTexts::suffix(Unit unit)
{
    switch (unit) {
    case Unit::Points:
        return tr(" points");
    case Unit::Days:
        return tr(" days");
    case Unit::Percent:
        return tr(" %");
    }
    return {};
}

QString RankingWeightTexts::group(Key key)
{
    switch (key) {
    case Key::ExperienceExact:
    case Key::ExperienceNarrower:
    case Key::ExperienceBroader:
    case Key::ExperienceSibling:
    case Key::ExperiencePerspective:
    case Key::ExperienceSecondaryPercent:
        return ScorePart::title(ScorePartKind::Experience);
    case Key::WillingnessListed:
        return ScorePart::title(ScorePartKind::Willingness);
    case Key::AvailabilityFit:
    case Key::AvailabilityUnstated:
        return ScorePart::title(ScorePartKind::Availability);
    case Key::RotationWindowDays:
    case Key::RotationPerEngagement:
    case Key::RotationPerInvitation:
    case Key::RotationMaxPenalty:
        return ScorePart::title(ScorePartKind::Rotation);
    case Key::WellbeingHeavyDays:
    case Key::WellbeingHeavyPenalty:
    case Key::WellbeingSupportDays:
        return ScorePart::title(ScorePartKind::Wellbeing);
    case Key::FeeNearPercent:
    case Key::FeeNearPenalty:
    case Key::FeeOverPenalty:
        return ScorePart::title(ScorePartKind::FeeCeiling);
    }
    return {};
}

} // namespace Kohtaamo
