// The interchange document streamed (docs/interchange.md, "Large offices: streamed export and import"), on both
// backends: the exporter writes the bytes QJsonDocument would write, a record at a time; the importer reads a file
// larger than its reading chunk, with escaped quotes, braces and Unicode across the chunk boundaries, back to the same
// document; a bad record in the middle or at the end of a file leaves nothing stored, and the error names the record
// (and the line of the file).
#include "TestDatabase.h"

#include "demo/DemoGenerator.h"
#include "interchange/InterchangeExporter.h"
#include "interchange/InterchangeImporter.h"
#include "interchange/JsonStreamReader.h"
#include "interchange/JsonStreamWriter.h"
#include "storage/SqlQuery.h"

#include <QBuffer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTemporaryFile>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {

QString counts(Database &db)
{
    QStringList out;
    for (const char *table :
         { "organisations", "coordinators", "topics", "workers", "worker_experiences", "consents", "requests",
           "request_topics", "invitations", "invitation_events", "engagements", "knowledge_entries", "audit_log" }) {
        SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM %1").arg(QString::fromLatin1(table)));
        auto n = q.scalar();
        if (!n)
            qFatal("%s: %s", table, qPrintable(n.error().detail));
        out << QStringLiteral("%1=%2").arg(QString::fromLatin1(table), n->toString());
    }
    return out.join(QLatin1Char(' '));
}

// A text that is mostly what a tokenizer can get wrong: escaped quotes and backslashes, braces, brackets and commas
// inside a string, escaped control characters, and UTF-8 of two, three and four bytes (ä, €, 😀, written raw).
QString trickyText(int worker, int length)
{
    const QString piece = QStringLiteral("\"}],{[\\ ä€\U0001F600\t\n:\"");
    QString text = QStringLiteral("w%1 ").arg(worker);
    while (text.size() < length)
        text += piece;
    return text;
}

QByteArray exportedBytes(Database &db)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status s = InterchangeExporter(db).exportTo(buffer); !s) {
        qWarning("%s", qPrintable(s.error().message));
        return {};
    }
    return buffer.buffer();
}

Result<InterchangeSummary> importFile(Database &db, const QByteArray &json)
{
    QTemporaryFile file;
    if (!file.open() || file.write(json) != json.size() || !file.flush() || !file.seek(0))
        return Error(Error::Code::Database, QStringLiteral("cannot write the test file"));
    return InterchangeImporter(db).importDevice(file);
}

QByteArray withRecord(const QByteArray &document, const QString &list, int index, const QString &key,
                      const QJsonValue &value)
{
    QJsonObject o = QJsonDocument::fromJson(document).object();
    QJsonArray a = o.value(list).toArray();
    QJsonObject record = a.at(index).toObject();
    record.insert(key, value);
    a[index] = record;
    o.insert(list, a);
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

int lineOf(const QByteArray &json, qsizetype offset)
{
    return int(json.left(offset).count('\n')) + 1;
}

} // namespace

class TestInterchangeStream : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void writerWritesWhatQJsonDocumentWrites();
    void exportIsWhatQJsonDocumentWrites();
    void importAcrossChunkBoundariesGivesTheSameDocument();
    void badRecordInTheMiddleImportsNothing_data();
    void badRecordInTheMiddleImportsNothing();
    void badTextLateInTheFileImportsNothing_data();
    void badTextLateInTheFileImportsNothing();

private:
    TestDatabase m_source;
    std::unique_ptr<Database> m_sourceDb;
    QByteArray m_document;
};

void TestInterchangeStream::initTestCase()
{
    KOHTAAMO_REQUIRE_DB(m_source);
    m_sourceDb = m_source.openOrFail();
    QVERIFY(m_sourceDb);
    DemoGenerator::Options o;
    o.workers = 100;
    o.requests = 60;
    o.seed = 5;
    o.today = QDate(2026, 11, 2);
    auto summary = DemoGenerator(*m_sourceDb).generate(o);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    // Long notes of tricky text: the document spans several reading chunks, with tricky bytes at every boundary.
    SqlQuery ids(*m_sourceDb, QStringLiteral("SELECT id FROM workers ORDER BY id"));
    QVERIFY(ids.exec());
    QVector<qint64> workers;
    while (ids.next())
        workers.append(ids.value(0).toLongLong());
    for (int i = 0; i < workers.size(); ++i) {
        SqlQuery q(*m_sourceDb, QStringLiteral("UPDATE workers SET notes = ? WHERE id = ?"));
        q.bindAll({ trickyText(i, 6000 + 37 * i), workers.at(i) });
        QVERIFY(q.exec());
    }
    m_document = exportedBytes(*m_sourceDb);
    QVERIFY(m_document.size() > 3 * JsonStreamReader::kChunk);
}

void TestInterchangeStream::writerWritesWhatQJsonDocumentWrites()
{
    const QJsonObject record { { QStringLiteral("a"),
                                 QJsonArray { 1, QJsonObject(), QJsonArray(), QStringLiteral("x") } },
                               { QStringLiteral("b"), QJsonObject { { QStringLiteral("c"), QJsonValue::Null } } },
                               { QStringLiteral("d"), 1.5 } };
    const QJsonObject document { { QStringLiteral("empty"), QJsonArray() },
                                 { QStringLiteral("list"), QJsonArray { record, record, 3, QStringLiteral("\"ä\"") } },
                                 { QStringLiteral("number"), 3 },
                                 { QStringLiteral("object"), record },
                                 { QStringLiteral("text"), QStringLiteral("t") } };
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    JsonStreamWriter writer(buffer);
    writer.beginArray(QStringLiteral("empty"));
    writer.endArray();
    writer.beginArray(QStringLiteral("list"));
    for (const QJsonValue &v : document.value(QStringLiteral("list")).toArray())
        writer.element(v);
    writer.endArray();
    writer.member(QStringLiteral("number"), 3);
    writer.member(QStringLiteral("object"), record);
    writer.member(QStringLiteral("text"), QStringLiteral("t"));
    QVERIFY(writer.finish());
    QCOMPARE(buffer.buffer(), QJsonDocument(document).toJson(QJsonDocument::Indented));

    QBuffer empty;
    empty.open(QIODevice::WriteOnly);
    QVERIFY(JsonStreamWriter(empty).finish());
    QCOMPARE(empty.buffer(), QJsonDocument(QJsonObject()).toJson(QJsonDocument::Indented));
}

void TestInterchangeStream::exportIsWhatQJsonDocumentWrites()
{
    const QJsonDocument parsed = QJsonDocument::fromJson(m_document);
    QVERIFY(parsed.isObject());
    QCOMPARE(m_document, parsed.toJson(QJsonDocument::Indented));
    QCOMPARE(InterchangeExporter(*m_sourceDb).exportJson().value(), m_document);
    // The workers (the last list of the file) span several chunk boundaries of the reader, most of them in tricky
    // text: an escape or a multi-byte character next to it.
    const qsizetype workers = m_document.indexOf("\n    \"workers\": [");
    QVERIFY(workers > 0);
    int boundaries = 0;
    for (qint64 at = JsonStreamReader::kChunk; at < m_document.size(); at += JsonStreamReader::kChunk) {
        if (at < workers)
            continue;
        const QByteArray around = m_document.mid(at - 6, 12);
        const bool tricky = around.contains('\\') || std::any_of(around.cbegin(), around.cend(), [](char c) {
                                return (static_cast<unsigned char>(c) & 0x80) != 0;
                            });
        boundaries += tricky ? 1 : 0;
    }
    QVERIFY2(boundaries >= 2, qPrintable(QString::number(boundaries)));
}

void TestInterchangeStream::importAcrossChunkBoundariesGivesTheSameDocument()
{
    TestDatabase target;
    KOHTAAMO_REQUIRE_DB(target);
    auto db = target.openOrFail();
    auto summary = importFile(*db, m_document);
    QVERIFY2(summary, summary ? "" : qPrintable(summary.error().message));
    QCOMPARE(summary->workers, 100);
    QCOMPARE(summary->requests, 60);
    SqlQuery q(*db, QStringLiteral("SELECT notes FROM workers ORDER BY id"));
    QVERIFY(q.exec());
    QVERIFY(q.next());
    QCOMPARE(q.value(0).toString(), trickyText(0, 6000));
    const QByteArray again = exportedBytes(*db);
    QCOMPARE(again.size(), m_document.size());
    QVERIFY(again == m_document);
}

void TestInterchangeStream::badRecordInTheMiddleImportsNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("message");
    QTest::addRow("a worker in the middle")
        << withRecord(m_document, QStringLiteral("workers"), 47, QStringLiteral("title"), QStringLiteral("astronaut"))
        << QStringLiteral("workers[47].title: unknown value \"astronaut\"");
    QTest::addRow("the last request") << withRecord(m_document, QStringLiteral("requests"), 59,
                                                    QStringLiteral("favouriteColour"), QStringLiteral("blue"))
                                      << QStringLiteral("requests[59].favouriteColour: unknown field");
    QTest::addRow("a request in the middle is no object") << [this] {
        QJsonObject o = QJsonDocument::fromJson(m_document).object();
        QJsonArray a = o.value(QStringLiteral("requests")).toArray();
        a[31] = 7;
        o.insert(QStringLiteral("requests"), a);
        return QJsonDocument(o).toJson();
    }() << QStringLiteral("requests[31]: expected an object");
}

void TestInterchangeStream::badRecordInTheMiddleImportsNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, message);
    TestDatabase target;
    KOHTAAMO_REQUIRE_DB(target);
    auto db = target.openOrFail();
    const QString before = counts(*db);
    auto summary = importFile(*db, json);
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, Error::Code::InvalidInput);
    QVERIFY2(summary.error().message.startsWith(message), qPrintable(summary.error().message));
    QCOMPARE(counts(*db), before);
    // Nothing of the refused import is in the way of the right file.
    auto right = importFile(*db, m_document);
    QVERIFY2(right, right ? "" : qPrintable(right.error().message));
}

void TestInterchangeStream::badTextLateInTheFileImportsNothing_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QStringList>("words"); // what the message must hold

    // The last worker is the last record of the file, chunks after the first.
    const qsizetype last = m_document.lastIndexOf("\"key\": \"w100\"");
    QVERIFY(last > 2 * JsonStreamReader::kChunk);
    const QString line = QStringLiteral("line %1").arg(lineOf(m_document, last));

    QByteArray twice = m_document;
    twice.insert(last, "\"key\": \"w101\",\n            ");
    // The second "key" is the one refused, a line further down.
    QTest::addRow("a key twice in the last worker")
        << twice
        << QStringList { QStringLiteral("workers[99]"), QStringLiteral("\"key\""),
                         QStringLiteral("line %1, column 13").arg(lineOf(m_document, last) + 1) };

    QByteArray nul = m_document;
    nul[last + 8] = '\0';
    QTest::addRow("a NUL byte") << nul << QStringList { QStringLiteral("NUL"), line, QStringLiteral("column 21") };

    QByteArray broken = m_document;
    broken[last + 5] = ' '; // "key" value: the colon gone
    QTest::addRow("not JSON") << broken << QStringList { QStringLiteral("The file is not valid JSON (") + line };

    QTest::addRow("cut off") << m_document.left(m_document.size() - 200)
                             << QStringList { QStringLiteral("The file is not valid JSON (line ") };
}

void TestInterchangeStream::badTextLateInTheFileImportsNothing()
{
    QFETCH(QByteArray, json);
    QFETCH(QStringList, words);
    TestDatabase target;
    KOHTAAMO_REQUIRE_DB(target);
    auto db = target.openOrFail();
    const QString before = counts(*db);
    auto summary = importFile(*db, json);
    QVERIFY(!summary);
    QCOMPARE(summary.error().code, Error::Code::InvalidInput);
    for (const QString &word : words)
        QVERIFY2(summary.error().message.contains(word), qPrintable(summary.error().message));
    QCOMPARE(counts(*db), before);
}

QTEST_GUILESS_MAIN(TestInterchangeStream)
#include "tst_interchange_stream.moc"
