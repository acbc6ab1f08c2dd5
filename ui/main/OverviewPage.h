#pragma once

#include "Page.h"
#include "reports/OfficeSummary.h"

#include <QMap>
#include <QWidget>

class QLabel;

namespace Kohtaamo {

class CountTile;
class Database;
class GettingStartedPanel;

// "Today" until the full start page arrives: the office in numbers — organisations, active experience workers,
// open requests by status — or, while the database is empty, what to do first.
class OverviewPage : public QWidget
{
    Q_OBJECT
public:
    explicit OverviewPage(QWidget *parent = nullptr);

    // The page reads from db until another is set; nullptr shows nothing.
    void setDatabase(Database *db);

    // Reads the counts again; done on every show and on setDatabase().
    void refresh();

    const OfficeSummary::Counts &counts() const { return m_counts; }
    bool showsGettingStarted() const;
    QString errorText() const;

signals:
    void pageRequested(Kohtaamo::Page page);

protected:
    void showEvent(QShowEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    struct StatusRow
    {
        QLabel *name = nullptr;
        QLabel *count = nullptr;
        QLabel *explanation = nullptr;
    };

    QWidget *createSummary(QWidget *parent);
    void retranslateUi();
    void showCounts();

    Database *m_db = nullptr;
    OfficeSummary::Counts m_counts;
    bool m_loaded = false;

    QLabel *m_title = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_error = nullptr;
    GettingStartedPanel *m_gettingStarted = nullptr;
    QWidget *m_summary = nullptr;
    CountTile *m_organisations = nullptr;
    CountTile *m_workers = nullptr;
    CountTile *m_requests = nullptr;
    QLabel *m_statusHeading = nullptr;
    QMap<RequestStatus, StatusRow> m_statusRows;
    QLabel *m_closedLine = nullptr;
    QLabel *m_comingNote = nullptr;
};

} // namespace Kohtaamo
