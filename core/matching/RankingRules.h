#pragma once

// Private to RankingEngine.cpp: the hard rules that exclude a worker from a request (status, region, language,
// organisation, consents, availability, double booking, limits, rest), for one time and over the request's times.
// Templates, so that the ranking's fast path (stop at the first reason) and the full explanation are one code.

#include "MatchTexts.h"
#include "RankingContext.h"

#include <QCoreApplication>

namespace Kohtaamo::RankingRules {

using Index = SnapshotIndex;

inline QString tr(const char *text, int n = -1)
{
    // lupdate files the texts of this free tr() under its namespace's name: read them there.
    return QCoreApplication::translate("Kohtaamo::RankingRules", text, nullptr, n);
}

inline QString plural(int n, const char *one, const char *many)
{
    return MatchTexts::plural("Kohtaamo::RankingEngine", n, one, many);
}

inline QString dayText(const RankingContext &c, qint32 day)
{
    return MatchTexts::day(QDate::fromJulianDay(day), c.language);
}

constexpr quint32 bit(ExclusionReason r)
{
    return 1u << static_cast<int>(r);
}

using Context = RankingContext;

inline bool hasTag(const Index::WorkerFacts &f, qint32 tag)
{
    for (qint32 t : f.tags()) {
        if (t == tag)
            return true;
    }
    return false;
}

// Why the latest consent of a scope does not hold on the day.
inline QString consentProblem(const Context &c, const QDate &day, int w, ConsentScope scope, const char *missing,
                              const char *expired, const char *withdrawn, const char *notYet)
{
    // The worker's consents, sorted by the day they were given: the last of the scope is the latest.
    const QVector<Consent> consents = c.snap.consentsOf(c.snap.workers().at(w).id);
    const Consent *latest = nullptr;
    for (const auto &consent : consents) {
        if (consent.scope == scope)
            latest = &consent;
    }
    // The texts are marked for the context "Kohtaamo::RankingEngine" (QT_TRANSLATE_NOOP at the call).
    const auto text = [](const char *source) { return QCoreApplication::translate("Kohtaamo::RankingEngine", source); };
    if (!latest)
        return text(missing);
    if (latest->withdrawnOn.isValid() && latest->withdrawnOn <= day)
        return text(withdrawn).arg(MatchTexts::day(latest->withdrawnOn, c.language));
    if (latest->expiresOn.isValid() && latest->expiresOn < day)
        return text(expired).arg(MatchTexts::day(latest->expiresOn, c.language));
    if (latest->givenOn.isValid() && latest->givenOn > day)
        return text(notYet).arg(MatchTexts::day(latest->givenOn, c.language));
    return text(missing);
}

// Which of the hard rules checkRules() applies: those of the worker alone (status, region, language, organisation,
// this request's invitations and engagements), those that depend on the time, or both.
enum class Rules { Worker, Time, All };

// The hard rules for one time `t`. Returns the reasons as bits; with `out`, also every reason as a sentence, except
// those in `reported` (already told for another time). With StopAtFirst (the ranking's fast path) it returns at the
// first reason, cheap checks first.
template <bool StopAtFirst, Rules Which>
quint32 checkRules(const Context &c, const Context::Time &t, int w, const Index::WorkerFacts &f,
                   QVector<Exclusion> *out, quint32 reported = 0)
{
    constexpr bool worker = Which != Rules::Time;
    constexpr bool time = Which != Rules::Worker;
    quint32 mask = 0;
    const auto add = [&mask, out, reported](ExclusionReason reason, const auto &text) {
        if (mask & bit(reason))
            return;
        mask |= bit(reason);
        if (out && !(reported & bit(reason)))
            out->append({ reason, text() });
    };
#define KOHTAAMO_DONE_IF_EXCLUDED                                                                                      \
    if (StopAtFirst && mask)                                                                                           \
        return mask;

    // From the worker's own record and tags.
    if (worker && f.status != static_cast<quint8>(WorkerStatus::Active)) {
        add(ExclusionReason::NotActive, [&] {
            return f.status == static_cast<quint8>(WorkerStatus::OnBreak) ? tr("Not active: on a break")
                                                                          : tr("Not active: has left");
        });
        KOHTAAMO_DONE_IF_EXCLUDED
    }
    if (worker && c.regionTag != -1 && !hasTag(f, c.regionTag)) {
        add(ExclusionReason::RegionNotCovered, [&] {
            return tr("Does not cover %1, where the request is held in person").arg(c.request.region.trimmed());
        });
        KOHTAAMO_DONE_IF_EXCLUDED
    }
    if (worker && c.languageTag != -1 && !hasTag(f, c.languageTag)) {
        add(ExclusionReason::LanguageNotSpoken,
            [&] { return tr("Does not speak the request's language (%1)").arg(c.request.language.trimmed()); });
        KOHTAAMO_DONE_IF_EXCLUDED
    }
    if (worker && c.orgScoped) {
        const bool allowed = f.organisation >= 0 ? c.orgAllowed[static_cast<std::size_t>(f.organisation)] != 0
                                                 : c.scopeIds.contains(c.snap.workers().at(w).organisationId);
        if (!allowed) {
            add(ExclusionReason::OrganisationOutOfScope, [&] {
                const Organisation *o = c.snap.organisation(c.snap.workers().at(w).organisationId);
                return tr("The request is limited to other organisations than %1")
                    .arg(o ? o->name : tr("the worker's"));
            });
            KOHTAAMO_DONE_IF_EXCLUDED
        }
    }
    if (time && c.hasDate && f.noticeDays > 0 && t.date - c.today < f.noticeDays) {
        add(ExclusionReason::NoticeTooShort, [&] {
            // The notice the request gives, in words: a day that has come or passed is said so, never "-5 days".
            const qint32 gives = t.date - c.today;
            const QString given = gives > 0
                ? plural(gives, QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine", "the request gives %n day"),
                         QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine", "the request gives %n days"))
                : gives == 0 ? tr("the work is today")
                             : tr("the day of the work has passed");
            return plural(f.noticeDays, QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine", "Needs %n day of notice; %1"),
                          QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine", "Needs %n days of notice; %1"))
                .arg(given);
        });
        KOHTAAMO_DONE_IF_EXCLUDED
    }

    if constexpr (time) {
        for (const auto &p : f.periods()) {
            if (t.date < p.startDay || t.date > p.endDay)
                continue;
            if (p.kind == static_cast<quint8>(UnavailableKind::RecoveryBreak))
                add(ExclusionReason::RecoveryBreak, [&] {
                    return tr("On a recovery break %1 – %2").arg(dayText(c, p.startDay), dayText(c, p.endDay));
                });
            else
                add(ExclusionReason::Unavailable,
                    [&] { return tr("Unavailable %1 – %2").arg(dayText(c, p.startDay), dayText(c, p.endDay)); });
            KOHTAAMO_DONE_IF_EXCLUDED
        }
    }

    if constexpr (time) {
        // Consents valid on the day, by scope.
        bool valid[5] = { false, false, false, false, false };
        for (const auto &cf : f.consents())
            valid[cf.scope] |= cf.validOn(t.date);
        if (!valid[static_cast<int>(ConsentScope::Contact)]) {
            add(ExclusionReason::NoContactConsent, [&] {
                return consentProblem(
                    c, t.dateValue, w, ConsentScope::Contact,
                    QT_TRANSLATE_NOOP("Kohtaamo::RankingEngine", "No consent to be contacted on record"),
                    QT_TRANSLATE_NOOP("Kohtaamo::RankingEngine", "Consent to be contacted expired on %1"),
                    QT_TRANSLATE_NOOP("Kohtaamo::RankingEngine", "Consent to be contacted was withdrawn on %1"),
                    QT_TRANSLATE_NOOP("Kohtaamo::RankingEngine", "Consent to be contacted is valid only from %1"));
            });
            KOHTAAMO_DONE_IF_EXCLUDED
        }
        if (c.needsPublic && !valid[static_cast<int>(ConsentScope::PublicAppearance)]) {
            add(ExclusionReason::NoPublicAppearanceConsent, [&] {
                return tr("“%1” is public and there is no valid consent to appear in public")
                    .arg(c.serviceType->name(c.language));
            });
            KOHTAAMO_DONE_IF_EXCLUDED
        }
        if (c.request.recorded && !valid[static_cast<int>(ConsentScope::PhotoRecording)]) {
            add(ExclusionReason::NoRecordingConsent,
                [] { return tr("The request is recorded and there is no valid consent to photographs or recording"); });
            KOHTAAMO_DONE_IF_EXCLUDED
        }

        // Minors: a valid guardian consent, an adult of the organisation present, work open to minors.
        if (f.birthDay != Index::kNoDay && t.date >= f.birthDay && t.date < f.adultDay) {
            const QString when = out ? t.dateValue.toString(Qt::ISODate) : QString();
            if (!valid[static_cast<int>(ConsentScope::Guardian)])
                add(ExclusionReason::MinorWithoutGuardianConsent,
                    [&] { return tr("Under 18 on %1 and no valid guardian consent").arg(when); });
            if (!c.request.supervised)
                add(ExclusionReason::MinorUnsupervised,
                    [&] { return tr("Under 18 on %1 and no adult of the organisation is present").arg(when); });
            if (!c.openToMinors)
                add(ExclusionReason::MinorServiceTypeClosed, [&] {
                    return c.serviceType
                        ? tr("Under 18 on %1 and “%2” is not open to minors").arg(when, c.serviceType->name(c.language))
                        : tr("Under 18 on %1 and the kind of work is not open to minors").arg(when);
                });
            KOHTAAMO_DONE_IF_EXCLUDED
        }
    }

    if (worker && c.requestId != 0) {
        for (const auto &inv : f.invitations()) {
            // A withdrawn invitation is not one: the coordinator may invite the worker again.
            if (inv.requestId != c.requestId || inv.response == static_cast<quint8>(InvitationResponse::Withdrawn))
                continue;
            if (inv.response == static_cast<quint8>(InvitationResponse::Declined))
                add(ExclusionReason::AlreadyDeclined, [] { return tr("Declined this request"); });
            else
                add(ExclusionReason::AlreadyInvited, [] { return tr("Already invited to this request"); });
            KOHTAAMO_DONE_IF_EXCLUDED
        }
    }

    // Engagements (cancelled ones are not in the index): this request itself, the month's count, days between,
    // overlaps.
    int inMonth = 0;
    qint32 nearest = Index::kNever;
    qint32 overlapping = -1;
    for (const auto &e : f.engagements()) {
        if (c.requestId != 0 && e.requestId == c.requestId) {
            if (worker) {
                add(ExclusionReason::AlreadyEngaged, [] { return tr("Already engaged in this request"); });
                KOHTAAMO_DONE_IF_EXCLUDED
            }
            continue;
        }
        if (!time || e.day == Index::kNoDay)
            continue;
        inMonth += (e.day >= t.monthFirst && e.day <= t.monthLast) ? 1 : 0;
        nearest = qMin(nearest, static_cast<qint32>(std::abs(e.day - t.date)));
        if (t.hasSlot && overlapping < 0) {
            const bool timed = t.slotTimed && e.startMinute != Index::kNoMinute && e.endMinute != Index::kNoMinute
                && e.endMinute > e.startMinute;
            if (timed ? (e.startMinute < t.slotEnd && t.slotStart < e.endMinute) : e.day == t.slotDay)
                overlapping = e.source;
        }
    }
    if (time && f.maxPerMonth > 0 && inMonth >= f.maxPerMonth) {
        add(ExclusionReason::MonthlyLimitReached, [&] {
            return plural(inMonth,
                          QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine",
                                              "Already %n engagement in %1; the worker's limit is %2"),
                          QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine",
                                              "Already %n engagements in %1; the worker's limit is %2"))
                .arg(t.dateValue.toString(QStringLiteral("yyyy-MM")))
                .arg(f.maxPerMonth);
        });
    }
    if (time && f.minDaysBetween > 0 && nearest < f.minDaysBetween) {
        add(ExclusionReason::TooSoonAfterEngagement, [&] {
            const QString away = nearest == 0
                ? tr("another is on the same day")
                : plural(nearest, QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine", "another is %n day away"),
                         QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine", "another is %n days away"));
            return plural(
                       f.minDaysBetween,
                       QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine", "Wants at least %n day between engagements; %1"),
                       QT_TRANSLATE_N_NOOP("Kohtaamo::RankingEngine", "Wants at least %n days between engagements; %1"))
                .arg(away);
        });
    }
    if (time && overlapping >= 0) {
        add(ExclusionReason::DoubleBooked, [&] {
            const MatchingSnapshot::EngagementRow &e = c.snap.engagementRow(overlapping);
            const int other = c.snap.requestIndex(e.requestId);
            const QString when = e.startsMSecs == MatchingSnapshot::kNoTime
                ? QString()
                : QDateTime::fromMSecsSinceEpoch(e.startsMSecs).toString(QStringLiteral("yyyy-MM-dd HH:mm"));
            return other >= 0
                ? tr("Already engaged at an overlapping time: “%1”, %2").arg(c.snap.requestTitle(other), when)
                : tr("Already engaged at an overlapping time: %1").arg(when);
        });
    }
#undef KOHTAAMO_DONE_IF_EXCLUDED
    return mask;
}

// The hard rules over the request's times (Context::times). A worker is eligible when the rules of the worker hold
// and those of at least one time: then it returns 0 and adds nothing to `out`. Otherwise it returns every reason
// that rules out some time (with one time: every reason that applies), each told once, for the earliest time it
// applies to. `suits` gets, per time, whether the worker can do it. With one time it costs what checkRules costs;
// with several the worker's own rules are checked once and the others once per time.
template <bool StopAtFirst>
quint32 checkTimes(const Context &c, int w, const Index::WorkerFacts &f, QVector<Exclusion> *out, quint8 *suits)
{
    if (!c.severalTimes) {
        const quint32 mask = checkRules<StopAtFirst, Rules::All>(c, c.times.front(), w, f, out);
        suits[0] = mask == 0;
        return mask;
    }
    QVector<Exclusion> told; // kept only when the worker is excluded
    QVector<Exclusion> *texts = out ? &told : nullptr;
    const quint32 own = checkRules<StopAtFirst, Rules::Worker>(c, c.times.front(), w, f, texts);
    const std::size_t n = c.times.size();
    if (StopAtFirst && own) {
        std::fill_n(suits, n, quint8(0));
        return own;
    }
    quint32 timed = 0;
    bool any = false;
    for (std::size_t i = 0; i < n; ++i) {
        const quint32 mask = checkRules<StopAtFirst, Rules::Time>(c, c.times[i], w, f, texts, timed);
        suits[i] = own == 0 && mask == 0;
        any |= mask == 0;
        timed |= mask;
    }
    if (own == 0 && any)
        return 0;
    if (out)
        out->append(told);
    return own | timed;
}

} // namespace Kohtaamo::RankingRules
