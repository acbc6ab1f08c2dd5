// Workers ▸ Import Workers… on real widgets, offscreen: a CSV register chosen, its columns guessed from the Finnish
// headers (each with a sample value), the preview naming the refused row, Import disabled; the file corrected and
// read again, Import enabled, and the workers appear in the register. The preview model under
// QAbstractItemModelTester.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "common/Translations.h"
#include "office/OfficeService.h"
#include "workers/WorkerImportDialog.h"
#include "workers/WorkerImportPreviewModel.h"
#include "workers/WorkerListModel.h"
#include "workers/WorkersPage.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QComboBox>
#include <QFile>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace Kohtaamo;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0));

bool writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    return f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(bytes) == bytes.size();
}

QStringList listedNames(WorkerListModel &model)
{
    while (model.canFetchMore({}))
        model.fetchMore({});
    QStringList out;
    for (int r = 0; r < model.rowCount(); ++r)
        out << model.summary(r)->displayName;
    out.sort();
    return out;
}

const QByteArray kRegister = "\xEF\xBB\xBFNimi;Sähköposti;Puhelin;Syntymäaika;Kunta\r\n"
                             "Äijä Öhman;aija@example.fi;040 123 4567;31.12.1980;Närpiö\r\n"
                             "Bertta Berg;bertta(at)example.fi;;3.2.2001;Turku\r\n"
                             "Cecilia Carlsson;cecilia@example.fi;;;Vaasa\r\n";
} // namespace

class TestWorkerImportDialog : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void refusedRowBlocksImportUntilTheFileIsCorrected();
    void aChangedColumnChangesThePreview();

private:
    std::unique_ptr<FixedClock> m_clock;
    Translations m_translations;
    std::unique_ptr<Test::TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    QTemporaryDir m_dir;
    qint64 m_organisation = 0;
};

void TestWorkerImportDialog::initTestCase()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    QVERIFY(m_translations.install(QStringLiteral("en")).ok());
    QVERIFY(m_dir.isValid());
}

void TestWorkerImportDialog::init()
{
    m_testDb = std::make_unique<Test::TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_office = std::make_unique<OfficeService>(std::move(db));
    QVERIFY(m_office->actAs(QStringLiteral("coordinator.a")));
    Organisation o;
    o.name = QStringLiteral("Perhekuntoutuskeskus Lauste");
    auto saved = m_office->saveOrganisation(o);
    QVERIFY2(saved, qPrintable(saved.error().message));
    m_organisation = saved->id;
}

void TestWorkerImportDialog::cleanup()
{
    m_office.reset();
    m_testDb.reset();
}

void TestWorkerImportDialog::refusedRowBlocksImportUntilTheFileIsCorrected()
{
    const QString path = m_dir.filePath(QStringLiteral("rekisteri.csv"));
    QVERIFY(writeFile(path, kRegister));

    WorkersPage page;
    page.setOffice(m_office.get());
    page.resize(1200, 700);
    page.show();
    QVERIFY(QTest::qWaitForWindowExposed(&page));
    QVERIFY(listedNames(*page.model()).isEmpty());
    auto *importButton = page.findChild<QPushButton *>(QStringLiteral("importWorkers"));
    QVERIFY(importButton);
    QVERIFY(importButton->isEnabled());
    QTest::mouseClick(importButton, Qt::LeftButton);
    WorkerImportDialog *dialog = page.importDialog();
    QVERIFY(dialog);
    QVERIFY(QTest::qWaitForWindowExposed(dialog));
    QAbstractItemModelTester tester(dialog->previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);

    QVERIFY(!dialog->importButton()->isEnabled()); // no file yet
    QVERIFY(dialog->openFile(path));

    // The columns guessed from the Finnish headers, each with its first value.
    QCOMPARE(dialog->columnChooser(WorkerImportField::DisplayName)->currentText(), QStringLiteral("Nimi"));
    QCOMPARE(dialog->columnChooser(WorkerImportField::Email)->currentText(), QStringLiteral("Sähköposti"));
    QCOMPARE(dialog->columnChooser(WorkerImportField::Phone)->currentText(), QStringLiteral("Puhelin"));
    QCOMPARE(dialog->columnChooser(WorkerImportField::DateOfBirth)->currentText(), QStringLiteral("Syntymäaika"));
    QCOMPARE(dialog->columnChooser(WorkerImportField::Municipality)->currentText(), QStringLiteral("Kunta"));
    QCOMPARE(dialog->columnChooser(WorkerImportField::Notes)->currentData().toInt(), WorkerImportMapping::kNone);
    auto *mapping = dialog->findChild<QTableWidget *>(QStringLiteral("importMapping"));
    QVERIFY(mapping);
    const int emailRow = int(WorkerImportFields::all().indexOf(WorkerImportField::Email));
    QCOMPARE(mapping->item(emailRow, 2)->text(), QStringLiteral("aija@example.fi"));
    // The office's one organisation is chosen for the rows.
    QCOMPARE(dialog->organisationChooser()->currentData().toLongLong(), m_organisation);

    // The preview names the refused row; Import is not offered.
    WorkerImportPreviewModel *model = dialog->previewModel();
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(1, WorkerImportPreviewModel::Row).data().toString(), QStringLiteral("3"));
    QCOMPARE(model->index(1, WorkerImportPreviewModel::State).data().toString(), QStringLiteral("Refused"));
    QCOMPARE(model->index(1, WorkerImportPreviewModel::Message).data().toString(),
             QStringLiteral("Row 3, column “Sähköposti”: “bertta(at)example.fi” is not an email address."));
    QCOMPARE(model->index(0, WorkerImportPreviewModel::State).data().toString(), QStringLiteral("Imported"));
    QVERIFY(!dialog->importButton()->isEnabled());
    QVERIFY2(dialog->summaryText().contains(QLatin1String("1 refused")), qPrintable(dialog->summaryText()));
    QVERIFY(dialog->consentText().contains(QLatin1String("No consent is recorded")));

    // Corrected in the spreadsheet and read again: the same columns, nothing refused.
    QByteArray fixed = kRegister;
    fixed.replace("bertta(at)example.fi", "bertta@example.fi");
    QVERIFY(writeFile(path, fixed));
    QTest::mouseClick(dialog->reloadButton(), Qt::LeftButton);
    QCOMPARE(model->rowCount(), 3);
    QCOMPARE(model->index(1, WorkerImportPreviewModel::State).data().toString(), QStringLiteral("Imported"));
    QVERIFY(dialog->importButton()->isEnabled());

    QSignalSpy accepted(dialog, &QDialog::accepted);
    QTest::mouseClick(dialog->importButton(), Qt::LeftButton);
    QCOMPARE(accepted.count(), 1);
    QTRY_VERIFY(!page.importDialog());
    QTRY_COMPARE(listedNames(*page.model()),
                 QStringList({ QStringLiteral("Bertta Berg"), QStringLiteral("Cecilia Carlsson"),
                               QStringLiteral("Äijä Öhman") }));
}

void TestWorkerImportDialog::aChangedColumnChangesThePreview()
{
    const QString path = m_dir.filePath(QStringLiteral("toinen.csv"));
    QVERIFY(writeFile(path, kRegister));
    WorkerImportDialog dialog(*m_office);
    QAbstractItemModelTester tester(dialog.previewModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(dialog.openFile(path));
    QVERIFY(!dialog.importButton()->isEnabled());
    // The e-mail column not imported: nothing is refused any more.
    QComboBox *email = dialog.columnChooser(WorkerImportField::Email);
    email->setCurrentIndex(email->findData(WorkerImportMapping::kNone));
    QVERIFY(dialog.importButton()->isEnabled());
    // A column fills one field: given to the notes, it leaves the municipality.
    QComboBox *notes = dialog.columnChooser(WorkerImportField::Notes);
    notes->setCurrentIndex(notes->findText(QStringLiteral("Kunta")));
    QCOMPARE(dialog.columnChooser(WorkerImportField::Municipality)->currentData().toInt(), WorkerImportMapping::kNone);
    QCOMPARE(dialog.previewModel()->preview().rows.at(0).worker.notes, QStringLiteral("Närpiö"));
    // Without a name column the preview says why and Import is off.
    QComboBox *name = dialog.columnChooser(WorkerImportField::DisplayName);
    name->setCurrentIndex(name->findData(WorkerImportMapping::kNone));
    QVERIFY(!dialog.importButton()->isEnabled());
    QCOMPARE(dialog.previewModel()->rowCount(), 0);
    // A file that cannot be read says so.
    QVERIFY(!dialog.openFile(m_dir.filePath(QStringLiteral("missing.csv"))));
    QVERIFY(!dialog.importButton()->isEnabled());
}

QTEST_MAIN(TestWorkerImportDialog)
#include "tst_worker_import_dialog.moc"
