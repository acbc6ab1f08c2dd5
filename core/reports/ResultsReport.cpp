#include "ResultsReport.h"

#include "domain/RequestStatus.h"
#include "requests/RequestWorkflow.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QHash>
#include <QMap>
#include <QSet>

#include <algorithm>

namespace Kohtaamo {

namespace {

using Type = ExportTable::ColumnType;

// Written as an expression, not a bare column, so that SQLite finds the period's requests by their work date in the
// covering index requests_report (schema 14) rather than every held request by the status index; the same on
// PostgreSQL.
const QString kHeld = QStringLiteral("(r.status || '') IN ('held', 'closed')");

// Rows of (name, count) sorted by count, largest first, then by name.
QVector<QVariantList> countRows(const QVector<QPair<QString, qint64>> &counts)
{
    QVector<QPair<QString, qint64>> sorted = counts;
    std::stable_sort(sorted.begin(), sorted.end(), [](const auto &a, const auto &b) {
        return a.second != b.second ? a.second > b.second : a.first.localeAwareCompare(b.first) < 0;
    });
    QVector<QVariantList> rows;
    for (const auto &c : std::as_const(sorted))
        rows.append({ c.first, c.second });
    return rows;
}

} // namespace

ResultsReport::ResultsReport(Database &db) : m_db(db) { }

Status ResultsReport::validate(const ResultsReportOptions &o)
{
    if (!o.from.isValid())
        return Error(Error::Code::InvalidInput, tr("The report needs the first day of its period."),
                     QStringLiteral("from"));
    if (!o.to.isValid())
        return Error(Error::Code::InvalidInput, tr("The report needs the last day of its period."),
                     QStringLiteral("to"));
    if (o.to < o.from)
        return Error(Error::Code::InvalidInput, tr("The period ends before it begins."), QStringLiteral("to"));
    if (o.from.daysTo(o.to) > 366 * 5)
        return Error(Error::Code::InvalidInput, tr("The period is longer than five years."), QStringLiteral("to"));
    return Status::success();
}

QString ResultsReport::nameColumn(const ResultsReportOptions &o) const
{
    if (o.language == QLatin1String("fi"))
        return QStringLiteral("name_fi");
    if (o.language == QLatin1String("sv"))
        return QStringLiteral("name_sv");
    return QStringLiteral("name_en");
}

ResultsReport::Scope ResultsReport::scope(const ResultsReportOptions &o, bool withPeriod) const
{
    Scope s;
    QStringList parts;
    if (withPeriod) {
        parts << QStringLiteral("r.work_date >= ? AND r.work_date <= ?");
        s.binds << SqlQuery::fromDate(o.from) << SqlQuery::fromDate(o.to);
    }
    if (o.fundedActivityId != 0) {
        parts << QStringLiteral("r.funded_activity_id = ?");
        s.binds << o.fundedActivityId;
    }
    if (o.organisationId != 0) {
        parts << QStringLiteral(
            "(EXISTS (SELECT 1 FROM request_organisations ro WHERE ro.request_id = r.id AND ro.organisation_id = ?) "
            "OR EXISTS (SELECT 1 FROM engagements oe JOIN workers ow ON ow.id = oe.worker_id "
            "WHERE oe.request_id = r.id AND ow.organisation_id = ?))");
        s.binds << o.organisationId << o.organisationId;
    }
    s.condition = parts.isEmpty() ? QStringLiteral("1 = 1") : parts.join(QStringLiteral(" AND "));
    return s;
}

Result<ResultsReportData> ResultsReport::compute(const ResultsReportOptions &options)
{
    if (Status s = validate(options); !s)
        return s.error();
    ResultsReportData report;
    report.options = options;
    // The names of the kinds of work, a handful of rows: the passes over the period then read no service_types row.
    m_kindNames.clear();
    {
        SqlQuery q(m_db, QStringLiteral("SELECT code, %1 FROM service_types").arg(nameColumn(options)));
        if (Status st = q.exec(); !st)
            return st.error();
        while (q.next())
            m_kindNames.insert(q.value(0).toString(), q.value(1).toString());
    }
    if (Status s = commissions(options, report); !s)
        return s.error();
    if (Status s = engagements(options, report); !s)
        return s.error();
    if (Status s = outcomes(options, report); !s)
        return s.error();
    if (Status s = knowledge(options, report); !s)
        return s.error();

    // The key figures first.
    ResultsReportData::Section people;
    people.key = QStringLiteral("experience_workers");
    people.table.title = tr("Experience workers");
    people.table.addColumn(tr("Figure"), Type::Text)
        .addPeopleColumn(tr("People"))
        .addColumn(tr("Definition"), Type::Text);
    people.table.rows.append(
        { tr("Experience workers who took part"), qint64(report.workers),
          tr("Different experience workers who attended at least one event held in the period.") });
    people.table.rows.append({ tr("New experience workers"), qint64(report.newWorkers),
                               tr("Of those, the workers who had attended no event held before the period began.") });
    people.definition = tr("People are counted once, however many events they attended. Fewer than 5 is shown as "
                           "“< 5”.");

    ResultsReportData::Section key;
    key.key = QStringLiteral("key_figures");
    key.table.title = tr("Key figures");
    key.table.addColumn(tr("Figure"), Type::Text)
        .addColumn(tr("Value"), Type::Integer)
        .addColumn(tr("Definition"), Type::Text);
    key.table.rows.append({ tr("Commissions"), qint64(report.commissions),
                            tr("Requests whose work date falls in the period, whatever their status.") });
    key.table.rows.append(
        { tr("Events held"), qint64(report.eventsHeld), tr("Commissions of the period that were held or closed.") });
    key.table.rows.append({ tr("Engagements"), qint64(report.engagements),
                            tr("Experience workers' attended engagements in the events held.") });
    key.table.rows.append({ tr("Hours of experience work"), qint64(qRound(report.hours)),
                            tr("The hours recorded for the attended engagements, rounded to whole hours.") });
    key.table.rows.append({ tr("People reached"), report.peopleReached,
                            tr("The audience sizes recorded in the outcomes of the events held.") });
    key.table.rows.append({ tr("Requester feedback received"), qint64(report.feedbackReceived),
                            tr("Events held whose outcome records the requester's feedback.") });
    key.table.rows.append({ tr("Experience knowledge entries"), qint64(report.knowledgeEntries),
                            tr("Entries of experience knowledge recorded in the period.") });
    key.table.rows.append({ tr("Critical points"), qint64(report.criticalPoints),
                            tr("Of those, the entries marked as a critical point of the life course.") });
    key.definition = tr("The period's figures at a glance; the tables below break them down.");
    report.sections.prepend(people);
    report.sections.prepend(key);
    return report;
}

Status ResultsReport::commissions(const ResultsReportOptions &o, ResultsReportData &report)
{
    const Scope s = scope(o, true);
    const QString names = nameColumn(o);

    const auto countSection = [&](const QString &key, const QString &title, const QString &header,
                                  const QString &definition, const QVector<QPair<QString, qint64>> &counts) {
        ResultsReportData::Section sec;
        sec.key = key;
        sec.table.title = title;
        sec.table.addColumn(header, Type::Text).addColumn(tr("Commissions"), Type::Integer);
        sec.table.rows = countRows(counts);
        sec.definition = definition;
        report.sections.append(sec);
    };
    const auto grouped = [&](const QString &sql, const QString &key, const QString &title, const QString &header,
                             const QString &definition, const std::function<QString(const QString &)> &name,
                             const QVariantList &extra = {}) -> Status {
        SqlQuery q(m_db, sql.arg(s.condition));
        q.bindAll(extra);
        q.bindAll(s.binds);
        if (Status st = q.exec(); !st)
            return st;
        QVector<QPair<QString, qint64>> counts;
        while (q.next())
            counts.append({ name(q.value(0).toString()), q.value(1).toLongLong() });
        countSection(key, title, header, definition, counts);
        return Status::success();
    };

    // Month, kind of work, sector, status and the events held in one pass over the period's requests (the covering
    // index requests_report), grouped by all four in SQL — a few thousand groups for a year — and folded here.
    QMap<QDate, qint64> months;
    for (QDate m(o.from.year(), o.from.month(), 1); m <= o.to; m = m.addMonths(1))
        months.insert(m, 0);
    QMap<QPair<bool, QString>, qint64> kinds; // (no kind, code) → commissions
    QMap<QString, qint64> sectors;
    QMap<QString, qint64> statuses;
    {
        SqlQuery q(m_db,
                   QStringLiteral("SELECT r.work_date, r.status, r.service_type, r.requester_sector, COUNT(*) "
                                  "FROM requests r WHERE %1 "
                                  "GROUP BY r.work_date, r.status, r.service_type, r.requester_sector")
                       .arg(s.condition));
        q.bindAll(s.binds);
        if (Status st = q.exec(); !st)
            return st;
        while (q.next()) {
            const qint64 n = q.value(4).toLongLong();
            const QDate d = SqlQuery::toDate(q.value(0));
            months[QDate(d.year(), d.month(), 1)] += n;
            report.commissions += int(n);
            const QString status = q.value(1).toString();
            statuses[status] += n;
            if (status == QLatin1String("held") || status == QLatin1String("closed"))
                report.eventsHeld += int(n);
            const QVariant kind = q.value(2);
            kinds[{ kind.isNull(), kind.toString() }] += n;
            sectors[q.value(3).toString()] += n;
        }
    }
    {
        ResultsReportData::Section sec;
        sec.key = QStringLiteral("commissions_by_month");
        sec.table.title = tr("Commissions per month");
        sec.table.addColumn(tr("Month"), Type::Text).addColumn(tr("Commissions"), Type::Integer);
        for (auto it = months.cbegin(); it != months.cend(); ++it)
            sec.table.rows.append({ it.key().toString(QStringLiteral("yyyy-MM")), it.value() });
        sec.definition = tr("Commissions by the month of their work date.");
        report.sections.append(sec);
    }
    QVector<QPair<QString, qint64>> counts;
    for (auto it = kinds.cbegin(); it != kinds.cend(); ++it) {
        const QString name = it.key().first ? QString() : m_kindNames.value(it.key().second);
        counts.append({ name.isEmpty() ? tr("Not given") : name, it.value() });
    }
    countSection(QStringLiteral("commissions_by_kind"), tr("Commissions by kind of work"), tr("Kind of work"),
                 tr("Commissions of the period by their kind of work (service type)."), counts);

    // COUNT(*) counts commissions: a request has a topic at most once (the primary key of request_topics).
    if (Status st = grouped(QStringLiteral("SELECT MAX(t.%1), COUNT(*) FROM requests r "
                                           "JOIN request_topics rt ON rt.request_id = r.id AND rt.weight = ? "
                                           "JOIN topics t ON t.id = rt.topic_id WHERE %2 GROUP BY t.id")
                                .arg(names, QStringLiteral("%1")),
                            QStringLiteral("commissions_by_topic"), tr("Commissions by topic"), tr("Topic"),
                            tr("Commissions of the period by their primary topics; a commission with several primary "
                               "topics is counted under each."),
                            [](const QString &v) { return v; }, { QStringLiteral("primary") });
        !st)
        return st;

    counts.clear();
    for (auto it = sectors.cbegin(); it != sectors.cend(); ++it)
        counts.append({ sectorName(it.key()), it.value() });
    countSection(QStringLiteral("commissions_by_sector"), tr("Commissions by requester sector"), tr("Sector"),
                 tr("Commissions of the period by the sector of the requester."), counts);
    counts.clear();
    for (auto it = statuses.cbegin(); it != statuses.cend(); ++it)
        counts.append(
            { RequestWorkflow::statusName(requestStatusFromCode(it.key()).value_or(RequestStatus::New)), it.value() });
    countSection(QStringLiteral("commissions_by_status"), tr("Commissions by status"), tr("Status"),
                 tr("Commissions of the period by their status when the report was made."), counts);

    if (Status st = grouped(QStringLiteral("SELECT r.requester_unit, COUNT(*) FROM requests r WHERE %1 "
                                           "GROUP BY r.requester_unit"),
                            QStringLiteral("partners"), tr("Partners"), tr("Requesting organisation or unit"),
                            tr("The organisations and units that requested the commissions of the period, with the "
                               "number of commissions each."),
                            [](const QString &v) { return v.trimmed().isEmpty() ? tr("Not given") : v; });
        !st)
        return st;
    return Status::success();
}

Status ResultsReport::engagements(const ResultsReportOptions &o, ResultsReportData &report)
{
    const Scope s = scope(o, true);
    QString workerCondition;
    QVariantList binds { QStringLiteral("attended") };
    binds << s.binds;
    if (o.organisationId != 0) {
        workerCondition = QStringLiteral(" AND w.organisation_id = ?");
        binds << o.organisationId;
    }
    // One row per worker: the worker's attended engagements of the period summed in SQL, then the worker's row read
    // once (not once per engagement). The hours are summed as double precision, as they were added up here before
    // (PostgreSQL's SUM of a REAL is a REAL).
    SqlQuery q(m_db,
               QStringLiteral("SELECT x.worker_id, org.name, w.title, w.date_of_birth, x.engagements, x.hours, "
                              "x.preparations, x.debriefs FROM (SELECT e.worker_id AS worker_id, "
                              "COUNT(*) AS engagements, SUM(CAST(e.hours AS DOUBLE PRECISION)) AS hours, "
                              "SUM(CASE WHEN e.preparation_done THEN 1 ELSE 0 END) AS preparations, "
                              "SUM(CASE WHEN e.debrief_done THEN 1 ELSE 0 END) AS debriefs "
                              "FROM requests r CROSS JOIN engagements e "
                              "WHERE e.request_id = r.id AND e.attendance = ? AND %1 AND %2 GROUP BY e.worker_id) x "
                              "JOIN workers w ON w.id = x.worker_id "
                              "JOIN organisations org ON org.id = w.organisation_id WHERE 1 = 1%3")
                   .arg(s.condition, kHeld, workerCondition));
    q.bindAll(binds);
    if (Status st = q.exec(); !st)
        return st;
    QVector<qint64> workers;
    QHash<QString, qint64> byOrganisation;
    QHash<QString, qint64> byTitle;
    QHash<int, qint64> byAge;
    QHash<QString, double> hoursByOrganisation;
    const QStringList ages = ageGroupNames();
    while (q.next()) {
        const qint64 worker = q.value(0).toLongLong();
        const QString organisation = q.value(1).toString();
        const double hours = q.value(5).toDouble();
        workers.append(worker);
        ++byOrganisation[organisation];
        ++byTitle[titleName(workerTitleFromCode(q.value(2).toString()).value_or(WorkerTitle::Other))];
        const int group = ageGroup(SqlQuery::toDate(q.value(3)), o.to);
        ++byAge[group < 0 ? int(ages.size()) - 1 : group];
        hoursByOrganisation[organisation] += hours;
        report.hours += hours;
        report.engagements += q.value(4).toInt();
        report.preparationDone += q.value(6).toInt();
        report.debriefDone += q.value(7).toInt();
    }
    report.workers = int(workers.size());

    // New: no attended engagement in an event held before the period.
    SqlQuery before(m_db,
                    QStringLiteral("SELECT DISTINCT e.worker_id FROM requests r CROSS JOIN engagements e "
                                   "WHERE e.request_id = r.id AND e.attendance = ? AND r.work_date < ? AND %1")
                        .arg(kHeld));
    before.bindAll({ QStringLiteral("attended"), SqlQuery::fromDate(o.from) });
    if (Status st = before.exec(); !st)
        return st;
    QSet<qint64> earlier;
    while (before.next())
        earlier.insert(before.value(0).toLongLong());
    report.newWorkers = int(
        std::count_if(workers.cbegin(), workers.cend(), [&](qint64 worker) { return !earlier.contains(worker); }));

    const auto peopleSection
        = [&](const QString &key, const QString &title, const QString &header,
              const QVector<QPair<QString, qint64>> &counts, const QString &definition, bool sortByCount) {
              ResultsReportData::Section sec;
              sec.key = key;
              sec.table.title = title;
              sec.table.addColumn(header, Type::Text).addPeopleColumn(tr("Experience workers"));
              if (sortByCount) {
                  sec.table.rows = countRows(counts);
              } else {
                  for (const auto &c : counts)
                      sec.table.rows.append({ c.first, c.second });
              }
              sec.definition = definition;
              report.sections.append(sec);
          };
    QVector<QPair<QString, qint64>> counts;
    for (auto it = byOrganisation.cbegin(); it != byOrganisation.cend(); ++it)
        counts.append({ it.key(), it.value() });
    peopleSection(QStringLiteral("workers_by_organisation"), tr("Experience workers by organisation"),
                  tr("Organisation"), counts,
                  tr("Experience workers who took part, by the organisation they belong to."), true);
    counts.clear();
    for (auto it = byTitle.cbegin(); it != byTitle.cend(); ++it)
        counts.append({ it.key(), it.value() });
    peopleSection(QStringLiteral("workers_by_title"), tr("Experience workers by title"), tr("Title"), counts,
                  tr("Experience workers who took part, by their title."), true);
    counts.clear();
    for (int g = 0; g < ages.size(); ++g)
        counts.append({ ages.at(g), byAge.value(g) });
    peopleSection(QStringLiteral("workers_by_age_group"), tr("Experience workers by age group"), tr("Age group"),
                  counts, tr("Experience workers who took part, by their age on the last day of the period."), false);

    ResultsReportData::Section hours;
    hours.key = QStringLiteral("hours_by_organisation");
    hours.table.title = tr("Hours by organisation");
    hours.table.addColumn(tr("Organisation"), Type::Text).addColumn(tr("Hours"), Type::Decimal);
    QStringList organisations = hoursByOrganisation.keys();
    std::sort(organisations.begin(), organisations.end(),
              [](const QString &a, const QString &b) { return a.localeAwareCompare(b) < 0; });
    for (const QString &name : std::as_const(organisations))
        hours.table.rows.append({ name, hoursByOrganisation.value(name) });
    hours.table.rows.append({ tr("Total"), report.hours });
    hours.table.lastRowIsTotal = true;
    hours.definition = tr("The hours recorded for the attended engagements, by the worker's organisation.");
    report.sections.append(hours);

    ResultsReportData::Section coverage;
    coverage.key = QStringLiteral("preparation_debrief");
    coverage.table.title = tr("Preparation and debrief");
    coverage.table.addColumn(tr("Measure"), Type::Text)
        .addColumn(tr("Engagements"), Type::Integer)
        .addColumn(tr("Done"), Type::Integer)
        .addColumn(tr("Share (%)"), Type::Integer);
    const auto share = [&](int done) {
        return report.engagements == 0 ? qint64(0) : qint64(qRound(100.0 * done / report.engagements));
    };
    coverage.table.rows.append({ tr("Preparation"), qint64(report.engagements), qint64(report.preparationDone),
                                 share(report.preparationDone) });
    coverage.table.rows.append(
        { tr("Debrief"), qint64(report.engagements), qint64(report.debriefDone), share(report.debriefDone) });
    coverage.definition = tr("Of the attended engagements, the share prepared with the worker beforehand and the share "
                             "debriefed afterwards (rounded to whole per cent).");
    report.sections.append(coverage);
    return Status::success();
}

Status ResultsReport::outcomes(const ResultsReportOptions &o, ResultsReportData &report)
{
    const Scope s = scope(o, true);
    // One pass over the outcomes of the events held: the people reached, the feedback received and its texts.
    SqlQuery q(m_db,
               QStringLiteral("SELECT r.work_date, r.id, r.service_type, mo.audience_size, mo.requester_feedback "
                              "FROM requests r CROSS JOIN meeting_outcomes mo "
                              "WHERE mo.request_id = r.id AND %1 AND %2")
                   .arg(s.condition, kHeld));
    q.bindAll(s.binds);
    if (Status st = q.exec(); !st)
        return st;
    struct Feedback
    {
        QDate workDate;
        qint64 request = 0;
        QString kind;
        QString text;
    };
    QVector<Feedback> texts;
    while (q.next()) {
        report.peopleReached += q.value(3).toLongLong();
        QString text = q.value(4).toString();
        if (text.isEmpty())
            continue;
        ++report.feedbackReceived;
        const QVariant kind = q.value(2);
        texts.append({ SqlQuery::toDate(q.value(0)), q.value(1).toLongLong(),
                       kind.isNull() ? QString() : m_kindNames.value(kind.toString()), std::move(text) });
    }
    // By work date, then request: the order the texts are listed in.
    std::sort(texts.begin(), texts.end(), [](const Feedback &a, const Feedback &b) {
        return a.workDate != b.workDate ? a.workDate < b.workDate : a.request < b.request;
    });

    // The feedback texts themselves, with the kind of work and the month beside each; no worker is named.
    ResultsReportData::Section feedback;
    feedback.key = QStringLiteral("requester_feedback");
    feedback.table.title = tr("Requester feedback");
    feedback.table.addColumn(tr("Month"), Type::Text)
        .addColumn(tr("Kind of work"), Type::Text)
        .addColumn(tr("Feedback"), Type::Text);
    feedback.table.rows.reserve(texts.size());
    const QString notGiven = tr("Not given");
    for (Feedback &f : texts)
        feedback.table.rows.append({ f.workDate.toString(QStringLiteral("yyyy-MM")),
                                     f.kind.isEmpty() ? notGiven : f.kind, std::move(f.text) });
    feedback.definition = tr("The feedback the requesters gave on the events held in the period, as recorded in the "
                             "outcomes, by the month of the work date. No experience worker is named.");
    report.sections.append(feedback);
    return Status::success();
}

} // namespace Kohtaamo
