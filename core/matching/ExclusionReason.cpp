#include "ExclusionReason.h"

namespace Kohtaamo {

namespace {
QString tr(const char *text)
{
    // lupdate files the texts of this free tr() under the scope it is called in (Exclusion's functions): read them
    // there.
    return QCoreApplication::translate("Kohtaamo::Exclusion", text);
}
} // namespace

QString Exclusion::title(ExclusionReason reason)
{
    switch (reason) {
    case ExclusionReason::NotActive:
        return tr("Not active");
    case ExclusionReason::Unavailable:
        return tr("Unavailable on the date");
    case ExclusionReason::RecoveryBreak:
        return tr("On a recovery break");
    case ExclusionReason::NoContactConsent:
        return tr("No valid consent to be contacted");
    case ExclusionReason::NoPublicAppearanceConsent:
        return tr("No consent to appear in public");
    case ExclusionReason::NoRecordingConsent:
        return tr("No consent to photographs or recording");
    case ExclusionReason::MinorWithoutGuardianConsent:
        return tr("Under 18 without a guardian's consent");
    case ExclusionReason::MinorUnsupervised:
        return tr("Under 18 and no adult present");
    case ExclusionReason::MinorServiceTypeClosed:
        return tr("Under 18 and the work is not open to minors");
    case ExclusionReason::MonthlyLimitReached:
        return tr("Monthly maximum reached");
    case ExclusionReason::TooSoonAfterEngagement:
        return tr("Too close to another engagement");
    case ExclusionReason::NoticeTooShort:
        return tr("Too short notice");
    case ExclusionReason::DoubleBooked:
        return tr("Already engaged at that time");
    case ExclusionReason::AlreadyInvited:
        return tr("Already invited");
    case ExclusionReason::AlreadyDeclined:
        return tr("Declined this request");
    case ExclusionReason::AlreadyEngaged:
        return tr("Already engaged in this request");
    case ExclusionReason::LanguageNotSpoken:
        return tr("Does not speak the language");
    case ExclusionReason::RegionNotCovered:
        return tr("Region not covered");
    case ExclusionReason::OrganisationOutOfScope:
        return tr("Organisation outside the request's scope");
    }
    return {};
}

} // namespace Kohtaamo
