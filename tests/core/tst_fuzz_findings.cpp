// What the libFuzzer targets found (docs/fuzzing.md), each fixed in core and fed here as the minimised input kept in
// tests/data/fuzz/, so that the normal suite (and its AddressSanitizer + UBSan run) keeps it fixed.
#include "workerimport/RegisterFileReader.h"
#include "workerimport/XlsxTableReader.h"

#include <QFile>
#include <QTest>

#include <limits>

using namespace Kohtaamo;

namespace {
QString fuzzData(const char *name)
{
    return QStringLiteral(KOHTAAMO_FUZZ_DATA_DIR "/") + QString::fromLatin1(name);
}
} // namespace

class TestFuzzFindings : public QObject
{
    Q_OBJECT
private slots:
    void xlsxCellReferencesPastTheLastColumnAreLeftOut();
    void xlsxRowNumberPastTheLastRowCountsOn();
    void xlsxDateSerialOutsideExcelsDaysIsKeptAsANumber();
};

// fuzz_xlsx_table: a cell reference of many letters ("EDDDDDDDDDDD1") overflowed an int in the column arithmetic
// (UBSan: signed integer overflow in columnOf). Such a cell, one past XFD and one whose letters are not A–Z are left
// out; the rest of the sheet reads as it is.
void TestFuzzFindings::xlsxCellReferencesPastTheLastColumnAreLeftOut()
{
    const QString path = fuzzData("xlsx-column-reference-overflow.xlsx");
    QVERIFY2(QFile::exists(path), qPrintable(path));
    for (const auto &table : { XlsxTableReader::read(path), RegisterFileReader::read(path) }) {
        QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
        QCOMPARE(table->header, QStringList { QStringLiteral("Nimi") });
        QCOMPARE(table->rows.size(), 1);
        QCOMPARE(table->rows.at(0).cells, QStringList { QStringLiteral("Aino") });
        QCOMPARE(table->rows.at(0).line, 2);
    }
}

// A row numbered 2147483647 overflowed the next row's number (UBSan: signed integer overflow in read). A row number
// past the sheet's last row (1,048,576) is not taken: the row counts on from the one before.
void TestFuzzFindings::xlsxRowNumberPastTheLastRowCountsOn()
{
    const auto table = XlsxTableReader::read(fuzzData("xlsx-row-number-overflow.xlsx"));
    QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
    QCOMPARE(table->header, QStringList { QStringLiteral("Nimi") });
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).cells.value(0), QStringLiteral("Aino"));
    QCOMPARE(table->rows.at(0).line, 2);
    QCOMPARE(table->rows.at(1).cells.value(0), QStringLiteral("Bertta"));
    QCOMPARE(table->rows.at(1).line, 3);
}

// A number in a date style far outside Excel's days (1e300) was converted to a day count, which is undefined (UBSan:
// float-cast-overflow in dateFromSerial). Such a number, and a negative one, is no date: the cell keeps the number;
// a real serial still reads as its date.
void TestFuzzFindings::xlsxDateSerialOutsideExcelsDaysIsKeptAsANumber()
{
    QVERIFY(!XlsxTableReader::dateFromSerial(1e300).isValid());
    QVERIFY(!XlsxTableReader::dateFromSerial(-1).isValid());
    QVERIFY(!XlsxTableReader::dateFromSerial(std::numeric_limits<double>::quiet_NaN()).isValid());
    QVERIFY(!XlsxTableReader::dateFromSerial(std::numeric_limits<double>::infinity()).isValid());
    QCOMPARE(XlsxTableReader::dateFromSerial(2958465), QDate(9999, 12, 31));
    const auto table = XlsxTableReader::read(fuzzData("xlsx-date-serial-out-of-range.xlsx"));
    QVERIFY2(table.ok(), table.ok() ? "" : qPrintable(table.error().message));
    QCOMPARE(table->rows.size(), 3);
    QCOMPARE(table->rows.at(0).cells.value(1), QStringLiteral("1e+300"));
    QCOMPARE(table->rows.at(1).cells.value(1), QStringLiteral("-5"));
    QCOMPARE(table->rows.at(2).cells.value(1), QStringLiteral("1990-01-01"));
}

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzz_findings.moc"
