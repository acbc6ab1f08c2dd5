// The hard rules of the matching: a row per rule, with the edge days (a consent expiring on the request date, a worker
// turning 18 on it, notice exactly enough or a day short). Pure: in-memory snapshots, no database.
#include "MatchingFixture.h"

#include "common/Clock.h"

#include <QRegularExpression>
#include <QTest>

using namespace Kohtaamo;
using namespace Kohtaamo::Test;

namespace {
const QDate kDay(2026, 3, 16); // the fixture's request date, a Monday, 14 days after "today"

QDateTime at(const QDate &d, int h, int m = 0)
{
    return QDateTime(d, QTime(h, m));
}
} // namespace

class TestMatchingRules : public QObject
{
    Q_OBJECT
private slots:
    void hardRules_data();
    void hardRules();
    void excludedListedOnlyOnDemand();
    void everyReasonHasATitleAndCode();
    void exclusionTextsNameTheParticulars();
    void doubleBookingNamesTheOtherRequest();
    void noticeOfAPastOrPresentDayIsSaidInWords();
    void requestWithoutDateIsCheckedForToday();
    void rankingWithoutTodayReadsTheClock();
    void unknownWorkerCannotBeAssessed();
    void withdrawnInvitationsDoNotWeighOnRotation_data();
    void withdrawnInvitationsDoNotWeighOnRotation();
};

void TestMatchingRules::hardRules_data()
{
    QTest::addColumn<Mutation>("mutate");
    QTest::addColumn<QStringList>("expected"); // reason codes; empty = eligible

    const auto row = [](const char *name, Mutation m, std::initializer_list<const char *> codes) {
        QStringList expected;
        for (const char *c : codes)
            expected << QString::fromLatin1(c);
        QTest::newRow(name) << m << expected;
    };

    row("eligible as built", [](MatchingFixture &) {}, {});

    // Status, unavailability
    row("on a break", [](MatchingFixture &f) { f.worker(1).status = WorkerStatus::OnBreak; }, { "not_active" });
    row("has left", [](MatchingFixture &f) { f.worker(1).status = WorkerStatus::Left; }, { "not_active" });
    row("unavailable over the date",
        [](MatchingFixture &f) {
            f.worker(1).unavailable = { { 1, kDay.addDays(-6), kDay, UnavailableKind::Unavailable, {} } };
        },
        { "unavailable" });
    row("unavailable until the day before",
        [](MatchingFixture &f) {
            f.worker(1).unavailable = { { 1, kDay.addDays(-6), kDay.addDays(-1), UnavailableKind::Unavailable, {} } };
        },
        {});
    row("unavailable from the day after",
        [](MatchingFixture &f) {
            f.worker(1).unavailable = { { 1, kDay.addDays(1), kDay.addDays(5), UnavailableKind::Unavailable, {} } };
        },
        {});
    row("recovery break starting on the date",
        [](MatchingFixture &f) {
            f.worker(1).unavailable = { { 1, kDay, kDay.addDays(30), UnavailableKind::RecoveryBreak, {} } };
        },
        { "recovery_break" });

    // Contact consent
    row("no contact consent", [](MatchingFixture &f) { f.removeConsents(1, ConsentScope::Contact); },
        { "no_contact_consent" });
    row("contact consent expiring on the request date",
        [](MatchingFixture &f) {
            f.removeConsents(1, ConsentScope::Contact);
            f.addConsent(1, ConsentScope::Contact, QDate(2025, 1, 1), kDay);
        },
        {});
    row("contact consent expired the day before",
        [](MatchingFixture &f) {
            f.removeConsents(1, ConsentScope::Contact);
            f.addConsent(1, ConsentScope::Contact, QDate(2025, 1, 1), kDay.addDays(-1));
        },
        { "no_contact_consent" });
    row("contact consent withdrawn on the request date",
        [](MatchingFixture &f) {
            f.removeConsents(1, ConsentScope::Contact);
            f.addConsent(1, ConsentScope::Contact, QDate(2025, 1, 1), {}, kDay);
        },
        { "no_contact_consent" });
    row("contact consent withdrawn the day after",
        [](MatchingFixture &f) {
            f.removeConsents(1, ConsentScope::Contact);
            f.addConsent(1, ConsentScope::Contact, QDate(2025, 1, 1), {}, kDay.addDays(1));
        },
        {});
    row("contact consent given only after the date",
        [](MatchingFixture &f) {
            f.removeConsents(1, ConsentScope::Contact);
            f.addConsent(1, ConsentScope::Contact, kDay.addDays(1));
        },
        { "no_contact_consent" });
    row("expired contact consent renewed",
        [](MatchingFixture &f) {
            f.removeConsents(1, ConsentScope::Contact);
            f.addConsent(1, ConsentScope::Contact, QDate(2024, 1, 1), QDate(2025, 12, 31));
            f.addConsent(1, ConsentScope::Contact, QDate(2026, 1, 1));
        },
        {});
    row("only other consents",
        [](MatchingFixture &f) {
            f.removeConsents(1, ConsentScope::Contact);
            f.addConsent(1, ConsentScope::PublicAppearance, QDate(2025, 1, 1));
            f.addConsent(1, ConsentScope::SensitiveBackground, QDate(2025, 1, 1));
        },
        { "no_contact_consent" });

    // Consents the request needs
    row("talk without public-appearance consent",
        [](MatchingFixture &f) { f.request.serviceType = QStringLiteral("talk"); }, { "no_public_appearance_consent" });
    row("talk with public-appearance consent",
        [](MatchingFixture &f) {
            f.request.serviceType = QStringLiteral("talk");
            f.addConsent(1, ConsentScope::PublicAppearance, QDate(2025, 1, 1));
        },
        {});
    row("talk after the public-appearance consent expired",
        [](MatchingFixture &f) {
            f.request.serviceType = QStringLiteral("talk");
            f.addConsent(1, ConsentScope::PublicAppearance, QDate(2025, 1, 1), kDay.addDays(-1));
        },
        { "no_public_appearance_consent" });
    row("recorded without photo consent", [](MatchingFixture &f) { f.request.recorded = true; },
        { "no_recording_consent" });
    row("recorded with photo consent",
        [](MatchingFixture &f) {
            f.request.recorded = true;
            f.addConsent(1, ConsentScope::PhotoRecording, QDate(2025, 1, 1));
        },
        {});
    row("recorded, photo consent withdrawn",
        [](MatchingFixture &f) {
            f.request.recorded = true;
            f.addConsent(1, ConsentScope::PhotoRecording, QDate(2025, 1, 1), {}, QDate(2026, 2, 1));
        },
        { "no_recording_consent" });

    // Minors
    row("minor: every minor rule at once",
        [](MatchingFixture &f) {
            f.worker(1).dateOfBirth = QDate(2010, 1, 1);
            f.request.serviceType = QStringLiteral("pair_work");
        },
        { "minor_service_type_closed", "minor_unsupervised", "minor_without_guardian_consent" });
    row("minor with guardian consent, supervised, open work",
        [](MatchingFixture &f) {
            f.worker(1).dateOfBirth = QDate(2010, 1, 1);
            f.addConsent(1, ConsentScope::Guardian, QDate(2025, 1, 1));
            f.request.supervised = true;
        },
        {});
    row("minor without guardian consent",
        [](MatchingFixture &f) {
            f.worker(1).dateOfBirth = QDate(2010, 1, 1);
            f.request.supervised = true;
        },
        { "minor_without_guardian_consent" });
    row("minor, unsupervised",
        [](MatchingFixture &f) {
            f.worker(1).dateOfBirth = QDate(2010, 1, 1);
            f.addConsent(1, ConsentScope::Guardian, QDate(2025, 1, 1));
        },
        { "minor_unsupervised" });
    row("minor, work not open to minors",
        [](MatchingFixture &f) {
            f.worker(1).dateOfBirth = QDate(2010, 1, 1);
            f.addConsent(1, ConsentScope::Guardian, QDate(2025, 1, 1));
            f.request.supervised = true;
            f.request.serviceType = QStringLiteral("pair_work");
        },
        { "minor_service_type_closed" });
    row("minor, guardian consent expiring on the request date",
        [](MatchingFixture &f) {
            f.worker(1).dateOfBirth = QDate(2010, 1, 1);
            f.addConsent(1, ConsentScope::Guardian, QDate(2025, 1, 1), kDay);
            f.request.supervised = true;
        },
        {});
    row("turning 18 on the request date is adult",
        [](MatchingFixture &f) {
            f.worker(1).dateOfBirth = kDay.addYears(-18);
            f.request.serviceType = QStringLiteral("pair_work");
        },
        {});
    row("turning 18 the day after the request date",
        [](MatchingFixture &f) {
            f.worker(1).dateOfBirth = kDay.addYears(-18).addDays(1);
            f.request.serviceType = QStringLiteral("pair_work");
        },
        { "minor_service_type_closed", "minor_unsupervised", "minor_without_guardian_consent" });
    row("born 29 February: still 17 on 28 February",
        [](MatchingFixture &f) {
            f.worker(1).dateOfBirth = QDate(2008, 2, 29);
            f.setRequestDay(QDate(2026, 2, 28));
            f.today = QDate(2026, 2, 1);
        },
        { "minor_unsupervised", "minor_without_guardian_consent" });
    row("born 29 February: adult on 1 March",
        [](MatchingFixture &f) {
            f.worker(1).dateOfBirth = QDate(2008, 2, 29);
            f.setRequestDay(QDate(2026, 3, 1));
            f.today = QDate(2026, 2, 1);
        },
        {});
    row("unknown date of birth counts as adult", [](MatchingFixture &f) { f.worker(1).dateOfBirth = QDate(); }, {});

    // Load: monthly maximum, days between, notice
    row("monthly maximum reached",
        [](MatchingFixture &f) {
            f.worker(1).maxEngagementsPerMonth = 2;
            f.addEngagementOn(1, QDate(2026, 3, 2));
            f.addEngagementOn(1, QDate(2026, 3, 30));
        },
        { "monthly_limit_reached" });
    row("monthly maximum: a cancelled engagement does not count",
        [](MatchingFixture &f) {
            f.worker(1).maxEngagementsPerMonth = 2;
            f.addEngagementOn(1, QDate(2026, 3, 2));
            f.addEngagementOn(1, QDate(2026, 3, 30)).attendance = Attendance::Cancelled;
        },
        {});
    row("monthly maximum: last month does not count",
        [](MatchingFixture &f) {
            f.worker(1).maxEngagementsPerMonth = 1;
            f.addEngagementOn(1, QDate(2026, 2, 27));
            f.addEngagementOn(1, QDate(2026, 4, 1));
        },
        {});
    row("minimum days between not passed",
        [](MatchingFixture &f) {
            f.worker(1).minDaysBetweenEngagements = 7;
            f.addEngagementOn(1, kDay.addDays(-4));
        },
        { "too_soon_after_engagement" });
    row("minimum days between exactly passed",
        [](MatchingFixture &f) {
            f.worker(1).minDaysBetweenEngagements = 7;
            f.addEngagementOn(1, kDay.addDays(-7));
        },
        {});
    row("minimum days between a planned engagement after",
        [](MatchingFixture &f) {
            f.worker(1).minDaysBetweenEngagements = 7;
            f.addEngagementOn(1, kDay.addDays(6));
        },
        { "too_soon_after_engagement" });
    row("notice exactly enough", [](MatchingFixture &f) { f.worker(1).noticeDays = 14; }, {});
    row("notice one day short", [](MatchingFixture &f) { f.worker(1).noticeDays = 15; }, { "notice_too_short" });

    // Double booking
    row("overlapping engagement",
        [](MatchingFixture &f) { f.addEngagement(1, Ids::OtherRequest, at(kDay, 11), at(kDay, 13)); },
        { "double_booked" });
    row("engagement ending as the request starts",
        [](MatchingFixture &f) { f.addEngagement(1, Ids::OtherRequest, at(kDay, 8), at(kDay, 10)); }, {});
    row("engagement without an end on the same day",
        [](MatchingFixture &f) { f.addEngagement(1, Ids::OtherRequest, at(kDay, 16), {}); }, { "double_booked" });
    row("request without an end uses its duration",
        [](MatchingFixture &f) {
            f.request.dateOptions = { { 1, at(kDay, 10), {}, false } };
            f.request.durationMinutes = 90;
            f.addEngagement(1, Ids::OtherRequest, at(kDay, 11), at(kDay, 12));
        },
        { "double_booked" });
    row("request duration ends before the engagement",
        [](MatchingFixture &f) {
            f.request.dateOptions = { { 1, at(kDay, 10), {}, false } };
            f.request.durationMinutes = 60;
            f.addEngagement(1, Ids::OtherRequest, at(kDay, 11), at(kDay, 12));
        },
        {});
    row("request without times: the same day counts",
        [](MatchingFixture &f) {
            f.request.dateOptions = { { 1, at(kDay, 10), {}, false } };
            f.addEngagement(1, Ids::OtherRequest, at(kDay, 18), at(kDay, 19));
        },
        { "double_booked" });
    row("cancelled engagement at the same time",
        [](MatchingFixture &f) {
            f.addEngagement(1, Ids::OtherRequest, at(kDay, 10), at(kDay, 12), Attendance::Cancelled);
        },
        {});
    row("the chosen option is compared, not the earliest",
        [](MatchingFixture &f) {
            f.request.dateOptions = { { 1, at(kDay, 10), at(kDay, 12), false },
                                      { 2, at(kDay.addDays(2), 10), at(kDay.addDays(2), 12), true } };
            f.addEngagement(1, Ids::OtherRequest, at(kDay, 10), at(kDay, 12));
        },
        {});

    // Already asked
    row("already invited",
        [](MatchingFixture &f) { f.addInvitation(1, Ids::TheRequest, InvitationResponse::Pending, QDate(2026, 3, 1)); },
        { "already_invited" });
    row("already declined",
        [](MatchingFixture &f) {
            f.addInvitation(1, Ids::TheRequest, InvitationResponse::Declined, QDate(2026, 3, 1));
        },
        { "already_declined" });
    row("invitation withdrawn: may be invited again",
        [](MatchingFixture &f) {
            f.addInvitation(1, Ids::TheRequest, InvitationResponse::Withdrawn, QDate(2026, 3, 1));
        },
        {});
    row("invitation withdrawn, then invited again",
        [](MatchingFixture &f) {
            f.addInvitation(1, Ids::TheRequest, InvitationResponse::Withdrawn, QDate(2026, 2, 20));
            f.addInvitation(1, Ids::TheRequest, InvitationResponse::Pending, QDate(2026, 3, 1));
        },
        { "already_invited" });
    row("invitation withdrawn after an engagement was planned",
        [](MatchingFixture &f) {
            f.addInvitation(1, Ids::TheRequest, InvitationResponse::Withdrawn, QDate(2026, 3, 1));
            f.addEngagement(1, Ids::TheRequest, at(kDay, 10), at(kDay, 12), Attendance::Planned);
        },
        { "already_engaged" });
    row("invited to another request",
        [](MatchingFixture &f) {
            f.addInvitation(1, Ids::OtherRequest, InvitationResponse::Declined, QDate(2026, 3, 1));
        },
        {});
    row("already engaged in this request",
        [](MatchingFixture &f) {
            f.addEngagement(1, Ids::TheRequest, at(kDay.addDays(3), 10), at(kDay.addDays(3), 12), Attendance::Planned);
        },
        { "already_engaged" });

    // Language, region, organisation
    row("language not spoken", [](MatchingFixture &f) { f.request.language = QStringLiteral("sv"); },
        { "language_not_spoken" });
    row("language nobody speaks", [](MatchingFixture &f) { f.request.language = QStringLiteral("ar"); },
        { "language_not_spoken" });
    row("language matched whatever the case",
        [](MatchingFixture &f) { f.worker(1).languages = { QStringLiteral("FI") }; }, {});
    row("in person in a region not covered", [](MatchingFixture &f) { f.request.region = QStringLiteral("Uusimaa"); },
        { "region_not_covered" });
    row("in person in a region covered (not home)",
        [](MatchingFixture &f) {
            f.request.region = QStringLiteral("uusimaa ");
            f.worker(1).regionsCovered = { QStringLiteral("Uusimaa") };
        },
        {});
    row("remote work ignores the region",
        [](MatchingFixture &f) {
            f.request.region = QStringLiteral("Uusimaa");
            f.request.remote = true;
        },
        {});
    row("in person without a region", [](MatchingFixture &f) { f.request.region.clear(); }, {});
    row("organisation outside the scope", [](MatchingFixture &f) { f.request.organisationScope = { Ids::FinFami }; },
        { "organisation_out_of_scope" });
    row("organisation within the scope",
        [](MatchingFixture &f) {
            f.request.organisationScope = { Ids::FinFami, Ids::Lauste };
        },
        {});

    row("every reason that applies is listed",
        [](MatchingFixture &f) {
            f.worker(1).status = WorkerStatus::OnBreak;
            f.removeConsents(1, ConsentScope::Contact);
            f.request.language = QStringLiteral("sv");
            f.request.region = QStringLiteral("Uusimaa");
            f.request.organisationScope = { Ids::FinFami };
            f.addInvitation(1, Ids::TheRequest, InvitationResponse::Declined, QDate(2026, 3, 1));
            f.worker(1).noticeDays = 30;
        },
        { "already_declined", "language_not_spoken", "no_contact_consent", "not_active", "notice_too_short",
          "organisation_out_of_scope", "region_not_covered" });
}

void TestMatchingRules::hardRules()
{
    QFETCH(Mutation, mutate);
    QFETCH(QStringList, expected);
    expected.sort();

    MatchingFixture f;
    mutate(f);

    const WorkerAssessment a = f.assess(1);
    QCOMPARE(MatchingFixture::codes(a.exclusions), expected);
    for (const auto &e : a.exclusions)
        QVERIFY2(!e.text.isEmpty(), qPrintable(toCode(e.reason)));

    // The ranking agrees with the assessment: a candidate when eligible, else excluded with the same reasons.
    const Ranking r = f.rank();
    if (expected.isEmpty()) {
        QCOMPARE(r.candidates.size(), 1);
        QCOMPARE(r.candidates.first().workerId, qint64(1));
        QCOMPARE(r.excludedCount, 0);
        QVERIFY(r.excluded.isEmpty());
    } else {
        QVERIFY(r.candidates.isEmpty());
        QCOMPARE(r.excludedCount, 1);
        QCOMPARE(r.excluded.size(), 1);
        QCOMPARE(MatchingFixture::codes(r.excluded.first().exclusions), expected);
        for (const QString &code : std::as_const(expected))
            QCOMPARE(r.countExcludedFor(*exclusionReasonFromCode(code)), 1);
    }
}

void TestMatchingRules::excludedListedOnlyOnDemand()
{
    MatchingFixture f;
    f.addWorker(2).status = WorkerStatus::Left;
    f.addWorker(3);
    f.removeConsents(3, ConsentScope::Contact);

    const Ranking quick = f.rank(50, false);
    QCOMPARE(quick.eligibleCount, 1);
    QCOMPARE(quick.excludedCount, 2);
    QVERIFY2(quick.excluded.isEmpty(), "excluded workers are listed only when asked for");
    QCOMPARE(quick.countExcludedFor(ExclusionReason::NotActive), 0); // the fast path stops at the first reason

    const Ranking full = f.rank(50, true);
    QCOMPARE(full.countExcludedFor(ExclusionReason::NotActive), 1);
    QCOMPARE(full.countExcludedFor(ExclusionReason::NoContactConsent), 1);
    QCOMPARE(full.candidates.size(), quick.candidates.size());
    QCOMPARE(full.excluded.size(), 2);
    QCOMPARE(full.excluded.at(0).workerId, qint64(2)); // in worker id order
    QCOMPARE(full.excluded.at(1).workerId, qint64(3));
    QVERIFY(full.excluded.at(0).has(ExclusionReason::NotActive));
    QVERIFY(full.excluded.at(1).has(ExclusionReason::NoContactConsent));
}

void TestMatchingRules::everyReasonHasATitleAndCode()
{
    QSet<QString> codes;
    for (int i = 0; i < kExclusionReasonCount; ++i) {
        const auto reason = static_cast<ExclusionReason>(i);
        QVERIFY(!Exclusion::title(reason).isEmpty());
        const QString code = toCode(reason);
        QVERIFY(!code.isEmpty());
        QCOMPARE(exclusionReasonFromCode(code), std::optional<ExclusionReason>(reason));
        codes.insert(code);
    }
    QCOMPARE(codes.size(), kExclusionReasonCount);
}

void TestMatchingRules::exclusionTextsNameTheParticulars()
{
    MatchingFixture f;
    f.removeConsents(1, ConsentScope::Contact);
    f.addConsent(1, ConsentScope::Contact, QDate(2025, 1, 1), QDate(2026, 3, 15));
    f.worker(1).noticeDays = 21;
    f.worker(1).unavailable = { { 1, QDate(2026, 3, 14), QDate(2026, 3, 20), UnavailableKind::RecoveryBreak, {} } };
    f.request.region = QStringLiteral("Uusimaa");
    const WorkerAssessment a = f.assess(1);
    QStringList texts;
    for (const auto &e : a.exclusions)
        texts << e.text;
    const QString all = texts.join(QLatin1Char('\n'));
    // Dates in the language's locale (English in Finland here), not ISO.
    QVERIFY2(all.contains(QStringLiteral("expired on 15/03/2026")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("14/03/2026 – 20/03/2026")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Needs 21 days of notice; the request gives 14 days")), qPrintable(all));
    QVERIFY2(all.contains(QStringLiteral("Uusimaa")), qPrintable(all));
}

void TestMatchingRules::doubleBookingNamesTheOtherRequest()
{
    // The snapshot keeps of another request only its reference, title and topics, and of an engagement its start as
    // an instant: the text names them in local time.
    MatchingFixture f;
    f.addEngagement(1, Ids::OtherRequest, at(kDay, 11, 30), at(kDay, 13));
    const WorkerAssessment a = f.assess(1);
    QStringList texts;
    for (const auto &e : a.exclusions)
        texts << e.text;
    QVERIFY2(
        texts.contains(QStringLiteral("Already engaged at an overlapping time: “Another meeting”, 2026-03-16 11:30")),
        qPrintable(texts.join(QLatin1Char('\n'))));

    MatchingFixture unknown; // an engagement in a request the snapshot does not hold
    unknown.addEngagement(1, 9999, at(kDay, 11, 30), at(kDay, 13));
    const WorkerAssessment b = unknown.assess(1);
    texts.clear();
    for (const auto &e : b.exclusions)
        texts << e.text;
    QVERIFY2(texts.contains(QStringLiteral("Already engaged at an overlapping time: 2026-03-16 11:30")),
             qPrintable(texts.join(QLatin1Char('\n'))));
}

void TestMatchingRules::noticeOfAPastOrPresentDayIsSaidInWords()
{
    const QVector<QPair<int, QString>> cases {
        { -5, QStringLiteral("Needs 21 days of notice; the day of the work has passed") },
        { 0, QStringLiteral("Needs 21 days of notice; the work is today") },
        { 1, QStringLiteral("Needs 21 days of notice; the request gives 1 day") },
    };
    for (const auto &[offset, expected] : cases) {
        MatchingFixture f;
        f.worker(1).noticeDays = 21;
        f.request.dateOptions = { { 1, QDateTime(f.today.addDays(offset), QTime(10, 0)),
                                    QDateTime(f.today.addDays(offset), QTime(12, 0)), false } };
        const WorkerAssessment a = f.assess(1);
        QStringList texts;
        for (const auto &e : a.exclusions)
            texts << e.text;
        QVERIFY2(texts.contains(expected), qPrintable(texts.join(QLatin1Char('\n'))));
        QVERIFY(!texts.join(QString()).contains(QRegularExpression(QStringLiteral("-\\d")))); // no negative spans
    }
}

void TestMatchingRules::requestWithoutDateIsCheckedForToday()
{
    MatchingFixture f;
    f.request.dateOptions.clear(); // a brochure review without a meeting or deadline
    f.worker(1).noticeDays = 30; // no date, so no notice to give
    f.removeConsents(1, ConsentScope::Contact);
    f.addConsent(1, ConsentScope::Contact, QDate(2025, 1, 1), f.today); // valid today, expired by the 16th
    const Ranking r = f.rank();
    QCOMPARE(r.requestDate, f.today);
    QCOMPARE(r.candidates.size(), 1);

    f.request.deadline = QDate(2026, 4, 30); // now the deadline is the date
    const Ranking later = f.rank();
    QCOMPARE(later.requestDate, QDate(2026, 4, 30));
    QVERIFY(later.candidates.isEmpty());
    QVERIFY(later.excluded.first().has(ExclusionReason::NoContactConsent));
}

void TestMatchingRules::rankingWithoutTodayReadsTheClock()
{
    MatchingFixture f;
    f.worker(1).noticeDays = 10;
    const RankingEngine &engine = f.engine();
    FixedClock clock(QDateTime(QDate(2026, 3, 10), QTime(9, 0)));
    Clock::install(&clock);
    const Ranking tooLate = engine.rank(f.request);
    clock.set(QDateTime(QDate(2026, 3, 6), QTime(9, 0)));
    const Ranking inTime = engine.rank(f.request);
    Clock::install(nullptr);
    QCOMPARE(tooLate.today, QDate(2026, 3, 10));
    QCOMPARE(tooLate.eligibleCount, 0);
    QCOMPARE(inTime.eligibleCount, 1);
}

void TestMatchingRules::unknownWorkerCannotBeAssessed()
{
    MatchingFixture f;
    QVERIFY(!f.engine().assess(f.request, 999, f.today).has_value());
}

void TestMatchingRules::withdrawnInvitationsDoNotWeighOnRotation_data()
{
    QTest::addColumn<int>("response"); // InvitationResponse of an invitation to another request 10 days ago
    QTest::addColumn<int>("points");
    QTest::newRow("unanswered invitation costs rotation points") << int(InvitationResponse::NoReply) << -2;
    QTest::newRow("withdrawn invitation costs nothing") << int(InvitationResponse::Withdrawn) << 0;
}

void TestMatchingRules::withdrawnInvitationsDoNotWeighOnRotation()
{
    QFETCH(int, response);
    QFETCH(int, points);
    MatchingFixture f;
    f.addInvitation(1, Ids::OtherRequest, static_cast<InvitationResponse>(response), f.today.addDays(-10));
    const WorkerAssessment a = f.assess(1);
    QVERIFY(a.eligible());
    QCOMPARE(a.candidate.points(ScorePartKind::Rotation), points);
}

QTEST_GUILESS_MAIN(TestMatchingRules)
#include "tst_matching_rules.moc"
