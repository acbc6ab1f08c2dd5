// Every text a coordinator sees in Finnish or Swedish comes from the catalogues. The main window is opened on a demo
// office in fi and in sv; each page, each tab of a request being invited for (its candidates and excluded workers
// included), a worker's record, the reports and every Settings section are shown; every visible text (labels, buttons,
// tabs, headers and rows of lists, menus, placeholders) is checked against the catalogue's English sources
// (UntranslatedTexts). kohtaamo-cli's help and `rank --excluded` are checked the same way.
#include "UntranslatedTexts.h"

#include "common/Translations.h"
#include "main/MainWindow.h"
#include "main/Page.h"
#include "office/OfficeService.h"
#include "reports/ReportsPage.h"
#include "requests/CandidateListModel.h"
#include "requests/CandidatesPanel.h"
#include "requests/RequestDetailView.h"
#include "requests/RequestInboxView.h"
#include "requests/RequestListModel.h"
#include "requests/RequestsPage.h"
#include "settings/Settings.h"
#include "settings/SettingsPage.h"
#include "workers/WorkersPage.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QProcess>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QTextDocumentFragment>

using namespace Kohtaamo;

namespace {

void addItemTexts(QStringList &texts, const QAbstractItemModel *model)
{
    if (!model)
        return;
    for (int c = 0; c < model->columnCount(); ++c)
        texts << model->headerData(c, Qt::Horizontal, Qt::DisplayRole).toString();
    for (int r = 0; r < qMin(model->rowCount(), 40); ++r) {
        for (int c = 0; c < model->columnCount(); ++c) {
            const QModelIndex index = model->index(r, c);
            texts << index.data(Qt::DisplayRole).toString();
            for (int child = 0; child < qMin(model->rowCount(index), 10); ++child)
                texts << model->index(child, 0, index).data(Qt::DisplayRole).toString();
        }
    }
}

void addMenuTexts(QStringList &texts, const QList<QAction *> &actions)
{
    for (QAction *action : actions) {
        if (!action->isVisible())
            continue;
        texts << action->text();
        if (action->menu())
            addMenuTexts(texts, action->menu()->actions());
    }
}

// What the window shows now: the texts of its visible widgets.
QStringList visibleTexts(QWidget *window)
{
    QStringList texts { window->windowTitle() };
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(window))
            continue;
        if (auto *label = qobject_cast<QLabel *>(w)) {
            texts << (Qt::mightBeRichText(label->text()) ? QTextDocumentFragment::fromHtml(label->text()).toPlainText()
                                                         : label->text());
        } else if (auto *button = qobject_cast<QAbstractButton *>(w)) {
            texts << button->text();
        } else if (auto *group = qobject_cast<QGroupBox *>(w)) {
            texts << group->title();
        } else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i);
        } else if (auto *edit = qobject_cast<QLineEdit *>(w)) {
            texts << edit->placeholderText();
        } else if (auto *combo = qobject_cast<QComboBox *>(w)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        } else if (auto *view = qobject_cast<QAbstractItemView *>(w)) {
            addItemTexts(texts, view->model());
        } else if (auto *bar = qobject_cast<QMenuBar *>(w)) {
            addMenuTexts(texts, bar->actions());
        }
    }
    texts.removeAll(QString());
    return texts;
}

QString sourceFile(const QString &name)
{
    return QStringLiteral(KOHTAAMO_SOURCE_DIR "/translations/") + name;
}

} // namespace

class TestScreenLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void theCheckFindsEnglishLeftOnAScreen();
    void everyScreenIsInTheChosenLanguage_data();
    void everyScreenIsInTheChosenLanguage();
    void theCommandLineIsInTheChosenLanguage_data();
    void theCommandLineIsInTheChosenLanguage();

private:
    QTemporaryDir m_dir;
    QString m_path;
};

void TestScreenLanguage::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_path = m_dir.filePath(QStringLiteral("demo.kohtaamo"));
    OfficeService::OpenOptions how;
    how.create = true;
    auto office = OfficeService::open(DatabaseLocation::sqlite(m_path), how);
    QVERIFY2(office, qPrintable(office.error().message));
    DemoGenerator::Options demo;
    demo.workers = 60;
    demo.requests = 80;
    demo.seed = 7;
    QVERIFY((*office)->generateDemo(demo));
}

void TestScreenLanguage::theCheckFindsEnglishLeftOnAScreen()
{
    UntranslatedTexts check;
    QVERIFY(check.load(sourceFile(QStringLiteral("kohtaamo_fi.ts")), sourceFile(QStringLiteral("kohtaamo_en.ts"))));
    QVERIFY(check.size() > 1000);
    // A catalogue entry left out shows its English source: found as it is, with its mnemonic, or filled in.
    QCOMPARE(check.find({ QStringLiteral("Experience workers") }).size(), 1);
    QCOMPARE(check.find({ QStringLiteral("&Kind of work:") }).size(), 1);
    QCOMPARE(check.find({ QStringLiteral("Needs 14 days of notice; the request gives 4 days") }).size(), 1);
    // Finnish, names, numbers and references pass.
    QVERIFY(check
                .find({ QStringLiteral("Kokemustoimijat"), QStringLiteral("Tuula H."), QStringLiteral("2026-0014"),
                        QStringLiteral("25"), QStringLiteral("Kohtaamo") })
                .isEmpty());
}

void TestScreenLanguage::everyScreenIsInTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fi") << QStringLiteral("fi");
    QTest::newRow("sv") << QStringLiteral("sv");
}

void TestScreenLanguage::everyScreenIsInTheChosenLanguage()
{
    QFETCH(QString, language);
    UntranslatedTexts check;
    QVERIFY(check.load(sourceFile(QStringLiteral("kohtaamo_%1.ts").arg(language)),
                       sourceFile(QStringLiteral("kohtaamo_en.ts"))));
    // Settings ▸ Language names each language in itself: "English" is right there in every language.
    check.allow(Translations::nativeName(QStringLiteral("en")));
    Translations translations;
    QVERIFY(translations.install(language));
    Settings settings(m_dir.filePath(QStringLiteral("settings-%1.ini").arg(language)));
    auto office = OfficeService::open(DatabaseLocation::sqlite(m_path));
    QVERIFY2(office, qPrintable(office.error().message));
    QVERIFY((*office)->actAs(QStringLiteral("anna.lehtinen")));
    MainWindow window(std::move(office).value(), settings);
    window.resize(1280, 800);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    QStringList seen;
    QStringList shown; // where each finding was seen
    QSet<QString> looked;
    auto look = [&](const QString &where) {
        QCoreApplication::processEvents();
        const QStringList texts = visibleTexts(&window);
        looked.unite(QSet<QString>(texts.cbegin(), texts.cend()));
        for (const QString &text : check.find(texts)) {
            if (!seen.contains(text)) {
                seen << text;
                shown << QStringLiteral("%1: “%2”").arg(where, text);
            }
        }
    };

    for (Page page : allPages()) {
        window.showPage(page);
        look(pageKey(page));
    }

    // A request being invited for, tab by tab: its candidates and the workers left out, with their reasons.
    window.showPage(Page::Requests);
    auto *requests = qobject_cast<RequestsPage *>(window.pageWidget(Page::Requests));
    QVERIFY(requests);
    RequestInboxFilter inviting;
    inviting.statuses = { RequestStatus::Inviting };
    requests->inbox()->setFilter(inviting);
    QVERIFY(requests->inbox()->model()->rowCount() > 0);
    requests->inbox()->tableView()->setCurrentIndex(requests->inbox()->model()->index(0, 0));
    RequestDetailView *detail = requests->detail();
    for (int tab = 0; tab < detail->tabs()->count(); ++tab) {
        detail->tabs()->setCurrentIndex(tab);
        if (detail->tabs()->currentWidget() == detail->candidates())
            QTRY_VERIFY(detail->candidates()->candidateModel()->rowCount() > 0);
        look(QStringLiteral("request tab %1").arg(tab));
    }
    // The other states of a request show other actions and notes.
    for (RequestStatus status :
         { RequestStatus::New, RequestStatus::Confirmed, RequestStatus::Held, RequestStatus::Closed }) {
        RequestInboxFilter filter;
        filter.statuses = { status };
        requests->inbox()->setFilter(filter);
        if (requests->inbox()->model()->rowCount() == 0)
            continue;
        requests->inbox()->tableView()->setCurrentIndex(requests->inbox()->model()->index(0, 0));
        detail->tabs()->setCurrentIndex(0);
        look(QStringLiteral("request in state %1").arg(int(status)));
    }

    // A worker's record.
    window.showPage(Page::Workers);
    auto *workers = qobject_cast<WorkersPage *>(window.pageWidget(Page::Workers));
    QVERIFY(workers && workers->tableView()->model()->rowCount() > 0);
    workers->tableView()->setCurrentIndex(workers->tableView()->model()->index(0, 0));
    look(QStringLiteral("workers"));

    // The reports' tabs.
    window.showPage(Page::Reports);
    auto *reports = qobject_cast<ReportsPage *>(window.pageWidget(Page::Reports));
    QVERIFY(reports);
    for (int tab = 0; tab < reports->tabs()->count(); ++tab) {
        reports->tabs()->setCurrentIndex(tab);
        look(QStringLiteral("reports tab %1").arg(tab));
    }

    // Every Settings section.
    window.showPage(Page::Settings);
    auto *settingsPage = qobject_cast<SettingsPage *>(window.pageWidget(Page::Settings));
    QVERIFY(settingsPage);
    const QMetaEnum sections = QMetaEnum::fromType<SettingsPage::Section>();
    for (int i = 0; i < sections.keyCount(); ++i) {
        settingsPage->showSection(static_cast<SettingsPage::Section>(sections.value(i)));
        look(QStringLiteral("settings %1").arg(QString::fromLatin1(sections.key(i))));
    }

    QVERIFY2(looked.size() > 1000, qPrintable(QString::number(looked.size()))); // the screens were really read
    QVERIFY2(shown.isEmpty(),
             qPrintable(QStringLiteral("%1 texts are shown in English in %2:\n").arg(shown.size()).arg(language)
                        + shown.join(QLatin1Char('\n'))));
}

void TestScreenLanguage::theCommandLineIsInTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fi") << QStringLiteral("fi");
    QTest::newRow("sv") << QStringLiteral("sv");
}

void TestScreenLanguage::theCommandLineIsInTheChosenLanguage()
{
    QFETCH(QString, language);
    UntranslatedTexts check;
    QVERIFY(check.load(sourceFile(QStringLiteral("kohtaamo_%1.ts").arg(language)),
                       sourceFile(QStringLiteral("kohtaamo_en.ts"))));
    QVector<RequestSummary> requests;
    {
        auto office = OfficeService::open(DatabaseLocation::sqlite(m_path));
        QVERIFY(office);
        RequestInboxFilter inviting;
        inviting.statuses = { RequestStatus::Inviting, RequestStatus::Tagged };
        auto page = (*office)->inboxPage(inviting, {}, 0, 3, QStringLiteral("en"));
        QVERIFY(page && !page->isEmpty());
        requests = *page;
    }

    QStringList output;
    auto run = [&](const QStringList &arguments) {
        QProcess cli;
        cli.start(QStringLiteral(KOHTAAMO_CLI), QStringList { QStringLiteral("--lang"), language } + arguments);
        QVERIFY(cli.waitForFinished(60000));
        QCOMPARE(cli.exitCode(), 0);
        output += QString::fromUtf8(cli.readAllStandardOutput()).split(QLatin1Char('\n'));
    };
    run({ QStringLiteral("help") });
    for (const QString &command :
         { QStringLiteral("rank"), QStringLiteral("init"), QStringLiteral("outbox"), QStringLiteral("fees") })
        run({ QStringLiteral("help"), command });
    for (const RequestSummary &request : std::as_const(requests))
        run({ QStringLiteral("--db"), m_path, QStringLiteral("rank"), request.reference, QStringLiteral("--excluded"),
              QStringLiteral("--limit"), QStringLiteral("200") });
    QVERIFY(output.size() > 100);
    // Each reason is a line of its own, indented: the lines and the cells of the tables are checked.
    QStringList texts;
    for (const QString &line : std::as_const(output)) {
        texts << line.trimmed();
        texts << line.split(QStringLiteral("  "), Qt::SkipEmptyParts);
    }
    const QStringList english = check.find(texts);
    QVERIFY2(english.isEmpty(),
             qPrintable(QStringLiteral("kohtaamo-cli says in English in %1:\n").arg(language)
                        + english.join(QLatin1Char('\n'))));
}

QTEST_MAIN(TestScreenLanguage)
#include "tst_screen_language.moc"
