#pragma once

#include "common/Result.h"
#include "domain/OfficeSettings.h"

#include <QCoreApplication>

namespace Kohtaamo {

class Database;

// The office's settings row: read by the rules that need it (the largest fee), changed by an admin in Settings.
// Audited and version-checked like every record.
class OfficeSettingsRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::OfficeSettingsRepository)
public:
    explicit OfficeSettingsRepository(Database &db);

    Result<OfficeSettings> get();
    // Saves the settings read at their version.
    Result<OfficeSettings> save(const OfficeSettings &settings);
    static Status validate(const OfficeSettings &settings);

    // The largest fee a request or an engagement may carry, as a Status naming `field` when `feeCents` is above it.
    Status checkFee(qint64 feeCents, const char *field);
    // The same against a limit read before (an import checks thousands of fees against one reading).
    static Status checkFee(qint64 feeCents, qint64 maxFeeCents, const char *field);

private:
    Database &m_db;
};

} // namespace Kohtaamo
