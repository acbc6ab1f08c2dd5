// The JSON interchange document (docs/interchange.md) on both backends: export, import into an empty database and
// export again give the same document; bad input is refused with the place in the file, all or nothing; an office
// is imported only into a database without one.
#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "fees/FeePayments.h"
#include "interchange/InterchangeExporter.h"
#include "interchange/InterchangeFormat.h"
#include "interchange/InterchangeImporter.h"
#include "mail/MessageTemplates.h"
#include "office/OfficeService.h"
#include "repositories/MailSettingsRepository.h"
#include "repositories/MessageTemplateRepository.h"
#include "repositories/OutboxRepository.h"
#include "storage/SqlQuery.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>
#include <QTimeZone>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {

// Rows per table: what a half-import would leave behind.
QString counts(Database &db)
{
    QStringList out;
    for (const char *table : { "organisations",
                               "coordinators",
                               "topics",
                               "workers",
                               "worker_languages",
                               "worker_regions",
                               "worker_experiences",
                               "worker_service_types",
                               "worker_unavailability",
                               "consents",
                               "requests",
                               "request_topics",
                               "request_date_options",
                               "request_organisations",
                               "request_status_history",
                               "invitations",
                               "invitation_events",
                               "engagements",
                               "change_notices",
                               "meeting_outcomes",
                               "knowledge_entries",
                               "knowledge_entry_topics",
                               "audit_log" }) {
        SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        auto n = q.scalar();
        if (!n)
            qFatal("%s: %s", table, qPrintable(n.error().detail));
        out << QStringLiteral("%1=%2").arg(QString::fromLatin1(table), n->toString());
    }
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

QByteArray exported(Database &db)
{
    auto json = InterchangeExporter(db).exportJson();
    if (!json) {
        qWarning("%s", qPrintable(json.error().message));
        return {};
    }
    return *json;
}

// What an office in use has besides the demo's records: fees paid in a batch, its own wording of a message, a mail
// account, and an outbox with a sent invitation (its calendar UID and sequence) and a draft.
QString addOfficeData(Database &db)
{
    FeeMarking marking;
    marking.paidOn = QDate(2026, 10, 30);
    marking.note = QStringLiteral("October fees");
    marking.acknowledgeCeiling = true;
    {
        SqlQuery q(db,
                   QStringLiteral("SELECT id, version FROM engagements WHERE payment_state = 'unpaid' ORDER BY id"));
        if (!q.exec() || !q.next())
            return QStringLiteral("the demo has no fee to pay");
        marking.items.append({ q.value(0).toLongLong(), q.value(1).toInt() });
    }
    auto paid = FeePayments(db).markPaid(marking);
    if (!paid || paid->batch.id == 0)
        return QStringLiteral("marking paid: %1").arg(paid ? QStringLiteral("no batch") : paid.error().message);

    MessageTemplate own = MessageTemplates::builtIn(MessageKind::Reminder, QStringLiteral("sv"));
    own.subject = QStringLiteral("Påminnelse: {reference}");
    if (auto saved = MessageTemplateRepository(db).save(own); !saved)
        return saved.error().message;
    MailSettingsRepository mail(db);
    MailSettings account = *mail.get();
    account.host = QStringLiteral("smtp.example.fi");
    account.user = QStringLiteral("koordinaattori");
    account.fromAddress = QStringLiteral("koordinaattori@example.fi");
    account.fromName = QStringLiteral("Kokemustoiminta");
    if (auto saved = mail.save(account); !saved)
        return saved.error().message;

    SqlQuery q(db, QStringLiteral("SELECT request_id, worker_id FROM invitations ORDER BY id"));
    if (!q.exec() || !q.next())
        return QStringLiteral("the demo has no invitation");
    OutboxRepository outbox(db);
    OutboxMessage m;
    m.requestId = q.value(0).toLongLong();
    m.workerId = q.value(1).toLongLong();
    m.kind = MessageKind::Invitation;
    m.recipientAddress = QStringLiteral("aino@example.fi");
    m.recipientName = QStringLiteral("Aino K.");
    m.subject = QStringLiteral("Kutsu");
    m.body = QStringLiteral("Hei Aino,\n\ntervetuloa.");
    m.ics = QByteArrayLiteral("BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n");
    m.icsUid = QStringLiteral("kohtaamo-1-2@example.fi");
    m.icsSequence = 2;
    m.messageId = QStringLiteral("<kohtaamo-1@example.fi>");
    m.state = OutboxState::Queued;
    auto queued = outbox.insert(m);
    if (!queued)
        return queued.error().message;
    if (auto sent
        = outbox.markSent(queued->id, queued->version, 1, QDateTime(QDate(2026, 10, 20), QTime(8, 0), Qt::UTC));
        !sent)
        return sent.error().message;
    m.kind = MessageKind::RequesterConfirmation;
    m.workerId = 0;
    m.ics.clear();
    m.icsUid.clear();
    m.icsSequence = 0;
    m.messageId = QStringLiteral("<kohtaamo-2@example.fi>");
    m.state = OutboxState::Draft;
    if (auto draft = outbox.insert(m); !draft)
        return draft.error().message;
    return {};
}

} // namespace

class TestInterchange : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void roundTripGivesTheSameDocument();
    void badInputNamesThePlaceAndImportsNothing_data();
    void badInputNamesThePlaceAndImportsNothing();
    void notJsonIsRefused();
    void newerVersionIsRefused();
    void databaseWithAnOfficeIsRefused();
    void sharedRecordsAreUsedByTheirKeys();
    void importedReferencesMoveEachYearsCounter();
    void importIsAuditedAsOneEntry();

private:
    TestDatabase m_source;
    std::unique_ptr<Database> m_sourceDb;
    QByteArray m_document;
    QJsonObject m_object;
};

void TestInterchange::initTestCase()
{
    KOHTAAMO_REQUIRE_DB(m_source);
    m_sourceDb = m_source.openOrFail();
    QVERIFY(m_sourceDb);
    DemoGenerator::Options o;
    o.workers = 25;
    o.requests = 40;
    o.seed = 11;
    o.today = QDate(2026, 11, 2);
    auto summary = DemoGenerator(*m_sourceDb).generate(o);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    const QString added = addOfficeData(*m_sourceDb);
    QVERIFY2(added.isEmpty(), qPrintable(added));
    m_document = exported(*m_sourceDb);
    QVERIFY(!m_document.isEmpty());
    m_object = QJsonDocument::fromJson(m_document).object();
    QCOMPARE(m_object.value(QStringLiteral("workers")).toArray().size(), 25);
    QCOMPARE(m_object.value(QStringLiteral("requests")).toArray().size(), 40);
}

void TestInterchange::roundTripGivesTheSameDocument()
{
    TestDatabase target;
    KOHTAAMO_REQUIRE_DB(target);
    auto db = target.openOrFail();
    auto summary = InterchangeImporter(*db).importJson(m_document);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->workers, 25);
    QCOMPARE(summary->requests, 40);
    // The office's own records of format 3 came along (docs/interchange.md).
    QVERIFY(summary->fundedActivities > 0);
    QCOMPARE(summary->paymentBatches, 1);
    QCOMPARE(summary->messageTemplates, 1);
    QCOMPARE(summary->outboxMessages, int(m_object.value(QStringLiteral("outbox")).toArray().size()));
    QVERIFY(summary->outboxMessages > 2); // the demo's messages and the two added
    QVERIFY(summary->mailAccountSet);
    QVERIFY(!m_document.contains("password"));
    const QByteArray again = exported(*db);
    if (again != m_document) {
        // Show the first difference, not two whole documents.
        int at = 0;
        while (at < again.size() && at < m_document.size() && again.at(at) == m_document.at(at))
            ++at;
        QFAIL(qPrintable(QStringLiteral("differs at byte %1: ...%2... versus ...%3...")
                             .arg(at)
                             .arg(QString::fromUtf8(m_document.mid(qMax(0, at - 80), 160)),
                                  QString::fromUtf8(again.mid(qMax(0, at - 80), 160)))));
    }
}

void TestInterchange::badInputNamesThePlaceAndImportsNothing_data()
{
    QTest::addColumn<QVariantList>("path");
    QTest::addColumn<QJsonValue>("value");
    QTest::addColumn<QString>("message");
    const int lastRequest = int(m_object.value(QStringLiteral("requests")).toArray().size()) - 1;
    const QString last = QString::number(lastRequest);
    QTest::newRow("unknown code late in the file")
        << QVariantList { QStringLiteral("requests"), lastRequest, QStringLiteral("status") }
        << QJsonValue(QStringLiteral("pondering"))
        << QStringLiteral("requests[%1].status: unknown value \"pondering\" (expected one of: ").arg(last);
    QTest::newRow("nested consent scope")
        << QVariantList { QStringLiteral("workers"), 3, QStringLiteral("consents"), 0, QStringLiteral("scope") }
        << QJsonValue(QStringLiteral("foo")) << QStringLiteral("workers[3].consents[0].scope: unknown value \"foo\"");
    QTest::newRow("text where a flag belongs")
        << QVariantList { QStringLiteral("workers"), 5, QStringLiteral("pseudonym") }
        << QJsonValue(QStringLiteral("no"))
        << QStringLiteral("workers[5].pseudonym: expected true or false, found text");
    QTest::newRow("impossible date")
        << QVariantList { QStringLiteral("requests"), lastRequest, QStringLiteral("receivedOn") }
        << QJsonValue(QStringLiteral("2026-02-30"))
        << QStringLiteral("requests[%1].receivedOn: expected a date such as 2026-03-16").arg(last);
    QTest::newRow("unknown field") << QVariantList { QStringLiteral("workers"), 0, QStringLiteral("favouriteColour") }
                                   << QJsonValue(QStringLiteral("blue"))
                                   << QStringLiteral("workers[0].favouriteColour: unknown field");
    QTest::newRow("unknown topic") << QVariantList { QStringLiteral("workers"), 24, QStringLiteral("experiences"), 0,
                                                     QStringLiteral("topic") }
                                   << QJsonValue(QStringLiteral("astrology"))
                                   << QStringLiteral(
                                          "workers[24].experiences[0].topic: no topic has the code \"astrology\"");
    QTest::newRow("invitation of a worker not in the file")
        << QVariantList { QStringLiteral("requests"), 0, QStringLiteral("invitations"), 0, QStringLiteral("worker") }
        << QJsonValue(QStringLiteral("w999"))
        << QStringLiteral("requests[0].invitations[0].worker: no worker of the file has the key \"w999\"");
    QTest::newRow("negative fee") << QVariantList { QStringLiteral("requests"), lastRequest,
                                                    QStringLiteral("feeCents") }
                                  << QJsonValue(-5)
                                  << QStringLiteral("requests[%1].feeCents: expected whole euro cents").arg(last);
    QTest::newRow("outbox message of a request not in the file")
        << QVariantList { QStringLiteral("outbox"), 1, QStringLiteral("request") }
        << QJsonValue(QStringLiteral("1999-9"))
        << QStringLiteral("outbox[1].request: no request of the file has the reference \"1999-9\"");
    QTest::newRow("funded activity not in the file")
        << QVariantList { QStringLiteral("requests"), 0, QStringLiteral("fundedActivity") }
        << QJsonValue(QStringLiteral("Moonshot"))
        << QStringLiteral("requests[0].fundedActivity: no funded activity of the file is called \"Moonshot\"");
    QTest::newRow("unknown kind of message")
        << QVariantList { QStringLiteral("messageTemplates"), 0, QStringLiteral("kind") }
        << QJsonValue(QStringLiteral("love_letter"))
        << QStringLiteral("messageTemplates[0].kind: unknown value \"love_letter\"");
    // The checks the repositories make against the database, made in memory by the bulk import (RequestImporter):
    // the same messages at the same places.
    const QJsonArray requests = m_object.value(QStringLiteral("requests")).toArray();
    int twoInvited = -1; // a request with two invitations and two engagements
    int notAccepted = -1; // an inviting request: nobody accepted yet
    for (int i = 0; i < requests.size(); ++i) {
        const QJsonObject r = requests.at(i).toObject();
        if (twoInvited < 0 && r.value(QStringLiteral("invitations")).toArray().size() >= 2
            && r.value(QStringLiteral("engagements")).toArray().size() >= 2)
            twoInvited = i;
        if (notAccepted < 0 && r.value(QStringLiteral("status")).toString() == QLatin1String("inviting"))
            notAccepted = i;
    }
    QVERIFY(twoInvited >= 0 && notAccepted >= 0);
    const QJsonObject request = requests.at(twoInvited).toObject();
    const QString reference = request.value(QStringLiteral("reference")).toString();
    const QString at = QString::number(twoInvited);
    const auto firstWorker = [&request](const QString &list) {
        return request.value(list).toArray().at(0).toObject().value(QStringLiteral("worker")).toString();
    };
    const QString firstInvited = firstWorker(QStringLiteral("invitations"));
    const QString firstEngaged = firstWorker(QStringLiteral("engagements"));
    const auto workerName = [this](const QString &key) {
        for (const QJsonValue &w : m_object.value(QStringLiteral("workers")).toArray()) {
            if (w.toObject().value(QStringLiteral("key")).toString() == key)
                return w.toObject().value(QStringLiteral("displayName")).toString();
        }
        return QString();
    };
    QTest::newRow("a worker invited twice to one request")
        << QVariantList { QStringLiteral("requests"), twoInvited, QStringLiteral("invitations"), 1,
                          QStringLiteral("worker") }
        << QJsonValue(firstInvited)
        << QStringLiteral("requests[%1].invitations[1].worker: %2 has already been invited to request %3.")
               .arg(at, workerName(firstInvited), reference);
    QTest::newRow("a worker engaged twice in one request")
        << QVariantList { QStringLiteral("requests"), twoInvited, QStringLiteral("engagements"), 1,
                          QStringLiteral("worker") }
        << QJsonValue(firstEngaged)
        << QStringLiteral("requests[%1].engagements[1].worker: %2 is already engaged in this request.")
               .arg(at, workerName(firstEngaged));
    QTest::newRow("a reference twice") << QVariantList { QStringLiteral("requests"), twoInvited + 1,
                                                         QStringLiteral("reference") }
                                       << QJsonValue(reference)
                                       << QStringLiteral(
                                              "requests[%1].reference: Another request already has the reference %2.")
                                              .arg(QString::number(twoInvited + 1), reference);
    const qint64 maxFee
        = m_object.value(QStringLiteral("officeSettings")).toObject().value(QStringLiteral("maxFeeCents")).toInteger();
    QVERIFY(maxFee > 0);
    QTest::newRow("a fee above the office's largest")
        << QVariantList { QStringLiteral("requests"), twoInvited, QStringLiteral("engagements"), 0,
                          QStringLiteral("feeCents") }
        << QJsonValue(maxFee + 100) << QStringLiteral("requests[%1].engagements[0].feeCents: The fee ").arg(at);
    QTest::newRow("a status the request cannot reach")
        << QVariantList { QStringLiteral("requests"), notAccepted, QStringLiteral("status") }
        << QJsonValue(QStringLiteral("confirmed"))
        << QStringLiteral("requests[%1].status: the request cannot be brought to confirmed: ")
               .arg(QString::number(notAccepted));
    QTest::newRow("not a Kohtaamo document")
        << QVariantList { QStringLiteral("format") } << QJsonValue(QStringLiteral("spreadsheet"))
        << QStringLiteral("format: expected \"kohtaamo-interchange\"");
}

void TestInterchange::badInputNamesThePlaceAndImportsNothing()
{
    QFETCH(QVariantList, path);
    QFETCH(QJsonValue, value);
    QFETCH(QString, message);
    const QJsonObject document = changed(m_object, path, value).toObject();
    // The test changes what it means to change.
    QVERIFY(document != m_object);
    TestDatabase target;
    KOHTAAMO_REQUIRE_DB(target);
    auto db = target.openOrFail();
    const QString before = counts(*db);
    auto summary = InterchangeImporter(*db).importJson(QJsonDocument(document).toJson());
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, Error::Code::InvalidInput);
    QVERIFY2(summary.error().message.startsWith(message), qPrintable(summary.error().message));
    QCOMPARE(counts(*db), before);
    // The same database takes the file once it is right: nothing of the refused import is in the way.
    QVERIFY(InterchangeImporter(*db).importJson(m_document));
}

void TestInterchange::notJsonIsRefused()
{
    TestDatabase target;
    KOHTAAMO_REQUIRE_DB(target);
    auto db = target.openOrFail();
    const QString before = counts(*db);
    auto truncated = InterchangeImporter(*db).importJson(m_document.left(m_document.size() / 2));
    QVERIFY(!truncated);
    QCOMPARE(truncated.error().code, Error::Code::InvalidInput);
    QVERIFY2(truncated.error().message.startsWith(QStringLiteral("The file is not valid JSON (line ")),
             qPrintable(truncated.error().message));
    auto array = InterchangeImporter(*db).importJson("[1, 2, 3]");
    QVERIFY(!array);
    QVERIFY2(array.error().message.contains(QStringLiteral("not a JSON object")), qPrintable(array.error().message));
    auto noFormat = InterchangeImporter(*db).importJson("{}");
    QVERIFY(!noFormat);
    QVERIFY2(noFormat.error().message.startsWith(QStringLiteral("format: is required")),
             qPrintable(noFormat.error().message));
    QCOMPARE(counts(*db), before);
}

void TestInterchange::newerVersionIsRefused()
{
    TestDatabase target;
    KOHTAAMO_REQUIRE_DB(target);
    auto db = target.openOrFail();
    const QString before = counts(*db);
    QJsonObject newer = m_object;
    newer[QStringLiteral("version")] = InterchangeFormat::kVersion + 1;
    auto summary = InterchangeImporter(*db).importObject(newer);
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, Error::Code::NewerSchema);
    QCOMPARE(counts(*db), before);
}

void TestInterchange::databaseWithAnOfficeIsRefused()
{
    // Into the source itself: its own export, and a file with nothing but one new worker.
    const QString before = counts(*m_sourceDb);
    auto again = InterchangeImporter(*m_sourceDb).importJson(m_document);
    QVERIFY(!again);
    QCOMPARE(again.error().code, Error::Code::NotAllowed);
    QVERIFY2(again.error().message.contains(QStringLiteral("already holds workers")),
             qPrintable(again.error().message));
    QJsonObject one = m_object;
    one[QStringLiteral("workers")] = QJsonArray { m_object.value(QStringLiteral("workers")).toArray().at(0) };
    one[QStringLiteral("requests")] = QJsonArray();
    one[QStringLiteral("knowledge")] = QJsonArray();
    auto added = InterchangeImporter(*m_sourceDb).importObject(one);
    QVERIFY(!added);
    QCOMPARE(added.error().code, Error::Code::NotAllowed);
    QCOMPARE(counts(*m_sourceDb), before);
}

void TestInterchange::sharedRecordsAreUsedByTheirKeys()
{
    // A database with the office's topics, organisations and coordinators but no workers or requests takes the
    // office, using those records instead of making second ones.
    TestDatabase target;
    KOHTAAMO_REQUIRE_DB(target);
    auto db = target.openOrFail();
    QJsonObject shared = m_object;
    for (const char *list : { "workers", "requests", "knowledge", "paymentBatches", "outbox" })
        shared[QString::fromLatin1(list)] = QJsonArray();
    auto first = InterchangeImporter(*db).importObject(shared);
    QVERIFY2(first, first ? "" : qPrintable(first.error().message));
    const int organisations = int(m_object.value(QStringLiteral("organisations")).toArray().size());
    const int coordinators = int(m_object.value(QStringLiteral("coordinators")).toArray().size());
    QCOMPARE(first->organisationsCreated, organisations);
    auto whole = InterchangeImporter(*db).importJson(m_document);
    QVERIFY2(whole, whole ? "" : qPrintable(whole.error().message));
    QCOMPARE(whole->organisationsCreated, 0);
    QCOMPARE(whole->organisationsKept, organisations);
    QCOMPARE(whole->coordinatorsCreated, 0);
    QCOMPARE(whole->coordinatorsKept, coordinators);
    QCOMPARE(whole->topicsCreated, 0);
    QCOMPARE(whole->topicsUpdated, 0);
    QCOMPARE(whole->workers, 25);
    QCOMPARE(exported(*db), m_document);
}

QTEST_GUILESS_MAIN(TestInterchange)
#include "tst_interchange.moc"

namespace {
QString referenceCounters(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT scope, last_number FROM reference_counters ORDER BY scope"));
    if (Status s = q.exec(); !s)
        return s.error().detail;
    QStringList out;
    while (q.next())
        out << QStringLiteral("%1=%2").arg(q.value(0).toString(), q.value(1).toString());
    return out.join(QLatin1Char(' '));
}
} // namespace

// The next reference of each year follows the highest one imported: on PostgreSQL the import sets the counters once
// at its end (schema 17) instead of through the trigger at every request.
void TestInterchange::importedReferencesMoveEachYearsCounter()
{
    TestDatabase target;
    KOHTAAMO_REQUIRE_DB(target);
    auto db = target.openOrFail();
    auto summary = InterchangeImporter(*db).importJson(m_document);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    const QString expected = referenceCounters(*m_sourceDb);
    QVERIFY2(expected.contains(QLatin1String("request-")), qPrintable(expected));
    QCOMPARE(referenceCounters(*db), expected);
}

// An import writes one audit entry saying what it brought in (docs/data-protection.md), not one per record, and the
// chain stays whole.
void TestInterchange::importIsAuditedAsOneEntry()
{
    TestDatabase target;
    KOHTAAMO_REQUIRE_DB(target);
    auto db = target.openOrFail();
    SqlQuery before(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto entriesBefore = before.scalar();
    QVERIFY(entriesBefore);
    auto summary = InterchangeImporter(*db).importJson(m_document);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    SqlQuery after(*db, QStringLiteral("SELECT COUNT(*) FROM audit_log"));
    auto entriesAfter = after.scalar();
    QVERIFY(entriesAfter);
    QCOMPARE(entriesAfter->toLongLong() - entriesBefore->toLongLong(), 1);
    SqlQuery last(
        *db, QStringLiteral("SELECT table_name, record_id, action, changes FROM audit_log ORDER BY id DESC LIMIT 1"));
    QVERIFY(last.exec());
    QVERIFY(last.next());
    QCOMPARE(last.value(0).toString(), QStringLiteral("office"));
    QCOMPARE(last.value(2).toString(), QStringLiteral("insert"));
    const QString changes = last.value(3).toString();
    QVERIFY2(changes.contains(QStringLiteral("office imported: 25 workers, 40 requests")), qPrintable(changes));
    OfficeService office(*db);
    auto verified = office.verifyAudit();
    QVERIFY2(verified, verified ? "" : qPrintable(verified.error().message));
    QVERIFY2(verified->intact(), qPrintable(verified->message));
}
