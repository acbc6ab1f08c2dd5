#pragma once

#include "MatchingData.h"
#include "MatchingSnapshot.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>

namespace Kohtaamo {

class Database;

// Reads what the matching needs from a Kohtaamo database in one bulk query per table (never one per worker), inside
// one read transaction so that the picture is consistent, and builds a MatchingSnapshot. Contact details and free-text
// notes are not read: the ranking does not need them.
//
// History is read from `historySince` on (default: 1 January of the year before `today`, which covers the fees of the
// calendar year, a year of supervision and the rotation window): engagements and invitations since then, and the
// requests they belong to, plus every request that is still open (new, tagged, inviting, confirmed) with its
// invitations and engagements whatever their age.
class SnapshotLoader
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::SnapshotLoader)
public:
    explicit SnapshotLoader(Database &db);

    void setHistorySince(const QDate &since) { m_historySince = since; }
    QDate historySince(const QDate &today) const;

    Result<MatchingData> loadData(const QDate &today);
    Result<MatchingSnapshot> load(const QDate &today);

private:
    Status loadTaxonomy(MatchingData &data);
    Status loadWorkers(MatchingData &data, const QDate &since);
    Status loadRequests(MatchingData &data, const QDate &since);
    Status loadHistory(MatchingData &data, const QDate &since);

    Database &m_db;
    QDate m_historySince;
};

} // namespace Kohtaamo
