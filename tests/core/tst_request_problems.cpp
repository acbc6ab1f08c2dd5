// RequestRepository::problems(): every rule a form must show next to its field at once, named by field, in the
// order validate() checks them, so that validate() (the first problem) and the form never disagree.
#include "repositories/RequestRepository.h"

#include <QTest>

using namespace Kohtaamo;

Q_DECLARE_METATYPE(Kohtaamo::Request)

namespace {
Request valid()
{
    Request r;
    r.requesterName = QStringLiteral("Sari Virtanen");
    r.title = QStringLiteral("Brochure review");
    r.receivedOn = QDate(2026, 3, 10);
    return r;
}

QStringList fields(const QVector<Error> &problems)
{
    QStringList names;
    for (const Error &e : problems)
        names << e.detail;
    return names;
}
} // namespace

class TestRequestProblems : public QObject
{
    Q_OBJECT

private slots:
    void aValidRequestHasNone()
    {
        QVERIFY(RequestRepository::problems(valid()).isEmpty());
        QVERIFY(RequestRepository::validate(valid()).ok());
    }

    void everyBrokenFieldIsNamedOnce()
    {
        Request r = valid();
        r.title = QStringLiteral("  ");
        r.requesterName.clear();
        r.requesterEmail = QStringLiteral("sari@");
        r.requesterPhone = QStringLiteral("call me");
        r.feeCents = -100;
        const QDateTime at(QDate(2026, 4, 14), QTime(13, 0));
        r.dateOptions = { { 0, at, at.addSecs(-3600), true }, { 0, QDateTime(), QDateTime(), true } };
        const QVector<Error> found = RequestRepository::problems(r);
        QCOMPARE(fields(found),
                 (QStringList { QStringLiteral("title"), QStringLiteral("requesterName"),
                                QStringLiteral("requesterEmail"), QStringLiteral("requesterPhone"),
                                QStringLiteral("feeCents"), QStringLiteral("dateOptions") }));
        for (const Error &e : found) {
            QCOMPARE(e.code, Error::Code::InvalidInput);
            QVERIFY(!e.message.isEmpty());
        }
        QVERIFY(found.at(2).message.contains(QStringLiteral("name@example.fi")));
        // The first one is what validate() and save() report.
        const Status first = RequestRepository::validate(r);
        QCOMPARE(first.error().detail, QStringLiteral("title"));
        QCOMPARE(first.error().message, found.first().message);
    }

    // Implausible values a form must refuse, naming the field: one row per slip.
    void implausibleValuesAreRefused_data()
    {
        QTest::addColumn<Request>("request");
        QTest::addColumn<QString>("field");
        Request before = valid();
        before.dateOptions = { { 0, QDateTime(QDate(2025, 3, 12), QTime(13, 0)), QDateTime(), true } };
        QTest::newRow("meeting before the request was received (last year typed)")
            << before << QStringLiteral("dateOptions");
        Request deadline = valid();
        deadline.deadline = QDate(2026, 3, 9);
        QTest::newRow("deadline before the request was received") << deadline << QStringLiteral("deadline");
        Request description = valid();
        description.description = QString(10001, QLatin1Char('x'));
        QTest::newRow("description longer than 10,000 characters") << description << QStringLiteral("description");
        Request requester = valid();
        requester.requesterName = QString(201, QLatin1Char('x'));
        QTest::newRow("requester longer than 200 characters") << requester << QStringLiteral("requesterName");
        Request place = valid();
        place.place = QString(301, QLatin1Char('x'));
        QTest::newRow("place longer than 300 characters") << place << QStringLiteral("place");
        Request notes = valid();
        notes.notes = QString(10001, QLatin1Char('x'));
        QTest::newRow("notes longer than 10,000 characters") << notes << QStringLiteral("notes");
    }

    void implausibleValuesAreRefused()
    {
        QFETCH(Request, request);
        QFETCH(QString, field);
        QCOMPARE(fields(RequestRepository::problems(request)), QStringList { field });
        QVERIFY(!RequestRepository::validate(request));
    }

    void sameDayAndLongestTextsAreFine()
    {
        Request r = valid();
        r.dateOptions = { { 0, QDateTime(r.receivedOn, QTime(18, 0)), QDateTime(), true } };
        r.deadline = r.receivedOn;
        r.description = QString(10000, QLatin1Char('x'));
        r.requesterName = QString(200, QLatin1Char('x'));
        QVERIFY(RequestRepository::problems(r).isEmpty());
    }

    void oneProposedTimeIsCheckedOnItsOwn_data()
    {
        QTest::addColumn<QDateTime>("starts");
        QTest::addColumn<QDateTime>("ends");
        QTest::addColumn<bool>("ok");
        const QDateTime at(QDate(2026, 4, 14), QTime(13, 0));
        QTest::newRow("start and later end") << at << at.addSecs(60) << true;
        QTest::newRow("start only") << at << QDateTime() << true;
        QTest::newRow("ends before it starts") << at << at.addSecs(-60) << false;
        QTest::newRow("ends as it starts") << at << at << false;
        QTest::newRow("no start") << QDateTime() << at << false;
    }

    void oneProposedTimeIsCheckedOnItsOwn()
    {
        QFETCH(QDateTime, starts);
        QFETCH(QDateTime, ends);
        QFETCH(bool, ok);
        const Status s = RequestRepository::validateDateOption({ 0, starts, ends, false });
        QCOMPARE(s.ok(), ok);
        if (!ok)
            QCOMPARE(s.error().detail, QStringLiteral("dateOptions"));
    }
};

QTEST_GUILESS_MAIN(TestRequestProblems)
#include "tst_request_problems.moc"
