// OfficeService::previewWorkerImport and importWorkerRegister on both backends: a register's rows become workers all
// or nothing (one refused row, named with its row and column, and nothing is stored), likely duplicates are warned
// about (the same e-mail, or the same name and date of birth, as a worker or another row), each worker is audited as
// the acting coordinator's, the change is announced once, and no consent is recorded unless its column is mapped.
#include "TestDatabase.h"

#include "common/Clock.h"
#include "office/OfficeService.h"
#include "storage/SqlQuery.h"
#include "workerimport/CsvTableReader.h"

#include <QLocale>
#include <QSignalSpy>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 2, 11), QTime(9, 0));

int count(Database &db, const QString &sql, const QVariantList &binds = {})
{
    SqlQuery q(db, sql);
    q.bindAll(binds);
    auto r = q.scalar();
    return r ? r->toInt() : -1;
}

// Everything an import could write.
QVector<int> footprint(Database &db)
{
    QVector<int> counts;
    for (const char *sql : { "SELECT COUNT(*) FROM audit_log", "SELECT COUNT(*) FROM workers",
                             "SELECT COUNT(*) FROM consents", "SELECT COUNT(*) FROM worker_languages" })
        counts << count(db, QString::fromLatin1(sql));
    return counts;
}

ImportTable table(const QByteArray &csv)
{
    auto t = CsvTableReader::read(csv);
    if (!t)
        qFatal("%s", qPrintable(t.error().message));
    return *t;
}
} // namespace

class TestOfficeWorkerImport : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void cleanup();
    void everyRowBecomesAWorkerInOneChange();
    void oneRefusedRowStoresNothing();
    void refusedRowsNameTheirRowAndColumn();
    void duplicatesAreWarnedAbout();
    void organisationsByNameOrDefault();
    void aMappedConsentColumnRecordsConsents();
    void aViewerCannotImport();

private:
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<FixedClock> m_clock;
    qint64 m_lauste = 0;
    qint64 m_other = 0;
};

void TestOfficeWorkerImport::init()
{
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_office = std::make_unique<OfficeService>(std::move(db));
    QVERIFY(m_office->actAs(QStringLiteral("anna")));
    Organisation lauste;
    lauste.name = QStringLiteral("Perhekuntoutuskeskus Lauste");
    lauste.shortName = QStringLiteral("Lauste");
    auto saved = m_office->saveOrganisation(lauste);
    QVERIFY2(saved, qPrintable(saved.error().message));
    m_lauste = saved->id;
    Organisation other;
    other.name = QStringLiteral("Pesäpuu ry");
    auto savedOther = m_office->saveOrganisation(other);
    QVERIFY2(savedOther, qPrintable(savedOther.error().message));
    m_other = savedOther->id;
}

void TestOfficeWorkerImport::cleanup()
{
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

void TestOfficeWorkerImport::everyRowBecomesAWorkerInOneChange()
{
    const ImportTable t = table("Nimi;Sähköposti;Puhelin;Syntymäaika;Kielet;Kunta;Organisaatio\n"
                                "Äijä Öhman;aija@example.fi;040 123 4567;31.12.1980;suomi, ruotsi;Närpiö;Lauste\n"
                                "Bertta;bertta@example.fi;;2001-02-03;fi;Turku;Pesäpuu ry\n"
                                "Cecilia;;;;sv;Vaasa;\n");
    const WorkerImportMapping mapping = WorkerImportMapping::guess(t.header);
    WorkerImportOptions options;
    options.defaultOrganisationId = m_lauste;
    auto preview = m_office->previewWorkerImport(t, mapping, options);
    QVERIFY2(preview, qPrintable(preview.error().message));
    QCOMPARE(preview->ready, 3);
    QCOMPARE(preview->refused, 0);
    QVERIFY(preview->canImport());
    QVERIFY(!preview->consentMapped);
    QVERIFY(preview->consentNote.contains(QLatin1String("No consent is recorded")));
    const QVector<int> before = footprint(m_office->database());

    QSignalSpy changed(m_office.get(), &OfficeService::changed);
    auto result = m_office->importWorkerRegister(t, mapping, options);
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(result->workers, 3);
    QCOMPARE(result->consents, 0);
    QCOMPARE(changed.count(), 1);
    const auto change = changed.at(0).at(0).value<OfficeChange>();
    for (const qint64 id : std::as_const(result->workerIds))
        QVERIFY(change.touches(OfficeChange::Kind::Worker, id));

    Database &db = m_office->database();
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM workers")), before.at(1) + 3);
    QCOMPARE(count(db, QStringLiteral("SELECT COUNT(*) FROM consents")), 0);
    // Each worker audited as the coordinator's insert.
    QCOMPARE(count(db,
                   QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE table_name = 'workers' AND action = 'insert' "
                                  "AND actor = ? AND actor_id = ?"),
                   { QStringLiteral("anna"), m_office->coordinator().id }),
             3);
    auto aija = m_office->worker(result->workerIds.at(0));
    QVERIFY(aija);
    QCOMPARE(aija->displayName, QStringLiteral("Äijä Öhman"));
    QCOMPARE(aija->dateOfBirth, QDate(1980, 12, 31));
    QCOMPARE(aija->languages, QStringList({ QStringLiteral("fi"), QStringLiteral("sv") }));
    QCOMPARE(aija->municipality, QStringLiteral("Närpiö"));
    QCOMPARE(aija->organisationId, m_lauste);
    QCOMPARE(aija->status, WorkerStatus::Active);
    auto bertta = m_office->worker(result->workerIds.at(1));
    QVERIFY(bertta);
    QCOMPARE(bertta->organisationId, m_other);
    auto cecilia = m_office->worker(result->workerIds.at(2));
    QVERIFY(cecilia);
    QCOMPARE(cecilia->organisationId, m_lauste); // the default for a row without one
}

void TestOfficeWorkerImport::oneRefusedRowStoresNothing()
{
    const ImportTable t = table("Nimi;Sähköposti\n"
                                "Äijä;aija@example.fi\n"
                                "Bertta;bertta@example.fi\n"
                                "Cecilia;cecilia(at)example.fi\n"
                                "Daniel;daniel@example.fi\n");
    const WorkerImportMapping mapping = WorkerImportMapping::guess(t.header);
    WorkerImportOptions options;
    options.defaultOrganisationId = m_lauste;
    const QVector<int> before = footprint(m_office->database());
    QSignalSpy changed(m_office.get(), &OfficeService::changed);
    auto result = m_office->importWorkerRegister(t, mapping, options);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::InvalidInput);
    QVERIFY2(result.error().message.contains(
                 QStringLiteral("Row 4, column “Sähköposti”: “cecilia(at)example.fi” is not an email address.")),
             qPrintable(result.error().message));
    QCOMPARE(footprint(m_office->database()), before);
    QCOMPARE(changed.count(), 0);

    // Corrected, the same register goes in whole.
    const ImportTable fixed = table("Nimi;Sähköposti\n"
                                    "Äijä;aija@example.fi\n"
                                    "Bertta;bertta@example.fi\n"
                                    "Cecilia;cecilia@example.fi\n"
                                    "Daniel;daniel@example.fi\n");
    auto again = m_office->importWorkerRegister(fixed, mapping, options);
    QVERIFY2(again, qPrintable(again.error().message));
    QCOMPARE(again->workers, 4);
    QCOMPARE(changed.count(), 1);
}

void TestOfficeWorkerImport::refusedRowsNameTheirRowAndColumn()
{
    // The rules of the worker form (OfficeService::validateWorker) and the cell values, each naming row and column.
    const ImportTable t = table("Namn;E-post;Telefon;Född;Språk;Titel;Status\n"
                                ";a@example.fi;;;;;\n"
                                "B;;12;;;;\n"
                                "C;;;1.1.2030;;;\n"
                                "D;;;1.1.1890;;;\n"
                                "E;;;someday;;;\n"
                                "F;;;;finnish, 7;;\n"
                                "G;;;;;astronaut;\n"
                                "H;;;;;;busy\n"
                                "I;i@example.fi;+358 40 123 4567;1.1.1990;fi;vertaistukija;tauolla\n");
    const WorkerImportMapping mapping = WorkerImportMapping::guess(t.header);
    WorkerImportOptions options;
    options.defaultOrganisationId = m_lauste;
    auto preview = m_office->previewWorkerImport(t, mapping, options);
    QVERIFY2(preview, qPrintable(preview.error().message));
    QCOMPARE(preview->refused, 8);
    QCOMPARE(preview->ready, 1);
    QVERIFY(!preview->canImport());
    const auto first = [&](int i) { return preview->rows.at(i).messages.value(0); };
    QVERIFY2(first(0).startsWith(QStringLiteral("Row 2, column “Namn”: ")), qPrintable(first(0)));
    QVERIFY2(first(1).startsWith(QStringLiteral("Row 3, column “Telefon”: “12” is not a phone number")),
             qPrintable(first(1)));
    QVERIFY2(first(2).startsWith(QStringLiteral("Row 4, column “Född”: The date of birth cannot be in the future")),
             qPrintable(first(2)));
    QVERIFY2(first(3).startsWith(QStringLiteral("Row 5, column “Född”: The date of birth")), qPrintable(first(3)));
    QVERIFY2(first(4).startsWith(QStringLiteral("Row 6, column “Född”: “someday” is not a date")),
             qPrintable(first(4)));
    QVERIFY2(first(5).startsWith(QStringLiteral("Row 7, column “Språk”: “7” is not a language code")),
             qPrintable(first(5)));
    QVERIFY2(first(6).startsWith(QStringLiteral("Row 8, column “Titel”: “astronaut”")), qPrintable(first(6)));
    QVERIFY2(first(7).startsWith(QStringLiteral("Row 9, column “Status”: “busy”")), qPrintable(first(7)));
    const Worker &ok = preview->rows.at(8).worker;
    QCOMPARE(ok.title, WorkerTitle::PeerSupporter);
    QCOMPARE(ok.status, WorkerStatus::OnBreak);
    // The preview changed nothing.
    QCOMPARE(count(m_office->database(), QStringLiteral("SELECT COUNT(*) FROM workers")), 0);

    // Without a name column there is nothing to import.
    WorkerImportMapping noName = mapping;
    noName.set(WorkerImportField::DisplayName, WorkerImportMapping::kNone);
    auto refused = m_office->previewWorkerImport(t, noName, options);
    QVERIFY(!refused);
    QCOMPARE(refused.error().code, Error::Code::InvalidInput);
}

void TestOfficeWorkerImport::duplicatesAreWarnedAbout()
{
    Worker existing;
    existing.displayName = QStringLiteral("Aino Virtanen");
    existing.email = QStringLiteral("aino@example.fi");
    existing.dateOfBirth = QDate(1985, 5, 5);
    existing.organisationId = m_lauste;
    QVERIFY(m_office->saveWorker(existing));

    const ImportTable t = table("Etunimi;Sukunimi;Sähköposti;Syntymäaika\n"
                                "Aino;Virtanen;;5.5.1985\n" // the same person as in the register
                                "Eero;Ek;AINO@example.fi;\n" // the same e-mail as in the register
                                "Ville;Vaara;ville@example.fi;1.1.1990\n"
                                "Ville;Vaara;;1990-01-01\n" // the same person as row 4
                                "Kaisa;Koski;ville@example.fi;\n"); // the same e-mail as row 4
    const WorkerImportMapping mapping = WorkerImportMapping::guess(t.header);
    WorkerImportOptions options;
    options.defaultOrganisationId = m_lauste;
    auto preview = m_office->previewWorkerImport(t, mapping, options);
    QVERIFY2(preview, qPrintable(preview.error().message));
    QCOMPARE(preview->refused, 0);
    QCOMPARE(preview->warnings, 4);
    QCOMPARE(preview->ready, 1);
    QCOMPARE(preview->rows.at(0).worker.displayName, QStringLiteral("Aino Virtanen"));
    const auto born = [](const QDate &d) { return QLocale().toString(d, QLocale::ShortFormat); };
    QCOMPARE(
        preview->rows.at(0).messages.value(0),
        QStringLiteral("Row 2: “Aino Virtanen”, born %1, is already in the register.").arg(born(QDate(1985, 5, 5))));
    QCOMPARE(preview->rows.at(1).messages.value(0),
             QStringLiteral("Row 3: the e-mail address AINO@example.fi is already that of “Aino Virtanen” in the "
                            "register."));
    QCOMPARE(preview->rows.at(2).state, WorkerImportRow::State::Ready);
    QCOMPARE(preview->rows.at(3).messages.value(0),
             QStringLiteral("Row 5: “Ville Vaara”, born %1, is also on row 4.").arg(born(QDate(1990, 1, 1))));
    QCOMPARE(preview->rows.at(4).messages.value(0),
             QStringLiteral("Row 6: the e-mail address ville@example.fi is also on row 4."));
    // Warnings do not stop the import: the coordinator decides.
    QVERIFY(preview->canImport());
    auto result = m_office->importWorkerRegister(t, mapping, options);
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(result->workers, 5);
    QCOMPARE(result->warnings, 4);
}

void TestOfficeWorkerImport::organisationsByNameOrDefault()
{
    const ImportTable t = table("Nimi;Järjestö\nA;lauste\nB;PESÄPUU RY\nC;Tuntematon ry\nD;\n");
    const WorkerImportMapping mapping = WorkerImportMapping::guess(t.header);
    QCOMPARE(mapping.column(WorkerImportField::Organisation), 1);
    auto preview = m_office->previewWorkerImport(t, mapping, {});
    QVERIFY2(preview, qPrintable(preview.error().message));
    QCOMPARE(preview->rows.at(0).worker.organisationId, m_lauste); // its short name, any case
    QCOMPARE(preview->rows.at(1).worker.organisationId, m_other);
    QCOMPARE(preview->rows.at(2).state, WorkerImportRow::State::Refused);
    QVERIFY2(preview->rows.at(2).messages.value(0).startsWith(
                 QStringLiteral("Row 4, column “Järjestö”: There is no organisation “Tuntematon ry”")),
             qPrintable(preview->rows.at(2).messages.value(0)));
    QCOMPARE(preview->rows.at(3).state, WorkerImportRow::State::Refused); // no default given
    WorkerImportOptions options;
    options.defaultOrganisationId = m_other;
    preview = m_office->previewWorkerImport(t, mapping, options);
    QVERIFY(preview);
    QCOMPARE(preview->rows.at(3).state, WorkerImportRow::State::Ready);
    QCOMPARE(preview->rows.at(3).worker.organisationId, m_other);
    options.defaultOrganisationId = 999999;
    QVERIFY(!m_office->previewWorkerImport(t, mapping, options));
}

void TestOfficeWorkerImport::aMappedConsentColumnRecordsConsents()
{
    const ImportTable t = table("Nimi;Suostumus\nA;1.2.2025\nB;kyllä\nC;\nD;ei\n");
    const WorkerImportMapping mapping = WorkerImportMapping::guess(t.header);
    QVERIFY(mapping.isMapped(WorkerImportField::ContactConsent));
    WorkerImportOptions options;
    options.defaultOrganisationId = m_lauste;
    auto preview = m_office->previewWorkerImport(t, mapping, options);
    QVERIFY(preview);
    QVERIFY(preview->consentMapped);
    QSignalSpy changed(m_office.get(), &OfficeService::changed);
    auto result = m_office->importWorkerRegister(t, mapping, options);
    QVERIFY2(result, qPrintable(result.error().message));
    QCOMPARE(result->workers, 4);
    QCOMPARE(result->consents, 2);
    QCOMPARE(changed.count(), 1);
    auto a = m_office->consents(result->workerIds.at(0));
    QVERIFY(a);
    QCOMPARE(a->size(), 1);
    QCOMPARE(a->at(0).scope, ConsentScope::Contact);
    QCOMPARE(a->at(0).givenOn, QDate(2025, 2, 1));
    QCOMPARE(a->at(0).recordedBy, m_office->coordinator().id);
    auto b = m_office->consents(result->workerIds.at(1));
    QVERIFY(b);
    QCOMPARE(b->value(0).givenOn, kNow.date()); // "yes": given today
    auto c = m_office->consents(result->workerIds.at(2));
    QVERIFY(c);
    QVERIFY(c->isEmpty());

    // A consent given in the future is refused like any other bad cell.
    const ImportTable future = table("Nimi;Suostumus\nE;1.1.2027\n");
    auto refused = m_office->previewWorkerImport(future, mapping, options);
    QVERIFY(refused);
    QCOMPARE(refused->refused, 1);
    QVERIFY(refused->rows.at(0).messages.value(0).startsWith(QStringLiteral("Row 2, column “Suostumus”: ")));
}

void TestOfficeWorkerImport::aViewerCannotImport()
{
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    OfficeService viewer(std::move(db));
    QVERIFY(viewer.actAs(QStringLiteral("ville")));
    Coordinator v = viewer.coordinator();
    v.role = CoordinatorRole::Viewer;
    QVERIFY(m_office->saveCoordinator(v));
    QVERIFY(viewer.actAs(QStringLiteral("ville")));
    const ImportTable t = table("Nimi\nA\n");
    WorkerImportOptions options;
    options.defaultOrganisationId = m_lauste;
    auto result = viewer.importWorkerRegister(t, WorkerImportMapping::guess(t.header), options);
    QVERIFY(!result);
    QCOMPARE(result.error().code, Error::Code::NotAllowed);
    QCOMPARE(count(m_office->database(), QStringLiteral("SELECT COUNT(*) FROM workers")), 0);
}

QTEST_GUILESS_MAIN(TestOfficeWorkerImport)
#include "tst_office_worker_import.moc"
