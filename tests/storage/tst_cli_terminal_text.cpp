// kohtaamo-cli never prints a control character that came from the data (issue 16): names and titles such as
// "Eve\x1b[2J" would clear a coordinator's terminal, move the cursor or forge lines and columns. Every command that
// prints names, titles or cells is run on an office whose workers, requests and organisations carry such characters;
// what reaches the terminal holds none of them (only the tool's own line breaks and tabs), and the names are still
// there, with the control characters shown as "\uFFFD".
#include "TestDatabase.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "office/OfficeService.h"
#include "storage/SqlQuery.h"

#include <QProcess>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 11, 2), QTime(9, 0));

// Escape (clear screen), bell, a C1 control introducer (CSI), a carriage return, a tab, a line break, a bidi override.
const QString kHostile = QStringLiteral("\x1b[2J\x07") + QChar(0x9b) + QStringLiteral("31m\r\t\nX") + QChar(0x202e);

struct CliRun
{
    int exitCode = -2;
    QString out;
    QString err;
};

// The first control character in `text` that is not one of the tool's own line breaks or tabs, or -1.
int firstForbidden(const QString &text)
{
    for (int i = 0; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c == u'\n' || c == u'\t')
            continue;
        if (c < 0x20 || (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069))
            return i;
    }
    return -1;
}
} // namespace

class TestCliTerminalText : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void printedTextHasNoControlCharacters_data();
    void printedTextHasNoControlCharacters();
    void rankShowsTheHostileNameNeutralised();

private:
    CliRun run(const QStringList &args) const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<FixedClock> m_clock;
    QString m_reference;
};

void TestCliTerminalText::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    OfficeService office(std::move(db));
    office.actAsTool(QStringLiteral("tst_cli_terminal_text"));
    DemoGenerator::Options options;
    options.workers = 30;
    options.requests = 60;
    options.today = kNow.date();
    auto demo = office.generateDemo(options);
    QVERIFY2(demo, qPrintable(demo ? QString() : demo.error().message));
    // The hostile text goes in with SQL, as a careless import or another program could have written it.
    for (const char *sql :
         { "UPDATE workers SET display_name = display_name || ?",
           "UPDATE requests SET title = title || ?, requester_name = requester_name || ?",
           "UPDATE organisations SET name = name || ?", "UPDATE topics SET name_en = name_en || ?" }) {
        SqlQuery q(office.database(), QString::fromLatin1(sql));
        q.bind(kHostile);
        if (QByteArray(sql).count('?') == 2)
            q.bind(kHostile);
        QVERIFY2(q.exec(), sql);
    }
    SqlQuery reference(office.database(),
                       QStringLiteral("SELECT reference FROM requests WHERE status IN ('new', 'tagged', 'inviting') "
                                      "ORDER BY id LIMIT 1"));
    auto ref = reference.scalar();
    QVERIFY(ref);
    m_reference = ref->toString();
    QVERIFY(!m_reference.isEmpty());
}

void TestCliTerminalText::cleanupTestCase()
{
    m_testDb.reset();
    Clock::install(nullptr);
}

CliRun TestCliTerminalText::run(const QStringList &args) const
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    p.setProcessEnvironment(env);
    p.start(QStringLiteral(KOHTAAMO_CLI),
            QStringList { QStringLiteral("--lang"), QStringLiteral("en"), QStringLiteral("--db"),
                          m_testDb->location().toString() }
                + args);
    CliRun r;
    if (!p.waitForFinished(120000))
        return r;
    r.exitCode = p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
    r.out = QString::fromUtf8(p.readAllStandardOutput());
    r.err = QString::fromUtf8(p.readAllStandardError());
    return r;
}

void TestCliTerminalText::printedTextHasNoControlCharacters_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mustShow"); // a piece of data the output shows (so the command printed it)
    QTest::addRow("rank --excluded") << QStringList { QStringLiteral("rank"), QString(), QStringLiteral("--excluded") }
                                     << QStringLiteral("[2J");
    QTest::addRow("suggest-team") << QStringList { QStringLiteral("suggest-team"), QString() } << QStringLiteral("[2J");
    QTest::addRow("fees list") << QStringList { QStringLiteral("fees"), QStringLiteral("list"),
                                                QStringLiteral("--state"), QStringLiteral("all") }
                               << QStringLiteral("[2J");
    QTest::addRow("outbox list") << QStringList { QStringLiteral("outbox"), QStringLiteral("list") } << QString();
    QTest::addRow("report results") << QStringList { QStringLiteral("report"), QStringLiteral("results"),
                                                     QStringLiteral("--year"), QStringLiteral("2026") }
                                    << QString();
    QTest::addRow("rank of an unknown reference")
        << QStringList { QStringLiteral("rank"), QStringLiteral("R-\x1b[2J") } << QStringLiteral("[2J");
    QTest::addRow("info") << QStringList { QStringLiteral("info") } << QString();
}

void TestCliTerminalText::printedTextHasNoControlCharacters()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mustShow);
    for (QString &a : args) {
        if (a.isEmpty())
            a = m_reference;
    }
    const CliRun r = run(args);
    QVERIFY2(r.exitCode >= 0, "kohtaamo-cli did not finish");
    const int inOut = firstForbidden(r.out);
    QVERIFY2(inOut < 0,
             qPrintable(QStringLiteral("stdout holds U+%1 near: %2")
                            .arg(inOut < 0 ? 0 : r.out.at(inOut).unicode(), 4, 16, QLatin1Char('0'))
                            .arg(r.out.mid(std::max(0, inOut - 40), 80).toHtmlEscaped())));
    const int inErr = firstForbidden(r.err);
    QVERIFY2(inErr < 0,
             qPrintable(QStringLiteral("stderr holds U+%1 near: %2")
                            .arg(inErr < 0 ? 0 : r.err.at(inErr).unicode(), 4, 16, QLatin1Char('0'))
                            .arg(r.err.mid(std::max(0, inErr - 40), 80).toHtmlEscaped())));
    if (!mustShow.isEmpty())
        QVERIFY2(QString(r.out + r.err).contains(mustShow), qPrintable(r.out + r.err));
}

void TestCliTerminalText::rankShowsTheHostileNameNeutralised()
{
    const CliRun r = run({ QStringLiteral("rank"), m_reference, QStringLiteral("--excluded") });
    QCOMPARE(r.exitCode, 0);
    // Every control character is shown as one replacement character, in place: the name stays readable.
    const QString shown = QString(QChar(0xfffd)) + QStringLiteral("[2J") + QChar(0xfffd) + QChar(0xfffd)
        + QStringLiteral("31m") + QChar(0xfffd) + QChar(0xfffd) + QChar(0xfffd) + QStringLiteral("X") + QChar(0xfffd);
    QVERIFY2(r.out.contains(shown), qPrintable(r.out));
}

QTEST_GUILESS_MAIN(TestCliTerminalText)
#include "tst_cli_terminal_text.moc"
