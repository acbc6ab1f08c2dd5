// The multi-record steps of the commission model on both backends: inviting a set of workers (all or nothing, a
// tagged request moves on to Inviting), confirming (accepted invitations become engagements), and the matching
// service that the screens rank with (cached, read again after invalidate()).
#include "TestDatabase.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "matching/MatchingService.h"
#include "repositories/EngagementRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/RequestRepository.h"
#include "requests/RequestOperations.h"
#include "storage/SqlQuery.h"

#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDate kToday(2026, 11, 2);

int countRows(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toInt() : -1;
}

// The first demo request in `status` whose ranking has at least `candidates` candidates.
Request requestWithCandidates(Database &db, MatchingService &matching, RequestStatus status, int candidates)
{
    auto all = RequestRepository(db).listAll();
    if (!all)
        return {};
    for (const Request &r : *all) {
        if (r.status != status)
            continue;
        auto ranking = matching.rank(r, RankingEngine::Options());
        if (ranking && ranking->candidates.size() >= candidates)
            return r;
    }
    return {};
}
} // namespace

class TestRequestOperations : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void inviteMovesTaggedRequestToInviting();
    void inviteIsAllOrNothing();
    void inviteRefusesUntaggedAndStaleRequests();
    void confirmCreatesEngagementsForAccepted();
    void confirmRefusedWithTooFewAcceptedChangesNothing();
    void matchingServiceReadsAgainAfterInvalidate();

private:
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
};

void TestRequestOperations::init()
{
    m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(9, 0)));
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_db = m_testDb->openOrFail();
    QVERIFY(m_db);
    DemoGenerator::Options options;
    options.workers = 60;
    options.requests = 40;
    options.seed = 11;
    options.today = kToday;
    auto summary = DemoGenerator(*m_db).generate(options);
    QVERIFY2(summary.ok(), qPrintable(summary.error().message));
}

void TestRequestOperations::cleanup()
{
    m_db.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

void TestRequestOperations::inviteMovesTaggedRequestToInviting()
{
    MatchingService matching(*m_db);
    const Request request = requestWithCandidates(*m_db, matching, RequestStatus::Tagged, 2);
    QVERIFY2(request.id != 0, "the demo office has a tagged request with two candidates");
    auto ranking = matching.rank(request, RankingEngine::Options());
    const QVector<qint64> ids { ranking->candidates.at(0).workerId, ranking->candidates.at(1).workerId };
    const int auditBefore = countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    auto result = RequestOperations(*m_db).invite(request.id, request.version, ids, InvitationChannel::Phone);
    QVERIFY2(result.ok(), qPrintable(result.error().message));
    QCOMPARE(result->request.status, RequestStatus::Inviting);
    QCOMPARE(result->invitations.size(), 2);
    auto stored = InvitationRepository(*m_db).listForRequest(request.id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->size(), 2);
    for (const Invitation &inv : *stored) {
        QVERIFY(ids.contains(inv.workerId));
        QCOMPARE(inv.channel, InvitationChannel::Phone);
        QCOMPARE(inv.response, InvitationResponse::Pending);
        QCOMPARE(inv.sentAt, m_clock->now());
    }
    QCOMPARE(RequestRepository(*m_db).get(request.id)->status, RequestStatus::Inviting);
    // Two invitations and the status change are audited.
    QVERIFY(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")) >= auditBefore + 3);
}

void TestRequestOperations::inviteIsAllOrNothing()
{
    MatchingService matching(*m_db);
    const Request request = requestWithCandidates(*m_db, matching, RequestStatus::Tagged, 2);
    QVERIFY(request.id != 0);
    auto ranking = matching.rank(request, RankingEngine::Options());
    const qint64 first = ranking->candidates.at(0).workerId;
    const qint64 second = ranking->candidates.at(1).workerId;
    auto once = RequestOperations(*m_db).invite(request.id, request.version, { first }, InvitationChannel::Email);
    QVERIFY(once.ok());
    const int invitations = countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM invitations"));
    const int audit = countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));

    // The second worker is new, the first already invited: nothing of it may stay.
    auto again = RequestOperations(*m_db).invite(request.id, once->request.version, { second, first },
                                                 InvitationChannel::Email);
    QVERIFY(!again.ok());
    QCOMPARE(again.error().code, Error::Code::InvalidInput);
    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM invitations")), invitations);
    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM invitations WHERE request_id = ? AND worker_id = ?"),
                       { request.id, second }),
             0);
}

void TestRequestOperations::inviteRefusesUntaggedAndStaleRequests()
{
    auto all = RequestRepository(*m_db).listAll();
    QVERIFY(all.ok());
    const auto isNew = [](const Request &r) { return r.status == RequestStatus::New; };
    const auto fresh = std::find_if(all->cbegin(), all->cend(), isNew);
    QVERIFY(fresh != all->cend());
    const qint64 worker = countRows(*m_db, QStringLiteral("SELECT MIN(id) FROM workers"));
    const int invitations = countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM invitations"));

    auto untagged = RequestOperations(*m_db).invite(fresh->id, fresh->version, { worker }, InvitationChannel::Email);
    QVERIFY(!untagged.ok());
    QCOMPARE(untagged.error().code, Error::Code::NotAllowed);
    QVERIFY2(untagged.error().message.contains(fresh->reference), qPrintable(untagged.error().message));

    const auto tagged
        = std::find_if(all->cbegin(), all->cend(), [](const Request &r) { return r.status == RequestStatus::Tagged; });
    QVERIFY(tagged != all->cend());
    auto stale
        = RequestOperations(*m_db).invite(tagged->id, tagged->version - 1 + 100, { worker }, InvitationChannel::Email);
    QVERIFY(!stale.ok());
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    auto none = RequestOperations(*m_db).invite(tagged->id, tagged->version, {}, InvitationChannel::Email);
    QCOMPARE(none.error().code, Error::Code::InvalidInput);
    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM invitations")), invitations);
}

void TestRequestOperations::confirmCreatesEngagementsForAccepted()
{
    MatchingService matching(*m_db);
    Request request = requestWithCandidates(*m_db, matching, RequestStatus::Tagged, 3);
    QVERIFY(request.id != 0);
    // One proposed time, chosen, in the future: the workflow's conditions for confirming.
    request.workersNeeded = 2;
    request.deadline = QDate();
    DateOption option;
    option.starts = QDateTime(kToday.addDays(20), QTime(13, 0));
    option.ends = option.starts.addSecs(2 * 3600);
    option.chosen = true;
    request.dateOptions = { option };
    auto saved = RequestRepository(*m_db).save(request);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    matching.invalidate();
    auto ranking = matching.rank(*saved, RankingEngine::Options());
    QVERIFY(ranking.ok());
    QVERIFY(ranking->candidates.size() >= 3);
    QVector<qint64> ids;
    for (int i = 0; i < 3; ++i)
        ids.append(ranking->candidates.at(i).workerId);
    auto invited = RequestOperations(*m_db).invite(saved->id, saved->version, ids, InvitationChannel::Email);
    QVERIFY2(invited.ok(), qPrintable(invited.error().message));
    InvitationRepository invitations(*m_db);
    const auto &made = invited->invitations;
    QVERIFY(invitations.recordResponse(made.at(0).id, made.at(0).version, InvitationResponse::Accepted).ok());
    QVERIFY(invitations
                .recordResponse(made.at(1).id, made.at(1).version, InvitationResponse::Declined,
                                QStringLiteral("Too close to my own case"))
                .ok());
    QVERIFY(invitations.recordResponse(made.at(2).id, made.at(2).version, InvitationResponse::Accepted).ok());

    auto confirmed = RequestOperations(*m_db).confirm(saved->id, invited->request.version);
    QVERIFY2(confirmed.ok(), qPrintable(confirmed.error().message));
    QCOMPARE(confirmed->request.status, RequestStatus::Confirmed);
    QCOMPARE(confirmed->engagements.size(), 2);
    auto engagements = EngagementRepository(*m_db).listForRequest(saved->id);
    QVERIFY(engagements.ok());
    QCOMPARE(engagements->size(), 2);
    QSet<qint64> engaged;
    for (const Engagement &e : *engagements) {
        engaged.insert(e.workerId);
        QCOMPARE(e.starts, option.starts);
    }
    QCOMPARE(engaged, (QSet<qint64> { ids.at(0), ids.at(2) }));
}

void TestRequestOperations::confirmRefusedWithTooFewAcceptedChangesNothing()
{
    MatchingService matching(*m_db);
    Request request = requestWithCandidates(*m_db, matching, RequestStatus::Tagged, 1);
    QVERIFY(request.id != 0);
    request.workersNeeded = 2;
    auto saved = RequestRepository(*m_db).save(request);
    QVERIFY(saved.ok());
    auto ranking = matching.rank(*saved, RankingEngine::Options());
    auto invited = RequestOperations(*m_db).invite(saved->id, saved->version, { ranking->candidates.at(0).workerId },
                                                   InvitationChannel::Email);
    QVERIFY(invited.ok());
    const Invitation &inv = invited->invitations.at(0);
    QVERIFY(InvitationRepository(*m_db).recordResponse(inv.id, inv.version, InvitationResponse::Accepted).ok());
    const int engagements = countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM engagements"));

    auto confirmed = RequestOperations(*m_db).confirm(saved->id, invited->request.version);
    QVERIFY(!confirmed.ok());
    QCOMPARE(confirmed.error().code, Error::Code::NotAllowed);
    QCOMPARE(countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM engagements")), engagements);
    QCOMPARE(RequestRepository(*m_db).get(saved->id)->status, RequestStatus::Inviting);
}

void TestRequestOperations::matchingServiceReadsAgainAfterInvalidate()
{
    MatchingService matching(*m_db);
    QVERIFY(!matching.isLoaded());
    const Request request = requestWithCandidates(*m_db, matching, RequestStatus::Tagged, 1);
    QVERIFY(request.id != 0);
    QVERIFY(matching.isLoaded());
    QCOMPARE(matching.workerCount(), countRows(*m_db, QStringLiteral("SELECT COUNT(*) FROM workers")));
    auto before = matching.rank(request, RankingEngine::Options());
    const qint64 top = before->candidates.at(0).workerId;
    QVERIFY(RequestOperations(*m_db).invite(request.id, request.version, { top }, InvitationChannel::Email).ok());

    // Until invalidated the service ranks from what it read; afterwards the invited worker is out, with the reason.
    auto cached = matching.rank(request, RankingEngine::Options());
    QCOMPARE(cached->candidates.at(0).workerId, top);
    matching.invalidate();
    QVERIFY(!matching.isLoaded());
    RankingEngine::Options withExcluded;
    withExcluded.includeExcluded = true;
    auto after = matching.rank(request, withExcluded);
    QVERIFY(after.ok());
    for (const Candidate &c : after->candidates)
        QVERIFY(c.workerId != top);
    const auto it = std::find_if(after->excluded.cbegin(), after->excluded.cend(),
                                 [top](const ExcludedWorker &w) { return w.workerId == top; });
    QVERIFY(it != after->excluded.cend());
    QVERIFY(it->has(ExclusionReason::AlreadyInvited));
    QCOMPARE(after->eligibleCount, before->eligibleCount - 1);
}

QTEST_GUILESS_MAIN(TestRequestOperations)
#include "tst_request_operations.moc"
