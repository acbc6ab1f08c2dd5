// The warm ranking (issue 18) on a large demo office, as the Candidates tab uses it (OfficeService::matching()):
//   kohtaamo-bench-warm --db FILE [--runs 5] [--keep] [--first-open]
// works on a copy of FILE (the invitations, answers and edits it makes stay out of FILE; --keep works on FILE
// itself) and prints, with the median of --runs and every run:
//   * first open: the full load of the snapshot and the first ranking of a tagged request (what opening Candidates
//     costs the first time), and the heap the snapshot keeps (malloc's bytes in use after the load less before it)
//     beside the process's peak resident memory;
//   * the first open after warmUp() (what the main window starts when it is shown): the time the load takes on its
//     own thread and connection, then the first ranking taking the snapshot in; and how long closing the office waits
//     when it does so half a second into that read;
//   * an invitation, an answer and a worker's edit made through OfficeService, each followed by the re-ranking of
//     the request, timed together: with the snapshot kept warm (the use case, MatchingService::apply on its change
//     signal, rank) beside, as the peer in the same run, the same with the snapshot thrown away and read again (as
//     before issue 18); and the use case alone (its own transaction, audit and signal) and the re-ranking alone
//     (no change), for scale.
// Each time is wall-clock in this process; the CPU time of the process is printed beside it.
#include "matching/MatchingService.h"
#include "office/OfficeService.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QTemporaryDir>
#include <QThread>

#include <algorithm>
#include <cstdio>
#include <ctime>

#include <malloc.h>

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

double cpuMs()
{
    timespec t {};
    clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &t);
    return double(t.tv_sec) * 1000.0 + double(t.tv_nsec) / 1e6;
}

// Heap in use (malloc), in MB: what the snapshot keeps, without what the allocator holds on to.
double heapMb()
{
    return double(mallinfo2().uordblks) / (1024.0 * 1024.0);
}

// Resident and peak resident memory of this process, in MB (/proc/self/status).
std::pair<double, double> memoryMb()
{
    QFile status(QStringLiteral("/proc/self/status"));
    double rss = 0, hwm = 0;
    if (status.open(QIODevice::ReadOnly)) {
        for (const QByteArray &line : status.readAll().split('\n')) {
            const auto kb = [&line] { return line.mid(6).trimmed().split(' ').value(0).toDouble() / 1024.0; };
            if (line.startsWith("VmRSS:"))
                rss = kb();
            else if (line.startsWith("VmHWM:"))
                hwm = kb();
        }
    }
    return { rss, hwm };
}

struct Timed
{
    QVector<double> wall, cpu;
    void add(double w, double c)
    {
        wall << w;
        cpu << c;
    }
    QString text() const
    {
        return QStringLiteral("%1 ms (CPU %2 ms; runs %3)")
            .arg(median(wall), 0, 'f', 1)
            .arg(median(cpu), 0, 'f', 1)
            .arg(list(wall));
    }
};

template <typename F> void timeIt(Timed &into, const F &work)
{
    QElapsedTimer t;
    const double c0 = cpuMs();
    t.start();
    work();
    into.add(double(t.nsecsElapsed()) / 1e6, cpuMs() - c0);
}

QVector<qint64> column(Database &db, const QString &sql)
{
    QVector<qint64> ids;
    SqlQuery q(db, sql);
    if (q.exec()) {
        while (q.next())
            ids << q.value(0).toLongLong();
    }
    return ids;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QCommandLineParser parser;
    parser.addHelpOption();
    parser.addOption(
        { QStringLiteral("db"), QStringLiteral("The demo office (SQLite file)."), QStringLiteral("file") });
    parser.addOption(
        { QStringLiteral("runs"), QStringLiteral("Runs of each step (5)."), QStringLiteral("n"), QStringLiteral("5") });
    parser.addOption({ QStringLiteral("keep"), QStringLiteral("Work on the file itself, not on a copy.") });
    parser.addOption({ QStringLiteral("first-open"),
                       QStringLiteral("Time only the first open and the re-rank without a change (no use cases).") });
    parser.process(app);
    const QString given = parser.value(QStringLiteral("db"));
    const int runs = qMax(1, parser.value(QStringLiteral("runs")).toInt());
    if (given.isEmpty() || !QFile::exists(given)) {
        print(QStringLiteral("usage: kohtaamo-bench-warm --db FILE [--runs 5] [--keep] [--first-open]"));
        return 1;
    }
    QTemporaryDir dir;
    QString file = given;
    if (!parser.isSet(QStringLiteral("keep"))) {
        file = dir.filePath(QStringLiteral("office.sqlite"));
        if (!QFile::copy(given, file)) {
            print(QStringLiteral("cannot copy %1 to %2").arg(given, file));
            return 1;
        }
    }
    auto db = Database::open(DatabaseLocation::sqlite(file));
    if (!db) {
        print(db.error().message);
        return 1;
    }
    OfficeService office(std::move(db).value());
    office.actAsTool(QStringLiteral("kohtaamo-bench-warm"));
    Database &d = office.database();
    const QVector<qint64> tagged
        = column(d, QStringLiteral("SELECT id FROM requests WHERE status = 'tagged' ORDER BY id LIMIT 200"));
    if (tagged.size() < runs * 2) {
        print(QStringLiteral("the office has too few tagged requests"));
        return 1;
    }
    const int workers = int(column(d, QStringLiteral("SELECT COUNT(*) FROM workers")).value(0));
    print(QStringLiteral("kohtaamo-bench-warm: %1 (%2 workers), %3 runs").arg(given).arg(workers).arg(runs));

    RankingEngine::Options options;
    options.limit = 100; // the Candidates tab's
    Timed firstOpen, readAhead, openAfterReadAhead, stopAhead, again, warm[3], cold[3], alone[3];
    QVector<double> snapshotMb, peakMb;
    const QString steps[3] = { QStringLiteral("invitation"), QStringLiteral("answer"), QStringLiteral("worker edit") };
    for (int run = 0; run < runs; ++run) {
        const Request request = *office.request(tagged.at(run));
        office.matching().invalidate();
        const auto before = memoryMb();
        const double heapBefore = heapMb();
        timeIt(firstOpen, [&] { office.matching().rank(request, options); });
        const auto after = memoryMb();
        Q_UNUSED(before);
        snapshotMb << heapMb() - heapBefore;
        timeIt(again, [&] { office.matching().rank(*office.request(request.id), options); });
        peakMb << after.second;
        // Read ahead, as the main window does once it is shown: the wait is in the background (wall time until the
        // thread has read everything), the first open then only takes the snapshot in and ranks.
        office.matching().invalidate();
        const int loadsBefore = office.matching().loadsAhead();
        timeIt(readAhead, [&] {
            office.matching().warmUp();
            while (!office.matching().isWarmedUp())
                QThread::msleep(1);
        });
        timeIt(openAfterReadAhead, [&] { office.matching().rank(*office.request(request.id), options); });
        if (office.matching().loadsAhead() != loadsBefore + 1) {
            print(QStringLiteral("the snapshot read ahead was not taken in"));
            return 1;
        }
        // Stopped half a second into the read, as when the office closes meanwhile: how long closing waits.
        office.matching().invalidate();
        office.matching().warmUp();
        QThread::msleep(500);
        timeIt(stopAhead, [&] { office.matching().abandonWarmUp(); });
        if (parser.isSet(QStringLiteral("first-open")))
            continue;
        // The steps of the invite workflow, each followed by the re-ranking the tab does.
        for (int step = 0; step < 3; ++step) {
            for (int mode = 0; mode < 3; ++mode) { // warm; the snapshot read again; the use case alone
                const Request current = *office.request(request.id);
                auto ranked = office.matching().rank(current, options);
                if (!ranked || ranked->candidates.size() < 4) {
                    print(QStringLiteral("request %1 has too few candidates").arg(current.reference));
                    return 1;
                }
                const qint64 worker = ranked->candidates.at(mode).workerId;
                if (mode > 0) // as before issue 18: the change throws the snapshot away
                    office.matching().invalidate();
                bool ok = true;
                QElapsedTimer t;
                const double c0 = cpuMs();
                t.start();
                if (step == 0) {
                    ok = bool(office.invite(current.id, current.version, { worker }, InvitationChannel::Phone));
                } else if (step == 1) {
                    auto invitations = office.invitations(current.id);
                    ok = false;
                    for (const Invitation &i : *invitations) {
                        if (i.response == InvitationResponse::Pending) {
                            ok = bool(office.recordAnswer(i.id, i.version, InvitationResponse::Declined));
                            break;
                        }
                    }
                } else {
                    Worker w = *office.worker(worker);
                    w.noticeDays = w.noticeDays == 1 ? 2 : 1;
                    ok = bool(office.saveWorker(w));
                }
                if (!ok) {
                    print(QStringLiteral("the %1 failed").arg(steps[step]));
                    return 1;
                }
                if (mode == 2) {
                    alone[step].add(double(t.nsecsElapsed()) / 1e6, cpuMs() - c0);
                    continue;
                }
                office.matching().rank(*office.request(request.id), options);
                (mode == 0 ? warm[step] : cold[step]).add(double(t.nsecsElapsed()) / 1e6, cpuMs() - c0);
            }
        }
    }
    print(QStringLiteral("first open (full load + rank): %1").arg(firstOpen.text()));
    print(QStringLiteral("read ahead (warmUp on its own thread; CPU of the whole process): %1").arg(readAhead.text()));
    print(QStringLiteral("first open after the read ahead: %1").arg(openAfterReadAhead.text()));
    print(QStringLiteral("the read ahead stopped after 500 ms (the office closed): %1").arg(stopAhead.text()));
    print(QStringLiteral("snapshot memory (heap kept by the load): %1 MB (runs %2); peak resident %3 MB")
              .arg(median(snapshotMb), 0, 'f', 1)
              .arg(list(snapshotMb))
              .arg(median(peakMb), 0, 'f', 1));
    print(QStringLiteral("re-rank without a change: %1").arg(again.text()));
    for (int step = 0; step < (parser.isSet(QStringLiteral("first-open")) ? 0 : 3); ++step) {
        print(QStringLiteral("%1 + re-rank, warm: %2").arg(steps[step], warm[step].text()));
        print(QStringLiteral("%1 + re-rank, read again (peer): %2").arg(steps[step], cold[step].text()));
        print(QStringLiteral("%1 alone: %2").arg(steps[step], alone[step].text()));
    }
    print(QStringLiteral("full loads: %1").arg(office.matching().fullLoads()));
    return 0;
}
