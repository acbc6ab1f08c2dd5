// The meeting outcome dialog on real widgets, offscreen, driven as a coordinator drives it: cells edited through
// the table's own editors, text typed, boxes ticked, Save clicked. What the database holds afterwards is read back
// through the repositories on a second connection. Bad input and another coordinator's save write nothing.
#include "HeldRequestFixture.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "office/OfficeService.h"
#include "outcomes/EngagementTableModel.h"
#include "outcomes/EngagementTableView.h"
#include "outcomes/KnowledgeEntryEditor.h"
#include "outcomes/KnowledgeEntryListModel.h"
#include "outcomes/KnowledgePage.h"
#include "outcomes/MeetingOutcomeDialog.h"
#include "outcomes/OutcomeSummaryPage.h"
#include "outcomes/ParticipationPage.h"
#include "repositories/OutcomeRepository.h"
#include "repositories/TopicRepository.h"
#include "requests/TopicTreeModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

using namespace Kohtaamo;
using Kohtaamo::Test::HeldRequest;
using Kohtaamo::Test::TestDatabase;
using Column = EngagementTableModel::Column;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0));
enum WorkerRow { Aino, Bertil, Cecilia };

// What a message box said, and which button the test pressed.
struct SeenBox
{
    QString name;
    QString text;
    QString informative;
    bool shown = false;
};

// Answers the next message box the dialog opens (they run their own event loop) by clicking the button named
// `button`, or the default one. Gives up after a few seconds, so a box that never comes fails the test instead
// of hanging it.
void answerNextMessageBox(SeenBox *seen, const QString &button = {})
{
    auto *timer = new QTimer;
    auto ticks = std::make_shared<int>(0);
    QObject::connect(timer, &QTimer::timeout, [timer, seen, button, ticks] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box) {
            if (++*ticks > 500)
                timer->deleteLater();
            return;
        }
        seen->shown = true;
        seen->name = box->objectName();
        seen->text = box->text();
        seen->informative = box->informativeText();
        QAbstractButton *target = button.isEmpty() ? static_cast<QAbstractButton *>(box->defaultButton())
                                                   : box->findChild<QAbstractButton *>(button);
        if (!target && !box->buttons().isEmpty())
            target = box->buttons().first();
        timer->deleteLater();
        if (target)
            target->click();
    });
    timer->start(10);
}

// Opens the cell's editor the way F2 does and returns it.
template <typename Editor> Editor *openCellEditor(QTableView *view, int row, int column)
{
    const QModelIndex index = view->model()->index(row, column);
    view->setFocus();
    view->setCurrentIndex(index);
    QTest::keyClick(view, Qt::Key_F2);
    return qobject_cast<Editor *>(view->indexWidget(index));
}

void commit(QWidget *editor)
{
    QTest::keyClick(editor, Qt::Key_Return);
}

void typeInSpinBox(QTableView *view, int row, int column, const QString &text)
{
    auto *spin = openCellEditor<QDoubleSpinBox>(view, row, column);
    QVERIFY2(spin, "no spin box");
    spin->selectAll();
    QTest::keyClicks(spin, text);
    commit(spin);
}

void chooseAttendance(QTableView *view, int row, Attendance attendance)
{
    auto *combo = openCellEditor<QComboBox>(view, row, EngagementTableModel::AttendanceColumn);
    QVERIFY2(combo, "no attendance list");
    combo->setCurrentIndex(combo->findData(int(attendance)));
    commit(combo);
}

// Space on a yes/no cell ticks or unticks it, as a keyboard user does.
void toggleCell(QTableView *view, int row, int column)
{
    view->setFocus();
    view->setCurrentIndex(view->model()->index(row, column));
    QTest::keyClick(view, Qt::Key_Space);
}

// Shown and active, as on a desktop: editors that close hand the focus on as they do there.
bool showActive(QWidget &window)
{
    window.show();
    window.activateWindow();
    return QTest::qWaitForWindowActive(&window);
}

void clickSave(MeetingOutcomeDialog &dialog)
{
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Save), Qt::LeftButton);
}

KnowledgeEntryEditor *clickAdd(KnowledgePage *page)
{
    QTest::mouseClick(page->addButton(), Qt::LeftButton);
    return page->openEditor();
}

void fillKnowledge(KnowledgeEntryEditor *editor, const QString &text, LifeCoursePhase phase, bool critical,
                   qint64 topicId)
{
    QTest::keyClicks(editor->findChild<QPlainTextEdit *>(QStringLiteral("knowledgeText")), text);
    auto *phaseBox = editor->findChild<QComboBox *>(QStringLiteral("knowledgePhase"));
    phaseBox->setCurrentIndex(phaseBox->findData(int(phase)));
    if (critical) {
        auto *box = editor->findChild<QCheckBox *>(QStringLiteral("knowledgeCriticalPoint"));
        box->setFocus();
        QTest::keyClick(box, Qt::Key_Space);
    }
    if (topicId != 0) {
        auto *tree = editor->findChild<QTreeView *>(QStringLiteral("knowledgeTopics"));
        const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), TopicTreeModel::TopicIdRole,
                                                           topicId, 1, Qt::MatchRecursive | Qt::MatchExactly);
        QVERIFY2(!found.isEmpty(), "topic not offered");
        tree->setFocus();
        tree->setCurrentIndex(found.first());
        QTest::keyClick(tree, Qt::Key_Space);
    }
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
}
} // namespace

class TestMeetingOutcomeDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();

    void modelsPassTheModelTester();
    void recordsAttendanceMoneyDebriefSummaryAndKnowledge();
    void anEmptyRequestShowsNoOutcomeAndSavesNothing();
    void negativeHoursAreRefusedAndNothingIsSaved();
    void aConflictIsReportedAndNothingIsWritten();
    void anotherCoordinatorsChangeIsShownUnlessEditing();
    void rowsWithoutADebriefAreMarked();
    void savedKnowledgeCanBeEditedButNotRemoved();
    void retiredTopicsAreNotOfferedButKept();
    void cancelAsksBeforeDroppingChanges();
    void enterDoesNotSaveAndCloseTheOutcome();
    void inputsAreLabelledForKeyboardAndScreenReaders();
    void moneyAndDatesFollowTheLocale();

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OfficeService> m_office;
    HeldRequest m_held;
};

void TestMeetingOutcomeDialog::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Finland));
}

void TestMeetingOutcomeDialog::cleanupTestCase()
{
    Clock::install(nullptr);
}

void TestMeetingOutcomeDialog::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_db = m_testDb->openOrFail();
    QVERIFY(m_db);
    m_db->setActor(QStringLiteral("anna"));
    m_held = Test::makeHeldRequest(*m_db);
    QVERIFY2(m_held.ok(), qPrintable(m_held.error));
    m_office = std::make_unique<OfficeService>(*m_db);
    QVERIFY(m_office->actAs(QStringLiteral("anna")));
}

void TestMeetingOutcomeDialog::cleanup()
{
    m_office.reset();
    m_db.reset();
    m_testDb.reset();
    QLocale::setDefault(QLocale(QLocale::English, QLocale::Finland));
}

void TestMeetingOutcomeDialog::modelsPassTheModelTester()
{
    MeetingOutcomeDialog dialog(*m_office, m_held.requestId);
    QVERIFY(dialog.isLoaded());
    EngagementTableModel *engagements = dialog.participationPage()->model();
    KnowledgeEntryListModel *knowledge = dialog.knowledgePage()->model();
    QAbstractItemModelTester engagementTester(engagements, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester knowledgeTester(knowledge, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(engagements->rowCount(), 3);
    QCOMPARE(engagements->columnCount(), int(EngagementTableModel::ColumnCount));

    // Edits, a reload and new and removed knowledge all keep the models consistent.
    QVERIFY(engagements->setData(engagements->index(Aino, EngagementTableModel::AttendanceColumn),
                                 int(Attendance::Attended)));
    QVERIFY(engagements->setData(engagements->index(Bertil, EngagementTableModel::DebriefColumn), Qt::Checked,
                                 Qt::CheckStateRole));
    QVERIFY(!engagements->setData(engagements->index(Aino, EngagementTableModel::WorkerColumn),
                                  QStringLiteral("Someone else")));
    KnowledgeEntry k;
    k.requestId = m_held.requestId;
    k.recordedOn = kNow.date();
    k.text = QStringLiteral("A note");
    knowledge->addEntry(k);
    knowledge->addEntry(k);
    QVERIFY(knowledge->removeEntry(0));
    QVERIFY(dialog.reload());
    QCOMPARE(knowledge->rowCount(), 0);
    QCOMPARE(engagements->data(engagements->index(Aino, EngagementTableModel::AttendanceColumn), Qt::EditRole).toInt(),
             int(Attendance::Planned));
}

void TestMeetingOutcomeDialog::recordsAttendanceMoneyDebriefSummaryAndKnowledge()
{
    MeetingOutcomeDialog dialog(*m_office, m_held.requestId);
    QVERIFY(showActive(dialog));
    QVERIFY(dialog.isLoaded());
    QTableView *view = dialog.participationPage()->view();
    EngagementTableModel *model = dialog.participationPage()->model();
    QCOMPARE(model->workerName(Aino), QStringLiteral("Aino K."));
    QCOMPARE(model->workerName(Bertil), QStringLiteral("Bertil S."));

    // Aino came, stayed 2.75 hours, was paid 120 € and 23.80 € travel, prepared and was debriefed on the 4th by Maija.
    chooseAttendance(view, Aino, Attendance::Attended);
    typeInSpinBox(view, Aino, EngagementTableModel::HoursColumn, QStringLiteral("2.75"));
    typeInSpinBox(view, Aino, EngagementTableModel::FeeColumn, QStringLiteral("120"));
    typeInSpinBox(view, Aino, EngagementTableModel::TravelColumn, QStringLiteral("23.80"));
    toggleCell(view, Aino, EngagementTableModel::PreparationColumn);
    toggleCell(view, Aino, EngagementTableModel::DebriefColumn);
    QCOMPARE(model->engagement(Aino).debriefOn, kNow.date()); // ticking fills in today
    auto *date = openCellEditor<QDateEdit>(view, Aino, EngagementTableModel::DebriefDateColumn);
    QVERIFY(date);
    date->setDate(QDate(2026, 3, 4));
    commit(date);
    auto *by = openCellEditor<QLineEdit>(view, Aino, EngagementTableModel::DebriefedByColumn);
    QVERIFY(by);
    QTest::keyClicks(by, QStringLiteral("Maija"));
    commit(by);
    // Bertil came and declined the fee; no debrief yet.
    chooseAttendance(view, Bertil, Attendance::Attended);
    toggleCell(view, Bertil, EngagementTableModel::FeeDeclinedColumn);
    // Cecilia did not come.
    chooseAttendance(view, Cecilia, Attendance::NoShow);
    typeInSpinBox(view, Cecilia, EngagementTableModel::HoursColumn, QStringLiteral("0"));

    dialog.showTab(MeetingOutcomeDialog::Tab::Summary);
    OutcomeSummaryPage *summary = dialog.summaryPage();
    QCOMPARE(summary->heldOnEdit()->date(), QDate(2026, 3, 3)); // suggested from the meeting time
    const QString summaryText = QStringLiteral("The mapping felt like a hearing; parents want the questions first.");
    const QString feedbackText = QStringLiteral("The form gets an introduction page.");
    QTest::keyClicks(summary->summaryEdit(), summaryText);
    QTest::keyClicks(summary->feedbackEdit(), feedbackText);

    dialog.showTab(MeetingOutcomeDialog::Tab::Knowledge);
    const qint64 mapping = Test::topicIdByCode(*m_db, QStringLiteral("child_protection.family_mapping"));
    KnowledgeEntryEditor *editor = clickAdd(dialog.knowledgePage());
    QVERIFY(editor);
    fillKnowledge(editor, QStringLiteral("Nobody said why the family history was needed."), LifeCoursePhase::Parenthood,
                  true, mapping);
    editor = clickAdd(dialog.knowledgePage());
    QVERIFY(editor);
    // Without a topic the entry is refused, the editor stays open with the topics focused ...
    SeenBox noTopic;
    answerNextMessageBox(&noTopic);
    fillKnowledge(editor, QStringLiteral("Written questions beforehand helped."), LifeCoursePhase::Adulthood, false, 0);
    QVERIFY(noTopic.shown);
    QVERIFY(noTopic.text.contains(QLatin1String("topic")));
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->focusWidget(), editor->findChild<QTreeView *>(QStringLiteral("knowledgeTopics")));
    // ... and saved once one is chosen.
    const qint64 emergency = Test::topicIdByCode(*m_db, QStringLiteral("child_protection.placement.emergency"));
    auto *tree = editor->findChild<QTreeView *>(QStringLiteral("knowledgeTopics"));
    const QModelIndexList found = tree->model()->match(tree->model()->index(0, 0), TopicTreeModel::TopicIdRole,
                                                       emergency, 1, Qt::MatchRecursive | Qt::MatchExactly);
    QVERIFY(!found.isEmpty());
    tree->setCurrentIndex(found.first());
    QTest::keyClick(tree, Qt::Key_Space);
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!dialog.knowledgePage()->openEditor());
    QCOMPARE(dialog.knowledgePage()->model()->rowCount(), 2);
    QVERIFY(dialog.hasUnsavedChanges());

    QSignalSpy saved(&dialog, &MeetingOutcomeDialog::saved);
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(!dialog.isVisible());
    QCOMPARE(saved.count(), 1);

    auto other = m_testDb->openOrFail();
    QVERIFY(other);
    EngagementRepository engagements(*other);
    const Engagement aino = *engagements.get(m_held.engagements.at(Aino));
    QCOMPARE(aino.attendance, Attendance::Attended);
    QCOMPARE(aino.hours, 2.75);
    QCOMPARE(aino.feeCents, 12000);
    QCOMPARE(aino.travelCents, 2380);
    QVERIFY(!aino.feeDeclined);
    QVERIFY(aino.preparationDone);
    QVERIFY(aino.debriefDone);
    QCOMPARE(aino.debriefOn, QDate(2026, 3, 4));
    QCOMPARE(aino.debriefBy, QStringLiteral("Maija"));
    QCOMPARE(aino.version, 2);
    const Engagement bertil = *engagements.get(m_held.engagements.at(Bertil));
    QCOMPARE(bertil.attendance, Attendance::Attended);
    QVERIFY(bertil.feeDeclined);
    QCOMPARE(bertil.payment, PaymentState::Declined);
    QCOMPARE(bertil.feeCents, 15000); // the offered fee stays on record
    QVERIFY(!bertil.debriefDone);
    QVERIFY(!bertil.debriefOn.isValid());
    const Engagement cecilia = *engagements.get(m_held.engagements.at(Cecilia));
    QCOMPARE(cecilia.attendance, Attendance::NoShow);
    QCOMPARE(cecilia.hours, 0.0);

    OutcomeRepository outcomes(*other);
    auto outcome = outcomes.outcomeForRequest(m_held.requestId);
    QVERIFY(outcome.ok());
    QCOMPARE(outcome->summary, summaryText);
    QCOMPARE(outcome->requesterFeedback, feedbackText);
    QCOMPARE(outcome->heldOn, QDate(2026, 3, 3));
    auto knowledge = outcomes.listKnowledge(m_held.requestId);
    QVERIFY(knowledge.ok());
    QCOMPARE(knowledge->size(), 2);
    QVector<KnowledgeEntry> entries = *knowledge;
    std::sort(entries.begin(), entries.end(), [](const auto &a, const auto &b) { return a.id < b.id; });
    QCOMPARE(entries.at(0).text, QStringLiteral("Nobody said why the family history was needed."));
    QVERIFY(entries.at(0).criticalPoint);
    QCOMPARE(entries.at(0).phase, LifeCoursePhase::Parenthood);
    QCOMPARE(entries.at(0).topicIds, QVector<qint64> { mapping });
    QCOMPARE(entries.at(0).recordedOn, kNow.date());
    QVERIFY(!entries.at(1).criticalPoint);
    QCOMPARE(entries.at(1).phase, LifeCoursePhase::Adulthood);
    QCOMPARE(entries.at(1).topicIds, QVector<qint64> { emergency });

    // Opened again, the dialog shows what was saved and has nothing to save.
    const QVector<int> before = Test::outcomeFootprint(*other);
    MeetingOutcomeDialog again(*m_office, m_held.requestId);
    QVERIFY(!again.hasUnsavedChanges());
    QCOMPARE(again.summaryPage()->summaryEdit()->toPlainText(), summaryText);
    QCOMPARE(again.knowledgePage()->model()->rowCount(), 2);
    QVERIFY(again.save());
    QCOMPARE(Test::outcomeFootprint(*other), before);
}

void TestMeetingOutcomeDialog::anEmptyRequestShowsNoOutcomeAndSavesNothing()
{
    const QVector<int> before = Test::outcomeFootprint(*m_db);
    MeetingOutcomeDialog dialog(*m_office, m_held.requestId);
    QVERIFY(dialog.isLoaded());
    QVERIFY(dialog.summaryPage()->summaryEdit()->toPlainText().isEmpty());
    QVERIFY(!dialog.hasUnsavedChanges());
    dialog.show();
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(Test::outcomeFootprint(*m_db), before);
    QCOMPARE(OutcomeRepository(*m_db).outcomeForRequest(m_held.requestId).error().code, Error::Code::NotFound);

    MeetingOutcomeDialog missing(*m_office, 987654);
    QVERIFY(!missing.isLoaded());
    QVERIFY(!missing.loadError().isEmpty());
    QVERIFY(!missing.buttons()->button(QDialogButtonBox::Save)->isEnabled());
}

void TestMeetingOutcomeDialog::negativeHoursAreRefusedAndNothingIsSaved()
{
    MeetingOutcomeDialog dialog(*m_office, m_held.requestId);
    QVERIFY(showActive(dialog));
    EngagementTableModel *model = dialog.participationPage()->model();
    QTableView *view = dialog.participationPage()->view();
    chooseAttendance(view, Aino, Attendance::Attended);
    // The spin box stops at 0; a view or a paste can still hand the model a negative number.
    QVERIFY(model->setData(model->index(Bertil, EngagementTableModel::HoursColumn), -2.0));
    dialog.showTab(MeetingOutcomeDialog::Tab::Summary);
    QTest::keyClicks(dialog.summaryPage()->summaryEdit(), QStringLiteral("Not saved"));
    const QVector<int> before = Test::outcomeFootprint(*m_db);

    SeenBox seen;
    answerNextMessageBox(&seen);
    clickSave(dialog);
    QVERIFY(seen.shown);
    QCOMPARE(seen.name, QStringLiteral("outcomeInvalidBox"));
    QVERIFY2(seen.informative.contains(QStringLiteral("Bertil S.")), qPrintable(seen.informative));
    QVERIFY2(seen.informative.contains(QStringLiteral("hours")), qPrintable(seen.informative));
    QVERIFY(dialog.isVisible());
    QVERIFY(dialog.result() != int(QDialog::Accepted));
    QCOMPARE(dialog.tabs()->currentWidget(), dialog.participationPage());
    QCOMPARE(view->currentIndex(), model->index(Bertil, EngagementTableModel::HoursColumn));
    // The focus waits on the cell for when the dialog is active again (the window system gives it back).
    QCOMPARE(dialog.focusWidget(), view);
    QCOMPARE(Test::outcomeFootprint(*m_db), before);
    QCOMPARE(EngagementRepository(*m_db).get(m_held.engagements.at(Aino))->attendance, Attendance::Planned);

    // Corrected through the editor, it saves.
    typeInSpinBox(view, Bertil, EngagementTableModel::HoursColumn, QStringLiteral("1.5"));
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QCOMPARE(EngagementRepository(*m_db).get(m_held.engagements.at(Bertil))->hours, 1.5);
    QCOMPARE(OutcomeRepository(*m_db).outcomeForRequest(m_held.requestId)->summary, QStringLiteral("Not saved"));
}

void TestMeetingOutcomeDialog::aConflictIsReportedAndNothingIsWritten()
{
    MeetingOutcomeDialog dialog(*m_office, m_held.requestId);
    QVERIFY(showActive(dialog));
    QTableView *view = dialog.participationPage()->view();
    EngagementTableModel *model = dialog.participationPage()->model();
    chooseAttendance(view, Aino, Attendance::Attended);
    chooseAttendance(view, Bertil, Attendance::Attended);
    QTest::keyClicks(dialog.summaryPage()->summaryEdit(), QStringLiteral("Mine"));

    // Meanwhile Mikko, on another computer, records Bertil's travel costs.
    auto other = m_testDb->openOrFail();
    QVERIFY(other);
    other->setActor(QStringLiteral("mikko"));
    Engagement theirs = *EngagementRepository(*other).get(m_held.engagements.at(Bertil));
    theirs.travelCents = 1240;
    QVERIFY(EngagementRepository(*other).save(theirs).ok());
    const QVector<int> before = Test::outcomeFootprint(*m_db);

    SeenBox seen;
    answerNextMessageBox(&seen, QStringLiteral("keepEditingButton"));
    clickSave(dialog);
    QVERIFY(seen.shown);
    QCOMPARE(seen.name, QStringLiteral("outcomeConflictBox"));
    QVERIFY2(seen.informative.contains(QStringLiteral("Bertil S.")), qPrintable(seen.informative));
    QVERIFY2(seen.informative.contains(QStringLiteral("mikko")), qPrintable(seen.informative));
    QCOMPARE(Test::outcomeFootprint(*m_db), before);
    QCOMPARE(EngagementRepository(*other).get(m_held.engagements.at(Aino))->attendance, Attendance::Planned);
    QCOMPARE(OutcomeRepository(*other).outcomeForRequest(m_held.requestId).error().code, Error::Code::NotFound);
    // "Keep editing" keeps the coordinator's changes in the dialog.
    QVERIFY(dialog.isVisible());
    QCOMPARE(model->engagement(Aino).attendance, Attendance::Attended);
    QVERIFY(dialog.hasUnsavedChanges());

    // "Reload" shows the records as they are now.
    SeenBox again;
    answerNextMessageBox(&again, QStringLiteral("reloadButton"));
    clickSave(dialog);
    QVERIFY(again.shown);
    QCOMPARE(again.name, QStringLiteral("outcomeConflictBox"));
    QVERIFY(dialog.isVisible());
    QVERIFY(!dialog.hasUnsavedChanges());
    QCOMPARE(model->engagement(Bertil).travelCents, 1240);
    QCOMPARE(model->engagement(Aino).attendance, Attendance::Planned);
    QVERIFY(dialog.summaryPage()->summaryEdit()->toPlainText().isEmpty());
    QCOMPARE(Test::outcomeFootprint(*m_db), before);

    // After the reload, a change saves on top of Mikko's.
    chooseAttendance(view, Bertil, Attendance::Attended);
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    const Engagement bertil = *EngagementRepository(*other).get(m_held.engagements.at(Bertil));
    QCOMPARE(bertil.attendance, Attendance::Attended);
    QCOMPARE(bertil.travelCents, 1240);
}

// Another coordinator's change of this meeting's records, announced by the office service, is read again at once
// while nothing is edited; once something is, the edits stay (and a save meets the change as a conflict).
void TestMeetingOutcomeDialog::anotherCoordinatorsChangeIsShownUnlessEditing()
{
    MeetingOutcomeDialog dialog(*m_office, m_held.requestId);
    QVERIFY(dialog.isLoaded());
    EngagementTableModel *model = dialog.participationPage()->model();
    auto other = m_testDb->openOrFail();
    QVERIFY(other);
    other->setActor(QStringLiteral("mikko"));
    Engagement theirs = *EngagementRepository(*other).get(m_held.engagements.at(Bertil));
    theirs.travelCents = 1240;
    QVERIFY(EngagementRepository(*other).save(theirs).ok());
    OfficeChange change;
    change.add(OfficeChange::Kind::Engagement, theirs.id);
    change.external = true;

    // Changes of other records are not this dialog's business.
    OfficeChange unrelated;
    unrelated.add(OfficeChange::Kind::Engagement, 987654).add(OfficeChange::Kind::Request, m_held.requestId + 1);
    unrelated.external = true;
    m_office->announce(unrelated);
    QCOMPARE(model->engagement(Bertil).travelCents, 0);
    m_office->announce(change);
    QCOMPARE(model->engagement(Bertil).travelCents, 1240);

    // Editing now: Mikko's next change does not wipe what is typed here.
    model->setData(model->index(Aino, EngagementTableModel::AttendanceColumn), int(Attendance::Attended));
    QVERIFY(dialog.hasUnsavedChanges());
    theirs = *EngagementRepository(*other).get(m_held.engagements.at(Bertil));
    theirs.travelCents = 2480;
    QVERIFY(EngagementRepository(*other).save(theirs).ok());
    m_office->announce(change);
    QCOMPARE(model->engagement(Aino).attendance, Attendance::Attended);
    QCOMPARE(model->engagement(Bertil).travelCents, 1240);
}

void TestMeetingOutcomeDialog::rowsWithoutADebriefAreMarked()
{
    MeetingOutcomeDialog dialog(*m_office, m_held.requestId);
    QVERIFY(showActive(dialog));
    QTableView *view = dialog.participationPage()->view();
    EngagementTableModel *model = dialog.participationPage()->model();
    QLabel *notice = dialog.participationPage()->notice();
    // Before attendance is recorded, the notice asks for it.
    QVERIFY(notice->isVisible());
    QVERIFY2(notice->text().contains(QStringLiteral("Attendance not recorded")), qPrintable(notice->text()));

    chooseAttendance(view, Aino, Attendance::Attended);
    chooseAttendance(view, Bertil, Attendance::NoShow);
    const QModelIndex ainoName = model->index(Aino, EngagementTableModel::WorkerColumn);
    QVERIFY(ainoName.data(EngagementTableModel::NeedsDebriefRole).toBool());
    QVERIFY(!ainoName.data(Qt::DecorationRole).isNull());
    QVERIFY(ainoName.data(Qt::AccessibleTextRole).toString().contains(QStringLiteral("debrief missing")));
    QCOMPARE(model->index(Aino, EngagementTableModel::DebriefDateColumn).data().toString(), QStringLiteral("Missing"));
    QVERIFY(!model->index(Bertil, EngagementTableModel::WorkerColumn)
                 .data(EngagementTableModel::NeedsDebriefRole)
                 .toBool());
    QVERIFY2(notice->text().contains(QStringLiteral("Debrief still missing for 1 worker(s): Aino K.")),
             qPrintable(notice->text()));

    // The date and the name open only with the tick; the tick fills in today; unticking clears them again.
    QVERIFY(!(model->flags(model->index(Aino, EngagementTableModel::DebriefDateColumn)) & Qt::ItemIsEditable));
    toggleCell(view, Aino, EngagementTableModel::DebriefColumn);
    QVERIFY(!ainoName.data(EngagementTableModel::NeedsDebriefRole).toBool());
    QVERIFY(!notice->text().contains(QStringLiteral("Debrief still missing")));
    QCOMPARE(model->index(Aino, EngagementTableModel::DebriefDateColumn).data().toString(),
             QLocale().toString(kNow.date(), QLocale::ShortFormat));
    QVERIFY(model->flags(model->index(Aino, EngagementTableModel::DebriefDateColumn)) & Qt::ItemIsEditable);
    QVERIFY(model->setData(model->index(Aino, EngagementTableModel::DebriefedByColumn), QStringLiteral("Maija")));
    toggleCell(view, Aino, EngagementTableModel::DebriefColumn);
    QVERIFY(!model->engagement(Aino).debriefOn.isValid());
    QVERIFY(model->engagement(Aino).debriefBy.isEmpty());
    QVERIFY(notice->text().contains(QStringLiteral("Debrief still missing")));
}

void TestMeetingOutcomeDialog::savedKnowledgeCanBeEditedButNotRemoved()
{
    KnowledgeEntry stored;
    stored.requestId = m_held.requestId;
    stored.recordedOn = QDate(2026, 3, 3);
    stored.text = QStringLiteral("Saved before.");
    const qint64 mapping = Test::topicIdByCode(*m_db, QStringLiteral("child_protection.family_mapping"));
    stored.topicIds = { mapping };
    QVERIFY(OutcomeRepository(*m_db).saveKnowledge(stored).ok());

    MeetingOutcomeDialog dialog(*m_office, m_held.requestId);
    QVERIFY(showActive(dialog));
    dialog.showTab(MeetingOutcomeDialog::Tab::Knowledge);
    KnowledgePage *page = dialog.knowledgePage();
    QCOMPARE(page->model()->rowCount(), 1);
    page->focusRow(0);
    QVERIFY(page->editButton()->isEnabled());
    QVERIFY(!page->removeButton()->isEnabled());

    // A new one can be taken away again before saving.
    KnowledgeEntryEditor *editor = clickAdd(page);
    QVERIFY(editor);
    fillKnowledge(editor, QStringLiteral("Second thoughts."), LifeCoursePhase::Youth, false, mapping);
    QCOMPARE(page->model()->rowCount(), 2);
    QVERIFY(page->removeButton()->isEnabled());
    QTest::mouseClick(page->removeButton(), Qt::LeftButton);
    QCOMPARE(page->model()->rowCount(), 1);

    // Editing the saved one changes it in place, and an editor refuses an entry without text.
    page->focusRow(0);
    QTest::mouseClick(page->editButton(), Qt::LeftButton);
    editor = page->openEditor();
    QVERIFY(editor);
    auto *text = editor->findChild<QPlainTextEdit *>(QStringLiteral("knowledgeText"));
    QCOMPARE(text->toPlainText(), QStringLiteral("Saved before."));
    text->clear();
    SeenBox seen;
    answerNextMessageBox(&seen);
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QVERIFY(seen.shown);
    QVERIFY(editor->isVisible());
    QCOMPARE(editor->focusWidget(), text);
    QTest::keyClicks(text, QStringLiteral("Saved before, now clearer."));
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Ok), Qt::LeftButton);
    QTRY_VERIFY(!page->openEditor());
    clickSave(dialog);
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    auto knowledge = OutcomeRepository(*m_db).listKnowledge(m_held.requestId);
    QVERIFY(knowledge.ok());
    QCOMPARE(knowledge->size(), 1);
    QCOMPARE(knowledge->at(0).text, QStringLiteral("Saved before, now clearer."));
    QCOMPARE(knowledge->at(0).version, 2);
}

void TestMeetingOutcomeDialog::retiredTopicsAreNotOfferedButKept()
{
    TopicRepository topics(*m_db);
    Topic retired = *topics.findByCode(QStringLiteral("child_protection.family_mapping"));
    KnowledgeEntry stored;
    stored.requestId = m_held.requestId;
    stored.recordedOn = QDate(2026, 3, 3);
    stored.text = QStringLiteral("Tagged before the topic was retired.");
    stored.topicIds = { retired.id };
    QVERIFY(OutcomeRepository(*m_db).saveKnowledge(stored).ok());
    retired.retired = true;
    QVERIFY(topics.save(retired).ok());

    MeetingOutcomeDialog dialog(*m_office, m_held.requestId);
    dialog.show();
    KnowledgePage *page = dialog.knowledgePage();
    dialog.showTab(MeetingOutcomeDialog::Tab::Knowledge);
    page->focusRow(0);
    QTest::mouseClick(page->editButton(), Qt::LeftButton);
    KnowledgeEntryEditor *editor = page->openEditor();
    QVERIFY(editor);
    auto *tree = editor->findChild<QTreeView *>(QStringLiteral("knowledgeTopics"));
    const QModelIndexList offered = tree->model()->match(tree->model()->index(0, 0), TopicTreeModel::TopicIdRole,
                                                         retired.id, 1, Qt::MatchRecursive | Qt::MatchExactly);
    QVERIFY(offered.isEmpty());
    // The entry keeps it.
    QCOMPARE(editor->entry().topicIds, QVector<qint64> { retired.id });
    editor->reject();
}

void TestMeetingOutcomeDialog::enterDoesNotSaveAndCloseTheOutcome()
{
    MeetingOutcomeDialog dialog(*m_office, m_held.requestId);
    QVERIFY(showActive(dialog));
    chooseAttendance(dialog.participationPage()->view(), Aino, Attendance::Attended);
    const QVector<int> before = Test::outcomeFootprint(*m_db);
    dialog.showTab(MeetingOutcomeDialog::Tab::Summary);
    QWidget *field = QApplication::focusWidget() ? QApplication::focusWidget() : &dialog;
    QTest::keyClick(field, Qt::Key_Return);
    QTest::keyClick(&dialog, Qt::Key_Enter);
    QVERIFY(dialog.isVisible()); // Enter finished a field; the outcome is still open
    QCOMPARE(Test::outcomeFootprint(*m_db), before);
    // Ctrl+Enter saves it.
    QTest::keyClick(&dialog, Qt::Key_Return, Qt::ControlModifier);
    QTRY_VERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Accepted));
    QVERIFY(Test::outcomeFootprint(*m_db) != before);
}

void TestMeetingOutcomeDialog::cancelAsksBeforeDroppingChanges()
{
    MeetingOutcomeDialog dialog(*m_office, m_held.requestId);
    QVERIFY(showActive(dialog));
    chooseAttendance(dialog.participationPage()->view(), Aino, Attendance::Attended);
    const QVector<int> before = Test::outcomeFootprint(*m_db);
    SeenBox keep;
    answerNextMessageBox(&keep); // the default is to keep editing
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(keep.shown);
    QCOMPARE(keep.name, QStringLiteral("outcomeDiscardBox"));
    QVERIFY(dialog.isVisible());
    QCOMPARE(dialog.participationPage()->model()->engagement(Aino).attendance, Attendance::Attended);

    SeenBox drop;
    answerNextMessageBox(&drop, QStringLiteral("dropChangesButton"));
    QTest::mouseClick(dialog.buttons()->button(QDialogButtonBox::Cancel), Qt::LeftButton);
    QVERIFY(drop.shown);
    QVERIFY(!dialog.isVisible());
    QCOMPARE(dialog.result(), int(QDialog::Rejected));
    QCOMPARE(Test::outcomeFootprint(*m_db), before);
}

void TestMeetingOutcomeDialog::inputsAreLabelledForKeyboardAndScreenReaders()
{
    MeetingOutcomeDialog dialog(*m_office, m_held.requestId);
    QVERIFY(showActive(dialog));
    // Every tab has a mnemonic, and no two tabs share one.
    QSet<QChar> mnemonics;
    for (int i = 0; i < dialog.tabs()->count(); ++i) {
        const QString text = dialog.tabs()->tabText(i);
        const int amp = int(text.indexOf(QLatin1Char('&')));
        QVERIFY2(amp >= 0 && amp + 1 < text.size(), qPrintable(text));
        QVERIFY2(!mnemonics.contains(text.at(amp + 1).toLower()), qPrintable(text));
        mnemonics.insert(text.at(amp + 1).toLower());
    }
    // Every input has a name a screen reader says, and every label that names one takes the user there.
    for (QWidget *page :
         { static_cast<QWidget *>(dialog.participationPage()), static_cast<QWidget *>(dialog.summaryPage()),
           static_cast<QWidget *>(dialog.knowledgePage()) }) {
        const auto inputs = page->findChildren<QWidget *>();
        for (QWidget *w : inputs) {
            // The inputs a keyboard user reaches with Tab (a table's own header is not one).
            if (w->focusPolicy() == Qt::NoFocus || qobject_cast<QHeaderView *>(w) || !w->isVisibleTo(page))
                continue;
            if (qobject_cast<QAbstractItemView *>(w) || qobject_cast<QPlainTextEdit *>(w)
                || qobject_cast<QAbstractSpinBox *>(w) || qobject_cast<QPushButton *>(w))
                QVERIFY2(
                    !w->accessibleName().isEmpty(),
                    qPrintable(QString::fromLatin1(w->metaObject()->className()) + QLatin1Char(' ') + w->objectName()));
        }
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (label->buddy())
                QVERIFY2(label->text().contains(QLatin1Char('&')), qPrintable(label->text()));
        }
    }
    // The cell editors are named by column and worker.
    auto *spin = openCellEditor<QDoubleSpinBox>(dialog.participationPage()->view(), Bertil,
                                                EngagementTableModel::TravelColumn);
    QVERIFY(spin);
    QCOMPARE(spin->accessibleName(), QStringLiteral("Travel costs, Bertil S."));
    QTest::keyClick(spin, Qt::Key_Escape);
    // Yes/no cells say yes or no.
    QCOMPARE(dialog.participationPage()
                 ->model()
                 ->index(Aino, EngagementTableModel::PreparationColumn)
                 .data(Qt::AccessibleTextRole)
                 .toString(),
             QStringLiteral("No"));
}

void TestMeetingOutcomeDialog::moneyAndDatesFollowTheLocale()
{
    QLocale::setDefault(QLocale(QLocale::Finnish, QLocale::Finland));
    MeetingOutcomeDialog dialog(*m_office, m_held.requestId);
    EngagementTableModel *model = dialog.participationPage()->model();
    QVERIFY(model->setData(model->index(Aino, EngagementTableModel::TravelColumn), 23.8));
    QCOMPARE(model->engagement(Aino).travelCents, 2380);
    // Finnish writes the euro sign after the amount, with a decimal comma and a (narrow) no-break space.
    const QString fee = model->index(Aino, EngagementTableModel::FeeColumn).data().toString();
    QVERIFY2(fee.startsWith(QStringLiteral("150,00")) && fee.endsWith(QStringLiteral("€")), qPrintable(fee));
    QCOMPARE(model->index(Aino, EngagementTableModel::TravelColumn).data(EngagementTableModel::CentsRole).toLongLong(),
             2380);
    QVERIFY(model->setData(model->index(Aino, EngagementTableModel::HoursColumn), 2.5));
    QCOMPARE(model->index(Aino, EngagementTableModel::HoursColumn).data().toString(), QStringLiteral("2,5"));
    QCOMPARE(dialog.summaryPage()->heldOnEdit()->text(), QStringLiteral("3.3.2026"));
}

QTEST_MAIN(TestMeetingOutcomeDialog)
#include "tst_meeting_outcome_dialog.moc"
