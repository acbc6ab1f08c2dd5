// The commission workflow rules, without a database: which steps exist, and what each step asks of the request.
#include "requests/RequestWorkflow.h"

#include <QSet>
#include <QTest>

using namespace Kohtaamo;

Q_DECLARE_METATYPE(Kohtaamo::RequestStatus)
Q_DECLARE_METATYPE(Kohtaamo::Error::Code)

namespace {
const QDate kToday(2026, 3, 10);
const QVector<RequestStatus> kAll { RequestStatus::New,       RequestStatus::Tagged, RequestStatus::Inviting,
                                    RequestStatus::Confirmed, RequestStatus::Held,   RequestStatus::Closed,
                                    RequestStatus::Cancelled };

// A request that meets every condition of every step, so that only the order decides.
Request readyRequest(RequestStatus status)
{
    Request r;
    r.title = QStringLiteral("Plain-language review of the placement brochure");
    r.status = status;
    r.workersNeeded = 2;
    r.topics = { { 7, TopicWeight::Primary } };
    r.dateOptions
        = { { 0, QDateTime(kToday.addDays(-3), QTime(10, 0)), QDateTime(kToday.addDays(-3), QTime(12, 0)), true } };
    return r;
}

RequestWorkflow::Context readyContext()
{
    return { 2, kToday };
}
} // namespace

class TestRequestWorkflow : public QObject
{
    Q_OBJECT
private slots:
    void transitionOrder_data();
    void transitionOrder();
    void nextStepsMatchTheOrder_data();
    void nextStepsMatchTheOrder();
    void transitionConditions_data();
    void transitionConditions();
    void cancelReasonIsTrimmed();
    void walkChecksEveryStepAgainstTheStatusBefore();
    void meetingStartPrefersChosenTime();
    void statusNamesAreDistinctAndTranslatable();
    void statusCodesRoundTrip();
};

void TestRequestWorkflow::transitionOrder_data()
{
    QTest::addColumn<RequestStatus>("from");
    QTest::addColumn<RequestStatus>("to");
    QTest::addColumn<bool>("legal");
    // Written out by hand, not derived from nextSteps(): this is the workflow of the domain brief.
    const QVector<QPair<RequestStatus, RequestStatus>> legal {
        { RequestStatus::New, RequestStatus::Tagged },         { RequestStatus::New, RequestStatus::Cancelled },
        { RequestStatus::Tagged, RequestStatus::Inviting },    { RequestStatus::Tagged, RequestStatus::Cancelled },
        { RequestStatus::Inviting, RequestStatus::Confirmed }, { RequestStatus::Inviting, RequestStatus::Cancelled },
        { RequestStatus::Confirmed, RequestStatus::Held },     { RequestStatus::Confirmed, RequestStatus::Cancelled },
        { RequestStatus::Held, RequestStatus::Closed },
    };
    for (RequestStatus from : kAll) {
        for (RequestStatus to : kAll) {
            const bool ok = legal.contains({ from, to });
            QTest::addRow("%s -> %s %s", qPrintable(toCode(from)), qPrintable(toCode(to)), ok ? "allowed" : "refused")
                << from << to << ok;
        }
    }
}

void TestRequestWorkflow::transitionOrder()
{
    QFETCH(RequestStatus, from);
    QFETCH(RequestStatus, to);
    QFETCH(bool, legal);
    const QString reason = QStringLiteral("The trainer fell ill");
    const Status s = RequestWorkflow::checkTransition(readyRequest(from), to, reason, readyContext());
    QCOMPARE(s.ok(), legal);
    QCOMPARE(RequestWorkflow::isStep(from, to), legal);
    if (!legal) {
        QCOMPARE(s.error().code, Error::Code::NotAllowed);
        QVERIFY(!s.error().message.isEmpty());
    }
}

void TestRequestWorkflow::nextStepsMatchTheOrder_data()
{
    QTest::addColumn<RequestStatus>("from");
    QTest::addColumn<QVector<RequestStatus>>("steps");
    QTest::addColumn<bool>("final");
    using S = RequestStatus;
    using Steps = QVector<RequestStatus>;
    QTest::newRow("new") << S::New << Steps { S::Tagged, S::Cancelled } << false;
    QTest::newRow("tagged") << S::Tagged << Steps { S::Inviting, S::Cancelled } << false;
    QTest::newRow("inviting") << S::Inviting << Steps { S::Confirmed, S::Cancelled } << false;
    QTest::newRow("confirmed") << S::Confirmed << Steps { S::Held, S::Cancelled } << false;
    QTest::newRow("held cannot be cancelled") << S::Held << Steps { S::Closed } << false;
    QTest::newRow("closed is final") << S::Closed << Steps {} << true;
    QTest::newRow("cancelled is final") << S::Cancelled << Steps {} << true;
}

void TestRequestWorkflow::nextStepsMatchTheOrder()
{
    QFETCH(RequestStatus, from);
    QFETCH(QVector<RequestStatus>, steps);
    QFETCH(bool, final);
    QCOMPARE(RequestWorkflow::nextSteps(from), steps);
    QCOMPARE(RequestWorkflow::isFinal(from), final);
    QCOMPARE(RequestWorkflow::canCancel(from), steps.contains(RequestStatus::Cancelled));
}

void TestRequestWorkflow::transitionConditions_data()
{
    QTest::addColumn<RequestStatus>("from");
    QTest::addColumn<RequestStatus>("to");
    QTest::addColumn<int>("topics");
    QTest::addColumn<int>("dateOptions"); // proposed times, one day apart, starting meetingInDays from today
    QTest::addColumn<bool>("chosen"); // the first proposed time is the chosen one
    QTest::addColumn<bool>("deadline");
    QTest::addColumn<int>("meetingInDays");
    QTest::addColumn<int>("workersNeeded");
    QTest::addColumn<int>("accepted");
    QTest::addColumn<QString>("reason");
    QTest::addColumn<Error::Code>("expected");

    const auto ok = Error::Code::None;
    const auto refused = Error::Code::NotAllowed;
    const auto invalid = Error::Code::InvalidInput;
    const QString none;
    const QString why = QStringLiteral("The requester postponed the training");
    using S = RequestStatus;
    QTest::newRow("tagging needs a topic")
        << S::New << S::Tagged << 0 << 0 << false << false << 0 << 1 << 0 << none << refused;
    QTest::newRow("tagging with one topic")
        << S::New << S::Tagged << 1 << 0 << false << false << 0 << 1 << 0 << none << ok;
    QTest::newRow("inviting needs a topic")
        << S::Tagged << S::Inviting << 0 << 1 << false << false << 5 << 1 << 0 << none << refused;
    QTest::newRow("inviting needs a time or deadline")
        << S::Tagged << S::Inviting << 1 << 0 << false << false << 0 << 1 << 0 << none << refused;
    QTest::newRow("inviting with a proposed time")
        << S::Tagged << S::Inviting << 1 << 1 << false << false << 5 << 1 << 0 << none << ok;
    QTest::newRow("inviting with only a deadline")
        << S::Tagged << S::Inviting << 1 << 0 << false << true << 0 << 1 << 0 << none << ok;
    QTest::newRow("confirming with no one accepted")
        << S::Inviting << S::Confirmed << 1 << 1 << false << false << 5 << 1 << 0 << none << refused;
    QTest::newRow("confirming with too few accepted")
        << S::Inviting << S::Confirmed << 1 << 1 << false << false << 5 << 3 << 2 << none << refused;
    QTest::newRow("confirming with exactly enough")
        << S::Inviting << S::Confirmed << 1 << 1 << false << false << 5 << 3 << 3 << none << ok;
    QTest::newRow("confirming with more than enough")
        << S::Inviting << S::Confirmed << 1 << 1 << false << false << 5 << 2 << 4 << none << ok;
    QTest::newRow("confirming several times, none chosen")
        << S::Inviting << S::Confirmed << 1 << 3 << false << false << 5 << 1 << 1 << none << refused;
    QTest::newRow("confirming several times, one chosen")
        << S::Inviting << S::Confirmed << 1 << 3 << true << false << 5 << 1 << 1 << none << ok;
    QTest::newRow("confirming work with only a deadline")
        << S::Inviting << S::Confirmed << 1 << 0 << false << true << 0 << 1 << 1 << none << ok;
    QTest::newRow("held before the meeting day")
        << S::Confirmed << S::Held << 1 << 1 << true << false << 1 << 1 << 1 << none << refused;
    QTest::newRow("held on the meeting day")
        << S::Confirmed << S::Held << 1 << 1 << true << false << 0 << 1 << 1 << none << ok;
    QTest::newRow("held after the meeting day")
        << S::Confirmed << S::Held << 1 << 1 << true << false << -2 << 1 << 1 << none << ok;
    QTest::newRow("held early: only the chosen time counts")
        << S::Confirmed << S::Held << 1 << 2 << false << false << -1 << 1 << 1 << none << ok;
    QTest::newRow("held with only a deadline ahead")
        << S::Confirmed << S::Held << 1 << 0 << false << true << 0 << 1 << 1 << none << ok;
    QTest::newRow("closing a held request")
        << S::Held << S::Closed << 1 << 1 << true << false << -5 << 1 << 1 << none << ok;
    QTest::newRow("cancelling needs a reason")
        << S::New << S::Cancelled << 0 << 0 << false << false << 0 << 1 << 0 << none << invalid;
    QTest::newRow("cancelling with a blank reason")
        << S::Inviting << S::Cancelled << 1 << 1 << false << false << 5 << 1 << 0 << QStringLiteral("  \t ") << invalid;
    QTest::newRow("cancelling a new request with a reason")
        << S::New << S::Cancelled << 0 << 0 << false << false << 0 << 1 << 0 << why << ok;
    QTest::newRow("cancelling a confirmed request")
        << S::Confirmed << S::Cancelled << 1 << 1 << true << false << 5 << 1 << 1 << why << ok;
    QTest::newRow("cancelling a held request, even with why")
        << S::Held << S::Cancelled << 1 << 1 << true << false << -1 << 1 << 1 << why << refused;
    QTest::newRow("staying in the same status")
        << S::Inviting << S::Inviting << 1 << 1 << false << false << 5 << 1 << 0 << none << refused;
}

void TestRequestWorkflow::transitionConditions()
{
    QFETCH(RequestStatus, from);
    QFETCH(RequestStatus, to);
    QFETCH(int, topics);
    QFETCH(int, dateOptions);
    QFETCH(bool, chosen);
    QFETCH(bool, deadline);
    QFETCH(int, meetingInDays);
    QFETCH(int, workersNeeded);
    QFETCH(int, accepted);
    QFETCH(QString, reason);
    QFETCH(Error::Code, expected);

    Request r;
    r.title = QStringLiteral("Emergency placement: what helped");
    r.status = from;
    r.workersNeeded = workersNeeded;
    for (int i = 0; i < topics; ++i)
        r.topics.append({ qint64(i + 1), i == 0 ? TopicWeight::Primary : TopicWeight::Secondary });
    for (int i = 0; i < dateOptions; ++i) {
        const QDateTime starts(kToday.addDays(meetingInDays + i), QTime(13, 0));
        r.dateOptions.append({ 0, starts, starts.addSecs(2 * 3600), chosen && i == 0 });
    }
    if (deadline)
        r.deadline = kToday.addDays(30);

    const Status s = RequestWorkflow::checkTransition(r, to, reason, { accepted, kToday });
    QCOMPARE(s.error().code, expected);
    if (!s.ok())
        QVERIFY2(!s.error().message.isEmpty(), "every refusal explains itself");
}

void TestRequestWorkflow::cancelReasonIsTrimmed()
{
    // Without a context the accepted count is 0 and dates are not checked; cancelling needs neither.
    QVERIFY(RequestWorkflow::checkTransition(readyRequest(RequestStatus::Tagged), RequestStatus::Cancelled,
                                             QStringLiteral("  moved to spring  "))
                .ok());
    QVERIFY(!RequestWorkflow::checkTransition(readyRequest(RequestStatus::Inviting), RequestStatus::Confirmed).ok());
}

void TestRequestWorkflow::walkChecksEveryStepAgainstTheStatusBefore()
{
    const QVector<RequestStatus> toHeld { RequestStatus::Tagged, RequestStatus::Inviting, RequestStatus::Confirmed,
                                          RequestStatus::Held };
    // Two accepted invitations are needed to confirm: with one, the third step is refused and nothing moves.
    Request r = readyRequest(RequestStatus::New);
    RequestStatus refused = RequestStatus::New;
    Status s = RequestWorkflow::walk(r, toHeld, {}, { 1, kToday }, &refused);
    QVERIFY(!s.ok());
    QCOMPARE(s.error().code, Error::Code::NotAllowed);
    QCOMPARE(refused, RequestStatus::Confirmed);
    QCOMPARE(r.status, RequestStatus::New);

    // Each step is checked from the status the step before left: the whole walk passes, one step out of order not.
    QVERIFY(RequestWorkflow::walk(r, toHeld, {}, readyContext()).ok());
    QCOMPARE(r.status, RequestStatus::Held);
    Request skipping = readyRequest(RequestStatus::New);
    QVERIFY(!RequestWorkflow::walk(skipping, { RequestStatus::Tagged, RequestStatus::Confirmed }, {}, readyContext(),
                                   &refused)
                 .ok());
    QCOMPARE(refused, RequestStatus::Confirmed);
    QCOMPARE(skipping.status, RequestStatus::New);

    // Held needs the meeting to be past when today is known.
    Request future = readyRequest(RequestStatus::New);
    future.dateOptions.first().starts = QDateTime(kToday.addDays(5), QTime(10, 0));
    future.dateOptions.first().ends = QDateTime(kToday.addDays(5), QTime(12, 0));
    QVERIFY(!RequestWorkflow::walk(future, toHeld, {}, readyContext(), &refused).ok());
    QCOMPARE(refused, RequestStatus::Held);

    // A cancellation needs its reason and keeps it trimmed; no steps change nothing.
    Request cancelled = readyRequest(RequestStatus::New);
    QCOMPARE(RequestWorkflow::walk(cancelled, { RequestStatus::Cancelled }, QStringLiteral("  "), readyContext())
                 .error()
                 .code,
             Error::Code::InvalidInput);
    QVERIFY(RequestWorkflow::walk(cancelled, { RequestStatus::Tagged, RequestStatus::Cancelled },
                                  QStringLiteral(" Postponed. "), readyContext())
                .ok());
    QCOMPARE(cancelled.status, RequestStatus::Cancelled);
    QCOMPARE(cancelled.cancelReason, QStringLiteral("Postponed."));
    QVERIFY(RequestWorkflow::walk(cancelled, {}, {}, readyContext()).ok());
    QCOMPARE(cancelled.status, RequestStatus::Cancelled);
}

void TestRequestWorkflow::meetingStartPrefersChosenTime()
{
    Request r;
    QVERIFY(!RequestWorkflow::meetingStart(r).isValid());
    const QDateTime early(QDate(2026, 4, 1), QTime(9, 0));
    const QDateTime late(QDate(2026, 4, 8), QTime(9, 0));
    r.dateOptions = { { 0, late, {}, false }, { 0, early, {}, false } };
    QCOMPARE(RequestWorkflow::meetingStart(r), early);
    r.dateOptions[0].chosen = true;
    QCOMPARE(RequestWorkflow::meetingStart(r), late);
}

void TestRequestWorkflow::statusNamesAreDistinctAndTranslatable()
{
    QSet<QString> names;
    for (RequestStatus s : kAll) {
        const QString name = RequestWorkflow::statusName(s);
        QVERIFY(!name.isEmpty());
        names.insert(name);
    }
    QCOMPARE(names.size(), kAll.size());
    QCOMPARE(RequestWorkflow::statusName(RequestStatus::Inviting), QStringLiteral("Inviting"));
}

void TestRequestWorkflow::statusCodesRoundTrip()
{
    for (const auto &entry : kRequestStatusCodes)
        QCOMPARE(requestStatusFromCode(toCode(entry.first)), std::optional<RequestStatus>(entry.first));
    QCOMPARE(requestStatusFromCode(QStringLiteral("Inviting")), std::nullopt);
}

QTEST_GUILESS_MAIN(TestRequestWorkflow)
#include "tst_request_workflow.moc"
