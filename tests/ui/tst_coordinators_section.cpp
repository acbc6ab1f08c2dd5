// The Coordinators section of Settings on real widgets, offscreen: an admin adds a coordinator (invalid input shown
// under its field) and changes a role and whether one is active; a coordinator who is not an admin changes only their
// own name and e-mail (the other inputs are disabled and say why, and the office service refuses the rest too); the
// list follows a change made through another office on the same database, and a stale form is a conflict that
// overwrites nothing.
#include "ModalDriver.h"
#include "TestDatabase.h"

#include "main/AppInfo.h"
#include "office/OfficeService.h"
#include "repositories/CoordinatorRepository.h"
#include "repositories/OrganisationRepository.h"
#include "requests/FieldProblems.h"
#include "settings/CoordinatorTableModel.h"
#include "settings/CoordinatorsSection.h"
#include "settings/SectionMessage.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"

#include <QAbstractItemModelTester>
#include <QCheckBox>
#include <QComboBox>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;
using Kohtaamo::Test::whenModal;

namespace {

// Replaces the text of a line edit as a user does: select all, type.
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

void choose(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    QVERIFY2(index >= 0, qPrintable(data.toString()));
    combo->setCurrentIndex(index);
}

Coordinator stored(OfficeService &office, const QString &login)
{
    auto c = CoordinatorRepository(office.database()).findByUsername(login);
    return c ? *c : Coordinator();
}

QString cell(CoordinatorsSection *section, qint64 id, int column)
{
    CoordinatorTableModel *model = section->model();
    return model->index(model->rowOf(id), column).data().toString();
}

} // namespace

class TestCoordinatorsSection : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void actingCoordinatorIsListedAndMarked();
    void adminAddsACoordinatorAndChangesARole();
    void nonAdminChangesOnlyOwnNameAndEmail();
    void listFollowsAnotherOfficesChange();
    void staleFormIsAConflictAndOverwritesNothing();

private:
    // A second connection to the same database, acting as `login` (a second coordinator at another computer).
    std::unique_ptr<OfficeService> otherOffice(const QString &login);
    CoordinatorsSection *section() const { return m_page->coordinators(); }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<OfficeService> m_office; // anna, the first coordinator: admin
    std::unique_ptr<SettingsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_organisation = 0;
};

void TestCoordinatorsSection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::apply();
}

void TestCoordinatorsSection::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_office = std::make_unique<OfficeService>(m_testDb->openOrFail());
    QVERIFY(m_office->actAs(QStringLiteral("anna")));
    QCOMPARE(m_office->coordinator().role, CoordinatorRole::Admin);
    Coordinator anna = m_office->coordinator();
    anna.displayName = QStringLiteral("Anna Koordinaattori");
    QVERIFY(m_office->saveCoordinator(anna));
    Organisation o;
    o.name = QStringLiteral("Pesäpuu ry");
    auto organisation = OrganisationRepository(m_office->database()).save(o);
    QVERIFY(organisation);
    m_organisation = organisation->id;

    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kohtaamo.ini")));
    m_page = std::make_unique<SettingsPage>(*m_settings);
    m_tester = std::make_unique<QAbstractItemModelTester>(section()->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1100, 720);
    m_page->setOffice(m_office.get());
    m_page->showSection(SettingsPage::Section::Coordinators);
    m_page->show();
    m_page->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_page.get()));
}

void TestCoordinatorsSection::cleanup()
{
    if (m_page)
        m_page->setOffice(nullptr);
    m_tester.reset();
    m_page.reset();
    m_settings.reset();
    m_dir.reset();
    m_office.reset();
    m_testDb.reset();
}

std::unique_ptr<OfficeService> TestCoordinatorsSection::otherOffice(const QString &login)
{
    auto office = std::make_unique<OfficeService>(m_testDb->openOrFail());
    if (!office->actAs(login))
        return nullptr;
    return office;
}

void TestCoordinatorsSection::actingCoordinatorIsListedAndMarked()
{
    QCOMPARE(m_page->currentSection(), SettingsPage::Section::Coordinators);
    QVERIFY(section()->isVisible());
    const qint64 me = m_office->coordinator().id;
    QCOMPARE(section()->model()->rowCount(), 1);
    QCOMPARE(cell(section(), me, CoordinatorTableModel::NameColumn), QStringLiteral("Anna Koordinaattori (you)"));
    QCOMPARE(cell(section(), me, CoordinatorTableModel::LoginColumn), QStringLiteral("anna"));
    QCOMPARE(cell(section(), me, CoordinatorTableModel::RoleColumn), QStringLiteral("Admin"));
    QCOMPARE(cell(section(), me, CoordinatorTableModel::StateColumn), QStringLiteral("Active"));
    // The form opens on the acting coordinator, and an admin may change everything.
    QCOMPARE(section()->current().id, me);
    QCOMPARE(section()->nameInput()->text(), QStringLiteral("Anna Koordinaattori"));
    QVERIFY(section()->roleInput()->isEnabled());
    QVERIFY(section()->newButton()->isEnabled());
    QVERIFY(!section()->saveButton()->isEnabled()); // nothing changed yet
}

void TestCoordinatorsSection::adminAddsACoordinatorAndChangesARole()
{
    CoordinatorsSection *s = section();
    QTest::mouseClick(s->newButton(), Qt::LeftButton);
    QCOMPARE(s->current().id, 0);
    QVERIFY(s->loginInput()->hasFocus());
    QTest::keyClicks(s->loginInput(), QStringLiteral("bertta"));
    QTest::keyClicks(s->nameInput(), QStringLiteral("Bertta Berg"));
    QTest::keyClicks(s->emailInput(), QStringLiteral("bertta-at-example"));
    choose(s->organisationInput(), m_organisation);
    QCOMPARE(s->roleInput()->currentData().toInt(), int(CoordinatorRole::Coordinator));
    QVERIFY(s->saveButton()->isEnabled());

    // An invalid e-mail address is said under its field; nothing is stored, the form keeps what was typed.
    QTest::mouseClick(s->saveButton(), Qt::LeftButton);
    QVERIFY(s->problems()->shownMessage(QStringLiteral("email")).contains(QLatin1String("bertta-at-example")));
    QCOMPARE(s->problems()->shownFields(), QStringList { QStringLiteral("email") });
    QCOMPARE(stored(*m_office, QStringLiteral("bertta")).id, 0);
    QCOMPARE(s->nameInput()->text(), QStringLiteral("Bertta Berg"));
    QVERIFY(s->emailInput()->hasFocus());

    retype(s->emailInput(), QStringLiteral("bertta@example.fi"));
    QVERIFY(s->problems()->shownFields().isEmpty()); // editing the field takes the save's problem away
    QTest::keyClick(s->emailInput(), Qt::Key_Return); // Enter saves
    Coordinator bertta = stored(*m_office, QStringLiteral("bertta"));
    QVERIFY(bertta.id != 0);
    QCOMPARE(bertta.displayName, QStringLiteral("Bertta Berg"));
    QCOMPARE(bertta.email, QStringLiteral("bertta@example.fi"));
    QCOMPARE(bertta.organisationId, m_organisation);
    QCOMPARE(bertta.role, CoordinatorRole::Coordinator);
    QVERIFY(bertta.active);
    QCOMPARE(s->message()->text(), QStringLiteral("The coordinator is added."));
    QCOMPARE(s->current().id, bertta.id);
    QCOMPARE(s->view()->currentIndex().row(), s->model()->rowOf(bertta.id));
    QCOMPARE(s->model()->rowCount(), 2);
    QCOMPARE(cell(s, bertta.id, CoordinatorTableModel::OrganisationColumn), QStringLiteral("Pesäpuu ry"));
    QCOMPARE(cell(s, bertta.id, CoordinatorTableModel::NameColumn), QStringLiteral("Bertta Berg")); // not "(you)"

    // The admin makes Bertta a viewer, then inactive: stored, shown, and still listed (nobody is deleted).
    choose(s->roleInput(), int(CoordinatorRole::Viewer));
    QVERIFY(s->save());
    QCOMPARE(stored(*m_office, QStringLiteral("bertta")).role, CoordinatorRole::Viewer);
    QCOMPARE(cell(s, bertta.id, CoordinatorTableModel::RoleColumn), QStringLiteral("Viewer"));
    QTest::mouseClick(s->activeInput(), Qt::LeftButton, {}, QPoint(6, s->activeInput()->height() / 2));
    QVERIFY(!s->activeInput()->isChecked());
    QTest::mouseClick(s->saveButton(), Qt::LeftButton);
    QVERIFY(!stored(*m_office, QStringLiteral("bertta")).active);
    QCOMPARE(s->model()->rowCount(), 2);
    QCOMPARE(cell(s, bertta.id, CoordinatorTableModel::StateColumn), QStringLiteral("Inactive"));

    // Escape puts back what is stored.
    retype(s->nameInput(), QStringLiteral("Somebody Else"));
    QTest::keyClick(s->nameInput(), Qt::Key_Escape);
    QCOMPARE(s->nameInput()->text(), QStringLiteral("Bertta Berg"));
    QVERIFY(!s->saveButton()->isEnabled());
}

void TestCoordinatorsSection::nonAdminChangesOnlyOwnNameAndEmail()
{
    auto bertta = otherOffice(QStringLiteral("bertta"));
    QVERIFY(bertta);
    QCOMPARE(bertta->coordinator().role, CoordinatorRole::Coordinator);
    const qint64 anna = m_office->coordinator().id;
    const qint64 me = bertta->coordinator().id;
    m_page->setOffice(bertta.get());
    CoordinatorsSection *s = section();
    QCOMPARE(s->model()->rowCount(), 2);
    QVERIFY(cell(s, me, CoordinatorTableModel::NameColumn).endsWith(QLatin1String("(you)")));
    QVERIFY(!cell(s, anna, CoordinatorTableModel::NameColumn).endsWith(QLatin1String("(you)")));

    // Their own record: name and e-mail open; login, organisation, role and active closed, saying why.
    QCOMPARE(s->current().id, me);
    QVERIFY(s->nameInput()->isEnabled());
    QVERIFY(s->emailInput()->isEnabled());
    for (QWidget *w : { static_cast<QWidget *>(s->loginInput()), static_cast<QWidget *>(s->organisationInput()),
                        static_cast<QWidget *>(s->roleInput()), static_cast<QWidget *>(s->activeInput()) }) {
        QVERIFY2(!w->isEnabled(), qPrintable(w->objectName()));
        QVERIFY2(w->toolTip().contains(QLatin1String("Only an admin")), qPrintable(w->objectName()));
    }
    QVERIFY(!s->newButton()->isEnabled());
    QVERIFY(s->newButton()->toolTip().contains(QLatin1String("Only an admin")));
    s->startNew(); // refused: the form stays on their record
    QCOMPARE(s->current().id, me);

    retype(s->nameInput(), QStringLiteral("Bertta Berg"));
    QTest::keyClicks(s->emailInput(), QStringLiteral("bertta@example.fi"));
    QTest::mouseClick(s->saveButton(), Qt::LeftButton);
    QCOMPARE(stored(*bertta, QStringLiteral("bertta")).displayName, QStringLiteral("Bertta Berg"));
    QCOMPARE(stored(*bertta, QStringLiteral("bertta")).email, QStringLiteral("bertta@example.fi"));
    QCOMPARE(cell(s, me, CoordinatorTableModel::NameColumn), QStringLiteral("Bertta Berg (you)"));

    // Anyone else's record: nothing open.
    s->select(anna);
    QCOMPARE(s->current().id, anna);
    for (QWidget *w : { static_cast<QWidget *>(s->nameInput()), static_cast<QWidget *>(s->emailInput()),
                        static_cast<QWidget *>(s->roleInput()) }) {
        QVERIFY2(!w->isEnabled(), qPrintable(w->objectName()));
        QVERIFY2(w->toolTip().contains(QLatin1String("only your own")), qPrintable(w->objectName()));
    }
    QVERIFY(!s->saveButton()->isEnabled());

    // The office service holds the rule too: no role of their own, nor anyone else's record.
    Coordinator promoted = bertta->coordinator();
    promoted.role = CoordinatorRole::Admin;
    auto refused = bertta->saveCoordinator(promoted);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    Coordinator other = stored(*bertta, QStringLiteral("anna"));
    other.displayName = QStringLiteral("Renamed");
    QVERIFY(!bertta->saveCoordinator(other));
    QCOMPARE(stored(*bertta, QStringLiteral("bertta")).role, CoordinatorRole::Coordinator);
    QCOMPARE(stored(*bertta, QStringLiteral("anna")).displayName, QStringLiteral("Anna Koordinaattori"));

    // A viewer changes nothing, not even their own name.
    Coordinator demoted = stored(*m_office, QStringLiteral("bertta"));
    demoted.role = CoordinatorRole::Viewer;
    QVERIFY(m_office->saveCoordinator(demoted));
    QVERIFY(bertta->actAs(QStringLiteral("bertta")));
    s->setOffice(bertta.get());
    QCOMPARE(s->current().id, me);
    QVERIFY(!s->nameInput()->isEnabled());
    QVERIFY(s->nameInput()->toolTip().contains(QLatin1String("viewer")));
    QCOMPARE(cell(s, me, CoordinatorTableModel::RoleColumn), QStringLiteral("Viewer"));
}

void TestCoordinatorsSection::listFollowsAnotherOfficesChange()
{
    CoordinatorsSection *s = section();
    QCOMPARE(s->model()->rowCount(), 1);
    // Anna has begun to change her e-mail; meanwhile another office on the same database (Anna at a second
    // computer) adds Carl.
    QTest::keyClicks(s->emailInput(), QStringLiteral("anna@example.fi"));
    auto elsewhere = otherOffice(QStringLiteral("anna"));
    QVERIFY(elsewhere);
    QSignalSpy heard(m_office.get(), &OfficeService::changed);
    Coordinator carl;
    carl.username = QStringLiteral("carl");
    carl.displayName = QStringLiteral("Carl Carlsson");
    auto added = elsewhere->saveCoordinator(carl);
    QVERIFY2(added, qPrintable(added.error().message));
    if (TestDatabase::postgres()) {
        // PostgreSQL carries the change to this office through LISTEN/NOTIFY.
        QVERIFY(heard.count() > 0 || heard.wait(5000));
    } else {
        // SQLite has no channel between connections: the change arrives as LISTEN delivers it on PostgreSQL.
        QCOMPARE(heard.count(), 0);
        OfficeChange change;
        change.add(OfficeChange::Kind::Coordinator, added->id);
        change.external = true;
        emit m_office->changed(change);
    }
    QCOMPARE(s->model()->rowCount(), 2);
    QCOMPARE(cell(s, added->id, CoordinatorTableModel::NameColumn), QStringLiteral("Carl Carlsson"));
    // The half-typed change is still in the form and can be saved.
    QCOMPARE(s->emailInput()->text(), QStringLiteral("anna@example.fi"));
    QCOMPARE(s->current().id, m_office->coordinator().id);
    QVERIFY(s->save());
    QCOMPARE(stored(*m_office, QStringLiteral("anna")).email, QStringLiteral("anna@example.fi"));

    // Organisations are followed too: a new one is offered at once.
    Organisation o;
    o.name = QStringLiteral("Ensi- ja turvakotien liitto");
    auto organisation = OrganisationRepository(elsewhere->database()).save(o);
    QVERIFY(organisation);
    QCOMPARE(s->organisationInput()->findData(organisation->id), -1);
    OfficeChange change;
    change.addAll(OfficeChange::Kind::Organisation);
    change.external = true;
    emit m_office->changed(change);
    QVERIFY(s->organisationInput()->findData(organisation->id) >= 0);
}

void TestCoordinatorsSection::staleFormIsAConflictAndOverwritesNothing()
{
    CoordinatorsSection *s = section();
    const qint64 me = m_office->coordinator().id;
    // Another office renames Anna; this screen does not hear of it (no refresh) and is stale.
    auto elsewhere = otherOffice(QStringLiteral("anna"));
    QVERIFY(elsewhere);
    Coordinator renamed = elsewhere->coordinator();
    renamed.displayName = QStringLiteral("Anna A.");
    QVERIFY(elsewhere->saveCoordinator(renamed));

    QTest::keyClicks(s->emailInput(), QStringLiteral("anna@example.fi"));
    auto box = whenModal<QMessageBox>([](QMessageBox *) {});
    QVERIFY(!s->save());
    QVERIFY(box->seen);
    QCOMPARE(box->text, QStringLiteral("The coordinator was not saved."));
    QCOMPARE(stored(*m_office, QStringLiteral("anna")).displayName, QStringLiteral("Anna A."));
    QCOMPARE(stored(*m_office, QStringLiteral("anna")).email, QString());
    QCOMPARE(s->message()->kind(), SectionMessage::Kind::Problem);
    QVERIFY(s->message()->actionButton()->isVisible());
    QTest::mouseClick(s->message()->actionButton(), Qt::LeftButton);
    QCOMPARE(s->current().id, me);
    QCOMPARE(s->nameInput()->text(), QStringLiteral("Anna A."));
    QCOMPARE(s->emailInput()->text(), QString());
    QCOMPARE(cell(s, me, CoordinatorTableModel::NameColumn), QStringLiteral("Anna A. (you)"));
}

QTEST_MAIN(TestCoordinatorsSection)
#include "tst_coordinators_section.moc"
