#include "BenchInboxSession.h"

#include "BenchInboxStartup.h"
#include "BenchInboxSupport.h"
#include "office/OfficeService.h"
#include "repositories/TopicRepository.h"
#include "requests/RequestFilterBar.h"
#include "requests/RequestInboxView.h"
#include "requests/RequestListModel.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QScrollBar>
#include <QTableView>

#include <cstdio>
#include <time.h>

namespace Kohtaamo::BenchInbox {

namespace {
double ms(qint64 ns)
{
    return double(ns) / 1e6;
}

// CPU time of this thread: on a loaded machine (other builds on the 2 cores) the clock on the wall says how long a
// coordinator would wait there and then, the CPU time what the work costs.
qint64 threadCpuNs()
{
    timespec t {};
    clock_gettime(CLOCK_THREAD_CPUTIME_ID, &t);
    return qint64(t.tv_sec) * 1000000000 + t.tv_nsec;
}
} // namespace

Session::Session() = default;
Session::~Session() = default;

bool Session::open(const QString &file)
{
    auto opened = Database::open(DatabaseLocation::sqlite(file), Database::OpenOptions { false, true, -1, false });
    if (!opened) {
        std::fprintf(stderr, "cannot open %s: %s\n", qPrintable(file), qPrintable(opened.error().message));
        return false;
    }
    m_db = std::move(opened).value();
    m_office = std::make_unique<OfficeService>(*m_db);
    m_view = std::make_unique<RequestInboxView>();
    m_view->resize(1280, 800);
    m_watcher = std::make_unique<PaintWatcher>(m_view->tableView()->viewport());
    const Timing first = timeRepaint([this] {
        m_view->setOffice(m_office.get());
        m_view->show();
    });
    std::printf("\n## one process: inbox shown in %.1f ms (open database not counted); %d of %d rows fetched\n",
                first.sinceChangeMs, m_view->model()->rowCount(), m_view->model()->totalCount());
    noteMemory(QStringLiteral("inbox shown"));
    return first.sinceChangeMs >= 0;
}

Session::Timing Session::timeRepaint(const std::function<void()> &change)
{
    RequestListModel *model = m_view->model();
    QElapsedTimer clock;
    qint64 resetNs = -1;
    qint64 doneNs = -1;
    qint64 resetCpuNs = -1;
    qint64 doneCpuNs = -1;
    const auto reset = QObject::connect(model, &QAbstractItemModel::modelAboutToBeReset, [&] {
        if (resetNs < 0) {
            resetNs = clock.nsecsElapsed();
            resetCpuNs = threadCpuNs();
        }
    });
    const auto loaded = QObject::connect(model, &RequestListModel::loaded, [&] {
        m_watcher->arm([&] {
            doneNs = clock.nsecsElapsed();
            doneCpuNs = threadCpuNs();
        });
    });
    clock.start();
    change();
    const QDeadlineTimer deadline(120000);
    while (doneNs < 0 && !deadline.hasExpired())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QObject::disconnect(reset);
    QObject::disconnect(loaded);
    m_watcher->arm({});
    Timing t;
    if (doneNs >= 0) {
        t.sinceChangeMs = ms(doneNs);
        t.applyMs = ms(doneNs - std::max<qint64>(0, resetNs));
        t.cpuMs = resetCpuNs >= 0 ? ms(doneCpuNs - resetCpuNs) : -1;
    }
    return t;
}

void Session::clearFilters()
{
    if (m_view->model()->filter() == RequestInboxFilter())
        return;
    timeRepaint([this] { m_view->setFilter({}); });
}

void Session::measureTyped(const QString &label, const QString &text, int rounds)
{
    // Every prefix as its own search: a coordinator who pauses after each letter makes every one of them run.
    QVector<QVector<double>> prefixApply(text.size());
    QVector<double> wordSinceKey;
    QVector<double> wordCpu;
    QVector<double> clear;
    QLineEdit *search = m_view->filterBar()->searchField();
    for (int round = 0; round < rounds; ++round) {
        for (int n = 1; n <= text.size(); ++n) {
            const QString prefix = text.left(n);
            if (prefix.endsWith(QLatin1Char(' ')))
                continue; // the same words as the prefix before: nothing to apply
            const Timing t = timeRepaint([&] { search->setText(prefix); });
            prefixApply[n - 1].append(t.applyMs);
            m_allApply.append(t.applyMs);
            if (n == text.size()) {
                wordSinceKey.append(t.sinceChangeMs);
                wordCpu.append(t.cpuMs);
            }
        }
        clear.append(timeRepaint([&] { search->clear(); }).applyMs);
    }
    double slowest = 0;
    int slowestAt = 0;
    for (int n = 0; n < prefixApply.size(); ++n) {
        if (median(prefixApply.at(n)) > slowest) {
            slowest = median(prefixApply.at(n));
            slowestAt = n + 1;
        }
    }
    RequestInboxFilter typed;
    typed.text = text;
    m_view->filterBar()->setFilter(typed);
    const int matches = m_view->model()->totalCount();
    clearFilters();
    std::printf("  %-34s %7.1f ms (cpu %6.1f)  slowest prefix \"%s\" %6.1f ms  key->painted %6.1f ms  clear %6.1f ms"
                "  (%d hits)\n",
                qPrintable(label + QStringLiteral(" \"") + text + QStringLiteral("\"")),
                median(prefixApply.constLast()), median(wordCpu), qPrintable(text.left(slowestAt)), slowest,
                median(wordSinceKey), median(clear), matches);
    std::fflush(stdout);
}

void Session::measureFilter(const QString &label, const RequestInboxFilter &filter, int rounds)
{
    QVector<double> apply;
    QVector<double> cpu;
    QVector<double> clear;
    int matches = 0;
    for (int round = 0; round < rounds; ++round) {
        const Timing t = timeRepaint([&] { m_view->setFilter(filter); });
        apply.append(t.applyMs);
        cpu.append(t.cpuMs);
        m_allApply.append(apply.constLast());
        matches = m_view->model()->totalCount();
        clear.append(timeRepaint([&] { m_view->setFilter({}); }).applyMs);
    }
    std::printf("  %-34s %7.1f ms (cpu %6.1f)  max %.1f  clear %6.1f ms  (%d hits)\n", qPrintable(label), median(apply),
                median(cpu), maximum(apply), median(clear), matches);
    std::fflush(stdout);
}

void Session::measureSort(const QString &label, int column, Qt::SortOrder order, int rounds)
{
    QTableView *table = m_view->tableView();
    const int oldColumn = RequestListModel::columnOf(m_view->model()->sortOrder().key);
    const Qt::SortOrder oldOrder = m_view->model()->sortOrder().order;
    QVector<double> apply;
    QVector<double> cpu;
    QVector<double> back;
    for (int round = 0; round < rounds; ++round) {
        const Timing t = timeRepaint([&] { table->sortByColumn(column, order); });
        apply.append(t.applyMs);
        cpu.append(t.cpuMs);
        back.append(timeRepaint([&] { table->sortByColumn(oldColumn, oldOrder); }).applyMs);
    }
    std::printf("  %-34s %7.1f ms (cpu %6.1f)  max %.1f  back to received, newest first %6.1f ms\n", qPrintable(label),
                median(apply), median(cpu), maximum(apply), median(back));
    std::fflush(stdout);
}

qint64 Session::topicId(const QString &code)
{
    TopicRepository topics(*m_db);
    for (const Topic &t : topics.list().valueOr({})) {
        if (t.code == code)
            return t.id;
    }
    return 0;
}

void Session::measureFilters(int rounds)
{
    std::printf("\n## filters (%d rounds, medians; from the model starting to read to the list repainted)\n", rounds);
    std::printf("Search as you type (the field waits %d ms after the last key, %d ms while a word is one no index "
                "takes; key->painted includes it):\n",
                RequestFilterBar::kSearchDelayMs, RequestFilterBar::kUnindexedWordDelayMs);
    measureTyped(QStringLiteral("title word"), QStringLiteral("jälkihuollon"), rounds);
    measureTyped(QStringLiteral("requester"), QStringLiteral("Virtanen"), rounds);
    measureTyped(QStringLiteral("unit"), QStringLiteral("Oulu"), rounds);
    measureTyped(QStringLiteral("two words"), QStringLiteral("kirjekuoret saarinen"), rounds);
    measureTyped(QStringLiteral("reference"), QStringLiteral("2026-10"), rounds);
    measureTyped(QStringLiteral("no match"), QStringLiteral("zqx"), rounds);

    std::printf("Other filters:\n");
    const QDate today = QDate::currentDate();
    RequestInboxFilter f;
    f.statuses = { RequestStatus::Inviting };
    measureFilter(QStringLiteral("status: inviting"), f, rounds);
    f.statuses = { RequestStatus::New };
    measureFilter(QStringLiteral("status: new"), f, rounds);
    f = {};
    f.topicId = topicId(QStringLiteral("child_protection"));
    measureFilter(QStringLiteral("topic: child protection (subtree)"), f, rounds);
    f.topicId = topicId(QStringLiteral("mental_health.postnatal"));
    measureFilter(QStringLiteral("topic: postnatal depression"), f, rounds);
    f = {};
    f.receivedFrom = today.addDays(-30);
    measureFilter(QStringLiteral("received in the last 30 days"), f, rounds);
    f = {};
    f.workFrom = today;
    f.workTo = today.addDays(14);
    measureFilter(QStringLiteral("work date in the next 14 days"), f, rounds);
    f = {};
    f.statuses = { RequestStatus::Inviting };
    f.text = QStringLiteral("virtanen");
    measureFilter(QStringLiteral("status inviting + \"virtanen\""), f, rounds);

    std::printf("Sorting (a click on a column header):\n");
    measureSort(QStringLiteral("by title"), RequestListModel::Title, Qt::AscendingOrder, rounds);
    measureSort(QStringLiteral("by status"), RequestListModel::Status, Qt::AscendingOrder, rounds);
    measureSort(QStringLiteral("by work date"), RequestListModel::WorkDate, Qt::AscendingOrder, rounds);
    std::printf("Slowest filter application of all (median of its rounds is above): %.1f ms\n", maximum(m_allApply));
    noteMemory(QStringLiteral("after the filters"));
}

void Session::measureScrolling()
{
    clearFilters();
    RequestListModel *model = m_view->model();
    QTableView *table = m_view->tableView();
    const int before = model->rowCount();
    QElapsedTimer clock;
    clock.start();
    table->scrollToBottom();
    QCoreApplication::processEvents();
    const double firstMs = ms(clock.nsecsElapsed());
    const int afterOne = model->rowCount();
    std::printf("\n## scrolling (%d requests)\n", model->totalCount());
    std::printf("  scrolled to the bottom once: %d -> %d rows fetched (%.1f ms)\n", before, afterOne, firstMs);

    // Then to the very end: every scroll to the bottom reads one more page.
    QVector<double> pages;
    clock.restart();
    while (model->canFetchMore({}) && pages.size() < 100000) {
        QElapsedTimer page;
        page.start();
        const int rows = model->rowCount();
        table->scrollToBottom();
        QCoreApplication::processEvents();
        if (model->rowCount() == rows)
            model->fetchMore({}); // the view did not ask (it only asks when the bar is at its end)
        pages.append(ms(page.nsecsElapsed()));
    }
    const double totalMs = ms(clock.nsecsElapsed());
    const int n = int(pages.size());
    std::printf("  to the end: %d more pages of %d in %.1f s; a page near the top %.1f ms, near the end %.1f ms; "
                "%d rows fetched\n",
                n, model->pageSize(), totalMs / 1000, median(pages.mid(0, 10)), median(pages.mid(std::max(0, n - 10))),
                model->rowCount());
    noteMemory(QStringLiteral("every row fetched"));
    RequestInboxFilter onlyNew;
    onlyNew.statuses = { RequestStatus::New };
    m_view->setFilter(onlyNew);
    m_view->setFilter({});
    std::printf("  a new filter after that starts again from one page: %d rows fetched\n", model->rowCount());
}

void Session::noteMemory(const QString &when)
{
    m_memory.append({ when, maxRssMiB() });
}

void Session::printMemory()
{
    std::printf("\n## memory (max RSS of this process)\n");
    for (const auto &[when, mib] : m_memory)
        std::printf("  %-22s %7.1f MiB\n", qPrintable(when), mib);
    std::fflush(stdout);
}

} // namespace Kohtaamo::BenchInbox
