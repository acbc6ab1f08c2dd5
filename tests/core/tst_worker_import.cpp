// Reading a worker register as an office keeps it: CSV in its variants (libcsv: `;` or `,`, with or without a byte
// order mark, quotes, a line break in a field, empty lines, CRLF), XLSX as python3-openpyxl and LibreOffice write it
// (made here at run time) and a hand-made package with inline strings; the columns guessed from Finnish, Swedish and
// English headers and mapped with field=column; the cell values a register holds (dates, yes/no).
#include "workerimport/CsvTableReader.h"
#include "workerimport/RegisterFileReader.h"
#include "workerimport/WorkerImportMapping.h"
#include "workerimport/WorkerImportPlanner.h"
#include "workerimport/XlsxTableReader.h"

#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace Kohtaamo;

class TestWorkerImport : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void csvVariants_data();
    void csvVariants();
    void csvRowsKnowTheirLines();
    void csvWithoutRowsIsRefused();
    void xlsxFromOpenpyxl();
    void xlsxWithInlineStringsAndFormulas();
    void xlsxFromLibreOffice();
    void notASpreadsheetIsRefused();
    void headersAreGuessed_data();
    void headersAreGuessed();
    void mapSpecsNameColumns();
    void datesAndYesNo_data();
    void datesAndYesNo();

private:
    QString write(const QString &name, const QByteArray &bytes);
    bool runPython(const QStringList &arguments, QString *output);

    QTemporaryDir m_dir;
    QString m_python;
    QString m_soffice;
};

namespace {
const QStringList kHeader { QStringLiteral("Nimi"), QStringLiteral("Sähköposti"), QStringLiteral("Lisätiedot") };
}

void TestWorkerImport::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_python = QStringLiteral(KOHTAAMO_PYTHON3);
    m_soffice = QStandardPaths::findExecutable(QStringLiteral("soffice"));
}

QString TestWorkerImport::write(const QString &name, const QByteArray &bytes)
{
    const QString path = m_dir.filePath(name);
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        return {};
    return path;
}

bool TestWorkerImport::runPython(const QStringList &arguments, QString *output)
{
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    p.start(m_python, arguments);
    const bool finished = p.waitForFinished(60000);
    *output = QString::fromUtf8(p.readAll());
    return finished && p.exitStatus() == QProcess::NormalExit && p.exitCode() == 0;
}

void TestWorkerImport::csvVariants_data()
{
    QTest::addColumn<QByteArray>("csv");
    QTest::addColumn<QString>("notes"); // of the second worker
    const QByteArray bom = "\xEF\xBB\xBF";
    QTest::newRow("semicolons with a BOM, as Finnish Excel saves")
        << bom + "Nimi;Sähköposti;Lisätiedot\r\nÄijä;aija@example.fi;\r\nÖrjan;orjan@example.fi;kesät\r\n"
        << QStringLiteral("kesät");
    QTest::newRow("commas without a BOM")
        << QByteArray("Nimi,Sähköposti,Lisätiedot\nÄijä,aija@example.fi,\nÖrjan,orjan@example.fi,kesät\n")
        << QStringLiteral("kesät");
    QTest::newRow("quoted delimiter and quotes") << QByteArray("Nimi;Sähköposti;Lisätiedot\nÄijä;aija@example.fi;\n"
                                                               "Örjan;orjan@example.fi;\"a; b, \"\"c\"\"\"\n")
                                                 << QStringLiteral("a; b, \"c\"");
    QTest::newRow("commas, a comma in the header's quotes")
        << QByteArray("\"Nimi; muu\",Sähköposti,Lisätiedot\nÄijä,aija@example.fi,\nÖrjan,orjan@example.fi,x\n")
        << QStringLiteral("x");
    QTest::newRow("a line break in a field")
        << QByteArray("Nimi;Sähköposti;Lisätiedot\nÄijä;aija@example.fi;\nÖrjan;orjan@example.fi;\"rivi 1\nrivi 2\"\n")
        << QStringLiteral("rivi 1\nrivi 2");
    QTest::newRow("empty lines and no final line break")
        << QByteArray("\n\nNimi;Sähköposti;Lisätiedot\n\nÄijä;aija@example.fi;\n;;\n\nÖrjan;orjan@example.fi;loppu")
        << QStringLiteral("loppu");
}

void TestWorkerImport::csvVariants()
{
    QFETCH(QByteArray, csv);
    QFETCH(QString, notes);
    auto table = CsvTableReader::read(csv);
    QVERIFY2(table, qPrintable(table.error().message));
    QCOMPARE(table->header.size(), 3);
    QCOMPARE(table->header.at(1), QStringLiteral("Sähköposti"));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->cell(0, 0), QStringLiteral("Äijä"));
    QCOMPARE(table->cell(1, 0), QStringLiteral("Örjan"));
    QCOMPARE(table->cell(1, 1), QStringLiteral("orjan@example.fi"));
    QCOMPARE(table->cell(1, 2), notes);
}

void TestWorkerImport::csvRowsKnowTheirLines()
{
    // The row a spreadsheet program shows each on: empty lines are rows, a line break inside a field is not.
    auto table = CsvTableReader::read("\nNimi;Lisätiedot\nA;\"yksi\nkaksi\"\n\nB;x\n");
    QVERIFY(table);
    QCOMPARE(table->headerLine, 2);
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->rows.at(0).line, 3);
    QCOMPARE(table->rows.at(1).line, 5);
}

void TestWorkerImport::csvWithoutRowsIsRefused()
{
    auto table = CsvTableReader::read("\xEF\xBB\xBF\n\n");
    QVERIFY(!table);
    QCOMPARE(table.error().code, Error::Code::InvalidInput);
}

void TestWorkerImport::xlsxFromOpenpyxl()
{
    const QString path = m_dir.filePath(QStringLiteral("openpyxl.xlsx"));
    QString output;
    if (!runPython({ QStringLiteral(KOHTAAMO_WORKER_IMPORT_DIR "/make_xlsx.py"), QStringLiteral("openpyxl"), path },
                   &output)) {
        if (output.contains(QLatin1String("No module named 'openpyxl'")))
            QSKIP("python3-openpyxl is not installed (tools/install-deps.sh)");
        QFAIL(qPrintable(output));
    }
    auto table = RegisterFileReader::read(path);
    QVERIFY2(table, qPrintable(table.error().message));
    QCOMPARE(table->header,
             QStringList({ QStringLiteral("Nimi"), QStringLiteral("Sähköposti"), QStringLiteral("Puhelin"),
                           QStringLiteral("Syntymäaika"), QStringLiteral("Kielet"), QStringLiteral("Kunta") }));
    QCOMPARE(table->rows.size(), 3); // the empty row is left out
    QCOMPARE(table->cell(0, 0), QStringLiteral("Äijä Öhman"));
    QCOMPARE(table->cell(0, 3), QStringLiteral("1980-12-31")); // a date cell: a serial in a date format
    QCOMPARE(table->cell(0, 5), QStringLiteral("Närpiö"));
    QCOMPARE(table->cell(1, 2), QStringLiteral("358401234567")); // a number, whole
    QCOMPARE(table->cell(1, 3), QStringLiteral("2001-02-03"));
    QCOMPARE(table->rows.at(2).line, 5);
    QCOMPARE(table->cell(2, 0), QStringLiteral("Cecilia"));
    QCOMPARE(table->cell(2, 4), QStringLiteral("sv"));
}

void TestWorkerImport::xlsxWithInlineStringsAndFormulas()
{
    const QString path = m_dir.filePath(QStringLiteral("inline.xlsx"));
    QString output;
    QVERIFY2(runPython({ QStringLiteral(KOHTAAMO_WORKER_IMPORT_DIR "/make_xlsx.py"), QStringLiteral("inline"), path },
                       &output),
             qPrintable(output));
    auto table = XlsxTableReader::read(path);
    QVERIFY2(table, qPrintable(table.error().message));
    QCOMPARE(table->headerLine, 2);
    QCOMPARE(table->header, QStringList({ QStringLiteral("Namn"), QStringLiteral("E-post"), QStringLiteral("Född") }));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->cell(0, 0), QStringLiteral("Åsa Ström")); // rich text runs joined
    QCOMPARE(table->cell(0, 2), QStringLiteral("29587")); // a number without a date format stays a number
    QCOMPARE(WorkerImportPlanner::parseDate(table->cell(0, 2)), QDate(1981, 1, 1)); // ... a date in a date column
    QCOMPARE(table->rows.at(1).line, 5);
    QCOMPARE(table->cell(1, 1), QString());
    QCOMPARE(table->cell(1, 2), QStringLiteral("1975-06-01")); // a formula's cached text
}

void TestWorkerImport::xlsxFromLibreOffice()
{
    if (m_soffice.isEmpty())
        QSKIP("LibreOffice (soffice) is not installed: Debian libreoffice-calc-nogui (tools/install-deps.sh)");
    const QString csv = write(QStringLiteral("rekisteri.csv"),
                              "Nimi;Sähköposti;Syntymäaika;Puhelin\n"
                              "Äijä Öhman;aija@example.fi;1980-12-31;040 123 4567\n"
                              "Örjan;orjan@example.fi;2001-02-03;0401234567\n");
    QVERIFY(!csv.isEmpty());
    const QString out = m_dir.filePath(QStringLiteral("lo"));
    QProcess p;
    p.setProcessChannelMode(QProcess::MergedChannels);
    // Semicolons (59), double quotes (34), UTF-8 (76), from line 1; column 4 as text (2) so the leading zero stays.
    p.start(m_soffice,
            { QStringLiteral("-env:UserInstallation=file://") + m_dir.filePath(QStringLiteral("profile")),
              QStringLiteral("--headless"), QStringLiteral("--infilter=CSV:59,34,76,1,4/2"),
              QStringLiteral("--convert-to"), QStringLiteral("xlsx"), QStringLiteral("--outdir"), out, csv });
    QVERIFY(p.waitForFinished(180000));
    const QString xlsx = out + QStringLiteral("/rekisteri.xlsx");
    QVERIFY2(QFile::exists(xlsx), p.readAll().constData());
    auto table = RegisterFileReader::read(xlsx);
    QVERIFY2(table, qPrintable(table.error().message));
    QCOMPARE(table->header.value(1), QStringLiteral("Sähköposti"));
    QCOMPARE(table->rows.size(), 2);
    QCOMPARE(table->cell(0, 0), QStringLiteral("Äijä Öhman")); // a shared string
    QCOMPARE(WorkerImportPlanner::parseDate(table->cell(0, 2)), QDate(1980, 12, 31));
    QCOMPARE(WorkerImportPlanner::parseDate(table->cell(1, 2)), QDate(2001, 2, 3));
    QCOMPARE(table->cell(1, 3), QStringLiteral("0401234567"));
    const WorkerImportMapping mapping = WorkerImportMapping::guess(table->header);
    QCOMPARE(mapping.column(WorkerImportField::DateOfBirth), 2);
    QCOMPARE(mapping.column(WorkerImportField::Phone), 3);
}

void TestWorkerImport::notASpreadsheetIsRefused()
{
    const QString binary = write(QStringLiteral("image.png"), QByteArray("\x89PNG\r\n\x1a\n\0\0\0", 11));
    auto table = RegisterFileReader::read(binary);
    QVERIFY(!table);
    QCOMPARE(table.error().code, Error::Code::InvalidInput);
    const QString brokenZip = write(QStringLiteral("broken.xlsx"), QByteArray("PK\x03\x04 not really", 16));
    QVERIFY(!RegisterFileReader::read(brokenZip));
    auto missing = RegisterFileReader::read(m_dir.filePath(QStringLiteral("missing.csv")));
    QVERIFY(!missing);
    QCOMPARE(missing.error().code, Error::Code::NotFound);
}

void TestWorkerImport::headersAreGuessed_data()
{
    QTest::addColumn<QStringList>("header");
    QTest::addColumn<QString>("field");
    QTest::addColumn<int>("column");
    QTest::newRow("fi Nimi") << QStringList { QStringLiteral("Nimi") } << QStringLiteral("name") << 0;
    QTest::newRow("fi Sähköposti") << QStringList { QStringLiteral("x"), QStringLiteral("Sähköposti") }
                                   << QStringLiteral("email") << 1;
    QTest::newRow("fi Puhelin:") << QStringList { QStringLiteral("Puhelin:") } << QStringLiteral("phone") << 0;
    QTest::newRow("sv Namn") << QStringList { QStringLiteral("Namn") } << QStringLiteral("name") << 0;
    QTest::newRow("sv E-post") << QStringList { QStringLiteral("Namn"), QStringLiteral("E-post") }
                               << QStringLiteral("email") << 1;
    QTest::newRow("en Email, any case") << QStringList { QStringLiteral("EMAIL") } << QStringLiteral("email") << 0;
    QTest::newRow("en date_of_birth") << QStringList { QStringLiteral("date_of_birth") }
                                      << QStringLiteral("date-of-birth") << 0;
    QTest::newRow("fi Etunimi, Sukunimi")
        << QStringList { QStringLiteral("Etunimi"), QStringLiteral("Sukunimi") } << QStringLiteral("last-name") << 1;
    QTest::newRow("fi Kotikunta") << QStringList { QStringLiteral("Kotikunta") } << QStringLiteral("municipality") << 0;
    QTest::newRow("sv Samtycke") << QStringList { QStringLiteral("Samtycke") } << QStringLiteral("contact-consent")
                                 << 0;
    QTest::newRow("unknown header") << QStringList { QStringLiteral("Kenkänumero") } << QStringLiteral("name")
                                    << WorkerImportMapping::kNone;
}

void TestWorkerImport::headersAreGuessed()
{
    QFETCH(QStringList, header);
    QFETCH(QString, field);
    QFETCH(int, column);
    const auto f = WorkerImportFields::fromCode(field);
    QVERIFY(f);
    QCOMPARE(WorkerImportMapping::guess(header).column(*f), column);
}

void TestWorkerImport::mapSpecsNameColumns()
{
    WorkerImportMapping mapping = WorkerImportMapping::guess(kHeader);
    QCOMPARE(mapping.column(WorkerImportField::Notes), 2);
    QVERIFY(mapping.apply(QStringLiteral("notes="), kHeader)); // unmapped
    QVERIFY(!mapping.isMapped(WorkerImportField::Notes));
    QVERIFY(mapping.apply(QStringLiteral("notes=lisätiedot"), kHeader)); // by header, any case
    QCOMPARE(mapping.column(WorkerImportField::Notes), 2);
    QVERIFY(mapping.apply(QStringLiteral("pseudonym=C"), kHeader)); // by letter: the column moves from notes
    QCOMPARE(mapping.column(WorkerImportField::Pseudonym), 2);
    QVERIFY(!mapping.isMapped(WorkerImportField::Notes));
    QVERIFY(mapping.apply(QStringLiteral("phone=2"), kHeader)); // by number from 1
    QCOMPARE(mapping.column(WorkerImportField::Phone), 1);
    QCOMPARE(mapping.columnName(WorkerImportField::Phone, kHeader), QStringLiteral("Sähköposti"));
    auto noField = mapping.apply(QStringLiteral("shoe=1"), kHeader);
    QVERIFY(!noField);
    QVERIFY(noField.error().message.contains(QLatin1String("shoe")));
    auto noColumn = mapping.apply(QStringLiteral("email=Puhelin"), kHeader);
    QVERIFY(!noColumn);
    QVERIFY(noColumn.error().message.contains(QLatin1String("Puhelin")));
    QVERIFY(!mapping.apply(QStringLiteral("email"), kHeader));
    QVERIFY(!mapping.apply(QStringLiteral("email=9"), kHeader));
}

void TestWorkerImport::datesAndYesNo_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QDate>("date");
    QTest::newRow("Finnish") << QStringLiteral("31.12.1980") << QDate(1980, 12, 31);
    QTest::newRow("Finnish short") << QStringLiteral("1.2.2001") << QDate(2001, 2, 1);
    QTest::newRow("ISO") << QStringLiteral("1980-12-31") << QDate(1980, 12, 31);
    QTest::newRow("ISO with a time") << QStringLiteral("1980-12-31T00:00:00") << QDate(1980, 12, 31);
    QTest::newRow("Excel serial") << QStringLiteral("29586") << QDate(1980, 12, 31);
    QTest::newRow("no such day") << QStringLiteral("31.2.1980") << QDate();
    QTest::newRow("words") << QStringLiteral("joulukuu 1980") << QDate();
    QTest::newRow("US order") << QStringLiteral("12/31/1980") << QDate();
}

void TestWorkerImport::datesAndYesNo()
{
    QFETCH(QString, text);
    QFETCH(QDate, date);
    QCOMPARE(WorkerImportPlanner::parseDate(text), date);
    QCOMPARE(WorkerImportPlanner::parseYesNo(QStringLiteral("Kyllä")), std::optional<bool>(true));
    QCOMPARE(WorkerImportPlanner::parseYesNo(QStringLiteral("nej")), std::optional<bool>(false));
    QCOMPARE(WorkerImportPlanner::parseYesNo(QString()), std::optional<bool>(false));
    QVERIFY(!WorkerImportPlanner::parseYesNo(QStringLiteral("ehkä")));
}

QTEST_GUILESS_MAIN(TestWorkerImport)
#include "tst_worker_import.moc"
