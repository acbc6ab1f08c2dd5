// Demo generation at full scale (issue 18: 50,000 workers / 200,000 requests in under 2 minutes and under 500 MB),
// and as its peer in the same run the same rows written by plain SQL through the `sqlite3` shell.
//   kohtaamo-bench-generate --db FILE [--workers 50000] [--requests 200000] [--seed 1] [--today YYYY-MM-DD]
//                           [--sqlite3 PATH] [--no-peer]
// FILE must not exist: it is created and left there (make benchmarks keeps it as the large office the other
// benchmarks read). Prints
//   * generate: OfficeService::generateDemo in this process, wall and CPU time, and this process's peak resident set
//     (getrusage ru_maxrss) — the whole generation, from an empty database to the commit;
//   * sqlite3: a `sqlite3` process that makes an empty database with the same schema and copies every generated row
//     into it (INSERT … SELECT per table, one transaction, the same indexes, the search index kept by its triggers):
//     the cost of writing the same rows with no program logic at all, timed from process start to exit, with its CPU
//     time and peak resident set.
// Exit status 3 when the generation takes 2 minutes or more of wall time or 500 MB or more.
#include "office/OfficeService.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>

#include <cstdio>
#include <ctime>

#include <sys/resource.h>

using namespace Kohtaamo;

namespace {

void print(const QString &text)
{
    std::fputs(qPrintable(text + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

double ms(const timeval &t)
{
    return double(t.tv_sec) * 1000.0 + double(t.tv_usec) / 1000.0;
}

struct Usage
{
    double cpuMs = 0;
    long maxRssKb = 0;
};

Usage usage(int who)
{
    rusage u {};
    getrusage(who, &u);
    return { ms(u.ru_utime) + ms(u.ru_stime), u.ru_maxrss };
}

// The tables a copy fills, in an order their foreign keys accept; the search indexes fill themselves (their triggers).
QStringList tablesToCopy(const QString &shell, const QString &file)
{
    QProcess p;
    p.start(shell,
            { QStringLiteral("-readonly"), file,
              QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE "
                             "'sqlite_%' AND name NOT LIKE 'requests_search%' AND name NOT LIKE "
                             "'requests_words%' ORDER BY rootpage") });
    p.waitForFinished(60000);
    return QString::fromUtf8(p.readAllStandardOutput()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption({ QStringLiteral("db"), QStringLiteral("The SQLite office to create."), QStringLiteral("FILE") });
    parser.addOption(
        { QStringLiteral("workers"), QStringLiteral("Workers."), QStringLiteral("N"), QStringLiteral("50000") });
    parser.addOption(
        { QStringLiteral("requests"), QStringLiteral("Requests."), QStringLiteral("N"), QStringLiteral("200000") });
    parser.addOption({ QStringLiteral("seed"), QStringLiteral("Seed."), QStringLiteral("N"), QStringLiteral("1") });
    parser.addOption({ QStringLiteral("today"), QStringLiteral("The day the office is generated for."),
                       QStringLiteral("YYYY-MM-DD") });
    parser.addOption({ QStringLiteral("sqlite3"), QStringLiteral("The sqlite3 shell (default: from PATH)."),
                       QStringLiteral("PATH") });
    parser.addOption({ QStringLiteral("no-peer"), QStringLiteral("Skip the sqlite3 copy.") });
    parser.process(app);
    const QString file = parser.value(QStringLiteral("db"));
    if (file.isEmpty()) {
        print(QStringLiteral("--db FILE is needed"));
        return 2;
    }
    if (QFileInfo::exists(file)) {
        print(QStringLiteral("%1 exists; the benchmark creates it").arg(file));
        return 2;
    }
    DemoGenerator::Options options;
    options.workers = parser.value(QStringLiteral("workers")).toInt();
    options.requests = parser.value(QStringLiteral("requests")).toInt();
    options.seed = parser.value(QStringLiteral("seed")).toUInt();
    options.today = QDate::fromString(parser.value(QStringLiteral("today")), Qt::ISODate);

    const Usage before = usage(RUSAGE_SELF);
    QElapsedTimer timer;
    timer.start();
    auto db = Database::open(DatabaseLocation::sqlite(file));
    if (!db) {
        print(db.error().message);
        return 1;
    }
    OfficeService office(std::move(db).value());
    office.actAsTool(QStringLiteral("kohtaamo-bench-generate"));
    auto summary = office.generateDemo(options);
    if (!summary) {
        print(summary.error().message);
        return 1;
    }
    const double wallMs = double(timer.nsecsElapsed()) / 1e6;
    const Usage after = usage(RUSAGE_SELF);
    print(QStringLiteral("generate: %1 workers, %2 requests, %3 invitations, %4 engagements, %5 knowledge entries")
              .arg(summary->workers)
              .arg(summary->requests)
              .arg(summary->invitations)
              .arg(summary->engagements)
              .arg(summary->knowledgeEntries));
    print(QStringLiteral("generate-ms %1 wall, CPU %2, max RSS %3 MB; load average %4")
              .arg(wallMs, 0, 'f', 0)
              .arg(after.cpuMs - before.cpuMs, 0, 'f', 0)
              .arg(double(after.maxRssKb) / 1024.0, 0, 'f', 1)
              .arg(QString::fromLatin1([] {
                  QFile f(QStringLiteral("/proc/loadavg"));
                  return f.open(QIODevice::ReadOnly) ? f.readAll().left(14) : QByteArray();
              }())));
    const bool met = wallMs < 120000 && after.maxRssKb < 500 * 1024;

    if (!parser.isSet(QStringLiteral("no-peer"))) {
        const QString shell = parser.isSet(QStringLiteral("sqlite3"))
            ? parser.value(QStringLiteral("sqlite3"))
            : QStandardPaths::findExecutable(QStringLiteral("sqlite3"));
        if (shell.isEmpty()) {
            print(QStringLiteral("sqlite3 is not installed (Debian sqlite3): no peer"));
            return met ? 0 : 3;
        }
        const QString copy = file + QStringLiteral(".peer-copy.sqlite");
        QFile::remove(copy);
        QProcess schema;
        schema.start(shell, { QStringLiteral("-readonly"), file, QStringLiteral(".schema") });
        schema.waitForFinished(60000);
        QByteArray script = "PRAGMA journal_mode = WAL;\nPRAGMA foreign_keys = OFF;\n";
        for (const QByteArray &line : schema.readAllStandardOutput().split('\n')) {
            if (!line.contains("sqlite_sequence") && !line.contains("sqlite_stat"))
                script += line + '\n';
        }
        script += "ATTACH '" + file.toUtf8() + "' AS g;\nBEGIN;\n";
        for (const QString &table : tablesToCopy(shell, file))
            // reference_counters is also written by the requests' insert trigger (schema 15): the copied row wins.
            script += QStringLiteral("INSERT %1INTO main.%2 SELECT * FROM g.%2;\n")
                          .arg(table == QLatin1String("reference_counters") ? QStringLiteral("OR REPLACE ") : QString(),
                               table)
                          .toUtf8();
        script += "COMMIT;\n";
        const double childBefore = usage(RUSAGE_CHILDREN).cpuMs;
        QElapsedTimer peerTimer;
        peerTimer.start();
        // The peer's peak resident set comes from /usr/bin/time (Debian time): getrusage(RUSAGE_CHILDREN) would
        // count this process's own pages, which a forked child holds until it runs sqlite3.
        const QString timeTool = QStandardPaths::findExecutable(QStringLiteral("time"), { QStringLiteral("/usr/bin") });
        const QString rssFile = file + QStringLiteral(".peer-rss");
        QProcess p;
        if (timeTool.isEmpty())
            p.start(shell, { QStringLiteral("-bail"), copy });
        else
            p.start(timeTool,
                    { QStringLiteral("-f"), QStringLiteral("%M"), QStringLiteral("-o"), rssFile, shell,
                      QStringLiteral("-bail"), copy });
        p.write(script);
        p.closeWriteChannel();
        if (!p.waitForFinished(1800000) || p.exitCode() != 0) {
            print(QStringLiteral("sqlite3 failed: %1").arg(QString::fromUtf8(p.readAllStandardError())));
            return 1;
        }
        const double peerMs = double(peerTimer.nsecsElapsed()) / 1e6;
        const Usage child = usage(RUSAGE_CHILDREN);
        QFile rss(rssFile);
        const QString peerRss = rss.open(QIODevice::ReadOnly)
            ? QStringLiteral("%1 MB").arg(rss.readAll().trimmed().toDouble() / 1024.0, 0, 'f', 1)
            : QStringLiteral("not measured (install Debian time)");
        rss.remove();
        print(QStringLiteral("sqlite3-copy-ms %1 wall, CPU %2, max RSS %3 (the same rows, INSERT … SELECT)")
                  .arg(peerMs, 0, 'f', 0)
                  .arg(child.cpuMs - childBefore, 0, 'f', 0)
                  .arg(peerRss));
        QFile::remove(copy);
        QFile::remove(copy + QStringLiteral("-wal"));
        QFile::remove(copy + QStringLiteral("-shm"));
    }
    return met ? 0 : 3;
}
