#pragma once

// A commission that has been held, built through the repositories as a coordinator's work would build it: tagged,
// three workers invited and accepted, confirmed (their engagements made from the invitations) and held on
// 3 March 2026 at 13:00–15:00. For the outcome tests; the Clock must stand after the meeting (e.g. 10 March 2026).
#include "domain/Invitation.h"
#include "repositories/EngagementRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/RequestRepository.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"

#include <QVector>

namespace Kohtaamo::Test {

struct HeldRequest
{
    qint64 requestId = 0;
    QVector<qint64> workers; // Aino K., Bertil S., Cecilia
    QVector<qint64> engagements; // in the same order
    QString error; // empty when built
    bool ok() const { return error.isEmpty(); }
};

inline qint64 topicIdByCode(Database &db, const QString &code)
{
    SqlQuery q(db, QStringLiteral("SELECT id FROM topics WHERE code = ?"));
    q.bind(code);
    auto id = q.scalar();
    return id ? id->toLongLong() : 0;
}

// What any write of an outcome would change: audit entries, engagement versions, outcomes, knowledge and its topics.
inline QVector<int> outcomeFootprint(Database &db)
{
    QVector<int> counts;
    for (const char *sql :
         { "SELECT COUNT(*) FROM audit_log", "SELECT COALESCE(SUM(version), 0) FROM engagements",
           "SELECT COUNT(*) FROM meeting_outcomes", "SELECT COALESCE(SUM(version), 0) FROM meeting_outcomes",
           "SELECT COUNT(*) FROM knowledge_entries", "SELECT COALESCE(SUM(version), 0) FROM knowledge_entries",
           "SELECT COUNT(*) FROM knowledge_entry_topics" }) {
        SqlQuery q(db, QString::fromLatin1(sql));
        auto r = q.scalar();
        counts << (r ? r->toInt() : -1);
    }
    return counts;
}

inline HeldRequest makeHeldRequest(Database &db)
{
    HeldRequest h;
    const auto fail = [&h](const QString &what, const Error &e) {
        h.error = what + QStringLiteral(": ") + e.message + QStringLiteral(" / ") + e.detail;
        return h;
    };
    // Each statement in its own scope: an open SELECT or RETURNING would keep SQLite from committing.
    qint64 organisationId = 0;
    {
        SqlQuery org(db, QStringLiteral("INSERT INTO organisations (name, version) VALUES (?, 1) RETURNING id"));
        org.bind(QStringLiteral("Perhekuntoutuskeskus Lauste"));
        auto id = org.scalar();
        if (!id)
            return fail(QStringLiteral("organisation"), id.error());
        organisationId = id->toLongLong();
    }
    for (const char *name : { "Aino K.", "Bertil S.", "Cecilia" }) {
        SqlQuery w(db,
                   QStringLiteral("INSERT INTO workers (display_name, organisation_id, title, version) "
                                  "VALUES (?, ?, 'experience_partner', 1) RETURNING id"));
        w.bindAll({ QString::fromUtf8(name), organisationId });
        auto id = w.scalar();
        if (!id)
            return fail(QStringLiteral("worker"), id.error());
        h.workers << id->toLongLong();
    }

    RequestRepository requests(db);
    Request r;
    r.receivedOn = QDate(2026, 2, 10);
    r.requesterName = QStringLiteral("Tiina Trainer");
    r.title = QStringLiteral("How family history was gone through in a family mapping");
    r.topics = { { topicIdByCode(db, QStringLiteral("child_protection.family_mapping")), TopicWeight::Primary } };
    r.workersNeeded = 3;
    r.durationMinutes = 120;
    r.feeCents = 15000;
    const QDateTime start(QDate(2026, 3, 3), QTime(13, 0));
    r.dateOptions = { { 0, start, start.addSecs(2 * 3600), true } };
    auto saved = requests.save(r);
    if (!saved)
        return fail(QStringLiteral("request"), saved.error());
    h.requestId = saved->id;
    auto step = requests.changeStatus(h.requestId, saved->version, RequestStatus::Tagged);
    if (step)
        step = requests.changeStatus(h.requestId, step->version, RequestStatus::Inviting);
    if (!step)
        return fail(QStringLiteral("inviting"), step.error());

    InvitationRepository invitations(db);
    for (qint64 worker : h.workers) {
        Invitation inv;
        inv.requestId = h.requestId;
        inv.workerId = worker;
        inv.sentAt = QDateTime(QDate(2026, 2, 12), QTime(10, 0));
        auto created = invitations.create(inv);
        if (!created)
            return fail(QStringLiteral("invitation"), created.error());
        auto answered = invitations.recordResponse(created->id, created->version, InvitationResponse::Accepted);
        if (!answered)
            return fail(QStringLiteral("response"), answered.error());
    }
    auto engaged = EngagementRepository(db).confirmFromInvitations(h.requestId);
    if (!engaged)
        return fail(QStringLiteral("engagements"), engaged.error());
    for (const Engagement &e : *engaged)
        h.engagements << e.id;
    step = requests.changeStatus(h.requestId, step->version, RequestStatus::Confirmed);
    if (step)
        step = requests.changeStatus(h.requestId, step->version, RequestStatus::Held);
    if (!step)
        return fail(QStringLiteral("held"), step.error());
    return h;
}

} // namespace Kohtaamo::Test
