#pragma once

#include "EnumCodes.h"

#include <QDate>
#include <QString>

namespace Kohtaamo {

enum class ConsentScope { Contact, SensitiveBackground, PublicAppearance, PhotoRecording, Guardian };

inline constexpr EnumCodeTable<ConsentScope, 5> kConsentScopeCodes { {
    { ConsentScope::Contact, "contact" }, // may be contacted for commissions
    { ConsentScope::SensitiveBackground, "sensitive_background" }, // processing of sensitive background data
    { ConsentScope::PublicAppearance, "public_appearance" }, // appearing in public, being named
    { ConsentScope::PhotoRecording, "photo_recording" }, // photographs and recordings
    { ConsentScope::Guardian, "guardian" }, // a guardian's consent for a minor
} };
inline QString toCode(ConsentScope s)
{
    return enumToCode(kConsentScopeCodes, s);
}
inline std::optional<ConsentScope> consentScopeFromCode(const QString &c)
{
    return enumFromCode(kConsentScopeCodes, c);
}

// One consent as given. A consent is never edited after the fact: it is withdrawn, or superseded by a new one.
struct Consent
{
    qint64 id = 0;
    int version = 0;
    qint64 workerId = 0;
    ConsentScope scope = ConsentScope::Contact;
    QDate givenOn;
    QDate expiresOn; // invalid = does not expire
    QDate withdrawnOn; // invalid = not withdrawn
    qint64 recordedBy = 0; // coordinator id, 0 = unknown
    QString guardianName; // for guardian consents
    QString note;
    qint64 supersedesId = 0;

    // Valid on a date: given on or before it, not expired before it (valid on the expiry day itself), not withdrawn.
    bool isValidOn(const QDate &d) const
    {
        if (!givenOn.isValid() || d < givenOn)
            return false;
        if (expiresOn.isValid() && d > expiresOn)
            return false;
        if (withdrawnOn.isValid() && d >= withdrawnOn)
            return false;
        return true;
    }
};

} // namespace Kohtaamo
