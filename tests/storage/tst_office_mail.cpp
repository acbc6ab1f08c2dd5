// E-mail through the office service on both backends, against a real SMTP server on loopback (python3-aiosmtpd):
// inviting two by e-mail sends two invitations with calendar entries; a new time sends two changes with the same
// UIDs and SEQUENCE + 1; confirming sends the team's confirmations and the requester's, which names only the worker
// who consented to be named (by her pseudonym); cancelling sends METHOD:CANCEL. A server that refuses, or is down,
// leaves the messages failed with its answer; the next send delivers each exactly once. Every calendar file is read by
// python3-icalendar and by libical, field by field.
#include "HeldRequestFixture.h"
#include "IcsFields.h"
#include "SmtpSink.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "office/OfficeService.h"
#include "storage/SqlQuery.h"

#include <QJsonObject>
#include <QProcessEnvironment>
#include <QTest>
#include <QTimeZone>

using namespace Kohtaamo;
using Kohtaamo::Test::IcsFields;
using Kohtaamo::Test::SmtpSink;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 2, 11), QTime(9, 0));
const QDateTime kMeeting(QDate(2026, 3, 3), QTime(13, 0));
const QString kCoordinatorEmail = QStringLiteral("anna.lehtinen@kohtaamo.example");
const QString kPseudonym = QStringLiteral("Tähti");
const QString kUnnamed = QStringLiteral("Bertil Sundström");

int count(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toInt() : -1;
}
} // namespace

class TestOfficeMail : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void wholeFlowThroughALoopbackServer();
    void refusedOrDownServerLosesNothingAndSendsOnce();
    void withdrawnInvitationSendsACancellation();
    void templatesKeepTopicsOutOfSubjects();
    void viewerSendsNothingAndNoSenderMeansNoDrafts();
    void cliSendsFromTheEnvironmentsAccount();
    void heldMeetingDraftsThankYousAndAnEmlFile();
    void dueRemindersOnceEach();

private:
    qint64 addWorker(const QString &name, const QString &email, const QString &language, bool pseudonym);
    Request makeRequest(int needed);
    QVector<OutboxMessage> sendAll(int expectSent);
    SmtpAccount account() const;
    Invitation invitationOf(qint64 requestId, qint64 workerId);
    // Both parsers on what the server received (files) and what the outbox holds (messages), in the same order.
    void checkCalendars(const QStringList &files, const QVector<OutboxMessage> &messages, const QString &method,
                        int sequence, const QDateTime &starts);

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<SmtpSink> m_smtp;
    qint64 m_organisation = 0;
    qint64 m_tahti = 0; // pseudonym, consented to be named, Finnish
    qint64 m_bertil = 0; // no consent to be named, Swedish
    qint64 m_cecilia = 0; // no e-mail address
};

void TestOfficeMail::init()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_office = std::make_unique<OfficeService>(std::move(db));
    QVERIFY(m_office->actAs(QStringLiteral("anna")));
    Coordinator me = m_office->coordinator();
    me.displayName = QStringLiteral("Anna Lehtinen");
    me.email = kCoordinatorEmail;
    QVERIFY(m_office->saveCoordinator(me));

    m_smtp = std::make_unique<SmtpSink>();
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->error()));
    auto stored = m_office->mailSettings();
    QVERIFY(stored);
    MailSettings mail = *stored;
    mail.host = QStringLiteral("127.0.0.1");
    mail.port = m_smtp->port();
    mail.security = SmtpSecurity::None;
    mail.fromAddress = QStringLiteral("toimisto@kohtaamo.example");
    mail.fromName = QStringLiteral("Kokemustoiminta Länsi-Suomi");
    auto saved = m_office->saveMailSettings(mail);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));

    Database &d = m_office->database();
    SqlQuery org(d, QStringLiteral("INSERT INTO organisations (name, version) VALUES (?, 1) RETURNING id"));
    org.bind(QStringLiteral("Perhekuntoutuskeskus Lauste"));
    auto orgId = org.scalar();
    QVERIFY(orgId);
    m_organisation = orgId->toLongLong();
    org.raw().finish();
    m_tahti = addWorker(kPseudonym, QStringLiteral("tahti@example.fi"), QStringLiteral("fi"), true);
    m_bertil = addWorker(kUnnamed, QStringLiteral("bertil@example.fi"), QStringLiteral("sv"), false);
    m_cecilia = addWorker(QStringLiteral("Cecilia"), QString(), QStringLiteral("fi"), false);
    QVERIFY(m_tahti && m_bertil && m_cecilia);
    Consent named;
    named.workerId = m_tahti;
    named.scope = ConsentScope::PublicAppearance;
    named.givenOn = QDate(2026, 1, 5);
    auto recorded = m_office->recordConsent(named);
    QVERIFY2(recorded, qPrintable(recorded ? QString() : recorded.error().message));
}

void TestOfficeMail::cleanup()
{
    m_smtp.reset();
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

qint64 TestOfficeMail::addWorker(const QString &name, const QString &email, const QString &language, bool pseudonym)
{
    Database &d = m_office->database();
    SqlQuery w(d,
               QStringLiteral("INSERT INTO workers (display_name, email, pseudonym, organisation_id, title, version) "
                              "VALUES (?, ?, ?, ?, 'experience_partner', 1) RETURNING id"));
    w.bindAll({ name, email, pseudonym, m_organisation });
    auto id = w.scalar();
    w.raw().finish();
    if (!id)
        return 0;
    SqlQuery l(d, QStringLiteral("INSERT INTO worker_languages (worker_id, language) VALUES (?, ?)"));
    l.bindAll({ id->toLongLong(), language });
    if (!l.exec())
        return 0;
    return id->toLongLong();
}

Request TestOfficeMail::makeRequest(int needed)
{
    Request r;
    r.receivedOn = QDate(2026, 2, 10);
    r.requesterName = QStringLiteral("Tiina Kouluttaja");
    r.requesterEmail = QStringLiteral("tiina@hyvinvointialue.example");
    r.title = QStringLiteral("Päihdeperheiden lasten kokemukset"); // a sensitive topic: never in a subject
    r.serviceType = QStringLiteral("talk");
    r.topics = { { Test::topicIdByCode(m_office->database(), QStringLiteral("child_protection.family_mapping")),
                   TopicWeight::Primary } };
    r.workersNeeded = needed;
    r.durationMinutes = 120;
    r.place = QStringLiteral("Lausteen koulutustila, Turku");
    r.dateOptions = { { 0, kMeeting, kMeeting.addSecs(2 * 3600), true } };
    auto saved = m_office->saveRequest(r);
    if (!saved) {
        qWarning("%s", qPrintable(saved.error().message));
        return {};
    }
    auto tagged = m_office->markTagged(saved->id, saved->version);
    return tagged ? *tagged : Request {};
}

SmtpAccount TestOfficeMail::account() const
{
    auto a = SmtpAccount::fromUrl(m_smtp->url());
    SmtpAccount result = a ? *a : SmtpAccount();
    result.fromAddress = QStringLiteral("toimisto@kohtaamo.example");
    result.fromName = QStringLiteral("Kokemustoiminta Länsi-Suomi");
    return result;
}

Invitation TestOfficeMail::invitationOf(qint64 requestId, qint64 workerId)
{
    auto all = m_office->invitations(requestId);
    if (all)
        for (const Invitation &i : *all)
            if (i.workerId == workerId)
                return i;
    return {};
}

QVector<OutboxMessage> TestOfficeMail::sendAll(int expectSent)
{
    auto approved = m_office->approveAll(0);
    if (!approved)
        qWarning("%s", qPrintable(approved.error().message));
    auto report = m_office->sendOutbox(account());
    if (!report) {
        qWarning("%s", qPrintable(report.error().message));
        return {};
    }
    if (report->sent != expectSent || report->failed != 0) {
        qWarning("sent %d, failed %d: %s", report->sent, report->failed, qPrintable(report->lastError));
        return {};
    }
    QVector<OutboxMessage> sent;
    for (qint64 id : std::as_const(report->sentIds))
        if (auto m = m_office->outboxMessage(id))
            sent << *m;
    return sent;
}

void TestOfficeMail::checkCalendars(const QStringList &files, const QVector<OutboxMessage> &messages,
                                    const QString &method, int sequence, const QDateTime &starts)
{
    QCOMPARE(files.size(), messages.size());
    QString error;
    const QJsonArray parsed = SmtpSink::parse(files, &error);
    QVERIFY2(parsed.size() == files.size(), qPrintable(error));
    for (int i = 0; i < files.size(); ++i) {
        const OutboxMessage &m = messages.at(i);
        const QJsonObject mail = parsed.at(i).toObject();
        QCOMPARE(mail.value(QStringLiteral("message_id")).toString(), m.messageId);
        QVERIFY2(mail.value(QStringLiteral("to")).toString().contains(m.recipientAddress),
                 qPrintable(mail.value(QStringLiteral("to")).toString()));
        QCOMPARE(mail.value(QStringLiteral("subject")).toString(), m.subject);
        QCOMPARE(mail.value(QStringLiteral("content_type")).toString(), QStringLiteral("multipart/mixed"));
        const QJsonObject cal = mail.value(QStringLiteral("calendar")).toObject();
        QVERIFY2(!cal.isEmpty(), "no text/calendar part");
        // python3-icalendar
        QCOMPARE(cal.value(QStringLiteral("content_type_method")).toString(), method);
        QCOMPARE(cal.value(QStringLiteral("method")).toString(), method);
        QCOMPARE(cal.value(QStringLiteral("events")).toInt(), 1);
        QCOMPARE(cal.value(QStringLiteral("uid")).toString(), m.icsUid);
        QCOMPARE(cal.value(QStringLiteral("sequence")).toInt(), sequence);
        QCOMPARE(cal.value(QStringLiteral("dtstart_tzid")).toString(), QStringLiteral("Europe/Helsinki"));
        QVERIFY(cal.value(QStringLiteral("vtimezones")).toArray().contains(QStringLiteral("Europe/Helsinki")));
        QCOMPARE(cal.value(QStringLiteral("dtstart_utc")).toString(),
                 starts.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
        QCOMPARE(cal.value(QStringLiteral("dtend_utc")).toString(),
                 starts.addSecs(2 * 3600).toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ssZ")));
        QCOMPARE(cal.value(QStringLiteral("dtstart_local")).toString(),
                 starts.toTimeZone(QTimeZone("Europe/Helsinki")).toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss")));
        QCOMPARE(cal.value(QStringLiteral("organizer")).toString(), QStringLiteral("mailto:") + kCoordinatorEmail);
        QCOMPARE(cal.value(QStringLiteral("attendee")).toString(), QStringLiteral("mailto:") + m.recipientAddress);
        QCOMPARE(cal.value(QStringLiteral("location")).toString(), QStringLiteral("Lausteen koulutustila, Turku"));
        QVERIFY(!cal.value(QStringLiteral("summary")).toString().contains(QStringLiteral("Päihde")));
        // libical, on the calendar file the outbox keeps (the bytes that were attached)
        const IcsFields f = IcsFields::read(m.ics);
        QVERIFY(f.parsed);
        QCOMPARE(f.method, method);
        QCOMPARE(f.uid, m.icsUid);
        QCOMPARE(f.sequence, sequence);
        QCOMPARE(f.dtstartTzid, QStringLiteral("Europe/Helsinki"));
        QVERIFY(f.hasVtimezone);
        QCOMPARE(f.vtimezoneTzid, QStringLiteral("Europe/Helsinki"));
        QCOMPARE(f.dtstartUtc, starts.toUTC());
        QCOMPARE(f.dtendUtc, starts.addSecs(2 * 3600).toUTC());
        QCOMPARE(f.organizer, QStringLiteral("mailto:") + kCoordinatorEmail);
        QCOMPARE(f.attendee, QStringLiteral("mailto:") + m.recipientAddress);
        QCOMPARE(f.location, QStringLiteral("Lausteen koulutustila, Turku"));
    }
}

void TestOfficeMail::wholeFlowThroughALoopbackServer()
{
    Request r = makeRequest(2);
    QVERIFY(r.id);

    // Invite three by e-mail: Cecilia has no address, so two drafts, one in each worker's language.
    auto invited = m_office->invite(r.id, r.version, { m_tahti, m_bertil, m_cecilia }, InvitationChannel::Email);
    QVERIFY2(invited, qPrintable(invited ? QString() : invited.error().message));
    auto drafts = m_office->outbox({ r.id, OutboxState::Draft });
    QVERIFY(drafts);
    QCOMPARE(drafts->size(), 2);
    QCOMPARE(drafts->at(0).language, QStringLiteral("fi"));
    QVERIFY(drafts->at(0).subject.startsWith(QStringLiteral("Kutsu: ")));
    QCOMPARE(drafts->at(1).language, QStringLiteral("sv"));
    QVERIFY(drafts->at(1).subject.startsWith(QStringLiteral("Inbjudan: ")));
    for (const OutboxMessage &m : std::as_const(*drafts)) {
        QVERIFY(m.subject.contains(r.reference));
        QVERIFY2(!m.subject.contains(r.title), qPrintable(m.subject)); // never the topic
    }
    auto counts = m_office->outboxCounts();
    QVERIFY(counts);
    QCOMPARE(counts->drafts, 2);
    QCOMPARE(m_smtp->received().size(), 0); // nothing goes before the coordinator approves

    // The coordinator edits the first draft's text before it goes.
    OutboxMessage first = drafts->at(0);
    auto edited = m_office->approveMessage(first.id, first.version, first.subject,
                                           first.body + QStringLiteral("\nTervetuloa!\n"));
    QVERIFY(edited);
    QCOMPARE(edited->state, OutboxState::Queued);
    const QVector<OutboxMessage> invitations = sendAll(2);
    QCOMPARE(invitations.size(), 2);
    QStringList files = m_smtp->received();
    QCOMPARE(files.size(), 2);
    checkCalendars(files, invitations, QStringLiteral("REQUEST"), 0, kMeeting);
    QString error;
    const QJsonArray parsed = SmtpSink::parse({ files.at(0) }, &error);
    QVERIFY(parsed.at(0).toObject().value(QStringLiteral("text")).toString().contains(QStringLiteral("Tervetuloa!")));
    QVERIFY(parsed.at(0).toObject().value(QStringLiteral("text")).toString().contains(kPseudonym));
    const QString tahtiUid = invitations.at(0).icsUid;
    const QString bertilUid = invitations.at(1).icsUid;
    QVERIFY(tahtiUid.startsWith(QStringLiteral("kohtaamo-%1-%2@").arg(r.id).arg(m_tahti)));
    QVERIFY(tahtiUid != bertilUid);

    // Both say yes; the meeting moves a day: two changes with the same UIDs, SEQUENCE 1, the new time.
    for (qint64 w : { m_tahti, m_bertil }) {
        const Invitation i = invitationOf(r.id, w);
        QVERIFY(m_office->recordAnswer(i.id, i.version, InvitationResponse::Accepted));
    }
    auto current = m_office->request(r.id);
    QVERIFY(current);
    Request moved = *current;
    const QDateTime newTime = kMeeting.addDays(1);
    moved.dateOptions = { { 0, newTime, newTime.addSecs(2 * 3600), true } };
    auto saved = m_office->saveRequestDetailed(moved);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    QVERIFY(saved->rescheduled);
    const QVector<OutboxMessage> changes = sendAll(2);
    QCOMPARE(changes.size(), 2);
    QCOMPARE(changes.at(0).kind, MessageKind::Change);
    QCOMPARE(changes.at(0).icsUid, tahtiUid);
    QCOMPARE(changes.at(1).icsUid, bertilUid);
    files = m_smtp->received().mid(2);
    checkCalendars(files, changes, QStringLiteral("REQUEST"), 1, newTime);

    // Confirming: a confirmation to each of the team, and to the requester, naming only the worker who consented to
    // be named, by her pseudonym; Bertil is counted, not named.
    current = m_office->request(r.id);
    QVERIFY(current);
    auto confirmed = m_office->confirm(r.id, current->version);
    QVERIFY2(confirmed, qPrintable(confirmed ? QString() : confirmed.error().message));
    const QVector<OutboxMessage> confirmations = sendAll(3);
    QCOMPARE(confirmations.size(), 3);
    const OutboxMessage &toRequester = confirmations.at(2);
    QCOMPARE(toRequester.kind, MessageKind::RequesterConfirmation);
    QCOMPARE(toRequester.recipientAddress, QStringLiteral("tiina@hyvinvointialue.example"));
    QVERIFY(toRequester.ics.isEmpty());
    files = m_smtp->received().mid(4);
    QCOMPARE(files.size(), 3);
    const QJsonArray received = SmtpSink::parse(files, &error);
    QCOMPARE(received.size(), 3);
    const QString requesterText = received.at(2).toObject().value(QStringLiteral("text")).toString();
    QVERIFY2(requesterText.contains(kPseudonym), qPrintable(requesterText));
    QVERIFY2(!requesterText.contains(kUnnamed) && !requesterText.contains(QStringLiteral("Bertil")),
             qPrintable(requesterText));
    QVERIFY2(requesterText.contains(QStringLiteral("1 kokemustoimija")), qPrintable(requesterText));
    QVERIFY(!received.at(2).toObject().value(QStringLiteral("subject")).toString().contains(r.title));
    // the workers' confirmations carry the current entry again (same UID and SEQUENCE)
    QCOMPARE(confirmations.at(0).icsUid, tahtiUid);
    QCOMPARE(confirmations.at(0).icsSequence, 1);

    // Cancelling: METHOD:CANCEL to both, same UIDs, SEQUENCE 2.
    current = m_office->request(r.id);
    QVERIFY(current);
    QVERIFY(m_office->cancel(r.id, current->version, QStringLiteral("The training was postponed")));
    const QVector<OutboxMessage> cancellations = sendAll(2);
    QCOMPARE(cancellations.size(), 2);
    QCOMPARE(cancellations.at(0).kind, MessageKind::Cancellation);
    files = m_smtp->received().mid(7);
    checkCalendars(files, cancellations, QStringLiteral("CANCEL"), 2, newTime);

    // Each send is audited; all nine are sent once.
    QCOMPARE(m_smtp->received().size(), 9);
    counts = m_office->outboxCounts(r.id);
    QVERIFY(counts);
    QCOMPARE(counts->sent, 9);
    QCOMPARE(counts->drafts + counts->queued + counts->failed, 0);
    QCOMPARE(count(m_office->database(),
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'outbox_messages' AND changes "
                                  "LIKE ?"),
                   { QStringLiteral("%\"sent\"%") }),
             9);
}

void TestOfficeMail::refusedOrDownServerLosesNothingAndSendsOnce()
{
    Request r = makeRequest(2);
    QVERIFY(r.id);
    QVERIFY(m_office->invite(r.id, r.version, { m_tahti, m_bertil }, InvitationChannel::Email));
    QCOMPARE(*m_office->approveAll(r.id), 2);

    // The server refuses: both stay, failed, with the server's own answer.
    m_smtp->refuse(true, "550 5.7.1 Mailbox tahti unavailable");
    auto report = m_office->sendOutbox(account());
    QVERIFY(report);
    QCOMPARE(report->sent, 0);
    QCOMPARE(report->failed, 2);
    QVERIFY2(report->lastError.contains(QStringLiteral("550")), qPrintable(report->lastError));
    auto failed = m_office->outbox({ r.id, OutboxState::Failed });
    QVERIFY(failed);
    QCOMPARE(failed->size(), 2);
    QVERIFY2(failed->at(0).lastError.contains(QStringLiteral("Mailbox tahti unavailable")),
             qPrintable(failed->at(0).lastError));
    QCOMPARE(failed->at(0).attempts, 1);
    const QString messageId = failed->at(0).messageId;
    QCOMPARE(m_smtp->received().size(), 0);
    auto counts = m_office->outboxCounts();
    QVERIFY(counts);
    QCOMPARE(counts->failed, 2);

    // The server is down: still failed, with what the connection said; attempts counted.
    m_smtp->refuse(false);
    const SmtpAccount downAccount = account();
    m_smtp->stop();
    report = m_office->sendOutbox(downAccount);
    QVERIFY(report);
    QCOMPARE(report->failed, 2);
    QVERIFY(!report->lastError.isEmpty());
    failed = m_office->outbox({ r.id, OutboxState::Failed });
    QVERIFY(failed);
    QCOMPARE(failed->size(), 2);
    QCOMPARE(failed->at(0).attempts, 2);

    // Back up (a new port): both go, with the Message-ID they had; a second send sends nothing again.
    QVERIFY2(m_smtp->start(), qPrintable(m_smtp->error()));
    report = m_office->sendOutbox(account());
    QVERIFY(report);
    QCOMPARE(report->sent, 2);
    QCOMPARE(report->failed, 0);
    report = m_office->sendOutbox(account());
    QVERIFY(report);
    QCOMPARE(report->sent, 0);
    const QStringList files = m_smtp->received();
    QCOMPARE(files.size(), 2);
    QString error;
    const QJsonArray parsed = SmtpSink::parse(files, &error);
    QCOMPARE(parsed.at(0).toObject().value(QStringLiteral("message_id")).toString(), messageId);
    auto sent = m_office->outbox({ r.id, OutboxState::Sent });
    QVERIFY(sent);
    QCOMPARE(sent->size(), 2);
    QCOMPARE(sent->at(0).attempts, 3);
    QVERIFY(sent->at(0).lastError.isEmpty());

    // A sent message is never changed or removed.
    QVERIFY(!m_office->approveMessage(sent->at(0).id, sent->at(0).version, QStringLiteral("x"), QStringLiteral("y")));
    QVERIFY(!m_office->discardMessage(sent->at(0).id, sent->at(0).version));
}

void TestOfficeMail::withdrawnInvitationSendsACancellation()
{
    Request r = makeRequest(1);
    QVERIFY(r.id);
    QVERIFY(m_office->invite(r.id, r.version, { m_tahti }, InvitationChannel::Email));
    QCOMPARE(sendAll(1).size(), 1);
    const Invitation i = invitationOf(r.id, m_tahti);
    QVERIFY(m_office->withdrawInvitation(i.id, i.version, QStringLiteral("Enough workers")));
    const QVector<OutboxMessage> sent = sendAll(1);
    QCOMPARE(sent.size(), 1);
    QCOMPARE(sent.at(0).kind, MessageKind::Cancellation);
    checkCalendars(m_smtp->received().mid(1), sent, QStringLiteral("CANCEL"), 1, kMeeting);

    // Invited by phone: no e-mail.
    auto again = m_office->request(r.id);
    QVERIFY(again);
    QVERIFY(m_office->invite(r.id, again->version, { m_bertil }, InvitationChannel::Phone));
    auto counts = m_office->outboxCounts(r.id);
    QVERIFY(counts);
    QCOMPARE(counts->drafts, 0);
}

void TestOfficeMail::templatesKeepTopicsOutOfSubjects()
{
    MessageTemplate tpl = MessageTemplates::builtIn(MessageKind::Invitation, QStringLiteral("fi"));
    tpl.subject = QStringLiteral("Kutsu: {title}");
    auto refused = m_office->saveMessageTemplate(tpl);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("subject"));
    tpl.subject = QStringLiteral("Kutsu {reference}");
    tpl.body = QStringLiteral("Hei {worker_name}, {unknown}");
    refused = m_office->saveMessageTemplate(tpl);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("body"));

    tpl.body = QStringLiteral("Hei {worker_name}! Tule {date} klo {time}.");
    auto stored = m_office->saveMessageTemplate(tpl);
    QVERIFY2(stored, qPrintable(stored ? QString() : stored.error().message));
    QVERIFY(stored->custom);
    Request r = makeRequest(1);
    QVERIFY(r.id);
    auto preview = m_office->previewMessage(r.id, m_tahti, MessageKind::Invitation);
    QVERIFY(preview);
    QCOMPARE(preview->subject, QStringLiteral("Kutsu %1").arg(r.reference));
    QVERIFY2(preview->body.startsWith(QStringLiteral("Hei Tähti! Tule ")), qPrintable(preview->body));
    QCOMPARE(count(m_office->database(), QStringLiteral("SELECT COUNT(*) FROM outbox_messages")), 0); // a preview
    auto reset = m_office->resetMessageTemplate(MessageKind::Invitation, QStringLiteral("fi"));
    QVERIFY(reset);
    QVERIFY(!reset->custom);
    preview = m_office->previewMessage(r.id, m_bertil, MessageKind::Invitation);
    QVERIFY(preview);
    QVERIFY(preview->subject.startsWith(QStringLiteral("Inbjudan: ")));
    auto noAddress = m_office->previewMessage(r.id, m_cecilia, MessageKind::Invitation);
    QVERIFY(!noAddress);
    QCOMPARE(noAddress.error().detail, QStringLiteral("email"));
}

void TestOfficeMail::viewerSendsNothingAndNoSenderMeansNoDrafts()
{
    // Without a sender address the workflow drafts nothing (the office has not set up e-mail).
    auto stored = m_office->mailSettings();
    QVERIFY(stored);
    MailSettings mail = *stored;
    mail.host.clear();
    mail.fromAddress.clear();
    auto saved = m_office->saveMailSettings(mail);
    QVERIFY2(saved, qPrintable(saved ? QString() : saved.error().message));
    mail = *saved;
    Request r = makeRequest(1);
    QVERIFY(r.id);
    QVERIFY(m_office->invite(r.id, r.version, { m_tahti }, InvitationChannel::Email));
    QCOMPARE(m_office->outboxCounts()->drafts, 0);
    QVERIFY(!m_office->smtpAccount());
    // The password is nowhere in the database.
    QCOMPARE(
        count(m_office->database(), QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE changes LIKE '%password%'")),
        0);

    // A viewer changes nothing, sends nothing.
    Coordinator viewer;
    viewer.username = QStringLiteral("ville");
    viewer.displayName = QStringLiteral("Ville");
    viewer.role = CoordinatorRole::Viewer;
    QVERIFY(m_office->saveCoordinator(viewer));
    QVERIFY(m_office->actAs(QStringLiteral("ville")));
    auto report = m_office->sendOutbox(account());
    QVERIFY(!report);
    QCOMPARE(report.error().code, Error::Code::NotAllowed);
    QVERIFY(!m_office->saveMailSettings(mail));
}

namespace {
struct CliRun
{
    int exitCode = -1;
    QString out;
    QString err;
};

CliRun runCli(const QStringList &args, const QProcessEnvironment &env)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KOHTAAMO_CLI), args);
    CliRun r;
    if (!p.waitForFinished(60000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}
} // namespace

void TestOfficeMail::cliSendsFromTheEnvironmentsAccount()
{
    // kohtaamo-cli as a scheduled job: the account from KOHTAAMO_SMTP_URL, drafts wait unless --approve-drafts.
    Request r = makeRequest(2);
    QVERIFY(r.id);
    QVERIFY(m_office->invite(r.id, r.version, { m_tahti, m_bertil }, InvitationChannel::Email));
    const QString db = m_testDb->location().toString();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("KOHTAAMO_SMTP_URL"), m_smtp->url());
    env.remove(QStringLiteral("KOHTAAMO_SMTP_USER"));
    env.remove(QStringLiteral("KOHTAAMO_SMTP_PASSWORD"));

    CliRun run = runCli({ QStringLiteral("--db"), db, QStringLiteral("outbox"), QStringLiteral("send") }, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("sent: 0")), qPrintable(run.out));
    QCOMPARE(m_smtp->received().size(), 0);

    run = runCli({ QStringLiteral("--db"), db, QStringLiteral("outbox"), QStringLiteral("list"),
                   QStringLiteral("--state"), QStringLiteral("draft"), QStringLiteral("--request"), r.reference },
                 env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QCOMPARE(run.out.count(QStringLiteral("\tdraft\tinvitation\t") + r.reference), 2);

    // The server refuses: exit 1, the server's answer on stderr, nothing lost.
    m_smtp->refuse(true, "554 5.7.1 Not today");
    run = runCli({ QStringLiteral("--db"), db, QStringLiteral("outbox"), QStringLiteral("send"),
                   QStringLiteral("--approve-drafts") },
                 env);
    QCOMPARE(run.exitCode, 1);
    QVERIFY2(run.err.contains(QStringLiteral("554 5.7.1 Not today")), qPrintable(run.err));
    QCOMPARE(m_office->outboxCounts(r.id)->failed, 2);

    m_smtp->refuse(false);
    run = runCli({ QStringLiteral("--db"), db, QStringLiteral("outbox"), QStringLiteral("send") }, env);
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QVERIFY2(run.out.contains(QStringLiteral("sent: 2")), qPrintable(run.out));
    run = runCli({ QStringLiteral("--db"), db, QStringLiteral("outbox"), QStringLiteral("send") }, env);
    QVERIFY2(run.out.contains(QStringLiteral("sent: 0")), qPrintable(run.out));
    QCOMPARE(m_smtp->received().size(), 2);
    QString error;
    const QJsonArray parsed = SmtpSink::parse(m_smtp->received(), &error);
    QCOMPARE(parsed.size(), 2);
    QCOMPARE(
        parsed.at(0).toObject().value(QStringLiteral("calendar")).toObject().value(QStringLiteral("method")).toString(),
        QStringLiteral("REQUEST"));

    run = runCli({ QStringLiteral("--db"), db, QStringLiteral("outbox"), QStringLiteral("list"),
                   QStringLiteral("--state"), QStringLiteral("bogus") },
                 env);
    QCOMPARE(run.exitCode, 2);
}

void TestOfficeMail::heldMeetingDraftsThankYousAndAnEmlFile()
{
    Request r = makeRequest(1);
    QVERIFY(r.id);
    QVERIFY(m_office->invite(r.id, r.version, { m_tahti }, InvitationChannel::Email));
    const Invitation i = invitationOf(r.id, m_tahti);
    QVERIFY(m_office->recordAnswer(i.id, i.version, InvitationResponse::Accepted));
    auto current = m_office->request(r.id);
    QVERIFY(current);
    QVERIFY(m_office->confirm(r.id, current->version));
    m_clock->set(kMeeting.addDays(1));
    current = m_office->request(r.id);
    QVERIFY(current);
    auto held = m_office->moveRequest(r.id, current->version, RequestStatus::Held);
    QVERIFY2(held, qPrintable(held ? QString() : held.error().message));
    QCOMPARE(held->status, RequestStatus::Held);
    auto thanks = m_office->outbox({ r.id, OutboxState::Draft });
    QVERIFY(thanks);
    QCOMPARE(thanks->constLast().kind, MessageKind::ThankYou);
    QCOMPARE(thanks->constLast().recipientAddress, QStringLiteral("tahti@example.fi"));
    QVERIFY(thanks->constLast().ics.isEmpty());
    QVERIFY(thanks->constLast().subject.startsWith(QStringLiteral("Kiitos: ")));

    // The message as a file for the desktop's mail client: the same Message-ID, the calendar attached.
    const OutboxMessage invitation = thanks->constFirst();
    QCOMPARE(invitation.kind, MessageKind::Invitation);
    auto eml = m_office->messageFile(invitation.id);
    QVERIFY(eml);
    QVERIFY(eml->contains(QByteArray(QByteArray("Message-ID: ") + invitation.messageId.toLatin1())));
    QVERIFY(eml->contains("Content-Type: text/calendar; charset=UTF-8; method=REQUEST"));
}

void TestOfficeMail::dueRemindersOnceEach()
{
    // Two requests: one invitation unanswered for 8 days, one team meeting in 5 days.
    Request waiting = makeRequest(1);
    QVERIFY(waiting.id);
    QVERIFY(m_office->invite(waiting.id, waiting.version, { m_tahti }, InvitationChannel::Email));
    Request soon = makeRequest(1);
    QVERIFY(soon.id);
    QVERIFY(m_office->invite(soon.id, soon.version, { m_bertil }, InvitationChannel::Email));
    const Invitation b = invitationOf(soon.id, m_bertil);
    QVERIFY(m_office->recordAnswer(b.id, b.version, InvitationResponse::Accepted));
    auto current = m_office->request(soon.id);
    QVERIFY(current);
    QVERIFY(m_office->confirm(soon.id, current->version));
    QVERIFY(m_office->approveAll(0));

    m_clock->set(kMeeting.addDays(-5)); // 2026-02-26: the invitation of 2026-02-11 waits 15 days
    TodayAgenda::Options options;
    options.staleInvitationDays = 7;
    options.engagementDaysAhead = 7;
    auto reminders = m_office->draftDueReminders(options);
    QVERIFY2(reminders, qPrintable(reminders ? QString() : reminders.error().message));
    QCOMPARE(reminders->size(), 2);
    QCOMPARE(reminders->at(0).kind, MessageKind::Reminder);
    QCOMPARE(reminders->at(0).workerId, m_tahti);
    QCOMPARE(reminders->at(1).workerId, m_bertil);
    QCOMPARE(reminders->at(1).icsSequence, 0); // the current entry again
    QVERIFY(!reminders->at(1).ics.isEmpty());
    QCOMPARE(invitationOf(waiting.id, m_tahti).reminders, 1);

    // The same day again: nothing new.
    reminders = m_office->draftDueReminders(options);
    QVERIFY(reminders);
    QCOMPARE(reminders->size(), 0);
}

QTEST_GUILESS_MAIN(TestOfficeMail)
#include "tst_office_mail.moc"
