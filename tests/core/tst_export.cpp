// The spreadsheet writers against real readers: a table with Finnish letters, a field with the separator, quotes and
// a line break, money and dates is written as CSV and XLSX, then read back by Python's csv module and openpyxl
// (tests/export/check_export.py) and opened by LibreOffice headless, whose conversions are read back the same way:
// same numbers, same dates, letters intact. The quoting is libcsv's (csv_write).
#include "export/CsvWriter.h"
#include "export/XlsxWriter.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kohtaamo;

namespace {
const QString kText = QStringLiteral("Ääliö; \"lainaus\"\nrivi");

ExportTable fixture()
{
    using Type = ExportTable::ColumnType;
    ExportTable t;
    t.title = QStringLiteral("Palkkiot ÄÖÅ");
    t.addColumn(QStringLiteral("Nimi"), Type::Text)
        .addColumn(QStringLiteral("Määrä"), Type::Integer)
        .addColumn(QStringLiteral("Summa (€)"), Type::Money)
        .addColumn(QStringLiteral("Päivä"), Type::Date);
    t.rows = {
        { kText, 3, qint64(123450), QDate(2026, 3, 14) },
        { QStringLiteral("Åsa Öberg"), -2, qint64(-5), QVariant() },
        { QStringLiteral("Tötterö å ä ö"), 0, qint64(0), QDate(2026, 12, 31) },
        { QStringLiteral("Yhteensä"), 1, qint64(123445), QVariant() },
    };
    t.lastRowIsTotal = true;
    return t;
}
} // namespace

class TestExport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cellsAsFinnishSpreadsheetsWriteThem_data();
    void cellsAsFinnishSpreadsheetsWriteThem();
    void quotingFollowsLibcsv();
    void sheetNamesAreAccepted();
    void csvReadByPythonAndLibreOffice();
    void xlsxReadByOpenpyxlAndLibreOffice();
    void anUnwritableFileIsAnError();

private:
    void check(const QString &mode, const QString &path);
    QString libreOffice(const QStringList &arguments, const QString &input, const QString &extension);

    QTemporaryDir m_dir;
    QString m_python;
    QString m_soffice;
};

void TestExport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_python = QStringLiteral(KOHTAAMO_PYTHON3);
    m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
}

void TestExport::cellsAsFinnishSpreadsheetsWriteThem_data()
{
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<int>("type");
    QTest::addColumn<QString>("cell");
    using Type = ExportTable::ColumnType;
    QTest::newRow("money with a decimal comma") << QVariant(qint64(123450)) << int(Type::Money) << "1234,50";
    QTest::newRow("cents below a euro") << QVariant(qint64(5)) << int(Type::Money) << "0,05";
    QTest::newRow("negative money") << QVariant(qint64(-123456)) << int(Type::Money) << "-1234,56";
    QTest::newRow("integer") << QVariant(qint64(-42)) << int(Type::Integer) << "-42";
    QTest::newRow("date d.M.yyyy") << QVariant(QDate(2026, 3, 4)) << int(Type::Date) << "4.3.2026";
    QTest::newRow("empty") << QVariant() << int(Type::Money) << "";
    QTest::newRow("text as it is") << QVariant(QStringLiteral("Åsa")) << int(Type::Text) << "Åsa";
}

void TestExport::cellsAsFinnishSpreadsheetsWriteThem()
{
    QFETCH(QVariant, value);
    QFETCH(int, type);
    QFETCH(QString, cell);
    QCOMPARE(CsvWriter::cell(value, static_cast<ExportTable::ColumnType>(type)), cell);
}

void TestExport::quotingFollowsLibcsv()
{
    QCOMPARE(CsvWriter::quoted("plain"), QByteArray("plain"));
    QCOMPARE(CsvWriter::quoted("1234,50"), QByteArray("1234,50"));
    QCOMPARE(CsvWriter::quoted("a;b"), QByteArray("\"a;b\""));
    QCOMPARE(CsvWriter::quoted("say \"hi\""), QByteArray("\"say \"\"hi\"\"\""));
    QCOMPARE(CsvWriter::quoted("two\nlines"), QByteArray("\"two\nlines\""));
    QCOMPARE(CsvWriter::quoted(" padded"), QByteArray("\" padded\""));
    const QByteArray csv = CsvWriter::toCsv(fixture());
    QVERIFY(csv.startsWith("\xEF\xBB\xBFNimi;M\xC3\xA4\xC3\xA4r\xC3\xA4;"));
    QVERIFY(csv.contains("\"\xC3\x84\xC3\xA4li\xC3\xB6; \"\"lainaus\"\"\nrivi\";3;1234,50;14.3.2026\r\n"));
}

void TestExport::sheetNamesAreAccepted()
{
    QCOMPARE(XlsxWriter::sheetName(QStringLiteral("Fees: 2026/03 [due]"), {}), QStringLiteral("Fees- 2026-03 -due-"));
    QCOMPARE(XlsxWriter::sheetName(QString(40, QLatin1Char('x')), {}).size(), 31);
    QCOMPARE(XlsxWriter::sheetName(QStringLiteral("Fees"), { QStringLiteral("fees") }), QStringLiteral("Fees (2)"));
    QCOMPARE(XlsxWriter::sheetName(QString(), {}), QStringLiteral("Sheet"));
}

void TestExport::check(const QString &mode, const QString &path)
{
    if (!QFile::exists(m_python))
        QSKIP(qPrintable(QStringLiteral("no Python 3 at %1 (Debian python3, python3-openpyxl)").arg(m_python)));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_python, { QStringLiteral(KOHTAAMO_EXPORT_CHECKER), mode, path });
    QVERIFY(p.waitForFinished(60000));
    const QString output = QString::fromUtf8(p.readAll());
    if (output.contains(QLatin1String("No module named 'openpyxl'")))
        QSKIP("python3-openpyxl is not installed (tools/install-deps.sh)");
    QVERIFY2(p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0, qPrintable(output));
}

QString TestExport::libreOffice(const QStringList &arguments, const QString &input, const QString &extension)
{
    // A fresh profile per run, so no user's settings (or a running office) take part.
    const QString out = m_dir.filePath(QStringLiteral("lo-") + extension);
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_soffice,
            QStringList { QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("profile")),
                          QStringLiteral("--headless") }
                + arguments + QStringList { QStringLiteral("--outdir"), out, input });
    if (!p.waitForFinished(180000)) {
        p.kill();
        p.waitForFinished();
        return {};
    }
    const QString converted
        = out + QLatin1Char('/') + QFileInfo(input).completeBaseName() + QLatin1Char('.') + extension;
    if (!QFile::exists(converted))
        qWarning("LibreOffice: %s", p.readAll().constData());
    return converted;
}

void TestExport::csvReadByPythonAndLibreOffice()
{
    const QString path = m_dir.filePath(QStringLiteral("fees.csv"));
    QVERIFY(CsvWriter::write(fixture(), path));
    check(QStringLiteral("our-csv"), path);

    if (m_soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed: Debian libreoffice-calc-nogui (tools/install-deps.sh)");
    // Opened as a Finnish user opens it: ';', '"', UTF-8 (76), from line 1, Finnish locale (1035).
    const QString converted = libreOffice({ QStringLiteral("--infilter=Text - txt - csv (StarCalc):59,34,76,1,,1035"),
                                            QStringLiteral("--convert-to"), QStringLiteral("xlsx") },
                                          path, QStringLiteral("xlsx"));
    QVERIFY2(QFile::exists(converted), qPrintable(converted));
    check(QStringLiteral("lo-xlsx"), converted);
}

void TestExport::xlsxReadByOpenpyxlAndLibreOffice()
{
    const QString path = m_dir.filePath(QStringLiteral("fees.xlsx"));
    ExportTable second;
    second.title = QStringLiteral("Toinen");
    second.addColumn(QStringLiteral("A"), ExportTable::ColumnType::Text);
    QVERIFY(XlsxWriter::write({ fixture(), second }, path));
    check(QStringLiteral("our-xlsx"), path);

    if (m_soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed: Debian libreoffice-calc-nogui (tools/install-deps.sh)");
    // The first sheet as CSV: ';', '"', UTF-8, raw values (not as shown).
    const QString converted
        = libreOffice({ QStringLiteral("--convert-to"),
                        QStringLiteral("csv:Text - txt - csv (StarCalc):59,34,76,1,,1035,false,false,false") },
                      path, QStringLiteral("csv"));
    QVERIFY2(QFile::exists(converted), qPrintable(converted));
    check(QStringLiteral("lo-csv"), converted);
}

void TestExport::anUnwritableFileIsAnError()
{
    const QString path = m_dir.filePath(QStringLiteral("no-such-folder/fees"));
    const Status csv = CsvWriter::write(fixture(), path + QStringLiteral(".csv"));
    QVERIFY(!csv);
    QCOMPARE(csv.error().detail, QStringLiteral("path"));
    const Status xlsx = XlsxWriter::write({ fixture() }, path + QStringLiteral(".xlsx"));
    QVERIFY(!xlsx);
    QVERIFY(xlsx.error().message.contains(QLatin1String("no-such-folder")));
}

QTEST_GUILESS_MAIN(TestExport)
#include "tst_export.moc"
