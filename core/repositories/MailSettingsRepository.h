#pragma once

#include "common/Result.h"
#include "mail/MailSettings.h"

#include <QCoreApplication>

namespace Kohtaamo {

class Database;

// The office's mail account in office_settings (schema 10), never its password; and the office's own id for calendar
// UIDs and Message-IDs, given once.
class MailSettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::MailSettingsRepository)
public:
    explicit MailSettingsRepository(Database &db);

    Result<MailSettings> get();
    static Status validate(const MailSettings &settings);
    Result<MailSettings> save(const MailSettings &settings); // read at settings.version
    // The office's mail id (a random id given on first use, kept for ever): the domain part of its calendar UIDs.
    Result<QString> officeMailId();

private:
    Database &m_db;
};

} // namespace Kohtaamo
