// The new / edit request dialog on real widgets, offscreen, driven as a coordinator would: typing, clicking and
// keys. What is saved is read back through a second connection; refused input must leave the database untouched;
// a stale edit must be reported as a conflict and overwrite nothing; the topic picker finds topics in the UI
// language and keeps their weights.
#include "RequestEditorTesting.h"

using namespace Kohtaamo;
using namespace Kohtaamo::EditorTest;

class TestRequestEditor : public QObject, public EditorFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { installClock(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }

    void savesEveryFieldAsEntered();
    void refusesInvalidInputAndSavesNothing_data();
    void refusesInvalidInputAndSavesNothing();
    void aProblemOnlyTheDatabaseSeesIsShownAtItsField();
    void otherSaveErrorsAreShownAndTheDialogStaysOpen();
    void typeAheadFindsTopicsInTheUiLanguage_data();
    void typeAheadFindsTopicsInTheUiLanguage();
    void retiredTopicsAreNotOfferedButStayOnTheRequest();
    void primaryAndSecondaryMarkingPersists();
    void editingAStaleRequestIsAConflictAndOverwritesNothing();
    void reloadingAfterAConflictShowsTheStoredVersion();
    void placeAndRegionOnlyForInPersonWork();
    void feeIsTypedInEurosOfTheUiLanguage_data();
    void feeIsTypedInEurosOfTheUiLanguage();
    void modelsPassTheModelTester();
};

void TestRequestEditor::savesEveryFieldAsEntered()
{
    auto dialog = openDialog(Request());
    QCOMPARE(dialog->windowTitle(), QStringLiteral("New Request"));
    FIND(QTabWidget, tabs, *dialog, "tabs");

    // The request tab.
    FIND(QDateEdit, receivedOn, *dialog, "receivedOn");
    QCOMPARE(receivedOn->date(), kNow.date()); // a new request was received today
    receivedOn->setDate(QDate(2026, 3, 9));
    fillValidMinimum(*dialog);
    FIND(QLineEdit, unit, *dialog, "requesterUnit");
    QTest::keyClicks(unit, QStringLiteral("Child protection, City of Turku"));
    FIND(QLineEdit, email, *dialog, "requesterEmail");
    QTest::keyClicks(email, QStringLiteral("sari.virtanen@turku.fi"));
    FIND(QLineEdit, phone, *dialog, "requesterPhone");
    QTest::keyClicks(phone, QStringLiteral("+358 40 123 4567"));
    FIND(QPlainTextEdit, description, *dialog, "description");
    QTest::keyClicks(description, QStringLiteral("Two workers tell how a placement felt."));
    FIND(QComboBox, serviceType, *dialog, "serviceType");
    serviceType->setCurrentIndex(serviceType->findData(QStringLiteral("talk")));
    QCOMPARE(serviceType->currentText(), QStringLiteral("Talk at a training or seminar"));

    // Topics: type ahead and Enter; the first is primary, the next secondary.
    tabs->setCurrentIndex(1);
    FIND(QLineEdit, filter, *dialog, "topicFilter");
    QTest::keyClicks(filter, QStringLiteral("emergency"));
    QTest::keyClick(filter, Qt::Key_Return);
    filter->clear();
    QTest::keyClicks(filter, QStringLiteral("foster"));
    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(dialog->isVisible()); // Enter in the filter chose a topic, it did not save
    FIND(QComboBox, perspective, *dialog, "perspective");
    QTest::keyClick(perspective, Qt::Key_Down); // Any → As a child or young person
    QTest::keyClick(perspective, Qt::Key_Down); // → As a parent
    QCOMPARE(perspective->currentText(), QStringLiteral("As a parent"));

    // When and where: two proposed times, the second chosen; a deadline; in person.
    tabs->setCurrentIndex(2);
    FIND(QPushButton, addTime, *dialog, "addTime");
    FIND(QDateTimeEdit, starts, *dialog, "starts");
    FIND(QCheckBox, hasEnd, *dialog, "hasEnd");
    FIND(QTimeEdit, ends, *dialog, "ends");
    FIND(QCheckBox, chosen, *dialog, "chosen");
    QTest::mouseClick(addTime, Qt::LeftButton);
    starts->setDateTime(QDateTime(QDate(2026, 4, 14), QTime(13, 0)));
    QVERIFY(hasEnd->isChecked());
    ends->setTime(QTime(15, 30));
    QTest::mouseClick(addTime, Qt::LeftButton);
    QCOMPARE(starts->dateTime(), QDateTime(QDate(2026, 4, 21), QTime(13, 0))); // a week later, as long
    QCOMPARE(ends->time(), QTime(15, 30));
    clickCheckBox(chosen);
    FIND(QCheckBox, hasDeadline, *dialog, "hasDeadline");
    FIND(QDateEdit, deadline, *dialog, "deadline");
    QVERIFY(!deadline->isEnabled());
    clickCheckBox(hasDeadline);
    QVERIFY(deadline->isEnabled());
    deadline->setDate(QDate(2026, 4, 1));
    FIND(QLineEdit, place, *dialog, "place");
    QTest::keyClicks(place, QStringLiteral("Social services centre, Kalevantie 1"));
    FIND(QLineEdit, region, *dialog, "region");
    QTest::keyClicks(region, QStringLiteral("Varsinais-Suomi"));
    FIND(QSpinBox, duration, *dialog, "durationMinutes");
    duration->setValue(150);

    // Terms.
    tabs->setCurrentIndex(3);
    FIND(QLineEdit, audience, *dialog, "audience");
    QTest::keyClicks(audience, QStringLiteral("About 30 new social workers"));
    FIND(QComboBox, language, *dialog, "language");
    language->setCurrentIndex(language->findData(QStringLiteral("sv")));
    FIND(QSpinBox, workers, *dialog, "workersNeeded");
    workers->setValue(2);
    FIND(QCheckBox, supervised, *dialog, "supervised");
    clickCheckBox(supervised);
    FIND(QLineEdit, fee, *dialog, "fee");
    QTest::keyClicks(fee, QStringLiteral("150.50"));
    FIND(QLineEdit, feeTerms, *dialog, "feeTerms");
    QTest::keyClicks(feeTerms, QStringLiteral("Paid by the county"));
    FIND(QListWidget, organisations, *dialog, "organisationScope");
    QCOMPARE(organisations->count(), 2);
    organisations->item(1)->setCheckState(Qt::Checked); // Lauste
    FIND(QPlainTextEdit, notes, *dialog, "notes");
    QTest::keyClicks(notes, QStringLiteral("Prepare together the week before."));

    clickSave(*dialog);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(!dialog->isVisible());

    // Read back through another connection: exactly what was typed.
    auto other = m_testDb->openOrFail();
    QVERIFY(other);
    const Request r = storedRequest(*other);
    QVERIFY(r.id != 0);
    QCOMPARE(dialog->savedRequest().id, r.id);
    QCOMPARE(r.reference, QStringLiteral("2026-0001"));
    QCOMPARE(r.receivedOn, QDate(2026, 3, 9));
    QCOMPARE(r.requesterName, QStringLiteral("Sari Virtanen"));
    QCOMPARE(r.requesterUnit, QStringLiteral("Child protection, City of Turku"));
    QCOMPARE(r.requesterEmail, QStringLiteral("sari.virtanen@turku.fi"));
    QCOMPARE(r.requesterPhone, QStringLiteral("+358 40 123 4567"));
    QCOMPARE(r.title, QStringLiteral("Talk at the onboarding of new social workers"));
    QCOMPARE(r.description, QStringLiteral("Two workers tell how a placement felt."));
    QCOMPARE(r.serviceType, QStringLiteral("talk"));
    const QVector<RequestTopic> expectedTopics {
        { topicId(*other, QStringLiteral("child_protection.placement.emergency")), TopicWeight::Primary },
        { topicId(*other, QStringLiteral("child_protection.placement.foster_care")), TopicWeight::Secondary }
    };
    QCOMPARE(r.topics, expectedTopics);
    QCOMPARE(r.wantedPerspective, Perspective::Parent);
    QCOMPARE(r.dateOptions.size(), 2);
    QCOMPARE(r.dateOptions.at(0).starts, QDateTime(QDate(2026, 4, 14), QTime(13, 0)));
    QCOMPARE(r.dateOptions.at(0).ends, QDateTime(QDate(2026, 4, 14), QTime(15, 30)));
    QVERIFY(!r.dateOptions.at(0).chosen);
    QCOMPARE(r.dateOptions.at(1).starts, QDateTime(QDate(2026, 4, 21), QTime(13, 0)));
    QCOMPARE(r.dateOptions.at(1).ends, QDateTime(QDate(2026, 4, 21), QTime(15, 30)));
    QVERIFY(r.dateOptions.at(1).chosen);
    QCOMPARE(r.deadline, QDate(2026, 4, 1));
    QVERIFY(!r.remote);
    QCOMPARE(r.place, QStringLiteral("Social services centre, Kalevantie 1"));
    QCOMPARE(r.region, QStringLiteral("Varsinais-Suomi"));
    QCOMPARE(r.durationMinutes, 150);
    QCOMPARE(r.audience, QStringLiteral("About 30 new social workers"));
    QCOMPARE(r.language, QStringLiteral("sv"));
    QCOMPARE(r.workersNeeded, 2);
    QVERIFY(r.supervised);
    QVERIFY(!r.recorded);
    QCOMPARE(r.feeCents, std::optional<qint64>(15050));
    QCOMPARE(r.feeTerms, QStringLiteral("Paid by the county"));
    QCOMPARE(r.organisationScope, QVector<qint64> { m_orgB });
    QCOMPARE(r.notes, QStringLiteral("Prepare together the week before."));
    QCOMPARE(r.status, RequestStatus::New);
}

void TestRequestEditor::refusesInvalidInputAndSavesNothing_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("tab");
    QTest::addColumn<QString>("objectName"); // the input that gets the focus
    QTest::addColumn<QString>("message"); // part of what the coordinator reads next to it
    QTest::newRow("invalid email") << QStringLiteral("requesterEmail") << 0 << QStringLiteral("requesterEmail")
                                   << QStringLiteral("like name@example.fi");
    QTest::newRow("invalid phone") << QStringLiteral("requesterPhone") << 0 << QStringLiteral("requesterPhone")
                                   << QStringLiteral("is not a phone number");
    QTest::newRow("missing title") << QStringLiteral("title") << 0 << QStringLiteral("title")
                                   << QStringLiteral("needs a title");
    QTest::newRow("missing requester") << QStringLiteral("requesterName") << 0 << QStringLiteral("requesterName")
                                       << QStringLiteral("who made the request");
    QTest::newRow("end before start") << QStringLiteral("dateOptions") << 2 << QStringLiteral("dateOptions")
                                      << QStringLiteral("must end after it starts");
    QTest::newRow("fee not a number") << QStringLiteral("feeCents") << 3 << QStringLiteral("fee")
                                      << QStringLiteral("in euros, like 25,50"); // en_FI writes 25,50 too
    QTest::newRow("negative fee") << QStringLiteral("feeCents") << 3 << QStringLiteral("fee")
                                  << QStringLiteral("cannot be negative");
}

void TestRequestEditor::refusesInvalidInputAndSavesNothing()
{
    QFETCH(QString, field);
    QFETCH(int, tab);
    QFETCH(QString, objectName);
    QFETCH(QString, message);
    const QString row = QString::fromLatin1(QTest::currentDataTag());
    const int auditBefore = countRows(*m_db, QStringLiteral("audit_log"));

    auto dialog = openDialog(Request());
    FIND(QTabWidget, tabs, *dialog, "tabs");
    fillValidMinimum(*dialog);
    if (row == QLatin1String("invalid email")) {
        FIND(QLineEdit, email, *dialog, "requesterEmail");
        QTest::keyClicks(email, QStringLiteral("sari.virtanen.turku.fi"));
    } else if (row == QLatin1String("invalid phone")) {
        FIND(QLineEdit, phone, *dialog, "requesterPhone");
        QTest::keyClicks(phone, QStringLiteral("call me"));
    } else if (row == QLatin1String("missing title")) {
        FIND(QLineEdit, title, *dialog, "title");
        title->clear();
    } else if (row == QLatin1String("missing requester")) {
        FIND(QLineEdit, name, *dialog, "requesterName");
        name->setText(QStringLiteral("   "));
    } else if (row == QLatin1String("end before start")) {
        tabs->setCurrentIndex(2);
        FIND(QPushButton, addTime, *dialog, "addTime");
        FIND(QDateTimeEdit, starts, *dialog, "starts");
        FIND(QTimeEdit, ends, *dialog, "ends");
        QTest::mouseClick(addTime, Qt::LeftButton);
        QTest::mouseClick(addTime, Qt::LeftButton); // the second one is at fault
        starts->setDateTime(QDateTime(QDate(2026, 4, 14), QTime(13, 0)));
        ends->setTime(QTime(12, 0));
        FIND(QListView, times, *dialog, "dateOptions");
        times->setCurrentIndex(times->model()->index(0, 0)); // looking at the first one when saving
    } else if (row.startsWith(QLatin1String("fee")) || row == QLatin1String("negative fee")) {
        tabs->setCurrentIndex(3);
        FIND(QLineEdit, fee, *dialog, "fee");
        QTest::keyClicks(fee, row == QLatin1String("negative fee") ? QStringLiteral("-20") : QStringLiteral("twenty"));
    }
    tabs->setCurrentIndex(tab == 0 ? 1 : 0); // the problem is on another tab than the one shown

    clickSave(*dialog);
    QVERIFY(dialog->isVisible());
    QVERIFY(dialog->result() != QDialog::Accepted);
    QCOMPARE(tabs->currentIndex(), tab); // the tab with the problem is brought up
    auto *problem = dialog->findChild<QLabel *>(QStringLiteral("problem_") + field);
    QVERIFY(problem);
    QVERIFY(problem->isVisible());
    QVERIFY2(problem->text().contains(message), qPrintable(problem->text()));
    QWidget *focus = dialog->focusWidget();
    QVERIFY(focus);
    QVERIFY2(focus->objectName() == objectName
                 || (focus->parentWidget() && focus->parentWidget()->objectName() == objectName),
             qPrintable(focus->objectName()));
    // The input says it too, for a screen reader.
    auto *input = dialog->findChild<QWidget *>(objectName);
    QVERIFY(input->accessibleDescription().contains(message));
    QVERIFY(!tabs->tabToolTip(tab).isEmpty()); // and a warning sign
    if (row == QLatin1String("end before start")) {
        FIND(QListView, times, *dialog, "dateOptions");
        QCOMPARE(times->currentIndex().row(), 1); // the time at fault is selected
    }

    QCOMPARE(countRows(*m_db, QStringLiteral("requests")), 0);
    QCOMPARE(countRows(*m_db, QStringLiteral("audit_log")), auditBefore);
}

void TestRequestEditor::aProblemOnlyTheDatabaseSeesIsShownAtItsField()
{
    auto dialog = openDialog(Request());
    fillValidMinimum(*dialog);
    FIND(QComboBox, serviceType, *dialog, "serviceType");
    serviceType->setCurrentIndex(serviceType->findData(QStringLiteral("recruitment")));
    {
        // Someone removes the service type meanwhile.
        auto other = m_testDb->openOrFail();
        SqlQuery q(*other, QStringLiteral("DELETE FROM service_types WHERE code = ?"));
        q.bind(QStringLiteral("recruitment"));
        QVERIFY(q.exec());
    }
    clickSave(*dialog);
    QVERIFY(dialog->isVisible());
    FIND(QLabel, problem, *dialog, "problem_serviceType");
    QVERIFY(problem->isVisible());
    QVERIFY(problem->text().contains(QStringLiteral("no kind of work")));
    QCOMPARE(countRows(*m_db, QStringLiteral("requests")), 0);
    // It stays until the field is changed.
    FIND(QLineEdit, unit, *dialog, "requesterUnit");
    QTest::keyClicks(unit, QStringLiteral("Team"));
    QVERIFY(problem->isVisible());
    serviceType->setCurrentIndex(0);
    QVERIFY(!problem->isVisible());
    clickSave(*dialog);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
}

void TestRequestEditor::otherSaveErrorsAreShownAndTheDialogStaysOpen()
{
    Request r;
    r.requesterName = QStringLiteral("Sari Virtanen");
    r.title = QStringLiteral("Brochure review");
    r.receivedOn = kNow.date();
    auto saved = RequestRepository(*m_db).save(r);
    QVERIFY(saved.ok());
    auto dialog = openDialog(*saved);
    {
        auto other = m_testDb->openOrFail();
        SqlQuery q(*other, QStringLiteral("DELETE FROM requests WHERE id = ?"));
        q.bind(saved->id);
        QVERIFY(q.exec());
    }
    FIND(QLineEdit, title, *dialog, "title");
    QTest::keyClicks(title, QStringLiteral(" (plain language)"));
    auto answer = answerNextBox(QString());
    clickSave(*dialog);
    QVERIFY(answer->seen);
    QCOMPARE(answer->text, QStringLiteral("The request was not saved."));
    QVERIFY2(answer->informative.contains(QStringLiteral("no longer exists")), qPrintable(answer->informative));
    QVERIFY(dialog->isVisible());
    QCOMPARE(countRows(*m_db, QStringLiteral("requests")), 0);
}

void TestRequestEditor::typeAheadFindsTopicsInTheUiLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<QString>("expectedPath"); // shown; empty: nothing may match
    QTest::addColumn<QString>("highlighted"); // the first match in tree order, which Enter checks
    const QString kiireellinen = QStringLiteral("Lastensuojelu › Sijoitus › Kiireellinen sijoitus");
    QTest::newRow("Finnish fragment, Finnish UI") << QStringLiteral("fi") << QStringLiteral("sijoi") << kiireellinen
                                                  << QStringLiteral("Lastensuojelu › Sijoitus");
    QTest::newRow("English fragment, English UI")
        << QStringLiteral("en") << QStringLiteral("emergency pl")
        << QStringLiteral("Child protection › Placement › Emergency placement")
        << QStringLiteral("Child protection › Placement › Emergency placement");
    QTest::newRow("Swedish fragment, Swedish UI") << QStringLiteral("sv") << QStringLiteral("brådskande")
                                                  << QStringLiteral("Barnskydd › Placering › Brådskande placering")
                                                  << QStringLiteral("Barnskydd › Placering › Brådskande placering");
    QTest::newRow("Finnish fragment, English UI")
        << QStringLiteral("en") << QStringLiteral("sijoi") << QString() << QString();
    QTest::newRow("any case") << QStringLiteral("fi") << QStringLiteral("KIIREELL") << kiireellinen << kiireellinen;
}

void TestRequestEditor::typeAheadFindsTopicsInTheUiLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, typed);
    QFETCH(QString, expectedPath);
    QFETCH(QString, highlighted);
    setLanguage(language);
    auto dialog = openDialog(Request());
    FIND(QTabWidget, tabs, *dialog, "tabs");
    tabs->setCurrentIndex(1);
    FIND(QLineEdit, filter, *dialog, "topicFilter");
    FIND(QTreeView, tree, *dialog, "topicTree");
    FIND(QLabel, matches, *dialog, "topicMatches");
    FIND(QTreeView, chosen, *dialog, "chosenTopics");
    const int before = visibleRows(tree->model()).size();
    QVERIFY(before > 50); // the whole taxonomy

    filter->insert(typed); // QTest::keyClicks types ASCII only
    const QStringList rows = visibleRows(tree->model());
    QVERIFY(matches->isVisible());
    if (expectedPath.isEmpty()) {
        QVERIFY2(rows.isEmpty(), qPrintable(rows.join(QLatin1Char('\n'))));
        QVERIFY(matches->text().contains(typed));
        QTest::keyClick(filter, Qt::Key_Return);
        QCOMPARE(chosen->model()->rowCount(), 0);
        return;
    }
    QVERIFY2(rows.contains(expectedPath), qPrintable(rows.join(QLatin1Char('\n'))));
    QVERIFY(rows.size() < before);
    // The match is shown with its path: its parents are expanded and it is the highlighted one.
    QCOMPARE(tree->currentIndex().data(TopicTreeModel::PathRole).toString(), highlighted);
    QVERIFY(tree->isExpanded(tree->currentIndex().parent()));
    QVERIFY2(matches->text().contains(highlighted), qPrintable(matches->text()));

    QTest::keyClick(filter, Qt::Key_Return);
    QVERIFY(dialog->isVisible());
    QCOMPARE(chosen->model()->rowCount(), 1);
    QCOMPARE(chosen->model()->index(0, ChosenTopicsModel::TopicColumn).data().toString(), highlighted);
    QCOMPARE(tree->currentIndex().data(Qt::CheckStateRole).toInt(), int(Qt::Checked));
    setLanguage(QStringLiteral("en"));
}

void TestRequestEditor::retiredTopicsAreNotOfferedButStayOnTheRequest()
{
    TopicRepository topics(*m_db);
    auto emergency = topics.findByCode(QStringLiteral("child_protection.placement.emergency"));
    QVERIFY(emergency.ok());
    Request r;
    r.requesterName = QStringLiteral("Sari Virtanen");
    r.title = QStringLiteral("Visits to youth-reception teams");
    r.receivedOn = kNow.date();
    r.topics = { { emergency->id, TopicWeight::Primary } };
    auto saved = RequestRepository(*m_db).save(r);
    QVERIFY(saved.ok());
    Topic retired = *emergency;
    retired.retired = true;
    QVERIFY(topics.save(retired).ok());

    auto dialog = openDialog(*saved);
    FIND(QLineEdit, filter, *dialog, "topicFilter");
    FIND(QTreeView, tree, *dialog, "topicTree");
    FIND(QTreeView, chosen, *dialog, "chosenTopics");
    QCOMPARE(chosen->model()->rowCount(), 1);
    QVERIFY(chosen->model()->index(0, 0).data().toString().contains(QStringLiteral("(retired)")));
    QTest::keyClicks(filter, QStringLiteral("emergency"));
    QVERIFY(visibleRows(tree->model()).isEmpty());
    filter->clear();
    QVERIFY(!visibleRows(tree->model()).contains(QStringLiteral("Child protection › Placement › Emergency placement")));
    // Saving keeps it; the coordinator can still remove it.
    FIND(QLineEdit, title, *dialog, "title");
    QTest::keyClicks(title, QStringLiteral(" in spring"));
    clickSave(*dialog);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QCOMPARE(dialog->savedRequest().topics, r.topics);
}

void TestRequestEditor::primaryAndSecondaryMarkingPersists()
{
    auto dialog = openDialog(Request());
    fillValidMinimum(*dialog);
    FIND(QTabWidget, tabs, *dialog, "tabs");
    tabs->setCurrentIndex(1);
    FIND(QLineEdit, filter, *dialog, "topicFilter");
    FIND(QTreeView, chosen, *dialog, "chosenTopics");
    FIND(QRadioButton, primary, *dialog, "primary");
    FIND(QRadioButton, secondary, *dialog, "secondary");
    FIND(QPushButton, remove, *dialog, "removeTopic");
    for (const char *typed : { "plain language", "confidentiality", "client documents" }) {
        filter->clear();
        QTest::keyClicks(filter, QString::fromLatin1(typed));
        QTest::keyClick(filter, Qt::Key_Return);
    }
    QCOMPARE(chosen->model()->rowCount(), 3);
    const auto weightAt
        = [&](int row) { return chosen->model()->index(row, ChosenTopicsModel::WeightColumn).data().toString(); };
    QCOMPARE(weightAt(0), QStringLiteral("Primary"));
    QCOMPARE(weightAt(1), QStringLiteral("Secondary"));
    // Confidentiality becomes primary too, plain language secondary; client documents is removed with Delete.
    chosen->setCurrentIndex(chosen->model()->index(1, 0));
    QVERIFY(secondary->isChecked());
    QTest::mouseClick(primary, Qt::LeftButton);
    chosen->setCurrentIndex(chosen->model()->index(0, 0));
    QTest::mouseClick(secondary, Qt::LeftButton);
    QCOMPARE(weightAt(0), QStringLiteral("Secondary"));
    QCOMPARE(weightAt(1), QStringLiteral("Primary"));
    chosen->setCurrentIndex(chosen->model()->index(2, 0));
    QTest::keyClick(chosen, Qt::Key_Delete);
    QCOMPARE(chosen->model()->rowCount(), 2);
    QVERIFY(remove->isEnabled());
    clickSave(*dialog);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));

    const qint64 plain = topicId(*m_db, QStringLiteral("services.plain_language"));
    const qint64 confidentiality = topicId(*m_db, QStringLiteral("child_protection.confidentiality"));
    auto stored = RequestRepository(*m_db).get(dialog->savedRequest().id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->topics,
             (QVector<RequestTopic> { { confidentiality, TopicWeight::Primary }, { plain, TopicWeight::Secondary } }));

    // Opened again, the weights are as stored; a change of weight is saved.
    auto again = openDialog(*stored);
    FIND(QTreeView, chosenAgain, *again, "chosenTopics");
    FIND(QRadioButton, secondaryAgain, *again, "secondary");
    QCOMPARE(chosenAgain->model()->index(0, ChosenTopicsModel::WeightColumn).data().toString(),
             QStringLiteral("Primary"));
    chosenAgain->setCurrentIndex(chosenAgain->model()->index(0, 0));
    QTest::mouseClick(secondaryAgain, Qt::LeftButton);
    clickSave(*again);
    QCOMPARE(again->result(), int(QDialog::Accepted));
    auto final = RequestRepository(*m_db).get(stored->id);
    QVERIFY(final.ok());
    QCOMPARE(
        final->topics,
        (QVector<RequestTopic> { { confidentiality, TopicWeight::Secondary }, { plain, TopicWeight::Secondary } }));
}

void TestRequestEditor::editingAStaleRequestIsAConflictAndOverwritesNothing()
{
    Request r;
    r.requesterName = QStringLiteral("Sari Virtanen");
    r.title = QStringLiteral("Brochure review");
    r.receivedOn = kNow.date();
    auto saved = RequestRepository(*m_db).save(r);
    QVERIFY(saved.ok());
    auto dialog = openDialog(*saved);
    QCOMPARE(dialog->windowTitle(), QStringLiteral("Edit Request %1").arg(saved->reference));

    // Another coordinator, on another connection, changes it meanwhile.
    auto other = m_testDb->openOrFail();
    other->setActor(QStringLiteral("Coordinator B"));
    Request theirs = *saved;
    theirs.title = QStringLiteral("Brochure review in plain language");
    auto theirsSaved = RequestRepository(*other).save(theirs);
    QVERIFY(theirsSaved.ok());
    const int auditBefore = countRows(*m_db, QStringLiteral("audit_log"));

    FIND(QPlainTextEdit, description, *dialog, "description");
    QTest::keyClicks(description, QStringLiteral("My description"));
    auto answer = answerNextBox(QStringLiteral("keepEditing"));
    clickSave(*dialog);
    QVERIFY(answer->seen);
    QVERIFY2(answer->text.contains(QStringLiteral("Another coordinator saved this request")), qPrintable(answer->text));
    QVERIFY2(answer->informative.contains(QStringLiteral("Coordinator B")), qPrintable(answer->informative));
    QVERIFY(dialog->isVisible());
    QCOMPARE(description->toPlainText(), QStringLiteral("My description")); // the edits are still there
    FIND(QLabel, notice, *dialog, "notice");
    QVERIFY(notice->isVisible());

    auto stored = RequestRepository(*m_db).get(saved->id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->title, theirs.title);
    QVERIFY(stored->description.isEmpty());
    QCOMPARE(stored->version, theirsSaved->version);
    QCOMPARE(countRows(*m_db, QStringLiteral("audit_log")), auditBefore);

    // Saving again is refused again: never silently overwritten.
    auto second = answerNextBox(QStringLiteral("keepEditing"));
    clickSave(*dialog);
    QVERIFY(second->seen);
    QCOMPARE(RequestRepository(*m_db).get(saved->id)->version, theirsSaved->version);
}

void TestRequestEditor::reloadingAfterAConflictShowsTheStoredVersion()
{
    Request r;
    r.requesterName = QStringLiteral("Sari Virtanen");
    r.title = QStringLiteral("Brochure review");
    r.receivedOn = kNow.date();
    auto saved = RequestRepository(*m_db).save(r);
    QVERIFY(saved.ok());
    auto dialog = openDialog(*saved);
    auto other = m_testDb->openOrFail();
    Request theirs = *saved;
    theirs.title = QStringLiteral("Brochure review in plain language");
    QVERIFY(RequestRepository(*other).save(theirs).ok());

    FIND(QLineEdit, title, *dialog, "title");
    FIND(QPlainTextEdit, description, *dialog, "description");
    QTest::keyClicks(description, QStringLiteral("Mine"));
    auto answer = answerNextBox(QStringLiteral("reload"));
    clickSave(*dialog);
    QVERIFY(answer->seen);
    QVERIFY(dialog->isVisible());
    QCOMPARE(title->text(), theirs.title); // the stored version is shown
    QVERIFY(description->toPlainText().isEmpty());
    QVERIFY(!dialog->isModified());

    // Now the coordinator's change goes on top of theirs.
    QTest::keyClicks(description, QStringLiteral("Mine, again"));
    clickSave(*dialog);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    auto stored = RequestRepository(*m_db).get(saved->id);
    QCOMPARE(stored->title, theirs.title);
    QCOMPARE(stored->description, QStringLiteral("Mine, again"));
}

void TestRequestEditor::placeAndRegionOnlyForInPersonWork()
{
    auto dialog = openDialog(Request());
    fillValidMinimum(*dialog);
    FIND(QTabWidget, tabs, *dialog, "tabs");
    tabs->setCurrentIndex(2);
    FIND(QCheckBox, remote, *dialog, "remote");
    FIND(QLineEdit, place, *dialog, "place");
    FIND(QLineEdit, region, *dialog, "region");
    QVERIFY(place->isEnabled() && region->isEnabled());
    clickCheckBox(remote);
    QVERIFY(!place->isEnabled());
    QVERIFY(!region->isEnabled());
    clickSave(*dialog);
    QCOMPARE(dialog->result(), int(QDialog::Accepted));
    QVERIFY(dialog->savedRequest().remote);
    auto again = openDialog(dialog->savedRequest());
    FIND(QLineEdit, placeAgain, *again, "place");
    QVERIFY(!placeAgain->isEnabled());
}

void TestRequestEditor::feeIsTypedInEurosOfTheUiLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("typed");
    QTest::addColumn<qint64>("cents"); // -1: not an amount
    QTest::addColumn<QString>("shownAgain");
    QTest::newRow("fi comma") << QStringLiteral("fi") << QStringLiteral("150,50") << qint64(15050)
                              << QStringLiteral("150,50");
    QTest::newRow("fi with euro sign") << QStringLiteral("fi") << QStringLiteral("1 200 €") << qint64(120000)
                                       << QStringLiteral("1200,00");
    // English as spoken in Finland (en_FI) writes amounts the Finnish way.
    QTest::newRow("en point") << QStringLiteral("en") << QStringLiteral("80.5") << qint64(8050)
                              << QStringLiteral("80,50");
    QTest::newRow("sv whole") << QStringLiteral("sv") << QStringLiteral("75") << qint64(7500)
                              << QStringLiteral("75,00");
    QTest::newRow("three decimals") << QStringLiteral("fi") << QStringLiteral("1,005") << qint64(-1) << QString();
    QTest::newRow("words") << QStringLiteral("en") << QStringLiteral("fifty") << qint64(-1) << QString();
}

void TestRequestEditor::feeIsTypedInEurosOfTheUiLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, typed);
    QFETCH(qint64, cents);
    QFETCH(QString, shownAgain);
    setLanguage(language);
    auto dialog = openDialog(Request());
    fillValidMinimum(*dialog);
    FIND(QLineEdit, fee, *dialog, "fee");
    fee->insert(typed); // as typed or pasted; QTest::keyClicks types ASCII only, and "€" is not
    clickSave(*dialog);
    if (cents < 0) {
        QVERIFY(dialog->isVisible());
        FIND(QLabel, problem, *dialog, "problem_feeCents");
        QVERIFY(problem->isVisible());
        QCOMPARE(countRows(*m_db, QStringLiteral("requests")), 0);
    } else {
        QCOMPARE(dialog->result(), int(QDialog::Accepted));
        QCOMPARE(storedRequest(*m_db).feeCents, std::optional<qint64>(cents));
        auto again = openDialog(dialog->savedRequest());
        FIND(QLineEdit, feeAgain, *again, "fee");
        QCOMPARE(feeAgain->text(), shownAgain);
    }
    setLanguage(QStringLiteral("en"));
}

void TestRequestEditor::modelsPassTheModelTester()
{
    auto topics = TopicRepository(*m_db).list();
    QVERIFY(topics.ok());
    QVector<Topic> taxonomy = *topics;
    taxonomy[1].retired = true; // a retired inner topic with active children
    TopicTreeModel tree;
    QAbstractItemModelTester treeTester(&tree, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QSortFilterProxyModel filter;
    filter.setRecursiveFilteringEnabled(true);
    filter.setAutoAcceptChildRows(true);
    filter.setSourceModel(&tree);
    QAbstractItemModelTester filterTester(&filter, QAbstractItemModelTester::FailureReportingMode::QtTest);
    tree.setTopics(taxonomy, QStringLiteral("fi"));
    QVERIFY(tree.rowCount() > 5);
    const QModelIndex retiredIndex = tree.indexOf(taxonomy[1].id);
    QVERIFY(retiredIndex.isValid()); // kept to show the way to its children
    QVERIFY(!(tree.flags(retiredIndex) & Qt::ItemIsUserCheckable));
    QVERIFY(tree.rowCount(retiredIndex) > 0);
    tree.setChecked({ taxonomy[2].id, taxonomy[1].id });
    QCOMPARE(tree.checked(), QSet<qint64> { taxonomy[2].id }); // a retired topic cannot be checked
    QVERIFY(tree.setData(tree.indexOf(taxonomy[3].id), Qt::Checked, Qt::CheckStateRole));
    filter.setFilterFixedString(QStringLiteral("sijoi"));
    QVERIFY(filter.rowCount() > 0);
    tree.setLanguage(QStringLiteral("en"));
    filter.setFilterFixedString(QStringLiteral("placement"));
    filter.setFilterFixedString(QString());
    tree.setTopics(taxonomy.mid(0, 10), QStringLiteral("sv"));

    ChosenTopicsModel chosen(tree);
    QAbstractItemModelTester chosenTester(&chosen, QAbstractItemModelTester::FailureReportingMode::QtTest);
    chosen.add({ taxonomy[2].id, TopicWeight::Primary });
    chosen.add({ taxonomy[3].id, TopicWeight::Secondary });
    QCOMPARE(chosen.add({ taxonomy[2].id, TopicWeight::Secondary }), 0);
    chosen.setWeight(1, TopicWeight::Primary);
    chosen.remove(taxonomy[2].id);
    chosen.setTopics({ { taxonomy[4].id, TopicWeight::Secondary }, { 987654, TopicWeight::Primary } });
    QCOMPARE(chosen.index(1, 0).data().toString(), QStringLiteral("Topic #987654"));
    tree.setLanguage(QStringLiteral("fi"));

    DateOptionsModel times;
    QAbstractItemModelTester timesTester(&times, QAbstractItemModelTester::FailureReportingMode::QtTest);
    const QDateTime at(QDate(2026, 4, 14), QTime(13, 0));
    times.add({ 0, at, at.addSecs(3600), true });
    times.add({ 0, at.addDays(7), at.addDays(7).addSecs(-60), false });
    QCOMPARE(times.firstInvalidRow(), 1);
    QVERIFY(!times.index(1).data(Qt::DecorationRole).isNull());
    QVERIFY(times.index(0).data(Qt::DecorationRole).isNull());
    times.setChosen(1, true);
    QVERIFY(!times.option(0).chosen); // one chosen at most
    QVERIFY(times.option(1).chosen);
    times.remove(0);
    times.setOptions({});
}

QTEST_MAIN(TestRequestEditor)
#include "tst_request_editor.moc"
