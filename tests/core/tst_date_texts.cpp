// Dates and times as each interface language writes them (issue 19): Finland-Swedish writes 6.12.2026 and
// kl. 13.00, not CLDR's Swedish 2026-12-06 and 13:00; Finnish and English keep QLocale's forms.

#include "common/DateTexts.h"
#include "common/Translations.h"

#include <QTest>

using namespace Kohtaamo;

class TestDateTexts : public QObject
{
    Q_OBJECT
private slots:
    void finlandSwedishWritesDotsAndKl();
    void finnishAndEnglishFollowTheLocale();
    void invalidValuesAreEmpty();
    void editorPatternsParseWhatTheyShow();
};

void TestDateTexts::finlandSwedishWritesDotsAndKl()
{
    const QLocale sv = Translations::localeFor(QStringLiteral("sv"));
    QCOMPARE(DateTexts::shortText(QDate(2026, 12, 6), sv), QStringLiteral("6.12.2026"));
    QCOMPARE(DateTexts::shortText(QTime(13, 0), sv), QStringLiteral("13.00"));
    QCOMPARE(DateTexts::shortText(QTime(9, 5), sv), QStringLiteral("9.05"));
    QCOMPARE(DateTexts::shortText(QDateTime(QDate(2026, 12, 6), QTime(13, 0)), sv),
             QStringLiteral("6.12.2026 kl. 13.00"));
    QVERIFY(!DateTexts::shortText(QDate(2026, 12, 6), sv).contains(QLatin1Char('-')));
}

void TestDateTexts::finnishAndEnglishFollowTheLocale()
{
    for (const QString &language : { QStringLiteral("fi"), QStringLiteral("en") }) {
        const QLocale locale = Translations::localeFor(language);
        const QDate date(2026, 12, 6);
        const QTime time(13, 0);
        QCOMPARE(DateTexts::shortText(date, locale), locale.toString(date, QLocale::ShortFormat));
        QCOMPARE(DateTexts::shortText(time, locale), locale.toString(time, QLocale::ShortFormat));
        QCOMPARE(DateTexts::shortText(QDateTime(date, time), locale),
                 locale.toString(QDateTime(date, time), QLocale::ShortFormat));
    }
    QCOMPARE(DateTexts::shortText(QDate(2026, 12, 6), Translations::localeFor(QStringLiteral("fi"))),
             QStringLiteral("6.12.2026"));
}

void TestDateTexts::invalidValuesAreEmpty()
{
    const QLocale sv = Translations::localeFor(QStringLiteral("sv"));
    QVERIFY(DateTexts::shortText(QDate(), sv).isEmpty());
    QVERIFY(DateTexts::shortText(QTime(), sv).isEmpty());
    QVERIFY(DateTexts::shortText(QDateTime(), sv).isEmpty());
}

void TestDateTexts::editorPatternsParseWhatTheyShow()
{
    for (const QString &language : Translations::supportedLanguages()) {
        const QLocale locale = Translations::localeFor(language);
        const QDate date(2026, 1, 31);
        const QString shown = locale.toString(date, DateTexts::dateFormat(locale));
        QCOMPARE(locale.toDate(shown, DateTexts::dateFormat(locale)), date);
        const QDateTime at(QDate(2026, 1, 31), QTime(9, 30));
        const QString both = locale.toString(at, DateTexts::dateTimeFormat(locale));
        QCOMPARE(locale.toDateTime(both, DateTexts::dateTimeFormat(locale)), at);
    }
}

QTEST_GUILESS_MAIN(TestDateTexts)
#include "tst_date_texts.moc"
