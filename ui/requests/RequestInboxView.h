#pragma once

#include "requests/RequestInboxFilter.h"

#include <QWidget>

class QLabel;
class QModelIndex;
class QTableView;

namespace Kohtaamo {

class OfficeService;
class RequestFilterBar;
class RequestListModel;

// The request inbox: filters, the list of requests (read a page at a time as the coordinator scrolls, sorted by
// clicking a column header) and how many requests the filters leave. Keyboard: the search field, the filters, then
// the list; Enter or a double click opens the current request (activated).
class RequestInboxView : public QWidget
{
    Q_OBJECT
public:
    // How far down the list refresh() and selectRequest() go to find a request before giving up on it.
    static constexpr int kFindLimit = 5000;

    explicit RequestInboxView(QWidget *parent = nullptr);

    // Reads from db until another is set; nullptr empties the list. Keeps the filters.
    void setOffice(OfficeService *office);
    // Reads the list again (after a change here or by another coordinator), keeping the current request and the
    // scroll position when it is still listed.
    void refresh();
    // Makes `id` the current request and scrolls to it. If the filters hide it they are cleared. Returns false (and
    // changes nothing) when there is no such request, or it is beyond kFindLimit in the current order.
    bool selectRequest(qint64 id);
    qint64 currentRequestId() const { return m_currentId; }

    RequestInboxFilter filter() const;
    void setFilter(const RequestInboxFilter &filter);

    // How many requests the filters leave.
    int requestCount() const;
    QString countText() const;
    QString errorText() const;

    RequestListModel *model() const { return m_model; }
    QTableView *tableView() const { return m_table; }
    RequestFilterBar *filterBar() const { return m_filterBar; }

signals:
    // The current request changed; 0 = none.
    void currentRequestChanged(qint64 id);
    // The coordinator opened a request (Enter or a double click).
    void activated(qint64 id);

protected:
    void changeEvent(QEvent *event) override;

private:
    void loadChoices();
    void applyFilter(const RequestInboxFilter &filter);
    void onCurrentChanged(const QModelIndex &current);
    void onLoaded();
    // Makes the request current again after the rows were read anew; searching further down only when allowed.
    void restoreCurrent(qint64 id, bool searchFurther);
    void setCurrentRow(int row);
    void setCurrentId(qint64 id);
    void setInitialColumnWidths();
    void retranslateUi();

    OfficeService *m_office = nullptr;
    RequestFilterBar *m_filterBar = nullptr;
    QLabel *m_count = nullptr;
    QLabel *m_error = nullptr;
    QTableView *m_table = nullptr;
    RequestListModel *m_model = nullptr;
    qint64 m_currentId = 0;
    bool m_restoring = false;
};

} // namespace Kohtaamo
