// Roles on the Workers page, offscreen on real widgets (docs/data-protection.md): a viewer and a coordinator of
// another organisation see the actions on a worker's record disabled, each with a tooltip that says why, and the
// editor opens for reading with Save off; the worker's own organisation's coordinator may change it but not erase it;
// an admin erases after a confirmation that names the person, and writes a subject access PDF and JSON that only
// the user can read.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "common/Translations.h"
#include "office/OfficeService.h"
#include "workers/WorkerEditorDialog.h"
#include "workers/WorkersPage.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>
#include <QTimer>

using namespace Kohtaamo;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0));

void answerNextBox(QObject *context, const QString &buttonName, QString *text = nullptr)
{
    QTimer::singleShot(0, context, [buttonName, text] {
        for (QWidget *w : QApplication::topLevelWidgets()) {
            auto *box = qobject_cast<QMessageBox *>(w);
            if (!box || !box->isVisible())
                continue;
            if (text)
                *text = box->text() + QLatin1Char('\n') + box->informativeText();
            if (auto *button = box->findChild<QPushButton *>(buttonName))
                button->click();
            else
                box->reject();
            return;
        }
    });
}
} // namespace

class TestWorkerRightsGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void viewerAndOtherOrganisationSeeTheActionsDisabled_data();
    void viewerAndOtherOrganisationSeeTheActionsDisabled();
    void adminErasesAfterAConfirmationNamingThePerson();

private:
    void actAs(const QString &login) { QVERIFY(m_office->actAs(login)); }

    std::unique_ptr<FixedClock> m_clock;
    Translations m_translations;
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    qint64 m_worker = 0;
};

void TestWorkerRightsGui::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    QVERIFY(m_translations.install(QStringLiteral("en")).ok());
    m_testDb = std::make_unique<Test::TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_office = std::make_unique<OfficeService>(m_testDb->openOrFail());
    actAs(QStringLiteral("anna")); // admin
    for (const char *login : { "bea", "cai", "vera" })
        actAs(QString::fromLatin1(login));
    actAs(QStringLiteral("anna"));
    Organisation a;
    a.name = QStringLiteral("Auta Lasta ry");
    Organisation b;
    b.name = QStringLiteral("Perhekuntoutuskeskus Lauste");
    const qint64 orgA = m_office->saveOrganisation(a)->id;
    const qint64 orgB = m_office->saveOrganisation(b)->id;
    const QVector<Coordinator> everyone = *m_office->coordinators();
    for (Coordinator c : everyone) {
        if (c.username == QLatin1String("bea"))
            c.organisationId = orgA;
        else if (c.username == QLatin1String("cai"))
            c.organisationId = orgB;
        else if (c.username == QLatin1String("vera"))
            c.role = CoordinatorRole::Viewer;
        else
            continue;
        QVERIFY(m_office->saveCoordinator(c));
    }
    Worker w;
    w.displayName = QStringLiteral("Aino Virtanen");
    w.email = QStringLiteral("aino@example.fi");
    w.organisationId = orgA;
    w.languages = { QStringLiteral("fi") };
    auto saved = m_office->saveWorker(w);
    QVERIFY2(saved, qPrintable(saved.error().message));
    m_worker = saved->id;
}

void TestWorkerRightsGui::cleanupTestCase()
{
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

void TestWorkerRightsGui::viewerAndOtherOrganisationSeeTheActionsDisabled_data()
{
    QTest::addColumn<QString>("login");
    QTest::addColumn<bool>("mayChange");
    QTest::addColumn<bool>("mayErase");
    QTest::addColumn<QString>("why"); // in the tooltip of what is off
    QTest::newRow("viewer") << QStringLiteral("vera") << false << false << QStringLiteral("viewer");
    QTest::newRow("coordinator of another organisation")
        << QStringLiteral("cai") << false << false << QStringLiteral("Auta Lasta ry");
    QTest::newRow("coordinator of the worker's organisation") << QStringLiteral("bea") << true << false << QString();
    QTest::newRow("admin") << QStringLiteral("anna") << true << true << QString();
}

void TestWorkerRightsGui::viewerAndOtherOrganisationSeeTheActionsDisabled()
{
    QFETCH(QString, login);
    QFETCH(bool, mayChange);
    QFETCH(bool, mayErase);
    QFETCH(QString, why);
    actAs(login);
    WorkersPage page;
    page.setOffice(m_office.get());
    page.show();
    QVERIFY(page.selectWorker(m_worker));
    const auto button = [&page](const char *name) { return page.findChild<QPushButton *>(QString::fromLatin1(name)); };
    for (const char *name : { "deactivateWorker", "subjectAccess", "eraseWorker", "editWorker" })
        QVERIFY2(button(name), name);
    QCOMPARE(button("deactivateWorker")->isEnabled(), mayChange);
    QCOMPARE(button("subjectAccess")->isEnabled(), mayChange);
    QCOMPARE(button("eraseWorker")->isEnabled(), mayErase);
    QVERIFY(button("editWorker")->isEnabled()); // opens for reading
    if (!mayChange) {
        QVERIFY2(button("deactivateWorker")->toolTip().contains(why),
                 qPrintable(button("deactivateWorker")->toolTip()));
        QVERIFY2(button("subjectAccess")->toolTip().contains(why), qPrintable(button("subjectAccess")->toolTip()));
    }
    if (!mayErase)
        QVERIFY(!button("eraseWorker")->toolTip().isEmpty());
    QCOMPARE(button("newWorker")->isEnabled(), login != QLatin1String("vera"));
    QCOMPARE(button("importWorkers")->isEnabled(), login != QLatin1String("vera"));

    // The editor opens; Save is off, and says why, where the role may not change the worker.
    page.editCurrent();
    QVERIFY(page.editor());
    auto *save = page.editor()->findChild<QPushButton *>(QStringLiteral("save"));
    QVERIFY(save);
    QCOMPARE(save->isEnabled(), mayChange);
    if (!mayChange)
        QVERIFY2(save->toolTip().contains(why), qPrintable(save->toolTip()));
    page.editor()->reject();
    actAs(QStringLiteral("anna"));
}

void TestWorkerRightsGui::adminErasesAfterAConfirmationNamingThePerson()
{
    actAs(QStringLiteral("anna"));
    WorkersPage page;
    page.setOffice(m_office.get());
    page.show();
    QVERIFY(page.selectWorker(m_worker));

    // Subject access first: both files, readable by the owner only.
    QTemporaryDir dir;
    const QString pdf = dir.filePath(QStringLiteral("aino.pdf"));
    const QString json = dir.filePath(QStringLiteral("aino.json"));
    QVERIFY(page.writeSubjectAccess(m_worker, pdf, json));
    for (const QString &path : { pdf, json }) {
        QFile f(path);
        QVERIFY2(f.exists(), qPrintable(path));
        QCOMPARE(f.permissions() & (QFile::ReadGroup | QFile::ReadOther | QFile::WriteGroup | QFile::WriteOther),
                 QFile::Permissions());
    }
    QFile jsonFile(json);
    QVERIFY(jsonFile.open(QIODevice::ReadOnly));
    QCOMPARE(QJsonDocument::fromJson(jsonFile.readAll())
                 .object()
                 .value(QStringLiteral("worker"))
                 .toObject()
                 .value(QStringLiteral("email"))
                 .toString(),
             QStringLiteral("aino@example.fi"));

    QString asked;
    answerNextBox(this, QStringLiteral("nothing"), &asked); // cancel
    page.eraseCurrent();
    QVERIFY2(asked.contains(QLatin1String("Aino Virtanen")), qPrintable(asked));
    QVERIFY2(asked.contains(QLatin1String("cannot be undone")), qPrintable(asked));
    QCOMPARE(m_office->worker(m_worker)->email, QStringLiteral("aino@example.fi"));
    answerNextBox(this, QStringLiteral("erase"));
    page.eraseCurrent();
    QVERIFY(m_office->worker(m_worker)->email.isEmpty());
    QVERIFY(m_office->worker(m_worker)->displayName != QLatin1String("Aino Virtanen"));
    QVERIFY(m_office->verifyAudit()->intact());
}

QTEST_MAIN(TestWorkerRightsGui)
#include "tst_worker_rights_gui.moc"
