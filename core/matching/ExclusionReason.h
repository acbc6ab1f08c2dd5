#pragma once

#include "domain/EnumCodes.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

namespace Kohtaamo {

// Why a worker is never a candidate for a request (the hard rules of the matching). The numeric values are bit
// positions in the engine and may change; store and exchange the text codes.
enum class ExclusionReason {
    NotActive, // status is on break or left
    Unavailable, // the request date lies in an unavailable period
    RecoveryBreak, // ... or in a recovery break
    NoContactConsent, // no valid consent to be contacted on the request date (missing, expired, withdrawn)
    NoPublicAppearanceConsent, // the service type puts the worker in public and there is no consent for it
    NoRecordingConsent, // the request is recorded and there is no photo/recording consent
    MinorWithoutGuardianConsent, // under 18 on the request date without a valid guardian consent
    MinorUnsupervised, // under 18 and no adult of the organisation is present
    MinorServiceTypeClosed, // under 18 and the service type is not open to minors
    MonthlyLimitReached, // the worker's monthly maximum of engagements is reached
    TooSoonAfterEngagement, // another engagement is closer than the worker's minimum days between engagements
    NoticeTooShort, // the request gives less notice than the worker needs
    DoubleBooked, // engaged in something else at an overlapping time (or the same day, without times)
    AlreadyInvited, // already invited to this request
    AlreadyDeclined, // already declined this request
    AlreadyEngaged, // already engaged in this request
    LanguageNotSpoken, // does not speak the request's language
    RegionNotCovered, // in-person work in a region the worker does not cover
    OrganisationOutOfScope, // the request is limited to other organisations
};

inline constexpr int kExclusionReasonCount = 19;

inline constexpr EnumCodeTable<ExclusionReason, kExclusionReasonCount> kExclusionReasonCodes { {
    { ExclusionReason::NotActive, "not_active" },
    { ExclusionReason::Unavailable, "unavailable" },
    { ExclusionReason::RecoveryBreak, "recovery_break" },
    { ExclusionReason::NoContactConsent, "no_contact_consent" },
    { ExclusionReason::NoPublicAppearanceConsent, "no_public_appearance_consent" },
    { ExclusionReason::NoRecordingConsent, "no_recording_consent" },
    { ExclusionReason::MinorWithoutGuardianConsent, "minor_without_guardian_consent" },
    { ExclusionReason::MinorUnsupervised, "minor_unsupervised" },
    { ExclusionReason::MinorServiceTypeClosed, "minor_service_type_closed" },
    { ExclusionReason::MonthlyLimitReached, "monthly_limit_reached" },
    { ExclusionReason::TooSoonAfterEngagement, "too_soon_after_engagement" },
    { ExclusionReason::NoticeTooShort, "notice_too_short" },
    { ExclusionReason::DoubleBooked, "double_booked" },
    { ExclusionReason::AlreadyInvited, "already_invited" },
    { ExclusionReason::AlreadyDeclined, "already_declined" },
    { ExclusionReason::AlreadyEngaged, "already_engaged" },
    { ExclusionReason::LanguageNotSpoken, "language_not_spoken" },
    { ExclusionReason::RegionNotCovered, "region_not_covered" },
    { ExclusionReason::OrganisationOutOfScope, "organisation_out_of_scope" },
} };

inline QString toCode(ExclusionReason r)
{
    return enumToCode(kExclusionReasonCodes, r);
}
inline std::optional<ExclusionReason> exclusionReasonFromCode(const QString &code)
{
    return enumFromCode(kExclusionReasonCodes, code);
}

// One reason a worker is excluded, with a sentence naming the particulars ("Consent to be contacted expired on
// 2026-05-31").
struct Exclusion
{
    ExclusionReason reason = ExclusionReason::NotActive;
    QString text; // translated

    // A short translated title of a reason, for filters and summaries ("No consent to be contacted").
    static QString title(ExclusionReason reason);
};

} // namespace Kohtaamo
