// Invitations on both backends: round trip, one invitation per worker and request, answers that keep a decline's
// reason, reminders, withdrawal, conflicts between two coordinators, and bad input that writes nothing.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "repositories/AuditRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/RequestRepository.h"
#include "storage/SqlQuery.h"

#include <QJsonObject>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0));

// Prerequisites written directly, so these tests do not depend on the worker repository.
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
                              "VALUES (?, ?, 'peer_supporter', 1) RETURNING id"));
    q.bindAll({ name, organisationId });
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

QVector<int> footprint(Database &db)
{
    return { countRows(db, QStringLiteral("SELECT COUNT(*) FROM invitations")),
             countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")),
             countRows(db, QStringLiteral("SELECT COALESCE(SUM(version), 0) FROM invitations")) };
}

QString difference(const Invitation &a, const Invitation &b)
{
    QStringList d;
    const auto check = [&d](bool same, const char *field) {
        if (!same)
            d << QString::fromLatin1(field);
    };
    check(a.id == b.id, "id");
    check(a.version == b.version, "version");
    check(a.requestId == b.requestId, "requestId");
    check(a.workerId == b.workerId, "workerId");
    check(a.sentAt == b.sentAt, "sentAt");
    check(a.sentAt.isValid() == b.sentAt.isValid(), "sentAt null");
    check(a.channel == b.channel, "channel");
    check(a.response == b.response, "response");
    check(a.respondedAt == b.respondedAt, "respondedAt");
    check(a.respondedAt.isValid() == b.respondedAt.isValid(), "respondedAt null");
    check(a.declineReason == b.declineReason, "declineReason");
    check(a.reminders == b.reminders, "reminders");
    check(a.lastReminderAt == b.lastReminderAt, "lastReminderAt");
    check(a.lastReminderAt.isValid() == b.lastReminderAt.isValid(), "lastReminderAt null");
    check(a.note == b.note, "note");
    return d.join(QStringLiteral(", "));
}

// A request, two organisations' worth of workers: what every test starts from.
struct Fixture
{
    qint64 requestId = 0;
    qint64 otherRequestId = 0;
    qint64 aino = 0;
    qint64 bertil = 0;
    qint64 cecilia = 0;
};

Fixture makeFixture(Database &db)
{
    Fixture f;
    const qint64 org = insertOrganisation(db, QStringLiteral("Turun ensi- ja turvakoti"));
    f.aino = insertWorker(db, org, QStringLiteral("Aino K."));
    f.bertil = insertWorker(db, org, QStringLiteral("Bertil S."));
    f.cecilia = insertWorker(db, org, QStringLiteral("Cecilia"));
    RequestRepository requests(db);
    Request r;
    r.receivedOn = QDate(2026, 3, 1);
    r.requesterName = QStringLiteral("Tiina Trainer");
    r.title = QStringLiteral("Domestic violence: the shelter from a child's view");
    auto saved = requests.save(r);
    f.requestId = saved ? saved->id : 0;
    r.title = QStringLiteral("Pride panel in foster-carer training");
    auto other = requests.save(r);
    f.otherRequestId = other ? other->id : 0;
    return f;
}

Invitation invitation(const Fixture &f, qint64 workerId)
{
    Invitation i;
    i.requestId = f.requestId;
    i.workerId = workerId;
    i.sentAt = kNow.addDays(-2);
    i.channel = InvitationChannel::Sms;
    return i;
}
} // namespace

class TestInvitationRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTripsEveryField();
    void roundTripsEmptyTimes();
    void workerIsInvitedOnlyOnce();
    void declineKeepsItsReason();
    void remindersAreCounted();
    void withdrawing();
    void staleChangeIsAConflictAndChangesNothing();
    void invalidInputChangesNothing_data();
    void invalidInputChangesNothing();
    void noInvitationsToFinishedRequests();
    void listsAndCounts();
    void everyChangeIsAudited();

private:
    std::unique_ptr<FixedClock> m_clock;
};

void TestInvitationRepository::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
}

void TestInvitationRepository::cleanupTestCase()
{
    Clock::install(nullptr);
}

void TestInvitationRepository::roundTripsEveryField()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    InvitationRepository repo(*db);

    Invitation i = invitation(f, f.aino);
    i.sentAt = QDateTime(QDate(2026, 3, 8), QTime(8, 15, 30, 125));
    i.channel = InvitationChannel::InPerson;
    i.response = InvitationResponse::Declined;
    i.respondedAt = QDateTime(QDate(2026, 3, 9), QTime(19, 45));
    i.declineReason = QStringLiteral("Liian lähellä omaa tarinaa juuri nyt");
    i.reminders = 2;
    i.lastReminderAt = QDateTime(QDate(2026, 3, 9), QTime(9, 0));
    i.note = QStringLiteral("Asked at the peer group.");
    auto created = repo.create(i);
    QVERIFY2(created.ok(), qPrintable(created.error().message + QStringLiteral(" / ") + created.error().detail));
    QVERIFY(created->id > 0);
    QCOMPARE(created->version, 1);

    auto other = t.openOrFail();
    QVERIFY(other);
    auto loaded = InvitationRepository(*other).get(created->id);
    QVERIFY(loaded.ok());
    i.id = created->id;
    i.version = 1;
    QVERIFY2(difference(*loaded, i).isEmpty(), qPrintable(difference(*loaded, i)));

    // Every channel and every answer survives the trip.
    Invitation current = *loaded;
    for (const auto &channel : kInvitationChannelCodes) {
        for (const auto &response : kInvitationResponseCodes) {
            current.channel = channel.first;
            current.response = response.first;
            auto saved = repo.save(current);
            QVERIFY2(saved.ok(), qPrintable(saved.error().message));
            auto back = InvitationRepository(*other).get(current.id);
            QVERIFY(back.ok());
            QCOMPARE(back->channel, channel.first);
            QCOMPARE(back->response, response.first);
            current = *back;
        }
    }
}

void TestInvitationRepository::roundTripsEmptyTimes()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    InvitationRepository repo(*db);
    Invitation i;
    i.requestId = f.requestId;
    i.workerId = f.bertil; // a draft: not sent yet, no answer, no reminder
    auto created = repo.create(i);
    QVERIFY(created.ok());
    auto loaded = repo.get(created->id);
    QVERIFY(loaded.ok());
    QVERIFY(!loaded->sentAt.isValid());
    QVERIFY(!loaded->respondedAt.isValid());
    QVERIFY(!loaded->lastReminderAt.isValid());
    QCOMPARE(loaded->response, InvitationResponse::Pending);
    QCOMPARE(loaded->channel, InvitationChannel::Email);
    QCOMPARE(countRows(*db,
                       QStringLiteral("SELECT COUNT(*) FROM invitations WHERE sent_at IS NULL AND "
                                      "responded_at IS NULL AND last_reminder_at IS NULL")),
             1);
}

void TestInvitationRepository::workerIsInvitedOnlyOnce()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    InvitationRepository repo(*db);
    QVERIFY(repo.create(invitation(f, f.aino)).ok());

    const auto before = footprint(*db);
    Invitation again = invitation(f, f.aino);
    again.channel = InvitationChannel::Phone;
    auto dup = repo.create(again);
    QVERIFY(!dup.ok());
    QCOMPARE(dup.error().code, Error::Code::InvalidInput);
    QVERIFY2(dup.error().message.contains(QStringLiteral("Aino K.")), qPrintable(dup.error().message));
    QVERIFY2(dup.error().message.contains(QStringLiteral("already")), qPrintable(dup.error().message));
    QCOMPARE(footprint(*db), before);
    // save() with id 0 is the same create, with the same answer.
    QCOMPARE(repo.save(again).error().code, Error::Code::InvalidInput);

    // The same worker may be invited to another request.
    Invitation elsewhere = invitation(f, f.aino);
    elsewhere.requestId = f.otherRequestId;
    QVERIFY(repo.create(elsewhere).ok());
}

void TestInvitationRepository::declineKeepsItsReason()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    InvitationRepository repo(*db);
    auto created = repo.create(invitation(f, f.cecilia));
    QVERIFY(created.ok());

    const QString reason = QStringLiteral("Too close to my own story right now");
    auto declined = repo.recordResponse(created->id, created->version, InvitationResponse::Declined,
                                        QStringLiteral("  ") + reason + QStringLiteral(" "));
    QVERIFY2(declined.ok(), qPrintable(declined.error().message));
    QCOMPARE(declined->response, InvitationResponse::Declined);
    QCOMPARE(declined->declineReason, reason);
    QCOMPARE(declined->respondedAt, kNow);
    QCOMPARE(declined->version, 2);
    QCOMPARE(repo.get(created->id)->declineReason, reason);

    // Other changes keep the reason, also when the worker later changes their mind.
    Invitation noted = *declined;
    noted.note = QStringLiteral("Offer the spring training instead.");
    auto saved = repo.save(noted);
    QVERIFY(saved.ok());
    const QDateTime later = kNow.addDays(1);
    auto accepted = repo.recordResponse(created->id, saved->version, InvitationResponse::Accepted, {}, later);
    QVERIFY(accepted.ok());
    auto stored = repo.get(created->id);
    QCOMPARE(stored->response, InvitationResponse::Accepted);
    QCOMPARE(stored->respondedAt, later);
    QCOMPARE(stored->declineReason, reason);
    QCOMPARE(stored->note, noted.note);

    // Back to pending clears the time of the answer.
    auto pending = repo.recordResponse(created->id, stored->version, InvitationResponse::Pending);
    QVERIFY(pending.ok());
    QVERIFY(!repo.get(created->id)->respondedAt.isValid());
}

void TestInvitationRepository::remindersAreCounted()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    InvitationRepository repo(*db);
    auto created = repo.create(invitation(f, f.bertil));
    QVERIFY(created.ok());

    auto first = repo.logReminder(created->id, created->version, kNow.addSecs(-3600));
    QVERIFY2(first.ok(), qPrintable(first.error().message));
    QCOMPARE(first->reminders, 1);
    auto second = repo.logReminder(created->id, first->version);
    QVERIFY(second.ok());
    auto stored = repo.get(created->id);
    QCOMPARE(stored->reminders, 2);
    QCOMPARE(stored->lastReminderAt, kNow);

    auto declined = repo.recordResponse(created->id, stored->version, InvitationResponse::Declined);
    QVERIFY(declined.ok());
    const auto before = footprint(*db);
    auto refused = repo.logReminder(created->id, declined->version);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    QCOMPARE(footprint(*db), before);
    QCOMPARE(repo.get(created->id)->reminders, 2);
}

void TestInvitationRepository::withdrawing()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    InvitationRepository repo(*db);
    auto accepted = repo.create(invitation(f, f.aino));
    auto declined = repo.create(invitation(f, f.bertil));
    QVERIFY(accepted.ok() && declined.ok());
    auto a = repo.recordResponse(accepted->id, 1, InvitationResponse::Accepted);
    auto d = repo.recordResponse(declined->id, 1, InvitationResponse::Declined, QStringLiteral("Travelling"));
    QVERIFY(a.ok() && d.ok());

    auto withdrawn = repo.withdraw(accepted->id, a->version);
    QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.error().message));
    QCOMPARE(repo.get(accepted->id)->response, InvitationResponse::Withdrawn);

    const auto before = footprint(*db);
    QCOMPARE(repo.withdraw(accepted->id, withdrawn->version).error().code, Error::Code::NotAllowed);
    QCOMPARE(repo.logReminder(accepted->id, withdrawn->version).error().code, Error::Code::NotAllowed);
    QCOMPARE(repo.withdraw(declined->id, d->version).error().code, Error::Code::NotAllowed);
    QCOMPARE(footprint(*db), before);
    QCOMPARE(repo.get(declined->id)->declineReason, QStringLiteral("Travelling"));
}

void TestInvitationRepository::staleChangeIsAConflictAndChangesNothing()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto first = t.openOrFail();
    auto second = t.openOrFail();
    QVERIFY(first && second);
    first->setActor(QStringLiteral("anna"));
    second->setActor(QStringLiteral("bertil"));
    const Fixture f = makeFixture(*first);
    InvitationRepository repoA(*first);
    InvitationRepository repoB(*second);
    auto created = repoA.create(invitation(f, f.aino));
    QVERIFY(created.ok());
    const Invitation readByB = *repoB.get(created->id);

    QVERIFY(repoA.recordResponse(created->id, created->version, InvitationResponse::Accepted).ok());

    const auto before = footprint(*second);
    auto clash
        = repoB.recordResponse(created->id, readByB.version, InvitationResponse::Declined, QStringLiteral("No time"));
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    QVERIFY2(clash.error().message.contains(QStringLiteral("Aino K.")), qPrintable(clash.error().message));
    QVERIFY2(clash.error().message.contains(QStringLiteral("anna")), qPrintable(clash.error().message));

    Invitation stale = readByB;
    stale.note = QStringLiteral("Bertil's note");
    auto staleSave = repoB.save(stale);
    QVERIFY(!staleSave.ok());
    QCOMPARE(staleSave.error().code, Error::Code::Conflict);
    QCOMPARE(repoB.logReminder(created->id, readByB.version).error().code, Error::Code::Conflict);
    QCOMPARE(repoB.withdraw(created->id, readByB.version).error().code, Error::Code::Conflict);
    QCOMPARE(footprint(*second), before);

    auto now = repoB.get(created->id);
    QCOMPARE(now->response, InvitationResponse::Accepted);
    QVERIFY(now->declineReason.isEmpty());
    QVERIFY(now->note.isEmpty());
}

namespace {
enum class Broken {
    NoRequest,
    UnknownRequest,
    NoWorker,
    UnknownWorker,
    NegativeReminders,
    AnswerBeforeSending,
    ReminderBeforeSending,
    MovedToAnotherWorker,
    MovedToAnotherRequest
};
} // namespace
Q_DECLARE_METATYPE(Broken)

void TestInvitationRepository::invalidInputChangesNothing_data()
{
    QTest::addColumn<Broken>("broken");
    QTest::addColumn<bool>("update");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, Broken b, bool update, const char *field) {
        QTest::newRow(name) << b << update << QString::fromLatin1(field);
    };
    row("no request", Broken::NoRequest, false, "requestId");
    row("unknown request", Broken::UnknownRequest, false, "requestId");
    row("no worker", Broken::NoWorker, false, "workerId");
    row("unknown worker", Broken::UnknownWorker, false, "workerId");
    row("negative reminders, new", Broken::NegativeReminders, false, "reminders");
    row("negative reminders, saved", Broken::NegativeReminders, true, "reminders");
    row("answer before sending, new", Broken::AnswerBeforeSending, false, "respondedAt");
    row("answer before sending, saved", Broken::AnswerBeforeSending, true, "respondedAt");
    row("reminder before sending", Broken::ReminderBeforeSending, true, "lastReminderAt");
    row("moved to another worker", Broken::MovedToAnotherWorker, true, "workerId");
    row("moved to another request", Broken::MovedToAnotherRequest, true, "workerId");
}

void TestInvitationRepository::invalidInputChangesNothing()
{
    QFETCH(Broken, broken);
    QFETCH(bool, update);
    QFETCH(QString, field);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    InvitationRepository repo(*db);
    Invitation i = invitation(f, f.aino);
    Invitation original;
    if (update) {
        auto created = repo.create(i);
        QVERIFY(created.ok());
        original = *repo.get(created->id);
        i = original;
    }
    switch (broken) {
    case Broken::NoRequest:
        i.requestId = 0;
        break;
    case Broken::UnknownRequest:
        i.requestId = 98765;
        break;
    case Broken::NoWorker:
        i.workerId = 0;
        break;
    case Broken::UnknownWorker:
        i.workerId = 98765;
        break;
    case Broken::NegativeReminders:
        i.reminders = -1;
        break;
    case Broken::AnswerBeforeSending:
        i.response = InvitationResponse::Accepted;
        i.respondedAt = i.sentAt.addSecs(-60);
        break;
    case Broken::ReminderBeforeSending:
        i.lastReminderAt = i.sentAt.addDays(-1);
        break;
    case Broken::MovedToAnotherWorker:
        i.workerId = f.bertil;
        break;
    case Broken::MovedToAnotherRequest:
        i.requestId = f.otherRequestId;
        break;
    }
    const auto before = footprint(*db);
    auto result = repo.save(i);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(result.error().detail, field);
    QCOMPARE(footprint(*db), before);
    if (update)
        QVERIFY(difference(*repo.get(original.id), original).isEmpty());
}

void TestInvitationRepository::noInvitationsToFinishedRequests()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    RequestRepository requests(*db);
    QVERIFY(requests.changeStatus(f.requestId, 1, RequestStatus::Cancelled, QStringLiteral("Postponed")).ok());
    InvitationRepository repo(*db);
    const auto before = footprint(*db);
    auto refused = repo.create(invitation(f, f.aino));
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    QVERIFY2(refused.error().message.contains(QStringLiteral("Cancelled")), qPrintable(refused.error().message));
    QCOMPARE(footprint(*db), before);
}

void TestInvitationRepository::listsAndCounts()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    InvitationRepository repo(*db);
    QVERIFY(repo.listAll()->isEmpty());
    QVector<qint64> ids;
    for (qint64 worker : { f.aino, f.bertil, f.cecilia }) {
        auto created = repo.create(invitation(f, worker));
        QVERIFY(created.ok());
        ids << created->id;
    }
    Invitation elsewhere = invitation(f, f.aino);
    elsewhere.requestId = f.otherRequestId;
    auto other = repo.create(elsewhere);
    QVERIFY(other.ok());
    QVERIFY(repo.recordResponse(ids[0], 1, InvitationResponse::Accepted).ok());
    QVERIFY(repo.recordResponse(ids[2], 1, InvitationResponse::Accepted).ok());
    QVERIFY(repo.recordResponse(other->id, 1, InvitationResponse::Accepted).ok());

    auto forRequest = repo.listForRequest(f.requestId);
    QVERIFY(forRequest.ok());
    QVector<qint64> listed;
    for (const Invitation &i : *forRequest)
        listed << i.id;
    QCOMPARE(listed, ids);

    auto forAino = repo.listForWorker(f.aino);
    QVERIFY(forAino.ok());
    QCOMPARE(forAino->size(), 2);
    QCOMPARE(forAino->first().id, other->id); // latest first

    auto all = repo.listAll();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 4);
    for (const Invitation &i : *all)
        QVERIFY(difference(i, *repo.get(i.id)).isEmpty());

    QCOMPARE(*repo.acceptedCount(f.requestId), 2);
    QCOMPARE(*repo.acceptedCount(f.otherRequestId), 1);
    QCOMPARE(repo.get(98765).error().code, Error::Code::NotFound);
}

void TestInvitationRepository::everyChangeIsAudited()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    db->setActor(QStringLiteral("coordinator-a"));
    const Fixture f = makeFixture(*db);
    InvitationRepository repo(*db);
    auto created = repo.create(invitation(f, f.aino));
    QVERIFY(created.ok());
    auto declined = repo.recordResponse(created->id, 1, InvitationResponse::Declined, QStringLiteral("Ill"));
    QVERIFY(declined.ok());
    QVERIFY(repo.save(*declined).ok()); // unchanged: no entry

    auto audit = AuditRepository(*db).forRecord(QStringLiteral("invitations"), created->id);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 2);
    QCOMPARE(audit->at(0).action, QStringLiteral("insert"));
    const QJsonObject inserted = audit->at(0).changes;
    QCOMPARE(inserted.value(QStringLiteral("worker_id")).toObject().value(QStringLiteral("new")).toInteger(), f.aino);
    QCOMPARE(audit->at(1).action, QStringLiteral("update"));
    QCOMPARE(audit->at(1).actor, QStringLiteral("coordinator-a"));
    const QJsonObject response = audit->at(1).changes.value(QStringLiteral("response")).toObject();
    QCOMPARE(response.value(QStringLiteral("old")).toString(), QStringLiteral("pending"));
    QCOMPARE(response.value(QStringLiteral("new")).toString(), QStringLiteral("declined"));
    const QJsonObject reason = audit->at(1).changes.value(QStringLiteral("decline_reason")).toObject();
    QCOMPARE(reason.value(QStringLiteral("new")).toString(), QStringLiteral("Ill"));
}

QTEST_GUILESS_MAIN(TestInvitationRepository)
#include "tst_invitation_repository.moc"
