// Writes the frozen databases of tests/data that tst_schema_upgrades opens: an SQLite file per earlier schema version,
// made by the schema scripts of that version (Database::open with OpenOptions::targetVersion) and holding a small,
// representative office in that version's columns, plus schema-future.sqlite, which claims a schema from a newer
// Kohtaamo (schema_version 999).
//
// The files are frozen: once committed they are never written again, so that a change to an old script or to the
// upgrade path shows up as a failing test and not as a quietly regenerated file. Run this only for a version that has
// no file yet; when schema N+1 is added, freeze N:
//
//   cmake --build build --target make_schema_fixtures
//   build/tests/make_schema_fixtures tests/data 6          # writes tests/data/schema-v6.sqlite
//   build/tests/make_schema_fixtures tests/data future     # writes tests/data/schema-future.sqlite
//
// Existing files are left alone unless --force is given. The values written here are the ones tst_schema_upgrades
// expects to read back through the repositories; change both together, or better neither.
#include "storage/AuditChain.h"
#include "storage/Database.h"
#include "storage/Migrator.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

using namespace Kohtaamo;

namespace {

constexpr int kFutureVersion = 999;

QTextStream &err()
{
    static QTextStream s(stderr);
    return s;
}

QDateTime utc(int year, int month, int day, int hour, int minute = 0)
{
    return QDateTime(QDate(year, month, day), QTime(hour, minute), Qt::UTC);
}

// Writes one office's worth of data in the columns every version from 1 on has, and what `version` added to them.
class Writer
{
public:
    Writer(Database &db, int version) : m_db(db), m_version(version) { }

    bool write()
    {
        Transaction tx(m_db);
        if (!tx.beginStatus())
            return fail(QStringLiteral("BEGIN"), tx.beginStatus().error().detail);
        if (!writeOffice())
            return false;
        if (const Status s = tx.commit(); !s)
            return fail(QStringLiteral("COMMIT"), s.error().detail);
        return true;
    }

private:
    bool fail(const QString &what, const QString &detail)
    {
        err() << "make_schema_fixtures: " << what << ": " << detail << Qt::endl;
        return false;
    }

    bool exec(const QString &sql, const QVariantList &values = {})
    {
        SqlQuery q(m_db, sql);
        q.bindAll(values);
        if (const Status s = q.exec(); !s)
            return fail(sql, s.error().detail);
        return true;
    }

    qint64 insert(const QString &sql, const QVariantList &values)
    {
        SqlQuery q(m_db, sql + QStringLiteral(" RETURNING id"));
        q.bindAll(values);
        const auto id = q.scalar();
        if (!id) {
            fail(sql, id.error().detail);
            return 0;
        }
        return id->toLongLong();
    }

    qint64 topic(const char *code)
    {
        SqlQuery q(m_db, QStringLiteral("SELECT id FROM topics WHERE code = ?"));
        q.bind(QString::fromLatin1(code));
        const auto id = q.scalar();
        if (!id) {
            fail(QStringLiteral("topic ") + QString::fromLatin1(code), id.error().detail);
            return 0;
        }
        return id->toLongLong();
    }

    bool audit(const QString &table, qint64 id, const QString &changes)
    {
        return exec(QStringLiteral("INSERT INTO audit_log (at, actor, table_name, record_id, action, changes) "
                                   "VALUES (?, ?, ?, ?, 'insert', ?)"),
                    { SqlQuery::fromDateTime(m_stamp), QStringLiteral("kaisa"), table, id, changes });
    }

    bool writeOffice()
    {
        const QVariant stamp = SqlQuery::fromDateTime(m_stamp);

        // The organisation and its coordinator.
        const qint64 org
            = insert(QStringLiteral("INSERT INTO organisations (name, short_name, region, contact, notes, "
                                    "version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, 2, ?, ?)"),
                     { QStringLiteral("Kokemusasiantuntijat ry"), QStringLiteral("KoAsi"), QStringLiteral("Uusimaa"),
                       QStringLiteral("toimisto@example.org"), QStringLiteral("Jäsenjärjestö"), stamp, stamp });
        const qint64 coordinator
            = insert(QStringLiteral("INSERT INTO coordinators (username, display_name, email, role, organisation_id, "
                                    "created_at, updated_at) VALUES (?, ?, ?, 'admin', ?, ?, ?)"),
                     { QStringLiteral("kaisa"), QStringLiteral("Kaisa Koordinaattori"),
                       QStringLiteral("kaisa@example.org"), org, stamp, stamp });
        if (!org || !coordinator)
            return false;

        // Two workers: languages, regions, experiences, the services they do, a recovery break.
        const qint64 aino = insert(
            QStringLiteral("INSERT INTO workers (display_name, pseudonym, email, phone, organisation_id, title, "
                           "date_of_birth, municipality, home_region, status, notes, training_name, training_hours, "
                           "training_completed, last_supervision, annual_earnings_ceiling_cents, weekly_availability, "
                           "max_engagements_per_month, min_days_between_engagements, notice_days, created_at, "
                           "updated_at) VALUES (?, FALSE, ?, ?, ?, 'expert_by_experience', ?, ?, ?, 'active', ?, ?, "
                           "?, ?, ?, ?, ?, 3, 7, 14, ?, ?)"),
            { QStringLiteral("Aino Esimerkki"), QStringLiteral("aino@example.org"), QStringLiteral("+358 40 123 4567"),
              org, SqlQuery::fromDate(QDate(1988, 4, 12)), QStringLiteral("Espoo"), QStringLiteral("Uusimaa"),
              QStringLiteral("Puhuu mielellään sijaishuollosta."), QStringLiteral("Kokemusasiantuntijakoulutus"), 40.5,
              SqlQuery::fromDate(QDate(2023, 5, 31)), SqlQuery::fromDate(QDate(2025, 8, 20)), qint64(1200000), 0x1FF,
              stamp, stamp });
        const qint64 ville = insert(
            QStringLiteral("INSERT INTO workers (display_name, pseudonym, organisation_id, title, municipality, "
                           "home_region, status, max_engagements_per_month, created_at, updated_at) "
                           "VALUES (?, TRUE, ?, 'peer_supporter', ?, ?, 'active', 2, ?, ?)"),
            { QStringLiteral("Ville V."), org, QStringLiteral("Vantaa"), QStringLiteral("Uusimaa"), stamp, stamp });
        if (!aino || !ville)
            return false;
        const qint64 emergency = topic("child_protection.placement.emergency");
        const qint64 aftercare = topic("child_protection.aftercare");
        const qint64 substance = topic("substance_abuse.parent");
        if (!emergency || !aftercare || !substance)
            return false;
        for (const auto &[worker, language] :
             { std::pair { aino, "fi" }, std::pair { aino, "sv" }, std::pair { ville, "fi" } }) {
            if (!exec(QStringLiteral("INSERT INTO worker_languages (worker_id, language) VALUES (?, ?)"),
                      { worker, QString::fromLatin1(language) }))
                return false;
        }
        for (const auto &[worker, region] :
             { std::pair { aino, "Uusimaa" }, std::pair { aino, "Varsinais-Suomi" }, std::pair { ville, "Uusimaa" } }) {
            if (!exec(QStringLiteral("INSERT INTO worker_regions (worker_id, region) VALUES (?, ?)"),
                      { worker, QString::fromLatin1(region) }))
                return false;
        }
        for (const auto &[worker, topicId, perspective, note] :
             { std::tuple { aino, emergency, "child_youth", "Kiireellisesti sijoitettu 14-vuotiaana" },
               std::tuple { aino, aftercare, "child_youth", "" },
               std::tuple { ville, substance, "parent", "Toipunut" } }) {
            if (!exec(QStringLiteral("INSERT INTO worker_experiences (worker_id, topic_id, perspective, note) "
                                     "VALUES (?, ?, ?, ?)"),
                      { worker, topicId, QString::fromLatin1(perspective), QString::fromUtf8(note) }))
                return false;
        }
        for (const auto &[worker, service] :
             { std::pair { aino, "talk" }, std::pair { aino, "panel" }, std::pair { ville, "peer_reception" } }) {
            if (!exec(QStringLiteral("INSERT INTO worker_service_types (worker_id, service_type) VALUES (?, ?)"),
                      { worker, QString::fromLatin1(service) }))
                return false;
        }
        if (!exec(QStringLiteral("INSERT INTO worker_unavailability (worker_id, starts, ends, kind, reason) "
                                 "VALUES (?, ?, ?, 'recovery_break', ?)"),
                  { aino, SqlQuery::fromDate(QDate(2025, 11, 1)), SqlQuery::fromDate(QDate(2025, 11, 14)),
                    QStringLiteral("Palautumistauko") }))
            return false;

        // Consents: Aino's contact and public appearance, Ville's contact and a withdrawn one.
        for (const auto &[worker, scope, given, expires, withdrawn] :
             { std::tuple { aino, "contact", QDate(2025, 1, 10), QDate(2027, 1, 10), QDate() },
               std::tuple { aino, "public_appearance", QDate(2025, 1, 10), QDate(2026, 1, 10), QDate() },
               std::tuple { ville, "contact", QDate(2025, 2, 3), QDate(), QDate() },
               std::tuple { ville, "sensitive_background", QDate(2025, 2, 3), QDate(), QDate(2025, 6, 1) } }) {
            if (!exec(QStringLiteral("INSERT INTO consents (worker_id, scope, given_on, expires_on, withdrawn_on, "
                                     "recorded_by, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                      { worker, QString::fromLatin1(scope), SqlQuery::fromDate(given), SqlQuery::fromDate(expires),
                        SqlQuery::fromDate(withdrawn), coordinator, stamp, stamp }))
                return false;
        }

        // A confirmed request: topics, two proposed times (the later one chosen), the organisation it is open to,
        // its history, two invitations (one accepted, one declined) and the engagement that followed.
        const QDateTime first = utc(2025, 10, 14, 12), chosen = utc(2025, 10, 21, 12);
        const qint64 talk = insert(
            QStringLiteral("INSERT INTO requests (reference, received_on, requester_name, requester_unit, "
                           "requester_email, title, description, service_type, wanted_perspective, workers_needed, "
                           "place, region, duration_minutes, audience, fee_cents, language, supervised, status, "
                           "notes, version, created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, 'talk', "
                           "'child_youth', 1, ?, 'Uusimaa', 90, ?, 15000, 'fi', TRUE, 'confirmed', ?, 4, ?, ?)"),
            { QStringLiteral("2025-0007"), SqlQuery::fromDate(QDate(2025, 9, 1)), QStringLiteral("Sanna Salo"),
              QStringLiteral("Lastensuojelu, Espoo"), QStringLiteral("sanna.salo@example.org"),
              QStringLiteral("Kokemuspuheenvuoro sijaishuollon koulutuksessa"),
              QStringLiteral("Nuoren näkökulma kiireelliseen sijoitukseen."), QStringLiteral("Espoon valtuustotalo"),
              QStringLiteral("Sosiaalityöntekijät"), QStringLiteral("Mikrofoni paikalla"), stamp, stamp });
        // A review with a deadline and no meeting, not yet tagged.
        const qint64 review = insert(
            QStringLiteral("INSERT INTO requests (reference, received_on, requester_name, title, deadline, "
                           "remote, status, created_at, updated_at) VALUES (?, ?, ?, ?, ?, TRUE, 'new', ?, ?)"),
            { QStringLiteral("2025-0008"), SqlQuery::fromDate(QDate(2025, 9, 15)), QStringLiteral("Pekka Pelto"),
              QStringLiteral("Esitteen selkokielisyyden arviointi"), SqlQuery::fromDate(QDate(2025, 11, 30)), stamp,
              stamp });
        if (!talk || !review)
            return false;
        if (!exec(QStringLiteral("INSERT INTO request_topics (request_id, topic_id, weight) VALUES (?, ?, 'primary'), "
                                 "(?, ?, 'secondary')"),
                  { talk, emergency, talk, aftercare }))
            return false;
        for (const auto &[starts, isChosen] : { std::pair { first, false }, std::pair { chosen, true } }) {
            if (!exec(QStringLiteral("INSERT INTO request_date_options (request_id, starts_at, ends_at, chosen) "
                                     "VALUES (?, ?, ?, ?)"),
                      { talk, SqlQuery::fromDateTime(starts), SqlQuery::fromDateTime(starts.addSecs(90 * 60)),
                        isChosen }))
                return false;
        }
        if (!exec(QStringLiteral("INSERT INTO request_organisations (request_id, organisation_id) VALUES (?, ?)"),
                  { talk, org }))
            return false;
        const char *previous = nullptr;
        int step = 0;
        for (const char *status : { "new", "tagged", "inviting", "confirmed" }) {
            if (!exec(QStringLiteral("INSERT INTO request_status_history (request_id, from_status, to_status, "
                                     "changed_at, changed_by) VALUES (?, ?, ?, ?, 'kaisa')"),
                      { talk, previous ? QVariant(QString::fromLatin1(previous)) : QVariant(),
                        QString::fromLatin1(status), SqlQuery::fromDateTime(utc(2025, 9, 1 + step++, 9)) }))
                return false;
            previous = status;
        }
        const qint64 accepted
            = insert(QStringLiteral("INSERT INTO invitations (request_id, worker_id, sent_at, channel, response, "
                                    "responded_at, note, version, created_at, updated_at) "
                                    "VALUES (?, ?, ?, 'email', 'accepted', ?, ?, 2, ?, ?)"),
                     { talk, aino, SqlQuery::fromDateTime(utc(2025, 9, 3, 9)),
                       SqlQuery::fromDateTime(utc(2025, 9, 4, 8)), QStringLiteral("Soitti perään"), stamp, stamp });
        const qint64 declined = insert(
            QStringLiteral("INSERT INTO invitations (request_id, worker_id, sent_at, channel, response, "
                           "responded_at, decline_reason, reminders, version, created_at, updated_at) "
                           "VALUES (?, ?, ?, 'phone', 'declined', ?, ?, 1, 2, ?, ?)"),
            { talk, ville, SqlQuery::fromDateTime(utc(2025, 9, 3, 9)), SqlQuery::fromDateTime(utc(2025, 9, 5, 8)),
              QStringLiteral("Ei sovi aikatauluun"), stamp, stamp });
        if (!accepted || !declined)
            return false;
        const qint64 engagement = insert(
            QStringLiteral("INSERT INTO engagements (request_id, worker_id, invitation_id, starts_at, ends_at, "
                           "attendance, fee_cents, travel_cents, payment_state, preparation_done, note, "
                           "created_at, updated_at) VALUES (?, ?, ?, ?, ?, 'planned', 15000, 1250, 'not_due', "
                           "TRUE, ?, ?, ?)"),
            { talk, aino, accepted, SqlQuery::fromDateTime(chosen), SqlQuery::fromDateTime(chosen.addSecs(90 * 60)),
              QStringLiteral("Valmistelupuhelu pidetty"), stamp, stamp });
        if (!engagement)
            return false;

        // A few audit entries, as the application writes them.
        if (!audit(QStringLiteral("organisations"), org,
                   QStringLiteral("{\"name\":{\"new\":\"Kokemusasiantuntijat ry\"}}"))
            || !audit(QStringLiteral("workers"), aino,
                      QStringLiteral("{\"display_name\":{\"new\":\"Aino Esimerkki\"}}"))
            || !audit(QStringLiteral("requests"), talk, QStringLiteral("{\"reference\":{\"new\":\"2025-0007\"}}")))
            return false;

        // What later versions added: an edited ranking weight (2), the group's meeting day (3), the stored work date
        // as RequestRepository writes it in an office on UTC, whatever the zone this runs in (6). Versions 4 and 5 add
        // indexes only.
        if (m_version >= 2
            && !exec(QStringLiteral("UPDATE ranking_weights SET value = 45, version = 2, updated_at = ? "
                                    "WHERE key = 'experience.exact'"),
                     { stamp }))
            return false;
        if (m_version >= 3
            && !exec(QStringLiteral("UPDATE group_meeting_rhythm SET first_meeting = ?, version = 2, updated_at = ?"),
                     { SqlQuery::fromDate(QDate(2025, 1, 7)), stamp }))
            return false;
        if (m_version >= 6) {
            for (const auto &[id, day] :
                 { std::pair { talk, chosen.date() }, std::pair { review, QDate(2025, 11, 30) } }) {
                if (!exec(QStringLiteral("UPDATE requests SET work_date = ? WHERE id = ?"),
                          { SqlQuery::fromDate(day), id }))
                    return false;
            }
        }
        // Version 7: the declined invitation's story, a worker still to be told of a new time.
        if (m_version >= 7
            && (!exec(QStringLiteral("INSERT INTO invitation_events (invitation_id, at, kind, response, reason, actor) "
                                     "VALUES (?, ?, 'answered', 'declined', ?, 'kaisa')"),
                      { declined, SqlQuery::fromDateTime(utc(2025, 9, 5, 8)), QStringLiteral("Ei sovi aikatauluun") })
                || !exec(QStringLiteral("INSERT INTO change_notices (request_id, worker_id, kind, created_at) "
                                        "VALUES (?, ?, 'rescheduled', ?)"),
                         { talk, aino, stamp })))
            return false;
        // Version 13 on: the audit entries are chained, as the application writes them.
        if (m_version >= 13) {
            if (Status s = AuditChain::sealExisting(m_db); !s) {
                fail(QStringLiteral("audit chain"), s.error().detail);
                return false;
            }
        }
        return true;
    }

    Database &m_db;
    const int m_version;
    const QDateTime m_stamp = utc(2025, 9, 20, 10);
};

// One file in the rollback journal mode (no -wal or -shm beside it), compacted into 1 KiB pages: every table and index
// takes at least a page, and with SQLite's default 4 KiB ones the near-empty files of later versions exceed 300 KB.
bool compact(const QString &path)
{
    const QString name = QStringLiteral("make_schema_fixtures-compact");
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(path);
        if (!db.open()) {
            err() << "make_schema_fixtures: cannot reopen " << path << ": " << db.lastError().text() << Qt::endl;
            ok = false;
        } else {
            QSqlQuery q(db);
            for (const char *statement : { "PRAGMA journal_mode = DELETE", "PRAGMA page_size = 1024", "VACUUM" }) {
                if (!q.exec(QString::fromLatin1(statement))) {
                    err() << "make_schema_fixtures: " << statement << ": " << q.lastError().text() << Qt::endl;
                    ok = false;
                }
            }
            q.finish();
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(name);
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ReadGroup | QFile::ReadOther);
    return ok;
}

bool make(const QString &folder, const QString &which, bool force)
{
    const bool future = which == QLatin1String("future");
    bool isNumber = false;
    const int version = future ? Migrator::currentVersion() : which.toInt(&isNumber);
    if (!future && (!isNumber || version < 1 || version > Migrator::currentVersion())) {
        err() << "make_schema_fixtures: " << which << " is not a schema version of this build (1 to "
              << Migrator::currentVersion() << ") nor \"future\"" << Qt::endl;
        return false;
    }
    const QString path = QDir(folder).filePath(future ? QStringLiteral("schema-future.sqlite")
                                                      : QStringLiteral("schema-v%1.sqlite").arg(version));
    if (QFileInfo::exists(path)) {
        if (!force) {
            err() << "make_schema_fixtures: " << path << " exists and is frozen; not written (--force to replace it)"
                  << Qt::endl;
            return false;
        }
        QFile::remove(path);
    }
    {
        Database::OpenOptions options;
        options.targetVersion = version;
        auto opened = Database::open(DatabaseLocation::sqlite(path), options);
        if (!opened) {
            err() << "make_schema_fixtures: " << path << ": " << opened.error().message << " " << opened.error().detail
                  << Qt::endl;
            return false;
        }
        Database &db = **opened;
        if (db.schemaVersion() != version) {
            err() << "make_schema_fixtures: " << path << " is at version " << db.schemaVersion() << ", not " << version
                  << Qt::endl;
            return false;
        }
        if (!Writer(db, version).write())
            return false;
        if (future) {
            // A newer Kohtaamo: a table this version does not know, and its schema number.
            if (!SqlQuery::runStatement(db,
                                        QStringLiteral("CREATE TABLE future_feature (id INTEGER PRIMARY KEY, "
                                                       "note TEXT NOT NULL DEFAULT '')")))
                return false;
            SqlQuery q(db, QStringLiteral("UPDATE kohtaamo_meta SET value = ? WHERE key = 'schema_version'"));
            q.bind(QString::number(kFutureVersion));
            if (const Status s = q.exec(); !s) {
                err() << "make_schema_fixtures: " << s.error().detail << Qt::endl;
                return false;
            }
        }
    }
    if (!compact(path))
        return false;
    QTextStream(stdout) << path << ": " << QFileInfo(path).size() << " bytes" << Qt::endl;
    return true;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QStringList args = app.arguments().mid(1);
    const bool force = args.removeAll(QStringLiteral("--force")) > 0;
    if (args.size() < 2) {
        err() << "usage: make_schema_fixtures [--force] FOLDER VERSION|future...\n"
                 "Writes FOLDER/schema-vVERSION.sqlite (schema 1 to "
              << Migrator::currentVersion() << ") or FOLDER/schema-future.sqlite." << Qt::endl;
        return 2;
    }
    const QString folder = args.takeFirst();
    bool ok = true;
    for (const QString &which : std::as_const(args))
        ok = make(folder, which, force) && ok;
    return ok ? 0 : 1;
}
