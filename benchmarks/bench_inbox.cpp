// The request inbox on a big database (issue 4: the 50,000-worker / 200,000-request demo office):
//   1. start: from process start to the inbox drawn (the list's first paint), alone and in the main window on its
//      Requests page, in fresh processes;
//   2. filters: the time from a filter taking effect to the list repainted with the new first page, for searches
//      typed as you type (every prefix of the word) and for status, topic and date filters; medians of N rounds;
//   3. scrolling: that a scroll to the bottom reads one more page, not every row, and what reading every page costs;
//   4. the largest resident set (getrusage) of each process.
// Not a timed test: run it by hand (or through tools/run-benchmarks.sh) on a Release or RelWithDebInfo build.
//   kohtaamo-bench-inbox --db /tmp/kohtaamo-bench-inbox.sqlite [--rounds 5] [--starts 7 (0 = skip)] [--skip-scroll]
// Uses the offscreen platform unless QT_QPA_PLATFORM says otherwise. The database is opened as the application opens
// it; the benchmark writes no data.
#include "BenchInboxSession.h"
#include "BenchInboxStartup.h"

#include <QApplication>
#include <QCommandLineParser>

#include <cstdio>
#include <cstdlib>

using namespace Kohtaamo;

int main(int argc, char *argv[])
{
    BenchInbox::markProcessStart();
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    BenchInbox::markApplicationReady();

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Kohtaamo request inbox benchmark"));
    parser.addHelpOption();
    const QCommandLineOption db(QStringLiteral("db"), QStringLiteral("The SQLite demo database."),
                                QStringLiteral("file"));
    const QCommandLineOption rounds(QStringLiteral("rounds"), QStringLiteral("Rounds per filter (default 5)."),
                                    QStringLiteral("n"), QStringLiteral("5"));
    const QCommandLineOption starts(QStringLiteral("starts"), QStringLiteral("Fresh processes to start (default 7)."),
                                    QStringLiteral("n"), QStringLiteral("7"));
    const QCommandLineOption skipScroll(QStringLiteral("skip-scroll"), QStringLiteral("Do not read every page."));
    const QCommandLineOption child(QStringLiteral("startup-child"),
                                   QStringLiteral("Internal: draw the window once, print the times and exit."),
                                   QStringLiteral("inbox|main-window"));
    parser.addOptions({ db, rounds, starts, skipScroll, child });
    parser.process(app);
    if (!parser.isSet(db)) {
        std::fputs("kohtaamo-bench-inbox: --db FILE is required\n", stderr);
        return 2;
    }
    const QString file = parser.value(db);

    if (parser.isSet(child))
        return BenchInbox::runStartupChild(file, parser.value(child));

    std::printf("# Kohtaamo request inbox benchmark on %s\n", qPrintable(file));
    BenchInbox::Startup startup;
    const int startCount = parser.value(starts).toInt();
    if (startCount > 0
        && !(startup.run(file, QStringLiteral("inbox"), startCount)
             && startup.run(file, QStringLiteral("main-window"), startCount)))
        return 1;

    BenchInbox::Session session;
    if (!session.open(file))
        return 1;
    session.measureFilters(parser.value(rounds).toInt());
    if (!parser.isSet(skipScroll))
        session.measureScrolling();
    session.printMemory();
    return EXIT_SUCCESS;
}
