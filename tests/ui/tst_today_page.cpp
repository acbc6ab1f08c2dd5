// The Today page on demo data: each count shown agrees with the database (counted here from the rows themselves,
// not through TodayAgenda), every line is a named button that Enter, Space or a click activates, and activating it
// hands on the list behind it. The group meeting rhythm editor saves what it shows and refuses a stale save.
#include "TestDatabase.h"
#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "office/OfficeService.h"
#include "requests/RequestInboxQuery.h"
#include "settings/Settings.h"
#include "storage/SqlQuery.h"
#include "today/GroupMeetingRhythmEditor.h"
#include "today/GroupMeetingRhythmRepository.h"
#include "today/TodayLine.h"
#include "today/TodayPage.h"

#include <QAccessible>
#include <QDateEdit>
#include <QHash>
#include <QSet>
#include <QSignalSpy>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>

using namespace Kohtaamo;
using Line = TodayPage::Line;

namespace {
const QDate kToday(2025, 9, 17);
} // namespace

class TestTodayPage : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void eachShownCountAgreesWithTheDatabase();
    void linesAreNamedButtons();
    void activatingALineHandsOnItsList();
    void theRhythmEditorSavesAndTheMeetingMoves();
    void theRhythmEditorRefusesAStaleSave();
    void theRhythmEditorShowsAnotherCoordinatorsRhythm();

private:
    QHash<Line, int> countedFromRows();
    int rows(const QString &sql, const std::function<bool(const SqlQuery &)> &keep);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<TodayPage> m_page;
};

void TestTodayPage::init()
{
    m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(9, 0)));
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<Test::TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_db = m_testDb->openOrFail();
    QVERIFY(m_db);
    DemoGenerator::Options options;
    options.workers = 200;
    options.requests = 400;
    options.seed = 1;
    options.today = kToday;
    auto generated = DemoGenerator(*m_db).generate(options);
    QVERIFY2(generated.ok(), qPrintable(generated.error().message));
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
    m_page = std::make_unique<TodayPage>(*m_settings);
    m_page->resize(1000, 900);
    m_office = std::make_unique<OfficeService>(*m_db);
    m_page->setOffice(m_office.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
    QVERIFY2(m_page->errorText().isEmpty(), qPrintable(m_page->errorText()));
}

void TestTodayPage::cleanup()
{
    m_page.reset();
    m_settings.reset();
    m_dir.reset();
    m_office.reset();
    m_db.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

int TestTodayPage::rows(const QString &sql, const std::function<bool(const SqlQuery &)> &keep)
{
    SqlQuery q(*m_db, sql);
    if (!q.exec().ok())
        return -1;
    int n = 0;
    while (q.next())
        n += keep(q) ? 1 : 0;
    return n;
}

// The expected counts, worked out row by row in C++ from plain SELECTs.
QHash<Line, int> TestTodayPage::countedFromRows()
{
    QHash<Line, int> expected;
    const QSet<QString> open { QStringLiteral("new"), QStringLiteral("tagged"), QStringLiteral("inviting"),
                               QStringLiteral("confirmed") };
    const auto day = [](const QVariant &v) { return SqlQuery::toDateTime(v).date(); };
    expected[Line::UntaggedRequests] = rows(QStringLiteral("SELECT status FROM requests"), [](const SqlQuery &q) {
        return q.value(0).toString() == QLatin1String("new");
    });
    expected[Line::StaleInvitations]
        = rows(QStringLiteral("SELECT i.response, i.sent_at, r.status FROM invitations i JOIN requests r "
                              "ON r.id = i.request_id"),
               [&](const SqlQuery &q) {
                   return q.value(0).toString() == QLatin1String("pending") && !q.value(1).isNull()
                       && day(q.value(1)).daysTo(kToday) > 7 && open.contains(q.value(2).toString());
               });
    expected[Line::UpcomingEngagements]
        = rows(QStringLiteral("SELECT e.attendance, e.starts_at, r.status FROM engagements e JOIN requests r "
                              "ON r.id = e.request_id"),
               [&](const SqlQuery &q) {
                   const QDate d = day(q.value(1));
                   return q.value(0).toString() == QLatin1String("planned") && d >= kToday && d < kToday.addDays(14)
                       && q.value(2).toString() != QLatin1String("cancelled");
               });
    expected[Line::MissingDebriefs]
        = rows(QStringLiteral("SELECT attendance, debrief_done FROM engagements"), [](const SqlQuery &q) {
              return q.value(0).toString() == QLatin1String("attended") && !q.value(1).toBool();
          });
    expected[Line::UnpaidFees] = rows(QStringLiteral("SELECT payment_state FROM engagements"), [](const SqlQuery &q) {
        return q.value(0).toString() == QLatin1String("unpaid");
    });

    // Consents: the worker's contact consents, one by one.
    QHash<qint64, QString> status;
    rows(QStringLiteral("SELECT id, status, max_engagements_per_month FROM workers"), [&](const SqlQuery &q) {
        status.insert(q.value(0).toLongLong(), q.value(1).toString());
        return true;
    });
    struct C
    {
        qint64 id;
        QDate given, expires, withdrawn;
    };
    QHash<qint64, QVector<C>> contact;
    rows(QStringLiteral(
             "SELECT worker_id, id, given_on, expires_on, withdrawn_on FROM consents WHERE scope = 'contact'"),
         [&](const SqlQuery &q) {
             contact[q.value(0).toLongLong()].append({ q.value(1).toLongLong(), SqlQuery::toDate(q.value(2)),
                                                       SqlQuery::toDate(q.value(3)), SqlQuery::toDate(q.value(4)) });
             return true;
         });
    int expiring = 0;
    for (auto it = contact.cbegin(); it != contact.cend(); ++it) {
        if (status.value(it.key()) == QLatin1String("left"))
            continue;
        bool soon = false;
        for (const C &c : *it) {
            if (!c.expires.isValid() || c.given > kToday || c.expires < kToday || c.expires > kToday.addDays(30)
                || (c.withdrawn.isValid() && c.withdrawn <= kToday))
                continue;
            bool renewed = false;
            for (const C &n : *it)
                renewed |= n.id != c.id && (!n.withdrawn.isValid() || n.withdrawn > kToday)
                    && (!n.expires.isValid() || n.expires > c.expires);
            soon |= !renewed;
        }
        expiring += soon ? 1 : 0;
    }
    expected[Line::ExpiringConsents] = expiring;

    QSet<qint64> resting;
    rows(QStringLiteral("SELECT worker_id, kind, starts, ends FROM worker_unavailability"), [&](const SqlQuery &q) {
        const qint64 w = q.value(0).toLongLong();
        if (q.value(1).toString() == QLatin1String("recovery_break") && SqlQuery::toDate(q.value(2)) <= kToday
            && SqlQuery::toDate(q.value(3)) >= kToday && status.value(w) != QLatin1String("left"))
            resting.insert(w);
        return true;
    });
    QHash<qint64, int> limit;
    rows(QStringLiteral("SELECT id, max_engagements_per_month FROM workers"), [&](const SqlQuery &q) {
        limit.insert(q.value(0).toLongLong(), q.value(1).toInt());
        return true;
    });
    QHash<qint64, int> inMonth;
    rows(QStringLiteral("SELECT worker_id, attendance, starts_at FROM engagements"), [&](const SqlQuery &q) {
        const QDate d = day(q.value(2));
        if (q.value(1).toString() != QLatin1String("cancelled") && d.year() == kToday.year()
            && d.month() == kToday.month())
            ++inMonth[q.value(0).toLongLong()];
        return true;
    });
    for (auto it = inMonth.cbegin(); it != inMonth.cend(); ++it) {
        if (limit.value(it.key()) > 0 && *it >= limit.value(it.key())
            && status.value(it.key()) != QLatin1String("left"))
            resting.insert(it.key());
    }
    expected[Line::RestingWorkers] = int(resting.size());

    const GroupMeetingRhythm rhythm = *GroupMeetingRhythmRepository(*m_db).load();
    const QDate since = rhythm.previousBefore(rhythm.nextOnOrAfter(kToday));
    expected[Line::GroupMeeting]
        = rows(QStringLiteral("SELECT status, received_on FROM requests"), [&](const SqlQuery &q) {
              const QString s = q.value(0).toString();
              return (s == QLatin1String("new") || s == QLatin1String("tagged") || s == QLatin1String("inviting"))
                  && SqlQuery::toDate(q.value(1)) >= since;
          });
    for (const auto &[line, state] : { std::pair(Line::FailedMessages, QLatin1String("failed")),
                                       std::pair(Line::DraftMessages, QLatin1String("draft")) })
        expected[line] = rows(QStringLiteral("SELECT state FROM outbox_messages"),
                              [state = state](const SqlQuery &q) { return q.value(0).toString() == state; });
    return expected;
}

void TestTodayPage::eachShownCountAgreesWithTheDatabase()
{
    QVERIFY(!m_page->showsGettingStarted());
    const QHash<Line, int> expected = countedFromRows();
    const QLocale locale;
    for (Line line : TodayPage::allLines()) {
        TodayLine *widget = m_page->line(line);
        QVERIFY2(widget && widget->isVisible(), qPrintable(TodayPage::lineKey(line)));
        QCOMPARE(widget->count(), expected.value(line, -1));
        QCOMPARE(widget->countText(), locale.toString(expected.value(line)));
        QVERIFY2(widget->sentence().contains(locale.toString(expected.value(line))), qPrintable(widget->sentence()));
    }
    // The demo office has work on most lines, so the comparison above is not all zeros.
    for (Line line : { Line::UntaggedRequests, Line::MissingDebriefs, Line::UnpaidFees, Line::ExpiringConsents,
                       Line::RestingWorkers, Line::GroupMeeting })
        QVERIFY2(expected.value(line) > 0, qPrintable(TodayPage::lineKey(line)));
    QVERIFY(m_page->agenda().nextMeeting.isValid());
    QVERIFY(m_page->line(Line::GroupMeeting)
                ->detail()
                .contains(QLocale().toString(m_page->agenda().nextMeeting, QLocale::LongFormat)));
}

void TestTodayPage::linesAreNamedButtons()
{
    for (Line line : TodayPage::allLines()) {
        TodayLine *widget = m_page->line(line);
        QAccessibleInterface *a = QAccessible::queryAccessibleInterface(widget);
        QVERIFY(a);
        QCOMPARE(a->role(), QAccessible::Button);
        const QString name = a->text(QAccessible::Name);
        QVERIFY2(name.startsWith(widget->countText() + QLatin1Char(' ')), qPrintable(name));
        QVERIFY(!a->text(QAccessible::Description).isEmpty());
        QVERIFY(widget->focusPolicy() & Qt::TabFocus);
    }
    QVERIFY(m_page->line(Line::UntaggedRequests)->sentence().endsWith(QLatin1String("requests not yet tagged")));
}

void TestTodayPage::activatingALineHandsOnItsList()
{
    QSignalSpy filters(m_page.get(), &TodayPage::requestListRequested);
    QSignalSpy requests(m_page.get(), &TodayPage::requestsRequested);
    QSignalSpy workers(m_page.get(), &TodayPage::workerListRequested);
    const TodayAgenda::Agenda &agenda = m_page->agenda();
    RequestInboxQuery inbox(*m_db);

    // Enter on "not yet tagged": the New requests, as a filter the Requests page shows.
    TodayLine *untagged = m_page->line(Line::UntaggedRequests);
    untagged->setFocus();
    QTest::keyClick(untagged, Qt::Key_Return);
    QCOMPARE(filters.count(), 1);
    const auto filter = filters.takeFirst().at(0).value<RequestInboxFilter>();
    QCOMPARE(filter.statuses, QVector<RequestStatus> { RequestStatus::New });
    QCOMPARE(*inbox.count(filter), untagged->count());

    // Space on the resting workers: their ids.
    TodayLine *resting = m_page->line(Line::RestingWorkers);
    resting->setFocus();
    QTest::keyClick(resting, Qt::Key_Space);
    QCOMPARE(workers.count(), 1);
    const auto workerIds = workers.takeFirst().at(0).value<QVector<qint64>>();
    QCOMPARE(workerIds, agenda.restingWorkers.workerIds);
    QCOMPARE(int(workerIds.size()), resting->count());

    // Enter on the fees: the requests with unpaid fees.
    TodayLine *fees = m_page->line(Line::UnpaidFees);
    fees->setFocus();
    QTest::keyClick(fees, Qt::Key_Enter, Qt::NoModifier);
    QCOMPARE(requests.count(), 1);
    const QList<QVariant> args = requests.takeFirst();
    QCOMPARE(args.at(0).value<QVector<qint64>>(), agenda.unpaidFees.requestIds);
    QVERIFY(!args.at(1).toString().isEmpty());

    // A click on the group meeting: the requests to bring, received since the meeting before.
    QTest::mouseClick(m_page->line(Line::GroupMeeting), Qt::LeftButton);
    QCOMPARE(filters.count(), 1);
    const auto meeting = filters.takeFirst().at(0).value<RequestInboxFilter>();
    QCOMPARE(meeting.statuses, TodayAgenda::meetingStatuses());
    QCOMPARE(meeting.receivedFrom, agenda.bringSince);
    QCOMPARE(*inbox.count(meeting), m_page->line(Line::GroupMeeting)->count());

    // The consents line gives workers; the debrief line requests.
    m_page->openLine(Line::ExpiringConsents);
    QCOMPARE(workers.count(), 1);
    QCOMPARE(workers.takeFirst().at(0).value<QVector<qint64>>(), agenda.expiringConsents.workerIds);
    m_page->openLine(Line::MissingDebriefs);
    QCOMPARE(requests.count(), 1);
    QCOMPARE(requests.takeFirst().at(0).value<QVector<qint64>>(), agenda.missingDebriefs.requestIds);
}

void TestTodayPage::theRhythmEditorSavesAndTheMeetingMoves()
{
    OfficeService office(*m_db);
    QVERIFY(office.actAs(QStringLiteral("tester")));
    GroupMeetingRhythmEditor editor;
    editor.setOffice(&office);
    editor.findChild<QDateEdit *>(QStringLiteral("firstMeeting"))->setDate(QDate(2025, 9, 1));
    editor.findChild<QSpinBox *>(QStringLiteral("intervalDays"))->setValue(21);
    QSignalSpy saved(&editor, &GroupMeetingRhythmEditor::saved);
    QVERIFY2(editor.save(), qPrintable(editor.errorText()));
    QCOMPARE(saved.count(), 1);
    m_page->refresh();
    QCOMPARE(m_page->agenda().nextMeeting, QDate(2025, 9, 22));
    QCOMPARE(m_page->agenda().bringSince, QDate(2025, 9, 1));
    QCOMPARE(m_page->line(Line::GroupMeeting)->count(), countedFromRows().value(Line::GroupMeeting));
}

void TestTodayPage::theRhythmEditorRefusesAStaleSave()
{
    OfficeService office(*m_db);
    QVERIFY(office.actAs(QStringLiteral("tester")));
    GroupMeetingRhythmEditor editor;
    editor.setOffice(&office);
    // Another coordinator saves first.
    auto other = m_testDb->openOrFail();
    GroupMeetingRhythm theirs = *GroupMeetingRhythmRepository(*other).load();
    theirs.intervalDays = 14;
    QVERIFY(GroupMeetingRhythmRepository(*other).save(theirs).ok());

    editor.findChild<QSpinBox *>(QStringLiteral("intervalDays"))->setValue(35);
    QVERIFY(!editor.save());
    QVERIFY(editor.errorText().contains(QLatin1String("someone else")));
    QCOMPARE(GroupMeetingRhythmRepository(*m_db).load()->intervalDays, 14);
}

void TestTodayPage::theRhythmEditorShowsAnotherCoordinatorsRhythm()
{
    OfficeService office(*m_db);
    QVERIFY(office.actAs(QStringLiteral("tester")));
    GroupMeetingRhythmEditor editor;
    editor.setOffice(&office);
    auto *interval = editor.findChild<QSpinBox *>(QStringLiteral("intervalDays"));
    auto other = m_testDb->openOrFail();
    GroupMeetingRhythm theirs = *GroupMeetingRhythmRepository(*other).load();
    theirs.intervalDays = 14;
    QVERIFY(GroupMeetingRhythmRepository(*other).save(theirs).ok());
    OfficeChange change;
    change.add(OfficeChange::Kind::Settings, OfficeService::kGroupMeetingRhythmRecord);
    change.external = true;
    office.announce(change);
    QCOMPARE(interval->value(), 14);

    // While it is being edited, the edit stays.
    interval->setValue(35);
    theirs = *GroupMeetingRhythmRepository(*other).load();
    theirs.intervalDays = 21;
    QVERIFY(GroupMeetingRhythmRepository(*other).save(theirs).ok());
    office.announce(change);
    QCOMPARE(interval->value(), 35);
    QVERIFY(!editor.save());
}

QTEST_MAIN(TestTodayPage)
#include "tst_today_page.moc"
