#pragma once

// An in-memory world for the matching tests: a small taxonomy, three service types, two organisations, one request and
// one worker who passes every hard rule. Tests change one thing and look at what the engine says.

#include "matching/MatchingData.h"
#include "matching/MatchingSnapshot.h"
#include "matching/RankingEngine.h"

#include <QStringList>

#include <algorithm>
#include <functional>
#include <memory>

namespace Kohtaamo::Test {

namespace Ids {
enum : qint64 {
    ChildProtection = 1,
    Placement = 2,
    Emergency = 3,
    FosterCare = 4,
    NeedsAssessment = 5,
    Violence = 10,
    Domestic = 11,
    Shelter = 12,
    Migration = 20,
    Refugee = 21,
    Lauste = 100,
    FinFami = 101,
    TheRequest = 500,
    OtherRequest = 600,
    HeavyRequest = 601,
};
}

struct MatchingFixture
{
    MatchingData data;
    Request request;
    QDate today { 2026, 3, 2 }; // a Monday

    MatchingFixture()
    {
        const auto topic = [this](qint64 id, qint64 parent, const char *name, bool heavy = false) {
            Topic t;
            t.id = id;
            t.parentId = parent;
            t.code = QString::fromLatin1(name).toLower().replace(QLatin1Char(' '), QLatin1Char('_'));
            t.nameEn = QString::fromLatin1(name);
            t.nameFi = QStringLiteral("fi:") + t.nameEn;
            t.heavy = heavy;
            data.topics.append(t);
        };
        topic(Ids::ChildProtection, 0, "Child protection");
        topic(Ids::Placement, Ids::ChildProtection, "Placement");
        topic(Ids::Emergency, Ids::Placement, "Emergency placement");
        topic(Ids::FosterCare, Ids::Placement, "Foster care");
        topic(Ids::NeedsAssessment, Ids::ChildProtection, "Needs assessment");
        topic(Ids::Violence, 0, "Violence", true);
        topic(Ids::Domestic, Ids::Violence, "Domestic violence", true);
        topic(Ids::Shelter, Ids::Violence, "Shelter");
        topic(Ids::Migration, 0, "Migration");
        topic(Ids::Refugee, Ids::Migration, "Refugee background");

        const auto service = [this](const char *code, const char *name, bool minors, bool publicConsent) {
            ServiceType s;
            s.code = QString::fromLatin1(code);
            s.nameEn = QString::fromLatin1(name);
            s.openToMinors = minors;
            s.needsPublicConsent = publicConsent;
            data.serviceTypes.append(s);
        };
        service("talk", "Talk at a training", true, true);
        service("work_group", "Work group", true, false);
        service("pair_work", "Pair work", false, false);

        for (auto [id, name] :
             { std::pair<qint64, const char *> { Ids::Lauste, "Lauste" }, { Ids::FinFami, "FinFami" } }) {
            Organisation o;
            o.id = id;
            o.name = QString::fromLatin1(name);
            data.organisations.append(o);
        }

        request.id = Ids::TheRequest;
        request.reference = QStringLiteral("2026-0001");
        request.title = QStringLiteral("Emergency placement from a parent's view");
        request.serviceType = QStringLiteral("work_group");
        request.topics = { { Ids::Emergency, TopicWeight::Primary } };
        request.dateOptions = { { 1, QDateTime(QDate(2026, 3, 16), QTime(10, 0)),
                                  QDateTime(QDate(2026, 3, 16), QTime(12, 0)), false } };
        request.language = QStringLiteral("fi");
        request.region = QStringLiteral("Varsinais-Suomi");
        request.status = RequestStatus::Inviting;

        Request other;
        other.id = Ids::OtherRequest;
        other.reference = QStringLiteral("2026-0000");
        other.title = QStringLiteral("Another meeting");
        other.topics = { { Ids::Refugee, TopicWeight::Primary } };
        data.requests.append(other);
        Request heavy;
        heavy.id = Ids::HeavyRequest;
        heavy.reference = QStringLiteral("2025-0099");
        heavy.title = QStringLiteral("Domestic violence panel");
        heavy.topics = { { Ids::Domestic, TopicWeight::Primary } };
        data.requests.append(heavy);

        addWorker(1);
    }

    // An adult, active worker with a contact consent, speaking Finnish in the request's region, with experience of
    // emergency placement as a parent: eligible for the request as it stands.
    Worker &addWorker(qint64 id)
    {
        Worker w;
        w.id = id;
        w.displayName = QStringLiteral("Worker %1").arg(id);
        w.organisationId = Ids::Lauste;
        w.dateOfBirth = QDate(1980, 5, 5);
        w.languages = { QStringLiteral("fi") };
        w.homeRegion = QStringLiteral("Varsinais-Suomi");
        w.serviceTypes = { QStringLiteral("work_group"), QStringLiteral("talk") };
        w.experiences = { { 0, Ids::Emergency, Perspective::Parent, {} } };
        w.lastSupervision = today.addDays(-30);
        data.workers.append(w);
        addConsent(id, ConsentScope::Contact, QDate(2025, 1, 1));
        return data.workers.last();
    }

    Worker &worker(qint64 id)
    {
        for (auto &w : data.workers) {
            if (w.id == id)
                return w;
        }
        return addWorker(id);
    }

    Consent &addConsent(qint64 workerId, ConsentScope scope, QDate given, QDate expires = {}, QDate withdrawn = {})
    {
        Consent c;
        c.id = data.consents.size() + 1;
        c.workerId = workerId;
        c.scope = scope;
        c.givenOn = given;
        c.expiresOn = expires;
        c.withdrawnOn = withdrawn;
        data.consents.append(c);
        return data.consents.last();
    }

    void removeConsents(qint64 workerId, ConsentScope scope)
    {
        data.consents.erase(
            std::remove_if(data.consents.begin(), data.consents.end(),
                           [&](const Consent &c) { return c.workerId == workerId && c.scope == scope; }),
            data.consents.end());
    }

    MatchingEngagement &addEngagement(qint64 workerId, qint64 requestId, QDateTime starts, QDateTime ends = {},
                                      Attendance attendance = Attendance::Attended, qint64 feeCents = 0)
    {
        Engagement e;
        e.id = data.engagements.size() + 1;
        e.workerId = workerId;
        e.requestId = requestId;
        e.starts = starts;
        e.ends = ends;
        e.attendance = attendance;
        e.feeCents = feeCents;
        data.engagements.append(e);
        return data.engagements.last();
    }
    MatchingEngagement &addEngagementOn(qint64 workerId, QDate day, qint64 requestId = Ids::OtherRequest)
    {
        return addEngagement(workerId, requestId, QDateTime(day, QTime(9, 0)), QDateTime(day, QTime(10, 0)));
    }

    MatchingInvitation &addInvitation(qint64 workerId, qint64 requestId, InvitationResponse response, QDate sent)
    {
        Invitation i;
        i.id = data.invitations.size() + 1;
        i.workerId = workerId;
        i.requestId = requestId;
        i.response = response;
        i.sentAt = QDateTime(sent, QTime(8, 0));
        data.invitations.append(i);
        return data.invitations.last();
    }

    void setRequestDay(QDate day, QTime from = QTime(10, 0), QTime to = QTime(12, 0))
    {
        request.dateOptions = { { 1, QDateTime(day, from), QDateTime(day, to), false } };
    }
    QDate requestDay() const { return request.workDate(); }

    // Builds the snapshot and an engine over it; both live as long as the fixture or until the next call.
    const RankingEngine &engine(const RankingWeights &weights = RankingWeights::defaults())
    {
        m_engine.reset();
        m_snapshot = std::make_unique<MatchingSnapshot>(data);
        m_engine = std::make_unique<RankingEngine>(*m_snapshot, weights);
        return *m_engine;
    }

    WorkerAssessment assess(qint64 workerId = 1, const RankingWeights &weights = RankingWeights::defaults())
    {
        return *engine(weights).assess(request, workerId, today);
    }

    Ranking rank(int limit = 50, bool excluded = true, const RankingWeights &weights = RankingWeights::defaults())
    {
        RankingEngine::Options o;
        o.limit = limit;
        o.includeExcluded = excluded;
        return engine(weights).rank(request, today, o);
    }

    static QStringList codes(const QVector<Exclusion> &exclusions)
    {
        QStringList c;
        for (const auto &e : exclusions)
            c << toCode(e.reason);
        c.sort();
        return c;
    }

private:
    std::unique_ptr<MatchingSnapshot> m_snapshot;
    std::unique_ptr<RankingEngine> m_engine;
};

using Mutation = std::function<void(MatchingFixture &)>;

} // namespace Kohtaamo::Test

Q_DECLARE_METATYPE(Kohtaamo::Test::Mutation)
