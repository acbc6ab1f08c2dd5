#pragma once

#include "mail/OutboxMessage.h"
#include "main/Page.h"
#include "reports/OfficeSummary.h"
#include "requests/RequestInboxFilter.h"
#include "today/TodayAgenda.h"

#include <QMap>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;

namespace Kohtaamo {

class CountTile;
class OfficeService;
class GettingStartedPanel;
class RetentionPanel;
class OfficeService;
class Settings;
class TodayLine;

// The coordinator's start page: the office in three numbers, then what needs doing today, each line a count with
// its sentence that opens the list behind it — requests not yet tagged, invitations waiting too long for an answer,
// engagements in the next two weeks, debriefs and fees still to do, consents about to expire, workers resting, and
// the next group meeting with the requests to bring to it. While the database is empty, what to do first.
class TodayPage : public QWidget
{
    Q_OBJECT
public:
    enum class Line {
        UntaggedRequests,
        StaleInvitations,
        UpcomingEngagements,
        MissingDebriefs,
        UnpaidFees,
        ExpiringConsents,
        RestingWorkers,
        GroupMeeting,
        FailedMessages, // messages the server refused or could not take
        DraftMessages, // messages written by the workflow, waiting for the coordinator's approval
    };
    static QVector<Line> allLines();
    static QString lineKey(Line line); // object name of the line's widget: "line_untaggedRequests" ...

    explicit TodayPage(Settings &settings, QWidget *parent = nullptr);

    // The page reads from db until another is set; nullptr shows nothing.
    void setOffice(OfficeService *office);
    // Reads everything again; done on setOffice() and whenever the page is shown again after being hidden.
    void refresh();

    const OfficeSummary::Counts &counts() const { return m_counts; }
    const TodayAgenda::Agenda &agenda() const { return m_agenda; }
    TodayLine *line(Line line) const { return m_lines.value(line); }
    bool showsGettingStarted() const;
    QString errorText() const;

    // Opens the list behind a line, as activating it does.
    void openLine(Line line);
    const OutboxCounts &outboxCounts() const { return m_outboxCounts; }
    // Today's one action for reminders: a draft to each worker whose invitation waits too long for an answer or
    // whose meeting is near (OfficeService::draftDueReminders); returns how many were written, -1 when refused.
    int draftDueReminders();
    QPushButton *remindersButton() const { return m_remindersButton; }
    // An admin's retention lines (hidden for others and when nothing is due).
    RetentionPanel *retentionPanel() const { return m_retention; }

signals:
    void pageRequested(Kohtaamo::Page page);
    // The Requests page should show the requests this filter leaves.
    void requestListRequested(const Kohtaamo::RequestInboxFilter &filter);
    // The Requests page should show exactly these requests; title says what they are ("Fees not yet paid").
    void requestsRequested(const QVector<qint64> &requestIds, const QString &title);
    // The Workers page should show exactly these workers.
    void workerListRequested(const QVector<qint64> &workerIds, const QString &title);

protected:
    void showEvent(QShowEvent *event) override;
    void hideEvent(QHideEvent *event) override;
    void changeEvent(QEvent *event) override;

private:
    QWidget *createSummary(QWidget *parent);
    TodayLine *addLine(Line line, QWidget *parent);
    void retranslateUi();
    void showCounts();
    void showLines();
    void editMeetingRhythm();
    void updateRemindersButton();
    QString lineTitle(Line line) const;

    Settings &m_settings;
    OfficeService *m_office = nullptr;
    OfficeSummary::Counts m_counts;
    TodayAgenda::Agenda m_agenda;
    OutboxCounts m_outboxCounts;
    QVector<qint64> m_failedRequests;
    QVector<qint64> m_draftRequests;
    bool m_loaded = false;
    bool m_stale = false; // hidden since the last read

    QLabel *m_title = nullptr;
    QLabel *m_date = nullptr;
    QLabel *m_error = nullptr;
    GettingStartedPanel *m_gettingStarted = nullptr;
    QWidget *m_summary = nullptr;
    CountTile *m_organisations = nullptr;
    CountTile *m_workers = nullptr;
    CountTile *m_requests = nullptr;
    QLabel *m_attentionHeading = nullptr;
    QLabel *m_comingHeading = nullptr;
    QPushButton *m_rhythmButton = nullptr;
    QPushButton *m_remindersButton = nullptr;
    QLabel *m_remindersResult = nullptr;
    RetentionPanel *m_retention = nullptr;
    QMap<Line, TodayLine *> m_lines;
};

} // namespace Kohtaamo
