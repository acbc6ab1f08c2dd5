#pragma once

#include "requests/RequestInboxFilter.h"

#include <QString>
#include <QVector>

#include <functional>
#include <memory>
#include <utility>

namespace Kohtaamo {
class Database;
class OfficeService;
class RequestInboxView;
} // namespace Kohtaamo

namespace Kohtaamo::BenchInbox {

class PaintWatcher;

// One process with the inbox shown offscreen on the database: filters applied as a coordinator applies them, and
// the list scrolled to its end.
class Session
{
public:
    Session();
    ~Session();

    bool open(const QString &file);
    void measureFilters(int rounds);
    void measureScrolling();
    void printMemory();

private:
    struct Timing
    {
        double applyMs = -1; // the model starts reading -> the list repainted with the new first page
        double sinceChangeMs = -1; // the change (a keystroke: includes the search field's pause) -> repainted
        double cpuMs = -1; // CPU time of the GUI thread for applyMs
    };
    // Makes the change and waits until the list has been read anew and repainted.
    Timing timeRepaint(const std::function<void()> &change);
    void clearFilters();
    void measureTyped(const QString &label, const QString &text, int rounds);
    void measureFilter(const QString &label, const RequestInboxFilter &filter, int rounds);
    void measureSort(const QString &label, int column, Qt::SortOrder order, int rounds);
    qint64 topicId(const QString &code);
    void noteMemory(const QString &when);

    std::unique_ptr<Database> m_db;
    std::unique_ptr<OfficeService> m_office; // on m_db; goes before it
    std::unique_ptr<RequestInboxView> m_view;
    std::unique_ptr<PaintWatcher> m_watcher;
    QVector<std::pair<QString, double>> m_memory;
    QVector<double> m_allApply;
};

} // namespace Kohtaamo::BenchInbox
