// Every page and dialog, walked as a screen reader and a large-font user meet them: each interactive element has an
// accessible name, no label or button is cut off, every dialog has a default button for Enter and closes on Escape.
// Run at the normal font and at 150 %, in English and in Finnish (the longer words).
#include "AccessibilityAudit.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "common/Translations.h"
#include "demo/DemoGenerator.h"
#include "main/AppInfo.h"
#include "main/MainWindow.h"
#include "main/OpenDatabaseDialog.h"
#include "office/OfficeService.h"
#include "outcomes/KnowledgeEntryEditor.h"
#include "outcomes/MeetingOutcomeDialog.h"
#include "repositories/RequestRepository.h"
#include "repositories/TopicRepository.h"
#include "repositories/WorkerRepository.h"
#include "requests/CandidatesPanel.h"
#include "requests/RequestDetailView.h"
#include "requests/RequestEditorDialog.h"
#include "requests/RequestInboxView.h"
#include "requests/RequestsPage.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "workers/WorkerEditorDialog.h"
#include "workers/WorkerImportDialog.h"

#include <QApplication>
#include <QCheckBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Kohtaamo;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(9, 0));
}

class TestAccessibility : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanup();
    void everyScreen_data();
    void everyScreen();

private:
    void audit(QWidget *root, const QString &where);
    void auditDialog(QDialog &dialog, const QString &where);
    qint64 firstRequest(const QVector<RequestStatus> &statuses);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<Settings> m_settings;
    std::unique_ptr<MainWindow> m_window;
    Translations m_translations;
    QFont m_normalFont;
    int m_chipsChecked = 0;
};

void TestAccessibility::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    AppInfo::apply();
    m_normalFont = QApplication::font();
}

void TestAccessibility::cleanup()
{
    m_window.reset();
    m_settings.reset();
    m_dir.reset();
    m_testDb.reset();
    Clock::install(nullptr);
    QApplication::setFont(m_normalFont);
}

void TestAccessibility::everyScreen_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<double>("fontScale");
    QTest::newRow("en") << QStringLiteral("en") << 1.0;
    QTest::newRow("fi") << QStringLiteral("fi") << 1.0;
    QTest::newRow("en large font") << QStringLiteral("en") << 1.5;
    QTest::newRow("fi large font") << QStringLiteral("fi") << 1.5;
}

void TestAccessibility::audit(QWidget *root, const QString &where)
{
    QApplication::processEvents();
    const QStringList unnamed = Accessibility::unnamedIn(root);
    QVERIFY2(unnamed.isEmpty(),
             qPrintable(where + QStringLiteral(" — unnamed: ") + unnamed.join(QStringLiteral("; "))));
    const QStringList silent = Accessibility::silentValuesIn(root);
    QVERIFY2(silent.isEmpty(),
             qPrintable(where + QStringLiteral(" — not heard: ") + silent.join(QStringLiteral("; "))));
    const QStringList meaningless = Accessibility::chipsWithoutMeaningIn(root, &m_chipsChecked);
    QVERIFY2(meaningless.isEmpty(),
             qPrintable(where + QStringLiteral(" — chip by colour only: ") + meaningless.join(QStringLiteral("; "))));
    const QStringList cut = Accessibility::cutOffIn(root);
    QVERIFY2(cut.isEmpty(), qPrintable(where + QStringLiteral(" — cut off: ") + cut.join(QStringLiteral("; "))));
}

// Each tab of the dialog in turn; then Enter has a default button to press and Escape closes it.
void TestAccessibility::auditDialog(QDialog &dialog, const QString &where)
{
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    const auto tabWidgets = dialog.findChildren<QTabWidget *>();
    if (tabWidgets.isEmpty())
        audit(&dialog, where);
    for (QTabWidget *tabs : tabWidgets) {
        for (int i = 0; i < tabs->count(); ++i) {
            tabs->setCurrentIndex(i);
            audit(&dialog, where + QStringLiteral(" / ") + tabs->tabText(i));
            if (QTest::currentTestFailed())
                return;
        }
    }
    bool hasDefault = false;
    for (QPushButton *button : dialog.findChildren<QPushButton *>())
        hasDefault = hasDefault || (button->isDefault() && button->isEnabled());
    if (auto *box = dialog.findChild<QDialogButtonBox *>()) {
        for (QAbstractButton *b : box->buttons()) {
            if (auto *push = qobject_cast<QPushButton *>(b))
                hasDefault = hasDefault || push->isDefault() || push->autoDefault();
        }
    }
    QVERIFY2(hasDefault, qPrintable(where + QStringLiteral(": no default button for Enter")));
    // Escape closes an unchanged dialog without asking anything.
    QTest::keyClick(&dialog, Qt::Key_Escape);
    QTRY_VERIFY2(!dialog.isVisible(), qPrintable(where + QStringLiteral(": Escape did not close it")));
}

qint64 TestAccessibility::firstRequest(const QVector<RequestStatus> &statuses)
{
    auto all = RequestRepository(m_window->office().database()).listAll();
    if (!all)
        return 0;
    for (const Request &r : *all) {
        if (statuses.contains(r.status))
            return r.id;
    }
    return 0;
}

void TestAccessibility::everyScreen()
{
    QFETCH(QString, language);
    QFETCH(double, fontScale);
    m_chipsChecked = 0;
    QVERIFY(m_translations.install(language).ok());
    QFont font = m_normalFont;
    font.setPointSizeF(font.pointSizeF() * fontScale);
    QApplication::setFont(font);

    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<Test::TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    DemoGenerator::Options options;
    options.workers = 40;
    options.requests = 40;
    options.seed = 8;
    options.today = kNow.date();
    QVERIFY(DemoGenerator(*db).generate(options).ok());
    m_dir = std::make_unique<QTemporaryDir>();
    m_settings = std::make_unique<Settings>(m_dir->filePath(QStringLiteral("kohtaamo.ini")));
    m_window = std::make_unique<MainWindow>(std::make_unique<OfficeService>(std::move(db)), *m_settings);
    // A large font needs a large screen; the window never asks for more than a full-HD one.
    m_window->resize(fontScale > 1 ? QSize(1920, 1080) : QSize(1280, 800));
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QVERIFY2(m_window->width() <= 1920, qPrintable(QString::number(m_window->width())));

    for (Page page : allPages()) {
        m_window->showPage(page);
        audit(m_window.get(), pageKey(page));
        if (QTest::currentTestFailed())
            return;
    }

    // Every section of the Settings page (one is shown at a time).
    auto *settings = qobject_cast<SettingsPage *>(m_window->pageWidget(Page::Settings));
    QVERIFY(settings);
    m_window->showPage(Page::Settings);
    for (auto section :
         { SettingsPage::Section::RankingWeights, SettingsPage::Section::Topics, SettingsPage::Section::Organisations,
           SettingsPage::Section::FundedActivities, SettingsPage::Section::Coordinators, SettingsPage::Section::Office,
           SettingsPage::Section::Mail, SettingsPage::Section::Database, SettingsPage::Section::Language,
           SettingsPage::Section::GroupMeetings, SettingsPage::Section::Retention, SettingsPage::Section::AuditLog }) {
        settings->showSection(section);
        audit(m_window.get(), QStringLiteral("settings / %1").arg(int(section)));
        if (QTest::currentTestFailed())
            return;
    }

    // The request beside the inbox, each of its tabs, with the excluded workers shown too.
    auto *requests = qobject_cast<RequestsPage *>(m_window->pageWidget(Page::Requests));
    QVERIFY(requests);
    m_window->showPage(Page::Requests);
    const qint64 inviting = firstRequest({ RequestStatus::Inviting, RequestStatus::Tagged });
    QVERIFY(inviting != 0);
    QVERIFY(requests->inbox()->selectRequest(inviting));
    QTabWidget *tabs = requests->detail()->tabs();
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        audit(m_window.get(), QStringLiteral("request / ") + tabs->tabText(i));
        if (QTest::currentTestFailed())
            return;
    }
    tabs->setCurrentWidget(requests->detail()->candidates());
    auto *showExcluded = requests->detail()->candidates()->findChild<QCheckBox *>(QStringLiteral("showExcluded"));
    QVERIFY(showExcluded);
    showExcluded->setChecked(true);
    audit(m_window.get(), QStringLiteral("request / excluded workers"));
    QVERIFY2(m_chipsChecked > 0, "no reason chip was seen: the chip check proved nothing");

    // The dialogs.
    {
        auto stored = RequestRepository(m_window->office().database()).get(inviting);
        QVERIFY(stored.ok());
        RequestEditorDialog editor(m_window->office(), *stored, m_window.get());
        auditDialog(editor, QStringLiteral("request editor"));
    }
    {
        RequestEditorDialog fresh(m_window->office(), Request(), m_window.get());
        auditDialog(fresh, QStringLiteral("new request"));
    }
    const qint64 held = firstRequest({ RequestStatus::Held, RequestStatus::Closed });
    QVERIFY(held != 0);
    {
        MeetingOutcomeDialog outcome(m_window->office(), held, m_window.get());
        auditDialog(outcome, QStringLiteral("meeting outcome"));
    }
    {
        auto topics = TopicRepository(m_window->office().database()).list();
        QVERIFY(topics.ok());
        KnowledgeEntryEditor knowledge(*topics, m_window.get());
        auditDialog(knowledge, QStringLiteral("experience knowledge entry"));
    }
    {
        auto workers = WorkerRepository(m_window->office().database()).list();
        QVERIFY(workers.ok() && !workers->isEmpty());
        WorkerEditorDialog editor(m_window->office(), workers->first(), m_window.get());
        auditDialog(editor, QStringLiteral("worker editor"));
        WorkerEditorDialog fresh(m_window->office(), Worker(), m_window.get());
        auditDialog(fresh, QStringLiteral("new worker"));
    }
    {
        // Import Workers with a register read: the columns, the preview and a refused row.
        QTemporaryDir dir;
        QVERIFY(dir.isValid());
        QFile csv(dir.filePath(QStringLiteral("rekisteri.csv")));
        QVERIFY(csv.open(QIODevice::WriteOnly));
        csv.write("Nimi;S\xC3\xA4hk\xC3\xB6posti;Kunta\nAino;aino@example.fi;Turku\nBertta;ei osoite;Vaasa\n");
        csv.close();
        WorkerImportDialog import(m_window->office(), m_window.get());
        QVERIFY(import.openFile(csv.fileName()));
        auditDialog(import, QStringLiteral("import workers"));
    }
    {
        OpenDatabaseDialog open(m_window.get());
        auditDialog(open, QStringLiteral("open database"));
    }
}

QTEST_MAIN(TestAccessibility)
#include "tst_accessibility.moc"
