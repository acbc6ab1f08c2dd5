#pragma once

#include "GroupMeetingRhythm.h"
#include "common/Result.h"
#include "requests/RequestInboxFilter.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

namespace Kohtaamo {

class Database;

// What needs the coordinator's attention today, for the Today page: each item is a count with the list behind it,
// either a RequestInboxFilter (the Requests page shows exactly those requests) or the ids of the requests or the
// workers concerned. Read with one aggregate statement per item, so the cost does not grow with one query per row.
// "Today" is Clock::instance().today() unless given.
class TodayAgenda
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::TodayAgenda)
public:
    struct Options
    {
        QDate today; // invalid = Clock::instance().today()
        int staleInvitationDays = 7; // an invitation is overdue when unanswered more than this many days
        int engagementDaysAhead = 14; // today and the next 13 days
        int consentDaysAhead = 30; // contact consents expiring today .. today + 30
    };

    // One line of the page. count is what the sentence counts; the list is the requests or workers behind it.
    struct Item
    {
        int count = 0;
        RequestInboxFilter filter; // when usesFilter
        bool usesFilter = false;
        QVector<qint64> requestIds; // the requests behind it, ascending (when !usesFilter and a request item)
        QVector<qint64> workerIds; // the workers behind it, ascending (worker items)
    };

    struct Agenda
    {
        QDate today;
        Options options;
        Item untaggedRequests; // status New; filter {New}
        Item staleInvitations; // count = invitations pending, sent before today - N days, request still open
        Item upcomingEngagements; // count = planned engagements starting in the window, request not cancelled
        Item missingDebriefs; // count = attended engagements without a debrief
        Item unpaidFees; // count = engagements whose payment state is Unpaid
        qint64 unpaidCents = 0; //   fee + travel of those engagements
        Item expiringConsents; // count = workers (not left) whose contact consent expires in the window
        Item restingWorkers; // count = workers (not left) on a recovery break today or at the monthly limit
        int onRecoveryBreak = 0; //   of them on a recovery break today
        int atMonthlyLimit = 0; //   of them at their limit this month (both may hold for one worker)
        GroupMeetingRhythm rhythm;
        QDate nextMeeting; // invalid when the rhythm is not set
        QDate previousMeeting; // the meeting before nextMeeting (by the rhythm); invalid if none
        QDate bringSince; // requests received on or after this day are brought to the meeting
        Item meetingRequests; // requests still looking for workers received since bringSince; a filter
    };

    explicit TodayAgenda(Database &db);

    Result<Agenda> load(); // with the default options
    Result<Agenda> load(const Options &options);

    // The statuses of requests the group meeting hears: still looking for experience workers.
    static QVector<RequestStatus> meetingStatuses();

private:
    Status loadRequestCounts(Agenda &agenda);
    Status loadEngagements(Agenda &agenda);
    Status loadWorkers(Agenda &agenda);
    Status loadMeeting(Agenda &agenda);

    Database &m_db;
};

} // namespace Kohtaamo
