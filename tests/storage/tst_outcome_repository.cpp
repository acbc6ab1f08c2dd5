// Meeting outcomes and experience knowledge on both backends: round trips, one outcome per request, topics
// replaced as a set and audited, conflicts between two coordinators, and bad input that writes nothing.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "repositories/AuditRepository.h"
#include "repositories/OutcomeRepository.h"
#include "repositories/RequestRepository.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonObject>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0));

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
    QVector<int> counts;
    for (const char *sql : { "SELECT COUNT(*) FROM meeting_outcomes", "SELECT COUNT(*) FROM knowledge_entries",
                             "SELECT COUNT(*) FROM knowledge_entry_topics", "SELECT COUNT(*) FROM audit_log",
                             "SELECT COALESCE(SUM(version), 0) FROM meeting_outcomes",
                             "SELECT COALESCE(SUM(version), 0) FROM knowledge_entries" })
        counts << countRows(db, QString::fromLatin1(sql));
    return counts;
}

qint64 makeRequest(Database &db, const QString &title)
{
    Request r;
    r.receivedOn = QDate(2026, 2, 1);
    r.requesterName = QStringLiteral("Outi Opettaja");
    r.title = title;
    auto saved = RequestRepository(db).save(r);
    return saved ? saved->id : 0;
}

QString difference(const KnowledgeEntry &a, const KnowledgeEntry &b)
{
    QStringList d;
    const auto check = [&d](bool same, const char *field) {
        if (!same)
            d << QString::fromLatin1(field);
    };
    check(a.id == b.id, "id");
    check(a.version == b.version, "version");
    check(a.requestId == b.requestId, "requestId");
    check(a.recordedOn == b.recordedOn, "recordedOn");
    check(a.text == b.text, "text");
    check(a.topicIds == b.topicIds, "topicIds");
    check(a.phase == b.phase, "phase");
    check(a.criticalPoint == b.criticalPoint, "criticalPoint");
    return d.join(QStringLiteral(", "));
}
} // namespace

class TestOutcomeRepository : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void outcomeIsNotFoundUntilRecorded();
    void outcomeRoundTripsAndChanges();
    void secondOutcomeForARequestIsAConflict();
    void staleOutcomeSaveIsAConflict();
    void invalidOutcomeChangesNothing();
    void knowledgeRoundTripsWithTopics();
    void knowledgeWithoutARequest();
    void knowledgeTopicsAreReplacedAndAudited();
    void invalidKnowledgeChangesNothing_data();
    void invalidKnowledgeChangesNothing();
    void staleKnowledgeSaveIsAConflict();
    void knowledgeLists();

private:
    std::unique_ptr<FixedClock> m_clock;
};

void TestOutcomeRepository::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
}

void TestOutcomeRepository::cleanupTestCase()
{
    Clock::install(nullptr);
}

void TestOutcomeRepository::outcomeIsNotFoundUntilRecorded()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const qint64 request = makeRequest(*db, QStringLiteral("Needs assessment: how did it feel?"));
    OutcomeRepository repo(*db);
    auto none = repo.outcomeForRequest(request);
    QVERIFY(!none.ok());
    QCOMPARE(none.error().code, Error::Code::NotFound);
    QVERIFY(!none.error().message.isEmpty());
}

void TestOutcomeRepository::outcomeRoundTripsAndChanges()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    db->setActor(QStringLiteral("anna"));
    const qint64 request = makeRequest(*db, QStringLiteral("Confidentiality of letters to families"));
    OutcomeRepository repo(*db);
    MeetingOutcome o;
    o.requestId = request;
    o.heldOn = QDate(2026, 3, 3);
    o.summary = QStringLiteral("The envelope shows the sender: families asked for a neutral one.\nÄä, åå.");
    o.requesterFeedback = QStringLiteral("The envelopes will be changed in April.");
    auto saved = repo.saveOutcome(o);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message + QStringLiteral(" / ") + saved.error().detail));
    QCOMPARE(saved->version, 1);

    auto other = t.openOrFail();
    QVERIFY(other);
    auto loaded = OutcomeRepository(*other).outcomeForRequest(request);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->id, saved->id);
    QCOMPARE(loaded->version, 1);
    QCOMPARE(loaded->requestId, request);
    QCOMPARE(loaded->heldOn, o.heldOn);
    QCOMPARE(loaded->summary, o.summary);
    QCOMPARE(loaded->requesterFeedback, o.requesterFeedback);

    // Optional parts emptied again.
    MeetingOutcome changed = *loaded;
    changed.heldOn = QDate();
    changed.requesterFeedback.clear();
    auto stored = repo.saveOutcome(changed);
    QVERIFY(stored.ok());
    QCOMPARE(stored->version, 2);
    auto back = OutcomeRepository(*other).outcomeForRequest(request);
    QVERIFY(!back->heldOn.isValid());
    QVERIFY(back->requesterFeedback.isEmpty());
    QCOMPARE(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM meeting_outcomes WHERE held_on IS NULL")), 1);

    auto audit = AuditRepository(*db).forRecord(QStringLiteral("meeting_outcomes"), saved->id);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 2);
    QStringList keys = audit->last().changes.keys();
    keys.sort();
    QCOMPARE(keys, (QStringList { QStringLiteral("held_on"), QStringLiteral("requester_feedback") }));
    QCOMPARE(audit->last().actor, QStringLiteral("anna"));
}

void TestOutcomeRepository::secondOutcomeForARequestIsAConflict()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto first = t.openOrFail();
    auto second = t.openOrFail();
    QVERIFY(first && second);
    first->setActor(QStringLiteral("anna"));
    const qint64 request = makeRequest(*first, QStringLiteral("School and child protection"));
    MeetingOutcome o;
    o.requestId = request;
    o.summary = QStringLiteral("Anna's notes");
    QVERIFY(OutcomeRepository(*first).saveOutcome(o).ok());

    // Bertil opened the request before Anna saved and records an outcome of his own.
    const auto before = footprint(*second);
    o.summary = QStringLiteral("Bertil's notes");
    auto clash = OutcomeRepository(*second).saveOutcome(o);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    QVERIFY2(clash.error().message.contains(QStringLiteral("2026-0001")), qPrintable(clash.error().message));
    QVERIFY2(clash.error().message.contains(QStringLiteral("anna")), qPrintable(clash.error().message));
    QCOMPARE(footprint(*second), before);
    QCOMPARE(OutcomeRepository(*second).outcomeForRequest(request)->summary, QStringLiteral("Anna's notes"));
}

void TestOutcomeRepository::staleOutcomeSaveIsAConflict()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto first = t.openOrFail();
    auto second = t.openOrFail();
    QVERIFY(first && second);
    const qint64 request = makeRequest(*first, QStringLiteral("Family-work brochure"));
    MeetingOutcome o;
    o.requestId = request;
    o.summary = QStringLiteral("First version");
    auto saved = OutcomeRepository(*first).saveOutcome(o);
    QVERIFY(saved.ok());
    MeetingOutcome a = *OutcomeRepository(*first).outcomeForRequest(request);
    MeetingOutcome b = *OutcomeRepository(*second).outcomeForRequest(request);
    a.requesterFeedback = QStringLiteral("Thanks!");
    QVERIFY(OutcomeRepository(*first).saveOutcome(a).ok());
    const auto before = footprint(*second);
    b.summary = QStringLiteral("Overwritten?");
    auto clash = OutcomeRepository(*second).saveOutcome(b);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    QCOMPARE(footprint(*second), before);
    auto now = OutcomeRepository(*second).outcomeForRequest(request);
    QCOMPARE(now->summary, QStringLiteral("First version"));
    QCOMPARE(now->requesterFeedback, QStringLiteral("Thanks!"));
}

void TestOutcomeRepository::invalidOutcomeChangesNothing()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const qint64 request = makeRequest(*db, QStringLiteral("A"));
    const qint64 otherRequest = makeRequest(*db, QStringLiteral("B"));
    OutcomeRepository repo(*db);
    MeetingOutcome o;
    o.requestId = request;
    auto saved = repo.saveOutcome(o);
    QVERIFY(saved.ok());
    const auto before = footprint(*db);

    MeetingOutcome noRequest;
    QCOMPARE(repo.saveOutcome(noRequest).error().code, Error::Code::InvalidInput);
    MeetingOutcome unknown;
    unknown.requestId = 98765;
    QCOMPARE(repo.saveOutcome(unknown).error().code, Error::Code::InvalidInput);
    MeetingOutcome moved = *saved;
    moved.requestId = otherRequest;
    QCOMPARE(repo.saveOutcome(moved).error().code, Error::Code::InvalidInput);
    QCOMPARE(footprint(*db), before);
}

void TestOutcomeRepository::knowledgeRoundTripsWithTopics()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    const qint64 request = makeRequest(*db, QStringLiteral("Emergency placement visits"));
    OutcomeRepository repo(*db);
    KnowledgeEntry k;
    k.requestId = request;
    k.recordedOn = QDate(2026, 3, 4);
    k.text = QStringLiteral("  Nobody told the child where the siblings were taken.  ");
    k.topicIds = { topicId(*db, QStringLiteral("child_protection.placement.emergency")),
                   topicId(*db, QStringLiteral("child_protection.encounters")) };
    k.phase = LifeCoursePhase::SchoolAge;
    k.criticalPoint = true;
    auto saved = repo.saveKnowledge(k);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message + QStringLiteral(" / ") + saved.error().detail));
    QCOMPARE(saved->version, 1);
    QCOMPARE(saved->text, k.text.trimmed());

    auto other = t.openOrFail();
    QVERIFY(other);
    auto loaded = OutcomeRepository(*other).getKnowledge(saved->id);
    QVERIFY(loaded.ok());
    KnowledgeEntry wanted = k;
    wanted.id = saved->id;
    wanted.version = 1;
    wanted.text = k.text.trimmed();
    std::sort(wanted.topicIds.begin(), wanted.topicIds.end());
    QVERIFY2(difference(*loaded, wanted).isEmpty(), qPrintable(difference(*loaded, wanted)));

    // Every life-course phase survives the trip.
    KnowledgeEntry current = *loaded;
    for (const auto &phase : kLifeCoursePhaseCodes) {
        current.phase = phase.first;
        current.criticalPoint = !current.criticalPoint;
        auto stored = repo.saveKnowledge(current);
        QVERIFY2(stored.ok(), qPrintable(stored.error().message));
        auto back = OutcomeRepository(*other).getKnowledge(current.id);
        QCOMPARE(back->phase, phase.first);
        QCOMPARE(back->criticalPoint, current.criticalPoint);
        current = *back;
    }
}

void TestOutcomeRepository::knowledgeWithoutARequest()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    OutcomeRepository repo(*db);
    KnowledgeEntry k; // raised by the group itself, not tied to a commission, no topics yet
    k.recordedOn = QDate(2026, 3, 1);
    k.text = QStringLiteral("Waiting rooms are where the shame starts.");
    auto saved = repo.saveKnowledge(k);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    auto loaded = repo.getKnowledge(saved->id);
    QVERIFY(loaded.ok());
    QCOMPARE(loaded->requestId, qint64(0));
    QVERIFY(loaded->topicIds.isEmpty());
    QCOMPARE(loaded->phase, LifeCoursePhase::Unspecified);
    QCOMPARE(countRows(*db, QStringLiteral("SELECT COUNT(*) FROM knowledge_entries WHERE request_id IS NULL")), 1);
}

void TestOutcomeRepository::knowledgeTopicsAreReplacedAndAudited()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    OutcomeRepository repo(*db);
    const qint64 a = topicId(*db, QStringLiteral("family_life.divorce"));
    const qint64 b = topicId(*db, QStringLiteral("family_life.parenting_support"));
    const qint64 c = topicId(*db, QStringLiteral("violence.domestic"));
    KnowledgeEntry k;
    k.recordedOn = QDate(2026, 3, 1);
    k.text = QStringLiteral("Custody meetings ignored the violence.");
    k.topicIds = { a, b };
    auto saved = repo.saveKnowledge(k);
    QVERIFY(saved.ok());

    KnowledgeEntry changed = *saved;
    changed.topicIds = { c, a };
    auto stored = repo.saveKnowledge(changed);
    QVERIFY(stored.ok());
    QCOMPARE(stored->version, 2);
    QVector<qint64> wanted { a, c };
    std::sort(wanted.begin(), wanted.end());
    QCOMPARE(repo.getKnowledge(saved->id)->topicIds, wanted);

    auto audit = AuditRepository(*db).forRecord(QStringLiteral("knowledge_entries"), saved->id);
    QVERIFY(audit.ok());
    QCOMPARE(audit->size(), 2);
    QCOMPARE(audit->first()
                 .changes.value(QStringLiteral("knowledge_entry_topics"))
                 .toObject()
                 .value(QStringLiteral("new"))
                 .toArray()
                 .size(),
             2);
    const QJsonObject topics = audit->last().changes.value(QStringLiteral("knowledge_entry_topics")).toObject();
    QCOMPARE(audit->last().changes.keys(), QStringList { QStringLiteral("knowledge_entry_topics") });
    QCOMPARE(topics.value(QStringLiteral("old")).toArray().size(), 2);
    QCOMPARE(topics.value(QStringLiteral("new")).toArray().size(), 2);

    // The same set in another order is no change.
    KnowledgeEntry reordered = *repo.getKnowledge(saved->id);
    std::reverse(reordered.topicIds.begin(), reordered.topicIds.end());
    const auto before = footprint(*db);
    auto same = repo.saveKnowledge(reordered);
    QVERIFY(same.ok());
    QCOMPARE(same->version, 2);
    QCOMPARE(footprint(*db), before);
}

void TestOutcomeRepository::invalidKnowledgeChangesNothing_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("recordedOn");
    QTest::addColumn<bool>("unknownTopic");
    QTest::addColumn<bool>("duplicateTopic");
    QTest::addColumn<qint64>("requestId");
    QTest::addColumn<bool>("update");
    QTest::addColumn<QString>("field");
    const QString text = QStringLiteral("Something learned");
    const QDate day(2026, 3, 1);
    QTest::newRow("no text") << QString() << day << false << false << qint64(0) << false << "text";
    QTest::newRow("blank text") << QStringLiteral(" \n\t ") << day << false << false << qint64(0) << false << "text";
    QTest::newRow("text blanked on a saved entry")
        << QStringLiteral("  ") << day << false << false << qint64(0) << true << "text";
    QTest::newRow("no date") << text << QDate() << false << false << qint64(0) << false << "recordedOn";
    QTest::newRow("unknown topic") << text << day << true << false << qint64(0) << false << "topicIds";
    QTest::newRow("unknown topic on a saved entry") << text << day << true << false << qint64(0) << true << "topicIds";
    QTest::newRow("topic twice") << text << day << false << true << qint64(0) << false << "topicIds";
    QTest::newRow("unknown request") << text << day << false << false << qint64(98765) << false << "requestId";
}

void TestOutcomeRepository::invalidKnowledgeChangesNothing()
{
    QFETCH(QString, text);
    QFETCH(QDate, recordedOn);
    QFETCH(bool, unknownTopic);
    QFETCH(bool, duplicateTopic);
    QFETCH(qint64, requestId);
    QFETCH(bool, update);
    QFETCH(QString, field);
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    OutcomeRepository repo(*db);
    const qint64 topic = topicId(*db, QStringLiteral("youth.participation"));
    KnowledgeEntry k;
    k.recordedOn = QDate(2026, 3, 1);
    k.text = QStringLiteral("Original");
    k.topicIds = { topic };
    KnowledgeEntry original;
    if (update) {
        auto saved = repo.saveKnowledge(k);
        QVERIFY(saved.ok());
        original = *repo.getKnowledge(saved->id);
        k = original;
    }
    k.text = text;
    k.recordedOn = recordedOn;
    k.requestId = requestId;
    if (unknownTopic)
        k.topicIds.append(987654);
    if (duplicateTopic)
        k.topicIds.append(topic);
    const auto before = footprint(*db);
    auto result = repo.saveKnowledge(k);
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
    QVERIFY(!result.error().message.isEmpty());
    QCOMPARE(result.error().detail, field);
    QCOMPARE(footprint(*db), before);
    if (update)
        QVERIFY(difference(*repo.getKnowledge(original.id), original).isEmpty());
}

void TestOutcomeRepository::staleKnowledgeSaveIsAConflict()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto first = t.openOrFail();
    auto second = t.openOrFail();
    QVERIFY(first && second);
    first->setActor(QStringLiteral("anna"));
    KnowledgeEntry k;
    k.recordedOn = QDate(2026, 3, 1);
    k.text = QStringLiteral("Plain language is a question of respect.");
    auto saved = OutcomeRepository(*first).saveKnowledge(k);
    QVERIFY(saved.ok());
    KnowledgeEntry a = *OutcomeRepository(*first).getKnowledge(saved->id);
    KnowledgeEntry b = *OutcomeRepository(*second).getKnowledge(saved->id);
    a.criticalPoint = true;
    QVERIFY(OutcomeRepository(*first).saveKnowledge(a).ok());
    const auto before = footprint(*second);
    b.topicIds = { topicId(*second, QStringLiteral("services.plain_language")) };
    b.text = QStringLiteral("Bertil's wording");
    auto clash = OutcomeRepository(*second).saveKnowledge(b);
    QVERIFY(!clash.ok());
    QCOMPARE(clash.error().code, Error::Code::Conflict);
    QVERIFY2(clash.error().message.contains(QStringLiteral("anna")), qPrintable(clash.error().message));
    QCOMPARE(footprint(*second), before);
    auto now = OutcomeRepository(*second).getKnowledge(saved->id);
    QCOMPARE(now->text, k.text);
    QVERIFY(now->criticalPoint);
    QVERIFY(now->topicIds.isEmpty());
}

void TestOutcomeRepository::knowledgeLists()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(db);
    OutcomeRepository repo(*db);
    const qint64 request = makeRequest(*db, QStringLiteral("A"));
    const qint64 otherRequest = makeRequest(*db, QStringLiteral("B"));
    const qint64 topic = topicId(*db, QStringLiteral("loss.sibling"));
    QVERIFY(repo.listAllKnowledge()->isEmpty());
    for (int i = 0; i < 6; ++i) {
        KnowledgeEntry k;
        k.requestId = i < 3 ? request : i < 5 ? otherRequest : 0;
        k.recordedOn = QDate(2026, 3, 1).addDays(i % 4);
        k.text = QStringLiteral("Entry %1").arg(i);
        if (i % 2 == 0)
            k.topicIds = { topic };
        QVERIFY(repo.saveKnowledge(k).ok());
    }
    auto forRequest = repo.listKnowledge(request);
    QVERIFY(forRequest.ok());
    QCOMPARE(forRequest->size(), 3);
    QCOMPARE(forRequest->first().text, QStringLiteral("Entry 2")); // latest recorded first
    for (const KnowledgeEntry &k : *forRequest)
        QCOMPARE(k.requestId, request);
    QCOMPARE(repo.listKnowledge(otherRequest)->size(), 2);
    auto all = repo.listAllKnowledge();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 6);
    QDate previous(2100, 1, 1);
    for (const KnowledgeEntry &k : *all) {
        QVERIFY(k.recordedOn <= previous);
        previous = k.recordedOn;
        QVERIFY2(difference(k, *repo.getKnowledge(k.id)).isEmpty(), qPrintable(k.text));
    }
    QCOMPARE(repo.getKnowledge(98765).error().code, Error::Code::NotFound);
}

QTEST_GUILESS_MAIN(TestOutcomeRepository)
#include "tst_outcome_repository.moc"
