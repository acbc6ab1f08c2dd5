#include "RequestImporter.h"

#include "InterchangeFormat.h"
#include "JsonRecord.h"
#include "common/Clock.h"
#include "domain/ChangeNotice.h"
#include "domain/Engagement.h"
#include "domain/Invitation.h"
#include "domain/MeetingOutcome.h"
#include "repositories/ChangeNoticeRepository.h"
#include "repositories/EngagementRepository.h"
#include "repositories/FundedActivityRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/OfficeSettingsRepository.h"
#include "repositories/OutcomeRepository.h"
#include "repositories/RequestRepository.h"
#include "requests/RequestWorkflow.h"

#include <QSet>

#include <algorithm>

namespace Kohtaamo {

namespace {
// Where in a request record the repositories' field names are.
const QHash<QString, QString> kRequestFields {
    { QStringLiteral("reference"), QStringLiteral("reference") },
    { QStringLiteral("receivedOn"), QStringLiteral("receivedOn") },
    { QStringLiteral("requesterName"), QStringLiteral("requesterName") },
    { QStringLiteral("requesterEmail"), QStringLiteral("requesterEmail") },
    { QStringLiteral("requesterPhone"), QStringLiteral("requesterPhone") },
    { QStringLiteral("title"), QStringLiteral("title") },
    { QStringLiteral("serviceType"), QStringLiteral("serviceType") },
    { QStringLiteral("topics"), QStringLiteral("topics") },
    { QStringLiteral("workersNeeded"), QStringLiteral("workersNeeded") },
    { QStringLiteral("dateOptions"), QStringLiteral("dateOptions") },
    { QStringLiteral("durationMinutes"), QStringLiteral("durationMinutes") },
    { QStringLiteral("feeCents"), QStringLiteral("feeCents") },
    { QStringLiteral("language"), QStringLiteral("language") },
    { QStringLiteral("organisationScope"), QStringLiteral("scope") },
};

const QHash<QString, QString> kInvitationFields {
    { QStringLiteral("workerId"), QStringLiteral("worker") },
    { QStringLiteral("reminders"), QStringLiteral("reminders") },
    { QStringLiteral("respondedAt"), QStringLiteral("respondedAt") },
    { QStringLiteral("lastReminderAt"), QStringLiteral("lastReminderAt") },
    { QStringLiteral("reserve"), QStringLiteral("reserve") },
};

const QHash<QString, QString> kEventFields {
    { QStringLiteral("at"), QStringLiteral("at") },
    { QStringLiteral("response"), QStringLiteral("response") },
};

const QHash<QString, QString> kNoticeFields {
    { QStringLiteral("workerId"), QStringLiteral("worker") },
    { QStringLiteral("createdAt"), QStringLiteral("createdAt") },
    { QStringLiteral("doneAt"), QStringLiteral("doneAt") },
};

const QHash<QString, QString> kEngagementFields {
    { QStringLiteral("workerId"), QStringLiteral("worker") },
    { QStringLiteral("invitationId"), QStringLiteral("fromInvitation") },
    { QStringLiteral("starts"), QStringLiteral("startsAt") },
    { QStringLiteral("ends"), QStringLiteral("endsAt") },
    { QStringLiteral("hours"), QStringLiteral("hours") },
    { QStringLiteral("feeCents"), QStringLiteral("feeCents") },
    { QStringLiteral("travelCents"), QStringLiteral("travelCents") },
    { QStringLiteral("payment"), QStringLiteral("payment") },
    { QStringLiteral("paidOn"), QStringLiteral("paidOn") },
};

// The workflow steps from New to `target`: those before the invitations are created (up to Inviting) and the rest.
void stepsTo(RequestStatus target, bool hasInvitations, QVector<RequestStatus> &before, QVector<RequestStatus> &after)
{
    const QVector<RequestStatus> toInviting { RequestStatus::Tagged, RequestStatus::Inviting };
    switch (target) {
    case RequestStatus::New:
        break;
    case RequestStatus::Tagged:
        before = { RequestStatus::Tagged };
        break;
    case RequestStatus::Inviting:
        before = toInviting;
        break;
    case RequestStatus::Confirmed:
        before = toInviting;
        after = { RequestStatus::Confirmed };
        break;
    case RequestStatus::Held:
        before = toInviting;
        after = { RequestStatus::Confirmed, RequestStatus::Held };
        break;
    case RequestStatus::Closed:
        before = toInviting;
        after = { RequestStatus::Confirmed, RequestStatus::Held, RequestStatus::Closed };
        break;
    case RequestStatus::Cancelled:
        // Invitations are made only to a request that is being worked on: it was cancelled after inviting.
        if (hasInvitations)
            before = toInviting;
        after = { RequestStatus::Cancelled };
        break;
    }
}

constexpr int kMaxCount = 100000;
} // namespace

RequestImporter::RequestImporter(Database &db, InterchangeKeys &keys, Error &problem, int version)
    : m_db(db), m_keys(keys), m_problem(problem), m_version(version), m_writer(db)
{
}

Status RequestImporter::start()
{
    auto settings = OfficeSettingsRepository(m_db).get();
    if (!settings)
        return settings.error();
    m_maxFeeCents = settings->maxFeeCents;
    auto activities = FundedActivityRepository(m_db).list();
    if (!activities)
        return activities.error();
    for (const FundedActivity &a : std::as_const(*activities)) {
        if (a.active && a.organisationId != 0)
            m_activeFundedActivities[a.organisationId].append(a.id);
    }
    return m_writer.start();
}

Status RequestImporter::importKnowledge(KnowledgeEntry &entry)
{
    if (Status s = OutcomeRepository::validateKnowledge(entry); !s)
        return s;
    entry.text = entry.text.trimmed();
    std::sort(entry.topicIds.begin(), entry.topicIds.end());
    return m_writer.writeKnowledge(entry);
}

Status RequestImporter::finish()
{
    return m_writer.finish();
}

bool RequestImporter::workflow() const
{
    return m_version >= InterchangeFormat::kWorkflowVersion;
}

void RequestImporter::readRequest(JsonRecord &r, Request &q)
{
    q.reference = r.requiredText(QStringLiteral("reference"));
    q.receivedOn = r.date(QStringLiteral("receivedOn"));
    q.requesterName = r.text(QStringLiteral("requesterName"));
    q.requesterUnit = r.text(QStringLiteral("requesterUnit"));
    q.requesterEmail = r.text(QStringLiteral("requesterEmail"));
    q.requesterPhone = r.text(QStringLiteral("requesterPhone"));
    q.title = r.text(QStringLiteral("title"));
    q.description = r.text(QStringLiteral("description"));
    q.serviceType = r.text(QStringLiteral("serviceType"));
    if (!r.failed() && !q.serviceType.isEmpty() && !m_keys.serviceTypes.contains(q.serviceType))
        r.fail(QStringLiteral("serviceType"),
               tr("no service type has the code %1").arg(JsonRecord::quoted(q.serviceType)));
    const QJsonArray topics = r.array(QStringLiteral("topics"));
    for (int i = 0; i < topics.size() && !r.failed(); ++i) {
        JsonRecord t = JsonRecord::element(topics, i, r.path(QStringLiteral("topics")), m_problem);
        RequestTopic topic;
        topic.topicId = t.lookup(QStringLiteral("topic"), m_keys.topics, tr("no topic has the code %1"));
        topic.weight = t.code(QStringLiteral("weight"), kTopicWeightCodes, TopicWeight::Primary);
        t.finish();
        q.topics.append(topic);
    }
    q.wantedPerspective = r.code(QStringLiteral("wantedPerspective"), kPerspectiveCodes, Perspective::Any);
    q.workersNeeded = r.integer(QStringLiteral("workersNeeded"), 1, 1000, 1);
    const QJsonArray options = r.array(QStringLiteral("dateOptions"));
    for (int i = 0; i < options.size() && !r.failed(); ++i) {
        JsonRecord o = JsonRecord::element(options, i, r.path(QStringLiteral("dateOptions")), m_problem);
        DateOption option;
        option.starts = o.instant(QStringLiteral("startsAt"));
        if (!o.failed() && !option.starts.isValid())
            o.fail(QStringLiteral("startsAt"), tr("is required"));
        option.ends = o.instant(QStringLiteral("endsAt"));
        option.chosen = o.flag(QStringLiteral("chosen"));
        o.finish();
        q.dateOptions.append(option);
    }
    q.deadline = r.date(QStringLiteral("deadline"));
    q.remote = r.flag(QStringLiteral("remote"));
    q.place = r.text(QStringLiteral("place"));
    q.region = r.text(QStringLiteral("region"));
    q.durationMinutes = r.integer(QStringLiteral("durationMinutes"), 0, kMaxCount);
    q.audience = r.text(QStringLiteral("audience"));
    q.fundedActivityId = r.lookup(QStringLiteral("fundedActivity"), m_keys.fundedActivities,
                                  tr("no funded activity of the file is called %1"), false);
    q.requesterSector = r.text(QStringLiteral("requesterSector"));
    q.feeTerms = r.text(QStringLiteral("feeTerms"));
    q.feeCents = r.cents(QStringLiteral("feeCents"));
    const QString language = r.text(QStringLiteral("language"));
    if (!language.isEmpty())
        q.language = language; // else the default, Finnish
    q.supervised = r.flag(QStringLiteral("supervised"));
    q.recorded = r.flag(QStringLiteral("recorded"));
    const QStringList scope = r.texts(QStringLiteral("scope"));
    for (int i = 0; i < scope.size() && !r.failed(); ++i) {
        const qint64 id = m_keys.organisations.value(scope.at(i), 0);
        if (id == 0)
            r.fail(
                JsonRecord::itemPath(QStringLiteral("scope"), i),
                tr("no organisation of the file or of the database is called %1").arg(JsonRecord::quoted(scope.at(i))));
        q.organisationScope.append(id);
    }
    q.status = r.code(QStringLiteral("status"), kRequestStatusCodes, RequestStatus::New);
    q.cancelReason = r.text(QStringLiteral("cancelReason"));
    if (!r.failed() && q.status != RequestStatus::Cancelled && !q.cancelReason.trimmed().isEmpty())
        r.fail(QStringLiteral("cancelReason"), tr("only a cancelled request has a reason for the cancellation"));
    q.notes = r.text(QStringLiteral("notes"));
}

bool RequestImporter::importRequest(const QJsonObject &object, const QString &path, InterchangeSummary &summary)
{
    JsonRecord r(object, path, m_problem);
    RequestRecord record;
    Request &request = record.request;
    readRequest(r, request);
    const QJsonArray invitations = r.array(QStringLiteral("invitations"));
    r.array(QStringLiteral("engagements"));
    r.object(QStringLiteral("outcome"));
    const QJsonArray notices = workflow() ? r.array(QStringLiteral("changeNotices")) : QJsonArray();
    r.finish();
    if (r.failed() || !checkRequest(r, request))
        return false;

    // Stored New, as RequestRepository::save stores every request, then walked to the file's status.
    const RequestStatus target = request.status;
    const QString cancelReason = request.cancelReason;
    request.status = RequestStatus::New;
    request.cancelReason.clear();
    request.version = 1;
    record.steps.append({ std::nullopt, RequestStatus::New, QString() });
    QVector<RequestStatus> before;
    QVector<RequestStatus> after;
    stepsTo(target, !invitations.isEmpty(), before, after);
    int accepted = 0; // invitations answered "accepted", reserves left out, as RequestRepository::changeStatus counts
    QVector<BatchLink> batches;
    if (!walkTo(r, request, record.steps, before, cancelReason, 0) || !readInvitations(r, record, accepted)
        || !walkTo(r, request, record.steps, after, cancelReason, accepted) || !readEngagements(r, record, batches)
        || !readOutcome(r, record))
        return false;

    if (Status s = m_writer.write(record); !s) {
        r.refuse(s.error());
        return false;
    }
    m_keys.requests.insert(request.reference, request.id);
    for (const BatchLink &link : std::as_const(batches)) // linked once the batches are read (OfficeDataImporter)
        m_keys.batchMembers[link.batch].append({ record.engagements.at(link.engagement).id, link.path });
    ++summary.requests;
    summary.invitations += int(record.invitations.size());
    for (const RequestRecord::InvitationRecord &made : std::as_const(record.invitations))
        summary.invitationEvents += made.events ? int(made.events->size()) : 1;
    summary.engagements += int(record.engagements.size());
    summary.outcomes += record.outcome ? 1 : 0;
    if (notices.isEmpty())
        return true;
    // A change notice is checked against the stored request by its repository: the request is written first.
    if (Status s = m_writer.flush(); !s) {
        r.refuse(s.error());
        return false;
    }
    return importChangeNotices(r, request, summary);
}

bool RequestImporter::checkRequest(JsonRecord &r, Request &request)
{
    // RequestRepository::save's checks; what the file names (topics, organisations, funded activities, kinds of
    // work) was looked up in the database or the file as it was read.
    if (Status s = RequestRepository::validate(request); !s) {
        r.refuse(s.error(), kRequestFields);
        return false;
    }
    const RequestStatus status = request.status;
    const QString cancelReason = request.cancelReason;
    request = RequestRepository::normalised(request);
    request.status = status;
    request.cancelReason = cancelReason;
    if (request.feeCents) {
        if (Status s = OfficeSettingsRepository::checkFee(*request.feeCents, m_maxFeeCents, "feeCents"); !s) {
            r.refuse(s.error(), kRequestFields);
            return false;
        }
    }
    if (m_keys.requests.contains(request.reference)) {
        r.refuse(RequestRepository::referenceTaken(request.reference), kRequestFields);
        return false;
    }
    if (request.fundedActivityId == 0 && request.organisationScope.size() == 1) {
        // The organisation's funded activity, when it has exactly one that is active.
        const QVector<qint64> active = m_activeFundedActivities.value(request.organisationScope.first());
        if (active.size() == 1)
            request.fundedActivityId = active.first();
    }
    return true;
}

bool RequestImporter::walkTo(JsonRecord &r, Request &request, QVector<RequestRecord::Step> &steps,
                             const QVector<RequestStatus> &path, const QString &cancelReason, int acceptedInvitations)
{
    RequestWorkflow::Context context;
    context.acceptedInvitations = acceptedInvitations;
    context.today = Clock::instance().today();
    RequestStatus refused = RequestStatus::New;
    const RequestStatus from = request.status;
    if (Status s = RequestWorkflow::walk(request, path, cancelReason, context, &refused); !s) {
        r.fail(QStringLiteral("status"),
               tr("the request cannot be brought to %1: %2").arg(toCode(refused), s.error().message));
        return false;
    }
    std::optional<RequestStatus> previous = from;
    for (RequestStatus step : path) {
        steps.append({ previous, step, step == RequestStatus::Cancelled ? request.cancelReason : QString() });
        previous = step;
        ++request.version; // as each step of RequestRepository::changeStatus
    }
    return true;
}

bool RequestImporter::readInvitations(JsonRecord &r, RequestRecord &record, int &accepted)
{
    // InvitationRepository::createWithHistory's checks. The request is inviting (or new or tagged) when they are
    // made (stepsTo), never held or final, so the repository's check of its status always passes here.
    const QJsonArray invitations = r.array(QStringLiteral("invitations"));
    QSet<qint64> invited;
    for (int i = 0; i < invitations.size(); ++i) {
        JsonRecord v = JsonRecord::element(invitations, i, r.path(QStringLiteral("invitations")), m_problem);
        RequestRecord::InvitationRecord made;
        Invitation &invitation = made.invitation;
        invitation.requestId = 1; // validated as belonging to a request; the id is the one written
        invitation.workerId
            = v.lookup(QStringLiteral("worker"), m_keys.workers, tr("no worker of the file has the key %1"));
        invitation.sentAt = v.instant(QStringLiteral("sentAt"));
        invitation.channel = v.code(QStringLiteral("channel"), kInvitationChannelCodes, InvitationChannel::Email);
        invitation.response = v.code(QStringLiteral("response"), kInvitationResponseCodes, InvitationResponse::Pending);
        invitation.respondedAt = v.instant(QStringLiteral("respondedAt"));
        invitation.declineReason = v.text(QStringLiteral("declineReason"));
        invitation.reminders = v.integer(QStringLiteral("reminders"), 0, kMaxCount);
        invitation.lastReminderAt = v.instant(QStringLiteral("lastReminderAt"));
        invitation.note = v.text(QStringLiteral("note"));
        // An older document has no histories: the invitation's starts with its sending, as a new one's does.
        if (workflow()) {
            invitation.reserve = v.flag(QStringLiteral("reserve"));
            made.events = readEvents(v);
        }
        v.finish();
        if (v.failed())
            return false;
        if (Status s = InvitationRepository::validate(invitation); !s) {
            v.refuse(s.error(), kInvitationFields);
            return false;
        }
        invitation.declineReason = invitation.declineReason.trimmed();
        if (invited.contains(invitation.workerId)) {
            v.refuse(InvitationRepository::alreadyInvited(m_keys.workerNames.value(invitation.workerId),
                                                          record.request.reference),
                     kInvitationFields);
            return false;
        }
        invited.insert(invitation.workerId);
        invitation.version = 1;
        if (invitation.response == InvitationResponse::Accepted && !invitation.reserve)
            ++accepted;
        record.invitations.append(made);
    }
    return true;
}

QVector<InvitationEvent> RequestImporter::readEvents(JsonRecord &v)
{
    const QJsonArray events = v.array(QStringLiteral("events"));
    QVector<InvitationEvent> history;
    for (int k = 0; k < events.size() && !v.failed(); ++k) {
        JsonRecord e = JsonRecord::element(events, k, v.path(QStringLiteral("events")), m_problem);
        InvitationEvent event;
        event.at = e.instant(QStringLiteral("at"));
        if (!e.failed() && !event.at.isValid())
            e.fail(QStringLiteral("at"), tr("is required"));
        event.kind = e.code(QStringLiteral("kind"), kInvitationEventKindCodes, InvitationEventKind::Invited, true);
        if (!e.text(QStringLiteral("response")).isEmpty())
            event.response = e.code(QStringLiteral("response"), kInvitationResponseCodes, InvitationResponse::Pending);
        event.reason = e.text(QStringLiteral("reason"));
        event.coordinatorId = e.lookup(QStringLiteral("coordinator"), m_keys.coordinators,
                                       tr("no coordinator of the file or of the database has the username %1"), false);
        event.actor = e.text(QStringLiteral("actor"));
        if (!e.failed()) {
            if (Status s = InvitationRepository::validateEvent(event); !s)
                e.refuse(s.error(), kEventFields);
        }
        e.finish();
        history.append(event);
    }
    return history;
}

bool RequestImporter::readEngagements(JsonRecord &r, RequestRecord &record, QVector<BatchLink> &batches)
{
    // EngagementRepository::save's checks; an engagement "from its invitation" is tied to the worker's invitation of
    // this request (RequestBulkWriter takes the invitation's index + 1 for its id).
    const QJsonArray engagements = r.array(QStringLiteral("engagements"));
    QHash<qint64, qint64> invitationOf; // worker id -> index + 1 in record.invitations
    for (int i = 0; i < record.invitations.size(); ++i)
        invitationOf.insert(record.invitations.at(i).invitation.workerId, i + 1);
    QSet<qint64> engaged;
    for (int i = 0; i < engagements.size(); ++i) {
        JsonRecord g = JsonRecord::element(engagements, i, r.path(QStringLiteral("engagements")), m_problem);
        Engagement e;
        e.requestId = 1; // validated as belonging to a request; the id is the one written
        e.workerId = g.lookup(QStringLiteral("worker"), m_keys.workers, tr("no worker of the file has the key %1"));
        if (g.flag(QStringLiteral("fromInvitation"))) {
            e.invitationId = invitationOf.value(e.workerId, 0);
            if (!g.failed() && e.invitationId == 0)
                g.fail(QStringLiteral("fromInvitation"),
                       tr("the worker has no invitation to this request in the file"));
        }
        e.starts = g.instant(QStringLiteral("startsAt"));
        e.ends = g.instant(QStringLiteral("endsAt"));
        e.attendance = g.code(QStringLiteral("attendance"), kAttendanceCodes, Attendance::Planned);
        e.hours = g.number(QStringLiteral("hours"), 0, 24 * 7);
        e.feeCents = g.cents(QStringLiteral("feeCents")).value_or(0);
        e.travelCents = g.cents(QStringLiteral("travelCents")).value_or(0);
        e.feeDeclined = g.flag(QStringLiteral("feeDeclined"));
        e.payment = g.code(QStringLiteral("payment"), kPaymentStateCodes, PaymentState::NotDue);
        e.paidOn = g.date(QStringLiteral("paidOn"));
        const QString batch = g.text(QStringLiteral("paymentBatch"));
        e.preparationDone = g.flag(QStringLiteral("preparationDone"));
        e.debriefDone = g.flag(QStringLiteral("debriefDone"));
        e.debriefOn = g.date(QStringLiteral("debriefOn"));
        e.debriefBy = g.text(QStringLiteral("debriefBy"));
        e.note = g.text(QStringLiteral("note"));
        g.finish();
        if (g.failed())
            return false;
        Status s = EngagementRepository::validate(e);
        if (s)
            s = OfficeSettingsRepository::checkFee(e.feeCents, m_maxFeeCents, "feeCents");
        if (s && engaged.contains(e.workerId))
            s = EngagementRepository::alreadyEngaged(m_keys.workerNames.value(e.workerId));
        if (!s) {
            g.refuse(s.error(), kEngagementFields);
            return false;
        }
        e.debriefBy = e.debriefBy.trimmed();
        e.version = 1;
        engaged.insert(e.workerId);
        if (!batch.isEmpty())
            batches.append({ int(record.engagements.size()), batch, g.path(QStringLiteral("paymentBatch")) });
        record.engagements.append(e);
    }
    return true;
}

bool RequestImporter::readOutcome(JsonRecord &r, RequestRecord &record)
{
    auto outcome = r.object(QStringLiteral("outcome"));
    if (!outcome)
        return !r.failed();
    MeetingOutcome o;
    o.requestId = 1; // validated as belonging to a request; the id is the one written
    o.heldOn = outcome->date(QStringLiteral("heldOn"));
    o.summary = outcome->text(QStringLiteral("summary"));
    o.requesterFeedback = outcome->text(QStringLiteral("requesterFeedback"));
    o.audienceSize = outcome->integer(QStringLiteral("audienceSize"), 0, 10000000);
    outcome->finish();
    if (outcome->failed())
        return false;
    if (Status s = OutcomeRepository::validateOutcome(o); !s) {
        outcome->refuse(s.error());
        return false;
    }
    record.outcome = o;
    return true;
}

bool RequestImporter::importChangeNotices(JsonRecord &r, const Request &stored, InterchangeSummary &summary)
{
    if (!workflow())
        return true;
    const QJsonArray notices = r.array(QStringLiteral("changeNotices"));
    ChangeNoticeRepository repository(m_db);
    for (int i = 0; i < notices.size(); ++i) {
        JsonRecord n = JsonRecord::element(notices, i, r.path(QStringLiteral("changeNotices")), m_problem);
        ChangeNotice notice;
        notice.requestId = stored.id;
        notice.workerId
            = n.lookup(QStringLiteral("worker"), m_keys.workers, tr("no worker of the file has the key %1"));
        notice.kind = n.code(QStringLiteral("kind"), kChangeNoticeKindCodes, ChangeNoticeKind::Rescheduled, true);
        notice.createdAt = n.instant(QStringLiteral("createdAt"));
        if (!n.failed() && !notice.createdAt.isValid())
            n.fail(QStringLiteral("createdAt"), tr("is required"));
        notice.createdBy = n.lookup(QStringLiteral("createdBy"), m_keys.coordinators,
                                    tr("no coordinator of the file or of the database has the username %1"), false);
        notice.doneAt = n.instant(QStringLiteral("doneAt"));
        n.finish();
        if (n.failed())
            return false;
        auto saved = repository.insert(notice);
        if (!saved) {
            n.refuse(saved.error(), kNoticeFields);
            return false;
        }
        ++summary.changeNotices;
    }
    return true;
}

} // namespace Kohtaamo
