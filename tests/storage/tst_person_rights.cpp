// The person's rights on both backends (docs/data-protection.md): erasure leaves no trace of the worker anywhere in
// the database — on SQLite not even in the file's or the WAL's bytes — while the statistics stay as they were and the
// audit chain verifies; subject access gives every kind of record the office holds about one worker, and both are
// audited without personal data.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "office/OfficeService.h"
#include "storage/SqlQuery.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 3, 2), QTime(9, 0));
const QDateTime kMeeting(QDate(2026, 3, 5), QTime(13, 0));
const QDateTime kAfter(QDate(2026, 3, 10), QTime(9, 0));

// The worker's distinctive values: none may be found after the erasure.
const QString kName = QStringLiteral("Zebulon Quixote-Wrenfield");
const QString kEmail = QStringLiteral("zebulon.qw@erasure.example");
const QString kPhone = QStringLiteral("+358 40 987 6543");
const QString kPhoneBefore = QStringLiteral("+358 50 111 2233"); // an old value, only in the audit log
const QDate kBorn(1987, 5, 14);
const QString kGuardian = QStringLiteral("Ottoline Quixote-Wrenfield");

int count(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toInt() : -1;
}

template <typename T> T orFail(const Result<T> &r, const char *what)
{
    if (!r)
        qWarning("%s: %s", what, qPrintable(r.error().message + QLatin1String(" / ") + r.error().detail));
    return r ? *r : T();
}

// Every report figure as text, by section (the age groups apart: see docs/data-protection.md).
QStringList figures(const ResultsReportData &report, bool withAges)
{
    QStringList out { QString::number(report.workers),     QString::number(report.hours),
                      QString::number(report.engagements), QString::number(report.commissions),
                      QString::number(report.eventsHeld),  QString::number(report.knowledgeEntries) };
    for (const auto &section : report.sections) {
        if (!withAges && section.key == QLatin1String("workers_by_age_group"))
            continue;
        if (section.knowledge) { // quotes texts, which lose the erased name: how many stays
            out << section.key + QLatin1Char(':') + QString::number(section.table.rows.size());
            continue;
        }
        for (const QVariantList &row : section.table.rows) {
            QStringList cells;
            for (const QVariant &v : row)
                cells << v.toString();
            out << section.key + QLatin1Char(':') + cells.join(QLatin1Char('|'));
        }
    }
    return out;
}
// The bytes of an SQLite database file and of everything beside it that shares its name (-wal, -journal, -shm).
QByteArray fileBytes(const QString &path)
{
    QByteArray bytes;
    const QFileInfo file(path);
    const QStringList siblings = QDir(file.absolutePath()).entryList({ file.fileName() + QLatin1Char('*') });
    for (const QString &name : siblings) {
        QFile f(file.absoluteDir().filePath(name));
        if (f.open(QIODevice::ReadOnly))
            bytes += f.readAll();
    }
    return bytes;
}
} // namespace

class TestPersonRights : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void ErasureLeavesNoTrace();
    void ErasureIsForAdminsOnlyAndChangesNothingWhenRefused();
    void ErasureRefusesABrokenAuditChain();
    void SubjectAccessHoldsEveryKindOfRecord();

private:
    void buildWorkerHistory(); // the worker, invited, confirmed, held, with mail, knowledge and audit

    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    qint64 m_organisation = 0;
    qint64 m_worker = 0;
    qint64 m_other = 0; // another worker of the same request, who stays
    qint64 m_request = 0;
};

void TestPersonRights::init()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_office = std::make_unique<OfficeService>(m_testDb->openOrFail());
    QVERIFY(m_office->actAs(QStringLiteral("anna"))); // the first coordinator: admin
    QVERIFY(m_office->isAdmin());
}

void TestPersonRights::cleanup()
{
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

void TestPersonRights::buildWorkerHistory()
{
    OfficeService &o = *m_office;
    Organisation org;
    org.name = QStringLiteral("Perhekuntoutuskeskus Lauste");
    m_organisation = orFail(o.saveOrganisation(org), "organisation").id;
    QVERIFY(m_organisation != 0);
    MailSettings mail = orFail(o.mailSettings(), "mail settings");
    mail.fromAddress = QStringLiteral("toimisto@kohtaamo.example");
    mail.fromName = QStringLiteral("Kohtaamo");
    QVERIFY(o.saveMailSettings(mail));

    const qint64 topic = orFail(o.topics(), "topics").first().id;
    Worker w;
    w.displayName = kName;
    w.email = kEmail;
    w.phone = kPhoneBefore;
    w.dateOfBirth = kBorn;
    w.organisationId = m_organisation;
    w.languages = { QStringLiteral("fi") };
    w.homeRegion = QStringLiteral("Varsinais-Suomi");
    w.municipality = QStringLiteral("Naantali");
    w.notes = QStringLiteral("Zebulon prefers mornings.");
    w.experiences = { { 0, topic, Perspective::Parent, QStringLiteral("Zebulon's own placement story") } };
    UnavailablePeriod away;
    away.starts = QDate(2026, 6, 1);
    away.ends = QDate(2026, 6, 30);
    away.reason = QStringLiteral("Zebulon's surgery");
    w.unavailable = { away };
    WorkerConsentChanges consents;
    Consent contact;
    contact.scope = ConsentScope::Contact;
    contact.givenOn = kNow.date().addDays(-20);
    Consent appear = contact;
    appear.scope = ConsentScope::PublicAppearance;
    Consent guardian = contact;
    guardian.scope = ConsentScope::Guardian;
    guardian.guardianName = kGuardian;
    consents.recorded = { { contact, std::nullopt }, { appear, std::nullopt }, { guardian, std::nullopt } };
    auto saved = o.saveWorker(w, consents);
    QVERIFY2(saved, qPrintable(saved.error().message));
    m_worker = saved->id;
    Worker edited = *saved; // the old phone number stays behind in the audit log
    edited.phone = kPhone;
    QVERIFY(o.saveWorker(edited));

    Worker other;
    other.displayName = QStringLiteral("Bertil Sund");
    other.email = QStringLiteral("bertil@example.fi");
    other.organisationId = m_organisation;
    other.dateOfBirth = QDate(1970, 1, 2);
    other.languages = { QStringLiteral("fi") };
    WorkerConsentChanges his;
    his.recorded = { { contact, std::nullopt }, { appear, std::nullopt } };
    auto otherSaved = o.saveWorker(other, his);
    QVERIFY2(otherSaved, qPrintable(otherSaved.error().message));
    m_other = otherSaved->id;

    Request r;
    r.receivedOn = kNow.date();
    r.requesterName = QStringLiteral("Tiina Trainer");
    r.requesterEmail = QStringLiteral("tiina@example.fi");
    r.title = QStringLiteral("Onboarding of new social workers");
    r.topics = { { topic, TopicWeight::Primary } };
    r.workersNeeded = 2;
    r.durationMinutes = 120;
    r.feeCents = 15000;
    r.dateOptions = { { 0, kMeeting, kMeeting.addSecs(7200), true } };
    r.organisationScope = { m_organisation };
    auto request = o.saveRequest(r);
    QVERIFY2(request, qPrintable(request.error().message));
    m_request = request->id;
    auto tagged = o.markTagged(m_request, request->version);
    QVERIFY2(tagged, qPrintable(tagged.error().message));
    auto invited = o.invite(m_request, tagged->version, { m_worker, m_other }, InvitationChannel::Email);
    QVERIFY2(invited, qPrintable(invited.error().message));
    for (const Invitation &i : orFail(o.invitations(m_request), "invitations")) {
        auto answered = o.recordAnswer(i.id, i.version, InvitationResponse::Accepted);
        QVERIFY2(answered, qPrintable(answered.error().message));
    }
    auto confirmed = o.confirm(m_request, orFail(o.request(m_request), "request").version);
    QVERIFY2(confirmed, qPrintable(confirmed.error().message));
    m_clock->set(kAfter);
    auto held = o.markHeld(m_request, orFail(o.request(m_request), "request").version);
    QVERIFY2(held, qPrintable(held.error().message));
    OutcomeRecorder::Changes changes;
    changes.engagements = orFail(o.meetingOutcomeSheet(m_request), "sheet").engagements;
    for (Engagement &e : changes.engagements) {
        e.attendance = Attendance::Attended;
        e.hours = 2.5;
        e.feeCents = 15000;
        e.note = e.workerId == m_worker ? QStringLiteral("Zebulon Quixote-Wrenfield was moved") : QString();
    }
    KnowledgeEntry k;
    k.requestId = m_request;
    k.recordedOn = kAfter.date();
    k.text = QStringLiteral("As Zebulon Quixote-Wrenfield said: the first meeting decides.");
    k.topicIds = { topic };
    changes.knowledge = { k };
    auto recorded = o.recordOutcome(m_request, changes);
    QVERIFY2(recorded, qPrintable(recorded.error().message));
    QVERIFY(o.draftMessage(m_request, m_worker, MessageKind::ThankYou));
    QVERIFY(o.approveAll(m_request));
}

void TestPersonRights::ErasureLeavesNoTrace()
{
    buildWorkerHistory();
    if (QTest::currentTestFailed())
        return;
    OfficeService &o = *m_office;
    Database &db = o.database();
    // The values are really there before (else the search below would prove nothing).
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM outbox_messages WHERE worker_id = ?"), { m_worker }) > 0);
    QVERIFY(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE changes LIKE ?"),
                  { QString(QLatin1Char('%') + kPhoneBefore + QLatin1Char('%')) })
            > 0);
    ResultsReportOptions period;
    period.from = QDate(2026, 1, 1);
    period.to = QDate(2026, 12, 31);
    const ResultsReportData before = orFail(o.resultsReport(period), "report before");
    QCOMPARE(before.workers, 2);

    if (!TestDatabase::postgres()) // the search below finds them when they are there
        QVERIFY(fileBytes(m_testDb->location().path).contains(kName.toUtf8()));

    auto erased = o.eraseWorker(m_worker, orFail(o.worker(m_worker), "worker").version);
    QVERIFY2(erased, qPrintable(erased.error().message));
    QVERIFY(erased->auditEntriesScrubbed > 0);
    QVERIFY(erased->messagesRemoved > 0);

    // Statistics: the same figures (the erased worker's age group is no longer known).
    const ResultsReportData after = orFail(o.resultsReport(period), "report after");
    QCOMPARE(figures(after, false), figures(before, false));
    QCOMPARE(after.workers, before.workers);
    QCOMPARE(after.hours, before.hours);
    // The anonymous row and the other worker stay; the other's data is untouched.
    const Worker anonymous = orFail(o.worker(m_worker), "erased worker");
    QVERIFY(anonymous.email.isEmpty() && anonymous.phone.isEmpty() && !anonymous.dateOfBirth.isValid());
    QCOMPARE(anonymous.organisationId, m_organisation);
    QCOMPARE(orFail(o.worker(m_other), "other").displayName, QStringLiteral("Bertil Sund"));
    QCOMPARE(orFail(o.workerHistory(m_worker), "history").engagements.size(), 1);
    // The audit chain is intact, and the erasure is in it without personal data.
    const AuditVerification v = orFail(o.verifyAudit(), "verify");
    QVERIFY2(v.intact(), qPrintable(v.message));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'erasures' AND record_id = ?"),
                   { m_worker }),
             1);

    // No value of theirs anywhere: every text column of every table, by SQL, on both backends.
    const QStringList values {
        kName, kEmail, kPhone, kPhoneBefore, kBorn.toString(Qt::ISODate), kGuardian, QStringLiteral("Zebulon")
    };
    {
        SqlQuery tables(db, db.dialect().listTablesSql());
        QVERIFY(tables.exec());
        QStringList names;
        while (tables.next())
            names << tables.value(0).toString();
        QVERIFY(names.contains(QLatin1String("workers")));
        for (const QString &table : std::as_const(names)) {
            if (table.startsWith(QLatin1String("requests_search")) || table.startsWith(QLatin1String("requests_words")))
                continue; // SQLite's search indexes of request titles; their shadow tables are searched in the file
                          // below
            SqlQuery rows(db, QStringLiteral("SELECT * FROM %1").arg(table));
            QVERIFY(rows.exec());
            while (rows.next()) {
                for (int i = 0; i < rows.raw().record().count(); ++i) {
                    const QString cell = rows.value(i).toString();
                    for (const QString &value : values)
                        QVERIFY2(!cell.contains(value, Qt::CaseInsensitive),
                                 qPrintable(QStringLiteral("%1 found in %2.%3: %4")
                                                .arg(value, table, rows.raw().record().fieldName(i), cell.left(200))));
                }
            }
        }
    }

    if (!TestDatabase::postgres()) {
        // The bytes of the file and of its WAL and journal, once the office is closed.
        const QString path = m_testDb->location().path;
        m_office.reset();
        QVERIFY(QFileInfo::exists(path));
        const QByteArray bytes = fileBytes(path);
        QVERIFY(bytes.size() > 4096);
        for (const QString &value : values)
            QVERIFY2(!bytes.contains(value.toUtf8()), qPrintable(value + QLatin1String(" is still in the file")));
    }
}

void TestPersonRights::ErasureIsForAdminsOnlyAndChangesNothingWhenRefused()
{
    buildWorkerHistory();
    if (QTest::currentTestFailed())
        return;
    OfficeService &o = *m_office;
    QVERIFY(o.actAs(QStringLiteral("bea"))); // a coordinator
    Database &db = o.database();
    const int audit = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto refused = o.eraseWorker(m_worker, orFail(o.worker(m_worker), "worker").version);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::NotAllowed);
    QCOMPARE(refused.error().detail, QStringLiteral("role"));
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), audit);
    QCOMPARE(orFail(o.worker(m_worker), "worker").displayName, kName);
    // A stale version: a Conflict, nothing erased.
    QVERIFY(o.actAs(QStringLiteral("anna")));
    auto stale = o.eraseWorker(m_worker, 1);
    QVERIFY(!stale);
    QCOMPARE(stale.error().code, Error::Code::Conflict);
    QCOMPARE(orFail(o.worker(m_worker), "worker").email, kEmail);
}

void TestPersonRights::ErasureRefusesABrokenAuditChain()
{
    buildWorkerHistory();
    if (QTest::currentTestFailed())
        return;
    OfficeService &o = *m_office;
    Database &db = o.database();
    // Someone edits an old entry with plain SQL: an erasure must not seal that edit into a chain that verifies.
    SqlQuery edit(db,
                  QStringLiteral("UPDATE audit_log SET actor = 'mallory' WHERE id = (SELECT MIN(id) FROM audit_log)"));
    QVERIFY(edit.exec());
    auto refused = o.eraseWorker(m_worker, orFail(o.worker(m_worker), "worker").version);
    QVERIFY(!refused);
    QCOMPARE(refused.error().detail, QStringLiteral("audit"));
    QCOMPARE(orFail(o.worker(m_worker), "worker").email, kEmail);
    QVERIFY(!orFail(o.verifyAudit(), "verify").intact());
}

void TestPersonRights::SubjectAccessHoldsEveryKindOfRecord()
{
    buildWorkerHistory();
    if (QTest::currentTestFailed())
        return;
    OfficeService &o = *m_office;
    Database &db = o.database();
    const int auditBefore = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto exported = o.subjectAccess(m_worker);
    QVERIFY2(exported, qPrintable(exported.error().message));
    const QJsonObject json = *exported;
    QCOMPARE(json.value(QStringLiteral("worker")).toObject().value(QStringLiteral("email")).toString(), kEmail);
    QCOMPARE(json.value(QStringLiteral("worker")).toObject().value(QStringLiteral("display_name")).toString(), kName);
    // Every kind of record, as many as raw SQL counts.
    const struct
    {
        const char *key;
        const char *sql;
    } kinds[] = {
        { "experiences", "SELECT COUNT(*) FROM worker_experiences WHERE worker_id = ?" },
        { "unavailable_periods", "SELECT COUNT(*) FROM worker_unavailability WHERE worker_id = ?" },
        { "consents", "SELECT COUNT(*) FROM consents WHERE worker_id = ?" },
        { "invitations", "SELECT COUNT(*) FROM invitations WHERE worker_id = ?" },
        { "invitation_events",
          "SELECT COUNT(*) FROM invitation_events WHERE invitation_id IN "
          "(SELECT id FROM invitations WHERE worker_id = ?)" },
        { "engagements", "SELECT COUNT(*) FROM engagements WHERE worker_id = ?" },
        { "languages", "SELECT COUNT(*) FROM worker_languages WHERE worker_id = ?" },
    };
    for (const auto &kind : kinds) {
        const int expected = count(db, QString::fromLatin1(kind.sql), { m_worker });
        QVERIFY2(expected > 0, kind.key); // the fixture has some of each
        QCOMPARE(json.value(QLatin1String(kind.key)).toArray().size(), expected);
    }
    // Mail to them, and mail naming them (the requester's confirmation names who is coming).
    const int mail
        = count(db, QStringLiteral("SELECT COUNT(*) FROM outbox_messages WHERE worker_id = ? OR body LIKE ?"),
                { m_worker, QString(QLatin1Char('%') + kName + QLatin1Char('%')) });
    QVERIFY(mail > count(db, QStringLiteral("SELECT COUNT(*) FROM outbox_messages WHERE worker_id = ?"), { m_worker }));
    QCOMPARE(json.value(QStringLiteral("mail")).toArray().size(), mail);
    QCOMPARE(json.value(QStringLiteral("knowledge_entries")).toArray().size(), 1);
    QVERIFY(json.value(QStringLiteral("requests")).toArray().size() == 1);
    // The engagement carries the hours and the fee.
    const QJsonObject engagement = json.value(QStringLiteral("engagements")).toArray().first().toObject();
    QCOMPARE(engagement.value(QStringLiteral("fee_cents")).toVariant().toLongLong(), 15000);
    // Audit entries about them: their record (insert, the phone's change) and their consents at least.
    const QJsonArray audit = json.value(QStringLiteral("audit_entries")).toArray();
    const int aboutRecord
        = count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'workers' AND record_id = ?"),
                { m_worker });
    QVERIFY(aboutRecord >= 2);
    QVERIFY(audit.size() >= aboutRecord + 3);
    QVERIFY(QJsonDocument(json).toJson().contains(kPhoneBefore.toUtf8())); // the old phone, from the audit log
    // The other worker is not in it.
    QVERIFY(!QJsonDocument(json).toJson().contains("bertil@example.fi"));
    // The export itself is audited: who, whose, and nothing personal.
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM audit_log")), auditBefore + 1);
    QCOMPARE(
        count(db,
              QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'subject_access' AND record_id = ? "
                             "AND actor = 'anna' AND changes NOT LIKE ?"),
              { m_worker, QStringLiteral("%Zebulon%") }),
        1);
    QVERIFY(orFail(o.verifyAudit(), "verify").intact());
}

QTEST_GUILESS_MAIN(TestPersonRights)
#include "tst_person_rights.moc"
