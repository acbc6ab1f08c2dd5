// The whole life of a request, as a coordinator goes through it in the main window with real widgets and no
// shortcuts through the core: create a request, tag it, rank, invite two workers, record one acceptance and one
// decline, confirm, mark it held, record the outcome and the debrief, close it — then check that the database holds
// exactly that, read through a connection of its own.
#include "ModalDriver.h"
#include "RequestEditorTesting.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "main/AppInfo.h"
#include "main/MainWindow.h"
#include "office/OfficeService.h"
#include "outcomes/EngagementTableModel.h"
#include "outcomes/EngagementTableView.h"
#include "outcomes/KnowledgeEntryEditor.h"
#include "outcomes/KnowledgeEntryListModel.h"
#include "outcomes/KnowledgePage.h"
#include "outcomes/MeetingOutcomeDialog.h"
#include "outcomes/OutcomeSummaryPage.h"
#include "outcomes/ParticipationPage.h"
#include "repositories/AuditRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/OutcomeRepository.h"
#include "repositories/RequestRepository.h"
#include "requests/CandidateListModel.h"
#include "requests/CandidatesPanel.h"
#include "requests/InvitationListModel.h"
#include "requests/InvitationsPanel.h"
#include "requests/RequestDetailView.h"
#include "requests/RequestEditorDialog.h"
#include "requests/RequestInboxView.h"
#include "requests/RequestsPage.h"
#include "requests/TopicTreeModel.h"
#include "settings/Settings.h"
#include "storage/SqlQuery.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QInputDialog>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QStyle>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

using namespace Kohtaamo;
using Kohtaamo::EditorTest::clickCheckBox;
using Kohtaamo::Test::whenModal;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(9, 0));
const QDateTime kMeeting(QDate(2026, 3, 31), QTime(13, 0));

template <typename W> W *child(QWidget *parent, const char *name)
{
    auto *w = parent->findChild<W *>(QLatin1String(name));
    if (!w)
        qWarning("no widget named %s", name);
    return w;
}

// Opens the cell's editor the way F2 does.
template <typename Editor> Editor *openCellEditor(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    return qobject_cast<Editor *>(view->indexWidget(index));
}

} // namespace

class TestRequestLifecycle : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void fromNewRequestToClosed();

private:
    void createRequest(const QString &topicName);
    void inviteTwoAndAnswer();
    void recordOutcome();
    QPushButton *step(RequestStatus to) const { return m_page->detail()->stepButton(to); }

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    RequestsPage *m_page = nullptr;
    Translations m_translations;
    qint64 m_topicId = 0;
    qint64 m_accepted = 0;
    qint64 m_declined = 0;
};

void TestRequestLifecycle::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::apply();
    m_translations.install(QStringLiteral("en"));
}

void TestRequestLifecycle::init()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<Test::TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    db->setActor(QStringLiteral("anna.koordinaattori"));
    DemoGenerator::Options options;
    options.workers = 60;
    options.requests = 6;
    options.seed = 11;
    options.today = kNow.date();
    auto generated = DemoGenerator(*db).generate(options);
    QVERIFY2(generated.ok(), qPrintable(generated.error().message));

    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kohtaamo.ini")));
    m_window = std::make_unique<MainWindow>(std::make_unique<OfficeService>(std::move(db)), *m_settings);
    m_window->resize(1280, 800);
    m_window->showPage(Page::Requests);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    m_window->readRankingAhead(); // as kohtaamo does once its window is shown
    m_page = qobject_cast<RequestsPage *>(m_window->pageWidget(Page::Requests));
    QVERIFY(m_page);
}

void TestRequestLifecycle::cleanup()
{
    m_page = nullptr;
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

// The topic most active workers have experience of, so that the request has candidates whatever the demo drew.
static std::pair<qint64, QString> commonTopic(Database &db)
{
    SqlQuery q(db,
               QStringLiteral("SELECT t.id, t.name_en FROM worker_experiences e JOIN topics t ON t.id = e.topic_id "
                              "JOIN workers w ON w.id = e.worker_id WHERE w.status = 'active' "
                              "GROUP BY t.id, t.name_en ORDER BY COUNT(DISTINCT e.worker_id) DESC, t.id LIMIT 1"));
    if (!q.exec() || !q.next())
        return { 0, {} };
    return { q.value(0).toLongLong(), q.value(1).toString() };
}

void TestRequestLifecycle::createRequest(const QString &topicName)
{
    auto filled = whenModal<RequestEditorDialog>([topicName](RequestEditorDialog *dialog) {
        auto *tabs = child<QTabWidget>(dialog, "tabs");
        QVERIFY(tabs);
        QTest::keyClicks(child<QLineEdit>(dialog, "requesterName"), QStringLiteral("Sari Virtanen"));
        QTest::keyClicks(child<QLineEdit>(dialog, "requesterUnit"), QStringLiteral("Child protection, City of Turku"));
        QTest::keyClicks(child<QLineEdit>(dialog, "requesterEmail"), QStringLiteral("sari.virtanen@turku.fi"));
        QTest::keyClicks(child<QLineEdit>(dialog, "title"), QStringLiteral("Work group on emergency placement"));
        auto *serviceType = child<QComboBox>(dialog, "serviceType");
        QVERIFY(serviceType);
        serviceType->setCurrentIndex(serviceType->findData(QStringLiteral("work_group")));
        QVERIFY(serviceType->currentIndex() >= 0);

        tabs->setCurrentIndex(1); // topics: type ahead, Enter chooses (the first one is primary)
        auto *filter = child<QLineEdit>(dialog, "topicFilter");
        QVERIFY(filter);
        QTest::keyClicks(filter, topicName);
        QTest::keyClick(filter, Qt::Key_Return);
        QVERIFY(dialog->isVisible());

        tabs->setCurrentIndex(2); // when and where: one chosen time, online
        QTest::mouseClick(child<QPushButton>(dialog, "addTime"), Qt::LeftButton);
        child<QDateTimeEdit>(dialog, "starts")->setDateTime(kMeeting);
        child<QTimeEdit>(dialog, "ends")->setTime(QTime(15, 0));
        clickCheckBox(child<QCheckBox>(dialog, "chosen"));
        clickCheckBox(child<QCheckBox>(dialog, "remote"));

        tabs->setCurrentIndex(3); // terms
        child<QSpinBox>(dialog, "workersNeeded")->setValue(1);
        QTest::keyClicks(child<QLineEdit>(dialog, "fee"), QStringLiteral("80"));

        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), "the editor refused to save");
    });
    // Ctrl+N on the page opens the editor.
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page->inbox()->tableView()->setFocus();
    QTest::keyClick(m_page->inbox()->tableView(), Qt::Key_N, Qt::ControlModifier);
    QVERIFY(filled->seen);
}

void TestRequestLifecycle::inviteTwoAndAnswer()
{
    RequestDetailView *detail = m_page->detail();
    detail->tabs()->setCurrentWidget(detail->candidates());
    auto *view = detail->candidates()->findChild<QTableView *>(QStringLiteral("candidateView"));
    QVERIFY(view);
    QAbstractItemModelTester tester(view->model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY2(view->model()->rowCount() >= 2, "fewer than two candidates");
    CandidateListModel *candidates = detail->candidates()->candidateModel();
    m_accepted = candidates->candidateAt(0)->workerId;
    m_declined = candidates->candidateAt(1)->workerId;
    for (int row : { 0, 1 })
        QVERIFY(view->model()->setData(view->model()->index(row, CandidateListModel::Invite), Qt::Checked,
                                       Qt::CheckStateRole));
    QTest::mouseClick(detail->candidates()->findChild<QPushButton *>(QStringLiteral("inviteButton")), Qt::LeftButton);
    QCOMPARE(detail->request().status, RequestStatus::Inviting);

    InvitationsPanel *answers = detail->invitations();
    InvitationListModel *invitations = answers->model();
    QCOMPARE(invitations->rowCount(), 2);
    const auto rowOf = [invitations](qint64 workerId) {
        for (int r = 0; r < invitations->rowCount(); ++r) {
            if (invitations->invitationAt(r)->workerId == workerId)
                return r;
        }
        return -1;
    };
    answers->view()->setCurrentIndex(invitations->index(rowOf(m_accepted), 0));
    QTest::mouseClick(answers->findChild<QPushButton *>(QStringLiteral("recordAccepted")), Qt::LeftButton);
    answers->view()->setCurrentIndex(invitations->index(rowOf(m_declined), 0));
    auto asked = whenModal<QInputDialog>([](QInputDialog *input) {
        input->setTextValue(QStringLiteral("Not this spring"));
        input->accept();
    });
    QTest::mouseClick(answers->findChild<QPushButton *>(QStringLiteral("recordDeclined")), Qt::LeftButton);
    QVERIFY2(asked->seen, "declining did not ask for the reason");
    QCOMPARE(invitations->count(InvitationResponse::Accepted), 1);
    QCOMPARE(invitations->count(InvitationResponse::Declined), 1);
}

void TestRequestLifecycle::recordOutcome()
{
    auto recorded = whenModal<MeetingOutcomeDialog>([topicId = m_topicId](MeetingOutcomeDialog *dialog) {
        QVERIFY(dialog->isLoaded());
        QTableView *view = dialog->participationPage()->view();
        QCOMPARE(dialog->participationPage()->model()->rowCount(), 1);
        auto *attendance = openCellEditor<QComboBox>(view, 0, EngagementTableModel::AttendanceColumn);
        QVERIFY(attendance);
        attendance->setCurrentIndex(attendance->findData(int(Attendance::Attended)));
        QTest::keyClick(attendance, Qt::Key_Return);
        auto *hours = openCellEditor<QDoubleSpinBox>(view, 0, EngagementTableModel::HoursColumn);
        QVERIFY(hours);
        hours->selectAll();
        QTest::keyClicks(hours, QStringLiteral("2.5"));
        QTest::keyClick(hours, Qt::Key_Return);
        view->setFocus();
        view->setCurrentIndex(view->model()->index(0, EngagementTableModel::DebriefColumn));
        QTest::keyClick(view, Qt::Key_Space); // debrief done, today
        auto *by = openCellEditor<QLineEdit>(view, 0, EngagementTableModel::DebriefedByColumn);
        QVERIFY(by);
        QTest::keyClicks(by, QStringLiteral("Maija"));
        QTest::keyClick(by, Qt::Key_Return);

        dialog->showTab(MeetingOutcomeDialog::Tab::Summary);
        QTest::keyClicks(dialog->summaryPage()->summaryEdit(), QStringLiteral("Placement day from the child's side."));
        QTest::keyClicks(dialog->summaryPage()->feedbackEdit(), QStringLiteral("Useful for the new guideline."));

        dialog->showTab(MeetingOutcomeDialog::Tab::Knowledge);
        QTest::mouseClick(dialog->knowledgePage()->addButton(), Qt::LeftButton);
        KnowledgeEntryEditor *editor = dialog->knowledgePage()->openEditor();
        QVERIFY(editor);
        QTest::keyClicks(editor->findChild<QPlainTextEdit *>(QStringLiteral("knowledgeText")),
                         QStringLiteral("Nobody told the child where she was going."));
        auto *phase = editor->findChild<QComboBox *>(QStringLiteral("knowledgePhase"));
        phase->setCurrentIndex(phase->findData(int(LifeCoursePhase::SchoolAge)));
        auto *critical = editor->findChild<QCheckBox *>(QStringLiteral("knowledgeCriticalPoint"));
        critical->setFocus();
        QTest::keyClick(critical, Qt::Key_Space);
        // Knowledge is grouped by topic: tag it with the request's topic (Space checks it).
        auto *tree = editor->findChild<QTreeView *>(QStringLiteral("knowledgeTopics"));
        QVERIFY(tree);
        const QModelIndexList topic = tree->model()->match(tree->model()->index(0, 0), TopicTreeModel::TopicIdRole,
                                                           topicId, 1, Qt::MatchRecursive | Qt::MatchExactly);
        QVERIFY(!topic.isEmpty());
        tree->setFocus();
        tree->setCurrentIndex(topic.first());
        QTest::keyClick(tree, Qt::Key_Space);
        QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
        QTRY_VERIFY(!dialog->knowledgePage()->openEditor());
        QCOMPARE(dialog->knowledgePage()->model()->rowCount(), 1);

        QTest::mouseClick(dialog->buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
        QVERIFY2(!dialog->isVisible(), "the outcome was not saved");
    });
    auto *button = m_page->detail()->findChild<QPushButton *>(QStringLiteral("recordOutcome"));
    QVERIFY(button && button->isEnabled());
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(recorded->seen);
}

void TestRequestLifecycle::fromNewRequestToClosed()
{
    const auto [topicId, topicName] = commonTopic(m_window->office().database());
    QVERIFY(topicId != 0);
    m_topicId = topicId;
    const int requestsBefore = m_page->inbox()->requestCount();

    // 1. A new request, tagged in the editor: saved, it is Tagged and chosen in the inbox.
    createRequest(topicName);
    if (QTest::currentTestFailed())
        return;
    QCOMPARE(m_page->inbox()->requestCount(), requestsBefore + 1);
    const qint64 id = m_page->inbox()->currentRequestId();
    QVERIFY(id != 0);
    QCOMPARE(m_page->detail()->request().id, id);
    QCOMPARE(m_page->detail()->request().status, RequestStatus::Tagged);

    // 2. Rank (the snapshot read ahead since the window was shown, the new request taken in), invite two, one accepts
    // and one declines.
    inviteTwoAndAnswer();
    QCOMPARE(m_window->office().matching().loadsAhead(), 1);
    if (QTest::currentTestFailed())
        return;

    // 3. Confirm: the one who accepted is engaged.
    QPushButton *confirm = step(RequestStatus::Confirmed);
    QVERIFY(confirm && confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(m_page->detail()->request().status, RequestStatus::Confirmed);

    // 4. The day comes: after the meeting, the request is marked held (F5 reads it again on the new day).
    m_clock->set(QDateTime(kMeeting.date(), QTime(16, 0)));
    m_window->activateWindow(); // shortcuts work in the active window; the dialogs took that away
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QSignalSpy refreshed(m_page->refreshAction(), &QAction::triggered);
    m_page->inbox()->tableView()->setFocus();
    QTest::keyClick(m_page->inbox()->tableView(), Qt::Key_F5);
    QCOMPARE(refreshed.count(), 1);
    QPushButton *held = step(RequestStatus::Held);
    QVERIFY(held);
    QVERIFY2(held->isEnabled(), qPrintable(held->toolTip()));
    QTest::mouseClick(held, Qt::LeftButton);
    QCOMPARE(m_page->detail()->request().status, RequestStatus::Held);

    // 5. The outcome: attendance, hours, debrief, summary, feedback, knowledge.
    recordOutcome();
    if (QTest::currentTestFailed())
        return;

    // 6. Closed.
    QPushButton *close = step(RequestStatus::Closed);
    QVERIFY(close);
    QVERIFY2(close->isEnabled(), qPrintable(close->toolTip()));
    QTest::mouseClick(close, Qt::LeftButton);
    QCOMPARE(m_page->detail()->request().status, RequestStatus::Closed);

    // What is stored, read through another connection.
    auto other = m_testDb->openOrFail();
    QVERIFY(other);
    auto request = RequestRepository(*other).get(id);
    QVERIFY(request.ok());
    QCOMPARE(request->status, RequestStatus::Closed);
    QCOMPARE(request->title, QStringLiteral("Work group on emergency placement"));
    QCOMPARE(request->requesterName, QStringLiteral("Sari Virtanen"));
    QCOMPARE(request->requesterEmail, QStringLiteral("sari.virtanen@turku.fi"));
    QCOMPARE(request->serviceType, QStringLiteral("work_group"));
    QCOMPARE(request->receivedOn, kNow.date());
    QVERIFY(request->remote);
    QCOMPARE(request->workersNeeded, 1);
    QCOMPARE(request->feeCents, std::optional<qint64>(8000));
    QCOMPARE(request->topics.size(), 1);
    QCOMPARE(request->topics.first().topicId, m_topicId);
    QCOMPARE(request->topics.first().weight, TopicWeight::Primary);
    QCOMPARE(request->dateOptions.size(), 1);
    QCOMPARE(request->dateOptions.first().starts, kMeeting);
    QVERIFY(request->dateOptions.first().chosen);

    auto history = RequestRepository(*other).statusHistory(id);
    QVERIFY(history.ok());
    QVector<RequestStatus> path;
    for (const RequestStatusChange &change : *history)
        path << change.to;
    QCOMPARE(path,
             (QVector<RequestStatus> { RequestStatus::New, RequestStatus::Tagged, RequestStatus::Inviting,
                                       RequestStatus::Confirmed, RequestStatus::Held, RequestStatus::Closed }));

    auto invitations = InvitationRepository(*other).listForRequest(id);
    QVERIFY(invitations.ok());
    QCOMPARE(invitations->size(), 2);
    for (const Invitation &inv : *invitations) {
        if (inv.workerId == m_accepted) {
            QCOMPARE(inv.response, InvitationResponse::Accepted);
        } else {
            QCOMPARE(inv.workerId, m_declined);
            QCOMPARE(inv.response, InvitationResponse::Declined);
            QCOMPARE(inv.declineReason, QStringLiteral("Not this spring"));
        }
    }

    auto engagements = EngagementRepository(*other).listForRequest(id);
    QVERIFY(engagements.ok());
    QCOMPARE(engagements->size(), 1);
    const Engagement &e = engagements->first();
    QCOMPARE(e.workerId, m_accepted);
    QCOMPARE(e.attendance, Attendance::Attended);
    QCOMPARE(e.hours, 2.5);
    QVERIFY(e.debriefDone);
    QCOMPARE(e.debriefOn, kMeeting.date());
    QCOMPARE(e.debriefBy, QStringLiteral("Maija"));

    OutcomeRepository outcomes(*other);
    auto outcome = outcomes.outcomeForRequest(id);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->summary, QStringLiteral("Placement day from the child's side."));
    QCOMPARE(outcome->requesterFeedback, QStringLiteral("Useful for the new guideline."));
    auto knowledge = outcomes.listKnowledge(id);
    QVERIFY(knowledge.ok());
    QCOMPARE(knowledge->size(), 1);
    QCOMPARE(knowledge->first().text, QStringLiteral("Nobody told the child where she was going."));
    QCOMPARE(knowledge->first().phase, LifeCoursePhase::SchoolAge);
    QVERIFY(knowledge->first().criticalPoint);

    // Nothing else was created: one more request than the demo made, and every change is in the audit log by the
    // coordinator who made it.
    SqlQuery count(*other, QStringLiteral("SELECT COUNT(*) FROM requests"));
    auto requests = count.scalar();
    QVERIFY(requests.ok());
    QCOMPARE(requests->toInt(), requestsBefore + 1);
    auto audit = AuditRepository(*other).forRecord(QStringLiteral("requests"), id);
    QVERIFY(audit.ok());
    QVERIFY2(audit->size() >= 6, qPrintable(QString::number(audit->size()))); // insert + five status changes
    for (const AuditEntry &entry : *audit)
        QCOMPARE(entry.actor, QStringLiteral("anna.koordinaattori"));
}

QTEST_MAIN(TestRequestLifecycle)
#include "tst_request_lifecycle.moc"
