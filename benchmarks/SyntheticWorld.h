#pragma once

#include "common/Result.h"
#include "matching/MatchingData.h"

namespace Kohtaamo {

class Database;

// A reproducible, realistic-looking pool for benchmarks: a 300-topic taxonomy (12 themes x 4 subthemes x 5 topics,
// two themes heavy), 18 organisations, 19 regions, and workers with 10 experiences each, weekly preferences,
// consents (a few expired or missing), minors, limits, unavailability, and a history of engagements and invitations
// over a year. The same size and seed always give the same world.
class SyntheticWorld
{
public:
    static constexpr int kTopics = 300;

    static MatchingData generate(int workers, quint32 seed = 20260302);

    // The request ranked in the benchmarks: two primary topics and one secondary, a work group in three weeks.
    static Request request(bool remote);
    static QDate today() { return QDate(2026, 3, 2); }

    // Writes a generated world into an empty, migrated Kohtaamo database with explicit ids, in one transaction.
    static Status write(Database &db, const MatchingData &data);
};

} // namespace Kohtaamo
