#pragma once

// What the request editor's UI tests share: a database with two organisations, a fixed clock, the UI language,
// opening the dialog, filling the least a valid request needs, saving, and answering the message boxes it opens.
#include "AccessibilityAudit.h"
#include "TestDatabase.h"
#include "office/OfficeService.h"

#include "common/Clock.h"
#include "common/Translations.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/TopicRepository.h"
#include "requests/ChosenTopicsModel.h"
#include "requests/DateOptionsModel.h"
#include "requests/EuroAmountEdit.h"
#include "requests/RequestEditorDialog.h"
#include "requests/TopicPicker.h"
#include "requests/TopicTreeModel.h"
#include "storage/SqlQuery.h"

#include <QAbstractItemModelTester>
#include <QAccessible>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDateTimeEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QRadioButton>
#include <QSortFilterProxyModel>
#include <QSpinBox>
#include <QStyle>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>
#include <QTimer>
#include <QTreeView>

#include <functional>
#include <memory>

// Finds a child by object name or fails the test.
#define FIND(Type, var, parent, name)                                                                                  \
    auto *var = (parent).findChild<Type *>(QStringLiteral(name));                                                      \
    QVERIFY2(var, name)

namespace Kohtaamo::EditorTest {

const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0));

// What a message box said, and that it was answered.
struct BoxAnswer
{
    bool seen = false;
    QString title;
    QString text;
    QString informative;
};

inline qint64 topicId(Database &db, const QString &code)
{
    SqlQuery q(db, QStringLiteral("SELECT id FROM topics WHERE code = ?"));
    q.bind(code);
    auto id = q.scalar();
    return id ? id->toLongLong() : 0;
}

inline int countRows(Database &db, const QString &table)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(table));
    auto n = q.scalar();
    return n ? n->toInt() : -1;
}

// Every visible row of a tree view's model, as "path" strings of display texts, depth first.
inline QStringList visibleRows(const QAbstractItemModel *model, const QModelIndex &parent = {},
                               const QString &prefix = {})
{
    QStringList rows;
    for (int r = 0; r < model->rowCount(parent); ++r) {
        const QModelIndex i = model->index(r, 0, parent);
        const QString path
            = prefix.isEmpty() ? i.data().toString() : prefix + QStringLiteral(" › ") + i.data().toString();
        rows << path;
        rows += visibleRows(model, i, path);
    }
    return rows;
}

using Accessibility::collectUnnamed;

inline QChar mnemonic(const QString &text)
{
    for (int i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) == QLatin1Char('&')) {
            if (text.at(i + 1) != QLatin1Char('&'))
                return text.at(i + 1).toLower();
            ++i;
        }
    }
    return {};
}

class EditorFixture
{
public:
    void installClock();
    void setUp();
    void tearDown();

    std::unique_ptr<RequestEditorDialog> openDialog(const Request &request);
    void fillValidMinimum(QDialog &dialog);
    void clickSave(QDialog &dialog);
    // Clicks the button called `buttonName` (else Close) in the next message box that opens.
    std::shared_ptr<BoxAnswer> answerNextBox(const QString &buttonName);
    void setLanguage(const QString &language);
    // The one request the database holds; an empty one if it holds none or several.
    Request storedRequest(Database &db);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OfficeService> m_office; // on m_db
    Translations m_translations;
    QList<QTimer *> m_boxTimers;
    qint64 m_orgA = 0;
    qint64 m_orgB = 0;
};

inline void EditorFixture::installClock()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
}

inline void EditorFixture::setUp()
{
    setLanguage(QStringLiteral("en"));
    m_testDb = std::make_unique<Test::TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_db = m_testDb->openOrFail();
    QVERIFY(m_db);
    m_db->setActor(QStringLiteral("Coordinator A"));
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

inline void EditorFixture::tearDown()
{
    for (QTimer *timer : std::as_const(m_boxTimers))
        delete timer;
    m_boxTimers.clear();
    m_office.reset();
    m_db.reset();
    m_testDb.reset();
}

inline void EditorFixture::setLanguage(const QString &language)
{
    const Status installed = m_translations.install(language);
    QVERIFY2(installed.ok() || language == QLatin1String("en"), qPrintable(installed.error().message));
}

inline std::unique_ptr<RequestEditorDialog> EditorFixture::openDialog(const Request &request)
{
    if (!m_office)
        m_office = std::make_unique<OfficeService>(*m_db);
    auto dialog = std::make_unique<RequestEditorDialog>(*m_office, request);
    dialog->show();
    return dialog;
}

// Clicks the button called `buttonName` in the next message box that opens.
inline std::shared_ptr<BoxAnswer> EditorFixture::answerNextBox(const QString &buttonName)
{
    auto answer = std::make_shared<BoxAnswer>();
    auto *timer = new QTimer;
    timer->setInterval(20);
    QObject::connect(timer, &QTimer::timeout, timer, [timer, answer, buttonName] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        timer->stop();
        answer->seen = true;
        answer->title = box->windowTitle();
        answer->text = box->text();
        answer->informative = box->informativeText();
        QAbstractButton *button = box->findChild<QAbstractButton *>(buttonName);
        if (!button)
            button = box->button(QMessageBox::Close);
        if (button)
            button->click();
        else
            box->reject();
    });
    timer->start();
    m_boxTimers << timer;
    return answer;
}

inline void EditorFixture::fillValidMinimum(QDialog &dialog)
{
    FIND(QLineEdit, name, dialog, "requesterName");
    FIND(QLineEdit, title, dialog, "title");
    QTest::keyClicks(name, QStringLiteral("Sari Virtanen"));
    QTest::keyClicks(title, QStringLiteral("Talk at the onboarding of new social workers"));
}

// Clicks a check box on its box: a check box laid out across a whole form row is wider than what it reacts to.
inline void clickCheckBox(QCheckBox *box)
{
    QTest::mouseClick(box, Qt::LeftButton, {},
                      QPoint(box->style()->pixelMetric(QStyle::PM_IndicatorWidth) / 2 + 2, box->height() / 2));
}

inline void EditorFixture::clickSave(QDialog &dialog)
{
    auto *buttons = dialog.findChild<QDialogButtonBox *>();
    QVERIFY(buttons);
    QPushButton *save = buttons->button(QDialogButtonBox::Save);
    QVERIFY(save);
    QTest::mouseClick(save, Qt::LeftButton);
}

inline Request EditorFixture::storedRequest(Database &db)
{
    auto all = RequestRepository(db).listAll();
    if (!all || all->size() != 1)
        return {};
    return all->first();
}

} // namespace Kohtaamo::EditorTest
