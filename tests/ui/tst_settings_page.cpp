// The Settings page on real widgets, offscreen: ranking weights saved, restored and protected against another
// coordinator's save; topics added, renamed, moved and retired (and then gone from the pickers); organisations;
// testing a database address; the language choice; names for screen readers; and a picture of every section.
#include "main/AppInfo.h"
#include "matching/RankingWeightsRepository.h"
#include "office/OfficeService.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/TopicRepository.h"
#include "requests/EuroAmountEdit.h"
#include "requests/TopicTreeModel.h"
#include "settings/DatabaseSection.h"
#include "settings/GroupMeetingSection.h"
#include "settings/LanguageSection.h"
#include "settings/OfficeSection.h"
#include "settings/OrganisationListModel.h"
#include "settings/OrganisationsSection.h"
#include "settings/RankingWeightsSection.h"
#include "settings/SectionMessage.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "settings/TopicEditForm.h"
#include "settings/TopicTaxonomySection.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>
#include <QTreeView>

#include <iterator>
#include <memory>

using namespace Kohtaamo;

namespace {

bool isInteractive(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
        return true;
    default:
        return false;
    }
}

void collectUnnamed(QAccessibleInterface *iface, QStringList &unnamed, int depth = 0)
{
    if (!iface || depth > 64 || iface->state().invisible)
        return;
    if (isInteractive(iface->role()) && iface->text(QAccessible::Name).trimmed().isEmpty()) {
        QObject *o = iface->object();
        unnamed << QStringLiteral("role %1 %2 \"%3\"")
                       .arg(int(iface->role()))
                       .arg(o ? QString::fromLatin1(o->metaObject()->className()) : QString(),
                            o ? o->objectName() : QString());
    }
    for (int i = 0; i < iface->childCount(); ++i)
        collectUnnamed(iface->child(i), unnamed, depth + 1);
}

// Clicks the button called `name` in the next message box that opens; `seen` tells whether one opened.
void answerNextBox(const QString &name, bool *seen)
{
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, name, seen] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        timer->deleteLater();
        *seen = true;
        if (auto *button = box->findChild<QAbstractButton *>(name))
            button->click();
        else
            box->reject();
    });
    timer->start();
}

// Types text as keys, letters outside ASCII included (QTest::keyClicks only knows ASCII).
void type(QWidget *widget, const QString &text)
{
    for (const QChar c : text)
        QTest::sendKeyEvent(QTest::Click, widget, Qt::Key_unknown, QString(c), Qt::NoModifier);
}

Topic storedTopic(Database &db, const QString &code)
{
    auto t = TopicRepository(db).findByCode(code);
    return t ? *t : Topic();
}

} // namespace

class TestSettingsPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();
    void cleanup();

    void changedWeightIsSaved();
    void enterSavesAndEscapeRevertsAWeight();
    void anotherCoordinatorsSaveIsAConflictAndNothingIsOverwritten();
    void restoreDefaultsAsksFirst();
    void addedSubtopicIsStored();
    void invalidTopicCannotBeSaved();
    void renamedAndMovedTopicIsStored();
    void retiredTopicLeavesThePickerAndCanReturn();
    void topicChangedByAnotherCoordinatorIsNotOverwritten();
    void topicTreeOffersNoMoveUnderItself();
    void organisationIsAddedRenamedAndDeactivated();
    void duplicateOrganisationNameIsRefusedInline();
    void badDatabaseAddressSaysWhyAndEmitsNothing();
    void databaseSectionSaysWhichSearchIsInUse();
    void testedDatabaseCanBeUsed();
    void choosingALanguageStoresIt();
    void groupMeetingSlotTakesAnEditor();
    void modelsPassTheModelTester();
    void everyInteractiveWidgetHasAnAccessibleName();
    void everySectionIsDrawn();
    void officeLargestFeeIsAnAdminsSetting();
    void theCatalogueIsAnAdminsToChange();
    void anotherCoordinatorsChangesAreShownAndEditsKept();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<SettingsPage> m_page;
};

void TestSettingsPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::apply();
}

void TestSettingsPage::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kohtaamo.ini")));
    auto opened = Database::open(DatabaseLocation::sqlite(m_dir->filePath(QStringLiteral("office.sqlite"))));
    QVERIFY2(opened.ok(), qPrintable(opened.error().message));
    m_db = std::move(opened).value();
    m_db->setActor(QStringLiteral("anna.koordinaattori"));
    m_page = std::make_unique<SettingsPage>(*m_settings);
    m_page->resize(1100, 720);
    m_office = std::make_unique<OfficeService>(*m_db);
    QVERIFY(m_office->actAs(m_db->actor()));
    m_page->setOffice(m_office.get());
    m_page->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_page.get()));
}

void TestSettingsPage::cleanup()
{
    m_page.reset();
    m_office.reset();
    m_db.reset();
    m_settings.reset();
    m_dir.reset();
}

void TestSettingsPage::changedWeightIsSaved()
{
    RankingWeightsSection *section = m_page->rankingWeights();
    m_page->showSection(SettingsPage::Section::RankingWeights);
    auto *save = section->findChild<QPushButton *>(QStringLiteral("saveWeightsButton"));
    QVERIFY(!save->isEnabled()); // nothing to save yet
    QSignalSpy saved(m_page.get(), &SettingsPage::rankingWeightsChanged);

    section->input(RankingWeights::Key::ExperienceExact)->setValue(55);
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);

    auto stored = RankingWeightsRepository(*m_db).load();
    QVERIFY(stored.ok());
    QCOMPARE(stored->value(RankingWeights::Key::ExperienceExact), 55.0);
    QCOMPARE(saved.count(), 1);
    QVERIFY(!save->isEnabled());
    QCOMPARE(section->message()->kind(), SectionMessage::Kind::Information);
    SqlQuery audit(*m_db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'ranking_weights'"));
    QCOMPARE(audit.scalar()->toInt(), 1);
}

void TestSettingsPage::enterSavesAndEscapeRevertsAWeight()
{
    m_page->showSection(SettingsPage::Section::RankingWeights);
    QDoubleSpinBox *input = m_page->rankingWeights()->input(RankingWeights::Key::RotationWindowDays);
    input->setFocus();
    input->selectAll();
    type(input, QStringLiteral("120"));
    QTest::keyClick(input, Qt::Key_Escape);
    QCOMPARE(input->value(), 90.0);
    input->selectAll();
    type(input, QStringLiteral("120"));
    QTest::keyClick(input, Qt::Key_Return);
    QCOMPARE(RankingWeightsRepository(*m_db).load()->value(RankingWeights::Key::RotationWindowDays), 120.0);
}

void TestSettingsPage::anotherCoordinatorsSaveIsAConflictAndNothingIsOverwritten()
{
    RankingWeightsSection *section = m_page->rankingWeights();
    // Another coordinator, on a connection of their own, saves after this page read the weights.
    auto other = Database::open(m_db->location());
    QVERIFY(other.ok());
    (*other)->setActor(QStringLiteral("ben.koordinaattori"));
    RankingWeightsRepository theirs(**other);
    RankingWeights w = *theirs.load();
    w.setValue(RankingWeights::Key::FeeOverPenalty, 70);
    QVERIFY(theirs.save(w).ok());

    section->input(RankingWeights::Key::FeeNearPenalty)->setValue(15);
    QVERIFY(!section->save());
    QCOMPARE(section->message()->kind(), SectionMessage::Kind::Problem);
    QVERIFY2(section->message()->text().contains(QLatin1String("someone else")),
             qPrintable(section->message()->text()));
    const RankingWeights stored = *RankingWeightsRepository(*m_db).load();
    QCOMPARE(stored.value(RankingWeights::Key::FeeOverPenalty), 70.0);
    QCOMPARE(stored.value(RankingWeights::Key::FeeNearPenalty), 10.0);

    // The message offers to reload; then the other coordinator's value shows and a save goes through.
    QPushButton *reload = section->message()->actionButton();
    QVERIFY(reload->isVisible());
    QTest::mouseClick(reload, Qt::LeftButton);
    QCOMPARE(section->input(RankingWeights::Key::FeeOverPenalty)->value(), 70.0);
    section->input(RankingWeights::Key::FeeNearPenalty)->setValue(15);
    QVERIFY(section->save());
    QCOMPARE(RankingWeightsRepository(*m_db).load()->value(RankingWeights::Key::FeeNearPenalty), 15.0);
}

void TestSettingsPage::restoreDefaultsAsksFirst()
{
    RankingWeightsSection *section = m_page->rankingWeights();
    section->input(RankingWeights::Key::WillingnessListed)->setValue(3);
    QVERIFY(section->save());
    auto *button = section->findChild<QPushButton *>(QStringLiteral("restoreDefaultsButton"));
    QVERIFY(button->isEnabled());

    bool asked = false;
    answerNextBox(QStringLiteral("cancel"), &asked);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(asked);
    QCOMPARE(RankingWeightsRepository(*m_db).load()->value(RankingWeights::Key::WillingnessListed), 3.0);

    asked = false;
    answerNextBox(QStringLiteral("restore"), &asked);
    QTest::mouseClick(button, Qt::LeftButton);
    QVERIFY(asked);
    const RankingWeights stored = *RankingWeightsRepository(*m_db).load();
    QVERIFY(stored.sameValues(RankingWeights::defaults()));
    QCOMPARE(section->input(RankingWeights::Key::WillingnessListed)->value(), 15.0);
    QVERIFY(!button->isEnabled());
}

void TestSettingsPage::addedSubtopicIsStored()
{
    TopicTaxonomySection *section = m_page->topics();
    m_page->showSection(SettingsPage::Section::Topics);
    QVERIFY(!section->topics().isEmpty());
    const Topic parent = section->topics().constFirst();
    section->select(parent.id);
    QCOMPARE(section->currentTopicId(), parent.id);

    TopicEditForm *form = section->form();
    QTest::mouseClick(section->findChild<QPushButton *>(QStringLiteral("addSubtopicButton")), Qt::LeftButton);
    QVERIFY(form->isNew());
    QVERIFY(!form->saveButton()->isEnabled());
    type(form->nameInput(QStringLiteral("fi")), QStringLiteral("Vertaistuki"));
    type(form->nameInput(QStringLiteral("sv")), QStringLiteral("Kamratstöd"));
    type(form->nameInput(QStringLiteral("en")), QStringLiteral("Peer support"));
    const QString code = parent.code + QStringLiteral(".peer_support");
    QCOMPARE(form->codeInput()->text(), code); // suggested from the English name
    QVERIFY(form->saveButton()->isEnabled());
    QTest::keyClick(form->nameInput(QStringLiteral("en")), Qt::Key_Return);

    const Topic stored = storedTopic(*m_db, code);
    QVERIFY(stored.id != 0);
    QCOMPARE(stored.parentId, parent.id);
    QCOMPARE(stored.nameFi, QStringLiteral("Vertaistuki"));
    QCOMPARE(stored.nameSv, QStringLiteral("Kamratstöd"));
    QCOMPARE(section->currentTopicId(), stored.id);
    QVERIFY(section->model()->indexOf(stored.id).isValid());
    SqlQuery audit(*m_db,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'topics' AND record_id = ?"));
    audit.bind(stored.id);
    QCOMPARE(audit.scalar()->toInt(), 1);
}

void TestSettingsPage::invalidTopicCannotBeSaved()
{
    TopicTaxonomySection *section = m_page->topics();
    const Topic first = section->topics().constFirst();
    section->select(first.id);
    section->addSibling();
    TopicEditForm *form = section->form();
    type(form->nameInput(QStringLiteral("fi")), QStringLiteral("Jotain"));
    form->codeInput()->setFocus();
    form->codeInput()->selectAll();
    type(form->codeInput(), QStringLiteral("Not A Code"));
    QVERIFY(!form->problem().isEmpty());
    QVERIFY(!form->saveButton()->isEnabled());
    const int before = int(TopicRepository(*m_db).list()->size());
    QTest::keyClick(form->codeInput(), Qt::Key_Return);
    QCOMPARE(int(TopicRepository(*m_db).list()->size()), before);
    // Escape gives the new topic up and goes back to the chosen one.
    QTest::keyClick(form->codeInput(), Qt::Key_Escape);
    QVERIFY(!form->isNew());
    QCOMPARE(section->currentTopicId(), first.id);
}

void TestSettingsPage::renamedAndMovedTopicIsStored()
{
    TopicTaxonomySection *section = m_page->topics();
    // A topic with a parent, moved to the top level and renamed in Swedish.
    Topic child;
    for (const Topic &t : section->topics()) {
        if (t.parentId != 0 && !t.retired) {
            child = t;
            break;
        }
    }
    QVERIFY(child.id != 0);
    section->select(child.id);
    TopicEditForm *form = section->form();
    QLineEdit *sv = form->nameInput(QStringLiteral("sv"));
    sv->selectAll();
    type(sv, QStringLiteral("Nytt namn"));
    QComboBox *parent = form->parentInput();
    parent->setCurrentIndex(parent->findData(qint64(0)));
    emit parent->activated(parent->currentIndex());
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);

    const Topic stored = *TopicRepository(*m_db).get(child.id);
    QCOMPARE(stored.nameSv, QStringLiteral("Nytt namn"));
    QCOMPARE(stored.parentId, qint64(0));
    QCOMPARE(stored.version, child.version + 1);
    QVERIFY(!section->model()->indexOf(child.id).parent().isValid());
}

void TestSettingsPage::retiredTopicLeavesThePickerAndCanReturn()
{
    TopicTaxonomySection *section = m_page->topics();
    Topic leaf;
    for (const Topic &t : section->topics()) {
        bool hasChildren = false;
        for (const Topic &c : section->topics())
            hasChildren = hasChildren || c.parentId == t.id;
        if (!hasChildren && !t.retired) {
            leaf = t;
            break;
        }
    }
    QVERIFY(leaf.id != 0);
    TopicTreeModel picker;
    picker.setTopics(*TopicRepository(*m_db).list(), QStringLiteral("en"));
    QVERIFY(picker.isOffered(leaf.id));

    section->select(leaf.id);
    QTest::mouseClick(section->form()->retireButton(), Qt::LeftButton);
    QVERIFY(TopicRepository(*m_db).get(leaf.id)->retired);
    picker.setTopics(*TopicRepository(*m_db).list(), QStringLiteral("en"));
    QVERIFY(!picker.isOffered(leaf.id));
    QVERIFY(!picker.indexOf(leaf.id).isValid());
    // The editor still shows it, marked.
    const QModelIndex shown = section->model()->indexOf(leaf.id);
    QVERIFY(shown.isValid());
    QVERIFY(shown.data(TopicTreeModel::RetiredRole).toBool());
    QVERIFY(shown.data().toString().contains(QLatin1String("retired")));

    QTest::mouseClick(section->form()->retireButton(), Qt::LeftButton);
    QVERIFY(!TopicRepository(*m_db).get(leaf.id)->retired);
    picker.setTopics(*TopicRepository(*m_db).list(), QStringLiteral("en"));
    QVERIFY(picker.isOffered(leaf.id));
}

void TestSettingsPage::topicChangedByAnotherCoordinatorIsNotOverwritten()
{
    TopicTaxonomySection *section = m_page->topics();
    const Topic topic = section->topics().constFirst();
    section->select(topic.id);
    auto other = Database::open(m_db->location());
    QVERIFY(other.ok());
    Topic theirs = *TopicRepository(**other).get(topic.id);
    theirs.nameEn = QStringLiteral("Child welfare");
    QVERIFY(TopicRepository(**other).save(theirs).ok());

    TopicEditForm *form = section->form();
    QLineEdit *fi = form->nameInput(QStringLiteral("fi"));
    fi->selectAll();
    type(fi, QStringLiteral("Lastensuojelu ja perheet"));
    QTest::mouseClick(form->saveButton(), Qt::LeftButton);
    QCOMPARE(form->message()->kind(), SectionMessage::Kind::Problem);
    const Topic stored = *TopicRepository(*m_db).get(topic.id);
    QCOMPARE(stored.nameEn, QStringLiteral("Child welfare"));
    QCOMPARE(stored.nameFi, topic.nameFi);
    // Reload shows what the other coordinator saved.
    QTest::mouseClick(form->message()->actionButton(), Qt::LeftButton);
    QCOMPARE(form->nameInput(QStringLiteral("en"))->text(), QStringLiteral("Child welfare"));
    QCOMPARE(form->nameInput(QStringLiteral("fi"))->text(), topic.nameFi);
}

void TestSettingsPage::topicTreeOffersNoMoveUnderItself()
{
    TopicTaxonomySection *section = m_page->topics();
    const Topic top = section->topics().constFirst();
    QCOMPARE(top.parentId, qint64(0));
    section->select(top.id);
    QComboBox *parent = section->form()->parentInput();
    QCOMPARE(parent->findData(top.id), -1);
    for (const Topic &t : section->topics()) {
        if (t.parentId == top.id)
            QCOMPARE(parent->findData(t.id), -1);
    }
}

void TestSettingsPage::organisationIsAddedRenamedAndDeactivated()
{
    OrganisationsSection *section = m_page->organisations();
    m_page->showSection(SettingsPage::Section::Organisations);
    QSignalSpy changed(m_page.get(), &SettingsPage::organisationsChanged);
    section->startNew();
    type(section->nameInput(), QStringLiteral("Ensi- ja turvakotien liitto"));
    QTest::keyClick(section->nameInput(), Qt::Key_Return);
    auto stored = OrganisationRepository(*m_db).findByName(QStringLiteral("Ensi- ja turvakotien liitto"));
    QVERIFY(stored.ok());
    QVERIFY(stored->active);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(section->model()->rowOf(stored->id), section->view()->currentIndex().row());

    section->nameInput()->selectAll();
    type(section->nameInput(), QStringLiteral("Ensi- ja turvakotien liitto ry"));
    QVERIFY(section->save());
    QCOMPARE(OrganisationRepository(*m_db).get(stored->id)->name, QStringLiteral("Ensi- ja turvakotien liitto ry"));

    auto *toggle = section->findChild<QPushButton *>(QStringLiteral("toggleOrganisationButton"));
    QTest::mouseClick(toggle, Qt::LeftButton);
    QVERIFY(!OrganisationRepository(*m_db).get(stored->id)->active);
    QCOMPARE(section->model()
                 ->index(section->model()->rowOf(stored->id), OrganisationListModel::StateColumn)
                 .data()
                 .toString(),
             QStringLiteral("Deactivated"));
}

void TestSettingsPage::duplicateOrganisationNameIsRefusedInline()
{
    Organisation o;
    o.name = QStringLiteral("Pesäpuu ry");
    QVERIFY(OrganisationRepository(*m_db).save(o).ok());
    OrganisationsSection *section = m_page->organisations();
    m_page->showSection(SettingsPage::Section::Organisations);
    section->reload();
    section->startNew();
    type(section->nameInput(), QStringLiteral("Pesäpuu ry"));
    auto *save = section->findChild<QPushButton *>(QStringLiteral("saveOrganisationButton"));
    QVERIFY(!save->isEnabled());
    auto *problem = section->findChild<QLabel *>(QStringLiteral("organisationProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QLatin1String("already exists")));
    QVERIFY(!section->save());
    QCOMPARE(OrganisationRepository(*m_db).list()->size(), 1);
}

void TestSettingsPage::databaseSectionSaysWhichSearchIsInUse()
{
    // SQLite always has its full-text indexes (tst_list_queries tests PostgreSQL with pg_trgm and without).
    m_page->showSection(SettingsPage::Section::Database);
    auto *current = m_page->databaseSection()->findChild<QLabel *>(QStringLiteral("currentDatabase"));
    QVERIFY(current);
    QVERIFY2(current->text().contains(QLatin1String("fast search (SQLite full-text index)")),
             qPrintable(current->text()));
    QCOMPARE(*m_office->searchInUse(), QStringLiteral("fast search (SQLite full-text index)"));
}

void TestSettingsPage::badDatabaseAddressSaysWhyAndEmitsNothing()
{
    DatabaseSection *section = m_page->databaseSection();
    m_page->showSection(SettingsPage::Section::Database);
    QSignalSpy requested(m_page.get(), &SettingsPage::openDatabaseRequested);
    QLineEdit *address = section->addressInput();

    // An address that does not parse: said at once, nothing to test.
    address->clear();
    type(address, QStringLiteral("ftp://example.org/db"));
    auto *problem = section->findChild<QLabel *>(QStringLiteral("databaseProblem"));
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QLatin1String("Unknown kind of database address")));
    QVERIFY(!section->testButton()->isEnabled());
    QVERIFY(!section->useButton()->isEnabled());

    // A file that is not a Kohtaamo database: the test says so and it cannot be used.
    const QString foreign = m_dir->filePath(QStringLiteral("notes.txt"));
    {
        QFile file(foreign);
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write("Shopping list: milk, bread\n");
    }
    address->setText(foreign);
    QVERIFY(section->testButton()->isEnabled());
    QTest::mouseClick(section->testButton(), Qt::LeftButton);
    QCOMPARE(section->message()->kind(), SectionMessage::Kind::Problem);
    QVERIFY2(section->message()->text().contains(QLatin1String("cannot use")), qPrintable(section->message()->text()));
    QVERIFY(!section->useButton()->isEnabled());

    // A PostgreSQL server that is not there.
    address->setText(QStringLiteral("postgresql://nobody@127.0.0.1:1/kohtaamo"));
    QVERIFY(!section->testConnection());
    QVERIFY(section->message()->text().contains(QLatin1String("cannot use")));
    section->useTested();
    QCOMPARE(requested.count(), 0);
    QFile file(foreign);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), QByteArray("Shopping list: milk, bread\n"));
}

void TestSettingsPage::testedDatabaseCanBeUsed()
{
    DatabaseSection *section = m_page->databaseSection();
    QSignalSpy requested(m_page.get(), &SettingsPage::openDatabaseRequested);
    QCOMPARE(section->addressInput()->text(), m_db->location().path);

    // An existing Kohtaamo database: its contents are named.
    const QString other = m_dir->filePath(QStringLiteral("other.sqlite"));
    QVERIFY(Database::open(DatabaseLocation::sqlite(other)).ok());
    section->addressInput()->setText(other);
    QTest::keyClick(section->addressInput(), Qt::Key_Return); // Enter tests
    QCOMPARE(section->message()->kind(), SectionMessage::Kind::Information);
    QVERIFY2(section->message()->text().contains(QLatin1String("0 workers")), qPrintable(section->message()->text()));
    QVERIFY(section->useButton()->isEnabled());
    // Editing the address asks for a new test.
    QTest::keyClick(section->addressInput(), Qt::Key_X);
    QVERIFY(!section->useButton()->isEnabled());
    QTest::keyClick(section->addressInput(), Qt::Key_Backspace);
    QVERIFY(section->testConnection());
    QTest::mouseClick(section->useButton(), Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QCOMPARE(requested.at(0).at(0).value<DatabaseLocation>().path, other);

    // A file not there yet is created on use; the test creates nothing.
    const QString fresh = m_dir->filePath(QStringLiteral("new office.sqlite"));
    section->addressInput()->setText(fresh);
    QVERIFY(section->testConnection());
    QVERIFY(section->message()->text().contains(QLatin1String("creates a new")));
    QVERIFY(!QFile::exists(fresh));
    // A folder that does not exist is a mistyped path: said so, and not created.
    const QString typo = m_dir->filePath(QStringLiteral("new/office.sqlite"));
    section->addressInput()->setText(typo);
    QVERIFY(!section->testConnection());
    QVERIFY2(section->message()->text().contains(QLatin1String("does not exist")),
             qPrintable(section->message()->text()));
    QVERIFY(!section->useButton()->isEnabled());
    QVERIFY(!QFileInfo::exists(m_dir->filePath(QStringLiteral("new"))));
}

void TestSettingsPage::choosingALanguageStoresIt()
{
    LanguageSection *section = m_page->language();
    m_page->showSection(SettingsPage::Section::Language);
    QSignalSpy chosen(m_page.get(), &SettingsPage::languageChosen);
    QVERIFY(section->button(QString())->isChecked()); // follows the system by default
    QRadioButton *swedish = section->button(QStringLiteral("sv"));
    QTest::mouseClick(swedish, Qt::LeftButton, {}, QPoint(8, swedish->height() / 2)); // on the round mark
    QCOMPARE(m_settings->string(Settings::Key::Language), QStringLiteral("sv"));
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.at(0).at(0).toString(), QStringLiteral("sv"));
    // Stored in the file, not only in memory.
    Settings reread(m_settings->fileName());
    m_settings->sync();
    QCOMPARE(Settings(m_settings->fileName()).string(Settings::Key::Language), QStringLiteral("sv"));

    QRadioButton *system = section->button(QString());
    system->setFocus();
    QTest::keyClick(system, Qt::Key_Space);
    QVERIFY(m_settings->isDefault(Settings::Key::Language));
    QCOMPARE(chosen.count(), 2);
    QVERIFY(!chosen.at(1).at(0).toString().isEmpty()); // the system's language, resolved
}

void TestSettingsPage::groupMeetingSlotTakesAnEditor()
{
    GroupMeetingSection *section = m_page->groupMeetings();
    auto *notice = section->findChild<QLabel *>(QStringLiteral("groupMeetingNotice"));
    m_page->showSection(SettingsPage::Section::GroupMeetings);
    QVERIFY(notice->isVisible());
    auto *editor = new QLineEdit;
    editor->setAccessibleName(QStringLiteral("Rhythm"));
    m_page->setGroupMeetingEditor(editor);
    QCOMPARE(section->editor(), editor);
    QVERIFY(editor->isVisible());
    QVERIFY(!notice->isVisible());
    QVERIFY(section->isAncestorOf(editor));
}

void TestSettingsPage::modelsPassTheModelTester()
{
    auto organisations = std::make_unique<OrganisationListModel>();
    QAbstractItemModelTester organisationTester(organisations.get(),
                                                QAbstractItemModelTester::FailureReportingMode::QtTest);
    Organisation a;
    a.id = 1;
    a.name = QStringLiteral("A");
    Organisation b = a;
    b.id = 2;
    b.active = false;
    organisations->setOrganisations({ a, b });
    organisations->setOrganisations({});

    auto editing = std::make_unique<TopicTreeModel>();
    editing->setMode(TopicTreeModel::Mode::Editing);
    QAbstractItemModelTester topicTester(editing.get(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QVector<Topic> topics = *TopicRepository(*m_db).list();
    editing->setTopics(topics, QStringLiteral("fi"));
    QCOMPARE(editing->rowCount() > 0, true);
    editing->setLanguage(QStringLiteral("sv"));
    // The page's own models, as they were filled from the database.
    QAbstractItemModelTester pageTopics(m_page->topics()->model(),
                                        QAbstractItemModelTester::FailureReportingMode::QtTest);
    QAbstractItemModelTester pageOrganisations(m_page->organisations()->model(),
                                               QAbstractItemModelTester::FailureReportingMode::QtTest);
    m_page->topics()->reload();
    m_page->organisations()->reload();
}

void TestSettingsPage::everyInteractiveWidgetHasAnAccessibleName()
{
    Organisation o;
    o.name = QStringLiteral("Pesäpuu ry");
    QVERIFY(OrganisationRepository(*m_db).save(o).ok());
    m_page->organisations()->reload();
    for (int i = 0; i < m_page->sectionList()->count(); ++i) {
        m_page->showSection(static_cast<SettingsPage::Section>(i));
        QStringList unnamed;
        collectUnnamed(QAccessible::queryAccessibleInterface(m_page.get()), unnamed);
        QVERIFY2(unnamed.isEmpty(), qPrintable(QStringLiteral("section %1: %2").arg(i).arg(unnamed.join(u", "))));
    }
}

void TestSettingsPage::everySectionIsDrawn()
{
    // KOHTAAMO_SCREENSHOT_DB names a database to draw (the demo); KOHTAAMO_SCREENSHOT_DIR keeps the pictures.
    const QString demo = qEnvironmentVariable("KOHTAAMO_SCREENSHOT_DB");
    std::unique_ptr<Database> demoDb;
    std::unique_ptr<OfficeService> demoOffice;
    if (!demo.isEmpty()) {
        auto opened = Database::open(DatabaseLocation::sqlite(demo));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        demoDb = std::move(opened).value();
        demoOffice = std::make_unique<OfficeService>(*demoDb);
        QVERIFY(demoOffice->actAs(demoDb->actor()));
        m_page->setOffice(demoOffice.get());
    }
    const QString dir = qEnvironmentVariable("KOHTAAMO_SCREENSHOT_DIR");
    const char *names[] = { "weights", "topics",   "organisations", "funded_activities", "coordinators", "office",
                            "email",   "database", "language",      "group_meetings",    "retention",    "audit_log" };
    QCOMPARE(m_page->sectionList()->count(), int(std::size(names)));
    for (int i = 0; i < m_page->sectionList()->count(); ++i) {
        m_page->showSection(static_cast<SettingsPage::Section>(i));
        QCOMPARE(int(m_page->currentSection()), i);
        // At the main window's usual size nothing is squeezed below what it needs.
        QWidget *section = m_page->section(static_cast<SettingsPage::Section>(i));
        QVERIFY2(section->minimumSizeHint().width() <= section->width(),
                 qPrintable(QStringLiteral("%1: needs %2 px, has %3")
                                .arg(QString::fromLatin1(names[i]))
                                .arg(section->minimumSizeHint().width())
                                .arg(section->width())));
        const QPixmap picture = m_page->grab();
        QVERIFY(!picture.isNull());
        if (!dir.isEmpty())
            QVERIFY(picture.save(dir + QStringLiteral("/settings_%1.png").arg(QString::fromLatin1(names[i]))));
    }
    m_page->setOffice(m_office.get());
}

// The largest fee: an admin changes it (and a request above it is then refused); a coordinator who is not an
// admin sees it but cannot change it.
void TestSettingsPage::officeLargestFeeIsAnAdminsSetting()
{
    m_page->showSection(SettingsPage::Section::Office);
    OfficeSection *section = m_page->office();
    QCOMPARE(section->maxFeeEdit()->cents(), std::optional<qint64>(200000));
    QVERIFY(section->maxFeeEdit()->isEnabled()); // the first coordinator is the office's admin
    section->maxFeeEdit()->setCents(50000);
    QVERIFY(section->save());
    QCOMPARE(m_office->officeSettings()->maxFeeCents, 50000);

    // The time zone: Europe/Helsinki unless chosen otherwise, every zone offered by its id.
    QComboBox *zone = section->timeZoneBox();
    QCOMPARE(zone->currentData().toByteArray(), QByteArray("Europe/Helsinki"));
    QVERIFY(!section->findChild<QPushButton *>(QStringLiteral("saveOfficeSettings"))->isEnabled()); // nothing changed
    const int stockholm = zone->findData(QByteArray("Europe/Stockholm"));
    QVERIFY(stockholm >= 0);
    QVERIFY(zone->itemText(stockholm).startsWith(QStringLiteral("Europe/Stockholm (")));
    zone->setCurrentIndex(stockholm);
    QVERIFY(section->findChild<QPushButton *>(QStringLiteral("saveOfficeSettings"))->isEnabled());
    QVERIFY(section->save());
    QCOMPARE(m_office->officeSettings()->timeZone, QByteArray("Europe/Stockholm"));
    QCOMPARE(m_office->officeSettings()->maxFeeCents, 50000); // the other setting kept

    Request r;
    r.receivedOn = QDate(2026, 2, 10);
    r.requesterName = QStringLiteral("Tiina Trainer");
    r.title = QStringLiteral("Puheenvuoro");
    r.feeCents = 60000;
    auto refused = RequestRepository(*m_db).save(r);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("feeCents"));
    r.feeCents = 50000;
    QVERIFY(RequestRepository(*m_db).save(r));

    // Another coordinator, not an admin.
    OfficeService other(*m_db);
    QVERIFY(other.actAs(QStringLiteral("bertta")));
    section->setOffice(&other);
    QVERIFY(!section->maxFeeEdit()->isEnabled());
    QVERIFY(!section->timeZoneBox()->isEnabled());
    QVERIFY(!section->maxFeeEdit()->toolTip().isEmpty());
    QVERIFY(!other.saveOfficeSettings(*other.officeSettings()));
    section->setOffice(m_office.get());
    QVERIFY(m_office->actAs(m_db->actor()));
}

// Topics, organisations and ranking weights: a coordinator who is not an admin sees them but cannot change them.
void TestSettingsPage::theCatalogueIsAnAdminsToChange()
{
    RankingWeightsSection *weights = m_page->rankingWeights();
    TopicTaxonomySection *topics = m_page->topics();
    OrganisationsSection *organisations = m_page->organisations();
    Organisation o;
    o.name = QStringLiteral("Pesäpuu ry");
    QVERIFY(OrganisationRepository(*m_db).save(o).ok());
    organisations->reload();
    topics->select(topics->topics().constFirst().id);
    const auto addSubtopic = topics->findChild<QPushButton *>(QStringLiteral("addSubtopicButton"));
    QVERIFY(weights->input(RankingWeights::Key::WillingnessListed)->isEnabled());
    QVERIFY(addSubtopic->isEnabled());
    QVERIFY(topics->form()->nameInput(QStringLiteral("en"))->isEnabled());
    QVERIFY(organisations->nameInput()->isEnabled());

    OfficeService other(*m_db);
    QVERIFY(other.actAs(QStringLiteral("bertta")));
    QVERIFY(!other.isAdmin());
    m_page->setOffice(&other);
    // The weights: shown, not editable, and the buttons say why.
    QCOMPARE(weights->input(RankingWeights::Key::WillingnessListed)->value(),
             RankingWeights::defaultValue(RankingWeights::Key::WillingnessListed));
    QVERIFY(!weights->input(RankingWeights::Key::WillingnessListed)->isEnabled());
    auto *restore = weights->findChild<QPushButton *>(QStringLiteral("restoreDefaultsButton"));
    QVERIFY(!restore->toolTip().isEmpty());
    weights->input(RankingWeights::Key::WillingnessListed)->setValue(3);
    QVERIFY(!weights->save());
    // The topics: the tree is there, the form shows the topic but offers nothing to change.
    QVERIFY(!topics->topics().isEmpty());
    const Topic first = topics->topics().constFirst();
    topics->select(first.id);
    QCOMPARE(topics->form()->nameInput(QStringLiteral("en"))->text(), first.nameEn);
    QVERIFY(!topics->form()->nameInput(QStringLiteral("en"))->isEnabled());
    QVERIFY(!topics->form()->retireButton()->isEnabled());
    QVERIFY(!addSubtopic->isEnabled());
    QVERIFY(topics->findChild<QLabel *>(QStringLiteral("topicState"))->text().contains(QLatin1String("admin")));
    // The organisations: listed, not editable.
    QCOMPARE(organisations->model()->rowCount(), 1);
    QVERIFY(!organisations->nameInput()->isEnabled());
    QVERIFY(!organisations->findChild<QPushButton *>(QStringLiteral("toggleOrganisationButton"))->isEnabled());
    QVERIFY(!organisations->toggleActive());
    QVERIFY(OrganisationRepository(*m_db).findByName(o.name)->active);
    QCOMPARE(RankingWeightsRepository(*m_db).load()->value(RankingWeights::Key::WillingnessListed),
             RankingWeights::defaultValue(RankingWeights::Key::WillingnessListed));
    m_page->setOffice(m_office.get());
    QVERIFY(weights->input(RankingWeights::Key::WillingnessListed)->isEnabled());
}

// What another coordinator saved shows when the office service says so; what is being edited here stays (and its
// save then meets the other change as a conflict).
void TestSettingsPage::anotherCoordinatorsChangesAreShownAndEditsKept()
{
    RankingWeightsSection *weights = m_page->rankingWeights();
    TopicTaxonomySection *topics = m_page->topics();
    OrganisationsSection *organisations = m_page->organisations();
    Organisation o;
    o.name = QStringLiteral("Pesäpuu ry");
    const Organisation stored = *OrganisationRepository(*m_db).save(o);
    organisations->reload(stored.id);
    const Topic topic = topics->topics().constFirst();
    topics->select(topic.id);
    QSignalSpy taxonomy(m_page.get(), &SettingsPage::taxonomyChanged);

    // Another coordinator saves on a connection of their own; the office hears of it (on PostgreSQL by NOTIFY).
    auto otherDb = Database::open(m_db->location());
    QVERIFY(otherDb.ok());
    OfficeService theirs(**otherDb);
    QVERIFY(theirs.actAs(QStringLiteral("bertta")));
    Coordinator bertta = theirs.coordinator();
    bertta.role = CoordinatorRole::Admin;
    QVERIFY(m_office->saveCoordinator(bertta));
    QVERIFY(theirs.actAs(QStringLiteral("bertta")));
    RankingWeights w = *theirs.rankingWeights();
    w.setValue(RankingWeights::Key::FeeOverPenalty, 70);
    QVERIFY(theirs.saveRankingWeights(w));
    Topic renamed = *theirs.topic(topic.id);
    renamed.nameEn = QStringLiteral("Child welfare");
    QVERIFY(theirs.saveTopic(renamed));
    Organisation moved = stored;
    moved.region = QStringLiteral("Uusimaa");
    QVERIFY(theirs.saveOrganisation(moved));
    OfficeChange change;
    change.add(OfficeChange::Kind::Settings, OfficeService::kRankingWeightsRecord)
        .add(OfficeChange::Kind::Taxonomy, topic.id)
        .add(OfficeChange::Kind::Organisation, stored.id);
    change.external = true;
    m_office->announce(change);
    QCOMPARE(weights->input(RankingWeights::Key::FeeOverPenalty)->value(), 70.0);
    QCOMPARE(topics->form()->nameInput(QStringLiteral("en"))->text(), QStringLiteral("Child welfare"));
    QCOMPARE(organisations->findChild<QLineEdit *>(QStringLiteral("organisationRegion"))->text(),
             QStringLiteral("Uusimaa"));
    QCOMPARE(taxonomy.count(), 1);

    // Now with an unsaved edit in each: another change keeps the edits, and saving them is a conflict.
    weights->input(RankingWeights::Key::FeeNearPenalty)->setValue(15);
    QLineEdit *fi = topics->form()->nameInput(QStringLiteral("fi"));
    fi->selectAll();
    type(fi, QStringLiteral("Lastensuojelu ja perheet"));
    organisations->nameInput()->selectAll();
    type(organisations->nameInput(), QStringLiteral("Pesäpuu"));
    w = *theirs.rankingWeights();
    w.setValue(RankingWeights::Key::FeeOverPenalty, 60);
    QVERIFY(theirs.saveRankingWeights(w));
    renamed = *theirs.topic(topic.id);
    renamed.nameSv = QStringLiteral("Barnskydd och familjer");
    QVERIFY(theirs.saveTopic(renamed));
    moved = *theirs.organisation(stored.id);
    moved.shortName = QStringLiteral("PP");
    QVERIFY(theirs.saveOrganisation(moved));
    m_office->announce(change);
    QCOMPARE(weights->input(RankingWeights::Key::FeeNearPenalty)->value(), 15.0);
    QCOMPARE(fi->text(), QStringLiteral("Lastensuojelu ja perheet"));
    QCOMPARE(organisations->nameInput()->text(), QStringLiteral("Pesäpuu"));
    QVERIFY(!weights->save());
    QVERIFY(weights->message()->text().contains(QLatin1String("someone else")));
    QVERIFY(topics->form()->saveButton()->isEnabled());
    QTest::mouseClick(topics->form()->saveButton(), Qt::LeftButton);
    QVERIFY2(topics->form()->message()->kind() == SectionMessage::Kind::Problem,
             qPrintable(topics->form()->message()->text()));
    QVERIFY(!organisations->save());
    QCOMPARE(organisations->message()->kind(), SectionMessage::Kind::Problem);
    QCOMPARE(TopicRepository(*m_db).get(topic.id)->nameSv, QStringLiteral("Barnskydd och familjer"));
    QCOMPARE(TopicRepository(*m_db).get(topic.id)->nameFi, topic.nameFi);
    QCOMPARE(OrganisationRepository(*m_db).get(stored.id)->name, stored.name);
    QCOMPARE(RankingWeightsRepository(*m_db).load()->value(RankingWeights::Key::FeeNearPenalty), 10.0);
}

QTEST_MAIN(TestSettingsPage)
#include "tst_settings_page.moc"
