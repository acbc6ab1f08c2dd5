#include "RankingWeightsRepository.h"

#include "common/Clock.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QHash>
#include <QJsonObject>
#include <QLocale>

namespace Kohtaamo {

namespace {
const QString kTable = QStringLiteral("ranking_weights");

struct StoredRow
{
    double value = 0;
    int version = 0;
};
} // namespace

RankingWeightsRepository::RankingWeightsRepository(Database &db) : m_db(db) { }

Result<RankingWeights> RankingWeightsRepository::load()
{
    SqlQuery q(m_db, QStringLiteral("SELECT key, value, version FROM ranking_weights ORDER BY key"));
    if (Status s = q.exec(); !s)
        return s.error();
    RankingWeights weights;
    int version = 0;
    while (q.next()) {
        version = qMax(version, q.value(2).toInt());
        // Keys this version does not know (written by a newer one) are left alone.
        if (const auto key = RankingWeights::keyFromName(q.value(0).toString()))
            weights.setValue(*key, q.value(1).toDouble());
    }
    weights.setVersion(version);
    return weights;
}

Result<RankingWeights> RankingWeightsRepository::save(const RankingWeights &weights)
{
    if (Status s = weights.validate(); !s)
        return s.error();

    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();

    QHash<QString, StoredRow> stored;
    int storedVersion = 0;
    {
        SqlQuery read(m_db, QStringLiteral("SELECT key, value, version FROM ranking_weights"));
        if (Status s = read.exec(); !s)
            return s.error();
        while (read.next()) {
            const int v = read.value(2).toInt();
            stored.insert(read.value(0).toString(), { read.value(1).toDouble(), v });
            storedVersion = qMax(storedVersion, v);
        }
    }
    if (storedVersion != weights.version()) {
        // Name who saved last, if the audit log knows.
        QString who;
        SqlQuery last(m_db,
                      QStringLiteral("SELECT actor, at FROM audit_log WHERE table_name = ? ORDER BY id DESC LIMIT 1"));
        last.bind(kTable);
        if (last.exec() && last.next())
            who = tr(" %1 saved them at %2.")
                      .arg(last.value(0).toString(),
                           QLocale().toString(SqlQuery::toDateTime(last.value(1)), QLocale::ShortFormat));
        return Error(
            Error::Code::Conflict,
            tr("The ranking weights were changed by someone else after you opened them.%1 Nothing was "
               "saved: reload to see the current weights, then make your change again.")
                .arg(who),
            QStringLiteral("ranking_weights version %1, expected %2").arg(storedVersion).arg(weights.version()));
    }

    QJsonObject changes;
    for (int i = 0; i < RankingWeights::kKeyCount; ++i) {
        const auto key = static_cast<RankingWeights::Key>(i);
        const QString name = RankingWeights::keyName(key);
        const auto it = stored.constFind(name);
        const double newValue = weights.value(key);
        if (it == stored.constEnd())
            changes.insert(name, QJsonObject { { QStringLiteral("new"), newValue } });
        else if (it->value != newValue)
            changes.insert(name,
                           QJsonObject { { QStringLiteral("old"), it->value }, { QStringLiteral("new"), newValue } });
    }
    if (changes.isEmpty()) {
        // Ends the (possibly nested) transaction as a success: left to roll back, it would fail an enclosing one.
        if (Status s = tx.commit(); !s)
            return s.error();
        return weights;
    }

    // The set moves to the next version as a whole, so that one number tells whether anything changed.
    const int newVersion = storedVersion + 1;
    const QVariant now = SqlQuery::fromDateTime(Clock::instance().now());
    SqlQuery update(m_db,
                    QStringLiteral("UPDATE ranking_weights SET value = ?, version = ?, updated_at = ? "
                                   "WHERE key = ? AND version = ?"));
    SqlQuery insert(m_db,
                    QStringLiteral("INSERT INTO ranking_weights (key, value, version, updated_at) "
                                   "VALUES (?, ?, ?, ?)"));
    for (int i = 0; i < RankingWeights::kKeyCount; ++i) {
        const auto key = static_cast<RankingWeights::Key>(i);
        const QString name = RankingWeights::keyName(key);
        const auto it = stored.constFind(name);
        if (it == stored.constEnd()) {
            insert.bindAll({ name, weights.value(key), newVersion, now });
            if (Status s = insert.exec(); !s)
                return s.error();
            continue;
        }
        update.bindAll({ weights.value(key), newVersion, now, name, it->version });
        if (Status s = update.exec(); !s)
            return s.error();
        if (update.numRowsAffected() != 1)
            return Error(Error::Code::Conflict,
                         tr("The ranking weights were changed by someone else while saving. Nothing was saved: "
                            "reload to see the current weights, then make your change again."),
                         name);
    }
    RecordStore store(m_db);
    if (Status s = store.audit(kTable, 0, QStringLiteral("update"), changes); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();

    RankingWeights saved = weights;
    saved.setVersion(newVersion);
    return saved;
}

Result<RankingWeights> RankingWeightsRepository::restoreDefaults(int expectedVersion)
{
    RankingWeights defaults = RankingWeights::defaults();
    defaults.setVersion(expectedVersion);
    return save(defaults);
}

} // namespace Kohtaamo
