// SnapshotLoader reads the matching's picture from a real database in bulk, on SQLite and PostgreSQL: rows are
// inserted here with plain SQL, loaded, and ranked.
#include "TestDatabase.h"

#include "matching/RankingEngine.h"
#include "matching/RankingWeightsRepository.h"
#include "matching/SnapshotLoader.h"
#include "matching/TeamSuggester.h"
#include "repositories/RequestRepository.h"
#include "storage/SqlQuery.h"

#include <QTest>

#include <algorithm>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {

const QDate kToday(2026, 3, 2);
const QDate kDay(2026, 3, 16);

// Inserts one row and returns its id.
qint64 insert(Database &db, const QString &sql, const QVariantList &values)
{
    SqlQuery q(db, sql + QStringLiteral(" RETURNING id"));
    q.bindAll(values);
    auto id = q.scalar();
    if (!id) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(id.error().detail));
        return 0;
    }
    return id->toLongLong();
}

bool run(Database &db, const QString &sql, const QVariantList &values)
{
    SqlQuery q(db, sql);
    q.bindAll(values);
    const Status s = q.exec();
    if (!s)
        qWarning("%s: %s", qPrintable(sql), qPrintable(s.error().detail));
    return s.ok();
}

qint64 topicId(Database &db, const char *code)
{
    SqlQuery q(db, QStringLiteral("SELECT id FROM topics WHERE code = ?"));
    q.bind(QString::fromLatin1(code));
    auto id = q.scalar();
    return id ? id->toLongLong() : 0;
}

QVariant ts(const QDate &d, int hour)
{
    return SqlQuery::fromDateTime(QDateTime(d, QTime(hour, 0)));
}

struct World
{
    qint64 lauste = 0, finfami = 0;
    qint64 emergency = 0, placement = 0, refugee = 0, domestic = 0;
    qint64 aino = 0, bertta = 0, cecilia = 0, daniel = 0, eero = 0, fanni = 0;
    qint64 request = 0, heldRequest = 0, oldRequest = 0;

    bool build(Database &db)
    {
        emergency = topicId(db, "child_protection.placement.emergency");
        placement = topicId(db, "child_protection.placement");
        refugee = topicId(db, "migration.refugee");
        domestic = topicId(db, "violence.domestic");
        const QString org = QStringLiteral("INSERT INTO organisations (name, region) VALUES (?, ?)");
        lauste = insert(db, org, { QStringLiteral("Perhekuntoutuskeskus Lauste"), QStringLiteral("Varsinais-Suomi") });
        finfami = insert(db, org, { QStringLiteral("FinFami Varsinais-Suomi"), QStringLiteral("Varsinais-Suomi") });

        const QString worker = QStringLiteral(
            "INSERT INTO workers (display_name, organisation_id, title, date_of_birth, home_region, status, "
            "last_supervision, annual_earnings_ceiling_cents, weekly_availability, max_engagements_per_month, "
            "notice_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        const QVariant noCeiling = SqlQuery::fromOptionalCents(std::nullopt);
        const auto add = [&](const char *name, qint64 organisation, QDate born, const char *status, QVariant ceiling,
                             int weekly) {
            return insert(db, worker,
                          { QString::fromUtf8(name), organisation, QStringLiteral("expert_by_experience"),
                            SqlQuery::fromDate(born), QStringLiteral("Varsinais-Suomi"), QString::fromLatin1(status),
                            SqlQuery::fromDate(kToday.addDays(-40)), ceiling, weekly, 3, 7 });
        };
        WeeklyAvailability mondayMorning;
        mondayMorning.set(1, WeeklyAvailability::Morning, true);
        aino = add("Aino K.", lauste, QDate(1985, 4, 2), "active", qint64(1200000), mondayMorning.mask());
        bertta = add("Bertta", finfami, QDate(1979, 1, 1), "active", noCeiling, 0);
        cecilia = add("Cecilia", lauste, QDate(1990, 6, 6), "on_break", noCeiling, 0);
        daniel = add("Daniel", lauste, kDay.addYears(-16), "active", noCeiling, 0);
        eero = add("Eero", finfami, QDate(), "active", noCeiling, 0);
        fanni = add("Fanni", lauste, QDate(1970, 2, 2), "active", noCeiling, 0);
        if (!aino || !bertta || !cecilia || !daniel || !eero || !fanni)
            return false;

        bool ok = true;
        for (qint64 w : { aino, bertta, cecilia, daniel, eero, fanni }) {
            ok = ok
                && run(db, QStringLiteral("INSERT INTO worker_languages (worker_id, language) VALUES (?, ?)"),
                       { w, QStringLiteral("fi") });
            ok = ok
                && run(db, QStringLiteral("INSERT INTO worker_service_types (worker_id, service_type) VALUES (?, ?)"),
                       { w, QStringLiteral("work_group") });
            ok = ok
                && run(db,
                       QStringLiteral(
                           "INSERT INTO consents (worker_id, scope, given_on, expires_on) VALUES (?, ?, ?, ?)"),
                       { w, QStringLiteral("contact"), SqlQuery::fromDate(QDate(2025, 1, 1)),
                         SqlQuery::fromDate(w == bertta ? kDay.addDays(-1) : QDate()) });
            const qint64 topic = w == eero ? placement : emergency;
            const char *perspective = w == bertta ? "child_youth" : "parent";
            ok = ok
                && run(db,
                       QStringLiteral(
                           "INSERT INTO worker_experiences (worker_id, topic_id, perspective) VALUES (?, ?, ?)"),
                       { w, topic, QString::fromLatin1(perspective) });
        }
        ok = ok
            && run(db, QStringLiteral("INSERT INTO worker_languages (worker_id, language) VALUES (?, ?)"),
                   { aino, QStringLiteral("sv") });
        ok = ok
            && run(db, QStringLiteral("INSERT INTO worker_regions (worker_id, region) VALUES (?, ?)"),
                   { aino, QStringLiteral("Satakunta") });
        ok = ok
            && run(db, QStringLiteral("INSERT INTO worker_service_types (worker_id, service_type) VALUES (?, ?)"),
                   { aino, QStringLiteral("talk") });
        ok = ok
            && run(db,
                   QStringLiteral(
                       "INSERT INTO worker_experiences (worker_id, topic_id, perspective, note) VALUES (?, ?, ?, ?)"),
                   { aino, refugee, QStringLiteral("child_youth"), QStringLiteral("private note") });
        ok = ok
            && run(db, QStringLiteral("INSERT INTO consents (worker_id, scope, given_on) VALUES (?, ?, ?)"),
                   { aino, QStringLiteral("public_appearance"), SqlQuery::fromDate(QDate(2025, 6, 1)) });
        ok = ok
            && run(db, QStringLiteral("INSERT INTO consents (worker_id, scope, given_on) VALUES (?, ?, ?)"),
                   { daniel, QStringLiteral("guardian"), SqlQuery::fromDate(QDate(2025, 6, 1)) });
        const QString period
            = QStringLiteral("INSERT INTO worker_unavailability (worker_id, starts, ends, kind) VALUES (?, ?, ?, ?)");
        ok = ok
            && run(db, period,
                   { aino, SqlQuery::fromDate(QDate(2020, 1, 1)), SqlQuery::fromDate(QDate(2020, 2, 1)),
                     QStringLiteral("unavailable") });
        ok = ok
            && run(db, period,
                   { aino, SqlQuery::fromDate(QDate(2026, 7, 1)), SqlQuery::fromDate(QDate(2026, 7, 31)),
                     QStringLiteral("recovery_break") });

        const QString req = QStringLiteral(
            "INSERT INTO requests (reference, received_on, requester_name, title, service_type, wanted_perspective, "
            "workers_needed, region, fee_cents, language, supervised, recorded, status) "
            "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        request
            = insert(db, req,
                     { QStringLiteral("2026-0042"), SqlQuery::fromDate(kToday.addDays(-3)),
                       QStringLiteral("Social worker"), QStringLiteral("Emergency placement from the parents' side"),
                       QStringLiteral("work_group"), QStringLiteral("parent"), 2, QStringLiteral("Varsinais-Suomi"),
                       qint64(15000), QStringLiteral("fi"), false, false, QStringLiteral("inviting") });
        heldRequest
            = insert(db, req,
                     { QStringLiteral("2026-0007"), SqlQuery::fromDate(kToday.addDays(-60)), QStringLiteral("Trainer"),
                       QStringLiteral("Domestic violence panel"), QStringLiteral("panel"), QStringLiteral("any"), 1,
                       QStringLiteral(""), SqlQuery::fromOptionalCents(std::nullopt), QStringLiteral("fi"), true, true,
                       QStringLiteral("held") });
        oldRequest = insert(db, req,
                            { QStringLiteral("2023-0001"), SqlQuery::fromDate(QDate(2023, 2, 1)),
                              QStringLiteral("Trainer"), QStringLiteral("An old talk"), QStringLiteral("talk"),
                              QStringLiteral("any"), 1, QStringLiteral(""), qint64(10000), QStringLiteral("fi"), false,
                              false, QStringLiteral("closed") });
        if (!request || !heldRequest || !oldRequest)
            return false;
        const QString topic
            = QStringLiteral("INSERT INTO request_topics (request_id, topic_id, weight) VALUES (?, ?, ?)");
        ok = ok && run(db, topic, { request, refugee, QStringLiteral("secondary") });
        ok = ok && run(db, topic, { request, emergency, QStringLiteral("primary") });
        ok = ok && run(db, topic, { heldRequest, domestic, QStringLiteral("primary") });
        ok = ok && run(db, topic, { oldRequest, emergency, QStringLiteral("primary") });
        const QString option = QStringLiteral(
            "INSERT INTO request_date_options (request_id, starts_at, ends_at, chosen) VALUES (?, ?, ?, ?)");
        ok = ok && run(db, option, { request, ts(kDay.addDays(2), 13), ts(kDay.addDays(2), 15), false });
        ok = ok && run(db, option, { request, ts(kDay, 10), ts(kDay, 12), true });

        // History: Fanni is already invited; Eero worked on the held request ten days ago; Aino long ago.
        const QString invitation
            = QStringLiteral("INSERT INTO invitations (request_id, worker_id, sent_at, response) VALUES (?, ?, ?, ?)");
        ok = ok && insert(db, invitation, { request, fanni, ts(kToday.addDays(-1), 9), QStringLiteral("pending") }) > 0;
        const qint64 eeroInvited
            = insert(db, invitation, { heldRequest, eero, ts(kToday.addDays(-20), 9), QStringLiteral("accepted") });
        ok = ok && eeroInvited > 0;
        const QString engagement = QStringLiteral(
            "INSERT INTO engagements (request_id, worker_id, invitation_id, starts_at, ends_at, attendance, fee_cents, "
            "fee_declined, debrief_done, debrief_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
        ok = ok
            && insert(db, engagement,
                      { heldRequest, eero, eeroInvited, ts(kToday.addDays(-10), 10), ts(kToday.addDays(-10), 12),
                        QStringLiteral("attended"), qint64(20000), false, true,
                        SqlQuery::fromDate(kToday.addDays(-10)) })
                > 0;
        ok = ok
            && insert(db, engagement,
                      { oldRequest, aino, SqlQuery::fromId(0), ts(QDate(2023, 3, 1), 10), ts(QDate(2023, 3, 1), 11),
                        QStringLiteral("attended"), qint64(10000), false, false, SqlQuery::fromDate(QDate()) })
                > 0;
        return ok;
    }
};

} // namespace

class TestSnapshotLoader : public QObject
{
    Q_OBJECT
private slots:
    void loadsEveryTableInBulk();
    void leavesOldHistoryOut();
    void ranksTheLoadedRequest();
    void loadsInsideACallersTransaction();
};

void TestSnapshotLoader::loadsEveryTableInBulk()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    World world;
    QVERIFY(world.build(*db));

    auto read = SnapshotLoader(*db).loadData(kToday);
    QVERIFY2(read.ok(), qPrintable(read.error().detail));
    const MatchingData &data = *read;
    const auto find = [](const auto &rows, qint64 id, auto idOf) {
        const auto it = std::find_if(rows.cbegin(), rows.cend(), [&](const auto &row) { return idOf(row) == id; });
        return it == rows.cend() ? nullptr : &*it;
    };
    const auto byId = [](const auto &row) { return row.id; };
    const auto byWorker = [](const auto &row) { return row.workerId; };

    const Worker &aino = *find(data.workers, world.aino, byId);
    QCOMPARE(aino.displayName, QStringLiteral("Aino K."));
    QCOMPARE(aino.organisationId, world.lauste);
    QCOMPARE(aino.dateOfBirth, QDate(1985, 4, 2));
    QCOMPARE(aino.status, WorkerStatus::Active);
    QCOMPARE(aino.lastSupervision, kToday.addDays(-40));
    QCOMPARE(aino.annualEarningsCeilingCents, std::optional<qint64>(1200000));
    QVERIFY(aino.weekly.has(1, WeeklyAvailability::Morning));
    QCOMPARE(aino.maxEngagementsPerMonth, 3);
    QCOMPARE(aino.noticeDays, 7);
    QCOMPARE(aino.languages, (QStringList { QStringLiteral("fi"), QStringLiteral("sv") }));
    QCOMPARE(aino.regionsCovered, QStringList { QStringLiteral("Satakunta") });
    QCOMPARE(aino.serviceTypes, (QStringList { QStringLiteral("talk"), QStringLiteral("work_group") }));
    QCOMPARE(aino.experiences.size(), 2);
    QCOMPARE(aino.experiences.at(1).topicId, world.refugee);
    QCOMPARE(aino.experiences.at(1).perspective, Perspective::ChildOrYouth);
    QVERIFY2(aino.experiences.at(1).note.isEmpty(), "free-text notes are not read for matching");
    QCOMPARE(aino.unavailable.size(), 1); // the 2020 period is over and not read
    QCOMPARE(aino.unavailable.first().kind, UnavailableKind::RecoveryBreak);
    QCOMPARE(aino.unavailable.first().starts, QDate(2026, 7, 1));
    QCOMPARE(find(data.workers, world.cecilia, byId)->status, WorkerStatus::OnBreak);
    QVERIFY(!find(data.workers, world.eero, byId)->dateOfBirth.isValid());
    QVERIFY(!find(data.workers, world.bertta, byId)->annualEarningsCeilingCents.has_value());

    // Of a request, what the snapshot keeps: reference, title and topics.
    const MatchingRequest *r = find(data.requests, world.request, byId);
    QVERIFY(r);
    QCOMPARE(r->reference, QStringLiteral("2026-0042"));
    QVERIFY(!r->title.isEmpty());
    QCOMPARE(r->topics.size(), 2);
    QCOMPARE(r->topics.at(0), (RequestTopic { world.emergency, TopicWeight::Primary })); // primary first
    QCOMPARE(r->topics.at(1), (RequestTopic { world.refugee, TopicWeight::Secondary }));
    QVERIFY(find(data.requests, world.heldRequest, byId));

    const MatchingEngagement &engagement = *find(data.engagements, world.eero, byWorker);
    QCOMPARE(engagement.requestId, world.heldRequest);
    QCOMPARE(engagement.starts, QDateTime(kToday.addDays(-10), QTime(10, 0)));
    QCOMPARE(engagement.attendance, Attendance::Attended);
    QCOMPARE(engagement.feeCents, qint64(20000));
    QVERIFY(engagement.debriefDone);
    QCOMPARE(engagement.debriefOn, kToday.addDays(-10));
    QCOMPARE(find(data.invitations, world.fanni, byWorker)->response, InvitationResponse::Pending);
    QCOMPARE(find(data.invitations, world.eero, byWorker)->response, InvitationResponse::Accepted);

    // The snapshot built from it keeps what the ranking and its explanations need.
    const MatchingSnapshot s(*read);
    QVERIFY(s.topics().size() >= 40);
    QVERIFY(s.topics().find(world.domestic)->heavy);
    QCOMPARE(s.topics().at(s.topics().indexOf(world.emergency)).parentId, world.placement);
    QVERIFY(s.serviceType(QStringLiteral("talk"))->needsPublicConsent);
    QCOMPARE(s.organisations().size(), 2);
    QCOMPARE(s.workerCount(), 6);
    QCOMPARE(s.worker(world.aino)->displayName, QStringLiteral("Aino K."));
    QCOMPARE(s.worker(world.aino)->organisationId, world.lauste);

    const QVector<Consent> consents = s.consentsOf(world.aino);
    QCOMPARE(consents.size(), 2);
    QCOMPARE(consents.at(0).scope, ConsentScope::Contact);
    QCOMPARE(consents.at(0).givenOn, QDate(2025, 1, 1));
    QVERIFY(!consents.at(0).expiresOn.isValid());
    QCOMPARE(consents.at(1).scope, ConsentScope::PublicAppearance);
    QCOMPARE(s.consentsOf(world.bertta).first().expiresOn, kDay.addDays(-1));

    const int request = s.requestByReference(QStringLiteral("2026-0042"));
    QVERIFY(request >= 0);
    QCOMPARE(s.requestId(request), world.request);
    QCOMPARE(s.requestIndex(world.request), request);
    QCOMPARE(s.requestReference(request), QStringLiteral("2026-0042"));
    QCOMPARE(s.requestTitle(request), r->title);
    QVERIFY(s.requestIndex(world.heldRequest) >= 0);

    const auto engagements = s.engagementsOf(world.eero);
    QCOMPARE(engagements.size(), std::size_t(1));
    QCOMPARE(engagements.front().id, engagement.id);
    QCOMPARE(engagements.front().requestId, world.heldRequest);
    QCOMPARE(engagements.front().startsMSecs, QDateTime(kToday.addDays(-10), QTime(10, 0)).toMSecsSinceEpoch());
    QCOMPARE(s.invitationsOf(world.fanni).size(), std::size_t(1));
    QCOMPARE(s.invitationsOf(world.fanni).front().id, find(data.invitations, world.fanni, byWorker)->id);
}

void TestSnapshotLoader::leavesOldHistoryOut()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    World world;
    QVERIFY(world.build(*db));

    SnapshotLoader loader(*db);
    QCOMPARE(loader.historySince(kToday), QDate(2025, 1, 1));
    const MatchingSnapshot recent = std::move(loader.load(kToday)).value();
    QCOMPARE(recent.requestIndex(world.oldRequest), -1);
    QVERIFY(recent.engagementsOf(world.aino).empty());

    loader.setHistorySince(QDate(2023, 1, 1));
    const MatchingSnapshot all = std::move(loader.load(kToday)).value();
    QVERIFY(all.requestIndex(world.oldRequest) >= 0);
    QCOMPARE(all.engagementsOf(world.aino).size(), std::size_t(1));
}

void TestSnapshotLoader::ranksTheLoadedRequest()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    World world;
    QVERIFY(world.build(*db));

    auto weights = RankingWeightsRepository(*db).load();
    QVERIFY(weights.ok());
    const MatchingSnapshot snapshot = std::move(SnapshotLoader(*db).load(kToday)).value();
    const RankingEngine engine(snapshot, *weights);
    auto stored = RequestRepository(*db).findByReference(QStringLiteral("2026-0042"));
    QVERIFY2(stored, qPrintable(stored.error().detail));
    const Request &request = *stored;
    RankingEngine::Options options;
    options.includeExcluded = true;
    const Ranking ranking = engine.rank(request, kToday, options);

    QCOMPARE(ranking.requestDate, kDay);
    QCOMPARE(ranking.candidates.size(), 2);
    // Aino: exact as parent (52), refugee as child only at secondary weight (20), willing (15), Monday morning fits
    // (10).
    const Candidate &aino = ranking.candidates.at(0);
    QCOMPARE(aino.workerId, world.aino);
    QCOMPARE(aino.points(ScorePartKind::Experience), 72);
    QCOMPARE(aino.points(ScorePartKind::Willingness), 15);
    QCOMPARE(aino.points(ScorePartKind::Availability), 10);
    QCOMPARE(aino.score, 97);
    QVERIFY(aino.reasons().contains(QStringLiteral("Emergency placement — exact, as parent")));
    // Eero: placement is broader than emergency placement, as parent (34); one engagement ten days ago.
    const Candidate &eero = ranking.candidates.at(1);
    QCOMPARE(eero.workerId, world.eero);
    QCOMPARE(eero.points(ScorePartKind::Experience), 34);
    QCOMPARE(eero.points(ScorePartKind::Rotation), -6);
    QCOMPARE(eero.recentEngagements, 1);
    QVERIFY(!eero.hasFlag(CandidateFlag::NoRecentSupport));

    QCOMPARE(ranking.excludedCount, 4);
    QCOMPARE(ranking.excluded.size(), 4);
    const auto reasonsOf = [&](qint64 id) {
        QStringList codes;
        for (const auto &x : ranking.excluded) {
            if (x.workerId == id) {
                for (const auto &e : x.exclusions)
                    codes << toCode(e.reason);
            }
        }
        return codes;
    };
    QCOMPARE(reasonsOf(world.bertta), QStringList { QStringLiteral("no_contact_consent") });
    QCOMPARE(reasonsOf(world.cecilia), QStringList { QStringLiteral("not_active") });
    QCOMPARE(reasonsOf(world.daniel), QStringList { QStringLiteral("minor_unsupervised") });
    QCOMPARE(reasonsOf(world.fanni), QStringList { QStringLiteral("already_invited") });

    const TeamSuggestion team = TeamSuggester::suggest(request, ranking);
    QCOMPARE(team.members.size(), 2);
    QVERIFY(team.complete());
}

void TestSnapshotLoader::loadsInsideACallersTransaction()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    World world;
    QVERIFY(world.build(*db));
    QVERIFY(db->beginTransaction());
    auto loaded = SnapshotLoader(*db).load(kToday);
    QVERIFY2(loaded.ok(), qPrintable(loaded.error().detail));
    QCOMPARE(loaded->workerCount(), 6);
    QVERIFY(db->inTransaction());
    QVERIFY(db->commitTransaction());
}

QTEST_GUILESS_MAIN(TestSnapshotLoader)
#include "tst_snapshot_loader.moc"
