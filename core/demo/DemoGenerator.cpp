#include "DemoGenerator.h"

#include "DemoOutbox.h"
#include "DemoRun.h"
#include "common/Clock.h"
#include "storage/AuditPause.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "today/GroupMeetingRhythmRepository.h"

#include <QJsonObject>

#include <optional>

namespace Kohtaamo {

namespace {

// Holds "today" still while the demo is generated, so that everything dated relative to it agrees.
class ClockOverride
{
public:
    explicit ClockOverride(const QDate &today) : m_previous(&Clock::instance()), m_clock(QDateTime(today, QTime(12, 0)))
    {
        Clock::install(&m_clock);
    }
    ~ClockOverride() { Clock::install(m_previous); }

private:
    const Clock *m_previous;
    FixedClock m_clock;
};

// The whole office is one transaction: with SQLite's usual 32 MB page cache the index pages of a large office are
// spilled to the write-ahead log again and again (50,000 workers / 200,000 requests wrote 12 GB for a 1.2 GB file).
// For the generation the cache may hold 64 MB and statement journals stay in memory (as files they were written and
// thrown away for every multi-row INSERT: 480 MB written for a 32 MB office); the connection's own settings come back
// afterwards. 64 MB, not more: at 50,000 workers / 200,000 requests the peak resident set is 441 MB with 64, 507 MB
// with 128 and 642 MB with 256, at the same CPU time (docs/performance.md, "Demo generation").
class LargeCache
{
public:
    explicit LargeCache(Database &db) : m_db(db)
    {
        if (!db.dialect().isSQLite())
            return;
        SqlQuery q(db, QStringLiteral("PRAGMA cache_size"));
        auto size = q.scalar();
        if (size && SqlQuery::runStatement(db, QStringLiteral("PRAGMA cache_size = -65536")))
            m_previousSize = size->toLongLong();
        SqlQuery t(db, QStringLiteral("PRAGMA temp_store"));
        auto store = t.scalar();
        if (store && SqlQuery::runStatement(db, QStringLiteral("PRAGMA temp_store = MEMORY")))
            m_previousStore = store->toLongLong();
    }
    ~LargeCache()
    {
        if (m_previousSize)
            SqlQuery::runStatement(m_db, QStringLiteral("PRAGMA cache_size = %1").arg(*m_previousSize));
        if (m_previousStore)
            SqlQuery::runStatement(m_db, QStringLiteral("PRAGMA temp_store = %1").arg(*m_previousStore));
    }

private:
    Database &m_db;
    std::optional<qint64> m_previousSize;
    std::optional<qint64> m_previousStore; // statement journals in memory: a multi-row INSERT's journal was a file
};

} // namespace

DemoGenerator::DemoGenerator(Database &db) : m_db(db) { }

Result<DemoGenerator::Summary> DemoGenerator::generate(const Options &options, const Progress &progress)
{
    if (options.workers < 0 || options.requests < 0)
        return Error(Error::Code::InvalidInput, tr("The numbers of workers and requests cannot be negative."));
    SqlQuery existing(m_db, QStringLiteral("SELECT (SELECT COUNT(*) FROM workers) + (SELECT COUNT(*) FROM requests)"));
    auto count = existing.scalar();
    if (!count)
        return count.error();
    if (count->toLongLong() > 0)
        return Error(Error::Code::NotAllowed,
                     tr("This database already holds workers or requests. Demo data is only created in an empty "
                        "database, so that it is never mixed with real data."));

    Options resolved = options;
    if (!resolved.today.isValid())
        resolved.today = Clock::instance().today();
    ClockOverride clock(resolved.today);
    LargeCache cache(m_db);

    // One transaction: the demo office appears whole or not at all.
    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    // The audit keeps the generation as what it is: one entry by the acting coordinator, not an entry per record
    // (docs/data-protection.md, "What the audit log keeps").
    Result<Summary> summary = Summary {};
    {
        AuditPause pause(m_db);
        summary = runDemo(m_db, resolved, progress);
        if (!summary)
            return summary.error();
        // The group met on a Tuesday one to four weeks ago and meets every four weeks.
        GroupMeetingRhythmRepository rhythms(m_db);
        auto rhythm = rhythms.load();
        if (!rhythm)
            return rhythm.error();
        GroupMeetingRhythm demoRhythm = *rhythm;
        const QDate weekAgo = resolved.today.addDays(-7 - int(options.seed % 3) * 7);
        demoRhythm.firstMeeting = weekAgo.addDays(Qt::Tuesday - weekAgo.dayOfWeek());
        if (auto saved = rhythms.save(demoRhythm); !saved)
            return saved.error();
        auto messages = DemoOutbox(m_db).fill(resolved.today);
        if (!messages)
            return messages.error();
    }
    // In the form of an insert's entry (each field {"new": value}); audit_log's actions are insert, update, delete.
    const auto field = [](const QJsonValue &v) { return QJsonObject { { QStringLiteral("new"), v } }; };
    const QJsonObject entry {
        { QStringLiteral("demo"),
          field(QStringLiteral("demo office generated: %1 workers, %2 requests, seed %3")
                    .arg(summary->workers)
                    .arg(summary->requests)
                    .arg(options.seed)) },
        { QStringLiteral("workers"), field(summary->workers) },
        { QStringLiteral("requests"), field(summary->requests) },
        { QStringLiteral("seed"), field(qint64(options.seed)) },
        { QStringLiteral("today"), field(resolved.today.toString(Qt::ISODate)) },
    };
    if (Status s = RecordStore(m_db).audit(QStringLiteral("office"), 0, QStringLiteral("insert"), entry); !s)
        return s.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return summary;
}

} // namespace Kohtaamo
