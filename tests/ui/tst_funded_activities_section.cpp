// The Funded Activities section of Settings on real widgets, offscreen: the list (its model under
// QAbstractItemModelTester) shows the office's activities with their organisation; an admin adds one (a bad year is
// shown and nothing is saved), edits its funder and organisation, and deactivates and reactivates it; a coordinator who
// is not an admin sees the form disabled with the reason, and the office service refuses them too; the list follows the
// changes (another office's after a reload).
#include "TestDatabase.h"

#include "common/ItemRoles.h"
#include "main/AppInfo.h"
#include "office/OfficeService.h"
#include "settings/FundedActivitiesSection.h"
#include "settings/FundedActivityListModel.h"
#include "settings/SectionMessage.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
void retype(QLineEdit *edit, const QString &text)
{
    edit->setFocus();
    edit->selectAll();
    QTest::keyClick(edit, Qt::Key_Delete);
    QTest::keyClicks(edit, text);
}

FundedActivity storedNamed(OfficeService &office, const QString &name)
{
    auto all = office.fundedActivities();
    if (all) {
        for (const FundedActivity &a : std::as_const(*all)) {
            if (a.name == name)
                return a;
        }
    }
    return {};
}
} // namespace

class TestFundedActivitiesSection : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void theListShowsTheActivities();
    void anAdminAddsEditsAndDeactivates();
    void aBadYearIsShownAndNothingSaved();
    void aCoordinatorWhoIsNotAnAdminChangesNothing();
    void theListFollowsTheChanges();

private:
    FundedActivitiesSection *section() const { return m_page->fundedActivities(); }

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<OfficeService> m_office; // anna: admin
    std::unique_ptr<SettingsPage> m_page;
    std::unique_ptr<QAbstractItemModelTester> m_tester;
    qint64 m_organisation = 0;
    qint64 m_activity = 0;
};

void TestFundedActivitiesSection::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::apply();
}

void TestFundedActivitiesSection::init()
{
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_office = std::make_unique<OfficeService>(m_testDb->openOrFail());
    QVERIFY(m_office->actAs(QStringLiteral("anna")));
    QVERIFY(m_office->isAdmin());
    Organisation o;
    o.name = QStringLiteral("Pesäpuu ry");
    auto organisation = m_office->saveOrganisation(o);
    QVERIFY(organisation);
    m_organisation = organisation->id;
    FundedActivity a;
    a.name = QStringLiteral("Kokemus kuuluu 2024–2026");
    a.funder = QStringLiteral("STEA");
    a.organisationId = m_organisation;
    a.firstYear = 2024;
    a.lastYear = 2026;
    auto activity = m_office->saveFundedActivity(a);
    QVERIFY2(activity, qPrintable(activity.error().message));
    m_activity = activity->id;

    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kohtaamo.ini")));
    m_page = std::make_unique<SettingsPage>(*m_settings);
    m_tester = std::make_unique<QAbstractItemModelTester>(section()->model(),
                                                          QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->resize(1100, 720);
    m_page->setOffice(m_office.get());
    m_page->showSection(SettingsPage::Section::FundedActivities);
    m_page->show();
}

void TestFundedActivitiesSection::cleanup()
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

void TestFundedActivitiesSection::theListShowsTheActivities()
{
    QCOMPARE(m_page->currentSection(), SettingsPage::Section::FundedActivities);
    QVERIFY(section()->isVisible());
    FundedActivityListModel *model = section()->model();
    QCOMPARE(model->rowCount(), 1);
    const int row = model->rowOf(m_activity);
    QCOMPARE(row, 0);
    QCOMPARE(model->index(row, FundedActivityListModel::NameColumn).data().toString(),
             QStringLiteral("Kokemus kuuluu 2024–2026"));
    QCOMPARE(model->index(row, FundedActivityListModel::FunderColumn).data().toString(), QStringLiteral("STEA"));
    QCOMPARE(model->index(row, FundedActivityListModel::OrganisationColumn).data().toString(),
             QStringLiteral("Pesäpuu ry"));
    QCOMPARE(model->index(row, FundedActivityListModel::YearsColumn).data().toString(), QStringLiteral("2024–2026"));
    QCOMPARE(model->index(row, FundedActivityListModel::StateColumn).data().toString(), QStringLiteral("In use"));
    QCOMPARE(model->index(row, 0).data(ItemRoles::IdRole).toLongLong(), m_activity);
    // The chosen one is in the form.
    QCOMPARE(section()->nameInput()->text(), QStringLiteral("Kokemus kuuluu 2024–2026"));
    QCOMPARE(section()->organisationInput()->currentData().toLongLong(), m_organisation);
    QCOMPARE(section()->firstYearInput()->value(), 2024);
}

void TestFundedActivitiesSection::anAdminAddsEditsAndDeactivates()
{
    FundedActivitiesSection *s = section();
    QVERIFY(s->newButton()->isEnabled());
    s->newButton()->click();
    QCOMPARE(s->nameInput()->text(), QString());
    QVERIFY(!s->saveButton()->isEnabled());
    retype(s->nameInput(), QStringLiteral("Youth Voice"));
    retype(s->funderInput(), QStringLiteral("STEA"));
    QVERIFY(s->saveButton()->isEnabled());
    s->saveButton()->click();
    FundedActivity added = storedNamed(*m_office, QStringLiteral("Youth Voice"));
    QVERIFY(added.id > 0);
    QCOMPARE(added.funder, QStringLiteral("STEA"));
    QCOMPARE(added.organisationId, qint64(0)); // the whole office
    QVERIFY(added.active);
    QCOMPARE(s->model()->rowCount(), 2);
    QCOMPARE(s->message()->kind(), SectionMessage::Kind::Information);

    // Edit: another funder, the organisation, a first year; Enter in a field saves.
    retype(s->funderInput(), QStringLiteral("Opetushallitus"));
    s->organisationInput()->setCurrentIndex(s->organisationInput()->findData(m_organisation));
    s->firstYearInput()->setValue(2025);
    QTest::keyClick(s->funderInput(), Qt::Key_Return);
    FundedActivity edited = storedNamed(*m_office, QStringLiteral("Youth Voice"));
    QCOMPARE(edited.funder, QStringLiteral("Opetushallitus"));
    QCOMPARE(edited.organisationId, m_organisation);
    QCOMPARE(edited.firstYear, 2025);
    QCOMPARE(edited.lastYear, 0);
    QCOMPARE(s->model()->index(s->model()->rowOf(edited.id), FundedActivityListModel::YearsColumn).data().toString(),
             QStringLiteral("from 2025"));

    // Deactivate, then reactivate: kept, never deleted.
    QVERIFY(s->toggleButton()->isVisible());
    s->toggleButton()->click();
    QVERIFY(!storedNamed(*m_office, QStringLiteral("Youth Voice")).active);
    QCOMPARE(s->model()->rowCount(), 2);
    QCOMPARE(s->model()->index(s->model()->rowOf(edited.id), FundedActivityListModel::StateColumn).data().toString(),
             QStringLiteral("Deactivated"));
    s->toggleButton()->click();
    QVERIFY(storedNamed(*m_office, QStringLiteral("Youth Voice")).active);
}

void TestFundedActivitiesSection::aBadYearIsShownAndNothingSaved()
{
    FundedActivitiesSection *s = section();
    s->firstYearInput()->setValue(2027); // after the last year, 2026
    auto *problem = s->findChild<QLabel *>(QStringLiteral("fundedActivityProblem"));
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QStringLiteral("last year")));
    QVERIFY(!s->saveButton()->isEnabled());
    QVERIFY(!s->save());
    QCOMPARE(storedNamed(*m_office, QStringLiteral("Kokemus kuuluu 2024–2026")).firstYear, 2024);
    // Escape puts the form back.
    QTest::keyClick(s->firstYearInput(), Qt::Key_Escape);
    QCOMPARE(s->firstYearInput()->value(), 2024);
    QVERIFY(!problem->isVisible());
}

void TestFundedActivitiesSection::aCoordinatorWhoIsNotAnAdminChangesNothing()
{
    auto bertta = std::make_unique<OfficeService>(m_testDb->openOrFail());
    QVERIFY(bertta->actAs(QStringLiteral("bertta")));
    QVERIFY(!bertta->isAdmin());
    m_page->setOffice(bertta.get());
    FundedActivitiesSection *s = section();
    QCOMPARE(s->model()->rowCount(), 1);
    for (QWidget *input : std::initializer_list<QWidget *> { s->nameInput(), s->funderInput(), s->organisationInput(),
                                                             s->firstYearInput(), s->lastYearInput() }) {
        QVERIFY2(!input->isEnabled(), qPrintable(input->objectName()));
        QCOMPARE(input->toolTip(), QStringLiteral("Only an admin can change the funded activities."));
    }
    QVERIFY(!s->newButton()->isEnabled());
    QVERIFY(!s->saveButton()->isEnabled());
    QVERIFY(!s->toggleButton()->isEnabled());
    QVERIFY(!s->toggleActive());
    // The office service refuses them too, naming the role.
    FundedActivity a = storedNamed(*bertta, QStringLiteral("Kokemus kuuluu 2024–2026"));
    a.funder = QStringLiteral("Someone else");
    auto refused = bertta->saveFundedActivity(a);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    m_page->setOffice(m_office.get());
}

void TestFundedActivitiesSection::theListFollowsTheChanges()
{
    auto other = std::make_unique<OfficeService>(m_testDb->openOrFail());
    QVERIFY(other->actAs(QStringLiteral("anna")));
    FundedActivity a;
    a.name = QStringLiteral("Perhetyön kehittäminen");
    QVERIFY(other->saveFundedActivity(a));
    // On SQLite the other office's change is not announced to this one: it shows after a reload, and the change
    // signal of this office (the one the section listens to) is what a save here gives.
    section()->reload();
    QCOMPARE(section()->model()->rowCount(), 2);
    FundedActivity b;
    b.name = QStringLiteral("Vertaisryhmät");
    QVERIFY(m_office->saveFundedActivity(b)); // announced by this office: the list follows by itself
    QCOMPARE(section()->model()->rowCount(), 3);
}

QTEST_MAIN(TestFundedActivitiesSection)
#include "tst_funded_activities_section.moc"
