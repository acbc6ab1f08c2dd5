// The paged, filtered list queries behind the request inbox and the worker register, on SQLite and PostgreSQL alike,
// checked against what the repositories hold: every filter leaves exactly the records it should, every sort order
// pages through all of them once (no overlap, no gap), and positionOf agrees with the pages.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "demo/DemoGenerator.h"
#include "repositories/RequestRepository.h"
#include "repositories/WorkerRepository.h"
#include "requests/RequestInboxQuery.h"
#include "storage/Database.h"
#include "storage/SearchIndex.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"
#include "workers/WorkerRegisterQuery.h"

#include <QSet>
#include <QSqlError>
#include <QTest>

#include <algorithm>
#include <functional>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDate kToday(2026, 11, 2);
constexpr int kPage = 7; // small, so that every order spans many pages

QVector<qint64> idsOf(const QVector<RequestSummary> &rows)
{
    QVector<qint64> ids;
    for (const RequestSummary &r : rows)
        ids << r.id;
    return ids;
}

// A word of one or two letters or digits matches the start of a word (a run of letters and digits) of a field; any
// other word matches anywhere. Written here without the code under test.
bool holds(const QString &field, const QString &word)
{
    const bool letters = std::all_of(word.cbegin(), word.cend(), [](QChar c) { return c.isLetterOrNumber(); });
    if (word.size() >= 3 || !letters)
        return field.contains(word, Qt::CaseInsensitive);
    for (qsizetype i = 0; i + word.size() <= field.size(); ++i) {
        if ((i == 0 || !field.at(i - 1).isLetterOrNumber())
            && QStringView(field).mid(i, word.size()).compare(word, Qt::CaseInsensitive) == 0)
            return true;
    }
    return false;
}

bool containsAllWords(const QStringList &fields, const QStringList &words)
{
    for (const QString &word : words) {
        const bool found
            = std::any_of(fields.cbegin(), fields.cend(), [&](const QString &f) { return holds(f, word); });
        if (!found)
            return false;
    }
    return true;
}

// The register's search looks for every word anywhere.
bool containsAllWordsAnywhere(const QStringList &fields, const QStringList &words)
{
    for (const QString &word : words) {
        const bool found = std::any_of(fields.cbegin(), fields.cend(),
                                       [&](const QString &f) { return f.contains(word, Qt::CaseInsensitive); });
        if (!found)
            return false;
    }
    return true;
}
} // namespace

class TestListQueries : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void inboxFiltersLeaveWhatTheyShould();
    void inboxSearchIgnoresCaseOfFinnishLetters();
    void inboxSearchFindsWhatAScanFinds();
    void inboxSearchShortWordsMatchWordStarts();
    void inboxSearchIsTheSameWithoutTrigramIndexes();
    void inboxSearchFollowsEveryChange();
    void inboxPagesThroughEveryOrderOnce();
    void registerFiltersLeaveWhatTheyShould();
    void registerPagesThroughEveryOrderOnce();

private:
    QVector<qint64> allInboxIds(RequestInboxQuery &query, const RequestInboxFilter &filter,
                                const RequestInboxQuery::Sort &sort);
    int inboxCount(const RequestInboxFilter &filter);
    QStringList searchWords() const;

    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<Database> m_db;
    std::unique_ptr<FixedClock> m_clock;
    QVector<Request> m_requests;
    QVector<Worker> m_workers;
};

void TestListQueries::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(QDateTime(kToday, QTime(9, 0)));
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    m_db = m_testDb->openOrFail();
    QVERIFY(m_db);
    DemoGenerator::Options options;
    options.workers = 70;
    options.requests = 90;
    options.seed = 21;
    options.today = kToday;
    QVERIFY(DemoGenerator(*m_db).generate(options).ok());
    auto requests = RequestRepository(*m_db).listAll();
    QVERIFY(requests.ok());
    m_requests = *requests;
    auto workers = WorkerRepository(*m_db).list();
    QVERIFY(workers.ok());
    m_workers = *workers;
}

void TestListQueries::cleanupTestCase()
{
    m_db.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

int TestListQueries::inboxCount(const RequestInboxFilter &filter)
{
    auto n = RequestInboxQuery(*m_db).count(filter);
    return n ? *n : -1;
}

void TestListQueries::inboxFiltersLeaveWhatTheyShould()
{
    QCOMPARE(inboxCount({}), int(m_requests.size()));
    for (RequestStatus status :
         { RequestStatus::New, RequestStatus::Tagged, RequestStatus::Inviting, RequestStatus::Confirmed,
           RequestStatus::Held, RequestStatus::Closed, RequestStatus::Cancelled }) {
        RequestInboxFilter f;
        f.statuses = { status };
        const auto expected = std::count_if(m_requests.cbegin(), m_requests.cend(),
                                            [&](const Request &r) { return r.status == status; });
        QCOMPARE(inboxCount(f), int(expected));
    }
    // Service type, received range, work range.
    RequestInboxFilter byService;
    byService.serviceType = m_requests.first().serviceType;
    QCOMPARE(inboxCount(byService), int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const Request &r) {
                 return r.serviceType == byService.serviceType;
             })));
    RequestInboxFilter received;
    received.receivedFrom = kToday.addDays(-60);
    received.receivedTo = kToday.addDays(-10);
    QCOMPARE(inboxCount(received), int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const Request &r) {
                 return r.receivedOn >= received.receivedFrom && r.receivedOn <= received.receivedTo;
             })));
    RequestInboxFilter work;
    work.workFrom = kToday;
    work.workTo = kToday.addDays(30);
    QCOMPARE(inboxCount(work), int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const Request &r) {
                 const QDate d = r.workDate();
                 return d.isValid() && d >= work.workFrom && d <= work.workTo;
             })));
    // Text: every word in the reference, title, requester or unit, whatever the case.
    const QString word = m_requests.at(3).title.section(QLatin1Char(' '), 0, 0).toUpper();
    RequestInboxFilter text;
    text.text = word + QStringLiteral(" ") + m_requests.at(3).reference.left(4);
    QCOMPARE(inboxCount(text), int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const Request &r) {
                 return containsAllWords({ r.reference, r.title, r.requesterName, r.requesterUnit }, text.words());
             })));
    QVERIFY(inboxCount(text) >= 1);
    // A list of ids (what a Today line opens): exactly those, and a refusal beyond what one statement can bind.
    RequestInboxFilter some;
    some.ids = { m_requests.at(0).id, m_requests.at(5).id, m_requests.at(9).id };
    QCOMPARE(inboxCount(some), 3);
    some.ids.fill(m_requests.at(0).id, RequestInboxQuery::kMaxIds + 1);
    auto refused = RequestInboxQuery(*m_db).count(some);
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
    // A topic covers its narrower topics.
    const qint64 topic = m_requests.first().topics.value(0).topicId;
    QVERIFY(topic != 0);
    auto subtree = RequestInboxQuery(*m_db).topicSubtree(topic);
    QVERIFY(subtree.ok() && subtree->contains(topic));
    RequestInboxFilter byTopic;
    byTopic.topicId = topic;
    QCOMPARE(inboxCount(byTopic), int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const Request &r) {
                 return std::any_of(r.topics.cbegin(), r.topics.cend(),
                                    [&](const RequestTopic &t) { return subtree->contains(t.topicId); });
             })));
    // Read either way (each tagged request looked up, or the list read in order and checked), alone and with other
    // filters: the same requests in the same order, and the first page with its count.
    RequestInboxFilter topicAndWord = byTopic;
    topicAndWord.text = m_requests.first().title.section(QLatin1Char(' '), 0, 0);
    RequestInboxFilter topicAndStatus = byTopic;
    topicAndStatus.statuses = { m_requests.first().status };
    for (const RequestInboxFilter &f : { byTopic, topicAndWord, topicAndStatus }) {
        for (const RequestInboxQuery::Sort &sort :
             { RequestInboxQuery::Sort {},
               RequestInboxQuery::Sort { RequestInboxQuery::SortKey::Reference, Qt::AscendingOrder },
               RequestInboxQuery::Sort { RequestInboxQuery::SortKey::Title, Qt::DescendingOrder } }) {
            RequestInboxQuery lookingUp(*m_db);
            RequestInboxQuery scanning(*m_db);
            scanning.setManyHits(1);
            const QVector<qint64> expected = allInboxIds(lookingUp, f, sort);
            QVERIFY(!expected.isEmpty());
            QCOMPARE(allInboxIds(scanning, f, sort), expected);
            auto first = scanning.fetchFirst(f, sort, kPage);
            QVERIFY(first.ok());
            QCOMPARE(first->total, int(expected.size()));
            QCOMPARE(idsOf(first->rows), expected.mid(0, kPage));
        }
    }
}

void TestListQueries::inboxSearchIgnoresCaseOfFinnishLetters()
{
    Request r = m_requests.first();
    r.title = QStringLiteral("Äidin ja isän kokemukset sijoituksesta");
    auto saved = RequestRepository(*m_db).save(r);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    RequestInboxFilter f;
    f.text = QStringLiteral("ÄIDIN ISÄN");
    QCOMPARE(inboxCount(f), 1);
    f.text = QStringLiteral("äidin");
    QCOMPARE(inboxCount(f), 1);
    r.title = m_requests.first().title;
    r.version = saved->version;
    QVERIFY(RequestRepository(*m_db).save(r).ok());
}

QStringList TestListQueries::searchWords() const
{
    QStringList words { QStringLiteral("%"),     QStringLiteral("_"),      QStringLiteral("a_b"),
                        QStringLiteral("\""),    QStringLiteral("\"ja\""), QStringLiteral("ja\""),
                        QStringLiteral("\"ja"),  QStringLiteral("o'"),     QStringLiteral("*"),
                        QStringLiteral("[a]"),   QStringLiteral("ja OR"),  QStringLiteral("NEAR(a b)"),
                        QStringLiteral("2026-"), QStringLiteral("-20"),    QStringLiteral("aiti"),
                        QStringLiteral("äiti"),  QStringLiteral("ÄITI"),   QStringLiteral("zqx"),
                        QStringLiteral("oy"),    QStringLiteral("ry"),     QStringLiteral("a"),
                        QStringLiteral("V"),     QStringLiteral("vi"),     QStringLiteral("ä"),
                        QStringLiteral("Ä"),     QStringLiteral("ÄI"),     QStringLiteral("2"),
                        QStringLiteral("20"),    QStringLiteral("02"),     QStringLiteral("k -"),
                        QStringLiteral("a1"),    QStringLiteral("ja k"),   QStringLiteral("v ka") };
    for (int i = 0; i < m_requests.size(); i += 9) {
        const Request &r = m_requests.at(i);
        for (const QString &field : { r.reference, r.title, r.requesterName, r.requesterUnit }) {
            for (int length : { 1, 2, 3, 4, 7 }) {
                const int start = (i / 9 * 5 + length) % std::max(1, int(field.size()) - length + 1);
                const QString piece = field.mid(start, length).simplified();
                if (!piece.isEmpty())
                    words << piece << piece.toUpper();
            }
            // One and two characters where a word starts: they find something.
            const QString second = field.section(QLatin1Char(' '), 1, 1);
            words << field.left(1) << field.left(2).toLower() << second.left(2).toUpper() << second.left(1);
        }
        words << r.title.section(QLatin1Char(' '), 0, 1).toLower();
    }
    words.removeAll(QString());
    return words;
}

void TestListQueries::inboxSearchFindsWhatAScanFinds()
{
    // On SQLite words of three or more characters go through the trigram index first, one or two letters or digits
    // through the word index: whatever the word, the inbox must leave exactly the requests that hold it, as a plain
    // scan would (and PostgreSQL's ILIKE and regular expression do, with pg_trgm's indexes or without).
    const QStringList words = searchWords();
    int found = 0;
    int n = 0;
    for (const QString &text : words) {
        RequestInboxFilter f;
        f.text = text;
        const int expected = int(std::count_if(m_requests.cbegin(), m_requests.cend(), [&](const Request &r) {
            return containsAllWords({ r.reference, r.title, r.requesterName, r.requesterUnit }, f.words());
        }));
        QVERIFY2(
            inboxCount(f) == expected,
            qPrintable(QStringLiteral("“%1”: %2 requests, expected %3").arg(text).arg(inboxCount(f)).arg(expected)));
        if (expected > 0)
            ++found;
        // The first page, read with the count and either way round: the same requests in the same order.
        RequestInboxQuery query(*m_db);
        auto first = query.fetchFirst(f, {}, kPage);
        QVERIFY(first.ok());
        QCOMPARE(first->total, expected);
        const QVector<qint64> lookedUp = idsOf(first->rows);
        QCOMPARE(lookedUp.size(), std::min(expected, kPage));
        QCOMPARE(lookedUp, allInboxIds(query, f, {}).mid(0, kPage));
        if (n++ % 4 != 0)
            continue; // a quarter of the words is enough for the orders below, and the test stays quick
        for (const RequestInboxQuery::Sort &sort :
             { RequestInboxQuery::Sort {},
               RequestInboxQuery::Sort { RequestInboxQuery::SortKey::Reference, Qt::AscendingOrder },
               RequestInboxQuery::Sort { RequestInboxQuery::SortKey::Title, Qt::AscendingOrder } }) {
            RequestInboxQuery scanning(*m_db);
            scanning.setManyHits(1);
            QCOMPARE(allInboxIds(scanning, f, sort), allInboxIds(query, f, sort));
            auto scanFirst = scanning.fetchFirst(f, sort, kPage);
            QVERIFY(scanFirst.ok());
            QCOMPARE(idsOf(scanFirst->rows), allInboxIds(query, f, sort).mid(0, kPage));
        }
    }
    QVERIFY2(found > words.size() / 2, "most of the words are taken from the requests and must find something");
}

void TestListQueries::inboxSearchShortWordsMatchWordStarts()
{
    // "Vi" finds "Virtanen" and "Kivi-Virtanen", not "Kivinen"; "ä" finds "Äidin", not "Häme"; a digit finds a
    // number's start. Three characters find the word anywhere again.
    Request r = m_requests.at(1);
    const Request before = r;
    r.title = QStringLiteral("Kivinen ja Äidin tuki");
    r.requesterName = QStringLiteral("Kivi-Virtanen");
    r.requesterUnit = QStringLiteral("Häme 42");
    auto saved = RequestRepository(*m_db).save(r);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    const auto finds = [this, &r](const QString &text) {
        RequestInboxFilter f;
        f.text = text;
        f.ids = { r.id };
        return inboxCount(f) == 1;
    };
    QVERIFY(finds(QStringLiteral("Vi")));
    QVERIFY(finds(QStringLiteral("v")));
    QVERIFY(finds(QStringLiteral("KI")));
    QVERIFY(!finds(QStringLiteral("in")));
    QVERIFY(finds(QStringLiteral("inen"))); // three or more: anywhere
    QVERIFY(finds(QStringLiteral("ä")));
    QVERIFY(finds(QStringLiteral("äi")));
    QVERIFY(!finds(QStringLiteral("äm")));
    QVERIFY(finds(QStringLiteral("häm")));
    QVERIFY(finds(QStringLiteral("4")));
    QVERIFY(finds(QStringLiteral("-V"))); // not only letters and digits: anywhere
    QVERIFY(finds(QStringLiteral("vi tu")));
    QVERIFY(!finds(QStringLiteral("vi ne")));
    RequestInboxFilter typed;
    typed.text = QStringLiteral("Vi");
    QVERIFY(!typed.hasUnindexedWord());
    typed.text = QStringLiteral("Vi -");
    QVERIFY(typed.hasUnindexedWord());
    r.title = before.title;
    r.requesterName = before.requesterName;
    r.requesterUnit = before.requesterUnit;
    r.version = saved->version;
    QVERIFY(RequestRepository(*m_db).save(r).ok());
}

void TestListQueries::inboxSearchIsTheSameWithoutTrigramIndexes()
{
    if (!m_db->dialect().isPostgreSQL())
        QSKIP("pg_trgm is PostgreSQL's; SQLite always has its FTS5 indexes (inboxSearchFindsWhatAScanFinds)");
    SqlQuery available(*m_db, QStringLiteral("SELECT COUNT(*) FROM pg_available_extensions WHERE name = ?"));
    available.bind(QStringLiteral("pg_trgm"));
    if (available.scalar().valueOr(0).toInt() == 0)
        QSKIP("this PostgreSQL server has no pg_trgm (postgresql-contrib): nothing to compare");
    // The server has pg_trgm: the migration made the indexes and says so.
    QCOMPARE(SearchIndex::inUse(*m_db).valueOr(SearchIndex::Kind::Plain), SearchIndex::Kind::PostgresTrigram);
    const QStringList words = searchWords();
    const auto results = [&] {
        QVector<QVector<qint64>> all;
        for (const QString &text : words) {
            RequestInboxFilter f;
            f.text = text;
            // One page holds all 90 requests: one statement per word, so the test stays quick.
            auto rows = RequestInboxQuery(*m_db).fetch(
                f, RequestInboxQuery::Sort { RequestInboxQuery::SortKey::Title, Qt::AscendingOrder }, 0, 500);
            all << (rows ? idsOf(*rows) : QVector<qint64> { -1 });
        }
        return all;
    };
    const QVector<QVector<qint64>> indexed = results();
    // The indexes serve both conditions: a two-letter word's start (the trigram " vi") and a longer word anywhere.
    // With 90 requests the planner would rather read the table, so it is told not to.
    QVERIFY(SqlQuery::runStatement(*m_db, QStringLiteral("SET enable_seqscan = off")).ok());
    for (const QString &condition :
         { QStringLiteral("title ~* '(^|[^[:alnum:]])vi'"), QStringLiteral("title ILIKE '%virta%'") }) {
        // Not prepared: PostgreSQL's PREPARE takes no EXPLAIN. The text is fixed here.
        const QString explain = QStringLiteral("EXPLAIN SELECT id FROM requests WHERE ") + condition;
        SqlQuery plan(*m_db, explain);
        QVERIFY2(plan.raw().exec(explain), qPrintable(plan.raw().lastError().text()));
        QString planText;
        while (plan.next())
            planText += plan.value(0).toString() + QLatin1Char('\n');
        QVERIFY2(planText.contains(QLatin1String("requests_trgm_title")), qPrintable(planText));
    }
    QVERIFY(SqlQuery::runStatement(*m_db, QStringLiteral("RESET enable_seqscan")).ok());

    // Without them: the same requests, and the office says it searches plainly.
    for (const QString &name : SearchIndex::trigramIndexNames())
        QVERIFY(SqlQuery::runStatement(*m_db, QStringLiteral("DROP INDEX ") + name).ok());
    QCOMPARE(SearchIndex::inUse(*m_db).valueOr(SearchIndex::Kind::PostgresTrigram), SearchIndex::Kind::Plain);
    QVERIFY(SearchIndex::describe(SearchIndex::Kind::Plain).contains(QLatin1String("postgresql-contrib")));
    const QVector<QVector<qint64>> plain = results();
    QCOMPARE(plain.size(), indexed.size());
    for (qsizetype i = 0; i < words.size(); ++i)
        QVERIFY2(plain.at(i) == indexed.at(i), qPrintable(QStringLiteral("“%1”").arg(words.at(i))));
    // And without the extension at all; installing again brings both back.
    QVERIFY(SqlQuery::runStatement(*m_db, QStringLiteral("DROP EXTENSION pg_trgm")).ok());
    QVERIFY(results() == indexed);
    {
        Transaction tx(*m_db);
        QVERIFY(SearchIndex::installTrigramIndexes(*m_db).ok());
        QVERIFY(tx.commit().ok());
    }
    QCOMPARE(SearchIndex::inUse(*m_db).valueOr(SearchIndex::Kind::Plain), SearchIndex::Kind::PostgresTrigram);
    QVERIFY(results() == indexed);
}

void TestListQueries::inboxSearchFollowsEveryChange()
{
    // The index follows a new request, an edit and a removal (a removal only another tool makes: Kohtaamo cancels).
    const auto count = [this](const QString &text) {
        RequestInboxFilter f;
        f.text = text;
        return inboxCount(f);
    };
    Request r = m_requests.first();
    r.id = 0;
    r.version = 0;
    r.reference.clear();
    r.title = QStringLiteral("Seeprakuoron esitys");
    r.requesterUnit = QStringLiteral("Lumikkoyksikkö");
    auto created = RequestRepository(*m_db).save(r);
    QVERIFY2(created.ok(), qPrintable(created.error().message));
    QCOMPARE(count(QStringLiteral("seeprakuoro")), 1);
    QCOMPARE(count(QStringLiteral("LUMIKKOYKSIKKÖ")), 1);
    QCOMPARE(count(created->reference), 1);

    Request edited = *created;
    edited.title = QStringLiteral("Kirahvikuoron esitys");
    auto saved = RequestRepository(*m_db).save(edited);
    QVERIFY2(saved.ok(), qPrintable(saved.error().message));
    QCOMPARE(count(QStringLiteral("seeprakuoro")), 0);
    QCOMPARE(count(QStringLiteral("kirahvikuoro")), 1);
    QCOMPARE(count(QStringLiteral("lumikko")), 1);

    SqlQuery removal(*m_db, QStringLiteral("DELETE FROM requests WHERE id = ?"));
    removal.bind(created->id);
    QVERIFY(removal.exec());
    QCOMPARE(count(QStringLiteral("kirahvikuoro")), 0);
    QCOMPARE(count(QStringLiteral("lumikko")), 0);
    QCOMPARE(count({}), int(m_requests.size()));
}

QVector<qint64> TestListQueries::allInboxIds(RequestInboxQuery &query, const RequestInboxFilter &filter,
                                             const RequestInboxQuery::Sort &sort)
{
    QVector<qint64> ids;
    for (int offset = 0;; offset += kPage) {
        auto page = query.fetch(filter, sort, offset, kPage);
        if (!page || page->isEmpty())
            break;
        for (const RequestSummary &s : *page)
            ids << s.id;
        if (page->size() < kPage)
            break;
    }
    return ids;
}

void TestListQueries::inboxPagesThroughEveryOrderOnce()
{
    RequestInboxQuery query(*m_db);
    using Key = RequestInboxQuery::SortKey;
    for (Key key : { Key::Reference, Key::Received, Key::Title, Key::Requester, Key::Unit, Key::ServiceType,
                     Key::Status, Key::WorkDate, Key::WorkersNeeded, Key::Accepted }) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const RequestInboxQuery::Sort sort { key, order };
            const QVector<qint64> ids = allInboxIds(query, {}, sort);
            const QString where = QStringLiteral("key %1 order %2").arg(int(key)).arg(int(order));
            QCOMPARE(ids.size(), m_requests.size());
            QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), m_requests.size()); // each once
            for (int i : { 0, 5, int(ids.size()) / 2, int(ids.size()) - 1 }) {
                auto position = query.positionOf({}, sort, ids.at(i));
                QVERIFY2(position.ok(), qPrintable(where));
                QCOMPARE(*position, i);
            }
        }
    }
    // Received descending really is newest first.
    auto page = query.fetch({}, { Key::Received, Qt::DescendingOrder }, 0, int(m_requests.size()));
    QVERIFY(page.ok());
    for (int i = 1; i < page->size(); ++i)
        QVERIFY(page->at(i - 1).receivedOn >= page->at(i).receivedOn);
}

void TestListQueries::registerFiltersLeaveWhatTheyShould()
{
    WorkerRegisterQuery query(*m_db);
    auto all = query.count({});
    QVERIFY(all.ok());
    QCOMPARE(*all, int(m_workers.size()));
    for (WorkerStatus status : { WorkerStatus::Active, WorkerStatus::OnBreak, WorkerStatus::Left }) {
        WorkerRegisterFilter f;
        f.statuses = { status };
        auto n = query.count(f);
        QVERIFY(n.ok());
        QCOMPARE(*n, int(std::count_if(m_workers.cbegin(), m_workers.cend(), [&](const Worker &w) {
            return w.status == status;
        })));
    }
    WorkerRegisterFilter some;
    some.ids = { m_workers.at(1).id, m_workers.at(4).id };
    auto two = query.count(some);
    QVERIFY(two.ok());
    QCOMPARE(*two, 2);
    WorkerRegisterFilter minors;
    minors.minors = WorkerRegisterFilter::Minors::OnlyMinors;
    auto n = query.count(minors);
    QVERIFY(n.ok());
    QCOMPARE(*n, int(std::count_if(m_workers.cbegin(), m_workers.cend(), [](const Worker &w) {
        return w.isMinorOn(kToday);
    })));
    WorkerRegisterFilter region;
    region.region = m_workers.first().homeRegion;
    n = query.count(region);
    QVERIFY(n.ok());
    QVERIFY(*n >= int(std::count_if(m_workers.cbegin(), m_workers.cend(),
                                    [&](const Worker &w) { return w.homeRegion == region.region; })));
    WorkerRegisterFilter text;
    text.text = m_workers.at(2).displayName.section(QLatin1Char(' '), 0, 0).toUpper();
    n = query.count(text);
    QVERIFY(n.ok());
    QCOMPARE(*n, int(std::count_if(m_workers.cbegin(), m_workers.cend(), [&](const Worker &w) {
        return containsAllWordsAnywhere({ w.displayName, w.email, w.phone, w.municipality, w.homeRegion },
                                        text.words());
    })));
    // Consent states split the register: valid + missing = everyone.
    WorkerRegisterFilter valid;
    valid.consent = WorkerRegisterFilter::ConsentState::Valid;
    WorkerRegisterFilter missing;
    missing.consent = WorkerRegisterFilter::ConsentState::Missing;
    WorkerRegisterFilter expiring;
    expiring.consent = WorkerRegisterFilter::ConsentState::ExpiringSoon;
    auto v = query.count(valid);
    auto m = query.count(missing);
    auto e = query.count(expiring);
    QVERIFY(v.ok() && m.ok() && e.ok());
    QCOMPARE(*v + *m, int(m_workers.size()));
    QVERIFY(*e <= *v);
}

void TestListQueries::registerPagesThroughEveryOrderOnce()
{
    WorkerRegisterQuery query(*m_db);
    using Key = WorkerRegisterQuery::SortKey;
    for (Key key : { Key::Name, Key::Organisation, Key::Title, Key::Status, Key::Region, Key::Age }) {
        for (Qt::SortOrder order : { Qt::AscendingOrder, Qt::DescendingOrder }) {
            const WorkerRegisterQuery::Sort sort { key, order };
            QVector<qint64> ids;
            for (int offset = 0;; offset += kPage) {
                auto page = query.fetch({}, sort, offset, kPage);
                QVERIFY(page.ok());
                for (const WorkerSummary &s : *page)
                    ids << s.id;
                if (page->size() < kPage)
                    break;
            }
            QCOMPARE(ids.size(), m_workers.size());
            QCOMPARE(QSet<qint64>(ids.cbegin(), ids.cend()).size(), m_workers.size());
            for (int i : { 0, 3, int(ids.size()) - 1 }) {
                auto position = query.positionOf({}, sort, ids.at(i));
                QVERIFY(position.ok());
                QCOMPARE(*position, i);
            }
        }
    }
}

QTEST_GUILESS_MAIN(TestListQueries)
#include "tst_list_queries.moc"
