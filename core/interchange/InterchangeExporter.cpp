#include "InterchangeExporter.h"

#include "InterchangeFormat.h"
#include "JsonStreamWriter.h"
#include "OfficeDataExporter.h"
#include "repositories/ChangeNoticeRepository.h"
#include "repositories/ConsentRepository.h"
#include "repositories/CoordinatorRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/OfficeSettingsRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/OutcomeRepository.h"
#include "repositories/RequestRepository.h"
#include "repositories/TopicRepository.h"
#include "repositories/WorkerRepository.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QBuffer>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSet>

#include <algorithm>
#include <functional>
#include <tuple>

namespace Kohtaamo {

namespace {

// How records name each other in the file.
using Keys = ExportKeys;

QJsonArray textArray(const QStringList &values)
{
    QJsonArray a;
    for (const QString &v : values)
        a.append(v);
    return a;
}

QJsonObject topicJson(const Topic &t, const QString &parentCode)
{
    return QJsonObject {
        { QStringLiteral("code"), t.code },
        { QStringLiteral("parent"), InterchangeFormat::reference(parentCode) },
        { QStringLiteral("name"), InterchangeFormat::names(t.nameFi, t.nameSv, t.nameEn) },
        { QStringLiteral("heavy"), t.heavy },
        { QStringLiteral("retired"), t.retired },
        { QStringLiteral("sortOrder"), t.sortOrder },
    };
}

// Parents before children; siblings by sort order, then code. A topic whose parent is missing counts as top level.
QJsonArray topicsJson(const QVector<Topic> &topics, const Keys &keys)
{
    QHash<qint64, QVector<const Topic *>> children;
    for (const Topic &t : topics)
        children[keys.topics.contains(t.parentId) ? t.parentId : 0].append(&t);
    for (auto &list : children)
        std::sort(list.begin(), list.end(), [](const Topic *a, const Topic *b) {
            return std::tie(a->sortOrder, a->code) < std::tie(b->sortOrder, b->code);
        });
    QJsonArray out;
    QSet<qint64> written;
    const std::function<void(qint64)> walk = [&](qint64 parent) {
        for (const Topic *t : children.value(parent)) {
            if (written.contains(t->id))
                continue; // a cycle in the stored tree; each topic is written once
            written.insert(t->id);
            out.append(topicJson(*t, keys.topics.value(t->parentId)));
            walk(t->id);
        }
    };
    walk(0);
    // Topics caught in a cycle are not reachable from the top: write them last, in code order.
    QVector<const Topic *> rest;
    for (const Topic &t : topics) {
        if (!written.contains(t.id))
            rest.append(&t);
    }
    std::sort(rest.begin(), rest.end(), [](const Topic *a, const Topic *b) { return a->code < b->code; });
    for (const Topic *t : rest)
        out.append(topicJson(*t, QString()));
    return out;
}

QJsonObject consentJson(const Consent &c, const QHash<qint64, int> &positions, const Keys &keys)
{
    const int supersedes = positions.value(c.supersedesId, -1);
    return QJsonObject {
        { QStringLiteral("scope"), toCode(c.scope) },
        { QStringLiteral("givenOn"), InterchangeFormat::date(c.givenOn) },
        { QStringLiteral("expiresOn"), InterchangeFormat::date(c.expiresOn) },
        { QStringLiteral("withdrawnOn"), InterchangeFormat::date(c.withdrawnOn) },
        { QStringLiteral("recordedBy"), InterchangeFormat::reference(keys.coordinators.value(c.recordedBy)) },
        { QStringLiteral("guardianName"), c.guardianName },
        { QStringLiteral("note"), c.note },
        { QStringLiteral("supersedes"), supersedes >= 0 ? QJsonValue(supersedes) : QJsonValue(QJsonValue::Null) },
    };
}

QJsonObject workerJson(const Worker &w, const QVector<Consent> &consents, const Keys &keys)
{
    QVector<WorkerExperience> experiences = w.experiences;
    std::sort(experiences.begin(), experiences.end(), [&keys](const WorkerExperience &a, const WorkerExperience &b) {
        return std::tuple(keys.topics.value(a.topicId), toCode(a.perspective), a.note)
            < std::tuple(keys.topics.value(b.topicId), toCode(b.perspective), b.note);
    });
    QJsonArray experienceArray;
    for (const WorkerExperience &e : experiences)
        experienceArray.append(QJsonObject { { QStringLiteral("topic"), keys.topics.value(e.topicId) },
                                             { QStringLiteral("perspective"), toCode(e.perspective) },
                                             { QStringLiteral("note"), e.note } });
    QJsonArray periods;
    for (const UnavailablePeriod &p : w.unavailable)
        periods.append(QJsonObject { { QStringLiteral("starts"), InterchangeFormat::date(p.starts) },
                                     { QStringLiteral("ends"), InterchangeFormat::date(p.ends) },
                                     { QStringLiteral("kind"), toCode(p.kind) },
                                     { QStringLiteral("reason"), p.reason } });
    // A consent refers to the one it replaces by its place in this list.
    QHash<qint64, int> positions;
    for (int i = 0; i < consents.size(); ++i)
        positions.insert(consents.at(i).id, i);
    QJsonArray consentArray;
    for (const Consent &c : consents)
        consentArray.append(consentJson(c, positions, keys));

    return QJsonObject {
        { QStringLiteral("key"), keys.workers.value(w.id) },
        { QStringLiteral("displayName"), w.displayName },
        { QStringLiteral("pseudonym"), w.pseudonym },
        { QStringLiteral("email"), w.email },
        { QStringLiteral("phone"), w.phone },
        { QStringLiteral("organisation"), keys.organisations.value(w.organisationId) },
        { QStringLiteral("title"), toCode(w.title) },
        { QStringLiteral("dateOfBirth"), InterchangeFormat::date(w.dateOfBirth) },
        { QStringLiteral("languages"), textArray(w.languages) },
        { QStringLiteral("municipality"), w.municipality },
        { QStringLiteral("homeRegion"), w.homeRegion },
        { QStringLiteral("regionsCovered"), textArray(w.regionsCovered) },
        { QStringLiteral("status"), toCode(w.status) },
        { QStringLiteral("leftOn"), InterchangeFormat::date(w.leftOn) },
        { QStringLiteral("notes"), w.notes },
        { QStringLiteral("trainingName"), w.trainingName },
        { QStringLiteral("trainingHours"), w.trainingHours },
        { QStringLiteral("trainingCompleted"), InterchangeFormat::date(w.trainingCompleted) },
        { QStringLiteral("lastSupervision"), InterchangeFormat::date(w.lastSupervision) },
        { QStringLiteral("lastDebrief"), InterchangeFormat::date(w.lastDebrief) },
        { QStringLiteral("annualEarningsCeilingCents"), InterchangeFormat::cents(w.annualEarningsCeilingCents) },
        { QStringLiteral("experiences"), experienceArray },
        { QStringLiteral("serviceTypes"), textArray(w.serviceTypes) },
        { QStringLiteral("availability"),
          QJsonObject { { QStringLiteral("weekly"), InterchangeFormat::weekly(w.weekly) },
                        { QStringLiteral("unavailable"), periods },
                        { QStringLiteral("maxEngagementsPerMonth"), w.maxEngagementsPerMonth },
                        { QStringLiteral("minDaysBetweenEngagements"), w.minDaysBetweenEngagements },
                        { QStringLiteral("noticeDays"), w.noticeDays } } },
        { QStringLiteral("consents"), consentArray },
    };
}

QJsonObject eventJson(const InvitationEvent &e, const Keys &keys)
{
    return QJsonObject {
        { QStringLiteral("at"), InterchangeFormat::instant(e.at) },
        { QStringLiteral("kind"), toCode(e.kind) },
        { QStringLiteral("response"), e.response ? QJsonValue(toCode(*e.response)) : QJsonValue(QJsonValue::Null) },
        { QStringLiteral("reason"), e.reason },
        { QStringLiteral("coordinator"), InterchangeFormat::reference(keys.coordinators.value(e.coordinatorId)) },
        { QStringLiteral("actor"), e.actor },
    };
}

QJsonObject invitationJson(const Invitation &i, const QVector<InvitationEvent> &events, const Keys &keys)
{
    QJsonArray history;
    for (const InvitationEvent &e : events)
        history.append(eventJson(e, keys));
    return QJsonObject {
        { QStringLiteral("worker"), keys.workers.value(i.workerId) },
        { QStringLiteral("sentAt"), InterchangeFormat::instant(i.sentAt) },
        { QStringLiteral("channel"), toCode(i.channel) },
        { QStringLiteral("response"), toCode(i.response) },
        { QStringLiteral("respondedAt"), InterchangeFormat::instant(i.respondedAt) },
        { QStringLiteral("declineReason"), i.declineReason },
        { QStringLiteral("reminders"), i.reminders },
        { QStringLiteral("lastReminderAt"), InterchangeFormat::instant(i.lastReminderAt) },
        { QStringLiteral("note"), i.note },
        { QStringLiteral("reserve"), i.reserve },
        { QStringLiteral("events"), history },
    };
}

QJsonObject noticeJson(const ChangeNotice &n, const Keys &keys)
{
    return QJsonObject {
        { QStringLiteral("worker"), keys.workers.value(n.workerId) },
        { QStringLiteral("kind"), toCode(n.kind) },
        { QStringLiteral("createdAt"), InterchangeFormat::instant(n.createdAt) },
        { QStringLiteral("createdBy"), InterchangeFormat::reference(keys.coordinators.value(n.createdBy)) },
        { QStringLiteral("doneAt"), InterchangeFormat::instant(n.doneAt) },
    };
}

QJsonObject engagementJson(const Engagement &e, const Keys &keys)
{
    return QJsonObject {
        { QStringLiteral("worker"), keys.workers.value(e.workerId) },
        { QStringLiteral("fromInvitation"), e.invitationId != 0 },
        { QStringLiteral("startsAt"), InterchangeFormat::instant(e.starts) },
        { QStringLiteral("endsAt"), InterchangeFormat::instant(e.ends) },
        { QStringLiteral("attendance"), toCode(e.attendance) },
        { QStringLiteral("hours"), e.hours },
        { QStringLiteral("feeCents"), e.feeCents },
        { QStringLiteral("travelCents"), e.travelCents },
        { QStringLiteral("feeDeclined"), e.feeDeclined },
        { QStringLiteral("payment"), toCode(e.payment) },
        { QStringLiteral("paidOn"), InterchangeFormat::date(e.paidOn) },
        { QStringLiteral("paymentBatch"),
          InterchangeFormat::reference(keys.batches.value(keys.batchOfEngagement.value(e.id))) },
        { QStringLiteral("preparationDone"), e.preparationDone },
        { QStringLiteral("debriefDone"), e.debriefDone },
        { QStringLiteral("debriefOn"), InterchangeFormat::date(e.debriefOn) },
        { QStringLiteral("debriefBy"), e.debriefBy },
        { QStringLiteral("note"), e.note },
    };
}

struct RequestHistory
{
    QVector<Invitation> invitations;
    QHash<qint64, QVector<InvitationEvent>> events; // invitation id -> its story, oldest first
    QVector<Engagement> engagements;
    std::optional<MeetingOutcome> outcome;
    QVector<ChangeNotice> notices; // oldest first
};

QJsonObject requestJson(const Request &r, const RequestHistory &history, const Keys &keys)
{
    QVector<RequestTopic> topics = r.topics;
    std::sort(topics.begin(), topics.end(), [&keys](const RequestTopic &a, const RequestTopic &b) {
        return std::tuple(int(a.weight), keys.topics.value(a.topicId))
            < std::tuple(int(b.weight), keys.topics.value(b.topicId));
    });
    QJsonArray topicArray;
    for (const RequestTopic &t : topics)
        topicArray.append(QJsonObject { { QStringLiteral("topic"), keys.topics.value(t.topicId) },
                                        { QStringLiteral("weight"), toCode(t.weight) } });
    QJsonArray options;
    for (const DateOption &o : r.dateOptions)
        options.append(QJsonObject { { QStringLiteral("startsAt"), InterchangeFormat::instant(o.starts) },
                                     { QStringLiteral("endsAt"), InterchangeFormat::instant(o.ends) },
                                     { QStringLiteral("chosen"), o.chosen } });
    QStringList scope;
    for (qint64 id : r.organisationScope)
        scope << keys.organisations.value(id);
    scope.sort();
    QJsonArray invitations;
    for (const Invitation &i : history.invitations)
        invitations.append(invitationJson(i, history.events.value(i.id), keys));
    QJsonArray engagements;
    for (const Engagement &e : history.engagements)
        engagements.append(engagementJson(e, keys));
    QJsonArray notices;
    for (const ChangeNotice &n : history.notices)
        notices.append(noticeJson(n, keys));
    QJsonValue outcome = QJsonValue::Null;
    if (history.outcome)
        outcome = QJsonObject { { QStringLiteral("heldOn"), InterchangeFormat::date(history.outcome->heldOn) },
                                { QStringLiteral("summary"), history.outcome->summary },
                                { QStringLiteral("requesterFeedback"), history.outcome->requesterFeedback },
                                { QStringLiteral("audienceSize"), history.outcome->audienceSize } };

    return QJsonObject {
        { QStringLiteral("reference"), r.reference },
        { QStringLiteral("receivedOn"), InterchangeFormat::date(r.receivedOn) },
        { QStringLiteral("requesterName"), r.requesterName },
        { QStringLiteral("requesterUnit"), r.requesterUnit },
        { QStringLiteral("requesterEmail"), r.requesterEmail },
        { QStringLiteral("requesterPhone"), r.requesterPhone },
        { QStringLiteral("title"), r.title },
        { QStringLiteral("description"), r.description },
        { QStringLiteral("serviceType"), InterchangeFormat::reference(r.serviceType) },
        { QStringLiteral("topics"), topicArray },
        { QStringLiteral("wantedPerspective"), toCode(r.wantedPerspective) },
        { QStringLiteral("workersNeeded"), r.workersNeeded },
        { QStringLiteral("dateOptions"), options },
        { QStringLiteral("deadline"), InterchangeFormat::date(r.deadline) },
        { QStringLiteral("remote"), r.remote },
        { QStringLiteral("place"), r.place },
        { QStringLiteral("region"), r.region },
        { QStringLiteral("durationMinutes"), r.durationMinutes },
        { QStringLiteral("audience"), r.audience },
        { QStringLiteral("fundedActivity"),
          InterchangeFormat::reference(keys.fundedActivities.value(r.fundedActivityId)) },
        { QStringLiteral("requesterSector"), InterchangeFormat::reference(r.requesterSector) },
        { QStringLiteral("feeTerms"), r.feeTerms },
        { QStringLiteral("feeCents"), InterchangeFormat::cents(r.feeCents) },
        { QStringLiteral("language"), r.language },
        { QStringLiteral("supervised"), r.supervised },
        { QStringLiteral("recorded"), r.recorded },
        { QStringLiteral("scope"), textArray(scope) },
        { QStringLiteral("status"), toCode(r.status) },
        { QStringLiteral("cancelReason"), r.cancelReason },
        { QStringLiteral("notes"), r.notes },
        { QStringLiteral("invitations"), invitations },
        { QStringLiteral("engagements"), engagements },
        { QStringLiteral("outcome"), outcome },
        { QStringLiteral("changeNotices"), notices },
    };
}

QJsonObject knowledgeJson(const KnowledgeEntry &k, const Keys &keys)
{
    QStringList topics;
    for (qint64 id : k.topicIds)
        topics << keys.topics.value(id);
    topics.sort();
    return QJsonObject {
        { QStringLiteral("request"), InterchangeFormat::reference(keys.requests.value(k.requestId)) },
        { QStringLiteral("recordedOn"), InterchangeFormat::date(k.recordedOn) },
        { QStringLiteral("text"), k.text },
        { QStringLiteral("topics"), textArray(topics) },
        { QStringLiteral("phase"), toCode(k.phase) },
        { QStringLiteral("criticalPoint"), k.criticalPoint },
    };
}

template <typename T> void sortById(QVector<T> &records)
{
    std::sort(records.begin(), records.end(), [](const T &a, const T &b) { return a.id < b.id; });
}

} // namespace

constexpr qsizetype kRequestSlice = 1000; // requests read and written at a time

InterchangeExporter::InterchangeExporter(Database &db) : m_db(db) { }

Result<QByteArray> InterchangeExporter::exportJson()
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    if (Status s = exportTo(buffer); !s)
        return s.error();
    return buffer.buffer();
}

// The requests whose ids lie from `first` to `last`, with everything that hangs on them, read in one query per table
// and written in id order.
Status InterchangeExporter::writeRequests(JsonStreamWriter &writer, const ExportKeys &keys, qint64 first, qint64 last)
{
    auto requests = RequestRepository(m_db).listIds(first, last);
    if (!requests)
        return requests.error();
    auto invitations = InvitationRepository(m_db).listForRequestIds(first, last);
    if (!invitations)
        return invitations.error();
    auto events = InvitationRepository(m_db).historyForRequestIds(first, last);
    if (!events)
        return events.error();
    auto engagements = EngagementRepository(m_db).listForRequestIds(first, last);
    if (!engagements)
        return engagements.error();
    auto notices = ChangeNoticeRepository(m_db).listForRequestIds(first, last);
    if (!notices)
        return notices.error();

    QHash<qint64, RequestHistory> history;
    QHash<qint64, qint64> requestOfInvitation;
    for (const Invitation &i : std::as_const(*invitations)) { // by request, id
        history[i.requestId].invitations.append(i);
        requestOfInvitation.insert(i.id, i.requestId);
    }
    for (const InvitationEvent &e : std::as_const(*events)) // by invitation, oldest first
        history[requestOfInvitation.value(e.invitationId)].events[e.invitationId].append(e);
    for (const ChangeNotice &n : std::as_const(*notices)) // by request, oldest first
        history[n.requestId].notices.append(n);
    for (const Engagement &e : std::as_const(*engagements)) // by request, id
        history[e.requestId].engagements.append(e);
    OutcomeRepository outcomes(m_db);
    for (const Request &r : std::as_const(*requests)) {
        RequestHistory &h = history[r.id];
        auto outcome = outcomes.outcomeForRequest(r.id);
        if (outcome)
            h.outcome = *outcome;
        else if (outcome.error().code != Error::Code::NotFound)
            return outcome.error();
        writer.element(requestJson(r, h, keys));
    }
    return Status::success();
}

Status InterchangeExporter::exportTo(QIODevice &out)
{
    // One consistent picture even while other coordinators save.
    Transaction tx(m_db, Database::Access::ReadOnly);
    if (!tx.beginStatus())
        return tx.beginStatus().error();

    auto topics = TopicRepository(m_db).list();
    if (!topics)
        return topics.error();
    auto serviceTypes = TopicRepository(m_db).listServiceTypes();
    if (!serviceTypes)
        return serviceTypes.error();
    auto organisations = OrganisationRepository(m_db).list();
    if (!organisations)
        return organisations.error();
    auto coordinators = CoordinatorRepository(m_db).list();
    if (!coordinators)
        return coordinators.error();
    auto workers = WorkerRepository(m_db).list();
    if (!workers)
        return workers.error();
    auto consents = ConsentRepository(m_db).listAll();
    if (!consents)
        return consents.error();
    auto knowledge = OutcomeRepository(m_db).listAllKnowledge();
    if (!knowledge)
        return knowledge.error();
    auto settings = OfficeSettingsRepository(m_db).get();
    if (!settings)
        return settings.error();

    Keys keys;
    for (const Topic &t : *topics)
        keys.topics.insert(t.id, t.code);
    for (const Organisation &o : *organisations)
        keys.organisations.insert(o.id, o.name);
    for (const Coordinator &c : *coordinators)
        keys.coordinators.insert(c.id, c.username);
    for (int i = 0; i < workers->size(); ++i) // list() is in id order
        keys.workers.insert(workers->at(i).id, QStringLiteral("w%1").arg(i + 1));
    if (Status s = OfficeDataExporter(m_db).loadKeys(keys); !s)
        return s.error();
    // Requests are read a slice at a time when they are written; here only what other records name them by.
    auto references = RequestRepository(m_db).references(); // by id
    if (!references)
        return references.error();
    for (const auto &[id, reference] : std::as_const(*references))
        keys.requests.insert(id, reference);

    QHash<qint64, QVector<Consent>> consentsOf; // listAll(): by worker, day given, id
    for (const Consent &c : *consents)
        consentsOf[c.workerId].append(c);

    QJsonArray serviceTypeArray;
    for (const ServiceType &t : *serviceTypes)
        serviceTypeArray.append(
            QJsonObject { { QStringLiteral("code"), t.code },
                          { QStringLiteral("name"), InterchangeFormat::names(t.nameFi, t.nameSv, t.nameEn) },
                          { QStringLiteral("openToMinors"), t.openToMinors },
                          { QStringLiteral("needsPublicConsent"), t.needsPublicConsent } });

    QJsonArray organisationArray; // list(): by name
    for (const Organisation &o : *organisations)
        organisationArray.append(QJsonObject { { QStringLiteral("name"), o.name },
                                               { QStringLiteral("shortName"), o.shortName },
                                               { QStringLiteral("region"), o.region },
                                               { QStringLiteral("contact"), o.contact },
                                               { QStringLiteral("notes"), o.notes },
                                               { QStringLiteral("active"), o.active } });

    QVector<Coordinator> coordinatorList = *coordinators;
    std::sort(coordinatorList.begin(), coordinatorList.end(),
              [](const Coordinator &a, const Coordinator &b) { return a.username < b.username; });
    QJsonArray coordinatorArray;
    for (const Coordinator &c : coordinatorList)
        coordinatorArray.append(
            QJsonObject { { QStringLiteral("username"), c.username },
                          { QStringLiteral("displayName"), c.displayName },
                          { QStringLiteral("email"), c.email },
                          { QStringLiteral("role"), toCode(c.role) },
                          { QStringLiteral("organisation"),
                            InterchangeFormat::reference(keys.organisations.value(c.organisationId)) },
                          { QStringLiteral("active"), c.active } });
    QJsonObject officeData;
    if (Status s = OfficeDataExporter(m_db).addTo(officeData, keys); !s)
        return s.error();
    const auto officeDataMember = [&](JsonStreamWriter &writer, const QString &key) {
        const QJsonValue value = officeData.value(key);
        if (!value.isArray()) {
            writer.member(key, value);
            return;
        }
        writer.beginArray(key);
        for (const QJsonValue &v : value.toArray())
            writer.element(v);
        writer.endArray();
    };
    QVector<KnowledgeEntry> knowledgeList = *knowledge;
    sortById(knowledgeList);

    // The document is written a record at a time, never whole in memory. Its members come in the order QJsonObject
    // keeps them (by key), so the bytes are those QJsonDocument would write for the same object.
    JsonStreamWriter writer(out);
    writer.beginArray(QStringLiteral("coordinators"));
    for (const QJsonValue &c : std::as_const(coordinatorArray))
        writer.element(c);
    writer.endArray();
    writer.member(QStringLiteral("format"), InterchangeFormat::formatName());
    officeDataMember(writer, QStringLiteral("fundedActivities"));
    writer.beginArray(QStringLiteral("knowledge"));
    for (const KnowledgeEntry &k : std::as_const(knowledgeList))
        writer.element(knowledgeJson(k, keys));
    writer.endArray();
    officeDataMember(writer, QStringLiteral("mail"));
    officeDataMember(writer, QStringLiteral("messageTemplates"));
    writer.member(QStringLiteral("officeSettings"),
                  QJsonObject { { QStringLiteral("maxFeeCents"), settings->maxFeeCents },
                                { QStringLiteral("timeZone"), QString::fromLatin1(settings->timeZone) },
                                { QStringLiteral("retentionLeftYears"), settings->retentionLeftYears },
                                { QStringLiteral("retentionAuditYears"), settings->retentionAuditYears } });
    writer.member(QStringLiteral("organisations"), organisationArray);
    officeDataMember(writer, QStringLiteral("outbox"));
    officeDataMember(writer, QStringLiteral("paymentBatches"));
    writer.beginArray(QStringLiteral("requests"));
    for (qsizetype at = 0; at < references->size(); at += kRequestSlice) {
        const qint64 first = references->at(at).first;
        const qint64 last = references->at(std::min(at + kRequestSlice, references->size()) - 1).first;
        if (Status s = writeRequests(writer, keys, first, last); !s)
            return s;
    }
    writer.endArray();
    writer.member(QStringLiteral("serviceTypes"), serviceTypeArray);
    writer.member(QStringLiteral("topics"), topicsJson(*topics, keys));
    writer.member(QStringLiteral("version"), InterchangeFormat::kVersion);
    writer.beginArray(QStringLiteral("workers"));
    for (const Worker &w : *workers)
        writer.element(workerJson(w, consentsOf.value(w.id), keys));
    writer.endArray();
    if (Status s = writer.finish(); !s)
        return s;

    if (Status s = tx.commit(); !s)
        return s.error();
    return Status::success();
}

} // namespace Kohtaamo
