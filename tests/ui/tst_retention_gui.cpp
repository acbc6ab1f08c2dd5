// Retention on real widgets (docs/data-protection.md, Retention): Today shows an admin — and nobody else — the line of
// workers due for erasure; it opens a confirmation that lists them (name, left on) and applies on confirm; Settings ▸
// Retention is edited by an admin and read by others. And a viewer is offered no writing action on Today (reminders)
// or in the Messages tab (approve, send): the buttons are disabled and say the service's refusal.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "mail/OutboxPanel.h"
#include "office/OfficeService.h"
#include "settings/RetentionSection.h"
#include "settings/Settings.h"
#include "today/RetentionDialog.h"
#include "today/RetentionPanel.h"
#include "today/TodayLine.h"
#include "today/TodayPage.h"

#include <QLabel>
#include <QPushButton>
#include <QSpinBox>
#include <QTemporaryDir>
#include <QTest>
#include <QTreeWidget>

using namespace Kohtaamo;

namespace {
const QDateTime kNow(QDate(2026, 3, 2), QTime(9, 0));
const QDate kLeft(2023, 6, 15); // more than two years ago

template <typename T> T orFail(const Result<T> &r, const char *what)
{
    if (!r)
        qWarning("%s: %s", what, qPrintable(r.error().message));
    return r ? *r : T();
}
} // namespace

class TestRetentionGui : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void todayShowsTheDueWorkersToAnAdminOnly();
    void theConfirmationListsTheCasesAndApplies();
    void theSettingsSectionIsEditedByAnAdminOnly();
    void aViewerIsOfferedNoReminderOrSending();

private:
    void actAs(const char *login);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    qint64 m_left = 0;
    qint64 m_active = 0;
};

void TestRetentionGui::init()
{
    m_clock = std::make_unique<FixedClock>(QDateTime(kLeft, QTime(10, 0)));
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<Test::TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_office = std::make_unique<OfficeService>(m_testDb->openOrFail());
    QVERIFY(m_office->actAs(QStringLiteral("anna"))); // the first: admin
    for (const char *login : { "bea", "vera" })
        QVERIFY(m_office->actAs(QString::fromLatin1(login)));
    QVERIFY(m_office->actAs(QStringLiteral("anna")));
    for (Coordinator c : orFail(m_office->coordinators(), "coordinators")) {
        if (c.username != QLatin1String("vera"))
            continue;
        c.role = CoordinatorRole::Viewer;
        QVERIFY(m_office->saveCoordinator(c));
    }
    Organisation org;
    org.name = QStringLiteral("Perhekuntoutuskeskus Lauste");
    const qint64 organisation = orFail(m_office->saveOrganisation(org), "organisation").id;
    Worker w;
    w.displayName = QStringLiteral("Lauri Lähtenyt");
    w.organisationId = organisation;
    w.languages = { QStringLiteral("fi") };
    w.status = WorkerStatus::Left;
    m_left = orFail(m_office->saveWorker(w), "left").id;
    w.displayName = QStringLiteral("Aino Aktiivinen");
    w.status = WorkerStatus::Active;
    m_active = orFail(m_office->saveWorker(w), "active").id;
    QVERIFY(m_left && m_active);
    m_clock->set(kNow);
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("settings.ini")));
}

void TestRetentionGui::cleanup()
{
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

void TestRetentionGui::actAs(const char *login)
{
    QVERIFY(m_office->actAs(QString::fromLatin1(login)));
}

void TestRetentionGui::todayShowsTheDueWorkersToAnAdminOnly()
{
    TodayPage page(*m_settings);
    page.resize(1000, 900);
    page.setOffice(m_office.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    RetentionPanel *panel = page.retentionPanel();
    QVERIFY(panel);
    QVERIFY(panel->isVisible());
    QVERIFY(panel->workersLine()->isVisible());
    QCOMPARE(panel->workersLine()->count(), 1);
    QVERIFY2(panel->workersLine()->sentence().contains(QLatin1String("1 worker left more than 2 years ago: erase")),
             qPrintable(panel->workersLine()->sentence()));
    QVERIFY(!panel->auditLine()->isVisible()); // nothing in this office is five years old

    for (const char *login : { "bea", "vera" }) {
        actAs(login);
        page.refresh();
        QVERIFY2(!panel->isVisible(), login);
        QCOMPARE(panel->due().workers.size(), 0);
    }
}

void TestRetentionGui::theConfirmationListsTheCasesAndApplies()
{
    TodayPage page(*m_settings);
    page.resize(1000, 900);
    page.setOffice(m_office.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    RetentionPanel *panel = page.retentionPanel();
    QTest::keyClick(panel->workersLine(), Qt::Key_Return); // as a keyboard user opens it
    RetentionDialog *dialog = panel->confirmation();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QTreeWidget *list = dialog->workerList();
    QCOMPARE(list->topLevelItemCount(), 1);
    QCOMPARE(list->topLevelItem(0)->text(0), QStringLiteral("Lauri Lähtenyt"));
    QCOMPARE(list->topLevelItem(0)->text(1), QLocale().toString(kLeft, QLocale::ShortFormat));
    QVERIFY(!dialog->applyButton()->isDefault()); // a stray Enter does not erase

    // Cancel changes nothing.
    dialog->reject();
    QCOMPARE(orFail(m_office->worker(m_left), "left").displayName, QStringLiteral("Lauri Lähtenyt"));

    panel->openConfirmation();
    dialog = panel->confirmation();
    QVERIFY(dialog);
    QTest::mouseClick(dialog->applyButton(), Qt::LeftButton);
    QCOMPARE(orFail(m_office->worker(m_left), "erased").displayName, QStringLiteral("Erased worker #%1").arg(m_left));
    QCOMPARE(orFail(m_office->worker(m_active), "active").displayName, QStringLiteral("Aino Aktiivinen"));
    QVERIFY2(panel->resultLabel()->text().contains(QLatin1String("Workers erased: 1.")),
             qPrintable(panel->resultLabel()->text()));
    QVERIFY(!panel->workersLine()->isVisible()); // nothing due any more
    QVERIFY(orFail(m_office->verifyAudit(), "verify").intact());
}

void TestRetentionGui::theSettingsSectionIsEditedByAnAdminOnly()
{
    RetentionSection section;
    section.setOffice(m_office.get());
    section.show();
    QVERIFY(QTest::qWaitForWindowExposed(&section));
    QCOMPARE(section.leftYearsBox()->value(), OfficeSettings::kDefaultRetentionLeftYears);
    QCOMPARE(section.auditYearsBox()->value(), OfficeSettings::kDefaultRetentionAuditYears);
    QVERIFY(section.leftYearsBox()->isEnabled());
    QVERIFY(!section.saveButton()->isEnabled()); // nothing changed yet
    section.leftYearsBox()->setValue(3);
    section.auditYearsBox()->setValue(0);
    QVERIFY(section.saveButton()->isEnabled());
    QTest::mouseClick(section.saveButton(), Qt::LeftButton);
    const OfficeSettings saved = orFail(m_office->officeSettings(), "settings");
    QCOMPARE(saved.retentionLeftYears, 3);
    QCOMPARE(saved.retentionAuditYears, 0);
    QCOMPARE(section.auditYearsBox()->text(), QStringLiteral("Off"));

    for (const char *login : { "bea", "vera" }) {
        actAs(login);
        section.setOffice(m_office.get());
        QCOMPARE(section.leftYearsBox()->value(), 3);
        QVERIFY2(!section.leftYearsBox()->isEnabled(), login);
        QVERIFY(!section.auditYearsBox()->isEnabled());
        QVERIFY(!section.saveButton()->isEnabled());
        // The service's refusal: the rule for a coordinator, the viewer's own for a viewer.
        const Status refusal
            = m_office->requireAdminFor(QStringLiteral("Only an admin can change the retention rules."));
        QVERIFY(!refusal);
        QCOMPARE(section.saveButton()->toolTip(), refusal.error().message);
        QCOMPARE(section.leftYearsBox()->toolTip(), refusal.error().message);
    }
}

void TestRetentionGui::aViewerIsOfferedNoReminderOrSending()
{
    actAs("vera");
    const Status refusal = m_office->requireWriter();
    QVERIFY(!refusal);
    TodayPage page(*m_settings);
    page.resize(1000, 900);
    page.setOffice(m_office.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(!page.remindersButton()->isEnabled());
    QCOMPARE(page.remindersButton()->toolTip(), refusal.error().message);

    OutboxPanel outbox;
    outbox.setOffice(m_office.get());
    outbox.setRequest(0);
    outbox.show();
    QVERIFY(QTest::qWaitForWindowExposed(&outbox));
    for (const char *name : { "approveAllOutbox", "sendOutbox" }) {
        auto *button = outbox.findChild<QPushButton *>(QLatin1String(name));
        QVERIFY2(button, name);
        QVERIFY2(!button->isEnabled(), name);
        QCOMPARE(button->toolTip(), refusal.error().message);
    }

    // A coordinator is offered them again (the reminders button; the outbox's depend on its messages).
    actAs("bea");
    page.refresh();
    QVERIFY(page.remindersButton()->isEnabled());
    QVERIFY(page.remindersButton()->toolTip() != refusal.error().message);
    outbox.setOffice(m_office.get());
    QVERIFY(outbox.findChild<QPushButton *>(QStringLiteral("sendOutbox"))->toolTip() != refusal.error().message);
}

QTEST_MAIN(TestRetentionGui)
#include "tst_retention_gui.moc"
