// What the libFuzzer targets found (docs/fuzzing.md), each fixed in core and fed here as the minimised input kept in
// tests/data/fuzz/, so that the normal suite (and its AddressSanitizer + UBSan run) keeps it fixed.
#include "workerimport/RegisterFileReader.h"
#include "workerimport/XlsxTableReader.h"

#include <QFile>
#include <QTest>

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

QTEST_GUILESS_MAIN(TestFuzzFindings)
#include "tst_fuzz_findings.moc"
