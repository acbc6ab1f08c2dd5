#pragma once

#include "ExportKeys.h"
#include "common/Result.h"

#include <QJsonObject>

namespace Kohtaamo {

class Database;

// Part of InterchangeExporter: the office's records that format version 3 added (docs/interchange.md) — funded
// activities, payment batches, the office's own message wording, its mail account (never a password) and the
// outbox, whose calendar UIDs and sequence numbers must survive a move to another database (a change of time sent
// after the move must update the worker's calendar entry, not add a second one).
class OfficeDataExporter
{
public:
    explicit OfficeDataExporter(Database &db);

    // Fills keys.fundedActivities, keys.batches and keys.batchOfEngagement (the requests refer to them).
    Status loadKeys(ExportKeys &keys);
    // Adds "fundedActivities", "paymentBatches", "messageTemplates", "mail" and "outbox" to `doc`.
    Status addTo(QJsonObject &doc, const ExportKeys &keys);

private:
    Database &m_db;
};

} // namespace Kohtaamo
