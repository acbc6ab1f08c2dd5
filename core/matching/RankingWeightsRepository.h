#pragma once

#include "RankingWeights.h"
#include "common/Result.h"

#include <QCoreApplication>

namespace Kohtaamo {

class Database;

// Reads and writes the ranking weights (table ranking_weights, schema version 2). The weights are saved as one set:
// a save names the version it read, fails with Error::Code::Conflict when another coordinator saved meanwhile, and
// writes one audit entry with every changed key, all in one transaction.
class RankingWeightsRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::RankingWeightsRepository)
public:
    explicit RankingWeightsRepository(Database &db);

    // The stored weights; a key missing from the table has its default. version() is the set's version.
    Result<RankingWeights> load();

    // Saves weights read at weights.version(). Returns what is stored now, with the new version (unchanged when no
    // value changed).
    Result<RankingWeights> save(const RankingWeights &weights);

    // Puts every weight back to its default; expectedVersion as read.
    Result<RankingWeights> restoreDefaults(int expectedVersion);

private:
    Database &m_db;
};

} // namespace Kohtaamo
