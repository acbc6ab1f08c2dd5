#include "BenchInboxStartup.h"

#include "BenchInboxSupport.h"
#include "common/Translations.h"
#include "main/MainWindow.h"
#include "office/OfficeService.h"
#include "requests/RequestInboxView.h"
#include "requests/RequestListModel.h"
#include "requests/RequestsPage.h"
#include "settings/Settings.h"
#include "storage/Database.h"

#include <QApplication>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QMap>
#include <QProcess>
#include <QTableView>
#include <QTemporaryDir>

#include <sys/resource.h>
#include <time.h>
#include <unistd.h>

#include <cstdio>
#include <memory>

namespace Kohtaamo::BenchInbox {

namespace {

QElapsedTimer &sinceMain()
{
    static QElapsedTimer timer;
    return timer;
}
qint64 g_applicationReadyNs = 0;

double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// Milliseconds since the kernel started this process (/proc/self/stat field 22, in clock ticks since boot, so
// 10 ms steps), or -1.
double msSinceProcessStart()
{
    QFile stat(QStringLiteral("/proc/self/stat"));
    if (!stat.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray line = stat.readAll();
    // The command name (field 2) may hold spaces; the fields after it start after the last ')'.
    const QList<QByteArray> fields = line.mid(line.lastIndexOf(')') + 2).split(' ');
    if (fields.size() < 20)
        return -1;
    const double startTicks = fields.at(19).toDouble(); // field 22 overall
    timespec now {};
    clock_gettime(CLOCK_BOOTTIME, &now);
    const double nowMs = double(now.tv_sec) * 1e3 + double(now.tv_nsec) / 1e6;
    return nowMs - startTicks * 1e3 / double(sysconf(_SC_CLK_TCK));
}

QMap<QString, double> parseLine(const QByteArray &line)
{
    QMap<QString, double> values;
    for (const QByteArray &part : line.trimmed().split(' ')) {
        const int eq = part.indexOf('=');
        if (eq > 0)
            values.insert(QString::fromLatin1(part.left(eq)), part.mid(eq + 1).toDouble());
    }
    return values;
}

} // namespace

void markProcessStart()
{
    sinceMain().start();
}

void markApplicationReady()
{
    g_applicationReadyNs = sinceMain().nsecsElapsed();
}

double maxRssMiB()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return double(usage.ru_maxrss) / 1024.0; // kilobytes on Linux
}

int runStartupChild(const QString &file, const QString &what)
{
    const bool mainWindow = what == QLatin1String("main-window");
    if (!mainWindow && what != QLatin1String("inbox")) {
        std::fprintf(stderr, "unknown --startup-child %s\n", qPrintable(what));
        return 2;
    }
    // As app/kohtaamo/main.cpp: the translations first (English here), then the database.
    Translations translations;
    translations.install(QStringLiteral("en"));
    auto opened = Database::open(DatabaseLocation::sqlite(file), Database::OpenOptions { false, true, -1, false });
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(file), qPrintable(opened.error().message));
        return 1;
    }
    auto office = std::make_unique<OfficeService>(std::move(opened).value());
    const qint64 dbNs = sinceMain().nsecsElapsed();

    // The inbox in a desktop-sized window, or the main window that remembers the Requests page as the last one
    // (scratch settings: the user's are never read or changed).
    QTemporaryDir scratch;
    std::unique_ptr<Settings> settings;
    std::unique_ptr<QWidget> window;
    RequestInboxView *inbox = nullptr;
    if (mainWindow) {
        settings = std::make_unique<Settings>(scratch.filePath(QStringLiteral("settings.ini")));
        settings->setValue(Settings::Key::LastPage, QStringLiteral("requests"));
        auto *w = new MainWindow(std::move(office), *settings);
        window.reset(w);
        auto *page = qobject_cast<RequestsPage *>(w->pageWidget(Page::Requests));
        inbox = page ? page->inbox() : nullptr;
        if (!inbox || w->currentPage() != Page::Requests) {
            std::fprintf(stderr, "the main window did not open on its Requests page\n");
            return 1;
        }
    } else {
        inbox = new RequestInboxView;
        window.reset(inbox);
        inbox->setOffice(office.get());
    }
    window->resize(1280, 800);
    const qint64 viewNs = sinceMain().nsecsElapsed();

    PaintWatcher watcher(inbox->tableView()->viewport());
    watcher.arm([&] {
        const qint64 paintNs = sinceMain().nsecsElapsed();
        std::printf("startup total_ms=%.1f since_main_ms=%.1f app_ms=%.1f db_ms=%.1f view_ms=%.1f paint_ms=%.1f "
                    "rows=%d total_rows=%d maxrss_mib=%.1f\n",
                    msSinceProcessStart(), ms(paintNs), ms(g_applicationReadyNs), ms(dbNs - g_applicationReadyNs),
                    ms(viewNs - dbNs), ms(paintNs - viewNs), inbox->model()->rowCount(), inbox->model()->totalCount(),
                    maxRssMiB());
        std::fflush(stdout);
        _exit(0); // the measurement ends here; tearing down is not part of starting
    });
    window->show();
    return QCoreApplication::exec();
}

bool Startup::run(const QString &file, const QString &what, int times)
{
    QVector<double> wall;
    QMap<QString, QVector<double>> parts;
    for (int i = 0; i < times; ++i) {
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        QElapsedTimer clock;
        clock.start();
        child.start(QCoreApplication::applicationFilePath(),
                    { QStringLiteral("--db"), file, QStringLiteral("--startup-child"), what });
        QByteArray line;
        while (!line.contains('\n') && child.waitForReadyRead(60000))
            line += child.readAllStandardOutput();
        const double elapsed = ms(clock.nsecsElapsed());
        child.waitForFinished(60000);
        if (!line.startsWith("startup ")) {
            std::fprintf(stderr, "the %s start did not report a paint (exit %d)\n", qPrintable(what), child.exitCode());
            return false;
        }
        wall.append(elapsed);
        const auto values = parseLine(line);
        for (auto it = values.cbegin(); it != values.cend(); ++it)
            parts[it.key()].append(it.value());
    }
    const auto m = [&](const char *key) { return median(parts.value(QString::fromLatin1(key))); };
    std::printf("\n## start -> %s drawn (%d fresh processes, medians)\n", qPrintable(what), times);
    std::printf("  process start -> first paint of the list (parent's clock): %7.1f ms  (max %.1f)\n", median(wall),
                maximum(wall));
    std::printf("  child: since kernel start %.0f ms (10 ms steps); main() -> paint %.1f ms = QApplication %.1f + "
                "open db %.1f + view and first page %.1f + show and paint %.1f\n",
                m("total_ms"), m("since_main_ms"), m("app_ms"), m("db_ms"), m("view_ms"), m("paint_ms"));
    std::printf("  rows fetched at first paint: %.0f of %.0f; max RSS %.1f MiB\n", m("rows"), m("total_rows"),
                m("maxrss_mib"));
    std::fflush(stdout);
    return true;
}

} // namespace Kohtaamo::BenchInbox
