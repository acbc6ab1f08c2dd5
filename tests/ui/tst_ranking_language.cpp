// The ranking speaks the coordinator's language: every reason a candidate is ranked or excluded for, for the requests
// of a demo office, comes from the Finnish and Swedish catalogues. A text that equals its English counterpart (the same
// worker, the same place in the list) means a source text the catalogue never answers — a translation filed under
// another context than the one asked at run time, which the check for unfinished entries cannot see.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "common/Translations.h"
#include "office/OfficeService.h"

#include <QApplication>
#include <QRegularExpression>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 3, 2), QTime(9, 0));

// Everything the ranking says of each worker, in order: candidates' reasons, excluded workers' reasons.
QHash<qint64, QStringList> texts(OfficeService &office, const QVector<Request> &requests, const QString &language)
{
    QHash<qint64, QStringList> said;
    RankingEngine::Options options;
    options.limit = 200;
    options.includeExcluded = true;
    options.language = language;
    office.matching().invalidate();
    for (const Request &r : requests) {
        auto ranking = office.matching().rank(r, options);
        if (!ranking)
            continue;
        for (const Candidate &c : ranking->candidates)
            said[r.id * 100000 + c.workerId] << c.reasons();
        for (const ExcludedWorker &e : ranking->excluded)
            for (const Exclusion &x : e.exclusions)
                said[r.id * 100000 + e.workerId] << x.text;
    }
    return said;
}
} // namespace

class TestRankingLanguage : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void reasonsAreInTheChosenLanguage_data();
    void reasonsAreInTheChosenLanguage();

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    QVector<Request> m_requests;
};

void TestRankingLanguage::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_office = std::make_unique<OfficeService>(std::move(db));
    DemoGenerator::Options demo;
    demo.workers = 120;
    demo.requests = 60;
    demo.seed = 7;
    demo.today = kNow.date();
    QVERIFY(m_office->generateDemo(demo));
    RequestInboxFilter open;
    open.statuses = { RequestStatus::Tagged, RequestStatus::Inviting, RequestStatus::New };
    auto page = m_office->inboxPage(open, {}, 0, 40, QStringLiteral("en"));
    QVERIFY(page);
    for (const RequestSummary &s : *page)
        m_requests << *m_office->request(s.id);
    QVERIFY(m_requests.size() >= 5);
}

void TestRankingLanguage::cleanupTestCase()
{
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

void TestRankingLanguage::reasonsAreInTheChosenLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::newRow("fi") << QStringLiteral("fi");
    QTest::newRow("sv") << QStringLiteral("sv");
}

void TestRankingLanguage::reasonsAreInTheChosenLanguage()
{
    QFETCH(QString, language);
    QLocale::setDefault(Translations::localeFor(QStringLiteral("en"))); // the source, as the English UI shows it
    const auto inEnglish = texts(*m_office, m_requests, QStringLiteral("en"));
    Translations translations;
    QVERIFY(translations.install(language));
    const auto translated = texts(*m_office, m_requests, language);
    QVERIFY(!inEnglish.isEmpty());
    QCOMPARE(translated.size(), inEnglish.size());

    static const QRegularExpression words(QStringLiteral("[A-Za-z]{3,}"));
    QStringList untranslated;
    int compared = 0;
    for (auto it = inEnglish.constBegin(); it != inEnglish.constEnd(); ++it) {
        const QStringList &en = it.value();
        const QStringList other = translated.value(it.key());
        for (int i = 0; i < qMin(en.size(), other.size()); ++i) {
            ++compared;
            // Names and numbers alone are the same in every language; a sentence is not.
            if (other.at(i) == en.at(i) && words.match(en.at(i)).hasMatch() && !untranslated.contains(en.at(i)))
                untranslated << en.at(i);
        }
    }
    QVERIFY(compared > 500);
    QVERIFY2(untranslated.isEmpty(),
             qPrintable(QStringLiteral("%1 reasons are shown in English in %2: %3")
                            .arg(untranslated.size())
                            .arg(language, untranslated.mid(0, 12).join(QStringLiteral(" | ")))));
}

QTEST_MAIN(TestRankingLanguage)
#include "tst_ranking_language.moc"
