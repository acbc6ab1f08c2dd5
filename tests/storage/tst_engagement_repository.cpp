// Engagements on both backends: round trip, confirming from accepted invitations (also atomically with the
// request's status change), conflicts between two coordinators, and bad input that writes nothing.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "repositories/AuditRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/RequestRepository.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

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
                              "VALUES (?, ?, 'experience_partner', 1) RETURNING id"));
    q.bindAll({ name, organisationId });
    auto id = q.scalar();
    return id ? id->toLongLong() : 0;
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

QVector<int> footprint(Database &db)
{
    return { countRows(db, QStringLiteral("SELECT COUNT(*) FROM engagements")),
             countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")),
             countRows(db, QStringLiteral("SELECT COALESCE(SUM(version), 0) FROM engagements")),
             countRows(db, QStringLiteral("SELECT COALESCE(SUM(version), 0) FROM requests")) };
}

QString difference(const Engagement &a, const Engagement &b)
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
    check(a.invitationId == b.invitationId, "invitationId");
    check(a.starts == b.starts && a.starts.isValid() == b.starts.isValid(), "starts");
    check(a.ends == b.ends && a.ends.isValid() == b.ends.isValid(), "ends");
    check(a.attendance == b.attendance, "attendance");
    check(qFuzzyCompare(1.0 + a.hours, 1.0 + b.hours), "hours");
    check(a.feeCents == b.feeCents, "feeCents");
    check(a.travelCents == b.travelCents, "travelCents");
    check(a.feeDeclined == b.feeDeclined, "feeDeclined");
    check(a.payment == b.payment, "payment");
    check(a.paidOn == b.paidOn, "paidOn");
    check(a.preparationDone == b.preparationDone, "preparationDone");
    check(a.debriefDone == b.debriefDone, "debriefDone");
    check(a.debriefOn == b.debriefOn, "debriefOn");
    check(a.debriefBy == b.debriefBy, "debriefBy");
    check(a.note == b.note, "note");
    return d.join(QStringLiteral(", "));
}

struct Fixture
{
    qint64 requestId = 0;
    qint64 otherRequestId = 0;
    QVector<qint64> workers; // Aino, Bertil, Cecilia, Daniel
    QVector<qint64> invitations;
};

// A commission in Inviting with two proposed times (the later one chosen) and a fee; Aino and Cecilia accepted,
// Bertil declined, Daniel has not answered.
Fixture makeFixture(Database &db, bool chooseTime = true, bool withEnds = true)
{
    Fixture f;
    const qint64 org = insertOrganisation(db, QStringLiteral("Perhekuntoutuskeskus Lauste"));
    for (const char *name : { "Aino K.", "Bertil S.", "Cecilia", "Daniel" })
        f.workers << insertWorker(db, org, QString::fromUtf8(name));
    RequestRepository requests(db);
    Request r;
    r.receivedOn = QDate(2026, 3, 1);
    r.requesterName = QStringLiteral("Tiina Trainer");
    r.title = QStringLiteral("How family history was gone through in a family mapping");
    r.topics = { { topicId(db, QStringLiteral("child_protection.family_mapping")), TopicWeight::Primary } };
    r.workersNeeded = 2;
    r.durationMinutes = 90;
    r.feeCents = 15000;
    const QDateTime first(QDate(2026, 3, 24), QTime(13, 0));
    const QDateTime second(QDate(2026, 3, 17), QTime(9, 30));
    // The chosen time is not the earliest one, so that "chosen" and "earliest" give different answers.
    r.dateOptions = { { 0, first, withEnds ? first.addSecs(2 * 3600) : QDateTime(), chooseTime },
                      { 0, second, withEnds ? second.addSecs(3 * 3600) : QDateTime(), false } };
    auto saved = requests.save(r);
    if (!saved)
        return f;
    f.requestId = saved->id;
    auto tagged = requests.changeStatus(f.requestId, saved->version, RequestStatus::Tagged);
    auto inviting = requests.changeStatus(f.requestId, tagged ? tagged->version : 0, RequestStatus::Inviting);
    Q_UNUSED(inviting);
    r.title = QStringLiteral("Another commission");
    r.topics.clear();
    auto other = requests.save(r);
    f.otherRequestId = other ? other->id : 0;

    InvitationRepository invitations(db);
    const QVector<InvitationResponse> answers { InvitationResponse::Accepted, InvitationResponse::Declined,
                                                InvitationResponse::Accepted, InvitationResponse::Pending };
    for (int i = 0; i < f.workers.size(); ++i) {
        Invitation inv;
        inv.requestId = f.requestId;
        inv.workerId = f.workers.at(i);
        inv.sentAt = kNow.addDays(-3);
        auto created = invitations.create(inv);
        if (!created)
            return f;
        f.invitations << created->id;
        if (answers.at(i) != InvitationResponse::Pending)
            invitations.recordResponse(created->id, created->version, answers.at(i));
    }
    return f;
}

Engagement engagement(const Fixture &f, int worker)
{
    Engagement e;
    e.requestId = f.requestId;
    e.workerId = f.workers.at(worker);
    e.starts = QDateTime(QDate(2026, 3, 17), QTime(9, 30));
    e.ends = e.starts.addSecs(3 * 3600);
    e.hours = 3;
    return e;
}
} // namespace

class TestEngagementRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTripsEveryField();
    void roundTripsEmptyOptionalFields();
    void confirmEngagesEveryAcceptedWorker();
    void confirmUsesEarliestTimeAndTheDuration();
    void confirmTogetherWithTheStatusChange();
    void failedConfirmationLeavesNoEngagements();
    void confirmRefusedForCancelledRequest();
    void staleSaveIsAConflictAndChangesNothing();
    void invalidInputChangesNothing_data();
    void invalidInputChangesNothing();
    void lists();

private:
    std::unique_ptr<FixedClock> m_clock;
};

void TestEngagementRepository::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
}

void TestEngagementRepository::cleanupTestCase()
{
    Clock::install(nullptr);
}

void TestEngagementRepository::roundTripsEveryField()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    QVERIFY(f.invitations.size() == 4);
    EngagementRepository repo(*db);

    Engagement e = engagement(f, 0);
    e.invitationId = f.invitations.at(0);
    e.starts = QDateTime(QDate(2026, 3, 17), QTime(9, 30, 15, 500));
    e.attendance = Attendance::Attended;
    e.hours = 2.75;
    e.feeCents = 15000;
    e.travelCents = 2380;
    e.feeDeclined = false;
    e.payment = PaymentState::Paid;
    e.paidOn = QDate(2026, 3, 31);
    e.preparationDone = true;
    e.debriefDone = true;
    e.debriefOn = QDate(2026, 3, 18);
    e.debriefBy = QStringLiteral("Maija (coordinator)");
    e.note = QStringLiteral("Spoke about the first night in the reception unit.");
    auto saved = repo.save(e);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message + QStringLiteral(" / ") + saved.error().detail));
    QCOMPARE(saved->version, 1);

    auto other = t.openOrFail();
    QVERIFY(other);
    auto loaded = EngagementRepository(*other).get(saved->id);
    QVERIFY(loaded.ok());
    e.id = saved->id;
    e.version = 1;
    QVERIFY2(difference(*loaded, e).isEmpty(), qPrintable(difference(*loaded, e)));

    // Every attendance and payment state survives the trip.
    Engagement current = *loaded;
    current.payment = PaymentState::NotDue;
    current.paidOn = QDate();
    for (const auto &attendance : kAttendanceCodes) {
        for (const auto &payment : kPaymentStateCodes) {
            current.attendance = attendance.first;
            current.payment = payment.first;
            current.paidOn = payment.first == PaymentState::Paid ? QDate(2026, 4, 1) : QDate();
            auto stored = repo.save(current);
            QVERIFY2(stored.ok(), qPrintable(stored.error().message));
            auto back = EngagementRepository(*other).get(current.id);
            QVERIFY(back.ok());
            QCOMPARE(back->attendance, attendance.first);
            QCOMPARE(back->payment, payment.first);
            current = *back;
        }
    }
}

void TestEngagementRepository::roundTripsEmptyOptionalFields()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    EngagementRepository repo(*db);
    Engagement e;
    e.requestId = f.requestId;
    e.workerId = f.workers.at(3); // engaged without an invitation, no time yet (a brochure review)
    e.feeDeclined = true;
    e.payment = PaymentState::Declined;
    auto saved = repo.save(e);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    auto loaded = repo.get(saved->id);
    QVERIFY(loaded.ok());
    e.id = saved->id;
    e.version = 1;
    QVERIFY2(difference(*loaded, e).isEmpty(), qPrintable(difference(*loaded, e)));
    QCOMPARE(countRows(*db,
                       QStringLiteral("SELECT COUNT(*) FROM engagements WHERE invitation_id IS NULL AND "
                                      "starts_at IS NULL AND ends_at IS NULL AND paid_on IS NULL AND "
                                      "debrief_on IS NULL")),
             1);
}

void TestEngagementRepository::confirmEngagesEveryAcceptedWorker()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    QCOMPARE(f.invitations.size(), 4);
    EngagementRepository repo(*db);

    auto created = repo.confirmFromInvitations(f.requestId);
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    QCOMPARE(created->size(), 2);
    const QDateTime chosen(QDate(2026, 3, 24), QTime(13, 0));
    QCOMPARE(created->at(0).workerId, f.workers.at(0));
    QCOMPARE(created->at(1).workerId, f.workers.at(2));
    auto stored = repo.listForRequest(f.requestId);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 2);
    for (int i = 0; i < 2; ++i) {
        const Engagement &e = stored->at(i);
        QVERIFY2(difference(e, created->at(i)).isEmpty(), qPrintable(difference(e, created->at(i))));
        QCOMPARE(e.invitationId, f.invitations.at(i * 2));
        QCOMPARE(e.starts, chosen);
        QCOMPARE(e.ends, chosen.addSecs(2 * 3600));
        QCOMPARE(e.hours, 2.0);
        QCOMPARE(e.feeCents, qint64(15000));
        QCOMPARE(e.attendance, Attendance::Planned);
        QCOMPARE(e.payment, PaymentState::NotDue);
        QVERIFY(!e.preparationDone && !e.debriefDone);
    }
    auto audit = AuditRepository(*db).forRecord(QStringLiteral("engagements"), created->at(0).id);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 1);
    QCOMPARE(audit->first().action, QStringLiteral("insert"));

    // Confirming again engages nobody twice; a late acceptance is engaged on the next confirmation.
    const auto before = footprint(*db);
    auto again = repo.confirmFromInvitations(f.requestId);
    QVERIFY(again.ok());
    QVERIFY(again->isEmpty());
    QCOMPARE(footprint(*db), before);
    InvitationRepository invitations(*db);
    const Invitation daniel = *invitations.get(f.invitations.at(3));
    QVERIFY(invitations.recordResponse(daniel.id, daniel.version, InvitationResponse::Accepted).ok());
    auto late = repo.confirmFromInvitations(f.requestId);
    QVERIFY(late.ok());
    QCOMPARE(late->size(), 1);
    QCOMPARE(late->first().workerId, f.workers.at(3));
    QCOMPARE(repo.listForRequest(f.requestId)->size(), 3);
}

void TestEngagementRepository::confirmUsesEarliestTimeAndTheDuration()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db, false, false);
    auto created = EngagementRepository(*db).confirmFromInvitations(f.requestId);
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    QCOMPARE(created->size(), 2);
    const QDateTime earliest(QDate(2026, 3, 17), QTime(9, 30));
    auto e = EngagementRepository(*db).get(created->first().id);
    QVERIFY(e.ok());
    QCOMPARE(e->starts, earliest);
    QCOMPARE(e->ends, earliest.addSecs(90 * 60));
    QCOMPARE(e->hours, 1.5);
}

void TestEngagementRepository::confirmTogetherWithTheStatusChange()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    RequestRepository requests(*db);
    EngagementRepository repo(*db);
    const int version = requests.get(f.requestId)->version;
    {
        Transaction tx(*db);
        auto confirmed = requests.changeStatus(f.requestId, version, RequestStatus::Confirmed);
        QVERIFY2(confirmed.ok(), qPrintable(confirmed.error().message));
        auto engaged = repo.confirmFromInvitations(f.requestId);
        QVERIFY(engaged.ok());
        QCOMPARE(engaged->size(), 2);
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(requests.get(f.requestId)->status, RequestStatus::Confirmed);
    QCOMPARE(repo.listForRequest(f.requestId)->size(), 2);
}

void TestEngagementRepository::failedConfirmationLeavesNoEngagements()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    RequestRepository requests(*db);
    // Three workers needed, two accepted: the status change is refused, so the engagements must go too.
    Request r = *requests.get(f.requestId);
    r.workersNeeded = 3;
    auto saved = requests.save(r);
    QVERIFY(saved.ok());
    const auto before = footprint(*db);
    {
        Transaction tx(*db);
        auto engaged = EngagementRepository(*db).confirmFromInvitations(f.requestId);
        QVERIFY(engaged.ok());
        QCOMPARE(engaged->size(), 2);
        auto confirmed = requests.changeStatus(f.requestId, saved->version, RequestStatus::Confirmed);
        QVERIFY(!confirmed.ok());
        QCOMPARE(confirmed.error().code, Error::Code::NotAllowed);
        // the caller does not commit
    }
    QCOMPARE(footprint(*db), before);
    QVERIFY(EngagementRepository(*db).listForRequest(f.requestId)->isEmpty());
}

void TestEngagementRepository::confirmRefusedForCancelledRequest()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    RequestRepository requests(*db);
    QVERIFY(requests
                .changeStatus(f.requestId, requests.get(f.requestId)->version, RequestStatus::Cancelled,
                              QStringLiteral("The unit was reorganised"))
                .ok());
    const auto before = footprint(*db);
    auto refused = EngagementRepository(*db).confirmFromInvitations(f.requestId);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    QCOMPARE(footprint(*db), before);
    QCOMPARE(EngagementRepository(*db).confirmFromInvitations(98765).error().code, Error::Code::NotFound);
}

void TestEngagementRepository::staleSaveIsAConflictAndChangesNothing()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto first = t.openOrFail();
    auto second = t.openOrFail();
    QVERIFY(first && second);
    first->setActor(QStringLiteral("anna"));
    const Fixture f = makeFixture(*first);
    EngagementRepository repoA(*first);
    EngagementRepository repoB(*second);
    auto created = repoA.save(engagement(f, 0));
    QVERIFY(created.ok());

    Engagement a = *repoA.get(created->id);
    Engagement b = *repoB.get(created->id);
    a.attendance = Attendance::Attended;
    QVERIFY(repoA.save(a).ok());

    const auto before = footprint(*second);
    b.attendance = Attendance::NoShow;
    b.note = QStringLiteral("Did not come");
    auto clash = repoB.save(b);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    QVERIFY2(clash.error().message.contains(QStringLiteral("Aino K.")), qPrintable(clash.error().message));
    QVERIFY2(clash.error().message.contains(QStringLiteral("anna")), qPrintable(clash.error().message));
    QCOMPARE(footprint(*second), before);
    auto now = repoB.get(created->id);
    QCOMPARE(now->attendance, Attendance::Attended);
    QVERIFY(now->note.isEmpty());
    QCOMPARE(now->version, 2);
}

namespace {
enum class Broken {
    NegativeHours,
    TooManyHours,
    NegativeFee,
    NegativeTravel,
    EndsBeforeStart,
    EndsWithoutStart,
    PaidWithoutDate,
    DateWithoutPaid,
    DeclinedFeePaid,
    UnknownRequest,
    UnknownWorker,
    InvitationOfAnotherWorker,
    UnknownInvitation,
    SecondEngagement,
    MovedToAnotherWorker
};
} // namespace
Q_DECLARE_METATYPE(Broken)

void TestEngagementRepository::invalidInputChangesNothing_data()
{
    QTest::addColumn<Broken>("broken");
    QTest::addColumn<bool>("update");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, Broken b, bool update, const char *field) {
        QTest::newRow(name) << b << update << QString::fromLatin1(field);
    };
    row("negative hours", Broken::NegativeHours, false, "hours");
    row("negative hours, saved", Broken::NegativeHours, true, "hours");
    row("more hours than a week", Broken::TooManyHours, true, "hours");
    row("negative fee", Broken::NegativeFee, false, "feeCents");
    row("negative travel costs", Broken::NegativeTravel, true, "travelCents");
    row("ends before it starts", Broken::EndsBeforeStart, false, "ends");
    row("ends without a start", Broken::EndsWithoutStart, true, "starts");
    row("paid without a date", Broken::PaidWithoutDate, true, "paidOn");
    row("payment date but not paid", Broken::DateWithoutPaid, true, "paidOn");
    row("declined fee marked paid", Broken::DeclinedFeePaid, true, "payment");
    row("unknown request", Broken::UnknownRequest, false, "requestId");
    row("unknown worker", Broken::UnknownWorker, false, "workerId");
    row("invitation of another worker", Broken::InvitationOfAnotherWorker, false, "invitationId");
    row("unknown invitation", Broken::UnknownInvitation, true, "invitationId");
    row("second engagement of the worker", Broken::SecondEngagement, false, "workerId");
    row("moved to another worker", Broken::MovedToAnotherWorker, true, "workerId");
}

void TestEngagementRepository::invalidInputChangesNothing()
{
    QFETCH(Broken, broken);
    QFETCH(bool, update);
    QFETCH(QString, field);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    EngagementRepository repo(*db);
    Engagement e = engagement(f, 0);
    e.invitationId = f.invitations.at(0);
    Engagement original;
    if (update || broken == Broken::SecondEngagement) {
        auto created = repo.save(e);
        QVERIFY(created.ok());
        original = *repo.get(created->id);
        if (update)
            e = original;
    }
    switch (broken) {
    case Broken::NegativeHours:
        e.hours = -0.5;
        break;
    case Broken::TooManyHours:
        e.hours = 169;
        break;
    case Broken::NegativeFee:
        e.feeCents = -100;
        break;
    case Broken::NegativeTravel:
        e.travelCents = -1;
        break;
    case Broken::EndsBeforeStart:
        e.ends = e.starts.addSecs(-60);
        break;
    case Broken::EndsWithoutStart:
        e.starts = QDateTime();
        break;
    case Broken::PaidWithoutDate:
        e.payment = PaymentState::Paid;
        break;
    case Broken::DateWithoutPaid:
        e.payment = PaymentState::Unpaid;
        e.paidOn = QDate(2026, 4, 1);
        break;
    case Broken::DeclinedFeePaid:
        e.feeDeclined = true;
        e.payment = PaymentState::Paid;
        e.paidOn = QDate(2026, 4, 1);
        break;
    case Broken::UnknownRequest:
        e.requestId = 98765;
        break;
    case Broken::UnknownWorker:
        e.workerId = 98765;
        break;
    case Broken::InvitationOfAnotherWorker:
        e.invitationId = f.invitations.at(2);
        break;
    case Broken::UnknownInvitation:
        e.invitationId = 98765;
        break;
    case Broken::SecondEngagement:
        e.invitationId = 0;
        break; // same request and worker again
    case Broken::MovedToAnotherWorker:
        e.workerId = f.workers.at(2);
        e.invitationId = f.invitations.at(2);
        break;
    }
    const auto before = footprint(*db);
    auto result = repo.save(e);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(result.error().detail, field);
    QCOMPARE(footprint(*db), before);
    if (original.id)
        QVERIFY(difference(*repo.get(original.id), original).isEmpty());
}

void TestEngagementRepository::lists()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const Fixture f = makeFixture(*db);
    EngagementRepository repo(*db);
    QVERIFY(repo.listAll()->isEmpty());
    auto confirmed = repo.confirmFromInvitations(f.requestId);
    QVERIFY(confirmed.ok());
    // Aino also in an earlier commission and in one without a time (a brochure review).
    Engagement earlier = engagement(f, 0);
    earlier.requestId = f.otherRequestId;
    earlier.starts = QDateTime(QDate(2026, 2, 3), QTime(10, 0));
    earlier.ends = earlier.starts.addSecs(3600);
    auto e1 = repo.save(earlier);
    QVERIFY(e1.ok());
    Request review;
    review.receivedOn = QDate(2026, 3, 5);
    review.requesterName = QStringLiteral("Leena");
    review.title = QStringLiteral("Brochure review");
    review.deadline = QDate(2026, 4, 15);
    auto reviewSaved = RequestRepository(*db).save(review);
    QVERIFY(reviewSaved.ok());
    Engagement untimed;
    untimed.requestId = reviewSaved->id;
    untimed.workerId = f.workers.at(0);
    auto e2 = repo.save(untimed);
    QVERIFY(e2.ok());

    auto forAino = repo.listForWorker(f.workers.at(0));
    QVERIFY(forAino.ok());
    QCOMPARE(forAino->size(), 3);
    QCOMPARE(forAino->at(0).requestId, f.requestId); // latest start first, no time last
    QCOMPARE(forAino->at(1).requestId, f.otherRequestId);
    QCOMPARE(forAino->at(2).requestId, reviewSaved->id);
    QCOMPARE(repo.listForRequest(f.requestId)->size(), 2);
    QCOMPARE(repo.listForRequest(f.otherRequestId)->size(), 1);
    auto all = repo.listAll();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 4);
    for (const Engagement &e : *all)
        QVERIFY(difference(e, *repo.get(e.id)).isEmpty());
    QCOMPARE(repo.get(98765).error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestEngagementRepository)
#include "tst_engagement_repository.moc"
