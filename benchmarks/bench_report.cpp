// The funder's results report for a year on a large office (issue 15: under 2 s on the 50,000-worker demo office),
// and as its peer in the same run the same main figures as plain SQL through the `sqlite3` shell (Debian sqlite3).
//   kohtaamo-bench-report --db FILE [--year YEAR] [--runs 5] [--sqlite3 PATH]
// prints the median (and every run) of
//   * report: OfficeService::resultsReport for the year, in this process, on an open database (every table of the
//     report: the key figures, workers by organisation / title / age group, commissions by month / kind / topic /
//     sector / status, partners, hours, preparation and debrief, feedback texts, experience knowledge with its texts);
//   * sqlite3: a `sqlite3 -readonly` process that computes the key figures (commissions, events held, engagements,
//     workers, hours, people reached, feedback, knowledge entries and critical points) with plain SQL, timed from
//     process start to exit;
// each with its CPU time beside the wall time (on a machine busy with other work the two differ a lot);
// and checks that the two agree. Without --year, the year with the most commissions. The database must be at the
// current schema version (open it once with kohtaamo or kohtaamo-cli first).
#include "office/OfficeService.h"
#include "reports/ResultsReport.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QStandardPaths>

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <ctime>

#include <sys/resource.h>

using namespace Kohtaamo;

namespace {

double median(QVector<double> v)
{
    std::sort(v.begin(), v.end());
    return v.isEmpty() ? 0 : (v.size() % 2 ? v.at(v.size() / 2) : (v.at(v.size() / 2 - 1) + v.at(v.size() / 2)) / 2);
}

QString list(const QVector<double> &v)
{
    QStringList parts;
    for (double x : v)
        parts << QString::number(x, 'f', 1);
    return parts.join(QStringLiteral(", "));
}

void print(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

// The key figures in plain SQL, one line each, for the sqlite3 shell (dates are ISO text in SQLite).
QString peerScript(const QDate &from, const QDate &to)
{
    const QString f = from.toString(Qt::ISODate);
    const QString t = to.toString(Qt::ISODate);
    const QString period = QStringLiteral("r.work_date BETWEEN '%1' AND '%2'").arg(f, t);
    const QString held = period + QStringLiteral(" AND r.status IN ('held', 'closed')");
    QString sql;
    sql += QStringLiteral("SELECT COUNT(*) FROM requests r WHERE %1;\n").arg(period);
    sql += QStringLiteral("SELECT COUNT(*) FROM requests r WHERE %1;\n").arg(held);
    sql += QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT e.worker_id), printf('%.1f', COALESCE(SUM(e.hours), 0)) "
                          "FROM engagements e JOIN requests r ON r.id = e.request_id "
                          "WHERE e.attendance = 'attended' AND %1;\n")
               .arg(held);
    sql += QStringLiteral("SELECT COALESCE(SUM(mo.audience_size), 0), "
                          "COALESCE(SUM(mo.requester_feedback <> ''), 0) FROM meeting_outcomes mo "
                          "JOIN requests r ON r.id = mo.request_id WHERE %1;\n")
               .arg(held);
    sql += QStringLiteral("SELECT COUNT(*), COALESCE(SUM(k.critical_point), 0) FROM knowledge_entries k "
                          "WHERE k.recorded_on BETWEEN '%1' AND '%2';\n")
               .arg(f, t);
    return sql;
}

QString reportFigures(const ResultsReportData &r)
{
    return QStringLiteral("%1\n%2\n%3|%4|%5\n%6|%7\n%8|%9\n")
        .arg(r.commissions)
        .arg(r.eventsHeld)
        .arg(r.engagements)
        .arg(r.workers)
        .arg(QString::number(r.hours, 'f', 1))
        .arg(r.peopleReached)
        .arg(r.feedbackReceived)
        .arg(r.knowledgeEntries)
        .arg(r.criticalPoints);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("db"), QStringLiteral("The SQLite office to measure."), QStringLiteral("FILE") });
    parser.addOption({ QStringLiteral("year"), QStringLiteral("The report's year (default: the busiest)."),
                       QStringLiteral("YEAR") });
    parser.addOption({ QStringLiteral("runs"), QStringLiteral("Runs of each (default 5)."), QStringLiteral("N"),
                       QStringLiteral("5") });
    parser.addOption({ QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell (default: from PATH)."),
                       QStringLiteral("PATH") });
    parser.process(app);
    const QString file = parser.value(QStringLiteral("db"));
    if (file.isEmpty()) {
        print(QStringLiteral("--db FILE is needed"));
        return 2;
    }
    const int runs = std::max(1, parser.value(QStringLiteral("runs")).toInt());
    const QString shell = parser.isSet(QStringLiteral("sqlite3"))
        ? parser.value(QStringLiteral("sqlite3"))
        : QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
    if (shell.isEmpty()) {
        print(QStringLiteral("sqlite3 is not installed (Debian sqlite3; tools/install-deps.sh installs it)"));
        return 1;
    }

    auto db = Database::open(DatabaseLocation::sqlite(file));
    if (!db) {
        print(db.error().message);
        return 1;
    }
    OfficeService office(std::move(db).value());
    int year = parser.value(QStringLiteral("year")).toInt();
    if (year == 0) {
        SqlQuery q(office.database(),
                   QStringLiteral("SELECT SUBSTR(work_date, 1, 4) AS y FROM requests WHERE work_date IS NOT NULL "
                                  "GROUP BY y ORDER BY COUNT(*) DESC, y DESC"));
        auto busiest = q.scalar();
        if (!busiest) {
            print(busiest.error().message);
            return 1;
        }
        year = busiest->toInt();
    }
    const ResultsReportOptions options = ResultsReportOptions::year(year);
    {
        SqlQuery counts(office.database(),
                        QStringLiteral("SELECT (SELECT COUNT(*) FROM workers), (SELECT COUNT(*) FROM requests)"));
        if (counts.exec() && counts.next())
            print(QStringLiteral("office %1: %2 workers, %3 requests; report year %4")
                      .arg(file)
                      .arg(counts.value(0).toLongLong())
                      .arg(counts.value(1).toLongLong())
                      .arg(year));
    }

    QVector<double> reportMs;
    QVector<double> reportCpuMs; // this process's CPU time: what the report costs on a machine busy with others
    ResultsReportData last;
    for (int i = 0; i < runs; ++i) {
        QElapsedTimer timer;
        timer.start();
        const std::clock_t cpu = std::clock();
        auto report = office.resultsReport(options);
        reportMs << double(timer.nsecsElapsed()) / 1e6;
        reportCpuMs << 1000.0 * double(std::clock() - cpu) / CLOCKS_PER_SEC;
        if (!report) {
            print(report.error().message);
            return 1;
        }
        last = *report;
    }
    print(QStringLiteral("report-ms median %1 (runs: %2), CPU %3 (runs: %4); %5 commissions, %6 events held, "
                         "%7 tables")
              .arg(median(reportMs), 0, 'f', 1)
              .arg(list(reportMs))
              .arg(median(reportCpuMs), 0, 'f', 1)
              .arg(list(reportCpuMs))
              .arg(last.commissions)
              .arg(last.eventsHeld)
              .arg(last.sections.size()));

    const QByteArray script = peerScript(options.from, options.to).toUtf8();
    QVector<double> peerMs;
    QVector<double> peerCpuMs; // the sqlite3 process's CPU time (user + system)
    QString peerOutput;
    const auto childrenCpuMs = [] {
        rusage usage {};
        getrusage(RUSAGE_CHILDREN, &usage);
        const auto ms = [](const timeval &t) { return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0; };
        return ms(usage.ru_utime) + ms(usage.ru_stime);
    };
    for (int i = 0; i < runs; ++i) {
        QProcess p;
        QElapsedTimer timer;
        const double cpuBefore = childrenCpuMs();
        timer.start();
        p.start(shell, { QStringLiteral("-readonly"), file });
        p.write(script);
        p.closeWriteChannel();
        if (!p.waitForFinished(600000) || p.exitCode() != 0) {
            print(QStringLiteral("sqlite3 failed: %1").arg(QString::fromUtf8(p.readAllStandardError())));
            return 1;
        }
        peerMs << double(timer.nsecsElapsed()) / 1e6;
        peerCpuMs << childrenCpuMs() - cpuBefore;
        peerOutput = QString::fromUtf8(p.readAllStandardOutput());
    }
    print(QStringLiteral("sqlite3-ms median %1 (runs: %2), CPU %3 (runs: %4)")
              .arg(median(peerMs), 0, 'f', 1)
              .arg(list(peerMs))
              .arg(median(peerCpuMs), 0, 'f', 1)
              .arg(list(peerCpuMs)));
    const QString ours = reportFigures(last);
    if (ours != peerOutput) {
        print(QStringLiteral("the figures differ:\nreport:\n%1sqlite3:\n%2").arg(ours, peerOutput));
        return 1;
    }
    print(QStringLiteral("figures agree: %1").arg(ours.trimmed().replace(QLatin1Char('\n'), QStringLiteral("; "))));
    return median(reportMs) < 2000 ? 0 : 3;
}
