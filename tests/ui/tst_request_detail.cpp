// The request beside the inbox, on real widgets: the ranking with its reasons, the excluded workers on demand, the
// team suggestion, inviting the ticked workers, recording their answers with the buttons, and the workflow steps
// (only the legal ones, each explained when it cannot be taken yet).
#include "ModalDriver.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "common/ItemRoles.h"
#include "demo/DemoGenerator.h"
#include "matching/MatchTexts.h"
#include "matching/MatchingService.h"
#include "office/OfficeService.h"
#include "repositories/EngagementRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/RequestRepository.h"
#include "requests/CandidateListModel.h"
#include "requests/CandidatesPanel.h"
#include "requests/ExcludedWorkerModel.h"
#include "requests/InvitationListModel.h"
#include "requests/InvitationsPanel.h"
#include "requests/RequestDetailView.h"
#include "requests/RequestWorkflow.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QPushButton>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDate kToday(2026, 11, 2);
}

class TestRequestDetail : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void modelsPassTheModelTester();
    void candidatesAreRankedWithReasons();
    void aTopicWithoutExperienceIsNotAReasonFor();
    void showExcludedListsEveryReason();
    void teamSuggestionForSeveralWorkers();
    void inviteAnswerAndConfirm();
    void onlyLegalStepsAreOffered();
    void cancellingNeedsAReason();
    void lateYesAsksForTeamOrReserve();
    void closingAsksAboutWhatIsMissing();
    void aViewerIsOfferedNoWritingAction();

private:
    Request tagged(int workersNeeded);
    void open(const Request &request);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<MatchingService> m_matching;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<RequestDetailView> m_view;
};

void TestRequestDetail::init()
{
    m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(9, 0)));
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_db = m_testDb->openOrFail();
    QVERIFY(m_db);
    DemoGenerator::Options options;
    options.workers = 80;
    options.requests = 30;
    options.seed = 4;
    options.today = kToday;
    auto generated = DemoGenerator(*m_db).generate(options);
    QVERIFY2(generated.ok(), qPrintable(generated.error().message));
    m_matching = std::make_unique<MatchingService>(*m_db);
    m_view = std::make_unique<RequestDetailView>();
    m_view->resize(1000, 700);
    m_office = std::make_unique<OfficeService>(*m_db);
    QVERIFY(m_office->actAs(QStringLiteral("anna")));
    m_view->setOffice(m_office.get());
    m_view->show();
}

void TestRequestDetail::cleanup()
{
    m_view.reset();
    m_matching.reset();
    m_office.reset();
    m_db.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

// A tagged demo request made remote, in three weeks, with one chosen time, for `workersNeeded` workers: a request
// with candidates that can be confirmed.
Request TestRequestDetail::tagged(int workersNeeded)
{
    auto all = RequestRepository(*m_db).listAll();
    if (!all)
        return {};
    for (Request r : *all) {
        if (r.status != RequestStatus::Tagged)
            continue;
        r.remote = true;
        r.workersNeeded = workersNeeded;
        r.deadline = QDate();
        DateOption option;
        option.starts = QDateTime(kToday.addDays(21), QTime(13, 0));
        option.ends = option.starts.addSecs(7200);
        option.chosen = true;
        r.dateOptions = { option };
        auto saved = RequestRepository(*m_db).save(r);
        if (saved)
            return *saved;
    }
    return {};
}

void TestRequestDetail::open(const Request &request)
{
    m_matching->invalidate();
    m_view->showRequest(request.id);
    m_view->tabs()->setCurrentWidget(m_view->candidates());
}

void TestRequestDetail::modelsPassTheModelTester()
{
    const Request request = tagged(2);
    QVERIFY(request.id != 0);
    CandidatesPanel *panel = m_view->candidates();
    QAbstractItemModelTester candidates(panel->candidateModel(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester excluded(panel->excludedModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester invitations(m_view->invitations()->model(),
                                         QAbstractItemModelTester::FailureReportingMode::QtTest);
    open(request);
    panel->findChild<QCheckBox *>(QStringLiteral("showExcluded"))->setChecked(true);
    QVERIFY(panel->candidateModel()->rowCount() > 0);
    QVERIFY(panel->excludedModel()->rowCount() > 0);
    panel->candidateModel()->setData(panel->candidateModel()->index(0, CandidateListModel::Invite), Qt::Checked,
                                     Qt::CheckStateRole);
    QVERIFY(panel->inviteChecked());
    QCOMPARE(m_view->invitations()->model()->rowCount(), 1);
}

void TestRequestDetail::candidatesAreRankedWithReasons()
{
    const Request request = tagged(1);
    QVERIFY(request.id != 0);
    open(request);
    CandidateListModel *model = m_view->candidates()->candidateModel();
    QVERIFY(model->rowCount() > 0);
    int previous = std::numeric_limits<int>::max();
    for (int row = 0; row < model->rowCount(); ++row) {
        const Candidate *c = model->candidateAt(row);
        QVERIFY(c->score <= previous);
        previous = c->score;
        QCOMPARE(model->index(row, CandidateListModel::Position).data().toString(), QString::number(row + 1));
        // The score bar is relative to the best, the number and every part are there for a screen reader.
        const double fraction = model->index(row, CandidateListModel::Score).data(ItemRoles::FractionRole).toDouble();
        QVERIFY(fraction >= 0.0 && fraction <= 1.0);
        const QString spoken = model->index(row, CandidateListModel::Score).data(Qt::AccessibleTextRole).toString();
        QVERIFY2(spoken.contains(ScorePart::title(ScorePartKind::Experience)), qPrintable(spoken));
        const auto chips = model->index(row, CandidateListModel::Reasons).data(ItemRoles::ChipsRole).value<ChipList>();
        QCOMPARE(chips.size(), CandidateListModel::chipsFor(*c).size());
        QVERIFY2(!chips.isEmpty(), "every candidate comes with its reasons");
    }
    QCOMPARE(model->index(0, CandidateListModel::Score).data(ItemRoles::FractionRole).toDouble(), 1.0);
    const QString summary = m_view->candidates()->summaryText();
    QVERIFY2(summary.contains(QLatin1String("can be asked")), qPrintable(summary));
}

// A request with two topics, the worker experienced in one: the experience part has points, but only the matched
// topic's chip speaks for the candidate; "Rainbow families — no experience" is neutral (issue 19).
void TestRequestDetail::aTopicWithoutExperienceIsNotAReasonFor()
{
    Candidate c;
    c.workerId = 1;
    c.displayName = QStringLiteral("Aino");
    TopicMatch exact;
    exact.requestTopicName = QStringLiteral("Emergency placement");
    exact.level = MatchLevel::Exact;
    exact.experienceTopicName = exact.requestTopicName;
    exact.perspective = Perspective::Parent;
    exact.points = 30;
    TopicMatch none;
    none.requestTopicName = QStringLiteral("Rainbow families");
    c.matches = { exact, none };
    for (int k = 0; k < kScorePartCount; ++k) {
        ScorePart part;
        part.kind = static_cast<ScorePartKind>(k);
        c.parts.append(part);
    }
    c.parts[int(ScorePartKind::Experience)].points = 30;
    c.parts[int(ScorePartKind::Experience)].reasons
        = QStringList { MatchTexts::topicMatch(exact), MatchTexts::topicMatch(none) };
    c.score = 30;
    const ChipList chips = CandidateListModel::chipsFor(c);
    QCOMPARE(chips.size(), 2);
    QCOMPARE(chips.at(0).text, MatchTexts::topicMatch(exact));
    QCOMPARE(chips.at(0).tone, Chip::Tone::Good);
    QCOMPARE(chips.at(1).text, MatchTexts::topicMatch(none));
    QVERIFY2(chips.at(1).tone != Chip::Tone::Good, qPrintable(chipLabel(chips.at(1))));
    QVERIFY(!chipLabel(chips.at(1)).startsWith(QLatin1Char('+')));
    QVERIFY(!chipMeaning(chips.at(1)).startsWith(QLatin1String("speaks for")));

    // On the real Candidates tab: no chip saying "no experience" speaks for anyone.
    const Request request = tagged(1);
    QVERIFY(request.id != 0);
    open(request);
    CandidateListModel *model = m_view->candidates()->candidateModel();
    QVERIFY(model->rowCount() > 0);
    const QString noExperience = MatchTexts::topicMatch(none).remove(none.requestTopicName);
    for (int row = 0; row < model->rowCount(); ++row) {
        const auto shown = model->index(row, CandidateListModel::Reasons).data(ItemRoles::ChipsRole).value<ChipList>();
        for (const Chip &chip : shown) {
            if (chip.text.endsWith(noExperience))
                QVERIFY2(chip.tone != Chip::Tone::Good, qPrintable(chipLabel(chip)));
        }
    }
}

void TestRequestDetail::showExcludedListsEveryReason()
{
    const Request request = tagged(1);
    QVERIFY(request.id != 0);
    open(request);
    auto *toggle = m_view->candidates()->findChild<QCheckBox *>(QStringLiteral("showExcluded"));
    auto *excludedView = m_view->candidates()->findChild<QTableView *>(QStringLiteral("excludedView"));
    QVERIFY(toggle && excludedView);
    QVERIFY(!excludedView->isVisible());
    QCOMPARE(m_view->candidates()->excludedModel()->rowCount(), 0);
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(excludedView->isVisible());
    ExcludedWorkerModel *excluded = m_view->candidates()->excludedModel();
    QCOMPARE(excluded->rowCount(), m_view->candidates()->ranking().excludedCount);
    for (const ExcludedWorker &w : excluded->excluded())
        QVERIFY(!w.exclusions.isEmpty());
    const QModelIndex first = excluded->index(0, ExcludedWorkerModel::Reasons);
    QCOMPARE(first.data(ItemRoles::ChipsRole).value<ChipList>().size(), excluded->excluded().first().exclusions.size());
}

void TestRequestDetail::teamSuggestionForSeveralWorkers()
{
    const Request single = tagged(1);
    open(single);
    auto *box = m_view->candidates()->findChild<QGroupBox *>(QStringLiteral("teamSuggestion"));
    QVERIFY(box);
    QVERIFY(!box->isVisible());

    Request team = single;
    team.workersNeeded = 2;
    auto saved = RequestRepository(*m_db).save(team);
    QVERIFY(saved.ok());
    open(*saved);
    QVERIFY(box->isVisible());
    const QString text = box->findChild<QLabel *>(QStringLiteral("teamText"))->text();
    QVERIFY2(text.contains(QLatin1String("adds")) || text.contains(QLatin1String("fills")), qPrintable(text));
    QTest::mouseClick(box->findChild<QPushButton *>(QStringLiteral("takeTeam")), Qt::LeftButton);
    QCOMPARE(m_view->candidates()->candidateModel()->checkedWorkers().size(), 2);
    auto *invite = m_view->candidates()->findChild<QPushButton *>(QStringLiteral("inviteButton"));
    QVERIFY(invite->isEnabled());
    QVERIFY2(invite->text().contains(QLatin1Char('2')), qPrintable(invite->text()));
}

void TestRequestDetail::inviteAnswerAndConfirm()
{
    const Request request = tagged(1);
    QVERIFY(request.id != 0);
    open(request);
    CandidateListModel *candidates = m_view->candidates()->candidateModel();
    QVERIFY(candidates->rowCount() >= 2);
    const qint64 first = candidates->candidateAt(0)->workerId;
    const qint64 second = candidates->candidateAt(1)->workerId;
    // Confirm is offered only after inviting.
    QVERIFY(!m_view->stepButton(RequestStatus::Confirmed));

    // Tick two workers in the view and press Invite.
    auto *view = m_view->candidates()->findChild<QTableView *>(QStringLiteral("candidateView"));
    for (int row : { 0, 1 })
        view->model()->setData(view->model()->index(row, CandidateListModel::Invite), Qt::Checked, Qt::CheckStateRole);
    QTest::mouseClick(m_view->candidates()->findChild<QPushButton *>(QStringLiteral("inviteButton")), Qt::LeftButton);
    QCOMPARE(m_view->request().status, RequestStatus::Inviting);
    QCOMPARE(m_view->tabs()->currentWidget(), m_view->invitations());
    // The invited are no longer candidates.
    for (int row = 0; row < candidates->rowCount(); ++row) {
        QVERIFY(candidates->candidateAt(row)->workerId != first);
        QVERIFY(candidates->candidateAt(row)->workerId != second);
    }

    InvitationsPanel *answers = m_view->invitations();
    InvitationListModel *invitations = answers->model();
    QCOMPARE(invitations->rowCount(), 2);
    auto *confirm = m_view->stepButton(RequestStatus::Confirmed);
    QVERIFY(confirm);
    QVERIFY2(!confirm->isEnabled(), "nobody has accepted yet");
    QVERIFY(!confirm->toolTip().isEmpty());

    // First accepts, second declines with a reason.
    answers->view()->setCurrentIndex(invitations->index(invitations->rowOf(invitations->invitations().at(0).id), 0));
    QTest::mouseClick(answers->findChild<QPushButton *>(QStringLiteral("recordAccepted")), Qt::LeftButton);
    const int secondRow = [&] {
        for (int r = 0; r < invitations->rowCount(); ++r) {
            if (invitations->invitationAt(r)->workerId == second)
                return r;
        }
        return -1;
    }();
    answers->view()->setCurrentIndex(invitations->index(secondRow, 0));
    QVERIFY(answers->recordDeclined(QStringLiteral("Not this spring")));
    QCOMPARE(invitations->count(InvitationResponse::Accepted), 1);
    QCOMPARE(invitations->count(InvitationResponse::Declined), 1);
    QVERIFY2(answers->summaryText().contains(QLatin1String("1 of the 1")), qPrintable(answers->summaryText()));

    confirm = m_view->stepButton(RequestStatus::Confirmed);
    QVERIFY(confirm && confirm->isEnabled());
    QTest::mouseClick(confirm, Qt::LeftButton);
    QCOMPARE(m_view->request().status, RequestStatus::Confirmed);
    auto engagements = EngagementRepository(*m_db).listForRequest(request.id);
    QVERIFY(engagements.ok());
    QCOMPARE(engagements->size(), 1);
    const qint64 accepted = invitations->invitations().at(0).workerId;
    QCOMPARE(engagements->first().workerId, accepted);
    auto stored = InvitationRepository(*m_db).listForRequest(request.id);
    for (const Invitation &inv : *stored) {
        if (inv.workerId == second) {
            QCOMPARE(inv.response, InvitationResponse::Declined);
            QCOMPARE(inv.declineReason, QStringLiteral("Not this spring"));
        }
    }
}

void TestRequestDetail::onlyLegalStepsAreOffered()
{
    auto all = RequestRepository(*m_db).listAll();
    QVERIFY(all.ok());
    QSet<RequestStatus> seen;
    for (const Request &r : *all) {
        if (seen.contains(r.status))
            continue;
        seen.insert(r.status);
        m_view->showRequest(r.id);
        const auto steps = RequestWorkflow::nextSteps(r.status);
        for (RequestStatus to : { RequestStatus::Tagged, RequestStatus::Inviting, RequestStatus::Confirmed,
                                  RequestStatus::Held, RequestStatus::Closed, RequestStatus::Cancelled })
            QCOMPARE(m_view->stepButton(to) != nullptr, steps.contains(to));
    }
    QVERIFY(seen.contains(RequestStatus::Closed));
}

void TestRequestDetail::cancellingNeedsAReason()
{
    const Request request = tagged(1);
    m_view->showRequest(request.id);
    QVERIFY(m_view->stepButton(RequestStatus::Cancelled));
    QVERIFY(m_view->moveTo(RequestStatus::Cancelled, QStringLiteral("The training was called off")));
    auto stored = RequestRepository(*m_db).get(request.id);
    QCOMPARE(stored->status, RequestStatus::Cancelled);
    QCOMPARE(stored->cancelReason, QStringLiteral("The training was called off"));
    QVERIFY(RequestWorkflow::nextSteps(RequestStatus::Cancelled).isEmpty());
    QVERIFY(!m_view->stepButton(RequestStatus::Cancelled));
    QVERIFY2(m_view->findChild<QLabel *>(QStringLiteral("requestStatus"))->text().contains(QLatin1String("called off")),
             "the status line shows the reason");
}

// Coordinator B confirmed the request with one worker; A then records a second worker's "yes": A is asked whether to
// add the worker to the team or keep them in reserve, and the choice is stored.
void TestRequestDetail::lateYesAsksForTeamOrReserve()
{
    const Request request = tagged(1);
    QVERIFY(request.id != 0);
    auto ranking = m_matching->rank(request, RankingEngine::Options());
    QVERIFY(ranking && ranking->candidates.size() >= 2);
    const qint64 first = ranking->candidates.at(0).workerId;
    const qint64 second = ranking->candidates.at(1).workerId;
    auto invited = m_office->invite(request.id, request.version, { first, second }, InvitationChannel::Phone);
    QVERIFY2(invited, qPrintable(invited.error().message));
    open(request);
    m_view->tabs()->setCurrentWidget(m_view->invitations());

    auto otherDb = m_testDb->openOrFail();
    OfficeService b(std::move(otherDb));
    QVERIFY(b.actAs(QStringLiteral("bertta")));
    const Invitation yes = invited->invitations.at(0);
    QVERIFY(b.recordAnswer(yes.id, yes.version, InvitationResponse::Accepted));
    QVERIFY(b.confirm(request.id, b.request(request.id)->version));

    InvitationsPanel *answers = m_view->invitations();
    InvitationListModel *model = answers->model();
    answers->view()->setCurrentIndex(model->index(model->rowOf(invited->invitations.at(1).id), 0));
    auto seen = Test::whenModal<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons())
            if (button->text() == QLatin1String("&Keep in reserve"))
                button->click();
    });
    QTest::mouseClick(answers->findChild<QPushButton *>(QStringLiteral("recordAccepted")), Qt::LeftButton);
    QVERIFY(seen->seen);
    QVERIFY2(seen->text.contains(QLatin1String("team already has")), qPrintable(seen->text));
    auto stored = InvitationRepository(*m_db).get(invited->invitations.at(1).id);
    QCOMPARE(stored->response, InvitationResponse::Accepted);
    QVERIFY(stored->reserve);
    QCOMPARE(EngagementRepository(*m_db).listForRequest(request.id)->size(), 1);

    // The list and the history say so; "Into the team" engages the worker.
    const int row = model->rowOf(stored->id);
    QVERIFY(model->index(row, InvitationListModel::Answer).data().toString().contains(QLatin1String("in reserve")));
    answers->view()->setCurrentIndex(model->index(row, 0));
    auto *history = answers->findChild<QLabel *>(QStringLiteral("invitationHistory"));
    QVERIFY(history->text().contains(QLatin1String("Kept in reserve")));
    QVERIFY(history->text().contains(QLatin1String("Invited")));
    auto *join = answers->findChild<QPushButton *>(QStringLiteral("takeIntoTeam"));
    QVERIFY(join->isVisible() && join->isEnabled());
    QTest::mouseClick(join, Qt::LeftButton);
    QCOMPARE(EngagementRepository(*m_db).listForRequest(request.id)->size(), 2);
    QVERIFY(!InvitationRepository(*m_db).get(stored->id)->reserve);

    // A new time: both engaged workers are to be told; "Mark as told" closes the notices.
    Request moved = *m_office->request(request.id);
    moved.dateOptions.first().starts = moved.dateOptions.first().starts.addDays(1);
    moved.dateOptions.first().ends = moved.dateOptions.first().ends.addDays(1);
    QVERIFY(m_office->saveRequest(moved));
    m_view->showRequest(request.id);
    auto *notices = answers->findChild<QLabel *>(QStringLiteral("changeNotices"));
    QVERIFY(notices->isVisible());
    QVERIFY2(notices->text().startsWith(QLatin1String("To be told of the new time:")), qPrintable(notices->text()));
    QTest::mouseClick(answers->findChild<QPushButton *>(QStringLiteral("changeNoticesDone")), Qt::LeftButton);
    QVERIFY(!notices->isVisible());
    const auto told = m_office->changeNotices(request.id);
    QVERIFY(told && told->size() == 2);
    for (const ChangeNotice &n : *told)
        QVERIFY(n.doneAt.isValid());
}

// Closing a held request whose attendance nobody recorded names what is missing; "go back" changes nothing, "close
// anyway" closes it.
void TestRequestDetail::closingAsksAboutWhatIsMissing()
{
    const Request request = tagged(1);
    auto ranking = m_matching->rank(request, RankingEngine::Options());
    QVERIFY(ranking && !ranking->candidates.isEmpty());
    auto invited = m_office->invite(request.id, request.version, { ranking->candidates.at(0).workerId },
                                    InvitationChannel::Phone);
    QVERIFY(invited);
    const Invitation inv = invited->invitations.first();
    QVERIFY(m_office->recordAnswer(inv.id, inv.version, InvitationResponse::Accepted));
    QVERIFY(m_office->confirm(request.id, m_office->request(request.id)->version));
    m_clock->set(QDateTime(kToday.addDays(22), QTime(9, 0)));
    QVERIFY(m_office->markHeld(request.id, m_office->request(request.id)->version));
    m_view->showRequest(request.id);
    QPushButton *close = m_view->stepButton(RequestStatus::Closed);
    QVERIFY(close && close->isEnabled());

    auto goBack = Test::whenModal<QMessageBox>([](QMessageBox *box) {
        QVERIFY(box->informativeText().contains(QLatin1String("attendance not recorded")));
        box->escapeButton()->click();
    });
    QTest::mouseClick(close, Qt::LeftButton);
    QVERIFY(goBack->seen);
    QCOMPARE(m_office->request(request.id)->status, RequestStatus::Held);

    auto anyway = Test::whenModal<QMessageBox>([](QMessageBox *box) {
        for (QAbstractButton *button : box->buttons())
            if (button->text() == QLatin1String("Close &anyway"))
                button->click();
    });
    QTest::mouseClick(m_view->stepButton(RequestStatus::Closed), Qt::LeftButton);
    QVERIFY(anyway->seen);
    QCOMPARE(m_office->request(request.id)->status, RequestStatus::Closed);
    QCOMPARE(m_view->request().status, RequestStatus::Closed);
}

// docs/data-protection.md: what a role may not do is not offered. A viewer sees the request, its candidates and its
// invitations, but every step, Edit, Record outcome, Invite and every answer button is disabled and says why.
void TestRequestDetail::aViewerIsOfferedNoWritingAction()
{
    const Request request = tagged(1);
    QVERIFY(request.id != 0);
    open(request);
    auto *invite = m_view->candidates()->findChild<QPushButton *>(QStringLiteral("inviteButton"));
    QVERIFY(invite);
    auto *view = m_view->candidates()->findChild<QTableView *>(QStringLiteral("candidateView"));
    view->model()->setData(view->model()->index(0, CandidateListModel::Invite), Qt::Checked, Qt::CheckStateRole);
    QVERIFY2(invite->isEnabled(), "the coordinator may invite");
    QTest::mouseClick(invite, Qt::LeftButton);
    QCOMPARE(m_view->request().status, RequestStatus::Inviting);

    // Vera logs in and an admin makes her a viewer.
    QVERIFY(m_office->actAs(QStringLiteral("vera")));
    const auto everyone = m_office->coordinators(); // kept: a loop over *coordinators() would outlive its result
    QVERIFY(everyone.ok());
    QString admin;
    for (const Coordinator &c : *everyone) {
        if (c.role == CoordinatorRole::Admin && admin.isEmpty())
            admin = c.username;
    }
    QVERIFY2(!admin.isEmpty(), "the office has an admin");
    QVERIFY(m_office->actAs(admin));
    for (Coordinator c : *everyone) {
        if (c.username != QLatin1String("vera"))
            continue;
        c.role = CoordinatorRole::Viewer;
        auto saved = m_office->saveCoordinator(c);
        QVERIFY2(saved, qPrintable(saved.error().message));
    }
    QVERIFY(m_office->actAs(QStringLiteral("vera")));
    const QString refusal = m_office->requireWriter().error().message;
    QVERIFY(!refusal.isEmpty());

    m_view->showRequest(request.id);
    for (RequestStatus to : RequestWorkflow::nextSteps(m_view->request().status)) {
        QPushButton *step = m_view->stepButton(to);
        QVERIFY(step);
        QVERIFY2(!step->isEnabled(), qPrintable(step->text()));
        QCOMPARE(step->toolTip(), refusal);
    }
    auto *edit = m_view->findChild<QPushButton *>(QStringLiteral("editRequest"));
    QVERIFY(edit && !edit->isEnabled());
    QCOMPARE(edit->toolTip(), refusal);

    open(m_view->request());
    QVERIFY(m_view->candidates()->candidateModel()->rowCount() > 0); // she still reads the candidates
    view->model()->setData(view->model()->index(0, CandidateListModel::Invite), Qt::Checked, Qt::CheckStateRole);
    QVERIFY(!invite->isEnabled());
    QCOMPARE(invite->toolTip(), refusal);

    InvitationsPanel *answers = m_view->invitations();
    QVERIFY(answers->model()->rowCount() > 0); // she still reads the invitations
    answers->view()->setCurrentIndex(answers->model()->index(0, 0));
    for (const char *name : { "recordAccepted", "recordDeclined" }) {
        auto *button = answers->findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->isEnabled(), name);
        QCOMPARE(button->toolTip(), refusal);
    }
}

QTEST_MAIN(TestRequestDetail)
#include "tst_request_detail.moc"
