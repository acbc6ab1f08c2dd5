// The interchange document carries the office service's workflow records (schemas 7 and 8) on both backends: the
// invitations' histories, reserve flags, change notices (done and not) and the office's settings survive export,
// import into an empty database and export again; a document of the previous format version still imports; bad
// input in these parts names its place and changes nothing.
#include "HeldRequestFixture.h"
#include "TestDatabase.h"

#include "common/Clock.h"
#include "interchange/InterchangeExporter.h"
#include "interchange/InterchangeFormat.h"
#include "interchange/InterchangeImporter.h"
#include "office/OfficeService.h"
#include "repositories/ChangeNoticeRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/OfficeSettingsRepository.h"
#include "storage/SqlQuery.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 2, 11), QTime(9, 0));
const QDateTime kMeeting(QDate(2026, 3, 3), QTime(13, 0));
constexpr qint64 kOfficeMaxFee = 350000; // 3,500 €: above the default, and below it a fee of the file is refused
constexpr qint64 kLargeFee = 250000; // 2,500 €: more than the default largest fee

// Rows per table and the office's settings: what a half-import would leave behind.
QString state(Database &db)
{
    QStringList out;
    for (const char *table :
         { "organisations", "coordinators", "topics", "workers", "requests", "invitations", "invitation_events",
           "engagements", "change_notices", "meeting_outcomes", "knowledge_entries", "audit_log" }) {
        SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        auto n = q.scalar();
        if (!n)
            qFatal("%s: %s", table, qPrintable(n.error().detail));
        out << QStringLiteral("%1=%2").arg(QString::fromLatin1(table), n->toString());
    }
    auto settings = OfficeSettingsRepository(db).get();
    if (!settings)
        qFatal("office settings: %s", qPrintable(settings.error().message));
    out << QStringLiteral("max_fee_cents=%1 time_zone=%2 version=%3")
               .arg(settings->maxFeeCents)
               .arg(QString::fromLatin1(settings->timeZone))
               .arg(settings->version);
    return out.join(QLatin1Char(' '));
}

// `document` with the value at `path` (keys and list indexes) replaced by `value`.
QJsonValue changed(const QJsonValue &document, QVariantList path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    const QVariant step = path.takeFirst();
    if (step.typeId() == QMetaType::Int) {
        QJsonArray a = document.toArray();
        a[step.toInt()] = changed(a.at(step.toInt()), path, value);
        return a;
    }
    QJsonObject o = document.toObject();
    o[step.toString()] = changed(o.value(step.toString()), path, value);
    return o;
}

// The value at `path`, as changed() names it.
QJsonValue at(const QJsonValue &document, const QVariantList &path)
{
    QJsonValue v = document;
    for (const QVariant &step : path)
        v = step.typeId() == QMetaType::Int ? v.toArray().at(step.toInt()) : v.toObject().value(step.toString());
    return v;
}

QByteArray exported(Database &db)
{
    auto json = InterchangeExporter(db).exportJson();
    if (!json) {
        qWarning("%s", qPrintable(json.error().message));
        return {};
    }
    return *json;
}

// "kind:response:reason:coordinator" of each event of an exported invitation.
QStringList eventsOf(const QJsonValue &invitation)
{
    QStringList out;
    for (const QJsonValue &e : invitation.toObject().value(QStringLiteral("events")).toArray()) {
        const QJsonObject o = e.toObject();
        out << QStringList { o.value(QStringLiteral("kind")).toString(), o.value(QStringLiteral("response")).toString(),
                             o.value(QStringLiteral("reason")).toString(),
                             o.value(QStringLiteral("coordinator")).toString() }
                   .join(QLatin1Char(':'));
    }
    return out;
}

// "worker:kind:done|open" of each change notice of an exported request.
QStringList noticesOf(const QJsonValue &request)
{
    QStringList out;
    for (const QJsonValue &n : request.toObject().value(QStringLiteral("changeNotices")).toArray()) {
        const QJsonObject o = n.toObject();
        out << QStringList { o.value(QStringLiteral("worker")).toString(), o.value(QStringLiteral("kind")).toString(),
                             o.value(QStringLiteral("doneAt")).isNull() ? QStringLiteral("open")
                                                                        : QStringLiteral("done") }
                   .join(QLatin1Char(':'));
    }
    return out;
}

// Every request's invitations with their reserve flags and histories, and its change notices, in words (coordinators
// by username, workers by name): what must be the same in two offices whatever their ids.
QStringList workflowRecords(OfficeService &office, const QStringList &references)
{
    QStringList out;
    QHash<qint64, QString> usernames;
    const auto coordinators = office.coordinators();
    for (const Coordinator &c : *coordinators)
        usernames.insert(c.id, c.username);
    for (const QString &reference : references) {
        auto request = office.requestByReference(reference);
        if (!request) {
            out << reference + QStringLiteral(": ") + request.error().message;
            continue;
        }
        auto invitations = office.invitations(request->id);
        QVector<qint64> workerIds;
        for (const Invitation &i : *invitations)
            workerIds << i.workerId;
        const QHash<qint64, QString> names = *office.workerNames(workerIds);
        for (const Invitation &i : *invitations) {
            out << QStringLiteral("%1 %2 %3 reserve=%4")
                       .arg(reference, names.value(i.workerId), toCode(i.response))
                       .arg(i.reserve);
            const auto history = office.invitationHistory(i.id);
            for (const InvitationEvent &e : *history)
                out << QStringLiteral("  %1 %2 %3 %4 %5 %6")
                           .arg(e.at.toUTC().toString(Qt::ISODateWithMs), toCode(e.kind),
                                e.response ? toCode(*e.response) : QStringLiteral("-"), e.reason,
                                usernames.value(e.coordinatorId, QStringLiteral("-")), e.actor);
        }
        const auto notices = office.changeNotices(request->id);
        for (const ChangeNotice &n : *notices)
            out << QStringLiteral("%1 notice %2 %3 %4 %5 %6")
                       .arg(reference, names.value(n.workerId), toCode(n.kind),
                            n.createdAt.toUTC().toString(Qt::ISODateWithMs),
                            usernames.value(n.createdBy, QStringLiteral("-")),
                            n.doneAt.isValid() ? n.doneAt.toUTC().toString(Qt::ISODateWithMs) : QStringLiteral("open"));
    }
    return out;
}

QStringList strings(std::initializer_list<const char *> texts)
{
    QStringList out;
    for (const char *t : texts)
        out << QString::fromUtf8(t);
    return out;
}

QString firstDifference(const QByteArray &a, const QByteArray &b)
{
    int i = 0;
    while (i < a.size() && i < b.size() && a.at(i) == b.at(i))
        ++i;
    return QStringLiteral("differs at byte %1: ...%2... versus ...%3...")
        .arg(i)
        .arg(QString::fromUtf8(a.mid(qMax(0, i - 120), 240)), QString::fromUtf8(b.mid(qMax(0, i - 120), 240)));
}
// The document as version 2 wrote it: without the lists and fields version 3 added (docs/interchange.md).
QJsonObject withoutVersion3(QJsonObject document)
{
    for (const char *key : { "fundedActivities", "paymentBatches", "messageTemplates", "mail", "outbox" })
        document.remove(QLatin1String(key));
    QJsonArray requests = document.value(QStringLiteral("requests")).toArray();
    for (auto request = requests.begin(); request != requests.end(); ++request) {
        QJsonObject r = request->toObject();
        r.remove(QStringLiteral("fundedActivity"));
        r.remove(QStringLiteral("requesterSector"));
        QJsonArray engagements = r.value(QStringLiteral("engagements")).toArray();
        for (auto engagement = engagements.begin(); engagement != engagements.end(); ++engagement) {
            QJsonObject e = engagement->toObject();
            e.remove(QStringLiteral("paymentBatch"));
            *engagement = e;
        }
        r[QStringLiteral("engagements")] = engagements;
        if (r.value(QStringLiteral("outcome")).isObject()) {
            QJsonObject o = r.value(QStringLiteral("outcome")).toObject();
            o.remove(QStringLiteral("audienceSize"));
            r[QStringLiteral("outcome")] = o;
        }
        *request = r;
    }
    document[QStringLiteral("requests")] = requests;
    return document;
}

} // namespace

class TestInterchangeWorkflow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void cleanupTestCase();
    void documentCarriesTheWorkflowRecords();
    void roundTripKeepsThemIdentical();
    void previousVersionStillImports();
    void previousVersionKnowsNoNewParts_data();
    void previousVersionKnowsNoNewParts();
    void version2KnowsNoVersion3Parts();
    void badInputNamesThePlaceAndChangesNothing_data();
    void badInputNamesThePlaceAndChangesNothing();

private:
    // Builds the source office through the office service's use cases.
    void buildOffice();
    Invitation invitationOf(qint64 requestId, qint64 workerId);
    void refuses(const QJsonObject &document, const QString &message);

    std::unique_ptr<FixedClock> m_clock;
    TestDatabase m_source;
    std::unique_ptr<OfficeService> m_anna; // the admin
    std::unique_ptr<OfficeService> m_bertta; // a coordinator, on her own connection
    QVector<qint64> m_workers;
    QByteArray m_document;
    QJsonObject m_object;
};

void TestInterchangeWorkflow::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    KOHTAAMO_REQUIRE_DB(m_source);
    buildOffice();
    if (QTest::currentTestFailed())
        return;
    m_document = exported(m_anna->database());
    QVERIFY(!m_document.isEmpty());
    m_object = QJsonDocument::fromJson(m_document).object();
}

void TestInterchangeWorkflow::cleanupTestCase()
{
    m_bertta.reset();
    m_anna.reset();
    Clock::install(nullptr);
}

Invitation TestInterchangeWorkflow::invitationOf(qint64 requestId, qint64 workerId)
{
    auto all = m_anna->invitations(requestId);
    if (all)
        for (const Invitation &i : *all)
            if (i.workerId == workerId)
                return i;
    return {};
}

#define CHECKED(expression)                                                                                            \
    [&]() {                                                                                                            \
        auto r = (expression);                                                                                         \
        if (!r)                                                                                                        \
            qWarning("%s: %s", #expression, qPrintable(r.error().message));                                            \
        return r;                                                                                                      \
    }()

void TestInterchangeWorkflow::buildOffice()
{
    auto annaDb = m_source.openOrFail();
    QVERIFY(annaDb);
    m_anna = std::make_unique<OfficeService>(std::move(annaDb));
    QVERIFY(m_anna->actAs(QStringLiteral("anna"))); // the first coordinator: admin
    auto berttaDb = m_source.openOrFail();
    QVERIFY(berttaDb);
    m_bertta = std::make_unique<OfficeService>(std::move(berttaDb));
    QVERIFY(m_bertta->actAs(QStringLiteral("bertta")));

    // The office's largest fee is raised: request A's fee is above the default.
    auto stored = CHECKED(m_anna->officeSettings());
    QVERIFY(stored);
    OfficeSettings settings = *stored;
    settings.maxFeeCents = kOfficeMaxFee;
    settings.timeZone = "Europe/Stockholm"; // not the default, so the round trip shows it is carried
    QVERIFY(CHECKED(m_anna->saveOfficeSettings(settings)));

    Organisation lauste;
    lauste.name = QStringLiteral("Perhekuntoutuskeskus Lauste");
    auto organisation = CHECKED(m_anna->saveOrganisation(lauste));
    QVERIFY(organisation);
    m_workers.clear();
    for (const char *name : { "Aino K.", "Bertil S.", "Cecilia", "Daniel" }) {
        Worker w;
        w.displayName = QString::fromUtf8(name);
        w.organisationId = organisation->id;
        w.languages = { QStringLiteral("fi") };
        auto saved = CHECKED(m_anna->saveWorker(w));
        QVERIFY(saved);
        m_workers << saved->id; // keys w1 ... w4 in the document
    }

    Request a;
    a.receivedOn = QDate(2026, 2, 10);
    a.requesterName = QStringLiteral("Tiina Trainer");
    a.title = QStringLiteral("Onboarding of new social workers");
    a.topics = { { Test::topicIdByCode(m_anna->database(), QStringLiteral("child_protection.family_mapping")),
                   TopicWeight::Primary } };
    a.workersNeeded = 2;
    a.durationMinutes = 120;
    a.feeCents = kLargeFee;
    a.dateOptions = { { 0, kMeeting, kMeeting.addSecs(2 * 3600), true } };
    auto savedA = CHECKED(m_anna->saveRequest(a));
    QVERIFY(savedA);
    const qint64 requestA = savedA->id;
    QVERIFY(CHECKED(m_anna->markTagged(requestA, savedA->version)));
    m_clock->set(kNow.addSecs(3600));
    QVERIFY(CHECKED(m_anna->invite(requestA, m_anna->request(requestA)->version, m_workers, InvitationChannel::Phone)));

    // Aino says yes; Bertil says no to Bertta, then yes to Anna: both answers stay in the history.
    m_clock->advanceDays(1);
    Invitation i = invitationOf(requestA, m_workers[0]);
    QVERIFY(CHECKED(m_anna->recordAnswer(i.id, i.version, InvitationResponse::Accepted)));
    m_clock->set(m_clock->now().addSecs(3600));
    i = invitationOf(requestA, m_workers[1]);
    QVERIFY(CHECKED(m_bertta->recordAnswer(i.id, i.version, InvitationResponse::Declined,
                                           QStringLiteral("Sairaslomalla sillä viikolla"))));
    m_clock->advanceDays(1);
    i = invitationOf(requestA, m_workers[1]);
    QVERIFY(CHECKED(m_anna->recordAnswer(i.id, i.version, InvitationResponse::Accepted)));
    auto confirmed = CHECKED(m_anna->confirm(requestA, m_anna->request(requestA)->version));
    QVERIFY(confirmed);
    QCOMPARE(confirmed->engagements.size(), 2);

    // Cecilia's late yes is kept in reserve; Daniel's invitation is withdrawn and sent again.
    m_clock->advanceDays(1);
    i = invitationOf(requestA, m_workers[2]);
    QVERIFY(CHECKED(m_bertta->recordAnswer(i.id, i.version, InvitationResponse::Accepted, QString(),
                                           InvitationOperations::TeamChoice::KeepInReserve)));
    QVERIFY(invitationOf(requestA, m_workers[2]).reserve);
    i = invitationOf(requestA, m_workers[3]);
    QVERIFY(CHECKED(m_anna->withdrawInvitation(i.id, i.version, QStringLiteral("Tiimi on jo koossa"))));
    m_clock->advanceDays(1);
    QVERIFY(CHECKED(
        m_anna->invite(requestA, m_anna->request(requestA)->version, { m_workers[3] }, InvitationChannel::Email)));

    // A new time: everyone on the request is to be told; Bertta tells Aino and Bertil.
    m_clock->advanceDays(1);
    Request moved = *m_anna->request(requestA);
    moved.dateOptions = { { 0, kMeeting.addDays(1), kMeeting.addDays(1).addSecs(2 * 3600), true } };
    auto rescheduled = CHECKED(m_anna->saveRequestDetailed(moved));
    QVERIFY(rescheduled);
    QCOMPARE(rescheduled->workersToTell.size(), 4);
    m_clock->set(m_clock->now().addSecs(2 * 3600));
    auto noticesA = CHECKED(m_anna->changeNotices(requestA));
    QVERIFY(noticesA);
    QCOMPARE(noticesA->size(), 4);
    for (const ChangeNotice &n : *noticesA)
        if (n.workerId == m_workers[0] || n.workerId == m_workers[1])
            QVERIFY(m_bertta->markNoticeDone(n.id));

    // Request B is cancelled after Aino said yes: both invitations are withdrawn, both workers to be told.
    Request b = a;
    b.title = QStringLiteral("Parents' evening");
    b.workersNeeded = 1;
    b.feeCents = 15000;
    auto savedB = CHECKED(m_anna->saveRequest(b));
    QVERIFY(savedB);
    const qint64 requestB = savedB->id;
    QVERIFY(CHECKED(m_anna->markTagged(requestB, savedB->version)));
    QVERIFY(CHECKED(m_anna->invite(requestB, m_anna->request(requestB)->version, { m_workers[0], m_workers[1] },
                                   InvitationChannel::Sms)));
    m_clock->advanceDays(1);
    i = invitationOf(requestB, m_workers[0]);
    QVERIFY(CHECKED(m_anna->recordAnswer(i.id, i.version, InvitationResponse::Accepted)));
    m_clock->advanceDays(1);
    QVERIFY(CHECKED(
        m_bertta->cancel(requestB, m_bertta->request(requestB)->version, QStringLiteral("Kouluttaja sairastui"))));
    m_clock->set(m_clock->now().addSecs(1800));
    auto noticesB = CHECKED(m_anna->changeNotices(requestB));
    QVERIFY(noticesB);
    QCOMPARE(noticesB->size(), 2);
    QVERIFY(m_anna->markNoticeDone(noticesB->at(1).id));
}

void TestInterchangeWorkflow::documentCarriesTheWorkflowRecords()
{
    QCOMPARE(m_object.value(QStringLiteral("version")).toInt(), InterchangeFormat::kVersion);
    QCOMPARE(m_object.value(QStringLiteral("officeSettings")).toObject(),
             QJsonObject({ { QStringLiteral("maxFeeCents"), kOfficeMaxFee },
                           { QStringLiteral("timeZone"), QStringLiteral("Europe/Stockholm") },
                           { QStringLiteral("retentionLeftYears"), OfficeSettings::kDefaultRetentionLeftYears },
                           { QStringLiteral("retentionAuditYears"), OfficeSettings::kDefaultRetentionAuditYears } }));
    const QJsonArray requests = m_object.value(QStringLiteral("requests")).toArray();
    QCOMPARE(requests.size(), 2);
    const QJsonArray a = requests.at(0).toObject().value(QStringLiteral("invitations")).toArray();
    QCOMPARE(a.size(), 4);
    QCOMPARE(eventsOf(a.at(0)), strings({ "invited:::anna", "answered:accepted::anna" }));
    QCOMPARE(eventsOf(a.at(1)),
             strings({ "invited:::anna", "answered:declined:Sairaslomalla sillä viikolla:bertta",
                       "answered:accepted::anna" }));
    QCOMPARE(eventsOf(a.at(2)), strings({ "invited:::anna", "answered:accepted::bertta", "reserve:::bertta" }));
    QCOMPARE(eventsOf(a.at(3)),
             strings({ "invited:::anna", "withdrawn::Tiimi on jo koossa:anna", "invited_again:::anna" }));
    QCOMPARE(a.at(1).toObject().value(QStringLiteral("events")).toArray().at(1).toObject().value(QStringLiteral("at")),
             QJsonValue(kNow.addDays(1).addSecs(2 * 3600).toUTC().toString(Qt::ISODate)));
    QCOMPARE(
        a.at(1).toObject().value(QStringLiteral("events")).toArray().at(1).toObject().value(QStringLiteral("actor")),
        QJsonValue(QStringLiteral("bertta")));
    const QList<bool> reserve { a.at(0).toObject().value(QStringLiteral("reserve")).toBool(true),
                                a.at(1).toObject().value(QStringLiteral("reserve")).toBool(true),
                                a.at(2).toObject().value(QStringLiteral("reserve")).toBool(false),
                                a.at(3).toObject().value(QStringLiteral("reserve")).toBool(true) };
    QCOMPARE(reserve, QList<bool>({ false, false, true, false }));
    QCOMPARE(noticesOf(requests.at(0)),
             strings({ "w1:rescheduled:done", "w2:rescheduled:done", "w3:rescheduled:open", "w4:rescheduled:open" }));
    QCOMPARE(requests.at(0)
                 .toObject()
                 .value(QStringLiteral("changeNotices"))
                 .toArray()
                 .at(0)
                 .toObject()
                 .value(QStringLiteral("createdBy")),
             QJsonValue(QStringLiteral("anna")));
    QCOMPARE(noticesOf(requests.at(1)), strings({ "w1:cancelled:open", "w2:cancelled:done" }));
    const QJsonArray b = requests.at(1).toObject().value(QStringLiteral("invitations")).toArray();
    QCOMPARE(eventsOf(b.at(0)),
             strings({ "invited:::anna", "answered:accepted::anna", "withdrawn::Kouluttaja sairastui:bertta" }));
}

void TestInterchangeWorkflow::roundTripKeepsThemIdentical()
{
    TestDatabase target;
    KOHTAAMO_REQUIRE_DB(target);
    auto db = target.openOrFail();
    QVERIFY(db);
    auto summary = InterchangeImporter(*db).importJson(m_document);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->invitations, 6);
    QCOMPARE(summary->invitationEvents, 16);
    QCOMPARE(summary->changeNotices, 6);
    QVERIFY(summary->officeSettingsUpdated);
    const QByteArray again = exported(*db);
    if (again != m_document)
        QFAIL(qPrintable(firstDifference(m_document, again)));

    // The database holds them as the source does (the export leaves out ids only).
    OfficeService copy(*db);
    QCOMPARE(copy.officeSettings()->maxFeeCents, kOfficeMaxFee);
    QCOMPARE(copy.officeSettings()->timeZone, QByteArray("Europe/Stockholm"));
    QStringList references;
    for (const QJsonValue &r : m_object.value(QStringLiteral("requests")).toArray())
        references << r.toObject().value(QStringLiteral("reference")).toString();
    QCOMPARE(references.size(), 2);
    const QStringList records = workflowRecords(*m_anna, references);
    QCOMPARE(records.size(), 6 + 16 + 6);
    QCOMPARE(workflowRecords(copy, references), records);
}

void TestInterchangeWorkflow::previousVersionStillImports()
{
    QFile file(QStringLiteral(KOHTAAMO_TEST_DATA_DIR "/interchange-v1.json"));
    QVERIFY2(file.open(QIODevice::ReadOnly), qPrintable(file.errorString()));
    const QByteArray v1 = file.readAll();
    QCOMPARE(QJsonDocument::fromJson(v1).object().value(QStringLiteral("version")).toInt(), 1);
    TestDatabase target;
    KOHTAAMO_REQUIRE_DB(target);
    auto db = target.openOrFail();
    QVERIFY(db);
    auto summary = InterchangeImporter(*db).importJson(v1);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->workers, 2);
    QCOMPARE(summary->requests, 1);
    QCOMPARE(summary->invitations, 2);
    QCOMPARE(summary->engagements, 1);
    QCOMPARE(summary->invitationEvents, 2);
    QCOMPARE(summary->changeNotices, 0);
    QVERIFY(!summary->officeSettingsUpdated);

    // As before: each invitation's history starts with its sending, by whoever imported; nobody is in reserve; no
    // notices; the office keeps its own settings (a new database: 2,000 €).
    const QJsonObject again = QJsonDocument::fromJson(exported(*db)).object();
    QCOMPARE(again.value(QStringLiteral("version")).toInt(), InterchangeFormat::kVersion);
    QCOMPARE(again.value(QStringLiteral("officeSettings")).toObject().value(QStringLiteral("maxFeeCents")),
             QJsonValue(OfficeSettings::kDefaultMaxFeeCents));
    const QJsonObject request = again.value(QStringLiteral("requests")).toArray().at(0).toObject();
    QCOMPARE(request.value(QStringLiteral("status")).toString(), QStringLiteral("confirmed"));
    QCOMPARE(request.value(QStringLiteral("changeNotices")).toArray().size(), 0);
    const QJsonArray invitations = request.value(QStringLiteral("invitations")).toArray();
    QCOMPARE(invitations.size(), 2);
    for (const QJsonValue &v : invitations) {
        const QJsonObject invitation = v.toObject();
        QCOMPARE(invitation.value(QStringLiteral("reserve")), QJsonValue(false));
        const QJsonArray events = invitation.value(QStringLiteral("events")).toArray();
        QCOMPARE(events.size(), 1);
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("kind")).toString(), QStringLiteral("invited"));
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("at")), invitation.value(QStringLiteral("sentAt")));
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("actor")).toString(), db->actor());
        QCOMPARE(events.at(0).toObject().value(QStringLiteral("coordinator")), QJsonValue(QJsonValue::Null));
    }
}

void TestInterchangeWorkflow::version2KnowsNoVersion3Parts()
{
    // A version 2 document carrying version 3's lists is refused, naming the first, and changes nothing ...
    QJsonObject document = m_object;
    document[QStringLiteral("version")] = 2;
    TestDatabase target;
    KOHTAAMO_REQUIRE_DB(target);
    auto db = target.openOrFail();
    QVERIFY(db);
    const QString before = state(*db);
    auto refused = InterchangeImporter(*db).importObject(document);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.contains(QLatin1String("unknown field")), qPrintable(refused.error().message));
    QCOMPARE(state(*db), before);
    // ... and without them it imports as version 2 wrote it.
    document = withoutVersion3(m_object);
    document[QStringLiteral("version")] = 2;
    auto imported = InterchangeImporter(*db).importObject(document);
    QVERIFY2(imported, imported ? "" : qPrintable(imported.error().message));
    QCOMPARE(imported->paymentBatches, 0);
    QCOMPARE(imported->outboxMessages, 0);
}

void TestInterchangeWorkflow::previousVersionKnowsNoNewParts_data()
{
    // A version 1 document is read as version 1 wrote it: each part version 2 added is an unknown field in it. The
    // document is this office's, labelled version 1, with the first `stripped` of those parts taken out.
    QTest::addColumn<int>("stripped");
    QTest::addColumn<QString>("message");
    QTest::newRow("office settings") << 0 << QStringLiteral("officeSettings: unknown field");
    QTest::newRow("change notices") << 1 << QStringLiteral("requests[0].changeNotices: unknown field");
    QTest::newRow("events") << 2 << QStringLiteral("requests[0].invitations[0].events: unknown field");
    QTest::newRow("reserve") << 3 << QStringLiteral("requests[0].invitations[0].reserve: unknown field");
    QTest::newRow("none of them") << 4 << QString();
}

void TestInterchangeWorkflow::previousVersionKnowsNoNewParts()
{
    QFETCH(int, stripped);
    QFETCH(QString, message);
    QJsonObject document = withoutVersion3(m_object);
    document[QStringLiteral("version")] = 1;
    if (stripped >= 1)
        document.remove(QStringLiteral("officeSettings"));
    QJsonArray requests = document.value(QStringLiteral("requests")).toArray();
    for (auto request = requests.begin(); request != requests.end(); ++request) {
        QJsonObject r = request->toObject();
        if (stripped >= 2)
            r.remove(QStringLiteral("changeNotices"));
        QJsonArray invitations = r.value(QStringLiteral("invitations")).toArray();
        for (auto invitation = invitations.begin(); invitation != invitations.end(); ++invitation) {
            QJsonObject i = invitation->toObject();
            if (stripped >= 3)
                i.remove(QStringLiteral("events"));
            if (stripped >= 4)
                i.remove(QStringLiteral("reserve"));
            *invitation = i;
        }
        r[QStringLiteral("invitations")] = invitations;
        *request = r;
    }
    document[QStringLiteral("requests")] = requests;

    TestDatabase target;
    KOHTAAMO_REQUIRE_DB(target);
    auto db = target.openOrFail();
    QVERIFY(db);
    if (!message.isEmpty()) {
        // The database's largest fee is raised as the document's office had it: the refusal is the unknown part.
        auto stored = OfficeSettingsRepository(*db).get();
        QVERIFY(stored);
        OfficeSettings settings = *stored;
        settings.maxFeeCents = kOfficeMaxFee;
        QVERIFY(OfficeSettingsRepository(*db).save(settings));
        const QString before = state(*db);
        auto refused = InterchangeImporter(*db).importObject(document);
        QVERIFY(!refused);
        QCOMPARE(refused.error().code, Error::Code::InvalidInput);
        QVERIFY2(refused.error().message.startsWith(message), qPrintable(refused.error().message));
        QCOMPARE(state(*db), before);
        return;
    }
    // Without them it is a version 1 document, and imports as one: the database's settings apply (a new
    // database's largest fee is 2,000 €, below request A's fee of 2,500 €); once raised, the import gives each
    // invitation a history of one sending, keeps nobody in reserve (request A had Cecilia in reserve: now she counts
    // as accepted) and makes no notices.
    const QString before = state(*db);
    auto refused = InterchangeImporter(*db).importObject(document);
    QVERIFY(!refused);
    QVERIFY2(refused.error().message.startsWith(QStringLiteral("requests[0].feeCents: The fee ")),
             qPrintable(refused.error().message));
    QCOMPARE(state(*db), before);
    auto stored = OfficeSettingsRepository(*db).get();
    QVERIFY(stored);
    OfficeSettings settings = *stored;
    settings.maxFeeCents = kOfficeMaxFee;
    QVERIFY(OfficeSettingsRepository(*db).save(settings));
    auto summary = InterchangeImporter(*db).importObject(document);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->invitationEvents, 6);
    QCOMPARE(summary->changeNotices, 0);
    QVERIFY(!summary->officeSettingsUpdated);
    SqlQuery reserve(*db, QStringLiteral("SELECT COUNT(*) FROM invitations WHERE reserve = ?"));
    reserve.bind(true);
    QCOMPARE(reserve.scalar()->toInt(), 0);
    const QString after = state(*db);
    QVERIFY2(after.contains(QStringLiteral("invitation_events=6 "))
                 && after.contains(QStringLiteral("change_notices=0 ")),
             qPrintable(after));
}

void TestInterchangeWorkflow::badInputNamesThePlaceAndChangesNothing_data()
{
    QTest::addColumn<QVariantList>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    const QString requests = QStringLiteral("requests");
    const QString invitations = QStringLiteral("invitations");
    const QString events = QStringLiteral("events");
    const QString notices = QStringLiteral("changeNotices");
    const QString settings = QStringLiteral("officeSettings");
    const QJsonValue null(QJsonValue::Null);

    QTest::newRow("unknown answer")
        << QVariantList { requests, 0, invitations, 1, events, 1, QStringLiteral("response") }
        << QJsonValue(QStringLiteral("maybe"))
        << QStringLiteral("requests[0].invitations[1].events[1].response: unknown value "
                          "\"maybe\" (expected one of: pending, accepted, declined");
    QTest::newRow("answer without the answer")
        << QVariantList { requests, 0, invitations, 1, events, 2, QStringLiteral("response") } << null
        << QStringLiteral("requests[0].invitations[1].events[2].response: An answer in an invitation's history "
                          "needs the answer that was given.");
    QTest::newRow("sending with an answer")
        << QVariantList { requests, 0, invitations, 3, events, 0, QStringLiteral("response") }
        << QJsonValue(QStringLiteral("accepted"))
        << QStringLiteral("requests[0].invitations[3].events[0].response: Only an answer in an invitation's history "
                          "names an answer.");
    QTest::newRow("unknown kind") << QVariantList { requests, 1, invitations, 0, events, 2, QStringLiteral("kind") }
                                  << QJsonValue(QStringLiteral("forgotten"))
                                  << QStringLiteral("requests[1].invitations[0].events[2].kind: unknown value "
                                                    "\"forgotten\"");
    QTest::newRow("event without its kind")
        << QVariantList { requests, 0, invitations, 0, events, 0, QStringLiteral("kind") } << null
        << QStringLiteral("requests[0].invitations[0].events[0].kind: is required");
    QTest::newRow("event without its time")
        << QVariantList { requests, 0, invitations, 2, events, 2, QStringLiteral("at") } << null
        << QStringLiteral("requests[0].invitations[2].events[2].at: is required");
    QTest::newRow("event time without a zone")
        << QVariantList { requests, 0, invitations, 2, events, 0, QStringLiteral("at") }
        << QJsonValue(QStringLiteral("2026-02-11T10:00:00"))
        << QStringLiteral("requests[0].invitations[2].events[0].at: expected a time with its zone");
    QTest::newRow("event by an unknown coordinator")
        << QVariantList { requests, 0, invitations, 1, events, 1, QStringLiteral("coordinator") }
        << QJsonValue(QStringLiteral("nobody"))
        << QStringLiteral("requests[0].invitations[1].events[1].coordinator: no coordinator of the file or of the "
                          "database has the username \"nobody\"");
    QTest::newRow("unknown field of an event")
        << QVariantList { requests, 0, invitations, 0, events, 1, QStringLiteral("mood") }
        << QJsonValue(QStringLiteral("glad"))
        << QStringLiteral("requests[0].invitations[0].events[1].mood: unknown field");
    QTest::newRow("events not a list") << QVariantList { requests, 0, invitations, 0, events }
                                       << QJsonValue(QStringLiteral("many"))
                                       << QStringLiteral("requests[0].invitations[0].events: expected a list");
    QTest::newRow("withdrawn worker in reserve")
        << QVariantList { requests, 1, invitations, 1, QStringLiteral("reserve") } << QJsonValue(true)
        << QStringLiteral("requests[1].invitations[1].reserve: Only a worker who accepted can be kept in reserve.");
    QTest::newRow("reserve not a flag") << QVariantList { requests, 0, invitations, 2, QStringLiteral("reserve") }
                                        << QJsonValue(QStringLiteral("yes"))
                                        << QStringLiteral("requests[0].invitations[2].reserve: expected true or false");
    QTest::newRow("notice for a worker not in the file")
        << QVariantList { requests, 0, notices, 2, QStringLiteral("worker") } << QJsonValue(QStringLiteral("w99"))
        << QStringLiteral("requests[0].changeNotices[2].worker: no worker of the file has the key \"w99\"");
    QTest::newRow("unknown notice kind") << QVariantList { requests, 1, notices, 0, QStringLiteral("kind") }
                                         << QJsonValue(QStringLiteral("moved"))
                                         << QStringLiteral("requests[1].changeNotices[0].kind: unknown value \"moved\" "
                                                           "(expected one of: rescheduled, cancelled)");
    QTest::newRow("notice without its time")
        << QVariantList { requests, 1, notices, 1, QStringLiteral("createdAt") } << null
        << QStringLiteral("requests[1].changeNotices[1].createdAt: is required");
    QTest::newRow("notice done before it was made")
        << QVariantList { requests, 0, notices, 1, QStringLiteral("doneAt") }
        << QJsonValue(QStringLiteral("2026-01-01T00:00:00Z"))
        << QStringLiteral("requests[0].changeNotices[1].doneAt: A notice cannot be done before it was made.");
    QTest::newRow("two open notices of a kind")
        << QVariantList { requests, 0, notices, 3, QStringLiteral("worker") } << QJsonValue(QStringLiteral("w3"))
        << QStringLiteral("requests[0].changeNotices[3].worker: The worker already has an open notice of this kind "
                          "for this request.");
    QTest::newRow("notice by an unknown coordinator")
        << QVariantList { requests, 1, notices, 0, QStringLiteral("createdBy") } << QJsonValue(QStringLiteral("x"))
        << QStringLiteral("requests[1].changeNotices[0].createdBy: no coordinator of the file or of the database has "
                          "the username \"x\"");
    QTest::newRow("unknown field of a notice")
        << QVariantList { requests, 0, notices, 0, QStringLiteral("sentBy") } << QJsonValue(QStringLiteral("mail"))
        << QStringLiteral("requests[0].changeNotices[0].sentBy: unknown field");
    QTest::newRow("unknown time zone") << QVariantList { settings, QStringLiteral("timeZone") }
                                       << QJsonValue(QStringLiteral("Europe/Atlantis"))
                                       << QStringLiteral(
                                              "officeSettings.timeZone: “Europe/Atlantis” is not a time zone");
    QTest::newRow("no largest fee") << QVariantList { settings, QStringLiteral("maxFeeCents") } << null
                                    << QStringLiteral("officeSettings.maxFeeCents: is required");
    QTest::newRow("largest fee zero") << QVariantList { settings, QStringLiteral("maxFeeCents") } << QJsonValue(0)
                                      << QStringLiteral("officeSettings.maxFeeCents: The largest fee must be more than "
                                                        "0");
    QTest::newRow("largest fee in euros")
        << QVariantList { settings, QStringLiteral("maxFeeCents") } << QJsonValue(3500.5)
        << QStringLiteral("officeSettings.maxFeeCents: expected whole euro cents");
    // The file's settings apply to the file's records: a largest fee below request A's fee refuses that fee.
    QTest::newRow("largest fee below a request's fee")
        << QVariantList { settings, QStringLiteral("maxFeeCents") } << QJsonValue(100000)
        << QStringLiteral("requests[0].feeCents: The fee ");
    QTest::newRow("unknown office setting")
        << QVariantList { settings, QStringLiteral("currency") } << QJsonValue(QStringLiteral("EUR"))
        << QStringLiteral("officeSettings.currency: unknown field");
    QTest::newRow("office settings not an object")
        << QVariantList { settings } << QJsonValue(200000) << QStringLiteral("officeSettings: expected an object");
}

void TestInterchangeWorkflow::badInputNamesThePlaceAndChangesNothing()
{
    QFETCH(QVariantList, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    // The test changes what it means to change.
    QVERIFY2(at(m_object, path) != value, qPrintable(message));
    refuses(changed(m_object, path, value).toObject(), message);
}

void TestInterchangeWorkflow::refuses(const QJsonObject &document, const QString &message)
{
    TestDatabase target;
    KOHTAAMO_REQUIRE_DB(target);
    auto db = target.openOrFail();
    QVERIFY(db);
    const QString before = state(*db);
    auto summary = InterchangeImporter(*db).importJson(QJsonDocument(document).toJson());
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, Error::Code::InvalidInput);
    QVERIFY2(summary.error().message.startsWith(message), qPrintable(summary.error().message));
    QCOMPARE(state(*db), before);
    // The same database takes the right document: nothing of the refused import is in the way.
    auto right = InterchangeImporter(*db).importJson(m_document);
    QVERIFY2(right, right ? "" : qPrintable(right.error().message));
}

QTEST_GUILESS_MAIN(TestInterchangeWorkflow)
#include "tst_interchange_workflow.moc"
