// Requests as aggregates on both backends: every field and child set round-trips, children are replaced as sets
// and audited, stale saves are conflicts, bad input writes nothing, and the status moves only by the workflow.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "repositories/AuditRepository.h"
#include "repositories/RequestRepository.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

#include <atomic>
#include <chrono>
#include <functional>
#include <thread>
#include <time.h>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0));

// Prerequisites written directly, so these tests do not depend on the worker or topic repositories.
qint64 insertOrganisation(Database &db, const QString &name)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO organisations (name, version) VALUES (?, 1) RETURNING id"));
    q.bind(name);
    auto id = q.scalar();
    return id ? id->toLongLong() : 0;
}

qint64 insertWorker(Database &db, qint64 organisationId, const QString &name)
{
    SqlQuery q(db,
               QStringLiteral("INSERT INTO workers (display_name, organisation_id, title, version) "
                              "VALUES (?, ?, 'expert_by_experience', 1) RETURNING id"));
    q.bindAll({ name, organisationId });
    auto id = q.scalar();
    return id ? id->toLongLong() : 0;
}

void insertInvitation(Database &db, qint64 requestId, qint64 workerId, const QString &response)
{
    SqlQuery q(db,
               QStringLiteral("INSERT INTO invitations (request_id, worker_id, response, version) "
                              "VALUES (?, ?, ?, 1)"));
    q.bindAll({ requestId, workerId, response });
    QVERIFY(q.exec());
}

qint64 topicId(Database &db, const QString &code)
{
    SqlQuery q(db, QStringLiteral("SELECT id FROM topics WHERE code = ?"));
    q.bind(code);
    auto id = q.scalar();
    return id ? id->toLongLong() : 0;
}

int countRows(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toInt() : -1;
}

// Everything a mistaken save could have touched.
QVector<int> footprint(Database &db)
{
    QVector<int> counts;
    for (const char *table : { "requests", "request_topics", "request_date_options", "request_organisations",
                               "request_status_history", "audit_log" })
        counts << countRows(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    return counts;
}

// The first difference between two requests, or an empty string.
QString difference(const Request &a, const Request &b)
{
    QStringList d;
    const auto check = [&d](bool same, const char *field) {
        if (!same)
            d << QString::fromLatin1(field);
    };
    check(a.id == b.id, "id");
    check(a.version == b.version, "version");
    check(a.reference == b.reference, "reference");
    check(a.receivedOn == b.receivedOn, "receivedOn");
    check(a.requesterName == b.requesterName, "requesterName");
    check(a.requesterUnit == b.requesterUnit, "requesterUnit");
    check(a.requesterEmail == b.requesterEmail, "requesterEmail");
    check(a.requesterPhone == b.requesterPhone, "requesterPhone");
    check(a.title == b.title, "title");
    check(a.description == b.description, "description");
    check(a.serviceType == b.serviceType, "serviceType");
    check(a.topics == b.topics, "topics");
    check(a.wantedPerspective == b.wantedPerspective, "wantedPerspective");
    check(a.workersNeeded == b.workersNeeded, "workersNeeded");
    check(a.dateOptions == b.dateOptions, "dateOptions");
    check(a.deadline == b.deadline, "deadline");
    check(a.remote == b.remote, "remote");
    check(a.place == b.place, "place");
    check(a.region == b.region, "region");
    check(a.durationMinutes == b.durationMinutes, "durationMinutes");
    check(a.audience == b.audience, "audience");
    check(a.feeTerms == b.feeTerms, "feeTerms");
    check(a.feeCents == b.feeCents, "feeCents");
    check(a.language == b.language, "language");
    check(a.supervised == b.supervised, "supervised");
    check(a.recorded == b.recorded, "recorded");
    check(a.organisationScope == b.organisationScope, "organisationScope");
    check(a.status == b.status, "status");
    check(a.cancelReason == b.cancelReason, "cancelReason");
    check(a.notes == b.notes, "notes");
    return d.join(QStringLiteral(", "));
}
} // namespace

class TestRequestRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTripsEveryField();
    void roundTripsEmptyOptionalFields();
    void newRequestStartsNewWithHistory();
    void referencesAreNumberedPerYear();
    void simultaneousCreationsGetDistinctReferences();
    void childrenAreReplacedAsSetsAndAudited();
    void unchangedSaveChangesNothing();
    void staleSaveIsAConflictAndChangesNothing();
    void invalidInputChangesNothing_data();
    void invalidInputChangesNothing();
    void taggedRequestKeepsItsTopics();
    void saveDoesNotChangeStatus();
    void changeStatusFollowsTheWorkflow();
    void confirmingNeedsEnoughAcceptedInvitations();
    void cancellingRecordsTheReason();
    void changeStatusWithStaleVersionIsAConflict();
    void listAllLoadsEveryRequestWithItsChildren();
    void unknownRequestIsNotFound();

private:
    Request fullRequest(Database &db, qint64 orgA, qint64 orgB) const;
    Request minimalRequest() const;

    std::unique_ptr<FixedClock> m_clock;
};

void TestRequestRepository::initTestCase()
{
    // Finnish local time with daylight saving, so that instants stored in UTC must come back as the same instant.
    qputenv("TZ", "Europe/Helsinki");
    tzset();
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
}

void TestRequestRepository::cleanupTestCase()
{
    Clock::install(nullptr);
}

Request TestRequestRepository::minimalRequest() const
{
    Request r;
    r.receivedOn = QDate(2026, 3, 2);
    r.requesterName = QStringLiteral("Sari Virtanen");
    r.title = QStringLiteral("Family-work brochure in plain language");
    return r;
}

Request TestRequestRepository::fullRequest(Database &db, qint64 orgA, qint64 orgB) const
{
    Request r;
    r.receivedOn = QDate(2026, 2, 20);
    r.requesterName = QStringLiteral("Sari Virtanen");
    r.requesterUnit = QStringLiteral("Sijaishuolto, Helsingin kaupunki");
    r.requesterEmail = QStringLiteral("sari.virtanen@hel.example.fi");
    r.requesterPhone = QStringLiteral("+358 40 123 4567");
    r.title = QStringLiteral("Kiireellinen sijoitus – mikä auttoi?");
    r.description = QStringLiteral("Uusien sosiaalityöntekijöiden perehdytys.\nKolme puheenvuoroa, ä ö å.");
    r.serviceType = QStringLiteral("talk");
    r.topics = { { topicId(db, QStringLiteral("child_protection.placement.emergency")), TopicWeight::Primary },
                 { topicId(db, QStringLiteral("child_protection.placement.foster_care")), TopicWeight::Secondary },
                 { topicId(db, QStringLiteral("child_protection.confidentiality")), TopicWeight::Secondary } };
    r.wantedPerspective = Perspective::ChildOrYouth;
    r.workersNeeded = 3;
    // One in winter time, one in summer time (with milliseconds), one without an end.
    r.dateOptions
        = { { 0, QDateTime(QDate(2026, 3, 24), QTime(9, 30)), QDateTime(QDate(2026, 3, 24), QTime(11, 0)), false },
            { 0, QDateTime(QDate(2026, 4, 7), QTime(13, 15, 20, 250)), QDateTime(QDate(2026, 4, 7), QTime(15, 0)),
              true },
            { 0, QDateTime(QDate(2026, 4, 14), QTime(17, 0)), QDateTime(), false } };
    r.deadline = QDate(2026, 4, 30);
    r.remote = true;
    r.place = QStringLiteral("Kallion virastotalo");
    r.region = QStringLiteral("Uusimaa");
    r.durationMinutes = 90;
    r.audience = QStringLiteral("New social workers");
    r.feeTerms = QStringLiteral("Per talk, travel reimbursed");
    r.feeCents = 12000;
    r.language = QStringLiteral("sv");
    r.supervised = true;
    r.recorded = true;
    r.organisationScope = { orgA, orgB };
    r.notes = QStringLiteral("Requester prefers mornings.");
    return r;
}

void TestRequestRepository::roundTripsEveryField()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const qint64 orgA = insertOrganisation(*db, QStringLiteral("Perhekuntoutuskeskus Lauste"));
    const qint64 orgB = insertOrganisation(*db, QStringLiteral("SOS-Lapsikylä"));
    RequestRepository repo(*db);

    Request wanted = fullRequest(*db, orgA, orgB);
    auto saved = repo.save(wanted);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message + QStringLiteral(" / ") + saved.error().detail));
    QVERIFY(saved->id > 0);
    QCOMPARE(saved->version, 1);
    QCOMPARE(saved->reference, QStringLiteral("2026-0001"));
    for (const DateOption &o : saved->dateOptions)
        QVERIFY(o.id > 0);

    // Read through a second, independent connection: nothing comes from a cache.
    auto other = t.openOrFail();
    QVERIFY(other);
    auto loaded = RequestRepository(*other).get(saved->id);
    QVERIFY(loaded.ok());
    wanted.id = saved->id;
    wanted.version = 1;
    wanted.reference = saved->reference;
    // Stored children come back in a stable order: primary topics first, times by start, organisations by id.
    wanted.topics = { wanted.topics[0], wanted.topics[1], wanted.topics[2] };
    std::sort(wanted.topics.begin() + 1, wanted.topics.end(),
              [](const RequestTopic &a, const RequestTopic &b) { return a.topicId < b.topicId; });
    std::sort(wanted.organisationScope.begin(), wanted.organisationScope.end());
    QVERIFY2(difference(*loaded, wanted).isEmpty(), qPrintable(difference(*loaded, wanted)));
    QCOMPARE(loaded->dateOptions.at(1).starts.time().msec(), 250);
    QVERIFY(!loaded->dateOptions.at(2).ends.isValid());
    QCOMPARE(loaded->dateOptions.at(1).starts, QDateTime(QDate(2026, 4, 7), QTime(13, 15, 20, 250)));

    auto byReference = RequestRepository(*other).findByReference(QStringLiteral(" 2026-0001 "));
    QVERIFY(byReference.ok());
    QVERIFY2(difference(*byReference, *loaded).isEmpty(), qPrintable(difference(*byReference, *loaded)));

    // Every enum value survives the trip.
    for (const auto &perspective : kPerspectiveCodes) {
        Request r = *loaded;
        r.wantedPerspective = perspective.first;
        auto again = repo.save(r);
        QVERIFY2(again.ok(), qPrintable(again.error().message));
        QCOMPARE(repo.get(r.id)->wantedPerspective, perspective.first);
        loaded = *again;
    }
}

void TestRequestRepository::roundTripsEmptyOptionalFields()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    RequestRepository repo(*db);
    const qint64 org = insertOrganisation(*db, QStringLiteral("Äimä ry"));

    // First with everything set, then everything optional emptied again: NULLs and empty sets must come back.
    Request full = fullRequest(*db, org, insertOrganisation(*db, QStringLiteral("Ehjä ry")));
    auto saved = repo.save(full);
    QVERIFY(saved.ok());
    Request emptied = minimalRequest();
    emptied.id = saved->id;
    emptied.version = saved->version;
    emptied.reference = saved->reference;
    auto stored = repo.save(emptied);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QCOMPARE(stored->version, 2);

    auto loaded = repo.get(saved->id);
    QVERIFY(loaded.ok());
    QVERIFY(loaded->serviceType.isEmpty());
    QVERIFY(!loaded->feeCents.has_value());
    QVERIFY(!loaded->deadline.isValid());
    QVERIFY(loaded->topics.isEmpty());
    QVERIFY(loaded->dateOptions.isEmpty());
    QVERIFY(loaded->organisationScope.isEmpty());
    QCOMPARE(loaded->language, QStringLiteral("fi"));
    emptied.version = 2;
    QVERIFY2(difference(*loaded, emptied).isEmpty(), qPrintable(difference(*loaded, emptied)));
    QCOMPARE(countRows(*db,
                       QStringLiteral("SELECT COUNT(*) FROM requests WHERE service_type IS NULL AND "
                                      "fee_cents IS NULL AND deadline IS NULL AND id = ?"),
                       { saved->id }),
             1);
    // A fee of zero is a fee, not "no fee".
    Request zeroFee = *loaded;
    zeroFee.feeCents = 0;
    auto withZero = repo.save(zeroFee);
    QVERIFY(withZero.ok());
    QCOMPARE(repo.get(saved->id)->feeCents, std::optional<qint64>(0));
}

void TestRequestRepository::newRequestStartsNewWithHistory()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    db->setActor(QStringLiteral("anna"));
    RequestRepository repo(*db);
    Request r = minimalRequest();
    r.status = RequestStatus::Confirmed; // a new request starts New whatever the caller says
    r.cancelReason = QStringLiteral("ignored");
    auto saved = repo.save(r);
    QVERIFY(saved.ok());
    QCOMPARE(saved->status, RequestStatus::New);
    QVERIFY(saved->cancelReason.isEmpty());

    auto history = repo.statusHistory(saved->id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QVERIFY(!history->first().from.has_value());
    QCOMPARE(history->first().to, RequestStatus::New);
    QCOMPARE(history->first().changedBy, QStringLiteral("anna"));
    QCOMPARE(history->first().changedAt, kNow);

    auto audit = AuditRepository(*db).forRecord(QStringLiteral("requests"), saved->id);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().action, QStringLiteral("insert"));
    QCOMPARE(audit->first().actor, QStringLiteral("anna"));
    QCOMPARE(audit->first().changes.value(QStringLiteral("title")).toObject().value(QStringLiteral("new")).toString(),
             r.title);
    QCOMPARE(audit->first().changes.value(QStringLiteral("status")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("new"));
}

void TestRequestRepository::referencesAreNumberedPerYear()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    RequestRepository repo(*db);
    QCOMPARE(*repo.nextReference(QDate(2026, 1, 5)), QStringLiteral("2026-0001"));

    Request r = minimalRequest();
    QCOMPARE(repo.save(r)->reference, QStringLiteral("2026-0001"));
    QCOMPARE(repo.save(r)->reference, QStringLiteral("2026-0002"));
    r.receivedOn = QDate(2025, 12, 30); // entered in the new year, numbered in the year it arrived
    QCOMPARE(repo.save(r)->reference, QStringLiteral("2025-0001"));
    // A reference brought from elsewhere is kept; a numbered one moves the count on, others do not.
    r.receivedOn = QDate(2026, 6, 1);
    r.reference = QStringLiteral("2026-0041");
    QCOMPARE(repo.save(r)->reference, QStringLiteral("2026-0041"));
    r.reference = QStringLiteral("2026-old-7");
    QCOMPARE(repo.save(r)->reference, QStringLiteral("2026-old-7"));
    r.reference.clear();
    QCOMPARE(repo.save(r)->reference, QStringLiteral("2026-0042"));
    QCOMPARE(*repo.nextReference(QDate(2027, 1, 1)), QStringLiteral("2027-0001"));

    // A reference that is taken is the user's mistake: InvalidInput, nothing written.
    const auto before = footprint(*db);
    r.reference = QStringLiteral("2026-0002");
    auto dup = repo.save(r);
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, Error::Code::InvalidInput);
    QVERIFY2(dup.error().message.contains(QStringLiteral("2026-0002")), qPrintable(dup.error().message));
    QCOMPARE(footprint(*db), before);
}

void TestRequestRepository::simultaneousCreationsGetDistinctReferences()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto bertil = t.openOrFail();
    QVERIFY(bertil);
    // Bertil's new request holds the next reference in a transaction that has not committed yet...
    auto tx = std::make_unique<Transaction>(*bertil);
    {
        SqlQuery q(*bertil,
                   QStringLiteral("INSERT INTO requests (reference, received_on, requester_name, title, "
                                  "version) VALUES ('2026-0001', '2026-03-01', 'B', 'Bertil''s', 1)"));
        QVERIFY(q.exec());
    }
    // ...while Anna, on her own connection, saves hers: she is given the same number, waits for Bertil's commit,
    // finds the number taken and takes the next one.
    QString annasReference;
    QString annasError;
    std::atomic<bool> done { false };
    std::thread anna([&] {
        auto db = t.open();
        if (!db) {
            annasError = db.error().message;
        } else {
            auto saved = RequestRepository(**db).save(minimalRequest());
            if (saved)
                annasReference = saved->reference;
            else
                annasError = saved.error().message + QStringLiteral(" / ") + saved.error().detail;
        }
        done = true;
    });
    std::this_thread::sleep_for(std::chrono::milliseconds(700));
    const Status committed = tx->commit();
    tx.reset();
    anna.join();
    QVERIFY(committed.ok());
    QVERIFY(done);
    QVERIFY2(annasError.isEmpty(), qPrintable(annasError));
    QCOMPARE(annasReference, QStringLiteral("2026-0002"));
    QCOMPARE(countRows(*bertil, QStringLiteral("SELECT COUNT(*) FROM requests")), 2);
}

void TestRequestRepository::childrenAreReplacedAsSetsAndAudited()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const qint64 orgA = insertOrganisation(*db, QStringLiteral("Auta Lasta ry"));
    const qint64 orgB = insertOrganisation(*db, QStringLiteral("FinFami ry"));
    RequestRepository repo(*db);
    auto saved = repo.save(fullRequest(*db, orgA, orgB));
    QVERIFY(saved.ok());

    Request changed = *saved;
    const qint64 shelter = topicId(*db, QStringLiteral("violence.shelter"));
    changed.topics = { { shelter, TopicWeight::Primary } };
    changed.dateOptions
        = { { 0, QDateTime(QDate(2026, 5, 5), QTime(10, 0)), QDateTime(QDate(2026, 5, 5), QTime(12, 0)), true } };
    changed.organisationScope = { orgB };
    auto stored = repo.save(changed);
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    QCOMPARE(stored->version, 2);

    auto loaded = repo.get(saved->id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->topics, changed.topics);
    QCOMPARE(loaded->dateOptions, changed.dateOptions);
    QCOMPARE(loaded->organisationScope, QVector<qint64> { orgB });
    QCOMPARE(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM request_topics WHERE request_id = ?"), { saved->id }),
             1);
    QCOMPARE(
        countRows(*db, QStringLiteral("SELECT COUNT(*) FROM request_date_options WHERE request_id = ?"), { saved->id }),
        1);

    // The children's old and new values are in the request's own audit entry; no column changed.
    auto audit = AuditRepository(*db).forRecord(QStringLiteral("requests"), saved->id);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 2);
    const QJsonObject changes = audit->last().changes;
    QCOMPARE(audit->last().action, QStringLiteral("update"));
    QStringList keys = changes.keys();
    keys.sort();
    QCOMPARE(keys,
             (QStringList { QStringLiteral("request_date_options"), QStringLiteral("request_organisations"),
                            QStringLiteral("request_topics") }));
    const QJsonObject topics = changes.value(QStringLiteral("request_topics")).toObject();
    QCOMPARE(topics.value(QStringLiteral("old")).toArray().size(), 3);
    QCOMPARE(topics.value(QStringLiteral("new")).toArray().size(), 1);
    const QJsonObject newTopic = topics.value(QStringLiteral("new")).toArray().first().toObject();
    QCOMPARE(newTopic.value(QStringLiteral("topic_id")).toInteger(), shelter);

    // Reordering a set is no change.
    Request reordered = *loaded;
    reordered.topics = { { shelter, TopicWeight::Primary } };
    std::reverse(reordered.dateOptions.begin(), reordered.dateOptions.end());
    auto same = repo.save(reordered);
    QVERIFY(same.ok());
    QCOMPARE(same->version, 2);
}

void TestRequestRepository::unchangedSaveChangesNothing()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    RequestRepository repo(*db);
    auto saved = repo.save(fullRequest(*db, insertOrganisation(*db, QStringLiteral("A ry")),
                                       insertOrganisation(*db, QStringLiteral("B ry"))));
    QVERIFY(saved.ok());
    const auto before = footprint(*db);
    QVector<qint64> optionIds;
    for (const DateOption &o : saved->dateOptions)
        optionIds << o.id;

    auto again = repo.save(*repo.get(saved->id));
    QVERIFY(again.ok());
    QCOMPARE(again->version, 1);
    QCOMPARE(footprint(*db), before);
    QVector<qint64> idsAfter;
    for (const DateOption &o : again->dateOptions)
        idsAfter << o.id;
    QCOMPARE(idsAfter, optionIds); // the proposed times were not even rewritten
}

void TestRequestRepository::staleSaveIsAConflictAndChangesNothing()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto first = t.openOrFail();
    auto second = t.openOrFail();
    QVERIFY(first && second);
    first->setActor(QStringLiteral("anna"));
    second->setActor(QStringLiteral("bertil"));
    RequestRepository repoA(*first);
    RequestRepository repoB(*second);
    auto created = repoA.save(fullRequest(*first, insertOrganisation(*first, QStringLiteral("A ry")),
                                          insertOrganisation(*first, QStringLiteral("B ry"))));
    QVERIFY(created.ok());

    Request a = *repoA.get(created->id);
    Request b = *repoB.get(created->id);
    a.notes = QStringLiteral("Anna called the requester.");
    QVERIFY(repoA.save(a).ok());

    const auto before = footprint(*second);
    b.title = QStringLiteral("Bertil's title");
    b.topics = { { topicId(*second, QStringLiteral("loss.child")), TopicWeight::Primary } };
    b.dateOptions.clear();
    auto clash = repoB.save(b);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    QVERIFY2(clash.error().message.contains(created->title), qPrintable(clash.error().message));
    QVERIFY2(clash.error().message.contains(QStringLiteral("anna")), qPrintable(clash.error().message));
    QCOMPARE(footprint(*second), before);

    auto now = repoB.get(created->id);
    QVERIFY(now.ok());
    QCOMPARE(now->version, 2);
    QCOMPARE(now->title, created->title);
    QCOMPARE(now->notes, a.notes);
    QCOMPARE(now->topics, created->topics);
    QCOMPARE(now->dateOptions.size(), 3);
}

namespace {
using Mutation = std::function<void(Request &)>;
struct InvalidCase
{
    const char *name;
    const char *field;
    Mutation mutate;
};

const QVector<InvalidCase> &invalidCases()
{
    static const QVector<InvalidCase> cases {
        { "blank title", "title", [](Request &r) { r.title = QStringLiteral("  \n "); } },
        { "title over 300 characters", "title", [](Request &r) { r.title = QString(301, QLatin1Char('x')); } },
        { "no requester", "requesterName", [](Request &r) { r.requesterName = QStringLiteral(" "); } },
        { "no received date", "receivedOn", [](Request &r) { r.receivedOn = QDate(); } },
        { "email without @", "requesterEmail", [](Request &r) { r.requesterEmail = QStringLiteral("sari.hel.fi"); } },
        { "email without domain", "requesterEmail", [](Request &r) { r.requesterEmail = QStringLiteral("sari@"); } },
        { "email with spaces", "requesterEmail",
          [](Request &r) { r.requesterEmail = QStringLiteral("sari virtanen@hel.fi"); } },
        { "phone with letters", "requesterPhone", [](Request &r) { r.requesterPhone = QStringLiteral("call me"); } },
        { "phone too short", "requesterPhone", [](Request &r) { r.requesterPhone = QStringLiteral("12"); } },
        { "no workers needed", "workersNeeded", [](Request &r) { r.workersNeeded = 0; } },
        { "negative duration", "durationMinutes", [](Request &r) { r.durationMinutes = -30; } },
        { "negative fee", "feeCents", [](Request &r) { r.feeCents = -1; } },
        { "language not a code", "language", [](Request &r) { r.language = QStringLiteral("Finnish"); } },
        { "time ends before it starts", "dateOptions",
          [](Request &r) {
              r.dateOptions = { { 0, QDateTime(QDate(2026, 4, 1), QTime(12, 0)),
                                  QDateTime(QDate(2026, 4, 1), QTime(10, 0)), false } };
          } },
        { "time ends as it starts", "dateOptions",
          [](Request &r) {
              const QDateTime at(QDate(2026, 4, 1), QTime(12, 0));
              r.dateOptions = { { 0, at, at, false } };
          } },
        { "time without a start", "dateOptions",
          [](Request &r) {
              r.dateOptions = { { 0, QDateTime(), QDateTime(QDate(2026, 4, 1), QTime(10, 0)), false } };
          } },
        { "two chosen times", "dateOptions",
          [](Request &r) {
              r.dateOptions = { { 0, QDateTime(QDate(2026, 4, 1), QTime(9, 0)), QDateTime(), true },
                                { 0, QDateTime(QDate(2026, 4, 2), QTime(9, 0)), QDateTime(), true } };
          } },
        { "unknown topic", "topics",
          [](Request &r) {
              r.topics.append({ 987654, TopicWeight::Secondary });
          } },
        { "topic twice", "topics",
          [](Request &r) {
              r.topics.append({ r.topics.first().topicId, TopicWeight::Secondary });
          } },
        { "unknown service type", "serviceType", [](Request &r) { r.serviceType = QStringLiteral("juggling"); } },
        { "unknown organisation", "organisationScope", [](Request &r) { r.organisationScope.append(987654); } },
        { "organisation twice", "organisationScope",
          [](Request &r) { r.organisationScope.append(r.organisationScope.first()); } },
    };
    return cases;
}
} // namespace

void TestRequestRepository::invalidInputChangesNothing_data()
{
    QTest::addColumn<int>("index");
    QTest::addColumn<bool>("update");
    for (int i = 0; i < invalidCases().size(); ++i) {
        QTest::addRow("new request: %s", invalidCases().at(i).name) << i << false;
        QTest::addRow("saved request: %s", invalidCases().at(i).name) << i << true;
    }
}

void TestRequestRepository::invalidInputChangesNothing()
{
    QFETCH(int, index);
    QFETCH(bool, update);
    const InvalidCase &c = invalidCases().at(index);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    RequestRepository repo(*db);
    Request r = fullRequest(*db, insertOrganisation(*db, QStringLiteral("A ry")),
                            insertOrganisation(*db, QStringLiteral("B ry")));
    Request original;
    if (update) {
        auto saved = repo.save(r);
        QVERIFY(saved.ok());
        original = *saved;
        r = *saved;
    }
    const auto before = footprint(*db);
    c.mutate(r);
    auto result = repo.save(r);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(result.error().detail, QString::fromLatin1(c.field));
    QCOMPARE(footprint(*db), before);
    if (update) {
        auto stored = repo.get(original.id);
        QVERIFY(stored.ok());
        QVERIFY2(difference(*stored, original).isEmpty(), qPrintable(difference(*stored, original)));
    }
}

void TestRequestRepository::taggedRequestKeepsItsTopics()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    RequestRepository repo(*db);
    Request r = minimalRequest();
    r.topics = { { topicId(*db, QStringLiteral("services.plain_language")), TopicWeight::Primary } };
    auto saved = repo.save(r);
    QVERIFY(saved.ok());
    auto tagged = repo.changeStatus(saved->id, saved->version, RequestStatus::Tagged);
    QVERIFY2(tagged.ok(), qPrintable(tagged.error().message));
    Request untagged = *tagged;
    untagged.topics.clear();
    const auto before = footprint(*db);
    auto refused = repo.save(untagged);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    QCOMPARE(footprint(*db), before);
}

void TestRequestRepository::saveDoesNotChangeStatus()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    RequestRepository repo(*db);
    auto saved = repo.save(minimalRequest());
    QVERIFY(saved.ok());
    Request r = *saved;
    r.status = RequestStatus::Closed;
    r.cancelReason = QStringLiteral("sneaky");
    r.notes = QStringLiteral("A real change");
    auto stored = repo.save(r);
    QVERIFY(stored.ok());
    QCOMPARE(stored->status, RequestStatus::New);
    QCOMPARE(repo.get(r.id)->status, RequestStatus::New);
    QVERIFY(repo.get(r.id)->cancelReason.isEmpty());
    QCOMPARE(repo.statusHistory(r.id)->size(), 1);
}

void TestRequestRepository::changeStatusFollowsTheWorkflow()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    db->setActor(QStringLiteral("anna"));
    RequestRepository repo(*db);
    const qint64 org = insertOrganisation(*db, QStringLiteral("Lauste"));
    Request r = minimalRequest();
    r.dateOptions
        = { { 0, QDateTime(QDate(2026, 3, 17), QTime(10, 0)), QDateTime(QDate(2026, 3, 17), QTime(12, 0)), true } };
    auto saved = repo.save(r);
    QVERIFY(saved.ok());
    const qint64 id = saved->id;

    const auto expectRefused = [&](RequestStatus to, Error::Code code) {
        auto current = repo.get(id);
        QVERIFY(current.ok());
        const auto before = footprint(*db);
        auto refused = repo.changeStatus(id, current->version, to, QStringLiteral("because"));
        QVERIFY2(!refused.ok(), qPrintable(toCode(to)));
        QCOMPARE(refused.error().code, code);
        QVERIFY(!refused.error().message.isEmpty());
        QCOMPARE(footprint(*db), before);
        QCOMPARE(repo.get(id)->status, current->status);
        QCOMPARE(repo.get(id)->version, current->version);
    };
    const auto step = [&](RequestStatus to, const QString &reason = {}) {
        auto current = repo.get(id);
        QVERIFY(current.ok());
        auto moved = repo.changeStatus(id, current->version, to, reason);
        QVERIFY2(moved.ok(), qPrintable(moved.error().message));
        QCOMPARE(moved->status, to);
        QCOMPARE(moved->version, current->version + 1);
        QCOMPARE(repo.get(id)->status, to);
    };

    expectRefused(RequestStatus::Inviting, Error::Code::NotAllowed); // skipping Tagged
    expectRefused(RequestStatus::Tagged, Error::Code::NotAllowed); // no topic yet
    Request withTopic = *repo.get(id);
    withTopic.topics = { { topicId(*db, QStringLiteral("family_life.family_work")), TopicWeight::Primary } };
    QVERIFY(repo.save(withTopic).ok());
    step(RequestStatus::Tagged);
    expectRefused(RequestStatus::Tagged, Error::Code::NotAllowed); // already there
    expectRefused(RequestStatus::Confirmed, Error::Code::NotAllowed);
    step(RequestStatus::Inviting);
    expectRefused(RequestStatus::Confirmed, Error::Code::NotAllowed); // nobody accepted
    insertInvitation(*db, id, insertWorker(*db, org, QStringLiteral("Aino K.")), QStringLiteral("accepted"));
    step(RequestStatus::Confirmed, QStringLiteral("Aino can come"));
    expectRefused(RequestStatus::Held, Error::Code::NotAllowed); // the meeting is next week
    m_clock->set(QDateTime(QDate(2026, 3, 17), QTime(15, 0)));
    step(RequestStatus::Held);
    m_clock->set(kNow);
    expectRefused(RequestStatus::Cancelled, Error::Code::NotAllowed); // too late to cancel
    step(RequestStatus::Closed);
    expectRefused(RequestStatus::New, Error::Code::NotAllowed);
    expectRefused(RequestStatus::Cancelled, Error::Code::NotAllowed);

    auto history = repo.statusHistory(id);
    QVERIFY(history.ok());
    QVector<RequestStatus> path;
    for (const RequestStatusChange &c : *history) {
        path << c.to;
        QCOMPARE(c.changedBy, QStringLiteral("anna"));
        QCOMPARE(c.requestId, id);
    }
    QCOMPARE(path,
             (QVector<RequestStatus> { RequestStatus::New, RequestStatus::Tagged, RequestStatus::Inviting,
                                       RequestStatus::Confirmed, RequestStatus::Held, RequestStatus::Closed }));
    QCOMPARE(history->at(3).from, std::optional<RequestStatus>(RequestStatus::Inviting));
    QCOMPARE(history->at(3).reason, QStringLiteral("Aino can come"));
    QCOMPARE(history->at(4).changedAt, QDateTime(QDate(2026, 3, 17), QTime(15, 0)));

    // Each step is an audited update of the request's status.
    auto audit = AuditRepository(*db).forRecord(QStringLiteral("requests"), id);
    QVERIFY(audit.ok());
    const QJsonObject last = audit->last().changes;
    QCOMPARE(last.value(QStringLiteral("status")).toObject().value(QStringLiteral("old")).toString(),
             QStringLiteral("held"));
    QCOMPARE(last.value(QStringLiteral("status")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("closed"));
}

void TestRequestRepository::confirmingNeedsEnoughAcceptedInvitations()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    RequestRepository repo(*db);
    const qint64 org = insertOrganisation(*db, QStringLiteral("FinFami"));
    Request r = minimalRequest();
    r.workersNeeded = 2;
    r.topics = { { topicId(*db, QStringLiteral("mental_health.family")), TopicWeight::Primary } };
    r.deadline = QDate(2026, 4, 1);
    auto saved = repo.save(r);
    QVERIFY(saved.ok());
    auto moved = repo.changeStatus(saved->id, 1, RequestStatus::Tagged);
    QVERIFY(moved.ok());
    moved = repo.changeStatus(saved->id, moved->version, RequestStatus::Inviting);
    QVERIFY(moved.ok());

    insertInvitation(*db, saved->id, insertWorker(*db, org, QStringLiteral("A")), QStringLiteral("accepted"));
    insertInvitation(*db, saved->id, insertWorker(*db, org, QStringLiteral("B")), QStringLiteral("declined"));
    insertInvitation(*db, saved->id, insertWorker(*db, org, QStringLiteral("C")), QStringLiteral("pending"));
    auto tooFew = repo.changeStatus(saved->id, moved->version, RequestStatus::Confirmed);
    QVERIFY(!tooFew.ok());
    QCOMPARE(tooFew.error().code, Error::Code::NotAllowed);
    QVERIFY2(tooFew.error().message.contains(QLatin1Char('1')), qPrintable(tooFew.error().message));

    // Acceptances of another request do not count.
    Request other = minimalRequest();
    auto otherSaved = repo.save(other);
    QVERIFY(otherSaved.ok());
    insertInvitation(*db, otherSaved->id, insertWorker(*db, org, QStringLiteral("D")), QStringLiteral("accepted"));
    QVERIFY(!repo.changeStatus(saved->id, moved->version, RequestStatus::Confirmed).ok());

    SqlQuery accept(*db,
                    QStringLiteral("UPDATE invitations SET response = 'accepted' WHERE request_id = ? AND "
                                   "response = 'pending'"));
    accept.bind(saved->id);
    QVERIFY(accept.exec());
    auto confirmed = repo.changeStatus(saved->id, moved->version, RequestStatus::Confirmed);
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.error().message));
    QCOMPARE(confirmed->status, RequestStatus::Confirmed);
}

void TestRequestRepository::cancellingRecordsTheReason()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    RequestRepository repo(*db);
    auto saved = repo.save(minimalRequest());
    QVERIFY(saved.ok());
    const auto before = footprint(*db);
    auto noReason = repo.changeStatus(saved->id, 1, RequestStatus::Cancelled, QStringLiteral("   "));
    QVERIFY(!noReason.ok());
    QCOMPARE(noReason.error().code, Error::Code::InvalidInput);
    QCOMPARE(footprint(*db), before);

    auto cancelled
        = repo.changeStatus(saved->id, 1, RequestStatus::Cancelled, QStringLiteral("  The training was postponed. "));
    QVERIFY2(cancelled.ok(), qPrintable(cancelled.error().message));
    QCOMPARE(cancelled->status, RequestStatus::Cancelled);
    QCOMPARE(cancelled->cancelReason, QStringLiteral("The training was postponed."));
    QCOMPARE(repo.get(saved->id)->cancelReason, QStringLiteral("The training was postponed."));
    auto history = repo.statusHistory(saved->id);
    QCOMPARE(history->size(), 2);
    QCOMPARE(history->last().from, std::optional<RequestStatus>(RequestStatus::New));
    QCOMPARE(history->last().to, RequestStatus::Cancelled);
    QCOMPARE(history->last().reason, QStringLiteral("The training was postponed."));

    // A cancelled request stays cancelled.
    auto reopen = repo.changeStatus(saved->id, cancelled->version, RequestStatus::Tagged);
    QVERIFY(!reopen.ok());
    QCOMPARE(reopen.error().code, Error::Code::NotAllowed);
}

void TestRequestRepository::changeStatusWithStaleVersionIsAConflict()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto first = t.openOrFail();
    auto second = t.openOrFail();
    QVERIFY(first && second);
    first->setActor(QStringLiteral("anna"));
    RequestRepository repoA(*first);
    RequestRepository repoB(*second);
    Request r = minimalRequest();
    r.topics = { { topicId(*first, QStringLiteral("youth.school")), TopicWeight::Primary } };
    auto saved = repoA.save(r);
    QVERIFY(saved.ok());
    const int readByB = repoB.get(saved->id)->version;

    Request edited = *repoA.get(saved->id);
    edited.place = QStringLiteral("Turku");
    QVERIFY(repoA.save(edited).ok());

    const auto before = footprint(*second);
    auto clash = repoB.changeStatus(saved->id, readByB, RequestStatus::Cancelled, QStringLiteral("not needed"));
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    QVERIFY2(clash.error().message.contains(r.title), qPrintable(clash.error().message));
    QCOMPARE(footprint(*second), before);
    QCOMPARE(repoB.get(saved->id)->status, RequestStatus::New);
}

void TestRequestRepository::listAllLoadsEveryRequestWithItsChildren()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    RequestRepository repo(*db);
    const qint64 orgA = insertOrganisation(*db, QStringLiteral("A ry"));
    const qint64 orgB = insertOrganisation(*db, QStringLiteral("B ry"));
    const QVector<qint64> topics { topicId(*db, QStringLiteral("loss.child")), topicId(*db, QStringLiteral("youth")),
                                   topicId(*db, QStringLiteral("migration.refugee")) };
    QVERIFY(repo.listAll()->isEmpty());
    {
        Transaction tx(*db); // many saves inside one outer transaction
        for (int i = 0; i < 40; ++i) {
            Request r = minimalRequest();
            r.title = QStringLiteral("Request %1").arg(i);
            r.receivedOn = QDate(2026, 1, 1).addDays(i % 7);
            for (int k = 0; k < i % 4; ++k)
                r.topics.append(
                    { topics.at(k % topics.size()), k == 0 ? TopicWeight::Primary : TopicWeight::Secondary });
            for (int k = 0; k < i % 3; ++k)
                r.dateOptions.append({ 0, QDateTime(QDate(2026, 5, 1 + k), QTime(9 + i % 8, 0)), QDateTime(), k == 1 });
            if (i % 5 == 0)
                r.organisationScope = { orgA, orgB };
            else if (i % 5 == 1)
                r.organisationScope = { orgB };
            QVERIFY(repo.save(r).ok());
        }
        QVERIFY(tx.commit().ok());
    }
    auto all = repo.listAll();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 40);
    QDate previous(2100, 1, 1);
    int withChildren = 0;
    for (const Request &r : *all) {
        QVERIFY(r.receivedOn <= previous); // latest received first
        previous = r.receivedOn;
        auto one = repo.get(r.id);
        QVERIFY(one.ok());
        QVERIFY2(difference(r, *one).isEmpty(), qPrintable(r.title + QStringLiteral(": ") + difference(r, *one)));
        if (!r.topics.isEmpty() && !r.dateOptions.isEmpty() && !r.organisationScope.isEmpty())
            ++withChildren;
    }
    QVERIFY(withChildren > 0);
}

void TestRequestRepository::unknownRequestIsNotFound()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    RequestRepository repo(*db);
    QCOMPARE(repo.get(4242).error().code, Error::Code::NotFound);
    QCOMPARE(repo.findByReference(QStringLiteral("2026-9999")).error().code, Error::Code::NotFound);
    QCOMPARE(repo.statusHistory(4242).error().code, Error::Code::NotFound);
    QCOMPARE(repo.changeStatus(4242, 1, RequestStatus::Tagged).error().code, Error::Code::NotFound);
    Request ghost = minimalRequest();
    ghost.id = 4242;
    ghost.version = 1;
    ghost.reference = QStringLiteral("2026-0001");
    QCOMPARE(repo.save(ghost).error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestRequestRepository)
#include "tst_request_repository.moc"
