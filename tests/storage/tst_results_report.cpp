// The funder's results report (reports/ResultsReport through OfficeService::resultsReport), on both backends: every
// figure on a generated office checked against an independent SQL query written here, for a year, a quarter, one
// organisation and one funded activity; the small-cell rule ("< 5") in the written files; funded activities (admins
// only, bad input named, the request's default from its organisation) and the people reached on an outcome.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "export/CsvWriter.h"
#include "office/OfficeService.h"
#include "reports/ResultsReport.h"
#include "requests/RequestWorkflow.h"
#include "storage/SqlQuery.h"

#include <QTest>

#include <algorithm>
#include <cmath>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 9, 30), QTime(12, 0));

QString describe(const Error &e)
{
    return e.message + QStringLiteral(" / ") + e.detail;
}

// The rows of a (name, value) table as a map; `column` holds the value.
QHash<QString, qint64> asMap(const ExportTable &table, int column = 1)
{
    QHash<QString, qint64> map;
    for (const QVariantList &row : table.rows)
        map.insert(row.value(0).toString(), row.value(column).toLongLong());
    return map;
}
} // namespace

class TestResultsReport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void everyFigureMatchesAnIndependentQuery_data();
    void everyFigureMatchesAnIndependentQuery();
    void theListedTextsMatchAnIndependentQueryRowByRow_data();
    void theListedTextsMatchAnIndependentQueryRowByRow();
    void smallCountsAreHiddenInTheWrittenFiles();
    void aBadPeriodIsRefusedByName();
    void onlyAnAdminSavesAFundedActivityAndBadInputIsNamed();
    void aRequestTakesItsOrganisationsOnlyActivity();
    void theAudienceSizeIsStoredAndCheckedByName();

private:
    // The requests of the report's scope as an independent condition on `requests` (no alias), with its values.
    QString requestsIn(const ResultsReportOptions &o, bool heldOnly, QVariantList &binds) const;
    qint64 scalar(const QString &sql, const QVariantList &binds);
    QHash<QString, qint64> grouped(const QString &sql, const QVariantList &binds);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office; // the demo office's admin
};

void TestResultsReport::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_office = std::make_unique<OfficeService>(std::move(db));
    DemoGenerator::Options demo;
    demo.workers = 80;
    demo.requests = 160;
    demo.seed = 15;
    demo.today = kNow.date();
    auto generated = m_office->generateDemo(demo);
    QVERIFY2(generated, qPrintable(describe(generated.error())));
    QVERIFY(m_office->actAs(QStringLiteral("anna.lehtinen")));
    QVERIFY(m_office->isAdmin());
}

void TestResultsReport::cleanupTestCase()
{
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

QString TestResultsReport::requestsIn(const ResultsReportOptions &o, bool heldOnly, QVariantList &binds) const
{
    QString sql = QStringLiteral("SELECT id FROM requests WHERE work_date BETWEEN ? AND ?");
    binds << SqlQuery::fromDate(o.from) << SqlQuery::fromDate(o.to);
    if (heldOnly)
        sql += QStringLiteral(" AND (status = 'held' OR status = 'closed')");
    if (o.fundedActivityId) {
        sql += QStringLiteral(" AND funded_activity_id = ?");
        binds << o.fundedActivityId;
    }
    if (o.organisationId) {
        sql += QStringLiteral(" AND (id IN (SELECT request_id FROM request_organisations WHERE organisation_id = ?) "
                              "OR id IN (SELECT x.request_id FROM engagements x, workers y "
                              "WHERE y.id = x.worker_id AND y.organisation_id = ?))");
        binds << o.organisationId << o.organisationId;
    }
    return sql;
}

qint64 TestResultsReport::scalar(const QString &sql, const QVariantList &binds)
{
    SqlQuery q(m_office->database(), sql);
    q.bindAll(binds);
    auto r = q.scalar();
    if (!r)
        qWarning("%s: %s", qPrintable(sql), qPrintable(describe(r.error())));
    return r ? r->toLongLong() : -1;
}

QHash<QString, qint64> TestResultsReport::grouped(const QString &sql, const QVariantList &binds)
{
    SqlQuery q(m_office->database(), sql);
    q.bindAll(binds);
    QHash<QString, qint64> map;
    if (Status s = q.exec(); !s) {
        qWarning("%s: %s", qPrintable(sql), qPrintable(describe(s.error())));
        return map;
    }
    while (q.next())
        map.insert(q.value(0).toString(), q.value(1).toLongLong());
    return map;
}

void TestResultsReport::everyFigureMatchesAnIndependentQuery_data()
{
    QTest::addColumn<int>("quarter"); // 0 = the whole year
    QTest::addColumn<bool>("byOrganisation");
    QTest::addColumn<bool>("byActivity");
    QTest::newRow("year") << 0 << false << false;
    QTest::newRow("second quarter") << 2 << false << false;
    QTest::newRow("one organisation") << 0 << true << false;
    QTest::newRow("one funded activity") << 0 << false << true;
}

void TestResultsReport::everyFigureMatchesAnIndependentQuery()
{
    QFETCH(int, quarter);
    QFETCH(bool, byOrganisation);
    QFETCH(bool, byActivity);
    ResultsReportOptions o = quarter ? ResultsReportOptions::quarter(2026, quarter) : ResultsReportOptions::year(2026);
    o.language = QStringLiteral("en");
    auto organisations = m_office->organisations();
    QVERIFY(organisations && !organisations->isEmpty());
    if (byOrganisation)
        o.organisationId = organisations->first().id;
    if (byActivity) {
        auto activities = m_office->fundedActivities();
        QVERIFY(activities && activities->size() == organisations->size());
        // The activity with the most requests (the demo's requests take their organisation's activity).
        o.fundedActivityId = scalar(QStringLiteral("SELECT funded_activity_id FROM requests WHERE funded_activity_id "
                                                   "IS NOT NULL GROUP BY funded_activity_id "
                                                   "ORDER BY COUNT(*) DESC, funded_activity_id"),
                                    {});
        QVERIFY(o.fundedActivityId > 0);
    }
    auto report = m_office->resultsReport(o);
    QVERIFY2(report, qPrintable(describe(report.error())));

    QVariantList all;
    const QString inScope = requestsIn(o, false, all);
    QVariantList held;
    const QString heldInScope = requestsIn(o, true, held);
    // The attended engagements of the events held (with an organisation, of its own workers).
    QVariantList eb = held;
    QString engaged = QStringLiteral("FROM engagements e WHERE e.attendance = 'attended' AND e.request_id IN (")
        + heldInScope + QLatin1Char(')');
    if (o.organisationId) {
        engaged += QStringLiteral(" AND e.worker_id IN (SELECT id FROM workers WHERE organisation_id = ?)");
        eb << o.organisationId;
    }

    // Commissions, events, engagements, hours, people reached, feedback.
    const qint64 commissions = scalar(QStringLiteral("SELECT COUNT(*) FROM (%1) c").arg(inScope), all);
    QVERIFY(commissions > 0);
    QCOMPARE(qint64(report->commissions), commissions);
    QCOMPARE(qint64(report->eventsHeld), scalar(QStringLiteral("SELECT COUNT(*) FROM (%1) c").arg(heldInScope), held));
    QVERIFY(report->eventsHeld > 0);
    QCOMPARE(qint64(report->engagements), scalar(QStringLiteral("SELECT COUNT(*) ") + engaged, eb));
    SqlQuery hq(m_office->database(), QStringLiteral("SELECT SUM(e.hours) ") + engaged);
    hq.bindAll(eb);
    auto hours = hq.scalar();
    QVERIFY(hours);
    QVERIFY2(std::abs(report->hours - hours->toDouble()) < 1e-6, qPrintable(QString::number(report->hours)));
    QVariantList hb = held;
    QCOMPARE(
        report->peopleReached,
        scalar(
            QStringLiteral("SELECT SUM(audience_size) FROM meeting_outcomes WHERE request_id IN (%1)").arg(heldInScope),
            hb));
    QVERIFY(report->peopleReached > 0);
    QCOMPARE(qint64(report->feedbackReceived),
             scalar(QStringLiteral("SELECT COUNT(*) FROM meeting_outcomes WHERE LENGTH(requester_feedback) > 0 "
                                   "AND request_id IN (%1)")
                        .arg(heldInScope),
                    hb));

    // The feedback texts: every non-empty feedback of the events held, as recorded, with its month.
    const auto *feedback = report->section(QStringLiteral("requester_feedback"));
    QVERIFY(feedback);
    QCOMPARE(feedback->table.columns.size(), 3);
    QCOMPARE(qint64(feedback->table.rows.size()), qint64(report->feedbackReceived));
    QVERIFY(report->feedbackReceived > 0);
    {
        QVariantList fb = held;
        SqlQuery fq(m_office->database(),
                    QStringLiteral("SELECT r.work_date, m.requester_feedback FROM meeting_outcomes m, requests r "
                                   "WHERE r.id = m.request_id AND LENGTH(m.requester_feedback) > 0 "
                                   "AND m.request_id IN (%1)")
                        .arg(heldInScope));
        fq.bindAll(fb);
        QVERIFY(fq.exec());
        QStringList expected;
        while (fq.next())
            expected << SqlQuery::toDate(fq.value(0)).toString(QStringLiteral("yyyy-MM")) + QLatin1Char('|')
                    + fq.value(1).toString();
        QStringList got;
        for (const QVariantList &row : feedback->table.rows) {
            got << row.at(0).toString() + QLatin1Char('|') + row.at(2).toString();
            QVERIFY(!row.at(1).toString().isEmpty()); // the kind of work beside each
        }
        expected.sort();
        got.sort();
        QCOMPARE(got, expected);
    }

    // The key figures table says the same.
    const auto *key = report->section(QStringLiteral("key_figures"));
    QVERIFY(key);
    QCOMPARE(key->table.rows.at(0).at(1).toLongLong(), commissions);
    QCOMPARE(key->table.rows.at(3).at(1).toLongLong(), qint64(qRound(hours->toDouble())));
    QVERIFY(!key->definition.isEmpty());
    for (const auto &section : report->sections) {
        QVERIFY2(!section.definition.isEmpty(), qPrintable(section.key));
        QVERIFY2(!section.table.title.isEmpty(), qPrintable(section.key));
    }

    // Workers: how many, new ones, by organisation, title and age group.
    const qint64 workers = scalar(QStringLiteral("SELECT COUNT(DISTINCT e.worker_id) ") + engaged, eb);
    QVERIFY(workers > 0);
    QCOMPARE(qint64(report->workers), workers);
    QVariantList nb = eb;
    nb << SqlQuery::fromDate(o.from);
    QCOMPARE(qint64(report->newWorkers),
             scalar(QStringLiteral("SELECT COUNT(DISTINCT e.worker_id) ") + engaged
                        + QStringLiteral(" AND NOT EXISTS (SELECT 1 FROM engagements p JOIN requests pr "
                                         "ON pr.id = p.request_id WHERE p.worker_id = e.worker_id AND "
                                         "p.attendance = 'attended' AND pr.work_date < ? AND "
                                         "pr.status IN ('held', 'closed'))"),
                    nb));
    QCOMPARE(asMap(report->section(QStringLiteral("workers_by_organisation"))->table),
             grouped(QStringLiteral("SELECT o.name, COUNT(DISTINCT w.id) FROM workers w JOIN organisations o ON "
                                    "o.id = w.organisation_id WHERE w.id IN (SELECT e.worker_id %1) GROUP BY o.name")
                         .arg(engaged),
                     eb));
    QHash<QString, qint64> titles;
    const auto byCode = grouped(
        QStringLiteral("SELECT title, COUNT(*) FROM workers WHERE id IN (SELECT e.worker_id %1) GROUP BY title")
            .arg(engaged),
        eb);
    for (auto it = byCode.cbegin(); it != byCode.cend(); ++it)
        titles.insert(ResultsReport::titleName(*workerTitleFromCode(it.key())), it.value());
    QCOMPARE(asMap(report->section(QStringLiteral("workers_by_title"))->table), titles);
    // Ages on the last day of the period, counted here with dates rather than years.
    QVector<qint64> ages(6, 0);
    SqlQuery aq(m_office->database(),
                QStringLiteral("SELECT date_of_birth FROM workers WHERE id IN (SELECT e.worker_id %1)").arg(engaged));
    aq.bindAll(eb);
    QVERIFY(aq.exec());
    while (aq.next()) {
        const QDate born = SqlQuery::toDate(aq.value(0));
        int group = 5;
        if (born.isValid()) {
            const int limits[] = { 18, 30, 45, 65 };
            group = 4;
            for (int g = 3; g >= 0; --g) {
                if (born.addYears(limits[g]) > o.to)
                    group = g;
            }
        }
        ++ages[group];
    }
    const auto &ageTable = report->section(QStringLiteral("workers_by_age_group"))->table;
    QCOMPARE(ageTable.rows.size(), 6);
    for (int g = 0; g < 6; ++g)
        QCOMPARE(ageTable.rows.at(g).at(1).toLongLong(), ages.at(g));

    // Commissions by month, kind of work, topic, sector, status; partners.
    QHash<QString, qint64> months;
    SqlQuery mq(m_office->database(), QStringLiteral("SELECT work_date FROM requests WHERE id IN (%1)").arg(inScope));
    mq.bindAll(all);
    QVERIFY(mq.exec());
    while (mq.next())
        ++months[SqlQuery::toDate(mq.value(0)).toString(QStringLiteral("yyyy-MM"))];
    auto reportMonths = asMap(report->section(QStringLiteral("commissions_by_month"))->table);
    QCOMPARE(reportMonths.size(), quarter ? 3 : 12);
    reportMonths.removeIf([](const auto &it) { return it.value() == 0; });
    QCOMPARE(reportMonths, months);
    QHash<QString, qint64> kinds = grouped(
        QStringLiteral("SELECT s.name_en, COUNT(*) FROM requests r, service_types s WHERE s.code = r.service_type AND "
                       "r.id IN (%1) GROUP BY s.name_en")
            .arg(inScope),
        all);
    QVariantList nk = all;
    if (const qint64 none = scalar(
            QStringLiteral("SELECT COUNT(*) FROM requests WHERE service_type IS NULL AND id IN (%1)").arg(inScope), nk))
        kinds.insert(QStringLiteral("Not given"), none);
    QCOMPARE(asMap(report->section(QStringLiteral("commissions_by_kind"))->table), kinds);
    QCOMPARE(
        asMap(report->section(QStringLiteral("commissions_by_topic"))->table),
        grouped(QStringLiteral("SELECT t.name_en, COUNT(*) FROM request_topics rt, topics t WHERE t.id = "
                               "rt.topic_id AND rt.weight = 'primary' AND rt.request_id IN (%1) GROUP BY t.name_en")
                    .arg(inScope),
                all));
    QHash<QString, qint64> sectors;
    const auto sectorCodes = grouped(
        QStringLiteral("SELECT requester_sector, COUNT(*) FROM requests WHERE id IN (%1) GROUP BY requester_sector")
            .arg(inScope),
        all);
    for (auto it = sectorCodes.cbegin(); it != sectorCodes.cend(); ++it)
        sectors.insert(ResultsReport::sectorName(it.key()), it.value());
    QVERIFY(sectors.size() > 1 || o.organisationId || quarter);
    QCOMPARE(asMap(report->section(QStringLiteral("commissions_by_sector"))->table), sectors);
    QHash<QString, qint64> statuses;
    const auto statusCodes = grouped(
        QStringLiteral("SELECT status, COUNT(*) FROM requests WHERE id IN (%1) GROUP BY status").arg(inScope), all);
    for (auto it = statusCodes.cbegin(); it != statusCodes.cend(); ++it)
        statuses.insert(RequestWorkflow::statusName(*requestStatusFromCode(it.key())), it.value());
    QCOMPARE(asMap(report->section(QStringLiteral("commissions_by_status"))->table), statuses);
    QCOMPARE(asMap(report->section(QStringLiteral("partners"))->table),
             grouped(QStringLiteral("SELECT requester_unit, COUNT(*) FROM requests WHERE id IN (%1) "
                                    "GROUP BY requester_unit")
                         .arg(inScope),
                     all));

    // Hours by organisation (and the total row); preparation and debrief.
    const auto &hoursTable = report->section(QStringLiteral("hours_by_organisation"))->table;
    QVERIFY(hoursTable.lastRowIsTotal);
    SqlQuery ho(m_office->database(),
                QStringLiteral("SELECT o.name, SUM(e.hours) FROM engagements e JOIN workers w ON w.id = e.worker_id "
                               "JOIN organisations o ON o.id = w.organisation_id WHERE e.id IN (SELECT e.id %1) "
                               "GROUP BY o.name")
                    .arg(engaged));
    ho.bindAll(eb);
    QVERIFY(ho.exec());
    int organisationRows = 0;
    while (ho.next()) {
        ++organisationRows;
        bool found = false;
        for (const QVariantList &row : hoursTable.rows) {
            if (row.at(0).toString() == ho.value(0).toString()) {
                found = true;
                QVERIFY(std::abs(row.at(1).toDouble() - ho.value(1).toDouble()) < 1e-6);
            }
        }
        QVERIFY2(found, qPrintable(ho.value(0).toString()));
    }
    QCOMPARE(hoursTable.rows.size(), organisationRows + 1);
    QCOMPARE(qint64(report->preparationDone),
             scalar(QStringLiteral("SELECT COUNT(*) ") + engaged + QStringLiteral(" AND e.preparation_done = ?"),
                    QVariantList(eb) << true));
    QCOMPARE(qint64(report->debriefDone),
             scalar(QStringLiteral("SELECT COUNT(*) ") + engaged + QStringLiteral(" AND e.debrief_done = ?"),
                    QVariantList(eb) << true));
    const auto &coverage = report->section(QStringLiteral("preparation_debrief"))->table;
    QCOMPARE(coverage.rows.at(1).at(3).toLongLong(),
             qint64(std::lround(100.0 * report->debriefDone / std::max(1, report->engagements))));

    // Experience knowledge: by phase and topic, every text.
    QString knowledge = QStringLiteral("FROM knowledge_entries k WHERE k.recorded_on BETWEEN ? AND ?");
    QVariantList kb { SqlQuery::fromDate(o.from), SqlQuery::fromDate(o.to) };
    if (o.organisationId || o.fundedActivityId) {
        ResultsReportOptions undated = o;
        undated.from = QDate(1900, 1, 1);
        undated.to = QDate(2999, 12, 31);
        knowledge += QStringLiteral(" AND k.request_id IN (%1)").arg(requestsIn(undated, false, kb));
    }
    const qint64 entries = scalar(QStringLiteral("SELECT COUNT(*) ") + knowledge, kb);
    QVERIFY(entries > 0 || o.organisationId || o.fundedActivityId || quarter);
    QCOMPARE(qint64(report->knowledgeEntries), entries);
    QCOMPARE(qint64(report->criticalPoints),
             scalar(QStringLiteral("SELECT COUNT(*) ") + knowledge + QStringLiteral(" AND k.critical_point = ?"),
                    QVariantList(kb) << true));
    QHash<QString, qint64> phases;
    const auto phaseCodes = grouped(
        QStringLiteral("SELECT k.life_course_phase, COUNT(*) %1 GROUP BY k.life_course_phase").arg(knowledge), kb);
    for (auto it = phaseCodes.cbegin(); it != phaseCodes.cend(); ++it)
        phases.insert(ResultsReport::phaseName(*lifeCoursePhaseFromCode(it.key())), it.value());
    QCOMPARE(asMap(report->section(QStringLiteral("knowledge_by_phase"))->table), phases);
    QCOMPARE(asMap(report->section(QStringLiteral("knowledge_by_topic"))->table),
             grouped(QStringLiteral("SELECT t.name_en, COUNT(*) FROM knowledge_entry_topics kt JOIN topics t ON t.id = "
                                    "kt.topic_id WHERE kt.entry_id IN (SELECT k.id %1) GROUP BY t.name_en")
                         .arg(knowledge),
                     kb));
    const auto &texts = report->section(QStringLiteral("knowledge_entries"))->table;
    QCOMPARE(qint64(texts.rows.size()), entries);

    // No table names a worker.
    SqlQuery names(m_office->database(), QStringLiteral("SELECT display_name FROM workers"));
    QVERIFY(names.exec());
    QStringList workerNames;
    while (names.next())
        workerNames << names.value(0).toString();
    for (const auto &section : report->sections) {
        for (const QVariantList &row : section.table.rows) {
            for (const QVariant &cell : row) {
                if (cell.typeId() == QMetaType::QString)
                    QVERIFY2(!workerNames.contains(cell.toString()), qPrintable(section.key));
            }
        }
    }
}

void TestResultsReport::theListedTextsMatchAnIndependentQueryRowByRow_data()
{
    QTest::addColumn<bool>("byOrganisation");
    QTest::newRow("year") << false;
    QTest::newRow("one organisation") << true;
}

// The feedback and knowledge lists in their order, cell by cell (the report reads them in one pass each and orders
// them itself): feedback by work date and request with the kind of work's name; knowledge entries by life-course
// phase, then recorded on and id, each with its topics in the topic list's order; critical points per topic.
void TestResultsReport::theListedTextsMatchAnIndependentQueryRowByRow()
{
    QFETCH(bool, byOrganisation);
    ResultsReportOptions o = ResultsReportOptions::year(2026);
    o.language = QStringLiteral("en");
    if (byOrganisation) {
        auto organisations = m_office->organisations();
        QVERIFY(organisations && !organisations->isEmpty());
        o.organisationId = organisations->first().id;
    }
    auto report = m_office->resultsReport(o);
    QVERIFY2(report, qPrintable(describe(report.error())));

    QHash<QString, QString> kindNames;
    {
        SqlQuery q(m_office->database(), QStringLiteral("SELECT code, name_en FROM service_types"));
        QVERIFY(q.exec());
        while (q.next())
            kindNames.insert(q.value(0).toString(), q.value(1).toString());
    }
    QVariantList held;
    const QString heldInScope = requestsIn(o, true, held);
    QStringList expected;
    {
        SqlQuery q(m_office->database(),
                   QStringLiteral("SELECT r.work_date, r.service_type, m.requester_feedback FROM meeting_outcomes m, "
                                  "requests r WHERE r.id = m.request_id AND LENGTH(m.requester_feedback) > 0 AND "
                                  "m.request_id IN (%1) ORDER BY r.work_date, r.id")
                       .arg(heldInScope));
        q.bindAll(held);
        QVERIFY(q.exec());
        while (q.next()) {
            const QString kind
                = q.value(1).isNull() ? QStringLiteral("Not given") : kindNames.value(q.value(1).toString());
            expected << SqlQuery::toDate(q.value(0)).toString(QStringLiteral("yyyy-MM")) + QLatin1Char('|') + kind
                    + QLatin1Char('|') + q.value(2).toString();
        }
    }
    QVERIFY(!expected.isEmpty());
    QStringList got;
    for (const QVariantList &row : report->section(QStringLiteral("requester_feedback"))->table.rows)
        got << row.at(0).toString() + QLatin1Char('|') + row.at(1).toString() + QLatin1Char('|') + row.at(2).toString();
    QCOMPARE(got, expected);

    QString knowledge = QStringLiteral("FROM knowledge_entries k WHERE k.recorded_on BETWEEN ? AND ?");
    QVariantList kb { SqlQuery::fromDate(o.from), SqlQuery::fromDate(o.to) };
    if (o.organisationId) {
        ResultsReportOptions undated = o;
        undated.from = QDate(1900, 1, 1);
        undated.to = QDate(2999, 12, 31);
        knowledge += QStringLiteral(" AND k.request_id IN (%1)").arg(requestsIn(undated, false, kb));
    }
    QHash<qint64, QStringList> topicsOf;
    {
        SqlQuery q(m_office->database(),
                   QStringLiteral("SELECT kt.entry_id, t.name_en FROM knowledge_entry_topics kt JOIN topics t "
                                  "ON t.id = kt.topic_id ORDER BY t.sort_order, t.id"));
        QVERIFY(q.exec());
        while (q.next())
            topicsOf[q.value(0).toLongLong()] << q.value(1).toString();
    }
    QVector<QPair<int, QString>> entries; // phase, cells
    {
        SqlQuery q(m_office->database(),
                   QStringLiteral("SELECT k.id, k.life_course_phase, k.critical_point, k.recorded_on, k.text %1 "
                                  "ORDER BY k.recorded_on, k.id")
                       .arg(knowledge));
        q.bindAll(kb);
        QVERIFY(q.exec());
        while (q.next()) {
            const LifeCoursePhase phase = *lifeCoursePhaseFromCode(q.value(1).toString());
            entries.append({ int(phase),
                             QStringList { ResultsReport::phaseName(phase),
                                           topicsOf.value(q.value(0).toLongLong()).join(QStringLiteral(", ")),
                                           q.value(2).toBool() ? QStringLiteral("yes") : QStringLiteral("no"),
                                           SqlQuery::toDate(q.value(3)).toString(Qt::ISODate), q.value(4).toString() }
                                 .join(QLatin1Char('|')) });
        }
    }
    QVERIFY(entries.size() > 1 || o.organisationId);
    std::stable_sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.first < b.first; });
    expected.clear();
    for (const auto &e : std::as_const(entries))
        expected << e.second;
    got.clear();
    for (const QVariantList &row : report->section(QStringLiteral("knowledge_entries"))->table.rows)
        got << QStringList { row.at(0).toString(), row.at(1).toString(), row.at(2).toString(),
                             row.at(3).toDate().toString(Qt::ISODate), row.at(4).toString() }
                   .join(QLatin1Char('|'));
    QCOMPARE(got, expected);

    QVariantList cb = kb;
    cb << true;
    auto criticalByTopic = asMap(report->section(QStringLiteral("knowledge_by_topic"))->table, 2);
    criticalByTopic.removeIf([](const auto &it) { return it.value() == 0; });
    QCOMPARE(criticalByTopic,
             grouped(QStringLiteral("SELECT t.name_en, COUNT(*) FROM knowledge_entry_topics kt JOIN topics t ON t.id = "
                                    "kt.topic_id WHERE kt.entry_id IN (SELECT k.id %1 AND k.critical_point = ?) "
                                    "GROUP BY t.name_en")
                         .arg(knowledge),
                     cb));
}

void TestResultsReport::smallCountsAreHiddenInTheWrittenFiles()
{
    ExportTable table;
    table.title = QStringLiteral("People");
    table.addColumn(QStringLiteral("Group"), ExportTable::ColumnType::Text)
        .addPeopleColumn(QStringLiteral("Workers"))
        .addColumn(QStringLiteral("Commissions"), ExportTable::ColumnType::Integer);
    for (qint64 n : { 0, 1, 4, 5, 12 })
        table.rows.append({ QStringLiteral("g%1").arg(n), n, n });
    const QString csv = QString::fromUtf8(CsvWriter::toCsv(table));
    QVERIFY2(csv.contains(QStringLiteral("g0;0;0\r\n")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("g1;< 5;1\r\n")), qPrintable(csv)); // commissions are not people
    QVERIFY2(csv.contains(QStringLiteral("g4;< 5;4\r\n")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("g5;5;5\r\n")), qPrintable(csv));
    QVERIFY2(csv.contains(QStringLiteral("g12;12;12\r\n")), qPrintable(csv));
    QVERIFY(!ExportTable::hidesCell(table.columns.at(1), 0));
    QVERIFY(ExportTable::hidesCell(table.columns.at(1), 4));
    QVERIFY(!ExportTable::hidesCell(table.columns.at(1), 5));
    QVERIFY(!ExportTable::hidesCell(table.columns.at(2), 3));

    // In the report, every column that counts workers is marked, and a small organisation's counts are hidden.
    ResultsReportOptions o = ResultsReportOptions::quarter(2026, 1);
    auto organisations = m_office->organisations();
    QVERIFY(organisations);
    o.organisationId = organisations->first().id;
    auto report = m_office->resultsReport(o);
    QVERIFY2(report, qPrintable(describe(report.error())));
    for (const QString &key : { QStringLiteral("experience_workers"), QStringLiteral("workers_by_organisation"),
                                QStringLiteral("workers_by_title"), QStringLiteral("workers_by_age_group") }) {
        const auto *section = report->section(key);
        QVERIFY2(section, qPrintable(key));
        QVERIFY2(section->table.columns.at(1).countsPeople, qPrintable(key));
        const QStringList lines = QString::fromUtf8(CsvWriter::toCsv(section->table)).split(QStringLiteral("\r\n"));
        for (int i = 0; i < section->table.rows.size(); ++i) {
            const qint64 n = section->table.rows.at(i).at(1).toLongLong();
            const QString shown = lines.at(i + 1).section(QLatin1Char(';'), 1, 1);
            QCOMPARE(shown, n > 0 && n < 5 ? QStringLiteral("< 5") : QString::number(n));
        }
    }
}

void TestResultsReport::aBadPeriodIsRefusedByName()
{
    ResultsReportOptions o = ResultsReportOptions::year(2026);
    o.to = QDate(2025, 12, 31);
    auto report = m_office->resultsReport(o);
    QVERIFY(!report);
    QCOMPARE(report.error().detail, QStringLiteral("to"));
    o = ResultsReportOptions::year(2026);
    o.fundedActivityId = 999999;
    report = m_office->resultsReport(o);
    QVERIFY(!report);
    QCOMPARE(report.error().detail, QStringLiteral("fundedActivityId"));
}

void TestResultsReport::onlyAnAdminSavesAFundedActivityAndBadInputIsNamed()
{
    FundedActivity a;
    a.name = QStringLiteral("Nuorten ääni");
    a.funder = QStringLiteral("STEA");
    a.firstYear = 2027;
    a.lastYear = 2026;
    auto refused = m_office->saveFundedActivity(a);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("lastYear"));
    a.lastYear = 2029;
    a.organisationId = 987654;
    refused = m_office->saveFundedActivity(a);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("organisationId"));
    a.organisationId = 0;
    auto saved = m_office->saveFundedActivity(a);
    QVERIFY2(saved, qPrintable(describe(saved.error())));
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'funded_activities' AND "
                                   "record_id = ?"),
                    { saved->id }),
             1);
    FundedActivity twin = a;
    refused = m_office->saveFundedActivity(twin);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("name"));

    // A coordinator who is not an admin changes nothing.
    OfficeService other(m_office->database());
    QVERIFY(other.actAs(QStringLiteral("a.coordinator.of.the.test")));
    QVERIFY(!other.isAdmin());
    FundedActivity renamed = *saved;
    renamed.name = QStringLiteral("Renamed");
    refused = other.saveFundedActivity(renamed);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    QCOMPARE(scalar(QStringLiteral("SELECT COUNT(*) FROM funded_activities WHERE name = 'Renamed'"), {}), 0);
}

void TestResultsReport::aRequestTakesItsOrganisationsOnlyActivity()
{
    auto organisations = m_office->organisations();
    QVERIFY(organisations);
    auto activities = m_office->fundedActivities();
    QVERIFY(activities);
    const qint64 organisation = organisations->first().id;
    qint64 expected = 0;
    for (const FundedActivity &a : *activities) {
        if (a.organisationId == organisation)
            expected = a.id;
    }
    QVERIFY(expected);
    Request r;
    r.receivedOn = kNow.date();
    r.requesterName = QStringLiteral("Tiina Tilaaja");
    r.title = QStringLiteral("Koulutus");
    r.requesterSector = QStringLiteral("education");
    r.organisationScope = { organisation };
    auto saved = m_office->saveRequest(r);
    QVERIFY2(saved, qPrintable(describe(saved.error())));
    QCOMPARE(saved->fundedActivityId, expected);
    auto read = m_office->request(saved->id);
    QVERIFY(read);
    QCOMPARE(read->fundedActivityId, expected);
    QCOMPARE(read->requesterSector, QStringLiteral("education"));

    // Two organisations: no default. An activity that does not exist is named.
    r.organisationScope = { organisations->at(0).id, organisations->at(1).id };
    saved = m_office->saveRequest(r);
    QVERIFY(saved);
    QCOMPARE(saved->fundedActivityId, 0);
    r.fundedActivityId = 424242;
    saved = m_office->saveRequest(r);
    QVERIFY(!saved);
    QCOMPARE(saved.error().detail, QStringLiteral("fundedActivityId"));
}

void TestResultsReport::theAudienceSizeIsStoredAndCheckedByName()
{
    const qint64 requestId = scalar(QStringLiteral("SELECT MIN(request_id) FROM meeting_outcomes"), {});
    QVERIFY(requestId > 0);
    auto sheet = m_office->meetingOutcomeSheet(requestId);
    QVERIFY2(sheet, qPrintable(describe(sheet.error())));
    OutcomeRecorder::Changes changes;
    QVERIFY(sheet->outcome);
    changes.outcome = sheet->outcome;
    changes.outcome->audienceSize = -3;
    auto refused = m_office->recordOutcome(requestId, changes);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("audienceSize"));
    changes.outcome->audienceSize = 137;
    auto recorded = m_office->recordOutcome(requestId, changes);
    QVERIFY2(recorded, qPrintable(describe(recorded.error())));
    QCOMPARE(scalar(QStringLiteral("SELECT audience_size FROM meeting_outcomes WHERE request_id = ?"), { requestId }),
             137);
}

QTEST_GUILESS_MAIN(TestResultsReport)
#include "tst_results_report.moc"
