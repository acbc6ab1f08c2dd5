#pragma once

#include "MatchingData.h"
#include "MatchingSnapshot.h"
#include "RankingWeights.h"
#include "SnapshotFilters.h"
#include "SnapshotFocus.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QDate>
#include <QSet>
#include <QVector>

#include <optional>

namespace Kohtaamo {

class Database;

// Reads what the matching needs from a Kohtaamo database in one bulk query per table (never one per worker), inside
// one read transaction so that the picture is consistent, and builds a MatchingSnapshot. Contact details and free-text
// notes are not read: the ranking does not need them.
//
// History is read from `historySince` on (default: 1 January of the year before `today`, which covers the fees of the
// calendar year, a year of supervision and the rotation window): engagements and invitations since then, and the
// requests they belong to, plus every request that is still open (new, tagged, inviting, confirmed) with its
// invitations and engagements whatever their age. Of a request only what the snapshot keeps is read: its id,
// reference, title and topics (the ranked request itself comes from the caller).
//
// Times are read without a time-zone lookup per row: an instant is a QDateTime at its local offset from UTC
// (Qt::OffsetFromUTC), the same moment with the same local date and time as a Qt::LocalTime one.
class SnapshotLoader
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::SnapshotLoader)
public:
    explicit SnapshotLoader(Database &db);

    // Reads only what ranking one request needs, for a caller that ranks that request once (`kohtaamo-cli rank`):
    // the ranking of `request` with `weights` on the `today` given to load() is then exactly the one a full snapshot
    // gives, with or without the excluded workers explained. The snapshot is fit for nothing else. It holds of the
    // history only what can weigh on this request: engagements that are not cancelled near its date (each proposed
    // time's when none is chosen), in its month, in the rotation window and (for workers with an earnings ceiling
    // when the request pays a fee) in its year,
    // those of the request itself and those the invitations read led to; invitations of the rotation window and of
    // the request. Of requests only those engagements' (their heavy topics, and the title of those at the same time);
    // of a worker only the experiences
    // that meet a requested topic, the request's language and kind of work, the unavailable periods that meet its
    // days and the consents of the scopes the rules ask about; a worker's last debrief includes the engagements' that
    // are left out (for active workers without recent support of their own, the only ones it can flag); contact
    // details, title, municipality and versions are not read.
    void setFocus(const Request &request, const RankingWeights &weights);

    void setHistorySince(const QDate &since) { m_historySince = since; }
    QDate historySince(const QDate &today) const;

    Result<MatchingData> loadData(const QDate &today);
    Result<MatchingSnapshot> load(const QDate &today);

    // For keeping a snapshot warm (MatchingSnapshot::applyWorkers, not with a focus): these workers only, each with
    // the whole of what load() reads of them (experiences, languages, consents, the history of the same window), but
    // with their own names (not told apart from others of the same name) and without taxonomy or requests. Workers
    // that are not stored are not in the result.
    Result<MatchingData> loadWorkers(const QDate &today, const QVector<qint64> &workerIds);
    // Those of these requests that load() reads, as it reads them.
    Result<QVector<MatchingRequest>> loadRequests(const QDate &today, const QVector<qint64> &requestIds);
    // The workers a change to these consents, invitations, engagements or requests (their invitations and
    // engagements) concerns, as stored now.
    Result<QSet<qint64>> workersConcerned(const QSet<qint64> &consentIds, const QSet<qint64> &invitationIds,
                                          const QSet<qint64> &engagementIds, const QSet<qint64> &requestIds);

private:
    Status loadTaxonomy(MatchingData &data);
    Status loadWorkers(MatchingData &data, const QDate &since);
    Status loadRequests(MatchingData &data, const QDate &since);
    Status loadHistory(MatchingData &data, const QDate &since, const QDate &today);

    // The query of the engagements read, with `columns` of `engagements e`.
    SnapshotFilters::Condition engagementQuery(const QString &columns, const MatchingData &data, const QDate &since,
                                               const QDate &today) const;
    SnapshotFilters::Condition invitationFilter(const QDate &since, const QDate &today) const;

    // "AND column IN (?, ...)" (or "WHERE" when `where`) with the ids' binds when the load is limited to some
    // workers; empty otherwise.
    QString onlyWorkers(const QString &column, bool where = false) const;
    QVariantList onlyWorkerBinds() const;

public:
    // After load(): the stored names of the workers whose name load() told apart from others' (id → name).
    const QHash<qint64, QString> &storedNames() const { return m_storedNames; }

private:
    Database &m_db;
    std::optional<QVector<qint64>> m_onlyWorkers, m_onlyRequests;
    QHash<qint64, QString> m_storedNames;
    QDate m_historySince;
    QDate m_today; // of the load under way
    std::optional<SnapshotFocus> m_focus;
};

} // namespace Kohtaamo
