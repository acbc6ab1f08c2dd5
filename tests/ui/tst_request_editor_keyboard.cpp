// The request editor for keyboard and screen-reader users, and at its default size: messages appear when a field is
// left, Enter and Escape do what they should, every input is labelled with a mnemonic and named, Tab follows the
// form, and nothing is cut off in any language.
#include "RequestEditorTesting.h"
#include "office/OfficeService.h"

using namespace Kohtaamo;
using namespace Kohtaamo::EditorTest;

class TestRequestEditorKeyboard : public QObject, public EditorFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { installClock(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void showsAProblemOnceTheFieldIsLeftAndClearsItWhenFixed();
    void escapeClosesAndAsksOnlyWithUnsavedChanges();
    void enterSavesExceptWhereItHasAJobOfItsOwn();
    void everyInputIsLabelledAndNamed();
    void tabOrderFollowsTheForm();
    void nothingIsCutOffAtTheDefaultSize_data();
    void nothingIsCutOffAtTheDefaultSize();
};

void TestRequestEditorKeyboard::showsAProblemOnceTheFieldIsLeftAndClearsItWhenFixed()
{
    auto dialog = openDialog(Request());
    QApplication::setActiveWindow(dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    FIND(QLineEdit, email, *dialog, "requesterEmail");
    FIND(QLabel, problem, *dialog, "problem_requesterEmail");
    FIND(QLabel, titleProblem, *dialog, "problem_title");
    // Where every field of the form is: a message coming or going must not move any of them, or the next click
    // lands in another field than the one aimed at.
    const auto fieldPlaces = [&dialog] {
        QVector<QPoint> places; // the list below the fields takes its room from the tabs' bottom, not from above
        for (const QWidget *w : dialog->findChildren<QWidget *>()) {
            if (w->isVisible() && w->focusPolicy() != Qt::NoFocus && !w->inherits("QTabBar")
                && !w->inherits("QAbstractButton") && !w->inherits("QLabel"))
                places.append(w->mapTo(dialog.get(), QPoint(0, 0)));
        }
        return places;
    };
    const QVector<QPoint> before = fieldPlaces();
    email->setFocus();
    QTest::keyClicks(email, QStringLiteral("sari@"));
    QVERIFY(!problem->isVisible()); // not while typing
    QTest::keyClick(email, Qt::Key_Tab);
    QVERIFY(problem->isVisible());
    QCOMPARE(fieldPlaces(), before);
    auto *sign = dialog->findChild<QLabel *>(QStringLiteral("problemSign_requesterEmail"));
    QVERIFY(sign && sign->isVisible()); // beside the field ...
    QVERIFY(sign->toolTip().contains(QStringLiteral("is not an email address")));
    auto *caption = dialog->findChild<QLabel *>(QStringLiteral("problemCaption_requesterEmail"));
    QVERIFY(caption && caption->isVisible() && !caption->text().isEmpty()); // ... and named in the list below
    QVERIFY(problem->text().contains(QStringLiteral("“sari@” is not an email address")));
    QVERIFY(!titleProblem->isVisible()); // an untouched empty title is not scolded yet
    email->setFocus();
    QTest::keyClicks(email, QStringLiteral("turku.fi"));
    QVERIFY(!problem->isVisible()); // fixed: gone at once
    QVERIFY(!sign->isVisible());
    QCOMPARE(fieldPlaces(), before);
}

void TestRequestEditorKeyboard::escapeClosesAndAsksOnlyWithUnsavedChanges()
{
    {
        auto dialog = openDialog(Request());
        QVERIFY(!dialog->isModified());
        QTest::keyClick(dialog.get(), Qt::Key_Escape);
        QVERIFY(!dialog->isVisible());
        QCOMPARE(dialog->result(), int(QDialog::Rejected));
    }
    auto dialog = openDialog(Request());
    fillValidMinimum(*dialog);
    QVERIFY(dialog->isModified());
    auto keep = answerNextBox(QStringLiteral("keepEditing"));
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(keep->seen);
    QVERIFY(dialog->isVisible());
    auto discard = answerNextBox(QStringLiteral("discardChanges"));
    QTest::keyClick(dialog.get(), Qt::Key_Escape);
    QVERIFY(discard->seen);
    QVERIFY(!dialog->isVisible());
    QCOMPARE(countRows(*m_db, QStringLiteral("requests")), 0);
}

void TestRequestEditorKeyboard::enterSavesExceptWhereItHasAJobOfItsOwn()
{
    auto dialog = openDialog(Request());
    fillValidMinimum(*dialog);
    FIND(QPlainTextEdit, description, *dialog, "description");
    QTest::keyClicks(description, QStringLiteral("First line"));
    QTest::keyClick(description, Qt::Key_Return); // a new line, not a save
    QTest::keyClicks(description, QStringLiteral("Second line"));
    QVERIFY(dialog->isVisible());
    FIND(QLineEdit, title, *dialog, "title");
    QTest::keyClick(title, Qt::Key_Return);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(storedRequest(*m_db).description, QStringLiteral("First line\nSecond line"));
}

void TestRequestEditorKeyboard::everyInputIsLabelledAndNamed()
{
    auto dialog = openDialog(Request());
    FIND(QTabWidget, tabs, *dialog, "tabs");
    QStringList tabMnemonics;
    for (int i = 0; i < tabs->count(); ++i) {
        const QChar m = mnemonic(tabs->tabText(i));
        QVERIFY2(!m.isNull(), qPrintable(tabs->tabText(i)));
        tabMnemonics << m;
    }
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QWidget *page = tabs->widget(i);
        // Every input has a label that is its buddy, with a mnemonic, or carries its own mnemonic.
        QSet<QWidget *> labelled;
        QStringList mnemonics = tabMnemonics;
        for (QLabel *label : page->findChildren<QLabel *>()) {
            if (!label->isVisible() || !label->buddy())
                continue;
            labelled.insert(label->buddy());
            const QChar m = mnemonic(label->text());
            QVERIFY2(!m.isNull(), qPrintable(label->text()));
            mnemonics << m;
        }
        for (QAbstractButton *button : page->findChildren<QAbstractButton *>()) {
            if (!button->isVisible() || button->text().isEmpty())
                continue;
            const QChar m = mnemonic(button->text());
            QVERIFY2(!m.isNull(), qPrintable(button->text()));
            mnemonics << m;
        }
        for (QWidget *input : page->findChildren<QWidget *>()) {
            const bool isInput = qobject_cast<QLineEdit *>(input) || qobject_cast<QPlainTextEdit *>(input)
                || qobject_cast<QComboBox *>(input) || qobject_cast<QAbstractSpinBox *>(input)
                || qobject_cast<QAbstractItemView *>(input);
            if (!isInput || !input->isVisible() || qobject_cast<QAbstractSpinBox *>(input->parentWidget())
                || qobject_cast<QComboBox *>(input->parentWidget()) || qobject_cast<QHeaderView *>(input))
                continue;
            // The deadline and end-time edits are labelled by the check box in front of them.
            const bool byCheckBox
                = input->objectName() == QLatin1String("deadline") || input->objectName() == QLatin1String("ends");
            QVERIFY2(labelled.contains(input) || byCheckBox,
                     qPrintable(QStringLiteral("%1 on tab %2 has no label").arg(input->objectName()).arg(i)));
            QVERIFY2(!input->accessibleName().isEmpty(), qPrintable(input->objectName()));
        }
        QStringList seen;
        for (const QString &m : std::as_const(mnemonics)) {
            QVERIFY2(!seen.contains(m), qPrintable(QStringLiteral("Alt+%1 twice on tab %2").arg(m).arg(i)));
            seen << m;
        }
        QStringList unnamed;
        collectUnnamed(QAccessible::queryAccessibleInterface(dialog.get()), unnamed);
        QVERIFY2(unnamed.isEmpty(), qPrintable(unnamed.join(QLatin1Char('\n'))));
    }
}

void TestRequestEditorKeyboard::tabOrderFollowsTheForm()
{
    auto dialog = openDialog(Request());
    QApplication::setActiveWindow(dialog.get());
    QVERIFY(QTest::qWaitForWindowActive(dialog.get()));
    const QStringList expected { QStringLiteral("receivedOn"),     QStringLiteral("requesterName"),
                                 QStringLiteral("requesterUnit"),  QStringLiteral("requesterSector"),
                                 QStringLiteral("requesterEmail"), QStringLiteral("requesterPhone"),
                                 QStringLiteral("title"),          QStringLiteral("description"),
                                 QStringLiteral("serviceType"),    QStringLiteral("fundedActivity") };
    FIND(QWidget, first, *dialog, "receivedOn");
    // The chain Tab follows (inside a date edit Tab first steps through day, month and year, as in every Qt app).
    QStringList order;
    for (QWidget *w = first; order.size() < expected.size(); w = w->nextInFocusChain()) {
        if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus)
            && !qobject_cast<QAbstractSpinBox *>(w->parentWidget()) && !qobject_cast<QComboBox *>(w->parentWidget()))
            order << w->objectName();
        QVERIFY(w->nextInFocusChain() != first);
    }
    QCOMPARE(order, expected);

    // On the topics tab: filter, tree, chosen list, weights, remove, perspective.
    FIND(QTabWidget, tabs, *dialog, "tabs");
    tabs->setCurrentIndex(1);
    FIND(QLineEdit, filter, *dialog, "topicFilter");
    filter->setFocus(Qt::TabFocusReason);
    QTest::keyClick(filter, Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget()->objectName(), QStringLiteral("topicTree"));
    QTest::keyClick(dialog->focusWidget(), Qt::Key_Tab);
    QCOMPARE(dialog->focusWidget()->objectName(), QStringLiteral("chosenTopics"));
}

void TestRequestEditorKeyboard::nothingIsCutOffAtTheDefaultSize_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<bool>("existing");
    for (const char *language : { "en", "fi", "sv" }) {
        QTest::addRow("%s, new", language) << QString::fromLatin1(language) << false;
        QTest::addRow("%s, edit", language) << QString::fromLatin1(language) << true;
    }
}

// Every label, button and check box gets at least the width it asks for at the dialog's default size, on every
// tab, in every language. KOHTAAMO_SCREENSHOT_DIR=<folder> also saves each tab as editor-<lang>-<new|edit>-<n>.png;
// KOHTAAMO_SCREENSHOT_DB=<file> takes the most recent request with topics from that (demo) database.

void TestRequestEditorKeyboard::nothingIsCutOffAtTheDefaultSize()
{
    QFETCH(QString, language);
    QFETCH(bool, existing);
    setLanguage(language);
    std::unique_ptr<Database> demo;
    const QString demoPath = qEnvironmentVariable("KOHTAAMO_SCREENSHOT_DB");
    Database *db = m_db.get();
    if (!demoPath.isEmpty()) {
        auto opened = Database::open(DatabaseLocation::sqlite(demoPath));
        QVERIFY2(opened.ok(), qPrintable(opened.error().message));
        demo = std::move(opened).value();
        db = demo.get();
    }
    Request request;
    if (existing) {
        auto all = RequestRepository(*db).listAll();
        QVERIFY(all.ok());
        for (const Request &r : *all) {
            if (!r.topics.isEmpty() && !r.dateOptions.isEmpty() && !r.organisationScope.isEmpty()) {
                request = r;
                break;
            }
        }
        if (request.id == 0) {
            request.requesterName = QStringLiteral("Sari Virtanen");
            request.requesterUnit = QStringLiteral("Lastensuojelun avohuolto, Turku");
            request.requesterEmail = QStringLiteral("sari.virtanen@turku.fi");
            request.title = QStringLiteral("Kokemuspuheenvuoro uusien sosiaalityöntekijöiden perehdytyksessä");
            request.receivedOn = kNow.date();
            request.serviceType = QStringLiteral("talk");
            request.topics
                = { { topicId(*db, QStringLiteral("child_protection.placement.emergency")), TopicWeight::Primary },
                    { topicId(*db, QStringLiteral("child_protection.encounters")), TopicWeight::Secondary } };
            request.dateOptions = { { 0, QDateTime(QDate(2026, 4, 14), QTime(13, 0)),
                                      QDateTime(QDate(2026, 4, 14), QTime(15, 0)), true } };
            request.organisationScope = { m_orgA };
            request.feeCents = 15000;
            auto saved = RequestRepository(*db).save(request);
            QVERIFY(saved.ok());
            request = *saved;
        }
    }
    OfficeService office(*db);
    RequestEditorDialog dialog(office, request);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    FIND(QTabWidget, tabs, dialog, "tabs");
    const QString shots = qEnvironmentVariable("KOHTAAMO_SCREENSHOT_DIR");
    if (!existing)
        QTest::keyClick(dialog.findChild<QLineEdit *>(QStringLiteral("requesterEmail")), Qt::Key_A); // a message
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        if (!existing && i == 0)
            dialog.accept(); // shows the messages of an empty form
        if (!existing && i == 1) { // a filtered tree, with its count
            dialog.findChild<QLineEdit *>(QStringLiteral("topicFilter"))
                ->insert(language == QLatin1String("fi")       ? QStringLiteral("sijoi")
                             : language == QLatin1String("sv") ? QStringLiteral("placering")
                                                               : QStringLiteral("placement"));
        }
        if (!existing && i == 2) { // a time that ends before it starts
            dialog.findChild<QPushButton *>(QStringLiteral("addTime"))->click();
            dialog.findChild<QTimeEdit *>(QStringLiteral("ends"))->setTime(QTime(12, 0));
        }
        QApplication::processEvents();
        QStringList cut;
        for (QWidget *w : tabs->widget(i)->findChildren<QWidget *>()) {
            if (!w->isVisible())
                continue;
            const auto *label = qobject_cast<QLabel *>(w);
            const bool text = (label && !label->wordWrap() && !label->text().isEmpty())
                || (qobject_cast<QAbstractButton *>(w) && !static_cast<QAbstractButton *>(w)->text().isEmpty())
                || qobject_cast<QComboBox *>(w);
            if (text && w->width() < w->sizeHint().width())
                cut << QStringLiteral("%1 \"%2\": %3 < %4")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName())
                           .arg(w->width())
                           .arg(w->sizeHint().width());
            if (text && w->height() < w->minimumSizeHint().height())
                cut << QStringLiteral("%1 \"%2\" too low")
                           .arg(QString::fromLatin1(w->metaObject()->className()), w->objectName());
        }
        if (!shots.isEmpty()) {
            QDir().mkpath(shots);
            const QString file
                = QDir(shots).filePath(QStringLiteral("editor-%1-%2-%3.png")
                                           .arg(language, existing ? QStringLiteral("edit") : QStringLiteral("new"))
                                           .arg(i + 1));
            QVERIFY(dialog.grab().save(file));
        }
        QVERIFY2(cut.isEmpty(), qPrintable(QStringLiteral("tab %1: ").arg(i) + cut.join(QStringLiteral("; "))));
    }
    dialog.setResult(QDialog::Rejected);
    dialog.hide();
    setLanguage(QStringLiteral("en"));
}

QTEST_MAIN(TestRequestEditorKeyboard)
#include "tst_request_editor_keyboard.moc"
