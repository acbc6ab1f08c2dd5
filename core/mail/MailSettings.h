#pragma once

#include "domain/EnumCodes.h"

#include <QString>

namespace Kohtaamo {

enum class SmtpSecurity { None, StartTls, Tls };

inline constexpr EnumCodeTable<SmtpSecurity, 3> kSmtpSecurityCodes { {
    { SmtpSecurity::None, "none" },
    { SmtpSecurity::StartTls, "starttls" },
    { SmtpSecurity::Tls, "tls" },
} };

inline QString toCode(SmtpSecurity s)
{
    return enumToCode(kSmtpSecurityCodes, s);
}

inline std::optional<SmtpSecurity> smtpSecurityFromCode(const QString &c)
{
    return enumFromCode(kSmtpSecurityCodes, c);
}

// The office's mail account (Settings ▸ E-mail; office_settings). The password is never here: it is kept in the
// desktop's keyring, or given to kohtaamo-cli in KOHTAAMO_SMTP_PASSWORD.
struct MailSettings
{
    int version = 0; // the office settings' row version (shared with OfficeSettings)
    QString host; // empty = no account: messages wait in the outbox
    int port = 587;
    SmtpSecurity security = SmtpSecurity::StartTls;
    QString user;
    QString fromAddress;
    QString fromName;

    bool hasAccount() const { return !host.isEmpty(); }
};

} // namespace Kohtaamo
