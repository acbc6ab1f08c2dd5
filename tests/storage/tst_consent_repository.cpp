// Consents as a history on both backends: recorded once with every field, listed in order, withdrawn or superseded
// (the old one withdrawn on the new one's day, in the same transaction, audited), never edited; stale withdrawals
// and supersessions are conflicts, and bad input writes nothing.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "repositories/ConsentRepository.h"
#include "storage/SqlQuery.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0));

qint64 insertRow(Database &db, const QString &sql, const QVariantList &binds)
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
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
    return { countRows(db, QStringLiteral("SELECT COUNT(*) FROM consents")),
             countRows(db, QStringLiteral("SELECT COUNT(*) FROM consents WHERE withdrawn_on IS NOT NULL")),
             countRows(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")) };
}

QPair<QString, QJsonObject> lastAudit(Database &db, qint64 consentId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT action, changes FROM audit_log WHERE table_name = 'consents' AND record_id = ? "
                              "ORDER BY id DESC LIMIT 1"));
    q.bind(consentId);
    if (!q.exec() || !q.next())
        return {};
    return { q.value(0).toString(), QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object() };
}

QString difference(const Consent &a, const Consent &b)
{
    QStringList d;
    const auto check = [&d](bool same, const char *field) {
        if (!same)
            d << QString::fromLatin1(field);
    };
    check(a.id == b.id, "id");
    check(a.version == b.version, "version");
    check(a.workerId == b.workerId, "workerId");
    check(a.scope == b.scope, "scope");
    check(a.givenOn == b.givenOn, "givenOn");
    check(a.expiresOn == b.expiresOn, "expiresOn");
    check(a.withdrawnOn == b.withdrawnOn, "withdrawnOn");
    check(a.recordedBy == b.recordedBy, "recordedBy");
    check(a.guardianName == b.guardianName, "guardianName");
    check(a.note == b.note, "note");
    check(a.supersedesId == b.supersedesId, "supersedesId");
    return d.join(QStringLiteral(", "));
}

struct Fixture
{
    std::unique_ptr<Database> db;
    qint64 aino = 0;
    qint64 bertta = 0;
    qint64 coordinator = 0;
};

Fixture fixture(const TestDatabase &t)
{
    Fixture f;
    f.db = t.openOrFail();
    if (!f.db)
        return f;
    const qint64 org
        = insertRow(*f.db, QStringLiteral("INSERT INTO organisations (name, version) VALUES (?, 1) RETURNING id"),
                    { QStringLiteral("Äimä ry") });
    const QString worker = QStringLiteral("INSERT INTO workers (display_name, organisation_id, title, version) "
                                          "VALUES (?, ?, 'expert_by_experience', 1) RETURNING id");
    f.aino = insertRow(*f.db, worker, { QStringLiteral("Aino K."), org });
    f.bertta = insertRow(*f.db, worker, { QStringLiteral("Bertta L."), org });
    f.coordinator = insertRow(*f.db,
                              QStringLiteral("INSERT INTO coordinators (username, display_name, version) "
                                             "VALUES ('leena', 'Leena Rantala', 1) RETURNING id"),
                              {});
    return f;
}

Consent contact(qint64 workerId, const QDate &given)
{
    Consent c;
    c.workerId = workerId;
    c.scope = ConsentScope::Contact;
    c.givenOn = given;
    return c;
}
} // namespace

using ConsentMutation = std::function<void(Consent &, const Fixture &)>;
Q_DECLARE_METATYPE(ConsentMutation)

class TestConsentRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void recordsEveryField_data();
    void recordsEveryField();
    void listsInOrder();
    void supersedingWithdrawsTheOldOneOnTheNewDay();
    void supersedingIsRefused_data();
    void supersedingIsRefused();
    void supersedingAStaleCopyIsAConflict();
    void withdrawSetsTheDayAndIsAudited();
    void withdrawIsRefused_data();
    void withdrawIsRefused();
    void staleWithdrawalIsAConflict();
    void invalidInputChangesNothing_data();
    void invalidInputChangesNothing();

private:
    std::unique_ptr<FixedClock> m_clock;
};

void TestConsentRepository::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
}

void TestConsentRepository::cleanupTestCase()
{
    Clock::install(nullptr);
}

void TestConsentRepository::recordsEveryField_data()
{
    QTest::addColumn<ConsentScope>("scope");
    QTest::addColumn<QDate>("expiresOn");
    QTest::addColumn<bool>("recorded");
    QTest::addColumn<QString>("guardianName");
    QTest::addColumn<QString>("note");
    QTest::newRow("contact, no expiry, nobody recorded it")
        << ConsentScope::Contact << QDate() << false << QString() << QString();
    QTest::newRow("sensitive background with note")
        << ConsentScope::SensitiveBackground << QDate(2028, 1, 31) << true << QString()
        << QStringLiteral("Signed on paper, ä ö å.\nArchived.");
    QTest::newRow("public appearance expiring the day it is given")
        << ConsentScope::PublicAppearance << QDate(2026, 2, 1) << true << QString() << QString();
    QTest::newRow("photo and recording") << ConsentScope::PhotoRecording << QDate(2027, 2, 1) << false << QString()
                                         << QStringLiteral("No video");
    QTest::newRow("guardian") << ConsentScope::Guardian << QDate(2030, 6, 5) << true << QStringLiteral("Maija Virtanen")
                              << QString();
}

void TestConsentRepository::recordsEveryField()
{
    QFETCH(ConsentScope, scope);
    QFETCH(QDate, expiresOn);
    QFETCH(bool, recorded);
    QFETCH(QString, guardianName);
    QFETCH(QString, note);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    auto other = t.openOrFail();
    QVERIFY(other);
    ConsentRepository repo(*f.db);

    Consent c;
    c.workerId = f.aino;
    c.scope = scope;
    c.givenOn = QDate(2026, 2, 1);
    c.expiresOn = expiresOn;
    c.recordedBy = recorded ? f.coordinator : 0;
    c.guardianName = guardianName;
    c.note = note;
    auto saved = repo.record(c);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    Consent expected = c;
    expected.id = saved->id;
    expected.version = 1;
    QCOMPARE(difference(*saved, expected), QString());
    auto read = ConsentRepository(*other).get(saved->id);
    QVERIFY(read.ok());
    QCOMPARE(difference(*read, expected), QString());
    QVERIFY(read->isValidOn(QDate(2026, 2, 1)));
    QCOMPARE(countRows(*f.db,
                       QStringLiteral("SELECT COUNT(*) FROM consents WHERE id = ? AND scope = ? AND "
                                      "withdrawn_on IS NULL AND supersedes_id IS NULL"),
                       { saved->id, toCode(scope) }),
             1);
    QCOMPARE(countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM consents WHERE id = ? AND expires_on IS NULL"),
                       { saved->id }),
             expiresOn.isValid() ? 0 : 1);
    QCOMPARE(countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM consents WHERE id = ? AND recorded_by IS NULL"),
                       { saved->id }),
             recorded ? 0 : 1);
    const auto audit = lastAudit(*f.db, saved->id);
    QCOMPARE(audit.first, QStringLiteral("insert"));
    QCOMPARE(audit.second.value(QStringLiteral("scope")).toObject().value(QStringLiteral("new")).toString(),
             toCode(scope));
}

void TestConsentRepository::listsInOrder()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    ConsentRepository repo(*f.db);
    QVERIFY(repo.listForWorker(f.aino)->isEmpty());
    QVERIFY(repo.listAll()->isEmpty());

    // Recorded out of order: listed by the day given, then by id.
    const auto record = [&](qint64 worker, const QDate &given, ConsentScope scope) {
        Consent c = contact(worker, given);
        c.scope = scope;
        auto r = repo.record(c);
        return r ? r->id : 0;
    };
    const qint64 c1 = record(f.aino, QDate(2025, 6, 1), ConsentScope::PublicAppearance);
    const qint64 c2 = record(f.bertta, QDate(2024, 1, 1), ConsentScope::Contact);
    const qint64 c3 = record(f.aino, QDate(2024, 3, 15), ConsentScope::Contact);
    const qint64 c4 = record(f.aino, QDate(2025, 6, 1), ConsentScope::SensitiveBackground);
    QVERIFY(c1 && c2 && c3 && c4);

    auto ofAino = repo.listForWorker(f.aino);
    QVERIFY(ofAino.ok());
    QVector<qint64> ids;
    for (const Consent &c : *ofAino)
        ids << c.id;
    QCOMPARE(ids, (QVector<qint64> { c3, c1, c4 }));

    auto all = repo.listAll();
    QVERIFY(all.ok());
    ids.clear();
    for (const Consent &c : *all)
        ids << c.id;
    const QVector<qint64> expected
        = f.aino < f.bertta ? QVector<qint64> { c3, c1, c4, c2 } : QVector<qint64> { c2, c3, c1, c4 };
    QCOMPARE(ids, expected);

    auto unknown = repo.listForWorker(987654);
    QVERIFY(!unknown.ok());
    QCOMPARE(unknown.error().code, Error::Code::NotFound);
}

void TestConsentRepository::supersedingWithdrawsTheOldOneOnTheNewDay()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    f.db->setActor(QStringLiteral("leena"));
    ConsentRepository repo(*f.db);
    Consent first = contact(f.aino, QDate(2024, 1, 10));
    first.expiresOn = QDate(2026, 1, 10);
    auto old = repo.record(first);
    QVERIFY(old.ok());

    Consent renewal = contact(f.aino, QDate(2026, 1, 5));
    renewal.expiresOn = QDate(2028, 1, 5);
    renewal.supersedesId = old->id;
    renewal.recordedBy = f.coordinator;
    auto renewed = repo.record(renewal, old->version);
    QVERIFY2(renewed.ok(), qPrintable(renewed.error().message));
    QCOMPARE(renewed->supersedesId, old->id);
    QVERIFY(!renewed->withdrawnOn.isValid());
    QCOMPARE(renewed->version, 1);

    auto oldNow = repo.get(old->id);
    QVERIFY(oldNow.ok());
    QCOMPARE(oldNow->withdrawnOn, QDate(2026, 1, 5));
    QCOMPARE(oldNow->version, 2);
    // Everything else about the old consent stays as it was given.
    Consent expectedOld = *old;
    expectedOld.withdrawnOn = QDate(2026, 1, 5);
    expectedOld.version = 2;
    QCOMPARE(difference(*oldNow, expectedOld), QString());
    // On the day of the renewal exactly one contact consent is valid: the new one.
    QVERIFY(!oldNow->isValidOn(QDate(2026, 1, 5)));
    QVERIFY(oldNow->isValidOn(QDate(2026, 1, 4)));
    QVERIFY(renewed->isValidOn(QDate(2026, 1, 5)));

    const auto oldAudit = lastAudit(*f.db, old->id);
    QCOMPARE(oldAudit.first, QStringLiteral("update"));
    QCOMPARE(oldAudit.second.value(QStringLiteral("withdrawn_on")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("2026-01-05"));
    QVERIFY(oldAudit.second.value(QStringLiteral("withdrawn_on")).toObject().value(QStringLiteral("old")).isNull());
    QCOMPARE(oldAudit.second.value(QStringLiteral("superseded_by")).toObject().value(QStringLiteral("new")).toInteger(),
             renewed->id);
    const auto newAudit = lastAudit(*f.db, renewed->id);
    QCOMPARE(newAudit.first, QStringLiteral("insert"));
    QCOMPARE(newAudit.second.value(QStringLiteral("supersedes_id")).toObject().value(QStringLiteral("new")).toInteger(),
             old->id);

    // Without a version the one stored now is used; a chain of renewals works.
    Consent again = contact(f.aino, QDate(2026, 3, 1));
    again.supersedesId = renewed->id;
    auto third = repo.record(again);
    QVERIFY2(third.ok(), qPrintable(third.error().message));
    QCOMPARE(repo.get(renewed->id)->withdrawnOn, QDate(2026, 3, 1));
    QCOMPARE(repo.listForWorker(f.aino)->size(), 3);
}

void TestConsentRepository::supersedingIsRefused_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<int>("code");
    QTest::newRow("another worker's consent") << QStringLiteral("other worker") << int(Error::Code::InvalidInput);
    QTest::newRow("a consent of another scope") << QStringLiteral("other scope") << int(Error::Code::InvalidInput);
    QTest::newRow("an already withdrawn consent") << QStringLiteral("withdrawn") << int(Error::Code::NotAllowed);
    QTest::newRow("an already replaced consent") << QStringLiteral("replaced") << int(Error::Code::NotAllowed);
    QTest::newRow("a newer consent") << QStringLiteral("older renewal") << int(Error::Code::InvalidInput);
    QTest::newRow("a consent that does not exist") << QStringLiteral("missing") << int(Error::Code::NotFound);
    QTest::newRow("at a version that is not the stored one")
        << QStringLiteral("stale version") << int(Error::Code::Conflict);
}

void TestConsentRepository::supersedingIsRefused()
{
    QFETCH(QString, situation);
    QFETCH(int, code);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    ConsentRepository repo(*f.db);
    auto old = repo.record(contact(f.aino, QDate(2025, 1, 1)));
    QVERIFY(old.ok());
    Consent renewal = contact(f.aino, QDate(2026, 1, 1));
    renewal.supersedesId = old->id;
    std::optional<int> version;
    if (situation == QLatin1String("other worker")) {
        renewal.workerId = f.bertta;
    } else if (situation == QLatin1String("other scope")) {
        renewal.scope = ConsentScope::PublicAppearance;
    } else if (situation == QLatin1String("withdrawn")) {
        QVERIFY(repo.withdraw(old->id, old->version, QDate(2025, 6, 1)).ok());
    } else if (situation == QLatin1String("replaced")) {
        Consent first = contact(f.aino, QDate(2025, 6, 1));
        first.supersedesId = old->id;
        QVERIFY(repo.record(first).ok());
        // Somehow the old one is valid again; it is still taken.
        SqlQuery q(*f.db, QStringLiteral("UPDATE consents SET withdrawn_on = NULL WHERE id = ?"));
        q.bind(old->id);
        QVERIFY(q.exec());
    } else if (situation == QLatin1String("older renewal")) {
        renewal.givenOn = QDate(2024, 12, 31);
    } else if (situation == QLatin1String("missing")) {
        renewal.supersedesId = 987654;
    } else if (situation == QLatin1String("stale version")) {
        version = old->version + 1;
    }
    const auto before = footprint(*f.db);
    const Consent oldBefore = *repo.get(old->id);

    auto r = repo.record(renewal, version);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), code);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(footprint(*f.db), before);
    QCOMPARE(difference(*repo.get(old->id), oldBefore), QString());
}

void TestConsentRepository::supersedingAStaleCopyIsAConflict()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    auto second = t.openOrFail();
    QVERIFY(second);
    f.db->setActor(QStringLiteral("anna"));
    second->setActor(QStringLiteral("bertil"));
    ConsentRepository repoA(*f.db);
    ConsentRepository repoB(*second);
    auto old = repoA.record(contact(f.aino, QDate(2025, 1, 1)));
    QVERIFY(old.ok());
    const Consent seenByB = *repoB.get(old->id);

    // Anna withdraws it; Bertil, still looking at his copy, renews it.
    QVERIFY(repoA.withdraw(old->id, old->version, QDate(2025, 9, 1)).ok());
    const auto before = footprint(*second);
    Consent renewal = contact(f.aino, QDate(2026, 1, 1));
    renewal.supersedesId = seenByB.id;
    auto clash = repoB.record(renewal, seenByB.version);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    QVERIFY2(clash.error().message.contains(QStringLiteral("Aino K.")), qPrintable(clash.error().message));
    QVERIFY2(clash.error().message.contains(QStringLiteral("anna")), qPrintable(clash.error().message));
    QCOMPARE(footprint(*second), before);
    QCOMPARE(repoB.get(old->id)->withdrawnOn, QDate(2025, 9, 1));
}

void TestConsentRepository::withdrawSetsTheDayAndIsAudited()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    f.db->setActor(QStringLiteral("leena"));
    ConsentRepository repo(*f.db);
    Consent c = contact(f.aino, QDate(2025, 5, 1));
    c.scope = ConsentScope::PublicAppearance;
    c.expiresOn = QDate(2027, 5, 1);
    auto saved = repo.record(c);
    QVERIFY(saved.ok());

    auto withdrawn = repo.withdraw(saved->id, saved->version, QDate(2026, 3, 9));
    QVERIFY2(withdrawn.ok(), qPrintable(withdrawn.error().message));
    QCOMPARE(withdrawn->withdrawnOn, QDate(2026, 3, 9));
    QCOMPARE(withdrawn->version, 2);
    Consent expected = *saved;
    expected.withdrawnOn = QDate(2026, 3, 9);
    expected.version = 2;
    QCOMPARE(difference(*repo.get(saved->id), expected), QString());
    QVERIFY(withdrawn->isValidOn(QDate(2026, 3, 8)));
    QVERIFY(!withdrawn->isValidOn(QDate(2026, 3, 9)));

    const auto audit = lastAudit(*f.db, saved->id);
    QCOMPARE(audit.first, QStringLiteral("update"));
    QCOMPARE(audit.second.keys(), QStringList { QStringLiteral("withdrawn_on") });
    QCOMPARE(audit.second.value(QStringLiteral("withdrawn_on")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("2026-03-09"));

    // Withdrawn on the day it was given: allowed, and then it was never valid.
    auto sameDay = repo.record(contact(f.bertta, QDate(2026, 3, 1)));
    QVERIFY(sameDay.ok());
    auto gone = repo.withdraw(sameDay->id, sameDay->version, QDate(2026, 3, 1));
    QVERIFY(gone.ok());
    QVERIFY(!gone->isValidOn(QDate(2026, 3, 1)));
}

void TestConsentRepository::withdrawIsRefused_data()
{
    QTest::addColumn<QString>("situation");
    QTest::addColumn<int>("code");
    QTest::newRow("already withdrawn") << QStringLiteral("withdrawn") << int(Error::Code::NotAllowed);
    QTest::newRow("before it was given") << QStringLiteral("before given") << int(Error::Code::InvalidInput);
    QTest::newRow("without a date") << QStringLiteral("no date") << int(Error::Code::InvalidInput);
    QTest::newRow("a consent that does not exist") << QStringLiteral("missing") << int(Error::Code::NotFound);
    QTest::newRow("at an old version") << QStringLiteral("stale") << int(Error::Code::Conflict);
}

void TestConsentRepository::withdrawIsRefused()
{
    QFETCH(QString, situation);
    QFETCH(int, code);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    ConsentRepository repo(*f.db);
    auto saved = repo.record(contact(f.aino, QDate(2025, 5, 1)));
    QVERIFY(saved.ok());
    qint64 id = saved->id;
    int version = saved->version;
    QDate on(2026, 1, 1);
    if (situation == QLatin1String("withdrawn")) {
        auto w = repo.withdraw(id, version, QDate(2025, 12, 1));
        QVERIFY(w.ok());
        version = w->version;
    } else if (situation == QLatin1String("before given")) {
        on = QDate(2025, 4, 30);
    } else if (situation == QLatin1String("no date")) {
        on = QDate();
    } else if (situation == QLatin1String("missing")) {
        id = 987654;
    } else if (situation == QLatin1String("stale")) {
        version = 7;
    }
    const auto before = footprint(*f.db);
    const Consent stored = *repo.get(saved->id);
    auto r = repo.withdraw(id, version, on);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), code);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(footprint(*f.db), before);
    QCOMPARE(difference(*repo.get(saved->id), stored), QString());
}

void TestConsentRepository::staleWithdrawalIsAConflict()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    auto second = t.openOrFail();
    QVERIFY(second);
    f.db->setActor(QStringLiteral("anna"));
    second->setActor(QStringLiteral("bertil"));
    ConsentRepository repoA(*f.db);
    ConsentRepository repoB(*second);
    auto old = repoA.record(contact(f.aino, QDate(2025, 1, 1)));
    QVERIFY(old.ok());
    const Consent seenByB = *repoB.get(old->id);

    // Anna replaces it (which withdraws it); Bertil withdraws his stale copy on another day.
    Consent renewal = contact(f.aino, QDate(2026, 2, 1));
    renewal.supersedesId = old->id;
    QVERIFY(repoA.record(renewal, old->version).ok());
    const auto before = footprint(*second);
    auto clash = repoB.withdraw(seenByB.id, seenByB.version, QDate(2026, 3, 1));
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    QVERIFY2(clash.error().message.contains(QStringLiteral("Aino K.")), qPrintable(clash.error().message));
    QVERIFY2(clash.error().message.contains(QStringLiteral("anna")), qPrintable(clash.error().message));
    QCOMPARE(footprint(*second), before);
    QCOMPARE(repoB.get(old->id)->withdrawnOn, QDate(2026, 2, 1));
}

void TestConsentRepository::invalidInputChangesNothing_data()
{
    QTest::addColumn<ConsentMutation>("mutate");
    QTest::addColumn<int>("code");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, Error::Code code, const char *field, ConsentMutation m) {
        QTest::newRow(name) << m << int(code) << QString::fromLatin1(field);
    };
    row("no worker", Error::Code::InvalidInput, "workerId", [](Consent &c, const Fixture &) { c.workerId = 0; });
    row("worker that does not exist", Error::Code::InvalidInput, "workerId",
        [](Consent &c, const Fixture &) { c.workerId = 987654; });
    row("no day given", Error::Code::InvalidInput, "givenOn", [](Consent &c, const Fixture &) { c.givenOn = QDate(); });
    row("expires before it is given", Error::Code::InvalidInput, "expiresOn",
        [](Consent &c, const Fixture &) { c.expiresOn = c.givenOn.addDays(-1); });
    row("guardian without a name", Error::Code::InvalidInput, "guardianName", [](Consent &c, const Fixture &) {
        c.scope = ConsentScope::Guardian;
        c.guardianName = QStringLiteral("  ");
    });
    row("coordinator that does not exist", Error::Code::InvalidInput, "recordedBy",
        [](Consent &c, const Fixture &) { c.recordedBy = 987654; });
    row("already withdrawn when recorded", Error::Code::InvalidInput, "withdrawnOn",
        [](Consent &c, const Fixture &) { c.withdrawnOn = c.givenOn.addDays(3); });
    row("an edit of a recorded consent", Error::Code::NotAllowed, "id", [](Consent &c, const Fixture &) {
        c.id = 1;
        c.version = 1;
        c.note = QStringLiteral("changed afterwards");
    });
}

void TestConsentRepository::invalidInputChangesNothing()
{
    QFETCH(ConsentMutation, mutate);
    QFETCH(int, code);
    QFETCH(QString, field);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    ConsentRepository repo(*f.db);
    QVERIFY(repo.record(contact(f.aino, QDate(2025, 1, 1))).ok());
    const auto before = footprint(*f.db);
    Consent c = contact(f.aino, QDate(2026, 1, 1));
    c.note = QStringLiteral("note");
    mutate(c, f);
    auto r = repo.record(c);
    QVERIFY(!r.ok());
    QCOMPARE(int(r.error().code), code);
    QCOMPARE(r.error().detail, field);
    QVERIFY(!r.error().message.isEmpty());
    QCOMPARE(footprint(*f.db), before);
}

QTEST_GUILESS_MAIN(TestConsentRepository)
#include "tst_consent_repository.moc"
