// Today on a large office: how long the Today page's numbers take to read, and how long Kohtaamo takes from the
// start of the process until the Today page is drawn.
//   kohtaamo-bench-today --db FILE [--runs 5]
// prints the median (and every run) of
//   * the query alone: OfficeSummary + TodayAgenda::load on an open database, in this process;
//   * start-up to Today drawn: a child process (this executable with --first-paint) that creates the application,
//     opens the database, builds the main window and exits at the Today page's first paint; timed from QProcess
//     start to its exit, so process start, library loading and teardown are included.
//   * opening a worker editor (issue 5: under 100 ms): a child process (--editor) opens the editor of the workers
//     with the most experiences and consents, one after the other, each timed from the dialog's construction with
//     the worker read from the database to its first paint.
// The database must be at the current schema version (open it once with kohtaamo or kohtaamo-cli first), so that
// no run pays for a migration.
#include "main/MainWindow.h"
#include "office/OfficeService.h"
#include "reports/OfficeSummary.h"
#include "repositories/WorkerRepository.h"
#include "settings/Settings.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "today/TodayAgenda.h"
#include "today/TodayLine.h"
#include "today/TodayPage.h"
#include "workers/WorkerEditorDialog.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QEvent>
#include <QProcess>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>
#include <cstdio>

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

// Quits the application at the first paint of the Today page once it shows the day's numbers.
class FirstPaint : public QObject
{
public:
    FirstPaint(TodayPage *page, QElapsedTimer *sinceStart) : m_page(page), m_sinceStart(sinceStart) { }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint && !m_done && m_page->isVisible()) {
            m_done = true;
            print(QStringLiteral("first-paint-ms %1").arg(double(m_sinceStart->nsecsElapsed()) / 1e6, 0, 'f', 1));
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
        }
        return QObject::eventFilter(watched, event);
    }

private:
    TodayPage *m_page;
    QElapsedTimer *m_sinceStart;
    bool m_done = false;
};

int firstPaint(const QString &file)
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    int argc = 1;
    char name[] = "kohtaamo-bench-today";
    char *argv[] = { name, nullptr };
    QApplication app(argc, argv);
    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("settings.ini")));
    const bool stages = qEnvironmentVariableIsSet("KOHTAAMO_BENCH_STAGES");
    const auto stage = [&](const char *what) {
        if (stages)
            print(QStringLiteral("stage %1 %2")
                      .arg(QLatin1String(what))
                      .arg(double(sinceStart.nsecsElapsed()) / 1e6, 0, 'f', 1));
    };
    stage("application");
    auto db = Database::open(DatabaseLocation::sqlite(file));
    if (!db) {
        print(db.error().message);
        return 1;
    }
    stage("database-open");
    MainWindow window(std::make_unique<OfficeService>(std::move(db).value()), settings);
    stage("main-window");
    auto *today = qobject_cast<TodayPage *>(window.pageWidget(Page::Today));
    FirstPaint watcher(today, &sinceStart);
    // Child widgets paint in the page's own paint pass (one backing store); the page's line widgets are the last
    // of it to be drawn, so the first paint of one of them means the numbers are on screen.
    today->line(TodayPage::Line::GroupMeeting)->installEventFilter(&watcher);
    window.resize(1280, 800);
    window.show();
    stage("shown");
    return app.exec();
}

// Quits the nested event loop at the watched widget's first paint.
class PaintWaiter : public QObject
{
public:
    bool painted = false;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::Paint)
            painted = true;
        return QObject::eventFilter(watched, event);
    }
};

int editorOpening(const QString &file, int runs)
{
    int argc = 1;
    char name[] = "kohtaamo-bench-today";
    char *argv[] = { name, nullptr };
    QApplication app(argc, argv);
    auto db = Database::open(DatabaseLocation::sqlite(file));
    if (!db) {
        print(db.error().message);
        return 1;
    }
    // The heaviest records: most experiences, then most consents.
    SqlQuery q(**db,
               QStringLiteral("SELECT w.id FROM workers w ORDER BY (SELECT COUNT(*) FROM worker_experiences e "
                              "WHERE e.worker_id = w.id) DESC, (SELECT COUNT(*) FROM consents c "
                              "WHERE c.worker_id = w.id) DESC, w.id LIMIT ?"));
    q.bind(runs);
    if (!q.exec())
        return 1;
    QVector<qint64> ids;
    while (q.next())
        ids << q.value(0).toLongLong();
    QVector<double> ms;
    OfficeService office(**db); // the editor reads through the office, as in the main window
    for (qint64 id : ids) {
        QElapsedTimer t;
        t.start();
        auto worker = WorkerRepository(**db).get(id);
        if (!worker)
            return 1;
        WorkerEditorDialog dialog(office, *worker);
        PaintWaiter waiter;
        dialog.installEventFilter(&waiter);
        dialog.show();
        while (!waiter.painted)
            QCoreApplication::processEvents(QEventLoop::AllEvents, 5);
        ms << double(t.nsecsElapsed()) / 1e6;
        dialog.done(QDialog::Rejected);
    }
    print(QStringLiteral("worker-editor-open-ms median %1 (runs: %2)").arg(median(ms), 0, 'f', 1).arg(list(ms)));
    return 0;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication::setApplicationName(QStringLiteral("kohtaamo-bench-today"));
    QStringList args;
    for (int i = 0; i < argc; ++i)
        args << QString::fromLocal8Bit(argv[i]);
    QCommandLineParser parser;
    parser.addOption({ QStringLiteral("db"), QStringLiteral("SQLite database file"), QStringLiteral("file") });
    parser.addOption(
        { QStringLiteral("runs"), QStringLiteral("runs (default 5)"), QStringLiteral("n"), QStringLiteral("5") });
    parser.addOption({ QStringLiteral("first-paint"), QStringLiteral("child mode: exit at Today's first paint") });
    parser.addOption({ QStringLiteral("editor"), QStringLiteral("child mode: time opening worker editors") });
    parser.process(args);
    const QString file = parser.value(QStringLiteral("db"));
    if (file.isEmpty()) {
        print(QStringLiteral("usage: kohtaamo-bench-today --db FILE [--runs 5]"));
        return 2;
    }
    if (parser.isSet(QStringLiteral("first-paint")))
        return firstPaint(file);
    if (parser.isSet(QStringLiteral("editor")))
        return editorOpening(file, qMax(1, parser.value(QStringLiteral("runs")).toInt()));

    QCoreApplication app(argc, argv);
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    {
        auto db = Database::open(DatabaseLocation::sqlite(file));
        if (!db) {
            print(db.error().message);
            return 1;
        }
        QVector<double> ms;
        for (int i = 0; i < runs; ++i) {
            QElapsedTimer t;
            t.start();
            auto counts = OfficeSummary(**db).counts();
            auto agenda = TodayAgenda(**db).load();
            ms << double(t.nsecsElapsed()) / 1e6;
            if (!counts || !agenda) {
                print(QStringLiteral("query failed"));
                return 1;
            }
            if (i == 0)
                print(QStringLiteral("workers %1, requests %2; untagged %3, overdue invitations %4, engagements "
                                     "ahead %5, without debrief %6, unpaid %7, consents expiring %8, resting %9")
                          .arg(counts->workers)
                          .arg(counts->allRequests())
                          .arg(agenda->untaggedRequests.count)
                          .arg(agenda->staleInvitations.count)
                          .arg(agenda->upcomingEngagements.count)
                          .arg(agenda->missingDebriefs.count)
                          .arg(agenda->unpaidFees.count)
                          .arg(agenda->expiringConsents.count)
                          .arg(agenda->restingWorkers.count));
        }
        print(QStringLiteral("today-query-ms median %1 (runs: %2)").arg(median(ms), 0, 'f', 1).arg(list(ms)));
    }

    QVector<double> wall;
    QVector<double> inside;
    for (int i = 0; i < runs; ++i) {
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
            env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        QElapsedTimer t;
        t.start();
        child.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("--first-paint"), QStringLiteral("--db"), file });
        if (!child.waitForFinished(120000) || child.exitCode() != 0) {
            print(QStringLiteral("the start-up run failed: %1").arg(QString::fromLocal8Bit(child.readAll())));
            return 1;
        }
        wall << double(t.nsecsElapsed()) / 1e6;
        const QString out = QString::fromLocal8Bit(child.readAllStandardOutput());
        const int at = out.indexOf(QLatin1String("first-paint-ms "));
        if (at >= 0)
            inside << out.mid(at + 15).section(QLatin1Char('\n'), 0, 0).toDouble();
    }
    print(
        QStringLiteral("startup-to-today-drawn-ms median %1 (runs: %2)").arg(median(wall), 0, 'f', 1).arg(list(wall)));
    print(QStringLiteral("  of it inside the process, main() to first paint: median %1 (runs: %2)")
              .arg(median(inside), 0, 'f', 1)
              .arg(list(inside)));

    QProcess editors;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    if (!env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    editors.setProcessEnvironment(env);
    editors.start(
        QCoreApplication::applicationFilePath(),
        { QStringLiteral("--editor"), QStringLiteral("--db"), file, QStringLiteral("--runs"), QString::number(runs) });
    if (!editors.waitForFinished(120000) || editors.exitCode() != 0) {
        print(QStringLiteral("the worker editor run failed"));
        return 1;
    }
    const QString out = QString::fromLocal8Bit(editors.readAllStandardOutput());
    print(out.section(QLatin1String("worker-editor-open-ms"), 1)
              .prepend(QStringLiteral("worker-editor-open-ms"))
              .trimmed());
    return 0;
}
