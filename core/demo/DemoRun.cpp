#include "DemoRun.h"

#include "DemoCatalogue.h"
#include "repositories/ConsentRepository.h"
#include "repositories/CoordinatorRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/FundedActivityRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/OutcomeRepository.h"
#include "repositories/RequestBulkWriter.h"
#include "repositories/RequestRepository.h"
#include "repositories/TopicRepository.h"
#include "repositories/WorkerRepository.h"
#include "storage/Database.h"

#include <QHash>
#include <QRandomGenerator>

#include <algorithm>

namespace Kohtaamo {

namespace {

// Folds Finnish and Swedish letters for e-mail addresses.
QString asciiLower(const QString &text)
{
    QString out;
    for (const QChar c : text.toLower()) {
        if (c == QChar(0xE4) || c == QChar(0xE5))
            out += QLatin1Char('a');
        else if (c == QChar(0xF6))
            out += QLatin1Char('o');
        else if (c.isLetterOrNumber() && c.unicode() < 128)
            out += c;
        else if (c == QLatin1Char(' '))
            out += QLatin1Char('.');
    }
    return out;
}

class DemoRun
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::DemoGenerator)
public:
    DemoRun(Database &db, const DemoGenerator::Options &options, const DemoGenerator::Progress &progress)
        : m_db(db), m_options(options), m_progress(progress), m_rng(options.seed), m_today(options.today)
    {
    }

    Result<DemoGenerator::Summary> run()
    {
        for (auto step : { &DemoRun::loadTaxonomy, &DemoRun::createOrganisations, &DemoRun::createCoordinators,
                           &DemoRun::createWorkers, &DemoRun::createRequests }) {
            if (Status s = (this->*step)(); !s)
                return s.error();
        }
        return m_summary;
    }

private:
    int between(int lo, int hi) { return lo >= hi ? lo : int(m_rng.bounded(lo, hi + 1)); }
    bool chance(double p) { return m_rng.generateDouble() < p; }
    template <typename T> const T &pick(const QVector<T> &list)
    {
        return list.at(int(m_rng.bounded(int(list.size()))));
    }
    const QString &pick(const QStringList &list) { return list.at(int(m_rng.bounded(int(list.size())))); }

    void report(const QString &stage, int done, int total)
    {
        if (m_progress && (done % 500 == 0 || done == total))
            m_progress(stage, done, total);
    }

    Status loadTaxonomy()
    {
        TopicRepository topics(m_db);
        auto all = topics.list();
        if (!all)
            return all.error();
        for (const Topic &t : *all)
            m_topicIds.insert(t.code, t.id);
        return Status::success();
    }

    qint64 topicId(const QString &code) const { return m_topicIds.value(code); }

    Status createOrganisations()
    {
        OrganisationRepository repo(m_db);
        for (const auto &profile : DemoCatalogue::organisations()) {
            Organisation o;
            o.name = profile.name;
            o.shortName = profile.shortName;
            o.region = profile.region;
            o.contact = QStringLiteral("info@%1.example").arg(asciiLower(profile.shortName).remove(QLatin1Char('.')));
            auto saved = repo.save(o);
            if (!saved)
                return saved.error();
            m_organisationIds.append(saved->id);
            ++m_summary.organisations;
            // Each organisation's experience work is one STEA-funded activity (no random draw: the rest of the demo
            // stays as it was).
            FundedActivity activity;
            activity.name = QStringLiteral("%1: kokemusasiantuntijatoiminta").arg(profile.shortName);
            activity.funder = QStringLiteral("STEA");
            activity.organisationId = saved->id;
            activity.firstYear = m_today.year() - 3;
            auto a = FundedActivityRepository(m_db).save(activity);
            if (!a)
                return a.error();
            m_fundedActivityIds.append(a->id);
        }
        return Status::success();
    }

    Status createCoordinators()
    {
        CoordinatorRepository repo(m_db);
        const struct
        {
            const char *user;
            const char *name;
            CoordinatorRole role;
        } people[] = { { "anna.lehtinen", "Anna Lehtinen", CoordinatorRole::Admin },
                       { "mikael.sjoberg", "Mikael Sjöberg", CoordinatorRole::Coordinator },
                       { "leena.rantala", "Leena Rantala", CoordinatorRole::Coordinator } };
        for (const auto &p : people) {
            Coordinator c;
            c.username = QString::fromUtf8(p.user);
            c.displayName = QString::fromUtf8(p.name);
            c.email = c.username + QStringLiteral("@kohtaamo.example");
            c.role = p.role;
            c.organisationId = m_organisationIds.value(8);
            auto saved = repo.save(c);
            if (!saved)
                return saved.error();
            m_coordinatorIds.append(saved->id);
            m_coordinatorNames.append(saved->displayName);
            ++m_summary.coordinators;
        }
        return Status::success();
    }

    Worker makeWorker(int index)
    {
        const auto &orgs = DemoCatalogue::organisations();
        const int orgIndex = index < orgs.size() ? index : int(m_rng.bounded(int(orgs.size())));
        const auto &profile = orgs.at(orgIndex);
        const bool swedish = profile.extraLanguages.contains(QStringLiteral("sv")) || chance(0.12);

        Worker w;
        w.organisationId = m_organisationIds.at(orgIndex);
        w.title = profile.title;
        const QString first
            = swedish ? pick(DemoCatalogue::swedishFirstNames()) : pick(DemoCatalogue::finnishFirstNames());
        const QString last = pick(DemoCatalogue::surnames());
        w.pseudonym = chance(0.1);
        w.displayName = w.pseudonym ? QStringLiteral("%1 (%2)").arg(first, tr("pseudonym"))
                                    : QStringLiteral("%1 %2.").arg(first, last.left(1));
        if (chance(0.85))
            w.email = QStringLiteral("%1.%2@example.fi").arg(asciiLower(first), asciiLower(last));
        if (chance(0.7))
            w.phone = QStringLiteral("+358 40 %1 %2").arg(between(100, 999)).arg(between(1000, 9999));
        const int age = between(profile.minAge, profile.maxAge);
        w.dateOfBirth = m_today.addYears(-age).addDays(-between(1, 360));
        w.languages = { QStringLiteral("fi") };
        if (swedish)
            w.languages.prepend(QStringLiteral("sv"));
        if (chance(0.4))
            w.languages << QStringLiteral("en");
        if (!profile.extraLanguages.isEmpty()) {
            const QString extra = pick(profile.extraLanguages);
            if (!w.languages.contains(extra))
                w.languages << extra;
        }
        w.homeRegion = chance(0.8) ? profile.region : pick(DemoCatalogue::regions());
        w.municipality = pick(DemoCatalogue::municipalities());
        w.regionsCovered = { w.homeRegion };
        if (chance(0.3)) {
            const QString other = pick(DemoCatalogue::regions());
            if (other != w.homeRegion)
                w.regionsCovered << other;
        }
        const double statusRoll = m_rng.generateDouble();
        w.status = statusRoll < 0.86 ? WorkerStatus::Active
            : statusRoll < 0.95      ? WorkerStatus::OnBreak
                                     : WorkerStatus::Left;

        w.trainingName = profile.training;
        w.trainingHours = profile.trainingHours;
        w.trainingCompleted = m_today.addDays(-between(60, 1500));
        if (chance(0.85))
            w.lastSupervision = m_today.addDays(-between(5, chance(0.15) ? 700 : 300));
        if (chance(0.8))
            w.lastDebrief = m_today.addDays(-between(3, 400));
        if (chance(0.15))
            w.annualEarningsCeilingCents = qint64(between(30, 90)) * 10000; // 3,000–9,000 €

        // Experiences: mostly the organisation's own field, sometimes something else from another position.
        QStringList codes = profile.topicCodes;
        std::shuffle(codes.begin(), codes.end(), m_rng);
        const int count = std::min<int>(int(codes.size()), between(1, 4));
        for (int i = 0; i < count; ++i) {
            WorkerExperience e;
            e.topicId = topicId(codes.at(i));
            e.perspective = profile.perspective;
            if (chance(0.2))
                e.note = QStringLiteral("Puhuu mielellään tästä ryhmässä.");
            w.experiences.append(e);
        }
        if (chance(0.25)) {
            const auto &other = pick(DemoCatalogue::organisations());
            WorkerExperience e;
            e.topicId = topicId(pick(other.topicCodes));
            e.perspective = other.perspective == profile.perspective ? Perspective::Other : other.perspective;
            const bool duplicate
                = std::any_of(w.experiences.begin(), w.experiences.end(), [&](const WorkerExperience &x) {
                      return x.topicId == e.topicId && x.perspective == e.perspective;
                  });
            if (!duplicate)
                w.experiences.append(e);
        }

        QStringList services = profile.serviceTypes;
        std::shuffle(services.begin(), services.end(), m_rng);
        w.serviceTypes = services.mid(0, between(1, int(services.size())));

        for (int day = 1; day <= 7; ++day) {
            if (day <= 5 ? chance(0.6) : chance(0.15)) {
                for (auto part :
                     { WeeklyAvailability::Morning, WeeklyAvailability::Afternoon, WeeklyAvailability::Evening })
                    w.weekly.set(day, part, chance(0.6));
            }
        }
        if (chance(0.1)) {
            const QDate start = m_today.addDays(between(-20, 60));
            w.unavailable.append(
                { 0, start, start.addDays(between(7, 45)), UnavailableKind::Unavailable, QStringLiteral("Matkalla") });
        }
        if (chance(0.06)) {
            const QDate start = m_today.addDays(-between(0, 20));
            w.unavailable.append({ 0, start, start.addDays(between(14, 60)), UnavailableKind::RecoveryBreak,
                                   QStringLiteral("Palautumistauko raskaan tilaisuuden jälkeen") });
        }
        w.maxEngagementsPerMonth = chance(0.7) ? between(1, 4) : 0;
        w.minDaysBetweenEngagements = chance(0.5) ? pick(QVector<int> { 7, 14, 21 }) : 0;
        w.noticeDays = chance(0.6) ? pick(QVector<int> { 3, 7, 14 }) : 0;
        return w;
    }

    Status createConsents(const Worker &w)
    {
        ConsentRepository repo(m_db);
        const auto record = [&](ConsentScope scope, const QDate &given, const QDate &expires) -> Result<Consent> {
            Consent c;
            c.workerId = w.id;
            c.scope = scope;
            c.givenOn = given;
            c.expiresOn = expires;
            c.recordedBy = pick(m_coordinatorIds);
            if (scope == ConsentScope::Guardian)
                c.guardianName = QStringLiteral("%1 %2").arg(pick(DemoCatalogue::finnishFirstNames()),
                                                             pick(DemoCatalogue::surnames()));
            auto saved = repo.record(c);
            if (saved)
                ++m_summary.consents;
            return saved;
        };
        const QDate given = std::max(w.trainingCompleted, m_today.addDays(-900)).addDays(between(0, 30));
        const QDate givenOn = given > m_today ? m_today : given;

        if (!chance(0.06)) {
            const double roll = m_rng.generateDouble();
            // A contact consent runs two years and is renewed in time, as a coordinator does it: the office's
            // current consents are mostly valid, and the rolls below make the exceptions.
            QDate contactGiven = givenOn;
            while (contactGiven.addYears(2) < m_today.addDays(60) && contactGiven.addYears(2) <= m_today)
                contactGiven = contactGiven.addYears(2);
            QDate expires = contactGiven.addYears(2);
            if (roll < 0.06)
                expires = m_today.addDays(-between(1, 120)); // expired
            else if (roll < 0.12)
                expires = m_today.addDays(between(1, 30)); // expiring soon
            if (expires < contactGiven)
                contactGiven = expires.addYears(-2);
            auto contact = record(ConsentScope::Contact, contactGiven, expires);
            if (!contact)
                return contact.error();
            if (chance(0.04)) {
                const QDate withdrawnOn = std::max(contact->givenOn, m_today.addDays(-between(1, 60)));
                auto withdrawn = repo.withdraw(contact->id, contact->version, withdrawnOn);
                if (!withdrawn)
                    return withdrawn.error();
            }
        }
        if (chance(0.9)) {
            if (auto r = record(ConsentScope::SensitiveBackground, givenOn, {}); !r)
                return r.error();
        }
        if (chance(0.6)) {
            if (auto r = record(ConsentScope::PublicAppearance, givenOn, givenOn.addYears(3)); !r)
                return r.error();
        }
        if (chance(0.3)) {
            if (auto r = record(ConsentScope::PhotoRecording, givenOn, givenOn.addYears(1)); !r)
                return r.error();
        }
        if (w.isMinorOn(m_today) && chance(0.7)) {
            if (auto r = record(ConsentScope::Guardian, givenOn, w.dateOfBirth.addYears(18)); !r)
                return r.error();
        }
        return Status::success();
    }

    Status createWorkers()
    {
        WorkerRepository repo(m_db);
        for (int i = 0; i < m_options.workers; ++i) {
            auto saved = repo.save(makeWorker(i));
            if (!saved)
                return saved.error();
            const Worker &w = *saved;
            ++m_summary.workers;
            if (w.status == WorkerStatus::Active) {
                m_activeWorkers.append(w.id);
                for (const auto &e : w.experiences)
                    m_workersByTopic[e.topicId].append(w.id);
            }
            if (Status s = createConsents(w); !s)
                return s;
            report(tr("Workers"), i + 1, m_options.workers);
        }
        return Status::success();
    }

    RequestStatus targetStatus(const QDate &workDate)
    {
        const double roll = m_rng.generateDouble();
        if (workDate < m_today) {
            if (roll < 0.08)
                return RequestStatus::Cancelled;
            if (workDate < m_today.addDays(-21))
                return roll < 0.88 ? RequestStatus::Closed : RequestStatus::Held;
            return roll < 0.6 ? RequestStatus::Held : RequestStatus::Closed;
        }
        if (roll < 0.15)
            return RequestStatus::New;
        if (roll < 0.35)
            return RequestStatus::Tagged;
        if (roll < 0.7)
            return RequestStatus::Inviting;
        if (roll < 0.95)
            return RequestStatus::Confirmed;
        return RequestStatus::Cancelled;
    }

    Request makeRequest(const QDate &received, const QDate &workDate, bool chooseTime)
    {
        const auto &tpl = pick(DemoCatalogue::requestTemplates());
        Request r;
        r.receivedOn = received;
        // Numbered here as RequestRepository::nextReference would number them (per year, in the order saved): the
        // database starts empty, and asking it for the highest number of the year reads every reference of that
        // year, for each of 200,000 requests.
        const int number = ++m_referencesByYear[received.year()];
        r.reference = QStringLiteral("%1-%2")
                          .arg(received.year(), 4, 10, QLatin1Char('0'))
                          .arg(number, 4, 10, QLatin1Char('0'));
        const QString first = pick(DemoCatalogue::finnishFirstNames());
        const QString last = pick(DemoCatalogue::surnames());
        r.requesterName = first + QLatin1Char(' ') + last;
        r.requesterUnit = pick(DemoCatalogue::requesterUnits());
        {
            // The requester's sector follows the number (no random draw: the rest of the demo stays as it was).
            static const char *const sectors[] = { "public", "public", "public", "education", "ngo", "research" };
            r.requesterSector = QString::fromLatin1(sectors[number % 6]);
            // A request scoped to one organisation takes its activity when saved; the others are shared out.
            if (!m_fundedActivityIds.isEmpty())
                r.fundedActivityId = m_fundedActivityIds.at(number % m_fundedActivityIds.size());
        }
        r.requesterEmail = QStringLiteral("%1.%2@hyvinvointialue.example").arg(asciiLower(first), asciiLower(last));
        if (chance(0.5))
            r.requesterPhone = QStringLiteral("+358 50 %1 %2").arg(between(100, 999)).arg(between(1000, 9999));
        r.title = tpl.title;
        r.description = tpl.description;
        r.serviceType = tpl.serviceType;
        for (const QString &code : tpl.primaryTopics)
            r.topics.append({ topicId(code), TopicWeight::Primary });
        for (const QString &code : tpl.secondaryTopics)
            r.topics.append({ topicId(code), TopicWeight::Secondary });
        r.wantedPerspective = tpl.perspective;
        r.workersNeeded = tpl.serviceType == QLatin1String("panel") ? 3 : chance(0.6) ? 1 : chance(0.75) ? 2 : 3;
        r.audience = tpl.audience;
        r.language = tpl.language;
        r.durationMinutes = tpl.durationMinutes;
        r.remote = tpl.remote;
        r.region
            = r.remote ? QString() : (chance(0.7) ? QStringLiteral("Varsinais-Suomi") : pick(DemoCatalogue::regions()));
        r.place = r.remote ? QStringLiteral("Teams")
                           : QStringLiteral("%1, kokoushuone %2").arg(r.region).arg(between(1, 12));
        if (chance(0.6)) {
            r.feeCents = qint64(between(5, 15)) * 1000;
            r.feeTerms = QStringLiteral("Palkkio %1 € ja matkakulut").arg(*r.feeCents / 100);
        } else {
            r.feeTerms = QStringLiteral("Ei palkkiota, matkakulut korvataan");
        }
        r.supervised = chance(0.4);
        r.recorded = chance(0.1);
        if (chance(0.08)) {
            r.organisationScope = { pick(m_organisationIds) };
            r.fundedActivityId = 0; // its organisation's activity, chosen when saved
        }
        if (tpl.serviceType == QLatin1String("material_review")) {
            r.deadline = workDate;
        } else {
            const int startHour = pick(QVector<int> { 9, 10, 13, 17 });
            const int options = chance(0.3) ? 2 : 1;
            for (int i = 0; i < options; ++i) {
                const QDateTime start(workDate.addDays(i * 7), QTime(startHour, 0));
                r.dateOptions.append({ 0, start, start.addSecs(qint64(r.durationMinutes) * 60), chooseTime && i == 0 });
            }
        }
        r.notes = chance(0.2) ? QStringLiteral("Tilaaja toivoo vastausta viikon sisällä.") : QString();
        return r;
    }

    // The active workers with experience of any of the request's topics, without duplicates: the same for every
    // request with the same topics, so made once (with 50,000 workers a pool holds thousands).
    QVector<qint64> &inviteePool(const Request &r)
    {
        QVector<qint64> key;
        for (const auto &t : r.topics)
            key.append(t.topicId);
        std::sort(key.begin(), key.end());
        auto it = m_poolsByTopics.find(key);
        if (it == m_poolsByTopics.end()) {
            QVector<qint64> pool;
            for (qint64 topic : std::as_const(key))
                pool += m_workersByTopic.value(topic);
            std::sort(pool.begin(), pool.end());
            pool.erase(std::unique(pool.begin(), pool.end()), pool.end());
            it = m_poolsByTopics.insert(key, pool);
        }
        return it.value();
    }

    // `count` workers drawn at random from the pool (a partial Fisher–Yates shuffle: only the places taken are drawn,
    // the pool's order is no one's business), topped up from all active workers when the pool is too small.
    QVector<qint64> chooseInvitees(const Request &r, int count)
    {
        QVector<qint64> &pool = inviteePool(r);
        const qsizetype n = pool.size();
        const qsizetype take = std::min<qsizetype>(count, n);
        for (qsizetype k = 0; k < take; ++k) {
            const qsizetype j = k + qsizetype(m_rng.bounded(quint32(n - k)));
            std::swap(pool[k], pool[j]);
        }
        QVector<qint64> chosen = pool.mid(0, take);
        while (chosen.size() < count && chosen.size() < m_activeWorkers.size()) {
            const qint64 extra = pick(m_activeWorkers);
            if (!chosen.contains(extra))
                chosen.append(extra);
        }
        return chosen;
    }

    // A request as RequestRepository::save stores it: sorted children, its organisation's funded activity.
    Request normalisedRequest(Request r) const
    {
        r = RequestRepository::normalised(r);
        if (r.fundedActivityId == 0 && r.organisationScope.size() == 1) {
            const qsizetype index = m_organisationIds.indexOf(r.organisationScope.first());
            if (index >= 0 && index < m_fundedActivityIds.size())
                r.fundedActivityId = m_fundedActivityIds.at(index);
        }
        return r;
    }

    // Every request is decided in memory first (the same draws, in the same order, as when each step went through
    // the repositories), then written by RequestBulkWriter in one go.
    Status createRequests()
    {
        RequestBulkWriter writer(m_db);
        if (Status s = writer.start(); !s)
            return s;
        const int spanDays = std::clamp(m_options.requests * 3, 90, 730);

        for (int i = 0; i < m_options.requests; ++i) {
            const QDate received = m_today.addDays(-between(0, spanDays));
            const QDate workDate = received.addDays(between(10, 50));
            const RequestStatus target = targetStatus(workDate);
            const bool confirmedOrLater = target == RequestStatus::Confirmed || target == RequestStatus::Held
                || target == RequestStatus::Closed;
            RequestRecord record;
            record.request = normalisedRequest(makeRequest(received, workDate, confirmedOrLater));
            Request &r = record.request;
            if (Status s = RequestRepository::validate(r); !s)
                return s;
            r.status = RequestStatus::New;
            r.version = 1;
            record.steps.append({ std::nullopt, RequestStatus::New, QString() });
            if (Status s = decideRequest(record, target, confirmedOrLater); !s)
                return s;
            if (Status s = writer.write(record); !s)
                return s;
            ++m_summary.requests;
            m_summary.invitations += int(record.invitations.size());
            m_summary.engagements += int(record.engagements.size());
            m_summary.outcomes += record.outcome ? 1 : 0;
            m_summary.knowledgeEntries += int(record.knowledge.size());
            report(tr("Requests"), i + 1, m_options.requests);
        }
        return writer.finish();
    }

    Status decideRequest(RequestRecord &record, RequestStatus target, bool confirmedOrLater)
    {
        Request &r = record.request;
        const auto step = [&](RequestStatus to, const QString &reason = {}) {
            const QString why = reason.trimmed();
            record.steps.append({ r.status, to, why });
            r.status = to;
            if (to == RequestStatus::Cancelled)
                r.cancelReason = why;
            ++r.version;
        };
        const QString cancelReason = QStringLiteral("Tilaaja perui tilaisuuden");
        if (target == RequestStatus::New)
            return Status::success();
        step(RequestStatus::Tagged);
        if (target == RequestStatus::Tagged || (target == RequestStatus::Cancelled && chance(0.3))) {
            if (target == RequestStatus::Cancelled)
                step(RequestStatus::Cancelled, cancelReason);
            return Status::success();
        }

        // Invitations
        const int invitedCount = r.workersNeeded + between(0, 2);
        const QVector<qint64> invitees = chooseInvitees(r, invitedCount);
        const QDateTime sent(r.receivedOn.addDays(between(1, 3)), QTime(10, 0));
        int accepted = 0;
        for (qint64 workerId : invitees) {
            RequestRecord::InvitationRecord made;
            Invitation &inv = made.invitation;
            inv.workerId = workerId;
            inv.sentAt = sent;
            inv.channel = chance(0.7) ? InvitationChannel::Email
                : chance(0.5)         ? InvitationChannel::Phone
                                      : InvitationChannel::Sms;
            inv.version = 1;
            inv.requestId = 1; // validated as belonging to a request; the id is the one written
            if (Status s = InvitationRepository::validate(inv); !s)
                return s;
            inv.declineReason = inv.declineReason.trimmed();
            InvitationResponse response = InvitationResponse::Pending;
            if (confirmedOrLater) {
                response = accepted < r.workersNeeded ? InvitationResponse::Accepted
                    : chance(0.6)                     ? InvitationResponse::Declined
                                                      : InvitationResponse::NoReply;
            } else {
                const double roll = m_rng.generateDouble();
                response = roll < 0.4 ? InvitationResponse::Pending
                    : roll < 0.7      ? InvitationResponse::Accepted
                    : roll < 0.9      ? InvitationResponse::Declined
                                      : InvitationResponse::NoReply;
                if (response == InvitationResponse::Accepted && accepted >= r.workersNeeded)
                    response = InvitationResponse::Pending;
            }
            if (response == InvitationResponse::Accepted)
                ++accepted;
            if (response == InvitationResponse::Pending) {
                if (chance(0.4)) { // a reminder (InvitationRepository::logReminder)
                    inv.reminders += 1;
                    inv.lastReminderAt = sent.addDays(between(3, 6));
                    ++inv.version;
                }
                record.invitations.append(made);
                continue;
            }
            const QString reason
                = response == InvitationResponse::Declined ? pick(DemoCatalogue::declineReasons()) : QString();
            // The answer (InvitationRepository::recordResponse).
            inv.response = response;
            inv.respondedAt = sent.addDays(between(0, 4)).addSecs(3600 * between(1, 8));
            if (response == InvitationResponse::Declined)
                inv.declineReason = reason.trimmed();
            ++inv.version;
            made.answered = true;
            record.invitations.append(made);
        }
        step(RequestStatus::Inviting);
        if (target == RequestStatus::Inviting || target == RequestStatus::Cancelled) {
            if (target == RequestStatus::Cancelled)
                step(RequestStatus::Cancelled, cancelReason);
            return Status::success();
        }

        // Confirm: the accepted become engagements (EngagementRepository::confirmFromInvitations).
        const EngagementRepository::MeetingSlot slot = EngagementRepository::meetingSlot(r);
        for (qsizetype k = 0; k < record.invitations.size(); ++k) {
            const Invitation &inv = record.invitations.at(k).invitation;
            if (inv.response != InvitationResponse::Accepted || inv.reserve)
                continue;
            Engagement e = EngagementRepository::planned(r, slot, qint64(k) + 1, inv.workerId);
            e.version = 1;
            e.requestId = 1; // validated as belonging to a request; the id is the one written
            record.engagements.append(e);
        }
        step(RequestStatus::Confirmed);
        if (target == RequestStatus::Confirmed) {
            for (Engagement &e : record.engagements) {
                if (chance(0.5)) {
                    e.preparationDone = true;
                    ++e.version;
                    if (Status s = EngagementRepository::validate(e); !s)
                        return s;
                }
            }
            return Status::success();
        }

        step(RequestStatus::Held);
        const bool closed = target == RequestStatus::Closed;
        for (Engagement &e : record.engagements) {
            e.attendance = chance(0.93) ? Attendance::Attended : Attendance::NoShow;
            e.preparationDone = true;
            if (e.attendance == Attendance::Attended) {
                e.hours = std::max(1.0, r.durationMinutes / 60.0 + 0.5);
                e.travelCents = r.remote ? 0 : qint64(between(0, 40)) * 100;
                e.feeDeclined = e.feeCents > 0 && chance(0.05);
                if (e.feeDeclined)
                    e.payment = PaymentState::Declined;
                else if (e.feeCents > 0 || e.travelCents > 0)
                    e.payment = closed || chance(0.3) ? PaymentState::Paid : PaymentState::Unpaid;
                if (e.payment == PaymentState::Paid)
                    e.paidOn = std::min(m_today, r.workDate().addDays(between(7, 30)));
                e.debriefDone = closed || chance(0.5);
                if (e.debriefDone) {
                    e.debriefOn = std::min(m_today, r.workDate().addDays(between(0, 3)));
                    e.debriefBy = pick(m_coordinatorNames).trimmed();
                }
            } else {
                e.feeCents = 0;
                e.payment = PaymentState::NotDue;
            }
            ++e.version;
            if (Status s = EngagementRepository::validate(e); !s)
                return s;
        }

        MeetingOutcome outcome;
        outcome.heldOn = r.workDate();
        outcome.summary
            = QStringLiteral("Kokemusasiantuntijat kertoivat omista kokemuksistaan ja ehdottivat muutoksia.");
        if (chance(0.6))
            outcome.requesterFeedback = QStringLiteral("Tilaaja kiitti: näkökulmat otetaan huomioon jatkotyössä.");
        outcome.audienceSize = 8; // the real figure follows the request's id (RequestBulkWriter::audienceFor)
        outcome.requestId = 1; // validated as belonging to a request; the id is the one written
        if (Status s = OutcomeRepository::validateOutcome(outcome); !s)
            return s;
        record.outcome = outcome;
        record.audienceFromId = true;
        const int entries = chance(0.7) ? between(1, 2) : 0;
        for (int k = 0; k < entries; ++k) {
            KnowledgeEntry entry;
            entry.requestId = 1;
            entry.recordedOn = std::min(m_today, r.workDate().addDays(1));
            entry.text = pick(DemoCatalogue::knowledgeSnippets()).trimmed();
            entry.topicIds = { r.topics.first().topicId };
            entry.phase = pick(QVector<LifeCoursePhase> {
                LifeCoursePhase::EarlyChildhood, LifeCoursePhase::SchoolAge, LifeCoursePhase::Youth,
                LifeCoursePhase::TransitionToAdulthood, LifeCoursePhase::Parenthood });
            entry.criticalPoint = chance(0.35);
            if (Status s = OutcomeRepository::validateKnowledge(entry); !s)
                return s;
            record.knowledge.append(entry);
        }
        if (closed)
            step(RequestStatus::Closed);
        return Status::success();
    }

    Database &m_db;
    DemoGenerator::Options m_options;
    DemoGenerator::Progress m_progress;
    QRandomGenerator m_rng;
    QDate m_today;
    DemoGenerator::Summary m_summary;
    QHash<QString, qint64> m_topicIds;
    QVector<qint64> m_organisationIds;
    QVector<qint64> m_fundedActivityIds; // one per organisation
    QVector<qint64> m_coordinatorIds;
    QStringList m_coordinatorNames;
    QVector<qint64> m_activeWorkers;
    QHash<qint64, QVector<qint64>> m_workersByTopic;
    QHash<QVector<qint64>, QVector<qint64>> m_poolsByTopics; // inviteePool()
    QHash<int, int> m_referencesByYear;
};

} // namespace

Result<DemoGenerator::Summary> runDemo(Database &db, const DemoGenerator::Options &options,
                                       const DemoGenerator::Progress &progress)
{
    return DemoRun(db, options, progress).run();
}

} // namespace Kohtaamo
