#pragma once

#include "InterchangeKeys.h"
#include "InterchangeSummary.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace Kohtaamo {

class Database;
class JsonRecord;

// Part of InterchangeImporter: the office's records of format version 3 (docs/interchange.md). Funded activities
// come before the requests that belong to them; payment batches and the outbox after the requests, engagements and
// invitations they name. The mail account is taken without a password (there never is one in the file). Problems
// go into the import's shared Error, naming the place.
class OfficeDataImporter
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::OfficeDataImporter)
public:
    OfficeDataImporter(Database &db, InterchangeKeys &keys, Error &problem);

    // The document-level lists and objects this part reads, for the unknown-field check.
    static QStringList lists();
    static QStringList objects();

    // false when there was a problem (see the shared Error).
    bool importFundedActivities(JsonRecord &document, InterchangeSummary &summary);
    bool importMail(JsonRecord &document, InterchangeSummary &summary);
    bool importPaymentBatches(JsonRecord &document, InterchangeSummary &summary);
    bool importOutbox(JsonRecord &document, InterchangeSummary &summary);

private:
    Database &m_db;
    InterchangeKeys &m_keys;
    Error &m_problem;
};

} // namespace Kohtaamo
