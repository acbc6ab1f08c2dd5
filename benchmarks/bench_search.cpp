// Search as you type on a large office (issue 18: under 100 ms for every word length on 200,000 requests, on SQLite
// and PostgreSQL). Not a timed test: run it by hand on a Release or RelWithDebInfo build.
//   kohtaamo-bench-search --db FILE|postgresql://… [--runs 5] [--peer PATH] [--words a,ko,…]
// For words of 1, 2, 3, 4 and 8 characters (a frequent and a rare one each) it prints the median (and every run) of
//   * kohtaamo: OfficeService::inboxFirstPage as the inbox reads it (the count and the first 200 requests, newest
//     first), in this process on an open database, wall and CPU time;
//   * peer: the same statements typed into the database's own shell (`sqlite3 -readonly` or `psql`), timed there
//     with .timer / \timing (the sum of the statements' real times), so process start is not counted;
// and checks that the counts agree. It also says which search the database uses (SearchIndex). The database must be
// at the current schema version (open it once with kohtaamo or kohtaamo-cli first). It writes nothing.
#include "office/OfficeService.h"
#include "requests/RequestInboxFilter.h"
#include "storage/Database.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <algorithm>
#include <cstdio>
#include <ctime>

using namespace Kohtaamo;

namespace {

constexpr int kPage = 200; // RequestListModel::kDefaultPageSize

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

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return t.tv_sec * 1000.0 + t.tv_nsec / 1e6;
}

QString quoted(QString text)
{
    return QLatin1Char('\'') + text.replace(QLatin1Char('\''), QLatin1String("''")) + QLatin1Char('\'');
}

// The statements the inbox runs for one word (RequestInboxQuery), written out for the shell: the count, then the
// first page's ids. The peer does not read the page's rows (the inbox reads 200 by id afterwards: a few ms).
QString peerScript(bool sqlite, const QString &word)
{
    const QStringList columns { QStringLiteral("reference"), QStringLiteral("title"), QStringLiteral("requester_name"),
                                QStringLiteral("requester_unit") };
    const QString order = QStringLiteral(" ORDER BY r.received_on DESC, r.id DESC LIMIT %1;\n").arg(kPage);
    const bool short_ = RequestInboxFilter::isWordStart(word);
    if (sqlite) {
        const QString table = short_ ? QStringLiteral("requests_words") : QStringLiteral("requests_search");
        QString phrase = QLatin1Char('"') + QString(word).replace(QLatin1Char('"'), QLatin1String("\"\""))
            + QLatin1Char('"') + (short_ ? QStringLiteral("*") : QString());
        const QString ids = QStringLiteral("SELECT rowid FROM %1 WHERE %1 MATCH %2").arg(table, quoted(phrase));
        return QStringLiteral("SELECT COUNT(*) FROM (%1);\n").arg(ids)
            + QStringLiteral("SELECT r.id FROM requests r WHERE +r.id IN (%1)").arg(ids) + order;
    }
    QStringList any;
    for (const QString &c : columns)
        any << (short_ ? QStringLiteral("r.%1 ~* %2").arg(c, quoted(QStringLiteral("(^|[^[:alnum:]])") + word))
                       : QStringLiteral("r.%1 ILIKE %2").arg(c, quoted(QLatin1Char('%') + word + QLatin1Char('%'))));
    const QString where = any.join(QStringLiteral(" OR "));
    return QStringLiteral("SELECT COUNT(*) FROM requests r WHERE %1;\n").arg(where)
        + QStringLiteral("SELECT r.id FROM requests r WHERE %1").arg(where) + order;
}

struct PeerRun
{
    double ms = -1;
    qint64 count = -1;
};

PeerRun runPeer(const QString &shell, bool sqlite, const QString &target, const QString &word)
{
    QProcess p;
    QStringList args;
    QString script;
    if (sqlite) {
        args << QStringLiteral("-readonly") << target;
        script = QStringLiteral(".timer on\n") + peerScript(true, word);
    } else {
        args << QStringLiteral("-X") << QStringLiteral("-q") << QStringLiteral("-A") << QStringLiteral("-t") << target;
        script = QStringLiteral("\\timing on\n") + peerScript(false, word);
    }
    p.start(shell, args);
    p.write(script.toUtf8());
    p.closeWriteChannel();
    if (!p.waitForFinished(120000))
        return {};
    const QString out = QString::fromUtf8(p.readAllStandardOutput());
    PeerRun run;
    run.ms = 0;
    // sqlite3: "Run Time: real 0.012 user …"; psql: "Time: 12.345 ms".
    static const QRegularExpression sqliteTime(QStringLiteral("Run Time: real ([0-9.]+)"));
    static const QRegularExpression psqlTime(QStringLiteral("Time: ([0-9.]+) ms"));
    auto it = (sqlite ? sqliteTime : psqlTime).globalMatch(out);
    while (it.hasNext()) {
        const double value = it.next().captured(1).toDouble();
        run.ms += sqlite ? value * 1000 : value;
    }
    const QStringList lines = out.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    for (const QString &line : lines) {
        bool ok = false;
        const qint64 n = line.trimmed().toLongLong(&ok);
        if (ok) {
            run.count = n; // the first number printed is the count
            break;
        }
    }
    return run;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kohtaamo inbox search benchmark"));
    parser.addHelpOption();
    const QCommandLineOption dbOption(QStringLiteral("db"), QStringLiteral("The office: a file or postgresql://…"),
                                      QStringLiteral("location"));
    const QCommandLineOption runsOption(QStringLiteral("runs"), QStringLiteral("Runs per word (default 5)."),
                                        QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption peerOption(QStringLiteral("peer"),
                                        QStringLiteral("The sqlite3 or psql shell (default: from PATH)."),
                                        QStringLiteral("path"));
    const QCommandLineOption wordsOption(QStringLiteral("words"),
                                         QStringLiteral("Comma-separated words instead of the built-in ones."),
                                         QStringLiteral("list"));
    parser.addOptions({ dbOption, runsOption, peerOption, wordsOption });
    parser.process(app);
    if (!parser.isSet(dbOption)) {
        std::fputs("kohtaamo-bench-search: --db is required\n", stderr);
        return 2;
    }
    auto location = DatabaseLocation::parse(parser.value(dbOption));
    if (!location) {
        std::fprintf(stderr, "kohtaamo-bench-search: %s\n", qPrintable(location.error().message));
        return 2;
    }
    const bool sqlite = location->kind == DatabaseLocation::Kind::SQLite;
    OfficeService::OpenOptions options;
    options.readOnly = sqlite;
    auto office = OfficeService::open(*location, options);
    if (!office) {
        std::fprintf(stderr, "kohtaamo-bench-search: %s\n", qPrintable(office.error().message));
        return 1;
    }
    const QString shell = parser.isSet(peerOption)
        ? parser.value(peerOption)
        : QStandardPaths::findExecutable(sqlite ? QStringLiteral("sqlite3") : QStringLiteral("psql"));
    const QString target = sqlite ? location->path : location->toString();
    const int runs = std::max(1, parser.value(runsOption).toInt());

    // A frequent and a rare word of each length in the demo office (Finnish names, units and titles).
    QStringList words { QStringLiteral("s"),       QStringLiteral("w"),    QStringLiteral("ko"),
                        QStringLiteral("we"),      QStringLiteral("kou"),  QStringLiteral("zqx"),
                        QStringLiteral("oulu"),    QStringLiteral("vasa"), QStringLiteral("jälkihuo"),
                        QStringLiteral("virtanen") };
    if (parser.isSet(wordsOption))
        words = parser.value(wordsOption).split(QLatin1Char(','), Qt::SkipEmptyParts);

    auto search = (*office)->searchInUse();
    print(QStringLiteral("# Kohtaamo inbox search on %1 (%2, %3)")
              .arg(location->displayName(), sqlite ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"),
                   search ? *search : search.error().message));
    print(QStringLiteral("%1 runs per word; medians in ms, every run in brackets; peer: %2")
              .arg(runs)
              .arg(shell.isEmpty() ? QStringLiteral("(none found)") : shell));
    print(QStringLiteral("| word | chars | hits | kohtaamo wall | kohtaamo CPU | peer | runs (kohtaamo) |"));
    print(QStringLiteral("|---|---|---|---|---|---|---|"));
    bool agree = true;
    for (const QString &word : std::as_const(words)) {
        RequestInboxFilter filter;
        filter.text = word;
        QVector<double> wall;
        QVector<double> cpu;
        int hits = -1;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer timer;
            timer.start();
            const double cpuStart = cpuMs();
            auto first = (*office)->inboxFirstPage(filter, {}, kPage, QStringLiteral("fi"));
            wall << timer.nsecsElapsed() / 1e6;
            cpu << cpuMs() - cpuStart;
            if (!first) {
                std::fprintf(stderr, "kohtaamo-bench-search: %s\n", qPrintable(first.error().message));
                return 1;
            }
            hits = first->total;
        }
        QVector<double> peer;
        qint64 peerCount = -1;
        for (int i = 0; !shell.isEmpty() && i < runs; ++i) {
            const PeerRun run = runPeer(shell, sqlite, target, word);
            peer << run.ms;
            peerCount = run.count;
        }
        if (!shell.isEmpty() && peerCount != hits) {
            agree = false;
            print(QStringLiteral("!! %1: kohtaamo %2 hits, peer %3").arg(word).arg(hits).arg(peerCount));
        }
        print(QStringLiteral("| %1 | %2 | %3 | %4 | %5 | %6 | %7 |")
                  .arg(word)
                  .arg(word.toUcs4().size())
                  .arg(hits)
                  .arg(median(wall), 0, 'f', 1)
                  .arg(median(cpu), 0, 'f', 1)
                  .arg(peer.isEmpty() ? QStringLiteral("–") : QString::number(median(peer), 'f', 1))
                  .arg(list(wall)));
    }
    return agree ? EXIT_SUCCESS : EXIT_FAILURE;
}
