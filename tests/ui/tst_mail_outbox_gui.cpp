// E-mail in the desktop with real widgets and a real SMTP server on loopback (tests/mail/smtp_sink.py,
// python3-aiosmtpd): an office with a sender account invites two workers by e-mail from the Candidates panel; the
// request's Messages tab shows two drafts; the coordinator opens one, edits its subject, approves all and sends — the
// server receives two messages (one with the edited subject, both with a calendar entry, read by python3-icalendar)
// and the tab shows them sent. Settings ▸ E-mail saves the account through the office service and its password into
// the password store (in memory here: there is no keyring offscreen), never into the database.
#include "ModalDriver.h"
#include "SmtpSink.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "mail/MemoryPasswordStore.h"
#include "mail/MessageDialog.h"
#include "mail/OutboxModel.h"
#include "mail/OutboxPanel.h"
#include "office/OfficeService.h"
#include "repositories/RequestRepository.h"
#include "requests/CandidateListModel.h"
#include "requests/CandidatesPanel.h"
#include "requests/RequestDetailView.h"
#include "settings/MailSection.h"
#include "settings/MessageTemplateEditor.h"
#include "settings/SectionMessage.h"
#include "settings/Settings.h"
#include "storage/SqlQuery.h"
#include "today/TodayLine.h"
#include "today/TodayPage.h"

#include <QAbstractItemModelTester>
#include <QComboBox>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTableView>
#include <QTest>

#include <memory>

using namespace Kohtaamo;
using Kohtaamo::Test::SmtpSink;
using Kohtaamo::Test::TestDatabase;
using Kohtaamo::Test::whenModal;

namespace {
const QDate kToday(2026, 3, 10);
const QString kEdited = QStringLiteral("EDITED-BY-COORDINATOR");
const QString kPassword = QStringLiteral("pa55-in-the-keyring");
} // namespace

class TestMailOutboxGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void inviteTwoPreviewEditApproveAllAndSend();
    void settingsSaveTheAccountAndKeepThePasswordOutOfTheDatabase();
    void templatesPreviewAndRestore();
    void withoutAKeyringTheSectionSaysSo();
    void calendarSummaryReadsTheEntry();
    void todayCountsTheOutboxAndDraftsReminders();

private:
    Request tagged(int workersNeeded);
    void useLoopbackAccount();
    QVector<qint64> inviteTwoByEmail(RequestDetailView &view);
    bool databaseHolds(const QString &text);

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<SmtpSink> m_smtp;
    MemoryPasswordStore m_store;
};

void TestMailOutboxGui::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    PasswordStore::install(&m_store);
}

void TestMailOutboxGui::init()
{
    m_store.reset();
    m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(9, 0)));
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_db = m_testDb->openOrFail();
    QVERIFY(m_db);
    DemoGenerator::Options options;
    options.workers = 80;
    options.requests = 30;
    options.seed = 4;
    options.today = kToday;
    auto generated = DemoGenerator(*m_db).generate(options);
    QVERIFY2(generated.ok(), qPrintable(generated.error().message));
    m_office = std::make_unique<OfficeService>(*m_db);
    QVERIFY(m_office->actAs(QStringLiteral("anna.lehtinen")));
    QVERIFY(m_office->isAdmin());
    m_smtp = std::make_unique<SmtpSink>();
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->error()));
}

void TestMailOutboxGui::cleanup()
{
    m_smtp.reset();
    m_office.reset();
    m_db.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

// A tagged demo request made remote, in three weeks, with one chosen time.
Request TestMailOutboxGui::tagged(int workersNeeded)
{
    auto all = RequestRepository(*m_db).listAll();
    if (!all)
        return {};
    for (Request r : *all) {
        if (r.status != RequestStatus::Tagged)
            continue;
        r.remote = true;
        r.workersNeeded = workersNeeded;
        r.deadline = QDate();
        DateOption option;
        option.starts = QDateTime(kToday.addDays(21), QTime(13, 0));
        option.ends = option.starts.addSecs(7200);
        option.chosen = true;
        r.dateOptions = { option };
        auto saved = RequestRepository(*m_db).save(r);
        if (saved)
            return *saved;
    }
    return {};
}

// Whether any text column of the office's settings or the audit log holds `text`.
bool TestMailOutboxGui::databaseHolds(const QString &text)
{
    for (const QString &table : { QStringLiteral("office_settings"), QStringLiteral("audit_log") }) {
        SqlQuery q(*m_db, QStringLiteral("SELECT * FROM %1").arg(table));
        if (!q.exec())
            return true; // unreadable: do not pass
        while (q.next()) {
            for (int c = 0; c < q.raw().record().count(); ++c)
                if (q.value(c).toString().contains(text))
                    return true;
        }
    }
    return false;
}

// The office's account: the loopback server, no login.
void TestMailOutboxGui::useLoopbackAccount()
{
    auto stored = m_office->mailSettings();
    QVERIFY(stored);
    MailSettings mail = *stored;
    mail.host = QStringLiteral("127.0.0.1");
    mail.port = m_smtp->port();
    mail.security = SmtpSecurity::None;
    mail.fromAddress = QStringLiteral("toimisto@kohtaamo.example");
    mail.fromName = QStringLiteral("Kokemustoiminta");
    QVERIFY(m_office->saveMailSettings(mail));
}

// Ticks the first two candidates with an e-mail address on the Candidates tab and invites them by e-mail.
QVector<qint64> TestMailOutboxGui::inviteTwoByEmail(RequestDetailView &view)
{
    QVector<qint64> invited;
    view.tabs()->setCurrentWidget(view.candidates());
    auto *candidatesView = view.candidates()->findChild<QTableView *>(QStringLiteral("candidateView"));
    if (!candidatesView)
        return {};
    CandidateListModel *candidates = view.candidates()->candidateModel();
    for (int row = 0; row < candidates->rowCount() && invited.size() < 2; ++row) {
        const qint64 workerId = candidates->candidateAt(row)->workerId;
        auto worker = m_office->worker(workerId);
        if (!worker || worker->email.isEmpty())
            continue;
        if (!candidatesView->model()->setData(candidatesView->model()->index(row, CandidateListModel::Invite),
                                              Qt::Checked, Qt::CheckStateRole))
            return {};
        invited << workerId;
    }
    auto *channel = view.candidates()->findChild<QComboBox *>(QStringLiteral("invitationChannel"));
    if (!channel || invited.size() < 2)
        return {};
    channel->setCurrentIndex(channel->findData(static_cast<int>(InvitationChannel::Email)));
    QTest::mouseClick(view.candidates()->findChild<QPushButton *>(QStringLiteral("inviteButton")), Qt::LeftButton);
    return invited;
}

void TestMailOutboxGui::inviteTwoPreviewEditApproveAllAndSend()
{
    useLoopbackAccount();
    if (QTest::currentTestFailed())
        return;

    const Request request = tagged(2);
    QVERIFY(request.id != 0);
    RequestDetailView view;
    view.resize(1100, 760);
    view.setOffice(m_office.get());
    view.show();
    QVERIFY(QTest::qWaitForWindowExposed(&view));
    view.showRequest(request.id);
    view.tabs()->setCurrentWidget(view.candidates());

    // Invite two who have an e-mail address, by e-mail, from the candidates.
    QCOMPARE(inviteTwoByEmail(view).size(), 2);
    QCOMPARE(view.request().status, RequestStatus::Inviting);

    // The Messages tab: two drafts, one to each.
    OutboxPanel *outbox = view.outbox();
    view.tabs()->setCurrentWidget(outbox);
    OutboxModel *model = outbox->model();
    QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QCOMPARE(model->rowCount(), 2);
    QCOMPARE(model->count(OutboxState::Draft), 2);
    QVERIFY(view.tabs()->tabText(view.tabs()->indexOf(outbox)).contains(QLatin1Char('2')));
    auto *send = outbox->findChild<QPushButton *>(QStringLiteral("sendOutbox"));
    QVERIFY(send);
    QVERIFY2(!send->isEnabled(), "drafts must not be sendable before they are approved");

    // Preview the first, edit its subject, approve all.
    outbox->view()->setCurrentIndex(model->index(0, 0));
    const qint64 editedId = model->messageAt(0)->id;
    auto previewed = whenModal<MessageDialog>([](MessageDialog *dialog) {
        QVERIFY(dialog->calendarLabel()->text().contains(QStringLiteral("METHOD:REQUEST")));
        QVERIFY(!dialog->subjectEdit()->isReadOnly());
        dialog->subjectEdit()->setText(dialog->subjectEdit()->text() + QLatin1Char(' ') + kEdited);
        QTest::mouseClick(dialog->approveAllButton(), Qt::LeftButton);
    });
    QTest::mouseClick(outbox->findChild<QPushButton *>(QStringLiteral("openMessage")), Qt::LeftButton);
    QVERIFY(previewed->seen);
    QCOMPARE(model->count(OutboxState::Queued), 2);
    QVERIFY(model->messageAt(model->rowOf(editedId))->subject.endsWith(kEdited));

    // Send now: the server receives both, once each.
    QVERIFY(send->isEnabled());
    QTest::mouseClick(send, Qt::LeftButton);
    QCOMPARE(outbox->lastReport().sent, 2);
    QCOMPARE(outbox->lastReport().failed, 0);
    const QStringList files = m_smtp->received();
    QCOMPARE(files.size(), 2);
    QString error;
    const QJsonArray parsed = SmtpSink::parse(files, &error);
    QVERIFY2(parsed.size() == 2, qPrintable(error));
    int edited = 0;
    for (const QJsonValue &v : parsed) {
        const QJsonObject m = v.toObject();
        if (m.value(QStringLiteral("subject")).toString().endsWith(kEdited))
            ++edited;
        const QJsonObject calendar = m.value(QStringLiteral("calendar")).toObject();
        QCOMPARE(calendar.value(QStringLiteral("method")).toString(), QStringLiteral("REQUEST"));
        QCOMPARE(calendar.value(QStringLiteral("sequence")).toInt(), 0);
    }
    QCOMPARE(edited, 1);
    QCOMPARE(model->count(OutboxState::Sent), 2);
    QVERIFY(!send->isEnabled());
    QVERIFY(outbox->statusLabel()->text().contains(QStringLiteral("sent: 2")));

    // A sent message opens read-only, without Approve.
    outbox->view()->setCurrentIndex(model->index(0, 0));
    auto readOnly = whenModal<MessageDialog>([](MessageDialog *dialog) {
        QVERIFY(dialog->subjectEdit()->isReadOnly());
        QVERIFY(dialog->approveButton()->isHidden());
        QVERIFY(dialog->discardButton()->isHidden());
        dialog->reject();
    });
    QVERIFY(!outbox->openSelected());
    QVERIFY(readOnly->seen);

    // The .eml file of a message, as the mail program would get it; and xdg-email's arguments.
    QTemporaryDir dir;
    const QString eml = dir.filePath(QStringLiteral("message.eml"));
    QVERIFY(outbox->saveAsEml(eml));
    QFile file(eml);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QVERIFY(file.readAll().contains("text/calendar"));
    const QStringList args = OutboxPanel::mailProgramArguments(*model->messageAt(0), QStringLiteral("/tmp/x.ics"));
    QVERIFY(args.contains(QStringLiteral("--attach")));
    QCOMPARE(args.last(), model->messageAt(0)->recipientAddress);
}

void TestMailOutboxGui::settingsSaveTheAccountAndKeepThePasswordOutOfTheDatabase()
{
    // A server that wants the login: the test message proves the password came from the store.
    m_smtp = std::make_unique<SmtpSink>();
    QVERIFY2(m_smtp->start({ QStringLiteral("--auth"), QStringLiteral("toimisto:") + kPassword }),
             qPrintable(m_smtp->error()));
    MailSection section;
    section.setOffice(m_office.get());
    section.show();
    QVERIFY(QTest::qWaitForWindowExposed(&section));
    QVERIFY(section.hostEdit()->isEnabled());
    section.hostEdit()->clear();
    QTest::keyClicks(section.hostEdit(), QStringLiteral("127.0.0.1"));
    section.securityBox()->setCurrentIndex(section.securityBox()->findData(static_cast<int>(SmtpSecurity::None)));
    section.portBox()->setValue(m_smtp->port());
    QTest::keyClicks(section.userEdit(), QStringLiteral("toimisto"));
    QTest::keyClicks(section.passwordEdit(), kPassword);
    section.fromAddressEdit()->clear(); // the demo office's sender
    QTest::keyClicks(section.fromAddressEdit(), QStringLiteral("toimisto@kohtaamo.example"));
    section.fromNameEdit()->clear();
    QTest::keyClicks(section.fromNameEdit(), QStringLiteral("Kokemustoiminta"));
    QVERIFY(section.saveButton()->isEnabled());
    QTest::mouseClick(section.saveButton(), Qt::LeftButton);
    QCOMPARE(section.message()->kind(), SectionMessage::Kind::Information);

    auto saved = m_office->mailSettings();
    QVERIFY(saved);
    QCOMPARE(saved->host, QStringLiteral("127.0.0.1"));
    QCOMPARE(saved->port, m_smtp->port());
    QCOMPARE(saved->security, SmtpSecurity::None);
    QCOMPARE(saved->user, QStringLiteral("toimisto"));
    QCOMPARE(saved->fromAddress, QStringLiteral("toimisto@kohtaamo.example"));
    QCOMPARE(m_store.passwords().value(PasswordStore::keyFor(*saved)), kPassword);
    QVERIFY(section.passwordEdit()->text().isEmpty());
    QVERIFY2(!databaseHolds(kPassword), "the password is in the database");

    // A test message through the account as saved, the password read back from the store.
    section.testAddressEdit()->setText(QStringLiteral("anna@example.fi"));
    QVERIFY2(section.sendTestMessage(), qPrintable(section.message()->text()));
    QCOMPARE(m_smtp->received().size(), 1);

    // A coordinator who is not an admin reads the account but cannot change it.
    OfficeService other(*m_db);
    QVERIFY(other.actAs(QStringLiteral("mikael.sjoberg")));
    QVERIFY(!other.isAdmin());
    MailSection readOnly;
    readOnly.setOffice(&other);
    QCOMPARE(readOnly.hostEdit()->text(), QStringLiteral("127.0.0.1"));
    QVERIFY(!readOnly.hostEdit()->isEnabled());
    QVERIFY(!readOnly.saveButton()->isEnabled());
}

void TestMailOutboxGui::templatesPreviewAndRestore()
{
    MailSection section;
    section.setOffice(m_office.get());
    section.show(); // the requests to preview on are read when the editor is shown
    QVERIFY(QTest::qWaitForWindowExposed(&section));
    MessageTemplateEditor *editor = section.templates();
    editor->kindBox()->setCurrentIndex(editor->kindBox()->findData(static_cast<int>(MessageKind::Invitation)));
    editor->languageBox()->setCurrentIndex(editor->languageBox()->findData(QStringLiteral("fi")));
    QVERIFY(editor->requestBox()->count() > 0);
    QVERIFY(!editor->subjectEdit()->text().isEmpty());
    QVERIFY2(!editor->preview()->toPlainText().isEmpty(), qPrintable(editor->preview()->placeholderText()));
    const QString builtIn = editor->bodyEdit()->toPlainText();

    // A topic in the subject is refused and names the field; a new text is saved and shown in the preview.
    const QString subject = editor->subjectEdit()->text();
    editor->subjectEdit()->setText(subject + QStringLiteral(" {title}"));
    QVERIFY(!editor->save());
    QCOMPARE(editor->message()->kind(), SectionMessage::Kind::Problem);
    editor->subjectEdit()->setText(subject);
    // The preview follows the typing, before anything is saved, with the placeholders filled from the request.
    editor->bodyEdit()->setPlainText(QStringLiteral("Hei {worker_name}! Oma teksti {reference}."));
    QTRY_VERIFY(editor->preview()->toPlainText().contains(QStringLiteral("Oma teksti")));
    QVERIFY(!editor->preview()->toPlainText().contains(QStringLiteral("{reference}")));
    QVERIFY(!m_office->messageTemplate(MessageKind::Invitation, QStringLiteral("fi"))->custom);
    QVERIFY2(editor->save(), qPrintable(editor->message()->text()));
    QVERIFY(editor->preview()->toPlainText().contains(QStringLiteral("Oma teksti")));
    auto stored = m_office->messageTemplate(MessageKind::Invitation, QStringLiteral("fi"));
    QVERIFY(stored && stored->custom);

    QVERIFY(editor->restoreDefault());
    QCOMPARE(editor->bodyEdit()->toPlainText(), builtIn);
    stored = m_office->messageTemplate(MessageKind::Invitation, QStringLiteral("fi"));
    QVERIFY(stored && !stored->custom);
}

void TestMailOutboxGui::withoutAKeyringTheSectionSaysSo()
{
    m_store.setAvailable(false);
    MailSection section;
    section.setOffice(m_office.get());
    QTest::keyClicks(section.hostEdit(), QStringLiteral("smtp.example.fi"));
    QTest::keyClicks(section.userEdit(), QStringLiteral("toimisto"));
    QTest::keyClicks(section.passwordEdit(), kPassword);
    section.fromAddressEdit()->clear(); // the demo office's sender
    QTest::keyClicks(section.fromAddressEdit(), QStringLiteral("toimisto@kohtaamo.example"));
    QVERIFY(section.save()); // the account is saved ...
    QCOMPARE(section.message()->kind(), SectionMessage::Kind::Problem); // ... and the password problem told
    QVERIFY(section.message()->text().contains(QStringLiteral("keyring")));
    QVERIFY(m_store.passwords().isEmpty());
    QVERIFY(!databaseHolds(kPassword));
}

void TestMailOutboxGui::calendarSummaryReadsTheEntry()
{
    const QByteArray ics
        = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nMETHOD:CANCEL\r\nBEGIN:VTIMEZONE\r\nTZID:Europe/Helsinki\r\n"
          "BEGIN:STANDARD\r\nTZOFFSETFROM:+013949\r\nTZOFFSETTO:+013949\r\nDTSTART:18780531T000000\r\n"
          "END:STANDARD\r\nEND:VTIMEZONE\r\nBEGIN:VEVENT\r\nSEQUENCE:2\r\n"
          "DTSTART;TZID=Europe/Helsinki:20260331T130000\r\nDTEND;TZID=Europe/Helsinki:2026033"
          "\r\n 1T150000\r\nLOCATION:Lausteen koulutustila\\, Turku\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
    const QString summary = MessageDialog::calendarSummary(ics);
    QVERIFY2(summary.contains(QStringLiteral("METHOD:CANCEL")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Lausteen koulutustila, Turku")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("Europe/Helsinki")), qPrintable(summary));
    // The time zone's own history (its first rule is from 1878) is not the event's time.
    QVERIFY2(!summary.contains(QStringLiteral("1878")), qPrintable(summary));
    QVERIFY2(summary.contains(QStringLiteral("2026")) || summary.contains(QStringLiteral("/26")), qPrintable(summary));
    QVERIFY(MessageDialog::calendarSummary({}).contains(QStringLiteral("No calendar")));
}

void TestMailOutboxGui::todayCountsTheOutboxAndDraftsReminders()
{
    useLoopbackAccount();
    if (QTest::currentTestFailed())
        return;
    const Request request = tagged(2);
    QVERIFY(request.id != 0);
    OutboxFilter waiting;
    waiting.state = OutboxState::Draft;
    const int demoDrafts = int(m_office->outbox(waiting)->size()); // the demo office's reminders
    {
        RequestDetailView view;
        view.setOffice(m_office.get());
        view.show();
        view.showRequest(request.id);
        QCOMPARE(inviteTwoByEmail(view).size(), 2);
    }

    QTemporaryDir dir;
    Settings settings(dir.filePath(QStringLiteral("kohtaamo.ini")));
    TodayPage page(settings);
    page.setOffice(m_office.get());
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    TodayLine *drafts = page.line(TodayPage::Line::DraftMessages);
    QVERIFY(drafts && drafts->isVisible());
    QCOMPARE(drafts->count(), demoDrafts + 2);
    QVERIFY2(drafts->sentence().contains(QStringLiteral("%1 drafts wait for approval").arg(demoDrafts + 2)),
             qPrintable(drafts->sentence()));
    QCOMPARE(page.line(TodayPage::Line::FailedMessages)->count(), 0);
    QSignalSpy requested(&page, &TodayPage::requestsRequested);
    QTest::mouseClick(drafts, Qt::LeftButton);
    QCOMPARE(requested.count(), 1);
    QVERIFY(requested.first().first().value<QVector<qint64>>().contains(request.id));

    // A server that refuses: the failed line counts them.
    QCOMPARE(*m_office->approveAll(request.id), 2);
    m_smtp->refuse(true);
    auto account = m_office->smtpAccount();
    QVERIFY(account);
    auto report = m_office->sendOutbox(*account);
    QVERIFY(report);
    QCOMPARE(report->failed, 2);
    page.refresh();
    QCOMPARE(page.line(TodayPage::Line::FailedMessages)->count(), 2);
    QVERIFY(page.line(TodayPage::Line::FailedMessages)->sentence().contains(QStringLiteral("could not be sent")));

    // The one action of the reminders: ten days on, both unanswered invitations get a reminder draft.
    QVERIFY(page.remindersButton()->isVisible());
    m_clock->set(QDateTime(kToday.addDays(10), QTime(9, 0)));
    QTest::mouseClick(page.remindersButton(), Qt::LeftButton);
    OutboxFilter filter;
    filter.requestId = request.id;
    filter.state = OutboxState::Draft;
    auto reminders = m_office->outbox(filter);
    QVERIFY(reminders);
    QCOMPARE(reminders->size(), 2);
    for (const OutboxMessage &m : std::as_const(*reminders))
        QCOMPARE(m.kind, MessageKind::Reminder);
    QVERIFY(page.line(TodayPage::Line::DraftMessages)->count() >= 2);
    QVERIFY(
        page.findChild<QLabel *>(QStringLiteral("dueRemindersResult"))->text().contains(QStringLiteral("reminder")));
    // A second press writes none again for the same invitations.
    QTest::mouseClick(page.remindersButton(), Qt::LeftButton);
    reminders = m_office->outbox(filter);
    QVERIFY(reminders);
    QCOMPARE(reminders->size(), 2);
}

QTEST_MAIN(TestMailOutboxGui)
#include "tst_mail_outbox_gui.moc"
