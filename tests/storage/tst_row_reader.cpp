// RowReader (storage/RowReader): the bulk reader of the matching snapshot reads the same values as SqlQuery on both
// backends (on SQLite through the sqlite3 C API on the driver's handle), and binds dates and instants as SqlQuery does.
#include "TestDatabase.h"

#include "matching/StoredValues.h"
#include "storage/RowReader.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QTest>

#include <atomic>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

class TestRowReader : public QObject
{
    Q_OBJECT

private slots:
    void readsWhatSqlQueryReads();
    void aColumnNotReadIsNull();
    void aBadStatementIsAnError();
    void aReadThatFailsHalfwayIsAnError();
    void anInterruptedReadIsAnError();
};

namespace {
const QDate kDay(2026, 3, 16);
const QDateTime kInstant(QDate(2026, 3, 16), QTime(8, 30, 5, 120), Qt::UTC);

bool fill(Database &db)
{
    if (!SqlQuery::runStatement(db,
                                QStringLiteral("CREATE TABLE row_probe (n BIGINT, t TEXT, b BOOLEAN, d DATE, "
                                               "ts TIMESTAMP WITH TIME ZONE)")))
        return false;
    SqlQuery q(db, QStringLiteral("INSERT INTO row_probe (n, t, b, d, ts) VALUES (?, ?, ?, ?, ?)"));
    q.bindAll({ qint64(1) << 40, QStringLiteral("Äiti ja lapsi"), true, SqlQuery::fromDate(kDay),
                SqlQuery::fromDateTime(kInstant) });
    if (!q.exec())
        return false;
    q.bindAll({ qint64(-7), QStringLiteral("declined"), false, SqlQuery::fromDate(kDay.addDays(1)),
                SqlQuery::fromDateTime(kInstant.addSecs(3600)) });
    if (!q.exec())
        return false;
    q.bindAll({ QVariant(QMetaType::fromType<qlonglong>()), QVariant(QMetaType::fromType<QString>()),
                QVariant(QMetaType::fromType<bool>()), SqlQuery::fromDate({}), SqlQuery::fromDateTime({}) });
    return bool(q.exec());
}
} // namespace

void TestRowReader::readsWhatSqlQueryReads()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(fill(*db));
    const QString sql = QStringLiteral("SELECT n, t, b, d, ts FROM row_probe WHERE d IS NULL OR (d >= ? AND ts >= ?) "
                                       "ORDER BY n");
    SqlQuery expected(*db, sql);
    expected.bindAll({ SqlQuery::fromDate(kDay), SqlQuery::fromDateTime(kInstant) });
    QVERIFY(expected.exec());
    // Read to the end first: PostgreSQL's driver does not interleave two open results on one connection.
    QVector<QVariantList> rowsExpected;
    while (expected.next()) {
        QVariantList row;
        for (int c = 0; c < 5; ++c)
            row << expected.value(c);
        rowsExpected << row;
    }
    QCOMPARE(rowsExpected.size(), 3); // both bound conditions held for two rows, and the row of nulls
    RowReader q(*db, sql);
    q.bindAll({ SqlQuery::fromDate(kDay), SqlQuery::fromDateTime(kInstant) });
    QVERIFY(q.exec());
    StoredValues values;
    for (const QVariantList &row : std::as_const(rowsExpected)) {
        QVERIFY(q.next());
        const auto expectedValue = [&row](int c) { return row.at(c); };
        for (int c = 0; c < 5; ++c)
            QCOMPARE(q.value(c).isNull(), expectedValue(c).isNull());
        QCOMPARE(q.value(0).toLongLong(), expectedValue(0).toLongLong());
        QCOMPARE(q.value(0).toInt(), expectedValue(0).toInt());
        QCOMPARE(q.value(1).toString(), expectedValue(1).toString());
        QCOMPARE(q.value(1).toString().isNull(), expectedValue(1).toString().isNull());
        QCOMPARE(q.value(1).utf8(), expectedValue(1).toString().toUtf8());
        QCOMPARE(q.value(2).toBool(), expectedValue(2).toBool());
        QCOMPARE(q.value(3).toDate(), SqlQuery::toDate(expectedValue(3)));
        QCOMPARE(StoredValues::date(q.value(3)), StoredValues::date(expectedValue(3)));
        const QDateTime instant = values.instant(q.value(4));
        QCOMPARE(instant, SqlQuery::toDateTime(expectedValue(4)));
        QCOMPARE(instant.isValid(), !expectedValue(4).isNull());
        qint64 msecs = 0;
        if (!TestDatabase::postgres() && !q.value(4).isNull()) { // SQLite keeps the instant as ISO text
            QVERIFY(q.value(4).utcMSecs(msecs));
            QCOMPARE(msecs, instant.toMSecsSinceEpoch());
        }
    }
    QVERIFY(!q.next());
    // Runs again with new values, as SqlQuery does.
    q.bindAll({ SqlQuery::fromDate(kDay.addDays(1)), SqlQuery::fromDateTime(kInstant) });
    QVERIFY(q.exec());
    int rows = 0;
    while (q.next())
        ++rows;
    QCOMPARE(rows, 2);
}

void TestRowReader::aColumnNotReadIsNull()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(fill(*db));
    RowReader q(*db, QStringLiteral("SELECT n FROM row_probe WHERE n = ?"));
    q.bind(qint64(-7));
    QVERIFY(q.exec());
    QVERIFY(q.next());
    const RowCell none = q.value(-1);
    QVERIFY(none.isNull());
    QCOMPARE(none.toLongLong(), 0);
    QVERIFY(!none.toBool());
    QVERIFY(none.toString().isNull());
    QVERIFY(!none.toDate().isValid());
    QVERIFY(!none.toVariant().isValid());
    QCOMPARE(q.value(0).toLongLong(), -7);
    QVERIFY(!q.next());
}

void TestRowReader::aBadStatementIsAnError()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    RowReader q(*db, QStringLiteral("SELECT no_such_column FROM workers"));
    const Status s = q.exec();
    QVERIFY(!s);
    QVERIFY(!q.next());
}

void TestRowReader::aReadThatFailsHalfwayIsAnError()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(fill(*db));
    // The first row reads; the second overflows. SQLite says so only when that row is stepped to, PostgreSQL's driver
    // when the statement runs (it fetches every row then).
    RowReader q(*db,
                QStringLiteral("SELECT CASE WHEN n = -7 THEN abs(-9223372036854775807 - 1) ELSE n END FROM row_probe"));
    if (const Status executed = q.exec(); !executed) {
        QVERIFY2(TestDatabase::postgres(), qPrintable(executed.error().detail));
        return;
    }
    QVERIFY(q.status());
    QVERIFY(q.next());
    QVERIFY(!q.next()); // not the end: an error
    QCOMPARE(q.status().error().code, Error::Code::Database);
    QVERIFY2(q.status().error().detail.contains(QLatin1String("overflow")), qPrintable(q.status().error().detail));
}

void TestRowReader::anInterruptedReadIsAnError()
{
    TestDatabase t;
    KOHTAAMO_REQUIRE_DB(t);
    auto db = t.openOrFail();
    QVERIFY(fill(*db));
    std::atomic<bool> stop { false };
    db->setInterruption(&stop);
    {
        RowReader q(*db, QStringLiteral("SELECT n FROM row_probe ORDER BY n"));
        QVERIFY(q.exec());
        QVERIFY(q.next());
        stop = true; // as another thread does
        QVERIFY(!q.next());
        QCOMPARE(q.status().error().code, Error::Code::Database);
        QVERIFY(!q.status().error().message.isEmpty());
    }

    // Not stopped, the same reader reads every row and ends well.
    stop = false;
    RowReader again(*db, QStringLiteral("SELECT n FROM row_probe ORDER BY n"));
    QVERIFY(again.exec());
    int rows = 0;
    while (again.next())
        ++rows;
    QCOMPARE(rows, 3);
    QVERIFY(again.status());
    db->setInterruption(nullptr);
}

QTEST_GUILESS_MAIN(TestRowReader)
#include "tst_row_reader.moc"
