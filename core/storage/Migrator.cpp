#include "Migrator.h"

#include "AuditChain.h"
#include "Database.h"
#include "SearchIndex.h"
#include "SqlQuery.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace Kohtaamo {

namespace {
const QString kApplication = QStringLiteral("kohtaamo");
} // namespace

const QVector<Migrator::Step> &Migrator::steps()
{
    static const QVector<Step> s {
        { 1,
          QStringLiteral("Domain model, service types and topic taxonomy"),
          { QStringLiteral(":/kohtaamo/schema/001_initial.sql"), QStringLiteral(":/kohtaamo/schema/001_seed.sql") } },
        { 2, QStringLiteral("Ranking weights"), { QStringLiteral(":/kohtaamo/schema/002_ranking_weights.sql") } },
        { 3,
          QStringLiteral("Group meeting rhythm"),
          { QStringLiteral(":/kohtaamo/schema/003_group_meeting_rhythm.sql") } },
        { 4,
          QStringLiteral("Indexes for the inbox and Today"),
          { QStringLiteral(":/kohtaamo/schema/004_list_indexes.sql") } },
        { 5,
          QStringLiteral("Full-text index for the request inbox"),
          { QStringLiteral(":/kohtaamo/schema/005_request_search.sql") } },
        { 6,
          QStringLiteral("Stored work date, topic index"),
          { QStringLiteral(":/kohtaamo/schema/006_request_work_date.sql") } },
        { 7,
          QStringLiteral("Invitation history, change notices, audit names the coordinator"),
          { QStringLiteral(":/kohtaamo/schema/007_office_service.sql") } },
        { 8,
          QStringLiteral("Office settings: the largest fee"),
          { QStringLiteral(":/kohtaamo/schema/008_office_settings.sql") } },
        { 9,
          QStringLiteral("Office settings: the time zone"),
          { QStringLiteral(":/kohtaamo/schema/009_office_time_zone.sql") } },
        { 10,
          QStringLiteral("Fees to payment: payment batches"),
          { QStringLiteral(":/kohtaamo/schema/010_fee_payments.sql") } },
        { 11,
          QStringLiteral("E-mail: the SMTP account, message templates, the outbox"),
          { QStringLiteral(":/kohtaamo/schema/011_outbox.sql") } },
        { 12,
          QStringLiteral("Reports for funders: funded activities, people reached, the requester's sector"),
          { QStringLiteral(":/kohtaamo/schema/012_funded_activities.sql") } },
        { 13,
          QStringLiteral("Audit log as a hash chain"),
          { QStringLiteral(":/kohtaamo/schema/013_audit_chain.sql") },
          &AuditChain::sealExisting },
        { 14,
          QStringLiteral("Results report: covering indexes"),
          { QStringLiteral(":/kohtaamo/schema/014_report_indexes.sql") } },
        { 15,
          QStringLiteral("Request references from a counter per year"),
          { QStringLiteral(":/kohtaamo/schema/015_reference_counters.sql") } },
        { 16,
          QStringLiteral("Audit viewer: indexes by coordinator and time"),
          { QStringLiteral(":/kohtaamo/schema/016_audit_viewer_indexes.sql") } },
        { 17,
          QStringLiteral("Request references: counted once per bulk write on PostgreSQL"),
          { QStringLiteral(":/kohtaamo/schema/017_reference_counters_bulk.sql") } },
        { 18,
          QStringLiteral("Retention rules and the day a worker left"),
          { QStringLiteral(":/kohtaamo/schema/018_retention.sql") } },
        { 19,
          QStringLiteral("Results report: covering indexes for topics and experience knowledge"),
          { QStringLiteral(":/kohtaamo/schema/019_report_indexes_2.sql") } },
        { 20,
          QStringLiteral("Inbox search: short words through an index, pg_trgm on PostgreSQL"),
          { QStringLiteral(":/kohtaamo/schema/020_request_word_search.sql") },
          &SearchIndex::installTrigramIndexes },
        { 21,
          QStringLiteral("Ranking one request: indexes on the times of invitations and engagements"),
          { QStringLiteral(":/kohtaamo/schema/021_ranking_indexes.sql") } },
        { 22,
          QStringLiteral("Today: covering indexes for the fees due, the overdue invitations and the expiring consents"),
          { QStringLiteral(":/kohtaamo/schema/022_today_indexes.sql") } },
    };
    return s;
}

int Migrator::currentVersion()
{
    return steps().constLast().version;
}

Result<Migrator::Inspection> Migrator::inspect(Database &db)
{
    SqlQuery tables(db, db.dialect().listTablesSql());
    if (const Status s = tables.exec(); !s)
        return Error(Error::Code::ForeignDatabase,
                     QCoreApplication::translate("Kohtaamo::Migrator",
                                                 "“%1” is not a Kohtaamo database (it could not be read as one). "
                                                 "It was not changed.")
                         .arg(db.location().displayName()),
                     s.error().detail);
    bool any = false;
    bool hasMeta = false;
    while (tables.next()) {
        any = true;
        if (tables.value(0).toString() == QLatin1String("kohtaamo_meta"))
            hasMeta = true;
    }
    Inspection result;
    if (!any) {
        result.state = State::Empty;
        return result;
    }
    if (!hasMeta) {
        result.state = State::Foreign;
        return result;
    }
    SqlQuery meta(
        db, QStringLiteral("SELECT key, value FROM kohtaamo_meta WHERE key IN ('application', 'schema_version')"));
    if (const Status s = meta.exec(); !s)
        return s.error();
    QString application;
    int version = 0;
    while (meta.next()) {
        if (meta.value(0).toString() == QLatin1String("application"))
            application = meta.value(1).toString();
        else
            version = meta.value(1).toString().toInt();
    }
    result.state = (application == kApplication && version > 0) ? State::Kohtaamo : State::Foreign;
    result.version = version;
    return result;
}

QStringList Migrator::splitStatements(const QString &script)
{
    QStringList lines;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        if (!line.trimmed().startsWith(QLatin1String("--")))
            lines << line;
    }
    static const QRegularExpression separator(QStringLiteral(";\\s*(\\n|$)"));
    QStringList statements;
    for (const QString &part : lines.join(QLatin1Char('\n')).split(separator)) {
        if (!part.trimmed().isEmpty())
            statements << part.trimmed();
    }
    return statements;
}

Status Migrator::migrate(Database &db, int targetVersion)
{
    return migrate(db, targetVersion, steps());
}

Status Migrator::migrate(Database &db, int targetVersion, const QVector<Step> &allSteps)
{
    const int target = targetVersion < 0 ? allSteps.constLast().version : targetVersion;
    for (const Step &step : allSteps) {
        if (step.version > target)
            break;
        // Each step checks the stored version again inside its own locked transaction, so that two coordinators
        // starting a new Kohtaamo against one PostgreSQL database migrate it once.
        if (const Status s = applyStep(db, step); !s)
            return s;
    }
    return Status::success();
}

Status Migrator::applyStep(Database &db, const Step &step)
{
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    if (const QString lock = db.dialect().migrationLockSql(); !lock.isEmpty()) {
        SqlQuery q(db, lock);
        if (const Status s = q.exec(); !s)
            return s;
    }
    const auto inspection = inspect(db);
    if (!inspection)
        return inspection.error();
    if (inspection->state == State::Foreign)
        return Error(
            Error::Code::ForeignDatabase,
            QCoreApplication::translate("Kohtaamo::Migrator", "“%1” is not a Kohtaamo database. It was not changed.")
                .arg(db.location().displayName()));
    if (inspection->version >= step.version)
        return Status::success(); // already there (another coordinator migrated it meanwhile)
    if (inspection->version != step.version - 1)
        return Error(Error::Code::Database,
                     QCoreApplication::translate("Kohtaamo::Migrator",
                                                 "The database is at schema version %1 and cannot be brought to "
                                                 "version %2 directly.")
                         .arg(inspection->version)
                         .arg(step.version));

    for (const QString &path : step.scripts) {
        QFile file(path);
        if (!file.open(QIODevice::ReadOnly))
            return Error(
                Error::Code::Database,
                QCoreApplication::translate("Kohtaamo::Migrator", "A schema script is missing from this build."), path);
        const QString script = db.dialect().schemaScript(QString::fromUtf8(file.readAll()));
        for (const QString &statement : splitStatements(script)) {
            if (const Status s = SqlQuery::runStatement(db, statement); !s)
                return Error(Error::Code::Database,
                             QCoreApplication::translate("Kohtaamo::Migrator",
                                                         "Upgrading the database to schema version %1 failed; "
                                                         "nothing was changed.")
                                 .arg(step.version),
                             s.error().detail);
        }
    }

    if (step.after) {
        if (const Status s = step.after(db); !s)
            return Error(Error::Code::Database,
                         QCoreApplication::translate("Kohtaamo::Migrator",
                                                     "Upgrading the database to schema version %1 failed; "
                                                     "nothing was changed.")
                             .arg(step.version),
                         s.error().detail);
    }

    const QString upsert = QStringLiteral("INSERT INTO kohtaamo_meta (key, value) VALUES (?, ?) "
                                          "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
    for (const auto &kv : { std::pair<QString, QString> { QStringLiteral("application"), kApplication },
                            { QStringLiteral("schema_version"), QString::number(step.version) } }) {
        SqlQuery q(db, upsert);
        q.bindAll({ kv.first, kv.second });
        if (const Status s = q.exec(); !s)
            return s;
    }
    return tx.commit();
}

} // namespace Kohtaamo
