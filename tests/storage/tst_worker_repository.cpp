// Workers as aggregates on both backends: every field and child set round-trips (optional values too), children
// are replaced as sets and audited in the worker's own entry, stale saves are conflicts, bad input writes nothing,
// and list() loads many workers with the right children.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "repositories/WorkerRepository.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <cmath>
#include <functional>
#include <limits>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0));

qint64 insertOrganisation(Database &db, const QString &name)
{
    SqlQuery q(db, QStringLiteral("INSERT INTO organisations (name, version) VALUES (?, 1) RETURNING id"));
    q.bind(name);
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

// Everything a mistaken save could have touched.
QVector<int> footprint(Database &db)
{
    QVector<int> counts;
    for (const char *table : { "workers", "worker_languages", "worker_regions", "worker_experiences",
                               "worker_service_types", "worker_unavailability", "audit_log" })
        counts << countRows(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QLatin1String(table)));
    return counts;
}

struct AuditRow
{
    QString action;
    QString actor;
    QJsonObject changes;
};

QVector<AuditRow> auditOf(Database &db, qint64 workerId)
{
    SqlQuery q(db,
               QStringLiteral("SELECT action, actor, changes FROM audit_log WHERE table_name = 'workers' AND "
                              "record_id = ? ORDER BY id"));
    q.bind(workerId);
    QVector<AuditRow> rows;
    if (!q.exec())
        return rows;
    while (q.next())
        rows.append({ q.value(0).toString(), q.value(1).toString(),
                      QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object() });
    return rows;
}

QStringList sortedKeys(const QJsonObject &o)
{
    QStringList keys = o.keys();
    keys.sort();
    return keys;
}

// The values of one column over the rows of a child audit array ({"old": [...]} or {"new": [...]}).
QStringList columnOf(const QJsonObject &childChange, const char *side, const char *column)
{
    QStringList values;
    for (const QJsonValue &row : childChange.value(QLatin1String(side)).toArray()) {
        const QJsonValue v = row.toObject().value(QLatin1String(column));
        values << (v.isString() ? v.toString() : QString::number(v.toInteger()));
    }
    values.sort();
    return values;
}

// The fields in which two workers differ, or an empty string. Child ids are not compared (they are not part of
// the value), but the children are.
QString difference(const Worker &a, const Worker &b)
{
    QStringList d;
    const auto check = [&d](bool same, const char *field) {
        if (!same)
            d << QString::fromLatin1(field);
    };
    check(a.id == b.id, "id");
    check(a.version == b.version, "version");
    check(a.displayName == b.displayName, "displayName");
    check(a.pseudonym == b.pseudonym, "pseudonym");
    check(a.email == b.email, "email");
    check(a.phone == b.phone, "phone");
    check(a.organisationId == b.organisationId, "organisationId");
    check(a.title == b.title, "title");
    check(a.dateOfBirth == b.dateOfBirth, "dateOfBirth");
    check(a.languages == b.languages, "languages");
    check(a.municipality == b.municipality, "municipality");
    check(a.homeRegion == b.homeRegion, "homeRegion");
    check(a.regionsCovered == b.regionsCovered, "regionsCovered");
    check(a.status == b.status, "status");
    check(a.notes == b.notes, "notes");
    check(a.trainingName == b.trainingName, "trainingName");
    check(a.trainingHours == b.trainingHours, "trainingHours");
    check(a.trainingCompleted == b.trainingCompleted, "trainingCompleted");
    check(a.lastSupervision == b.lastSupervision, "lastSupervision");
    check(a.lastDebrief == b.lastDebrief, "lastDebrief");
    check(a.annualEarningsCeilingCents == b.annualEarningsCeilingCents, "annualEarningsCeilingCents");
    check(a.experiences == b.experiences, "experiences");
    check(a.serviceTypes == b.serviceTypes, "serviceTypes");
    check(a.weekly == b.weekly, "weekly");
    check(a.unavailable == b.unavailable, "unavailable");
    check(a.maxEngagementsPerMonth == b.maxEngagementsPerMonth, "maxEngagementsPerMonth");
    check(a.minDaysBetweenEngagements == b.minDaysBetweenEngagements, "minDaysBetweenEngagements");
    check(a.noticeDays == b.noticeDays, "noticeDays");
    return d.join(QStringLiteral(", "));
}

Worker minimalWorker(qint64 organisationId)
{
    Worker w;
    w.displayName = QStringLiteral("Minna M.");
    w.organisationId = organisationId;
    return w;
}

struct Fixture
{
    std::unique_ptr<Database> db;
    qint64 org = 0;
    qint64 otherOrg = 0;
    qint64 emergency = 0;
    qint64 parentSubstance = 0;
    qint64 loss = 0;
};

Fixture fixture(const TestDatabase &t)
{
    Fixture f;
    f.db = t.openOrFail();
    if (!f.db)
        return f;
    f.org = insertOrganisation(*f.db, QStringLiteral("Perhekuntoutuskeskus Lauste"));
    f.otherOrg = insertOrganisation(*f.db, QStringLiteral("Ehjä ry"));
    f.emergency = topicId(*f.db, QStringLiteral("child_protection.placement.emergency"));
    f.parentSubstance = topicId(*f.db, QStringLiteral("substance_abuse.parent"));
    f.loss = topicId(*f.db, QStringLiteral("loss.child"));
    return f;
}

// A worker with every field set and the children given out of their stored order.
Worker fullWorker(const Fixture &f)
{
    Worker w;
    w.displayName = QStringLiteral("Aino K.");
    w.pseudonym = true;
    w.email = QStringLiteral("aino.k@example.fi");
    w.phone = QStringLiteral("+358 40 123 4567");
    w.organisationId = f.org;
    w.title = WorkerTitle::ExperiencePartner;
    w.dateOfBirth = QDate(1988, 2, 29);
    w.languages = { QStringLiteral("sv"), QStringLiteral("fi"), QStringLiteral("ar") };
    w.municipality = QStringLiteral("Turku");
    w.homeRegion = QStringLiteral("Varsinais-Suomi");
    w.regionsCovered = { QStringLiteral("Varsinais-Suomi"), QStringLiteral("Uusimaa") };
    w.status = WorkerStatus::OnBreak;
    w.notes = QStringLiteral("Prefers small groups.\nSecond line: ä ö å – “quoted”.");
    w.trainingName = QStringLiteral("Kokemuskumppanikoulutus");
    w.trainingHours = 97.5;
    w.trainingCompleted = QDate(2021, 5, 31);
    w.lastSupervision = QDate(2026, 2, 14);
    w.lastDebrief = QDate(2026, 3, 1);
    w.annualEarningsCeilingCents = 612345;
    w.experiences
        = { { 0, f.parentSubstance, Perspective::ChildOrYouth, QString() },
            { 0, f.emergency, Perspective::Parent, QStringLiteral("Two placements, one of them an emergency.") },
            { 0, f.emergency, Perspective::ChildOrYouth, QString() } };
    w.serviceTypes = { QStringLiteral("talk"), QStringLiteral("pair_work") };
    w.weekly.set(1, WeeklyAvailability::Morning, true);
    w.weekly.set(3, WeeklyAvailability::Evening, true);
    w.weekly.set(7, WeeklyAvailability::Afternoon, true);
    w.unavailable
        = { { 0, QDate(2026, 4, 1), QDate(2026, 4, 14), UnavailableKind::Unavailable, QStringLiteral("Matkalla") },
            { 0, QDate(2026, 3, 20), QDate(2026, 3, 20), UnavailableKind::RecoveryBreak, QString() } };
    w.maxEngagementsPerMonth = 3;
    w.minDaysBetweenEngagements = 14;
    w.noticeDays = 7;
    return w;
}

// fullWorker() as it is stored: children in their fixed order.
Worker fullWorkerStored(const Fixture &f, qint64 id, int version)
{
    Worker w = fullWorker(f);
    w.id = id;
    w.version = version;
    w.languages = { QStringLiteral("ar"), QStringLiteral("fi"), QStringLiteral("sv") };
    w.regionsCovered = { QStringLiteral("Uusimaa"), QStringLiteral("Varsinais-Suomi") };
    w.serviceTypes = { QStringLiteral("pair_work"), QStringLiteral("talk") };
    w.experiences
        = { { 0, f.emergency, Perspective::ChildOrYouth, QString() },
            { 0, f.emergency, Perspective::Parent, QStringLiteral("Two placements, one of them an emergency.") },
            { 0, f.parentSubstance, Perspective::ChildOrYouth, QString() } };
    w.unavailable
        = { { 0, QDate(2026, 3, 20), QDate(2026, 3, 20), UnavailableKind::RecoveryBreak, QString() },
            { 0, QDate(2026, 4, 1), QDate(2026, 4, 14), UnavailableKind::Unavailable, QStringLiteral("Matkalla") } };
    return w;
}

std::optional<qint64> ceiling(qint64 cents)
{
    return cents < 0 ? std::nullopt : std::optional<qint64>(cents);
}
} // namespace

using WorkerMutation = std::function<void(Worker &, const Fixture &)>;
Q_DECLARE_METATYPE(WorkerMutation)

class TestWorkerRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void roundTripsEveryField();
    void roundTripsAMinimalWorker();
    void manyChildRowsAreWrittenInSeveralStatements();
    void optionalValuesRoundTrip_data();
    void optionalValuesRoundTrip();
    void enumCodesRoundTrip_data();
    void enumCodesRoundTrip();
    void creationIsAuditedWithItsChildren();
    void childrenAreReplacedAsSetsAndAudited();
    void unchangedSaveChangesNothing();
    void staleSaveIsAConflictAndChangesNothing();
    void invalidInputChangesNothing_data();
    void invalidInputChangesNothing();
    void leavingKeepsTheHistory();
    void listLoadsManyWorkersWithTheirChildren();
    void unknownWorkerIsNotFound();

private:
    std::unique_ptr<FixedClock> m_clock;
};

void TestWorkerRepository::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
}

void TestWorkerRepository::cleanupTestCase()
{
    Clock::install(nullptr);
}

void TestWorkerRepository::roundTripsEveryField()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    auto other = t.openOrFail();
    QVERIFY(other);
    WorkerRepository repo(*f.db);

    auto saved = repo.save(fullWorker(f));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message + QStringLiteral(" / ") + saved.error().detail));
    QVERIFY(saved->id > 0);
    QCOMPARE(saved->version, 1);
    const Worker expected = fullWorkerStored(f, saved->id, 1);
    QCOMPARE(difference(*saved, expected), QString());

    // Read through another connection: everything came from the database.
    auto read = WorkerRepository(*other).get(saved->id);
    QVERIFY2(read.ok(), qPrintable(read.error().message));
    QCOMPARE(difference(*read, expected), QString());
    for (int i = 0; i < read->experiences.size(); ++i) {
        QVERIFY(read->experiences.at(i).id > 0);
        QCOMPARE(read->experiences.at(i).id, saved->experiences.at(i).id);
    }
    for (int i = 0; i < read->unavailable.size(); ++i) {
        QVERIFY(read->unavailable.at(i).id > 0);
        QCOMPARE(read->unavailable.at(i).id, saved->unavailable.at(i).id);
    }
    QCOMPARE(read->weekly.mask(), fullWorker(f).weekly.mask());
    QVERIFY(read->weekly.has(3, WeeklyAvailability::Evening));
    QVERIFY(!read->weekly.has(3, WeeklyAvailability::Morning));
    // The enums are stored as their codes.
    QCOMPARE(countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM workers WHERE id = ? AND title = ? AND status = ?"),
                       { saved->id, QStringLiteral("experience_partner"), QStringLiteral("on_break") }),
             1);
}

void TestWorkerRepository::manyChildRowsAreWrittenInSeveralStatements()
{
    // A new worker's child rows go in multi-row statements of up to 64 rows (RecordStore::insertChildren): 150
    // regions take three, and every one is stored once.
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    WorkerRepository repo(*f.db);
    Worker w = minimalWorker(f.org);
    for (int i = 0; i < 150; ++i)
        w.regionsCovered.append(QStringLiteral("Region %1").arg(i, 3, 10, QLatin1Char('0')));
    auto saved = repo.save(w);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM worker_regions WHERE worker_id = ?"), { saved->id }),
             150);
    QCOMPARE(countRows(*f.db, QStringLiteral("SELECT COUNT(DISTINCT region) FROM worker_regions WHERE worker_id = ?"),
                       { saved->id }),
             150);
    QStringList read = repo.get(saved->id)->regionsCovered;
    read.sort();
    QCOMPARE(read, w.regionsCovered);
}

void TestWorkerRepository::roundTripsAMinimalWorker()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    WorkerRepository repo(*f.db);
    auto saved = repo.save(minimalWorker(f.org));
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    Worker expected = minimalWorker(f.org);
    expected.id = saved->id;
    expected.version = 1;
    auto read = repo.get(saved->id);
    QVERIFY(read.ok());
    QCOMPARE(difference(*read, expected), QString());
    QVERIFY(!read->dateOfBirth.isValid());
    QVERIFY(!read->annualEarningsCeilingCents.has_value());
    QVERIFY(read->weekly.isEmpty());
    QVERIFY(read->languages.isEmpty() && read->experiences.isEmpty() && read->unavailable.isEmpty());
    // Unknown values are NULL; empty texts are empty strings, not NULL.
    QCOMPARE(countRows(*f.db,
                       QStringLiteral("SELECT COUNT(*) FROM workers WHERE id = ? AND date_of_birth IS NULL AND "
                                      "annual_earnings_ceiling_cents IS NULL AND training_completed IS NULL AND "
                                      "last_supervision IS NULL AND last_debrief IS NULL AND email = '' AND "
                                      "notes = '' AND phone = ''"),
                       { saved->id }),
             1);
}

void TestWorkerRepository::optionalValuesRoundTrip_data()
{
    QTest::addColumn<qint64>("ceilingBefore"); // -1 = none
    QTest::addColumn<qint64>("ceilingAfter");
    QTest::addColumn<QDate>("bornBefore");
    QTest::addColumn<QDate>("bornAfter");
    QTest::addColumn<QString>("notesBefore");
    QTest::addColumn<QString>("notesAfter");
    QTest::newRow("no ceiling, then a zero ceiling")
        << qint64(-1) << qint64(0) << QDate() << QDate() << QString() << QStringLiteral("x");
    QTest::newRow("zero ceiling, then none")
        << qint64(0) << qint64(-1) << QDate() << QDate() << QStringLiteral("x") << QString();
    QTest::newRow("a ceiling, then none")
        << qint64(450000) << qint64(-1) << QDate(1970, 1, 1) << QDate(1970, 1, 1) << QString() << QString();
    QTest::newRow("none, then a ceiling")
        << qint64(-1) << qint64(999999999999) << QDate() << QDate() << QString() << QString();
    QTest::newRow("birthday becomes known")
        << qint64(-1) << qint64(-1) << QDate() << QDate(2009, 3, 11) << QString() << QString();
    QTest::newRow("birthday becomes unknown")
        << qint64(-1) << qint64(-1) << QDate(2008, 3, 10) << QDate() << QString() << QString();
    QTest::newRow("born today") << qint64(-1) << qint64(-1) << kNow.date() << kNow.date().addDays(-1) << QString()
                                << QString();
}

void TestWorkerRepository::optionalValuesRoundTrip()
{
    QFETCH(qint64, ceilingBefore);
    QFETCH(qint64, ceilingAfter);
    QFETCH(QDate, bornBefore);
    QFETCH(QDate, bornAfter);
    QFETCH(QString, notesBefore);
    QFETCH(QString, notesAfter);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    WorkerRepository repo(*f.db);

    Worker w = minimalWorker(f.org);
    w.annualEarningsCeilingCents = ceiling(ceilingBefore);
    w.dateOfBirth = bornBefore;
    w.notes = notesBefore;
    auto saved = repo.save(w);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    auto read = repo.get(saved->id);
    QVERIFY(read.ok());
    QCOMPARE(read->annualEarningsCeilingCents, ceiling(ceilingBefore));
    QCOMPARE(read->dateOfBirth, bornBefore);
    QCOMPARE(read->notes, notesBefore);

    Worker changed = *read;
    changed.annualEarningsCeilingCents = ceiling(ceilingAfter);
    changed.dateOfBirth = bornAfter;
    changed.notes = notesAfter;
    auto updated = repo.save(changed);
    QVERIFY2(updated.ok(), qPrintable(updated.error().message));
    const bool anythingChanged = ceilingBefore != ceilingAfter || bornBefore != bornAfter || notesBefore != notesAfter;
    QCOMPARE(updated->version, anythingChanged ? 2 : 1);
    auto again = repo.get(saved->id);
    QVERIFY(again.ok());
    QCOMPARE(again->annualEarningsCeilingCents, ceiling(ceilingAfter));
    QCOMPARE(again->dateOfBirth, bornAfter);
    QCOMPARE(again->notes, notesAfter);
    QCOMPARE(difference(*again, *updated), QString());
}

void TestWorkerRepository::enumCodesRoundTrip_data()
{
    QTest::addColumn<WorkerTitle>("title");
    QTest::addColumn<WorkerStatus>("status");
    QTest::addColumn<UnavailableKind>("kind");
    QTest::addColumn<Perspective>("perspective");
    // Every value of every enum appears at least once.
    for (std::size_t i = 0; i < kWorkerTitleCodes.size(); ++i) {
        const auto title = kWorkerTitleCodes.at(i).first;
        const auto status = kWorkerStatusCodes.at(i % kWorkerStatusCodes.size()).first;
        const auto kind = kUnavailableKindCodes.at(i % kUnavailableKindCodes.size()).first;
        const auto perspective = kPerspectiveCodes.at(1 + i % (kPerspectiveCodes.size() - 1)).first; // never Any
        QTest::addRow("%s", kWorkerTitleCodes.at(i).second) << title << status << kind << perspective;
    }
}

void TestWorkerRepository::enumCodesRoundTrip()
{
    QFETCH(WorkerTitle, title);
    QFETCH(WorkerStatus, status);
    QFETCH(UnavailableKind, kind);
    QFETCH(Perspective, perspective);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    WorkerRepository repo(*f.db);
    Worker w = minimalWorker(f.org);
    w.title = title;
    w.status = status;
    w.unavailable = { { 0, QDate(2026, 5, 1), QDate(2026, 5, 31), kind, QString() } };
    w.experiences = { { 0, f.loss, perspective, QString() } };
    auto saved = repo.save(w);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    auto read = repo.get(saved->id);
    QVERIFY(read.ok());
    QCOMPARE(read->title, title);
    QCOMPARE(read->status, status);
    QCOMPARE(read->unavailable.value(0).kind, kind);
    QCOMPARE(read->experiences.value(0).perspective, perspective);
    QCOMPARE(
        countRows(*f.db,
                  QStringLiteral("SELECT COUNT(*) FROM workers w JOIN worker_unavailability u ON u.worker_id = w.id "
                                 "JOIN worker_experiences e ON e.worker_id = w.id WHERE w.id = ? AND "
                                 "w.title = ? AND w.status = ? AND u.kind = ? AND e.perspective = ?"),
                  { saved->id, toCode(title), toCode(status), toCode(kind), toCode(perspective) }),
        1);
}

void TestWorkerRepository::creationIsAuditedWithItsChildren()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    f.db->setActor(QStringLiteral("anna"));
    WorkerRepository repo(*f.db);
    auto saved = repo.save(fullWorker(f));
    QVERIFY(saved.ok());
    const auto audit = auditOf(*f.db, saved->id);
    QCOMPARE(audit.size(), 1);
    QCOMPARE(audit.first().action, QStringLiteral("insert"));
    QCOMPARE(audit.first().actor, QStringLiteral("anna"));
    const QJsonObject &c = audit.first().changes;
    QCOMPARE(c.value(QStringLiteral("display_name")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("Aino K."));
    for (const char *table : { "worker_languages", "worker_regions", "worker_experiences", "worker_service_types",
                               "worker_unavailability" })
        QVERIFY2(c.contains(QLatin1String(table)), table);
    QCOMPARE(columnOf(c.value(QStringLiteral("worker_languages")).toObject(), "new", "language"),
             (QStringList { QStringLiteral("ar"), QStringLiteral("fi"), QStringLiteral("sv") }));
    QCOMPARE(columnOf(c.value(QStringLiteral("worker_unavailability")).toObject(), "new", "starts"),
             (QStringList { QStringLiteral("2026-03-20"), QStringLiteral("2026-04-01") }));
    // The children were written, not only audited.
    QCOMPARE(
        countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM worker_experiences WHERE worker_id = ?"), { saved->id }),
        3);

    // A worker without children has no child entries in its audit.
    auto minimal = repo.save(minimalWorker(f.org));
    QVERIFY(minimal.ok());
    const QJsonObject m = auditOf(*f.db, minimal->id).value(0).changes;
    QVERIFY(!m.contains(QStringLiteral("worker_languages")));
    QVERIFY(m.contains(QStringLiteral("display_name")));
}

void TestWorkerRepository::childrenAreReplacedAsSetsAndAudited()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    WorkerRepository repo(*f.db);
    auto created = repo.save(fullWorker(f));
    QVERIFY(created.ok());

    // Languages and experiences change, everything else among the children stays.
    Worker changed = *created;
    changed.languages = { QStringLiteral("FI "), QStringLiteral("en") };
    changed.experiences.removeAt(1); // emergency as a parent
    changed.experiences.append({ 0, f.loss, Perspective::Relative, QStringLiteral("A sibling") });
    changed.notes = QStringLiteral("Updated notes");
    // Same periods given in the other order: still the same set.
    std::reverse(changed.unavailable.begin(), changed.unavailable.end());
    auto saved = repo.save(changed);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(saved->version, 2);
    QCOMPARE(saved->languages, (QStringList { QStringLiteral("en"), QStringLiteral("fi") }));
    QCOMPARE(saved->experiences.size(), 3);
    QCOMPARE(saved->unavailable, created->unavailable);
    // The unchanged child sets kept their rows (and so their ids).
    QCOMPARE(saved->unavailable.first().id, created->unavailable.first().id);
    QCOMPARE(
        countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM worker_languages WHERE worker_id = ?"), { created->id }),
        2);
    QCOMPARE(countRows(*f.db,
                       QStringLiteral("SELECT COUNT(*) FROM worker_experiences WHERE worker_id = ? AND topic_id = ?"),
                       { created->id, f.loss }),
             1);

    auto audit = auditOf(*f.db, created->id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.last().action, QStringLiteral("update"));
    QJsonObject c = audit.last().changes;
    QCOMPARE(sortedKeys(c),
             (QStringList { QStringLiteral("notes"), QStringLiteral("worker_experiences"),
                            QStringLiteral("worker_languages") }));
    const QJsonObject languages = c.value(QStringLiteral("worker_languages")).toObject();
    QCOMPARE(columnOf(languages, "old", "language"),
             (QStringList { QStringLiteral("ar"), QStringLiteral("fi"), QStringLiteral("sv") }));
    QCOMPARE(columnOf(languages, "new", "language"), (QStringList { QStringLiteral("en"), QStringLiteral("fi") }));
    const QJsonObject experiences = c.value(QStringLiteral("worker_experiences")).toObject();
    QCOMPARE(columnOf(experiences, "old", "perspective"),
             (QStringList { QStringLiteral("child_youth"), QStringLiteral("child_youth"), QStringLiteral("parent") }));
    QCOMPARE(
        columnOf(experiences, "new", "perspective"),
        (QStringList { QStringLiteral("child_youth"), QStringLiteral("child_youth"), QStringLiteral("relative") }));

    // Only a child set changes: the worker's version still moves, and the entry holds just that set.
    Worker onlyChildren = *saved;
    onlyChildren.serviceTypes = { QStringLiteral("panel") };
    auto third = repo.save(onlyChildren);
    QVERIFY(third.ok());
    QCOMPARE(third->version, 3);
    audit = auditOf(*f.db, created->id);
    QCOMPARE(sortedKeys(audit.last().changes), QStringList { QStringLiteral("worker_service_types") });

    // Emptying a set removes its rows and is audited as an empty "new".
    Worker cleared = *third;
    cleared.unavailable.clear();
    cleared.regionsCovered.clear();
    auto fourth = repo.save(cleared);
    QVERIFY(fourth.ok());
    QCOMPARE(fourth->version, 4);
    QVERIFY(repo.get(created->id)->unavailable.isEmpty());
    QCOMPARE(countRows(*f.db, QStringLiteral("SELECT COUNT(*) FROM worker_unavailability WHERE worker_id = ?"),
                       { created->id }),
             0);
    audit = auditOf(*f.db, created->id);
    const QJsonObject unavailable = audit.last().changes.value(QStringLiteral("worker_unavailability")).toObject();
    QCOMPARE(unavailable.value(QStringLiteral("old")).toArray().size(), 2);
    QCOMPARE(unavailable.value(QStringLiteral("new")).toArray().size(), 0);
    QVERIFY(audit.last().changes.contains(QStringLiteral("worker_regions")));
}

void TestWorkerRepository::unchangedSaveChangesNothing()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    WorkerRepository repo(*f.db);
    auto created = repo.save(fullWorker(f));
    QVERIFY(created.ok());
    const auto before = footprint(*f.db);
    // Saved as read, and saved with the children in another order and untrimmed texts: the same worker.
    auto same = repo.save(*created);
    QVERIFY(same.ok());
    QCOMPARE(same->version, 1);
    Worker shuffled = *created;
    std::reverse(shuffled.languages.begin(), shuffled.languages.end());
    std::reverse(shuffled.experiences.begin(), shuffled.experiences.end());
    shuffled.displayName = QStringLiteral("  Aino K. ");
    auto again = repo.save(shuffled);
    QVERIFY2(again.ok(), qPrintable(again.error().message));
    QCOMPARE(again->version, 1);
    QCOMPARE(footprint(*f.db), before);
    QCOMPARE(difference(*repo.get(created->id), *created), QString());
}

void TestWorkerRepository::staleSaveIsAConflictAndChangesNothing()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    auto second = t.openOrFail();
    QVERIFY(second);
    f.db->setActor(QStringLiteral("anna"));
    second->setActor(QStringLiteral("bertil"));
    WorkerRepository repoA(*f.db);
    WorkerRepository repoB(*second);
    auto created = repoA.save(fullWorker(f));
    QVERIFY(created.ok());

    Worker a = *repoA.get(created->id);
    Worker b = *repoB.get(created->id);
    a.phone = QStringLiteral("+358 50 765 4321");
    QVERIFY(repoA.save(a).ok());

    const auto before = footprint(*second);
    b.displayName = QStringLiteral("Bertil's rename");
    b.languages = { QStringLiteral("en") };
    b.experiences.clear();
    b.unavailable.append({ 0, QDate(2026, 6, 1), QDate(2026, 6, 30), UnavailableKind::Unavailable, QString() });
    auto clash = repoB.save(b);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    // Named as the other coordinator stored it, with who saved it.
    QVERIFY2(clash.error().message.contains(QStringLiteral("Aino K.")), qPrintable(clash.error().message));
    QVERIFY2(clash.error().message.contains(QStringLiteral("anna")), qPrintable(clash.error().message));
    QCOMPARE(footprint(*second), before);

    auto now = repoB.get(created->id);
    QVERIFY(now.ok());
    Worker expected = fullWorkerStored(f, created->id, 2);
    expected.phone = a.phone;
    QCOMPARE(difference(*now, expected), QString());

    // After reloading, the second coordinator's change goes through.
    Worker reloaded = *now;
    reloaded.languages = { QStringLiteral("en") };
    auto saved = repoB.save(reloaded);
    QVERIFY(saved.ok());
    QCOMPARE(saved->version, 3);
}

void TestWorkerRepository::invalidInputChangesNothing_data()
{
    QTest::addColumn<WorkerMutation>("mutate");
    QTest::addColumn<QString>("field");
    const auto row = [](const char *name, const char *field, WorkerMutation m) {
        QTest::newRow(name) << m << QString::fromLatin1(field);
    };
    row("blank name", "displayName", [](Worker &w, const Fixture &) { w.displayName = QStringLiteral(" \n "); });
    row("name over 200 characters", "displayName",
        [](Worker &w, const Fixture &) { w.displayName = QString(201, QLatin1Char('x')); });
    row("no organisation", "organisationId", [](Worker &w, const Fixture &) { w.organisationId = 0; });
    row("born before 1900 (a slip in the year)", "dateOfBirth",
        [](Worker &w, const Fixture &) { w.dateOfBirth = QDate(1899, 12, 31); });
    row("organisation that does not exist", "organisationId",
        [](Worker &w, const Fixture &) { w.organisationId = 987654; });
    row("born tomorrow", "dateOfBirth", [](Worker &w, const Fixture &) { w.dateOfBirth = kNow.date().addDays(1); });
    row("email without domain", "email", [](Worker &w, const Fixture &) { w.email = QStringLiteral("aino@"); });
    row("phone with letters", "phone", [](Worker &w, const Fixture &) { w.phone = QStringLiteral("call me maybe"); });
    row("negative training hours", "trainingHours", [](Worker &w, const Fixture &) { w.trainingHours = -1; });
    row("training hours not a number", "trainingHours",
        [](Worker &w, const Fixture &) { w.trainingHours = std::numeric_limits<double>::quiet_NaN(); });
    row("negative ceiling", "annualEarningsCeilingCents",
        [](Worker &w, const Fixture &) { w.annualEarningsCeilingCents = -100; });
    row("negative engagements a month", "maxEngagementsPerMonth",
        [](Worker &w, const Fixture &) { w.maxEngagementsPerMonth = -1; });
    row("negative days between", "minDaysBetweenEngagements",
        [](Worker &w, const Fixture &) { w.minDaysBetweenEngagements = -7; });
    row("negative notice", "noticeDays", [](Worker &w, const Fixture &) { w.noticeDays = -1; });
    row("empty language", "languages", [](Worker &w, const Fixture &) { w.languages << QStringLiteral(" "); });
    row("language as a word", "languages", [](Worker &w, const Fixture &) { w.languages << QStringLiteral("suomi"); });
    row("language with a digit", "languages", [](Worker &w, const Fixture &) { w.languages << QStringLiteral("f1"); });
    row("language one letter", "languages", [](Worker &w, const Fixture &) { w.languages << QStringLiteral("f"); });
    row("language twice", "languages", [](Worker &w, const Fixture &) { w.languages << QStringLiteral("FI"); });
    row("empty region", "regionsCovered", [](Worker &w, const Fixture &) { w.regionsCovered << QString(); });
    row("region twice", "regionsCovered",
        [](Worker &w, const Fixture &) { w.regionsCovered << QStringLiteral(" Uusimaa"); });
    row("experience without topic", "experiences", [](Worker &w, const Fixture &) {
        w.experiences.append({ 0, 0, Perspective::Parent, QString() });
    });
    row("experience of a topic that does not exist", "experiences", [](Worker &w, const Fixture &) {
        w.experiences.append({ 0, 987654, Perspective::Parent, QString() });
    });
    row("experience from any perspective", "experiences", [](Worker &w, const Fixture &f) {
        w.experiences.append({ 0, f.loss, Perspective::Any, QString() });
    });
    row("same experience twice", "experiences", [](Worker &w, const Fixture &f) {
        w.experiences.append({ 0, f.emergency, Perspective::ChildOrYouth, QStringLiteral("other note") });
    });
    row("unknown service type", "serviceTypes",
        [](Worker &w, const Fixture &) { w.serviceTypes << QStringLiteral("juggling"); });
    row("service type twice", "serviceTypes",
        [](Worker &w, const Fixture &) { w.serviceTypes << QStringLiteral("talk"); });
    row("empty service type", "serviceTypes", [](Worker &w, const Fixture &) { w.serviceTypes << QString(); });
    row("period ending before it starts", "unavailable", [](Worker &w, const Fixture &) {
        w.unavailable.append({ 0, QDate(2026, 5, 10), QDate(2026, 5, 9), UnavailableKind::Unavailable, QString() });
    });
    row("period without an end", "unavailable", [](Worker &w, const Fixture &) {
        w.unavailable.append({ 0, QDate(2026, 5, 10), QDate(), UnavailableKind::RecoveryBreak, QString() });
    });
}

void TestWorkerRepository::invalidInputChangesNothing()
{
    QFETCH(WorkerMutation, mutate);
    QFETCH(QString, field);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    WorkerRepository repo(*f.db);
    auto stored = repo.save(fullWorker(f));
    QVERIFY2(stored.ok(), qPrintable(stored.error().message));
    const auto before = footprint(*f.db);

    // As a new worker ...
    Worker fresh = fullWorker(f);
    mutate(fresh, f);
    auto created = repo.save(fresh);
    QVERIFY(!created.ok());
    QCOMPARE(created.error().code, Error::Code::InvalidInput);
    QCOMPARE(created.error().detail, field);
    QVERIFY(!created.error().message.isEmpty());
    QCOMPARE(footprint(*f.db), before);

    // ... and as a change to a stored one.
    Worker changed = *stored;
    mutate(changed, f);
    auto updated = repo.save(changed);
    QVERIFY(!updated.ok());
    QCOMPARE(updated.error().code, Error::Code::InvalidInput);
    QCOMPARE(updated.error().detail, field);
    QCOMPARE(footprint(*f.db), before);
    QCOMPARE(difference(*repo.get(stored->id), *stored), QString());
}

void TestWorkerRepository::leavingKeepsTheHistory()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    WorkerRepository repo(*f.db);
    auto created = repo.save(fullWorker(f));
    QVERIFY(created.ok());
    Worker leaving = *created;
    leaving.status = WorkerStatus::Left;
    auto left = repo.save(leaving);
    QVERIFY(left.ok());
    QCOMPARE(left->status, WorkerStatus::Left);

    auto all = repo.list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 1);
    QCOMPARE(all->first().status, WorkerStatus::Left);
    QCOMPARE(difference(all->first(), *left), QString());
    QCOMPARE(all->first().experiences.size(), 3);
    const auto audit = auditOf(*f.db, created->id);
    QCOMPARE(audit.size(), 2);
    QCOMPARE(audit.last().changes.value(QStringLiteral("status")).toObject().value(QStringLiteral("new")).toString(),
             QStringLiteral("left"));
}

void TestWorkerRepository::listLoadsManyWorkersWithTheirChildren()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    WorkerRepository repo(*f.db);
    QVERIFY(repo.list()->isEmpty());

    const QVector<qint64> topics { f.emergency, f.parentSubstance, f.loss,
                                   topicId(*f.db, QStringLiteral("violence.domestic")),
                                   topicId(*f.db, QStringLiteral("migration.refugee")) };
    const QStringList languages { QStringLiteral("en"), QStringLiteral("fi"), QStringLiteral("sv") };
    const QStringList services { QStringLiteral("pair_work"), QStringLiteral("talk"), QStringLiteral("work_group") };
    const int count = 240;
    QVector<Worker> saved;
    {
        Transaction tx(*f.db);
        for (int i = 0; i < count; ++i) {
            Worker w = minimalWorker(i % 3 == 0 ? f.otherOrg : f.org);
            w.displayName = QStringLiteral("Worker %1").arg(i, 3, 10, QLatin1Char('0'));
            w.languages = languages.mid(0, i % 4);
            if (i % 2)
                w.regionsCovered = { QStringLiteral("Region %1").arg(i % 7) };
            for (int e = 0; e < i % 6; ++e)
                w.experiences.append({ 0, topics.at(e % topics.size()),
                                       e < topics.size() ? Perspective::Parent : Perspective::Relative,
                                       QStringLiteral("note %1/%2").arg(i).arg(e) });
            w.serviceTypes = services.mid(i % 3);
            for (int p = 0; p < i % 3; ++p)
                w.unavailable.append({ 0, QDate(2026, 1 + p, 1 + i % 28),
                                       QDate(2026, 1 + p, 1 + i % 28).addDays(i % 10),
                                       p ? UnavailableKind::RecoveryBreak : UnavailableKind::Unavailable,
                                       QStringLiteral("r%1").arg(i) });
            w.annualEarningsCeilingCents = i % 5 ? std::nullopt : std::optional<qint64>(i * 1000);
            w.dateOfBirth = i % 4 ? QDate(1960 + i % 40, 1 + i % 12, 1 + i % 28) : QDate();
            w.weekly = WeeklyAvailability(i * 7919);
            auto r = repo.save(w);
            QVERIFY2(r.ok(), qPrintable(r.error().message));
            saved.append(*r);
        }
        QVERIFY(tx.commit().ok());
    }

    auto all = repo.list();
    QVERIFY2(all.ok(), qPrintable(all.error().message));
    QCOMPARE(all->size(), count);
    int withChildren = 0;
    for (int i = 0; i < count; ++i) {
        const Worker &listed = all->at(i);
        QCOMPARE(listed.id, saved.at(i).id); // in id order
        const QString diff = difference(listed, saved.at(i));
        QVERIFY2(diff.isEmpty(), qPrintable(QStringLiteral("worker %1: %2").arg(i).arg(diff)));
        for (int e = 0; e < listed.experiences.size(); ++e)
            QCOMPARE(listed.experiences.at(e).id, saved.at(i).experiences.at(e).id);
        if (!listed.experiences.isEmpty() && !listed.unavailable.isEmpty())
            ++withChildren;
    }
    QVERIFY(withChildren > count / 4);

    auto ofOther = repo.listByOrganisation(f.otherOrg);
    QVERIFY(ofOther.ok());
    QCOMPARE(ofOther->size(), count / 3);
    for (const Worker &w : *ofOther) {
        QCOMPARE(w.organisationId, f.otherOrg);
        const int i = w.displayName.mid(7).toInt();
        QCOMPARE(difference(w, saved.at(i)), QString());
    }
    QVERIFY(repo.listByOrganisation(987654)->isEmpty());
}

void TestWorkerRepository::unknownWorkerIsNotFound()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    Fixture f = fixture(t);
    QVERIFY(f.db);
    WorkerRepository repo(*f.db);
    auto r = repo.get(424242);
    QVERIFY(!r.ok());
    QCOMPARE(r.error().code, Error::Code::NotFound);
    Worker ghost = fullWorker(f);
    ghost.id = 424242;
    ghost.version = 1;
    const auto before = footprint(*f.db);
    auto saved = repo.save(ghost);
    QVERIFY(!saved.ok());
    QCOMPARE(saved.error().code, Error::Code::NotFound);
    QVERIFY2(saved.error().message.contains(QStringLiteral("Aino K.")), qPrintable(saved.error().message));
    QCOMPARE(footprint(*f.db), before);
}

QTEST_GUILESS_MAIN(TestWorkerRepository)
#include "tst_worker_repository.moc"
