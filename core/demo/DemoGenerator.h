#pragma once

#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

namespace Kohtaamo {

class Database;

// Creates a deterministic, realistic demo office in an empty database: the organisations of the domain brief,
// coordinators, fictional workers with Finnish and Swedish names, their experiences, availability and consents
// (some expired, some withdrawn, minors with and without a guardian's consent), and requests in every status with
// invitations, engagements, meeting outcomes and experience knowledge.
// It is one transaction, and the audit log keeps it as one entry ("demo office generated: ...") rather than an entry
// per record (docs/data-protection.md, "What the audit log keeps"); requests are decided in memory and written by
// RequestBulkWriter (docs/performance.md, "Demo generation").
// The same options (seed, sizes, today) give the same data.
class DemoGenerator
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::DemoGenerator)
public:
    struct Options
    {
        int workers = 120;
        int requests = 240;
        quint32 seed = 1;
        QDate today; // invalid = Clock::instance().today()
    };

    struct Summary
    {
        int organisations = 0;
        int coordinators = 0;
        int workers = 0;
        int consents = 0;
        int requests = 0;
        int invitations = 0;
        int engagements = 0;
        int outcomes = 0;
        int knowledgeEntries = 0;
    };

    using Progress = std::function<void(const QString &stage, int done, int total)>;

    explicit DemoGenerator(Database &db);

    // Refuses (NotAllowed) a database that already holds workers or requests: demo data is never mixed with real data.
    Result<Summary> generate(const Options &options, const Progress &progress = {});

private:
    Database &m_db;
};

} // namespace Kohtaamo
