// The Workers page on real widgets, offscreen, driven as a coordinator would: a worker created through the editor's
// widgets appears in the register and ranks for a matching request; withdrawing the consent in the editor takes the
// worker off that request's candidates; the filters agree with the database; deactivating keeps the history.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "common/Translations.h"
#include "matching/MatchingService.h"
#include "office/OfficeService.h"
#include "repositories/ConsentRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/WorkerRepository.h"
#include "requests/FieldProblems.h"
#include "storage/SqlQuery.h"
#include "workers/ConsentHistoryModel.h"
#include "workers/UnavailablePeriodModel.h"
#include "workers/WorkerAvailabilityForm.h"
#include "workers/WorkerEditorDialog.h"
#include "workers/WorkerExperienceModel.h"
#include "workers/WorkerExperiencesForm.h"
#include "workers/WorkerFilterBar.h"
#include "workers/WorkerListModel.h"
#include "workers/WorkersPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTabWidget>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <memory>

using namespace Kohtaamo;

#define FIND(Type, var, parent, name)                                                                                  \
    auto *var = (parent).findChild<Type *>(QStringLiteral(name));                                                      \
    QVERIFY2(var, name)

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0));

qint64 topicId(Database &db, const QString &code)
{
    SqlQuery q(db, QStringLiteral("SELECT id FROM topics WHERE code = ?"));
    q.bind(code);
    auto id = q.scalar();
    return id ? id->toLongLong() : 0;
}

QStringList names(const WorkerListModel &model)
{
    while (model.canFetchMore({}))
        const_cast<WorkerListModel &>(model).fetchMore({});
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.summary(r)->displayName;
    out.sort();
    return out;
}

bool ranks(Database &db, const Request &request, qint64 workerId)
{
    MatchingService service(db);
    auto ranking = service.rank(request, RankingEngine::Options());
    if (!ranking)
        return false;
    return std::any_of(ranking->candidates.cbegin(), ranking->candidates.cend(),
                       [&](const Candidate &c) { return c.workerId == workerId; });
}
} // namespace

class TestWorkersPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase()
    {
        m_clock = std::make_unique<FixedClock>(kNow);
        Clock::install(m_clock.get());
        QVERIFY(m_translations.install(QStringLiteral("en")).ok());
    }
    void init();
    void cleanup();

    void createdWorkerIsListedRanksAndLeavesOnWithdrawal();
    void invalidInputIsRefusedAndNothingSaved();
    void filtersAgreeWithTheDatabase();
    void marksShowMinorsBreaksAndLimits();
    void deactivateAsksAndKeepsHistory();
    void staleEditIsAConflict();
    void registerFollowsTheOffice();
    void modelsPassTheModelTester();

private:
    qint64 addWorker(const QString &name, qint64 org, const QStringList &languages, const QString &region,
                     const QDate &born = {}, bool consent = true);
    void answerNextBox(const QString &buttonName);

    std::unique_ptr<FixedClock> m_clock;
    Translations m_translations;
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OfficeService> m_office; // on m_db, as the main window has it
    qint64 m_orgA = 0;
    qint64 m_orgB = 0;
};

void TestWorkersPage::init()
{
    m_testDb = std::make_unique<Test::TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_db = m_testDb->openOrFail();
    QVERIFY(m_db);
    m_office = std::make_unique<OfficeService>(*m_db);
    QVERIFY(m_office->actAs(QStringLiteral("coordinator.a")));
    OrganisationRepository organisations(*m_db);
    Organisation a;
    a.name = QStringLiteral("Auta Lasta ry");
    Organisation b;
    b.name = QStringLiteral("Perhekuntoutuskeskus Lauste");
    auto savedA = organisations.save(a);
    auto savedB = organisations.save(b);
    QVERIFY(savedA.ok() && savedB.ok());
    m_orgA = savedA->id;
    m_orgB = savedB->id;
}

void TestWorkersPage::cleanup()
{
    m_office.reset();
    m_db.reset();
    m_testDb.reset();
}

qint64 TestWorkersPage::addWorker(const QString &name, qint64 org, const QStringList &languages, const QString &region,
                                  const QDate &born, bool consent)
{
    Worker w;
    w.displayName = name;
    w.organisationId = org;
    w.languages = languages;
    w.homeRegion = region;
    w.dateOfBirth = born;
    auto saved = WorkerRepository(*m_db).save(w);
    if (!saved)
        return 0;
    if (consent) {
        Consent c;
        c.workerId = saved->id;
        c.givenOn = kNow.date().addDays(-100);
        c.expiresOn = kNow.date().addDays(10);
        if (!ConsentRepository(*m_db).record(c))
            return 0;
    }
    return saved->id;
}

void TestWorkersPage::answerNextBox(const QString &buttonName)
{
    QTimer::singleShot(0, this, [buttonName] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            if (auto *button = box->findChild<QPushButton *>(buttonName))
                button->click();
            else
                box->reject();
            return;
        }
    });
}

void TestWorkersPage::createdWorkerIsListedRanksAndLeavesOnWithdrawal()
{
    WorkersPage page;
    page.setOffice(m_office.get());
    page.show();
    QCOMPARE(page.model()->totalCount(), 0);

    FIND(QPushButton, newButton, page, "newWorker");
    QTest::mouseClick(newButton, Qt::LeftButton);
    WorkerEditorDialog *editor = page.editor();
    QVERIFY(editor);
    QVERIFY(QTest::qWaitForWindowExposed(editor));

    // Profile.
    FIND(QLineEdit, name, *editor, "displayName");
    QTest::keyClicks(name, QStringLiteral("Aino Virtanen"));
    FIND(QComboBox, organisation, *editor, "organisationId");
    organisation->setCurrentIndex(organisation->findData(m_orgA));
    FIND(QLineEdit, languages, *editor, "languages");
    QTest::keyClicks(languages, QStringLiteral("fi, sv"));
    FIND(QLineEdit, region, *editor, "homeRegion");
    QTest::keyClicks(region, QStringLiteral("Varsinais-Suomi"));

    // Experiences: type ahead, highlight, add as a child; a second one by checking it in the tree.
    editor->tabs()->setCurrentIndex(WorkerEditorDialog::ExperiencesTab);
    FIND(QLineEdit, filter, *editor, "experienceFilter");
    FIND(QTreeView, tree, *editor, "experienceTree");
    QTest::keyClicks(filter, QStringLiteral("emergency"));
    const auto *proxy = qobject_cast<QSortFilterProxyModel *>(tree->model());
    QVERIFY(proxy);
    QModelIndex emergency;
    for (QModelIndex i = proxy->index(0, 0); i.isValid(); i = proxy->index(0, 0, i))
        emergency = i; // the path down to the match
    QCOMPARE(emergency.data().toString(), QStringLiteral("Emergency placement"));
    tree->setCurrentIndex(emergency);
    FIND(QComboBox, lived, *editor, "newPerspective");
    lived->setCurrentIndex(lived->findData(int(Perspective::ChildOrYouth)));
    FIND(QPushButton, add, *editor, "addExperience");
    QTest::mouseClick(add, Qt::LeftButton);
    FIND(QLineEdit, note, *editor, "experienceNote");
    QTest::keyClicks(note, QStringLiteral("placed at 12"));
    auto *experiences = editor->findChild<WorkerExperiencesForm *>()->experienceModel();
    QCOMPARE(experiences->rowCount(), 1);
    QCOMPARE(experiences->experiences().first().note, QStringLiteral("placed at 12"));

    // Consent to be contacted, given today.
    editor->tabs()->setCurrentIndex(WorkerEditorDialog::ConsentsTab);
    FIND(QComboBox, scope, *editor, "consentScope");
    QCOMPARE(scope->currentData().toInt(), int(ConsentScope::Contact));
    FIND(QPushButton, addConsent, *editor, "addConsent");
    QTest::mouseClick(addConsent, Qt::LeftButton);

    auto *save = editor->findChild<QPushButton *>(QStringLiteral("save"));
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!page.editor());

    // In the register, current.
    QCOMPARE(page.model()->totalCount(), 1);
    const qint64 id = page.currentWorkerId();
    QVERIFY(id > 0);
    QCOMPARE(page.model()->summary(0)->displayName, QStringLiteral("Aino Virtanen"));
    QVERIFY(page.model()->summary(0)->contactConsentValid);
    auto given = ConsentRepository(*m_db).listForWorker(id);
    QVERIFY(given.ok() && given->size() == 1);
    QCOMPARE(given->first().recordedBy, m_office->coordinator().id); // "Recorded by": whoever is working
    auto stored = WorkerRepository(*m_db).get(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->experiences.size(), 1);
    QCOMPARE(stored->experiences.first().perspective, Perspective::ChildOrYouth);
    QCOMPARE(stored->languages, (QStringList { QStringLiteral("fi"), QStringLiteral("sv") }));

    // A request tagged with the topic ranks the worker.
    Request request;
    request.receivedOn = kNow.date();
    request.requesterName = QStringLiteral("Sari");
    request.title = QStringLiteral("How did an emergency placement feel?");
    request.topics
        = { { topicId(*m_db, QStringLiteral("child_protection.placement.emergency")), TopicWeight::Primary } };
    auto savedRequest = RequestRepository(*m_db).save(request);
    QVERIFY2(savedRequest.ok(), qPrintable(savedRequest.error().message));
    QVERIFY(ranks(*m_db, *savedRequest, id));

    // Withdraw the consent in the editor: the worker leaves the candidates.
    QTest::keyClick(page.tableView(), Qt::Key_Return);
    editor = page.editor();
    QVERIFY(editor);
    editor->tabs()->setCurrentIndex(WorkerEditorDialog::ConsentsTab);
    FIND(QTableView, consents, *editor, "consents");
    QCOMPARE(consents->model()->rowCount(), 1);
    consents->setCurrentIndex(consents->model()->index(0, 0));
    FIND(QPushButton, withdraw, *editor, "withdrawConsent");
    QVERIFY(withdraw->isEnabled());
    QTest::mouseClick(withdraw, Qt::LeftButton);
    save = editor->findChild<QPushButton *>(QStringLiteral("save"));
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(!page.editor());
    auto history = ConsentRepository(*m_db).listForWorker(id);
    QVERIFY(history.ok());
    QCOMPARE(history->size(), 1);
    QCOMPARE(history->first().withdrawnOn, kNow.date());
    QVERIFY(!ranks(*m_db, *savedRequest, id));
    QVERIFY(!page.model()->summary(0)->contactConsentValid);
}

void TestWorkersPage::invalidInputIsRefusedAndNothingSaved()
{
    WorkerEditorDialog editor(*m_office, Worker());
    editor.show();
    FIND(QLineEdit, email, editor, "email");
    QTest::keyClicks(email, QStringLiteral("not an address"));
    auto *save = editor.findChild<QPushButton *>(QStringLiteral("save"));
    QTest::mouseClick(save, Qt::LeftButton);
    QVERIFY(editor.isVisible());
    QVERIFY(!editor.problems()->shownFields().isEmpty());
    QCOMPARE(editor.problems()->shownFields().first(), QStringLiteral("displayName"));
    FIND(QLineEdit, name, editor, "displayName");
    QCOMPARE(editor.focusWidget(), name);
    QCOMPARE(editor.tabs()->currentIndex(), int(WorkerEditorDialog::ProfileTab));
    auto all = WorkerRepository(*m_db).list();
    QVERIFY(all.ok());
    QCOMPARE(all->size(), 0);
}

void TestWorkersPage::filtersAgreeWithTheDatabase()
{
    const qint64 anna
        = addWorker(QStringLiteral("Anna"), m_orgA, { QStringLiteral("fi") }, QStringLiteral("Pirkanmaa"));
    addWorker(QStringLiteral("Björn"), m_orgB, { QStringLiteral("sv") }, QStringLiteral("Uusimaa"), {}, false);
    addWorker(QStringLiteral("Cecilia"), m_orgB, { QStringLiteral("fi"), QStringLiteral("sv") },
              QStringLiteral("Uusimaa"), QDate(2011, 5, 1));
    Worker a = *WorkerRepository(*m_db).get(anna);
    a.experiences
        = { { 0, topicId(*m_db, QStringLiteral("child_protection.placement.emergency")), Perspective::Parent, {} } };
    QVERIFY(WorkerRepository(*m_db).save(a).ok());

    WorkersPage page;
    page.setOffice(m_office.get());
    page.show(); // as in the window: the filters' choices are read when the page is shown
    WorkerFilterBar *bar = page.filterBar();
    const auto choose = [&](const char *name, const QVariant &data) {
        auto *combo = bar->findChild<QComboBox *>(QLatin1String(name));
        QVERIFY(combo);
        const int index = combo->findData(data);
        QVERIFY2(index >= 0, name);
        combo->setCurrentIndex(index);
    };
    const auto shown = [&] {
        // The bar applies a change after the search pause; waits for it, not for a time.
        if (!QTest::qWaitFor([&] { return page.model()->filter() == bar->filter(); }))
            return QStringList { QStringLiteral("(the filter was not applied)") };
        return names(*page.model());
    };
    QCOMPARE(shown(), (QStringList { QStringLiteral("Anna"), QStringLiteral("Björn"), QStringLiteral("Cecilia") }));

    choose("organisation", m_orgB);
    QCOMPARE(shown(), (QStringList { QStringLiteral("Björn"), QStringLiteral("Cecilia") }));
    choose("language", QStringLiteral("fi"));
    QCOMPARE(shown(), (QStringList { QStringLiteral("Cecilia") }));
    bar->clear();
    choose("region", QStringLiteral("Uusimaa"));
    QCOMPARE(shown(), (QStringList { QStringLiteral("Björn"), QStringLiteral("Cecilia") }));
    bar->clear();
    choose("minors", int(WorkerRegisterFilter::Minors::OnlyMinors));
    QCOMPARE(shown(), (QStringList { QStringLiteral("Cecilia") }));
    choose("minors", int(WorkerRegisterFilter::Minors::NoMinors));
    QCOMPARE(shown(), (QStringList { QStringLiteral("Anna"), QStringLiteral("Björn") }));
    bar->clear();
    choose("consent", int(WorkerRegisterFilter::ConsentState::Missing));
    QCOMPARE(shown(), (QStringList { QStringLiteral("Björn") }));
    choose("consent", int(WorkerRegisterFilter::ConsentState::ExpiringSoon));
    QCOMPARE(shown(), (QStringList { QStringLiteral("Anna"), QStringLiteral("Cecilia") }));
    bar->clear();
    choose("topic", topicId(*m_db, QStringLiteral("child_protection"))); // a broader topic finds the narrower one
    QCOMPARE(shown(), (QStringList { QStringLiteral("Anna") }));
    bar->clear();
    bar->searchField()->setText(QStringLiteral("BJÖR")); // ignores case beyond ASCII
    QCOMPARE(shown(), (QStringList { QStringLiteral("Björn") }));
    bar->clear();

    // Sorting by a header click.
    page.tableView()->sortByColumn(WorkerListModel::Name, Qt::DescendingOrder);
    QCOMPARE(page.model()->summary(0)->displayName, QStringLiteral("Cecilia"));
}

void TestWorkersPage::marksShowMinorsBreaksAndLimits()
{
    const qint64 id = addWorker(QStringLiteral("Veera"), m_orgA, { QStringLiteral("fi") }, {}, QDate(2012, 1, 1));
    Worker w = *WorkerRepository(*m_db).get(id);
    w.unavailable = { { 0, kNow.date().addDays(-3), kNow.date().addDays(20), UnavailableKind::RecoveryBreak, {} } };
    QVERIFY(WorkerRepository(*m_db).save(w).ok());
    WorkerListModel model;
    model.setOffice(m_office.get());
    QCOMPARE(model.rowCount(), 1);
    const QString marks = model.index(0, WorkerListModel::Marks).data().toString();
    QVERIFY2(marks.contains(QStringLiteral("Minor (14)")), qPrintable(marks));
    QVERIFY2(marks.contains(QStringLiteral("Recovery break until")), qPrintable(marks));
    QVERIFY(!model.summary(0)->atMonthlyLimit());
}

void TestWorkersPage::deactivateAsksAndKeepsHistory()
{
    const qint64 id = addWorker(QStringLiteral("Anna"), m_orgA, { QStringLiteral("fi") }, {});
    WorkersPage page;
    page.setOffice(m_office.get());
    page.show(); // as in the window: the filters' choices are read when the page is shown
    QVERIFY(page.selectWorker(id));
    answerNextBox(QStringLiteral("nothing")); // cancel
    page.deactivateCurrent();
    QCOMPARE(WorkerRepository(*m_db).get(id)->status, WorkerStatus::Active);
    answerNextBox(QStringLiteral("deactivate"));
    page.deactivateCurrent();
    QCOMPARE(WorkerRepository(*m_db).get(id)->status, WorkerStatus::Left);
    QCOMPARE(ConsentRepository(*m_db).listForWorker(id)->size(), 1);
    QCOMPARE(page.model()->totalCount(), 0); // the register starts with those still active
}

void TestWorkersPage::staleEditIsAConflict()
{
    const qint64 id = addWorker(QStringLiteral("Anna"), m_orgA, { QStringLiteral("fi") }, {});
    WorkerEditorDialog editor(*m_office, *WorkerRepository(*m_db).get(id));
    editor.show();
    auto other = m_testDb->openOrFail();
    Worker changed = *WorkerRepository(*other).get(id);
    changed.municipality = QStringLiteral("Turku");
    QVERIFY(WorkerRepository(*other).save(changed).ok());

    FIND(QLineEdit, phone, editor, "phone");
    QTest::keyClicks(phone, QStringLiteral("040 123 4567"));
    answerNextBox(QStringLiteral("reload"));
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("save")), Qt::LeftButton);
    QVERIFY(editor.isVisible());
    QCOMPARE(WorkerRepository(*m_db).get(id)->phone, QString());
    FIND(QLineEdit, municipality, editor, "municipality");
    QCOMPARE(municipality->text(), QStringLiteral("Turku")); // reloaded
}

void TestWorkersPage::registerFollowsTheOffice()
{
    const qint64 anna = addWorker(QStringLiteral("Anna"), m_orgA, { QStringLiteral("fi") }, {});
    WorkersPage page;
    page.setOffice(m_office.get());
    page.show(); // as in the window: the filters' choices are read when the page is shown
    QCOMPARE(page.model()->totalCount(), 1);
    QVERIFY(page.selectWorker(anna));

    // A save elsewhere in this window (another page, an undo) goes through the office: the register follows it.
    Worker bertil;
    bertil.displayName = QStringLiteral("Bertil");
    bertil.organisationId = m_orgB;
    auto saved = m_office->saveWorker(bertil);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(page.model()->totalCount(), 2);
    QCOMPARE(page.currentWorkerId(), anna); // the current worker stays current
    QVERIFY(m_office->deactivateWorker(anna, m_office->worker(anna)->version).ok());
    QCOMPARE(names(*page.model()), QStringList { QStringLiteral("Bertil") });

    // Another coordinator's change arrives as an external change (PostgreSQL NOTIFY): read again.
    auto other = m_testDb->openOrFail();
    Worker cecilia;
    cecilia.displayName = QStringLiteral("Cecilia");
    cecilia.organisationId = m_orgA;
    cecilia.languages = { QStringLiteral("sv") };
    QVERIFY(WorkerRepository(*other).save(cecilia).ok());
    QCOMPARE(page.model()->totalCount(), 1);
    OfficeChange theirs;
    theirs.addAll(OfficeChange::Kind::Request); // not a kind the register shows, but someone else's
    theirs.external = true;
    emit m_office->changed(theirs);
    QCOMPARE(names(*page.model()), (QStringList { QStringLiteral("Bertil"), QStringLiteral("Cecilia") }));
    auto *language = page.filterBar()->findChild<QComboBox *>(QStringLiteral("language"));
    QVERIFY(language);
    QVERIFY(language->findData(QStringLiteral("sv")) >= 0); // the filters' choices too

    page.setOffice(nullptr);
    emit m_office->changed(theirs); // a page without an office hears nothing more
    QCOMPARE(page.model()->totalCount(), 0);
}

void TestWorkersPage::modelsPassTheModelTester()
{
    const qint64 id = addWorker(QStringLiteral("Anna"), m_orgA, { QStringLiteral("fi") }, {});
    for (int i = 0; i < 5; ++i)
        addWorker(QStringLiteral("Worker %1").arg(i), m_orgB, { QStringLiteral("sv") }, {});
    WorkerListModel list;
    QAbstractItemModelTester listTester(&list, QAbstractItemModelTester::FailureReportingMode::QtTest);
    list.setPageSize(2);
    list.setOffice(m_office.get());
    while (list.canFetchMore({}))
        list.fetchMore({});
    QCOMPARE(list.rowCount(), 6);
    list.sort(WorkerListModel::Organisation, Qt::DescendingOrder);
    QCOMPARE(list.fetchUntil(id, 100) >= 0, true);

    WorkerEditorDialog editor(*m_office, *WorkerRepository(*m_db).get(id));
    auto *consents = editor.findChild<ConsentHistoryModel *>();
    auto *experiences = editor.findChild<WorkerExperiencesForm *>()->experienceModel();
    auto *periods = editor.findChild<WorkerAvailabilityForm *>()->periodModel();
    QAbstractItemModelTester t1(consents, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t2(experiences, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester t3(periods, QAbstractItemModelTester::FailureReportingMode::QtTest);
    editor.tabs()->setCurrentIndex(WorkerEditorDialog::AvailabilityTab);
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addRecoveryBreak")), Qt::LeftButton);
    QCOMPARE(periods->rowCount(), 1);
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("removePeriod")), Qt::LeftButton);
    QCOMPARE(periods->rowCount(), 0);
    QTest::mouseClick(editor.findChild<QPushButton *>(QStringLiteral("addConsent")), Qt::LeftButton);
    QCOMPARE(consents->rowCount(), 2);
    experiences->add({ 0, topicId(*m_db, QStringLiteral("child_protection.placement")), Perspective::Parent, {} });
    experiences->remove(0);
}

QTEST_MAIN(TestWorkersPage)
#include "tst_workers_page.moc"
