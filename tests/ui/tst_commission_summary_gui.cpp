// The commission summary on real widgets, offscreen: the request's detail offers "Commission summary…", which opens a
// preview of the one-page document (Print…, Save as PDF…); the PDF it saves is read back by pdftotext (Debian
// poppler-utils): the office's name, the request, the worker who consented to be named, the hours, the fees in total,
// the outcome, the feedback, the experience knowledge and "Page 1 of 1" — and not the workers without that consent.
#include "HeldRequestFixture.h"
#include "TestDatabase.h"

#include "CommissionSummaryDocument.h"
#include "common/Clock.h"
#include "office/DatabaseLocation.h"
#include "office/OfficeService.h"
#include "requests/CommissionSummaryDialog.h"
#include "requests/RequestDetailView.h"

#include <QPrintPreviewWidget>
#include <QProcess>
#include <QPushButton>
#include <QTemporaryDir>
#include <QTest>

using namespace Kohtaamo;
using Kohtaamo::Test::HeldRequest;
using Kohtaamo::Test::TestDatabase;

namespace {
const QDateTime kNow(QDate(2026, 3, 10), QTime(12, 0));

QString describe(const Error &e)
{
    return e.message + QStringLiteral(" / ") + e.detail;
}
QString simplified(const QString &text)
{
    return text.simplified();
}
} // namespace

class TestCommissionSummaryGui : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void cleanupTestCase();
    void theActionOpensAPreviewOfTheDocument();
    void thePdfNamesOnlyTheWorkersWhoConsented();

private:
    std::unique_ptr<FixedClock> m_clock;
    std::unique_ptr<TestDatabase> m_testDb;
    std::unique_ptr<OfficeService> m_office;
    std::unique_ptr<RequestDetailView> m_view;
    HeldRequest m_held;
    QTemporaryDir m_dir;
};

void TestCommissionSummaryGui::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_clock = std::make_unique<FixedClock>(kNow);
    Clock::install(m_clock.get());
    m_testDb = std::make_unique<TestDatabase>();
    KOHTAAMO_REQUIRE_DB(*m_testDb);
    auto db = m_testDb->openOrFail();
    QVERIFY(db);
    m_held = Test::makeHeldRequest(*db);
    QVERIFY2(m_held.ok(), qPrintable(m_held.error));
    m_office = std::make_unique<OfficeService>(std::move(db));
    QVERIFY(m_office->actAs(QStringLiteral("anna")));

    // Aino consented to appear in public; Bertil and Cecilia did not.
    Consent consent;
    consent.workerId = m_held.workers.at(0);
    consent.scope = ConsentScope::PublicAppearance;
    consent.givenOn = QDate(2026, 1, 1);
    auto recorded = m_office->recordConsent(consent);
    QVERIFY2(recorded, qPrintable(describe(recorded.error())));

    auto sheet = m_office->meetingOutcomeSheet(m_held.requestId);
    QVERIFY(sheet);
    OutcomeRecorder::Changes changes;
    for (Engagement e : sheet->engagements) {
        e.attendance = Attendance::Attended;
        e.hours = 2;
        e.feeCents = 15000;
        changes.engagements << e;
    }
    MeetingOutcome outcome;
    outcome.requestId = m_held.requestId;
    outcome.heldOn = QDate(2026, 3, 3);
    outcome.summary = QStringLiteral("The trainees asked about the family mapping.");
    outcome.requesterFeedback = QStringLiteral("Eye-opening, thank you.");
    outcome.audienceSize = 24;
    changes.outcome = outcome;
    KnowledgeEntry k;
    k.requestId = m_held.requestId;
    k.recordedOn = QDate(2026, 3, 3);
    k.text = QStringLiteral("Nobody said why the family history was asked.");
    k.phase = LifeCoursePhase::Parenthood;
    k.topicIds = { Test::topicIdByCode(m_office->database(), QStringLiteral("child_protection.family_mapping")) };
    changes.knowledge = { k };
    auto stored = m_office->recordOutcome(m_held.requestId, changes);
    QVERIFY2(stored, qPrintable(describe(stored.error())));

    m_view = std::make_unique<RequestDetailView>();
    m_view->resize(1000, 700);
    m_view->setOffice(m_office.get());
    m_view->show();
    m_view->showRequest(m_held.requestId);
}

void TestCommissionSummaryGui::cleanupTestCase()
{
    m_view.reset();
    m_office.reset();
    m_testDb.reset();
    Clock::install(nullptr);
}

void TestCommissionSummaryGui::theActionOpensAPreviewOfTheDocument()
{
    auto *button = m_view->findChild<QPushButton *>(QStringLiteral("commissionSummary"));
    QVERIFY(button);
    QVERIFY(button->isVisible());
    QVERIFY(button->isEnabled());
    QCOMPARE(button->text(), QStringLiteral("Commission s&ummary…"));
    button->click();
    auto *dialog = m_view->findChild<CommissionSummaryDialog *>();
    QVERIFY(dialog);
    QVERIFY(dialog->isVisible());
    QCOMPARE(dialog->errorText(), QString());
    QCOMPARE(dialog->summary().requestId, m_held.requestId);
    QVERIFY(dialog->windowTitle().contains(dialog->summary().reference));
    const QString html = dialog->documentHtml();
    QVERIFY(html.contains(QStringLiteral("Aino K.")));
    QVERIFY(!html.contains(QStringLiteral("Bertil")));
    QVERIFY(!html.contains(QStringLiteral("Cecilia")));
    QVERIFY(html.contains(QStringLiteral("Eye-opening, thank you.")));
    // The preview draws the document: one page.
    dialog->preview()->updatePreview();
    QTRY_COMPARE(dialog->preview()->pageCount(), 1);
    auto *print = dialog->findChild<QPushButton *>(QStringLiteral("printSummary"));
    auto *pdf = dialog->findChild<QPushButton *>(QStringLiteral("saveSummaryPdf"));
    QVERIFY(print && print->isEnabled());
    QVERIFY(pdf && pdf->isEnabled());
    dialog->close();

    // Without a request shown there is nothing to summarise.
    m_view->showRequest(0);
    QVERIFY(!m_view->showCommissionSummary());
    m_view->showRequest(m_held.requestId);
}

void TestCommissionSummaryGui::thePdfNamesOnlyTheWorkersWhoConsented()
{
    const QString pdftotext = QStringLiteral(KOHTAAMO_PDFTOTEXT);
    if (pdftotext.isEmpty() || pdftotext.endsWith(QLatin1String("NOTFOUND")))
        QSKIP("pdftotext (Debian poppler-utils) is not installed");
    CommissionSummaryDialog dialog(m_office.get(), m_held.requestId);
    dialog.setLocale(QLocale(QLocale::English, QLocale::Finland));
    const QString path = m_dir.filePath(QStringLiteral("summary.pdf"));
    QCOMPARE(dialog.savePdf(path), QString());
    QProcess p;
    p.start(pdftotext, { QStringLiteral("-layout"), path, QStringLiteral("-") });
    QVERIFY(p.waitForFinished(60000));
    QCOMPARE(p.exitCode(), 0);
    // NFKC turns ligatures pdftotext returns as one character (U+FB01 for fi) back into their letters.
    const QString raw = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    const QString text = simplified(raw);
    QCOMPARE(raw.count(QLatin1Char('\f')), 1); // one page
    const CommissionSummaryData &s = dialog.summary();
    const QLocale l(QLocale::English, QLocale::Finland);
    const QStringList expectations { m_office->location().displayName(),
                                     QStringLiteral("Commission summary %1").arg(s.reference),
                                     QStringLiteral("How family history was gone through in a family mapping"),
                                     QStringLiteral("Tiina Trainer"),
                                     QStringLiteral("Aino K."),
                                     QStringLiteral("Taking part 3"),
                                     QStringLiteral("Not named 2"),
                                     QStringLiteral("Hours ") + l.toString(6.0, 'f', 1),
                                     QStringLiteral("Fees in total ") + l.toCurrencyString(450.0, QStringLiteral("€")),
                                     QStringLiteral("The trainees asked about the family mapping."),
                                     QStringLiteral("Eye-opening, thank you."),
                                     QStringLiteral("Audience 24"),
                                     QStringLiteral("Nobody said why the family history was asked."),
                                     QStringLiteral("Page 1 of 1") };
    for (const QString &expected : expectations) {
        QVERIFY2(!expected.isEmpty(), "an empty expectation");
        QVERIFY2(text.contains(simplified(expected)), qPrintable(expected + QStringLiteral(" not in: ") + text));
    }
    QVERIFY2(!text.contains(QStringLiteral("Bertil")), qPrintable(text));
    QVERIFY2(!text.contains(QStringLiteral("Cecilia")), qPrintable(text));
}

QTEST_MAIN(TestCommissionSummaryGui)
#include "tst_commission_summary_gui.moc"
