// Edit ▸ Undo and Redo in the main window: a saved edit of a request is undone and redone with the standard
// shortcuts, each step stored and audited; a step that would overwrite a later change is refused with a message and
// changes nothing.
#include "ModalDriver.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "main/AppInfo.h"
#include "main/MainWindow.h"
#include "matching/RankingWeightsRepository.h"
#include "office/OfficeService.h"
#include "repositories/AuditRepository.h"
#include "repositories/ConsentRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/TopicRepository.h"
#include "repositories/WorkerRepository.h"
#include "requests/RequestDetailView.h"
#include "requests/RequestEditorDialog.h"
#include "requests/RequestInboxView.h"
#include "requests/RequestsPage.h"
#include "settings/OrganisationsSection.h"
#include "settings/RankingWeightsSection.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "settings/TopicEditForm.h"
#include "settings/TopicTaxonomySection.h"
#include "workers/WorkerEditorDialog.h"
#include "workers/WorkersPage.h"

#include <QAction>
#include <QApplication>
#include <QDialogButtonBox>
#include <QDoubleSpinBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QUndoStack>

#include <functional>
#include <memory>

using namespace Kohtaamo;
using Kohtaamo::Test::whenModal;

namespace {

const QDateTime kNow(QDate(2026, 3, 10), QTime(9, 0));

} // namespace

class TestUndo : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();
    void undoAndRedoARequestEdit();
    void undoIsRefusedWhenTheRequestChangedSince();
    void undoAWorkerEditButNeverAConsent();
    void undoAWeightAndATopicRename();
    void undoADeactivatedOrganisation();

private:
    void editTitle(qint64 id, const QString &title);
    QString storedTitle(qint64 id);
    void press(const QKeySequence &keys);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    RequestsPage *m_page = nullptr;
    Translations m_translations;
    Request m_request;
};

void TestUndo::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::apply();
    m_translations.install(QStringLiteral("en"));
}

void TestUndo::init()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<Test::TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    // The demo office's admin (DemoGenerator): topics, organisations and ranking weights are an admin's to change.
    db->setActor(QStringLiteral("anna.lehtinen"));
    DemoGenerator::Options options;
    options.workers = 10;
    options.requests = 8;
    options.seed = 3;
    options.today = kNow.date();
    QVERIFY(DemoGenerator(*db).generate(options).ok());
    auto all = RequestRepository(*db).listAll();
    QVERIFY(all.ok());
    for (const Request &r : *all) {
        if (r.status == RequestStatus::New || r.status == RequestStatus::Tagged) {
            m_request = r;
            break;
        }
    }
    QVERIFY2(m_request.id != 0, "the demo has no new or tagged request");

    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kohtaamo.ini")));
    m_window = std::make_unique<MainWindow>(std::make_unique<OfficeService>(std::move(db)), *m_settings);
    m_window->showPage(Page::Requests);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page = qobject_cast<RequestsPage *>(m_window->pageWidget(Page::Requests));
    QVERIFY(m_page);
}

void TestUndo::cleanup()
{
    m_page = nullptr;
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

void TestUndo::press(const QKeySequence &keys)
{
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    m_page->inbox()->tableView()->setFocus();
    QTest::keySequence(m_page->inbox()->tableView(), keys);
}

void TestUndo::editTitle(qint64 id, const QString &title)
{
    QVERIFY(m_page->inbox()->selectRequest(id));
    auto seen = whenModal<RequestEditorDialog>([title](RequestEditorDialog *dialog) {
        auto *edit = dialog->findChild<QLineEdit *>(QStringLiteral("title"));
        QVERIFY(edit);
        edit->selectAll();
        QTest::keyClicks(edit, title);
        QTest::mouseClick(dialog->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    });
    press(QKeySequence(Qt::CTRL | Qt::Key_E));
    QVERIFY(seen->seen);
}

QString TestUndo::storedTitle(qint64 id)
{
    auto other = m_testDb->openOrFail();
    auto r = RequestRepository(*other).get(id);
    return r ? r->title : QString();
}

void TestUndo::undoAndRedoARequestEdit()
{
    QAction *undo = m_window->findChild<QAction *>(QStringLiteral("undoAction"));
    QAction *redo = m_window->findChild<QAction *>(QStringLiteral("redoAction"));
    QVERIFY(undo && redo);
    QVERIFY(!undo->isEnabled());

    editTitle(m_request.id, QStringLiteral("Plain-language review, second round"));
    QCOMPARE(storedTitle(m_request.id), QStringLiteral("Plain-language review, second round"));
    QVERIFY(undo->isEnabled());
    QVERIFY2(undo->text().contains(m_request.reference), qPrintable(undo->text()));

    auto other = m_testDb->openOrFail();
    const int auditBefore = int(AuditRepository(*other).forRecord(QStringLiteral("requests"), m_request.id)->size());

    press(QKeySequence::Undo);
    QCOMPARE(storedTitle(m_request.id), m_request.title);
    QCOMPARE(m_page->detail()->request().title, m_request.title); // the page shows what is stored
    QVERIFY(redo->isEnabled());
    QVERIFY(!undo->isEnabled());

    press(QKeySequence::Redo);
    QCOMPARE(storedTitle(m_request.id), QStringLiteral("Plain-language review, second round"));

    // Each step was a save of its own, in the audit log by the coordinator.
    auto audit = AuditRepository(*other).forRecord(QStringLiteral("requests"), m_request.id);
    QCOMPARE(int(audit->size()), auditBefore + 2);
    QCOMPARE(audit->last().actor, QStringLiteral("anna.lehtinen"));
}

void TestUndo::undoIsRefusedWhenTheRequestChangedSince()
{
    editTitle(m_request.id, QStringLiteral("Mine"));
    // Another coordinator saves the request meanwhile.
    auto other = m_testDb->openOrFail();
    other->setActor(QStringLiteral("leena.rantala"));
    Request theirs = *RequestRepository(*other).get(m_request.id);
    theirs.description = QStringLiteral("Leena's note");
    QVERIFY(RequestRepository(*other).save(theirs).ok());

    auto message = whenModal<QMessageBox>([](QMessageBox *box) { box->accept(); });
    press(QKeySequence::Undo);
    QTRY_VERIFY(message->seen);
    auto stored = *RequestRepository(*other).get(m_request.id);
    QCOMPARE(stored.title, QStringLiteral("Mine")); // not undone
    QCOMPARE(stored.description, QStringLiteral("Leena's note")); // nothing of theirs lost
    QCOMPARE(m_window->undoStack()->count(), 0); // the refused step left the stack
}

void TestUndo::undoAWorkerEditButNeverAConsent()
{
    auto *workers = qobject_cast<WorkersPage *>(m_window->pageWidget(Page::Workers));
    QVERIFY(workers);
    m_window->showPage(Page::Workers);
    Worker worker;
    const auto all = WorkerRepository(m_window->office().database()).list();
    QVERIFY(all.ok());
    for (const Worker &w : *all) {
        if (w.status == WorkerStatus::Active) {
            worker = w;
            break;
        }
    }
    QVERIFY(worker.id != 0);
    QVERIFY(workers->selectWorker(worker.id));
    workers->editCurrent();
    WorkerEditorDialog *editor = workers->editor();
    QVERIFY(editor);
    auto *name = editor->findChild<QLineEdit *>(QStringLiteral("displayName"));
    QVERIFY(name);
    name->selectAll();
    QTest::keyClicks(name, QStringLiteral("Helmi (pseudonym)"));
    QTest::mouseClick(editor->findChild<QDialogButtonBox *>()->button(QDialogButtonBox::Save), Qt::LeftButton);
    QTRY_VERIFY(!workers->editor());
    auto other = m_testDb->openOrFail();
    QCOMPARE(WorkerRepository(*other).get(worker.id)->displayName, QStringLiteral("Helmi (pseudonym)"));
    const int consentsBefore = int(ConsentRepository(*other).listForWorker(worker.id)->size());

    QVERIFY2(m_window->undoStack()->undoText().contains(QLatin1String("Helmi")),
             qPrintable(m_window->undoStack()->undoText()));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    workers->setFocus();
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(WorkerRepository(*other).get(worker.id)->displayName, worker.displayName);
    QCOMPARE(int(ConsentRepository(*other).listForWorker(worker.id)->size()), consentsBefore);
}

void TestUndo::undoAWeightAndATopicRename()
{
    auto *settings = qobject_cast<SettingsPage *>(m_window->pageWidget(Page::Settings));
    QVERIFY(settings);
    m_window->showPage(Page::Settings);
    auto other = m_testDb->openOrFail();

    // A weight, typed and saved with Enter, then undone with Ctrl+Z.
    const double before = RankingWeightsRepository(*other).load()->value(RankingWeights::Key::WillingnessListed);
    QDoubleSpinBox *input = settings->rankingWeights()->input(RankingWeights::Key::WillingnessListed);
    QVERIFY(input);
    input->setFocus();
    input->selectAll();
    QTest::keyClicks(input, QStringLiteral("3"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(RankingWeightsRepository(*other).load()->value(RankingWeights::Key::WillingnessListed), 3.0);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(RankingWeightsRepository(*other).load()->value(RankingWeights::Key::WillingnessListed), before);
    QCOMPARE(input->value(), before); // the section shows what is stored

    // A topic renamed in English and saved, then undone.
    TopicTaxonomySection *topics = settings->topics();
    const Topic topic = TopicRepository(*other).list()->first();
    topics->select(topic.id);
    auto *english = topics->form()->findChild<QLineEdit *>(QStringLiteral("topicNameEn"));
    QVERIFY(english);
    english->selectAll();
    QTest::keyClicks(english, QStringLiteral("Renamed topic"));
    QTest::mouseClick(topics->form()->saveButton(), Qt::LeftButton);
    QCOMPARE(TopicRepository(*other).get(topic.id)->nameEn, QStringLiteral("Renamed topic"));
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QCOMPARE(TopicRepository(*other).get(topic.id)->nameEn, topic.nameEn);
    QTest::keySequence(m_window.get(), QKeySequence::Redo);
    QCOMPARE(TopicRepository(*other).get(topic.id)->nameEn, QStringLiteral("Renamed topic"));
}

void TestUndo::undoADeactivatedOrganisation()
{
    auto *settings = qobject_cast<SettingsPage *>(m_window->pageWidget(Page::Settings));
    m_window->showPage(Page::Settings);
    settings->showSection(SettingsPage::Section::Organisations);
    auto other = m_testDb->openOrFail();
    Organisation organisation;
    const auto organisations = OrganisationRepository(*other).list();
    QVERIFY(organisations.ok());
    for (const Organisation &o : *organisations) {
        if (o.active) {
            organisation = o;
            break;
        }
    }
    QVERIFY(organisation.id != 0);
    OrganisationsSection *section = settings->organisations();
    section->select(organisation.id);
    QVERIFY(section->toggleActive());
    QVERIFY(!OrganisationRepository(*other).get(organisation.id)->active);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTest::keySequence(m_window.get(), QKeySequence::Undo);
    QVERIFY(OrganisationRepository(*other).get(organisation.id)->active);
}

QTEST_MAIN(TestUndo)
#include "tst_undo.moc"
