// Fees to payment through the office service, on both backends: a fee becomes due when the outcome says the work was
// done and Today counts it; marking fees paid makes one batch, audited with the acting coordinator and announced
// once; a fee that is not due is refused by name and nothing is written (all or nothing); the earnings ceiling warns
// before anything is written; an admin undoes a batch made by mistake.
#include "HeldRequestFixture.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "fees/FeeExport.h"
#include "office/OfficeService.h"

#include <QSignalSpy>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::HeldRequest;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0));

QString describe(const Error &e)
{
    return e.message + QStringLiteral(" / ") + e.detail;
}

int count(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toInt() : -1;
}

FeeFilter due()
{
    return {};
}
} // namespace

class TestOfficeFees : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void aFeeIsDueWhenTheWorkWasDoneAndTodayCountsIt();
    void theListFiltersByPeriodOrganisationWorkerAndState();
    void markingPaidMakesOneBatchAuditedAndAnnouncedOnce();
    void aFeeThatIsNotDueIsRefusedByNameAndNothingIsWritten_data();
    void aFeeThatIsNotDueIsRefusedByNameAndNothingIsWritten();
    void aStaleVersionIsAConflict();
    void theEarningsCeilingWarnsBeforeAnythingIsWritten();
    void anAdminUndoesABatch();
    void theExportTableHasATotalsRow();
    void aPaidFeeKeepsItsAmount();
    void aViewerMarksNothing();
    void twoWorkersWithOneNameAreToldApart();

private:
    FeeMarking marking(const QVector<int> &indexes);
    int dueCount();

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office; // anna, the office's admin
    HeldRequest m_held;
};

void TestOfficeFees::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
}

void TestOfficeFees::cleanupTestCase()
{
    Clock::install(nullptr);
}

void TestOfficeFees::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_held = Test::makeHeldRequest(*db);
    QVERIFY2(m_held.ok(), qPrintable(m_held.error));
    m_office = std::make_unique<OfficeService>(std::move(db));
    QVERIFY(m_office->actAs(QStringLiteral("anna")));
    QCOMPARE(dueCount(), 0); // nothing is due before the outcome

    // The outcome, recorded as the meeting outcome dialog records it: Aino did the work (fee and travel costs),
    // Bertil did it and declined the fee, Cecilia did not come.
    auto sheet = m_office->meetingOutcomeSheet(m_held.requestId);
    QVERIFY(sheet);
    OutcomeRecorder::Changes changes;
    for (Engagement e : sheet->engagements) {
        if (e.id == m_held.engagements.at(0)) {
            e.attendance = Attendance::Attended;
            e.feeCents = 15000;
            e.travelCents = 1250;
        } else if (e.id == m_held.engagements.at(1)) {
            e.attendance = Attendance::Attended;
            e.feeCents = 15000;
            e.feeDeclined = true;
        } else {
            e.attendance = Attendance::NoShow;
        }
        e.hours = 2;
        changes.engagements.append(e);
    }
    MeetingOutcome o;
    o.requestId = m_held.requestId;
    o.heldOn = QDate(2026, 3, 3);
    changes.outcome = o;
    auto stored = m_office->recordOutcome(m_held.requestId, changes);
    QVERIFY2(stored, qPrintable(describe(stored.error())));
}

void TestOfficeFees::cleanup()
{
    m_office.reset();
    m_testDb.reset();
}

int TestOfficeFees::dueCount()
{
    auto today = m_office->today({});
    return today ? today->unpaidFees.count : -1;
}

FeeMarking TestOfficeFees::marking(const QVector<int> &indexes)
{
    FeeMarking m;
    m.paidOn = QDate(2026, 3, 9);
    m.note = QStringLiteral("March fees");
    auto rows = m_office->feesToPay({ {}, {}, 0, 0, FeeFilter::State::All, 0, m_held.engagements });
    for (int i : indexes) {
        const qint64 id = m_held.engagements.at(i);
        int version = 0;
        // Fees not in the list (declined, not done) are read from the outcome sheet.
        auto sheet = m_office->meetingOutcomeSheet(m_held.requestId);
        for (const Engagement &e : sheet->engagements)
            if (e.id == id)
                version = e.version;
        m.items.append({ id, version });
    }
    Q_UNUSED(rows);
    return m;
}

void TestOfficeFees::aFeeIsDueWhenTheWorkWasDoneAndTodayCountsIt()
{
    auto rows = m_office->feesToPay(due());
    QVERIFY2(rows, qPrintable(describe(rows.error())));
    QCOMPARE(rows->size(), 1);
    const FeeRow &aino = rows->first();
    QCOMPARE(aino.engagementId, m_held.engagements.at(0));
    QCOMPARE(aino.workerName, QStringLiteral("Aino K."));
    QCOMPARE(aino.organisationName, QStringLiteral("Perhekuntoutuskeskus Lauste"));
    QCOMPARE(aino.heldOn, QDate(2026, 3, 3));
    QCOMPARE(aino.feeCents, 15000);
    QCOMPARE(aino.travelCents, 1250);
    QCOMPARE(aino.state, FeeRow::State::Due);
    QVERIFY(!aino.requestReference.isEmpty());

    // Today's "Fees not yet paid" counts the same fee, and its sum.
    auto today = m_office->today({});
    QVERIFY(today);
    QCOMPARE(today->unpaidFees.count, 1);
    QCOMPARE(today->unpaidCents, 16250);
    QCOMPARE(today->unpaidFees.requestIds, QVector<qint64> { m_held.requestId });
}

void TestOfficeFees::theListFiltersByPeriodOrganisationWorkerAndState()
{
    const auto size = [this](const FeeFilter &f) {
        auto rows = m_office->feesToPay(f);
        return rows ? rows->size() : -1;
    };
    FeeFilter f;
    f.from = QDate(2026, 3, 1);
    f.to = QDate(2026, 3, 3);
    QCOMPARE(size(f), 1);
    f.from = QDate(2026, 3, 4);
    f.to = {};
    QCOMPARE(size(f), 0);
    f = {};
    f.to = QDate(2026, 3, 2);
    QCOMPARE(size(f), 0);
    f = {};
    f.workerId = m_held.workers.at(1);
    QCOMPARE(size(f), 0); // Bertil declined
    f.workerId = m_held.workers.at(0);
    QCOMPARE(size(f), 1);
    f = {};
    f.organisationId = count(m_office->database(), QStringLiteral("SELECT MIN(id) FROM organisations"));
    QCOMPARE(size(f), 1);
    f.organisationId = 987654;
    QCOMPARE(size(f), 0);
    f = {};
    f.state = FeeFilter::State::Paid;
    QCOMPARE(size(f), 0);
    f.state = FeeFilter::State::All;
    QCOMPARE(size(f), 1);
}

void TestOfficeFees::markingPaidMakesOneBatchAuditedAndAnnouncedOnce()
{
    QSignalSpy spy(m_office.get(), &OfficeService::changed);
    auto result = m_office->markFeesPaid(marking({ 0 }));
    QVERIFY2(result, qPrintable(describe(result.error())));
    QVERIFY(result->written());
    QVERIFY(result->warnings.isEmpty());
    QCOMPARE(result->batch.reference, QStringLiteral("2026-03/1"));
    QCOMPARE(result->batch.paidOn, QDate(2026, 3, 9));
    QCOMPARE(result->batch.note, QStringLiteral("March fees"));
    QCOMPARE(result->batch.createdBy, QStringLiteral("anna"));
    QCOMPARE(result->batch.fees, 1);
    QCOMPARE(result->batch.totalCents, 16250);

    QCOMPARE(spy.count(), 1);
    const auto change = spy.at(0).at(0).value<OfficeChange>();
    QVERIFY(change.touches(OfficeChange::Kind::Engagement, m_held.engagements.at(0)));
    QVERIFY(change.touches(OfficeChange::Kind::Worker, m_held.workers.at(0)));

    // Paid, in the batch; no longer due, and Today follows.
    QCOMPARE(dueCount(), 0);
    auto paid = m_office->feesToPay({ {}, {}, 0, 0, FeeFilter::State::Paid, 0, {} });
    QVERIFY(paid);
    QCOMPARE(paid->size(), 1);
    QCOMPARE(paid->first().state, FeeRow::State::Paid);
    QCOMPARE(paid->first().paidOn, QDate(2026, 3, 9));
    QCOMPARE(paid->first().batchReference, QStringLiteral("2026-03/1"));

    // Audited with the acting coordinator: the batch and the engagement.
    Database &db = m_office->database();
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'fee_batches' AND actor = ? "
                                  "AND actor_id = ?"),
                   { QStringLiteral("anna"), m_office->coordinator().id }),
             1);
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'engagements' AND record_id = ? "
                                  "AND actor = ? AND changes LIKE ?"),
                   { m_held.engagements.at(0), QStringLiteral("anna"), QStringLiteral("%fee_batch_id%") }),
             1);

    // The worker's year: the fee counts as paid, nothing due.
    auto year = m_office->workerFeeYear(m_held.workers.at(0), 2026);
    QVERIFY(year);
    QCOMPARE(year->paidCents, 15000); // travel costs are not earnings
    QCOMPARE(year->dueCents, 0);
    QCOMPARE(m_office->feeBatches()->size(), 1);
}

void TestOfficeFees::aFeeThatIsNotDueIsRefusedByNameAndNothingIsWritten_data()
{
    QTest::addColumn<QVector<int>>("indexes");
    QTest::addColumn<QString>("named");
    QTest::addColumn<QString>("reason");
    QTest::newRow("declined") << QVector<int> { 0, 1 } << QStringLiteral("Bertil S.") << QStringLiteral("declined");
    QTest::newRow("work not done") << QVector<int> { 0, 2 } << QStringLiteral("Cecilia")
                                   << QStringLiteral("work was done");
}

void TestOfficeFees::aFeeThatIsNotDueIsRefusedByNameAndNothingIsWritten()
{
    QFETCH(QVector<int>, indexes);
    QFETCH(QString, named);
    QFETCH(QString, reason);
    Database &db = m_office->database();
    const QVector<int> before = Test::outcomeFootprint(db);
    QSignalSpy spy(m_office.get(), &OfficeService::changed);
    auto result = m_office->markFeesPaid(marking(indexes));
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::NotAllowed);
    QVERIFY2(result.error().message.contains(named), qPrintable(result.error().message));
    QVERIFY2(result.error().message.contains(reason), qPrintable(result.error().message));
    // All or nothing: Aino's fee, which was due, is still due; no batch.
    QCOMPARE(Test::outcomeFootprint(db), before);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM fee_batches")), 0);
    QCOMPARE(dueCount(), 1);
    QCOMPARE(spy.count(), 0);

    // An empty choice and a missing date name their fields.
    FeeMarking empty;
    empty.paidOn = QDate(2026, 3, 9);
    QCOMPARE(m_office->markFeesPaid(empty).error().detail, QStringLiteral("engagements"));
    FeeMarking undated = marking({ 0 });
    undated.paidOn = {};
    QCOMPARE(m_office->markFeesPaid(undated).error().detail, QStringLiteral("paidOn"));

    // Already paid: named with its batch.
    QVERIFY(m_office->markFeesPaid(marking({ 0 })));
    auto again = m_office->markFeesPaid(marking({ 0 }));
    QVERIFY(!again);
    QVERIFY2(again.error().message.contains(QLatin1String("Aino K.")), qPrintable(again.error().message));
    QVERIFY2(again.error().message.contains(QLatin1String("2026-03/1")), qPrintable(again.error().message));
}

void TestOfficeFees::aStaleVersionIsAConflict()
{
    FeeMarking m = marking({ 0 });
    m.items[0].expectedVersion -= 1;
    auto result = m_office->markFeesPaid(m);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::Conflict);
    QCOMPARE(dueCount(), 1);
}

void TestOfficeFees::theEarningsCeilingWarnsBeforeAnythingIsWritten()
{
    Database &db = m_office->database();
    {
        SqlQuery q(db, QStringLiteral("UPDATE workers SET annual_earnings_ceiling_cents = ? WHERE id = ?"));
        q.bindAll({ 10000, m_held.workers.at(0) });
        QVERIFY(q.exec());
    }
    auto listed = m_office->feesToPay(due());
    QVERIFY(listed);
    QCOMPARE(listed->first().ceilingCents, std::optional<qint64>(10000));

    QSignalSpy spy(m_office.get(), &OfficeService::changed);
    auto warned = m_office->markFeesPaid(marking({ 0 }));
    QVERIFY2(warned, qPrintable(describe(warned.error())));
    QVERIFY(!warned->written());
    QCOMPARE(warned->warnings.size(), 1);
    const FeeCeilingWarning &w = warned->warnings.first();
    QCOMPARE(w.workerId, m_held.workers.at(0));
    QCOMPARE(w.year, 2026);
    QCOMPARE(w.paidCents, 0);
    QCOMPARE(w.batchCents, 15000);
    QCOMPARE(w.ceilingCents, 10000);
    QVERIFY2(w.text.contains(QLatin1String("Aino K.")), qPrintable(w.text));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM fee_batches")), 0);
    QCOMPARE(dueCount(), 1);
    QCOMPARE(spy.count(), 0);

    // Acknowledged: marked paid, the warning still reported.
    FeeMarking acknowledged = marking({ 0 });
    acknowledged.acknowledgeCeiling = true;
    auto marked = m_office->markFeesPaid(acknowledged);
    QVERIFY2(marked, qPrintable(describe(marked.error())));
    QVERIFY(marked->written());
    QCOMPARE(marked->warnings.size(), 1);
    QCOMPARE(dueCount(), 0);
    auto year = m_office->workerFeeYear(m_held.workers.at(0), 2026);
    QVERIFY(year);
    QVERIFY(year->crossed());
}

void TestOfficeFees::anAdminUndoesABatch()
{
    auto marked = m_office->markFeesPaid(marking({ 0 }));
    QVERIFY(marked);
    // Another coordinator may not.
    {
        OfficeService other(m_testDb->openOrFail());
        QVERIFY(other.actAs(QStringLiteral("bertta")));
        auto refused = other.undoFeePayment(marked->batch.id, marked->batch.version);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    }
    QCOMPARE(dueCount(), 0);
    QSignalSpy spy(m_office.get(), &OfficeService::changed);
    auto undone = m_office->undoFeePayment(marked->batch.id, marked->batch.version);
    QVERIFY2(undone, qPrintable(describe(undone.error())));
    QCOMPARE(*undone, QVector<qint64> { m_held.engagements.at(0) });
    QCOMPARE(spy.count(), 1);
    QCOMPARE(dueCount(), 1);
    QCOMPARE(count(m_office->database(), QStringLiteral("SELECT COUNT(*) FROM fee_batches")), 0);
    // And it can be paid again.
    auto again = m_office->markFeesPaid(marking({ 0 }));
    QVERIFY2(again, qPrintable(describe(again.error())));
    QCOMPARE(again->batch.reference, QStringLiteral("2026-03/1"));
}

void TestOfficeFees::theExportTableHasATotalsRow()
{
    auto rows = m_office->feesToPay(due());
    QVERIFY(rows);
    const ExportTable table = FeeExport::table(*rows, QStringLiteral("Fees 2026-03"));
    QCOMPARE(table.rows.size(), 2);
    QVERIFY(table.lastRowIsTotal);
    QCOMPARE(table.rows.at(0).at(0).toString(), QStringLiteral("Aino K."));
    QCOMPARE(table.rows.last().at(4).toLongLong(), 15000);
    QCOMPARE(table.rows.last().at(5).toLongLong(), 1250);
    QCOMPARE(table.rows.last().at(6).toLongLong(), 16250);
}

void TestOfficeFees::aPaidFeeKeepsItsAmount()
{
    QVERIFY(m_office->markFeesPaid(marking({ 0 })));
    auto sheet = m_office->meetingOutcomeSheet(m_held.requestId);
    QVERIFY(sheet);
    Engagement aino = sheet->engagements.at(0);
    QCOMPARE(aino.id, m_held.engagements.at(0));
    QCOMPARE(aino.payment, PaymentState::Paid);

    // Saving it as read (the outcome dialog saves every row) is fine; a new hour count too.
    OutcomeRecorder::Changes changes;
    aino.hours = 3;
    changes.engagements = { aino };
    auto saved = m_office->recordOutcome(m_held.requestId, changes);
    QVERIFY2(saved, qPrintable(describe(saved.error())));
    aino = saved->engagements.first();

    // Its amount is bookkeeping's now.
    aino.feeCents = 20000;
    changes.engagements = { aino };
    OutcomeRecorder::Failure failure;
    auto refused = m_office->recordOutcome(m_held.requestId, changes, &failure);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    QCOMPARE(refused.error().detail, QStringLiteral("feeCents"));
    QCOMPARE(failure.part, OutcomeRecorder::Part::Engagement);
    auto year = m_office->workerFeeYear(m_held.workers.at(0), 2026);
    QVERIFY(year);
    QCOMPARE(year->paidCents, 15000);
}

void TestOfficeFees::aViewerMarksNothing()
{
    {
        SqlQuery q(m_office->database(),
                   QStringLiteral("INSERT INTO coordinators (username, display_name, role, version) "
                                  "VALUES ('vilja', 'Vilja', 'viewer', 1)"));
        QVERIFY(q.exec());
    }
    OfficeService viewer(m_testDb->openOrFail());
    QVERIFY(viewer.actAs(QStringLiteral("vilja")));
    QCOMPARE(viewer.coordinator().role, CoordinatorRole::Viewer);
    auto refused = viewer.markFeesPaid(marking({ 0 }));
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    QCOMPARE(dueCount(), 1);
}

void TestOfficeFees::twoWorkersWithOneNameAreToldApart()
{
    // Bertil is renamed to Aino's name; both did the work and are paid: the list (and the bookkeeping export made
    // from it) must not show two payees named "Aino K.".
    auto sheet = m_office->meetingOutcomeSheet(m_held.requestId);
    QVERIFY(sheet);
    OutcomeRecorder::Changes changes;
    for (Engagement e : sheet->engagements) {
        if (e.id == m_held.engagements.at(1)) {
            e.feeDeclined = false;
            changes.engagements.append(e);
        }
    }
    QVERIFY(m_office->recordOutcome(m_held.requestId, changes));
    auto bertil = m_office->worker(m_held.workers.at(1));
    QVERIFY(bertil);
    Worker renamed = *bertil;
    renamed.displayName = QStringLiteral("Aino K.");
    auto saved = m_office->saveWorker(renamed);
    QVERIFY2(saved, qPrintable(describe(saved.error())));

    auto rows = m_office->feesToPay(due());
    QVERIFY2(rows, qPrintable(describe(rows.error())));
    QCOMPARE(rows->size(), 2);
    QVERIFY2(rows->at(0).workerName != rows->at(1).workerName, qPrintable(rows->at(0).workerName));
    for (const FeeRow &row : *rows)
        QVERIFY2(row.workerName.startsWith(QLatin1String("Aino K. (")), qPrintable(row.workerName));
}

QTEST_GUILESS_MAIN(TestOfficeFees)
#include "tst_office_fees.moc"
