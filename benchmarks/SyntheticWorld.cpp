#include "SyntheticWorld.h"

#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QSet>

#include <random>

namespace Kohtaamo {

namespace {

constexpr qint64 kTopicBase = 10000; // above the seeded taxonomy's ids
constexpr int kRoots = 12, kChildren = 4, kLeaves = 5;
constexpr int kRegions = 19, kOrganisations = 18, kHistoryRequests = 600;
constexpr qint64 kHistoryRequestBase = 1000;
const char *const kServiceTypes[]
    = { "peer_reception",  "pair_work",        "talk",        "panel",        "work_group",
        "material_review", "management_group", "recruitment", "group_leader", "peer_support" };

QString region(int i)
{
    return QStringLiteral("Region %1").arg(i);
}

qint64 leafTopic(int root, int child, int leaf)
{
    return kTopicBase + kRoots + kRoots * kChildren + (root * kChildren + child) * kLeaves + leaf;
}

} // namespace

MatchingData SyntheticWorld::generate(int workers, quint32 seed)
{
    std::mt19937 rng(seed);
    const auto below = [&rng](int n) { return static_cast<int>(rng() % static_cast<quint32>(n)); };
    const auto chance = [&rng](int percent) { return static_cast<int>(rng() % 100) < percent; };
    const QDate today = SyntheticWorld::today();
    MatchingData d;

    // Taxonomy: roots, then subthemes, then topics; themes 10 and 11 are heavy.
    for (int r = 0; r < kRoots; ++r) {
        Topic t;
        t.id = kTopicBase + r;
        t.code = QStringLiteral("theme%1").arg(r);
        t.nameEn = QStringLiteral("Theme %1").arg(r);
        t.heavy = r >= 10;
        d.topics.append(t);
    }
    for (int r = 0; r < kRoots; ++r) {
        for (int c = 0; c < kChildren; ++c) {
            Topic t;
            t.id = kTopicBase + kRoots + r * kChildren + c;
            t.parentId = kTopicBase + r;
            t.code = QStringLiteral("theme%1.sub%2").arg(r).arg(c);
            t.nameEn = QStringLiteral("Subtheme %1.%2").arg(r).arg(c);
            t.heavy = r >= 10;
            d.topics.append(t);
        }
    }
    for (int r = 0; r < kRoots; ++r) {
        for (int c = 0; c < kChildren; ++c) {
            for (int l = 0; l < kLeaves; ++l) {
                Topic t;
                t.id = leafTopic(r, c, l);
                t.parentId = kTopicBase + kRoots + r * kChildren + c;
                t.code = QStringLiteral("theme%1.sub%2.topic%3").arg(r).arg(c).arg(l);
                t.nameEn = QStringLiteral("Topic %1.%2.%3").arg(r).arg(c).arg(l);
                t.heavy = r >= 10;
                d.topics.append(t);
            }
        }
    }
    Q_ASSERT(d.topics.size() == kTopics);

    for (const char *code : kServiceTypes) {
        ServiceType s;
        s.code = QString::fromLatin1(code);
        s.nameEn = s.code;
        s.openToMinors = s.code == QLatin1String("talk") || s.code == QLatin1String("work_group");
        s.needsPublicConsent = s.code == QLatin1String("talk") || s.code == QLatin1String("panel");
        d.serviceTypes.append(s);
    }
    for (int o = 0; o < kOrganisations; ++o) {
        Organisation org;
        org.id = o + 1;
        org.name = QStringLiteral("Organisation %1").arg(o + 1);
        org.region = region(o % kRegions);
        d.organisations.append(org);
    }

    // Past requests the engagements and invitations belong to.
    const auto randomTopic = [&]() -> qint64 {
        const int depth = below(10);
        const int r = below(kRoots), c = below(kChildren);
        if (depth == 0)
            return kTopicBase + r;
        if (depth < 3)
            return kTopicBase + kRoots + r * kChildren + c;
        return leafTopic(r, c, below(kLeaves));
    };
    for (int i = 0; i < kHistoryRequests; ++i) {
        MatchingRequest r;
        r.id = kHistoryRequestBase + i;
        r.reference = QStringLiteral("H-%1").arg(i);
        r.title = QStringLiteral("Past request %1").arg(i);
        // The matching reads no more of these; write() derives when they came and their kind from the id. The draws
        // stay, so that the rest of the world is what it was.
        below(360);
        below(10);
        const int topics = 1 + below(3);
        for (int k = 0; k < topics; ++k)
            r.topics.append({ randomTopic(), k == 0 ? TopicWeight::Primary : TopicWeight::Secondary });
        d.requests.append(r);
    }

    const Perspective perspectives[]
        = { Perspective::ChildOrYouth, Perspective::Parent, Perspective::Relative, Perspective::Other };
    d.workers.reserve(workers);
    qint64 consentId = 1, engagementId = 1, invitationId = 1, experienceId = 1;
    for (int i = 0; i < workers; ++i) {
        Worker w;
        w.id = i + 1;
        w.displayName = QStringLiteral("Worker %1").arg(i + 1);
        w.organisationId = 1 + below(kOrganisations);
        w.title = WorkerTitle::ExpertByExperience;
        const bool minor = chance(3);
        w.dateOfBirth
            = minor ? today.addYears(-15).addDays(-below(700)) : today.addYears(-20 - below(50)).addDays(-below(365));
        w.languages = { QStringLiteral("fi") };
        if (chance(15))
            w.languages.append(QStringLiteral("sv"));
        if (chance(30))
            w.languages.append(QStringLiteral("en"));
        if (chance(5))
            w.languages = { QStringLiteral("sv") };
        w.homeRegion = region(below(kRegions));
        for (int k = below(3); k > 0; --k)
            w.regionsCovered.append(region(below(kRegions)));
        w.status = chance(95) ? WorkerStatus::Active : (chance(50) ? WorkerStatus::OnBreak : WorkerStatus::Left);
        w.lastSupervision = chance(80) ? today.addDays(-below(500)) : QDate();
        if (chance(10))
            w.annualEarningsCeilingCents = qint64(100000 + below(900000));
        for (int k = 0; k < 10; ++k)
            w.experiences.append({ experienceId++, randomTopic(), perspectives[below(4)], {} });
        for (int k = 1 + below(4); k > 0; --k)
            w.serviceTypes.append(QString::fromLatin1(kServiceTypes[below(10)]));
        w.weekly = WeeklyAvailability(chance(50) ? 0 : static_cast<int>(rng() & WeeklyAvailability::kAll));
        if (chance(10)) {
            const QDate from = today.addDays(below(60));
            w.unavailable.append({ 0,
                                   from,
                                   from.addDays(below(30)),
                                   chance(30) ? UnavailableKind::RecoveryBreak : UnavailableKind::Unavailable,
                                   {} });
        }
        w.maxEngagementsPerMonth = below(5);
        w.minDaysBetweenEngagements = chance(30) ? below(15) : 0;
        w.noticeDays = chance(40) ? below(15) : 0;

        const auto consent = [&](ConsentScope scope, QDate given, QDate expires = {}, QDate withdrawn = {}) {
            Consent c;
            c.id = consentId++;
            c.workerId = w.id;
            c.scope = scope;
            c.givenOn = given;
            c.expiresOn = expires;
            c.withdrawnOn = withdrawn;
            d.consents.append(c);
        };
        if (chance(95))
            consent(ConsentScope::Contact, today.addDays(-below(700)),
                    chance(10) ? today.addDays(below(60) - 30) : QDate(),
                    chance(2) ? today.addDays(-below(30)) : QDate());
        if (chance(50))
            consent(ConsentScope::PublicAppearance, today.addDays(-below(700)));
        if (chance(30))
            consent(ConsentScope::PhotoRecording, today.addDays(-below(700)));
        consent(ConsentScope::SensitiveBackground, today.addDays(-below(700)));
        if (minor && chance(80))
            consent(ConsentScope::Guardian, today.addDays(-below(300)), today.addDays(300));

        for (int k = 0; k < 3; ++k) {
            const qint64 requestId = kHistoryRequestBase + below(kHistoryRequests);
            const QDate day = today.addDays(-below(330) + 30);
            const QTime start(8 + below(10), 0);
            Invitation inv;
            inv.id = invitationId++;
            inv.requestId = requestId;
            inv.workerId = w.id;
            inv.sentAt = QDateTime(day.addDays(-10), QTime(9, 0));
            inv.response = InvitationResponse::Accepted;
            d.invitations.append(inv);
            Engagement e;
            e.id = engagementId++;
            e.requestId = requestId;
            e.workerId = w.id;
            e.invitationId = inv.id;
            e.starts = QDateTime(day, start);
            e.ends = e.starts.addSecs(3600 * (1 + below(3)));
            e.attendance
                = day > today ? Attendance::Planned : (chance(90) ? Attendance::Attended : Attendance::Cancelled);
            e.feeCents = chance(60) ? qint64(5000 * (1 + below(6))) : 0;
            e.debriefDone = day <= today && chance(70);
            e.debriefOn = e.debriefDone ? day : QDate();
            d.engagements.append(e);
        }
        for (int k = below(3); k > 0; --k) {
            Invitation inv;
            inv.id = invitationId++;
            inv.requestId = kHistoryRequestBase + below(kHistoryRequests);
            inv.workerId = w.id;
            inv.sentAt = QDateTime(today.addDays(-below(200)), QTime(9, 0));
            inv.response = chance(50) ? InvitationResponse::Declined : InvitationResponse::NoReply;
            // One invitation per worker and request, as the schema requires.
            bool duplicate = false;
            for (int j = d.invitations.size() - 1; j >= 0 && d.invitations.at(j).workerId == w.id; --j)
                duplicate = duplicate || d.invitations.at(j).requestId == inv.requestId;
            if (!duplicate)
                d.invitations.append(inv);
            else
                --invitationId;
        }
        d.workers.append(w);
    }
    // One engagement per worker and request, as the schema requires.
    QSet<QPair<qint64, qint64>> seen;
    QVector<MatchingEngagement> unique;
    for (const auto &e : std::as_const(d.engagements)) {
        if (!seen.contains({ e.workerId, e.requestId })) {
            seen.insert({ e.workerId, e.requestId });
            unique.append(e);
        }
    }
    d.engagements = unique;
    // One invitation per worker and request: the first, which is the accepted one made with the engagement kept.
    QVector<MatchingInvitation> invitations;
    QSet<QPair<qint64, qint64>> invited;
    for (const auto &i : std::as_const(d.invitations)) {
        if (invited.contains({ i.workerId, i.requestId }))
            continue;
        invited.insert({ i.workerId, i.requestId });
        invitations.append(i);
    }
    d.invitations = invitations;
    return d;
}

Request SyntheticWorld::request(bool remote)
{
    Request r;
    r.id = 1;
    r.reference = QStringLiteral("2026-0042");
    r.title = QStringLiteral("Benchmark request");
    r.serviceType = QStringLiteral("work_group");
    r.topics = { { leafTopic(2, 1, 3), TopicWeight::Primary },
                 { kTopicBase + kRoots + 5 * kChildren + 2, TopicWeight::Primary },
                 { leafTopic(10, 0, 1), TopicWeight::Secondary } };
    r.wantedPerspective = Perspective::Parent;
    r.workersNeeded = 3;
    const QDate day = today().addDays(21);
    r.dateOptions = { { 1, QDateTime(day, QTime(10, 0)), QDateTime(day, QTime(12, 0)), false },
                      { 2, QDateTime(day.addDays(2), QTime(17, 0)), QDateTime(day.addDays(2), QTime(19, 0)), false } };
    r.remote = remote;
    r.region = region(0);
    r.language = QStringLiteral("fi");
    r.feeCents = 15000;
    r.supervised = true;
    r.status = RequestStatus::Inviting;
    return r;
}

Status SyntheticWorld::write(Database &db, const MatchingData &d)
{
    Transaction tx(db);
    const auto exec = [](SqlQuery &q, const QVariantList &values) {
        q.bindAll(values);
        return q.exec();
    };
    {
        SqlQuery q(db,
                   QStringLiteral("INSERT INTO topics (id, parent_id, code, name_en, heavy) VALUES (?, ?, ?, ?, ?)"));
        for (const auto &t : d.topics) {
            if (Status s = exec(q, { t.id, SqlQuery::fromId(t.parentId), t.code, t.nameEn, t.heavy }); !s)
                return s;
        }
    }
    {
        SqlQuery q(db, QStringLiteral("INSERT INTO organisations (id, name, region) VALUES (?, ?, ?)"));
        for (const auto &o : d.organisations) {
            if (Status s = exec(q, { o.id, o.name, o.region }); !s)
                return s;
        }
    }
    {
        SqlQuery w(
            db,
            QStringLiteral(
                "INSERT INTO workers (id, display_name, organisation_id, title, date_of_birth, home_region, status, "
                "last_supervision, annual_earnings_ceiling_cents, weekly_availability, max_engagements_per_month, "
                "min_days_between_engagements, notice_days) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        SqlQuery lang(db, QStringLiteral("INSERT INTO worker_languages (worker_id, language) VALUES (?, ?)"));
        SqlQuery reg(db, QStringLiteral("INSERT INTO worker_regions (worker_id, region) VALUES (?, ?)"));
        SqlQuery exp(db,
                     QStringLiteral(
                         "INSERT INTO worker_experiences (id, worker_id, topic_id, perspective) VALUES (?, ?, ?, ?)"));
        SqlQuery svc(db, QStringLiteral("INSERT INTO worker_service_types (worker_id, service_type) VALUES (?, ?)"));
        SqlQuery una(
            db,
            QStringLiteral("INSERT INTO worker_unavailability (worker_id, starts, ends, kind) VALUES (?, ?, ?, ?)"));
        for (const auto &x : d.workers) {
            if (Status s
                = exec(w,
                       { x.id, x.displayName, x.organisationId, toCode(x.title), SqlQuery::fromDate(x.dateOfBirth),
                         x.homeRegion, toCode(x.status), SqlQuery::fromDate(x.lastSupervision),
                         SqlQuery::fromOptionalCents(x.annualEarningsCeilingCents), x.weekly.mask(),
                         x.maxEngagementsPerMonth, x.minDaysBetweenEngagements, x.noticeDays });
                !s)
                return s;
            QSet<QString> done;
            for (const auto &l : x.languages) {
                if (!done.contains(l)) {
                    done.insert(l);
                    if (Status s = exec(lang, { x.id, l }); !s)
                        return s;
                }
            }
            done.clear();
            for (const auto &r : x.regionsCovered) {
                if (!done.contains(r)) {
                    done.insert(r);
                    if (Status s = exec(reg, { x.id, r }); !s)
                        return s;
                }
            }
            QSet<QPair<qint64, int>> experiences;
            for (const auto &e : x.experiences) {
                if (experiences.contains({ e.topicId, int(e.perspective) }))
                    continue;
                experiences.insert({ e.topicId, int(e.perspective) });
                if (Status s = exec(exp, { e.id, x.id, e.topicId, toCode(e.perspective) }); !s)
                    return s;
            }
            done.clear();
            for (const auto &t : x.serviceTypes) {
                if (!done.contains(t)) {
                    done.insert(t);
                    if (Status s = exec(svc, { x.id, t }); !s)
                        return s;
                }
            }
            for (const auto &p : x.unavailable) {
                if (Status s
                    = exec(una, { x.id, SqlQuery::fromDate(p.starts), SqlQuery::fromDate(p.ends), toCode(p.kind) });
                    !s)
                    return s;
            }
        }
    }
    {
        SqlQuery q(db,
                   QStringLiteral("INSERT INTO consents (id, worker_id, scope, given_on, expires_on, withdrawn_on) "
                                  "VALUES (?, ?, ?, ?, ?, ?)"));
        for (const auto &c : d.consents) {
            if (Status s = exec(q,
                                { c.id, c.workerId, toCode(c.scope), SqlQuery::fromDate(c.givenOn),
                                  SqlQuery::fromDate(c.expiresOn), SqlQuery::fromDate(c.withdrawnOn) });
                !s)
                return s;
        }
    }
    {
        SqlQuery q(
            db,
            QStringLiteral("INSERT INTO requests (id, reference, received_on, requester_name, title, service_type, "
                           "status) VALUES (?, ?, ?, ?, ?, ?, ?)"));
        SqlQuery t(db, QStringLiteral("INSERT INTO request_topics (request_id, topic_id, weight) VALUES (?, ?, ?)"));
        for (const auto &r : d.requests) {
            if (Status s = exec(q,
                                { r.id, r.reference, SqlQuery::fromDate(today().addDays(-int(r.id % 360))),
                                  QStringLiteral("Requester"), r.title, QString::fromLatin1(kServiceTypes[r.id % 10]),
                                  toCode(RequestStatus::Held) });
                !s)
                return s;
            QSet<qint64> done;
            for (const auto &topic : r.topics) {
                if (done.contains(topic.topicId))
                    continue;
                done.insert(topic.topicId);
                if (Status s = exec(t, { r.id, topic.topicId, toCode(topic.weight) }); !s)
                    return s;
            }
        }
    }
    {
        SqlQuery q(
            db,
            QStringLiteral(
                "INSERT INTO invitations (id, request_id, worker_id, sent_at, response) VALUES (?, ?, ?, ?, ?)"));
        for (const auto &i : d.invitations) {
            if (Status s
                = exec(q, { i.id, i.requestId, i.workerId, SqlQuery::fromDateTime(i.sentAt), toCode(i.response) });
                !s)
                return s;
        }
    }
    {
        SqlQuery q(
            db,
            QStringLiteral("INSERT INTO engagements (id, request_id, worker_id, invitation_id, starts_at, ends_at, "
                           "attendance, fee_cents, debrief_done, debrief_on) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
        QHash<QPair<qint64, qint64>, qint64> invitationOf; // (worker, request) -> invitation
        for (const auto &i : d.invitations)
            invitationOf.insert({ i.workerId, i.requestId }, i.id);
        for (const auto &e : d.engagements) {
            if (Status s = exec(q,
                                { e.id, e.requestId, e.workerId,
                                  SqlQuery::fromId(invitationOf.value({ e.workerId, e.requestId })),
                                  SqlQuery::fromDateTime(e.starts), SqlQuery::fromDateTime(e.ends),
                                  toCode(e.attendance), e.feeCents, e.debriefDone, SqlQuery::fromDate(e.debriefOn) });
                !s)
                return s;
        }
    }
    return tx.commit();
}

} // namespace Kohtaamo
