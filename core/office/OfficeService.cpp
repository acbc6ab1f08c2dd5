#include "OfficeService.h"

#include "repositories/ChangeNoticeRepository.h"
#include "repositories/CoordinatorRepository.h"
#include "repositories/InvitationRepository.h"
#include "repositories/OfficeSettingsRepository.h"
#include "repositories/OrganisationRepository.h"
#include "repositories/RequestRepository.h"
#include "storage/Database.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace Kohtaamo {

namespace {
const QString kChannel = QStringLiteral("kohtaamo_changes");
constexpr int kMaxPayload = 7000; // PostgreSQL allows 8000 bytes

void addRequest(OfficeChange &c, const Request &r)
{
    c.add(OfficeChange::Kind::Request, r.id);
}

void addAnswer(OfficeChange &c, const InvitationOperations::AnswerResult &a)
{
    c.add(OfficeChange::Kind::Invitation, a.invitation.id).add(OfficeChange::Kind::Request, a.invitation.requestId);
    c.add(OfficeChange::Kind::Worker, a.invitation.workerId);
    if (a.engagement)
        c.add(OfficeChange::Kind::Engagement, a.engagement->id);
}
} // namespace

OfficeService::OfficeService(std::unique_ptr<Database> database, QObject *parent)
    : QObject(parent), m_owned(std::move(database)), m_db(m_owned.get())
{
    listen();
}

OfficeService::OfficeService(Database &database, QObject *parent) : QObject(parent), m_db(&database)
{
    listen();
}

OfficeService::~OfficeService()
{
    if (m_db && m_db->location().kind == DatabaseLocation::Kind::PostgreSQL && m_db->connection().isOpen())
        m_db->connection().driver()->unsubscribeFromNotification(kChannel);
}

Result<std::unique_ptr<OfficeService>> OfficeService::open(const DatabaseLocation &location)
{
    auto db = Database::open(location);
    if (!db)
        return db.error();
    return std::make_unique<OfficeService>(std::move(db).value());
}

const DatabaseLocation &OfficeService::location() const
{
    return m_db->location();
}

void OfficeService::listen()
{
    qRegisterMetaType<Kohtaamo::OfficeChange>();
    if (m_db->location().kind != DatabaseLocation::Kind::PostgreSQL)
        return;
    QSqlDriver *driver = m_db->connection().driver();
    if (!driver->subscribeToNotification(kChannel))
        qWarning("Kohtaamo: cannot listen for other coordinators' changes: %s", qPrintable(driver->lastError().text()));
    connect(driver, &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource source, const QVariant &payload) {
                if (name != kChannel || source == QSqlDriver::SelfSource)
                    return;
                OfficeChange change = OfficeChange::fromPayload(payload.toString());
                change.external = true;
                if (m_coordinator.id != 0 && change.touches(OfficeChange::Kind::Coordinator, m_coordinator.id)) {
                    // An admin elsewhere changed this coordinator (a role, say): work with what is stored now.
                    if (auto me = CoordinatorRepository(*m_db).get(m_coordinator.id))
                        m_coordinator = *me;
                }
                emit changed(change);
            });
}

void OfficeService::notifyOthers(const OfficeChange &change)
{
    if (m_db->location().kind != DatabaseLocation::Kind::PostgreSQL || change.isEmpty())
        return;
    QString payload = change.toPayload();
    if (payload.size() > kMaxPayload) { // too many ids: name the kinds only
        OfficeChange kinds;
        for (auto it = change.records.constBegin(); it != change.records.constEnd(); ++it)
            kinds.addAll(it.key());
        payload = kinds.toPayload();
    }
    // Sent inside the use case's transaction: PostgreSQL delivers it when (and only if) the transaction commits.
    SqlQuery q(*m_db, QStringLiteral("SELECT pg_notify(?, ?)"));
    q.bindAll({ kChannel, payload });
    if (Status s = q.exec(); !s)
        qWarning("Kohtaamo: could not tell other coordinators of a change: %s", qPrintable(s.error().detail));
}

void OfficeService::announce(const OfficeChange &change)
{
    if (change.isEmpty())
        return;
    notifyOthers(change); // outside a transaction NOTIFY is sent at once
    emit changed(change);
}

template <typename T> Result<T> OfficeService::run(const std::function<Result<T>(OfficeChange &)> &work)
{
    if (Status s = requireWriter(); !s)
        return s.error();
    OfficeChange change;
    Result<T> result = Error();
    {
        Transaction tx(*m_db);
        if (!tx.beginStatus())
            return tx.beginStatus().error();
        result = work(change);
        if (!result)
            return result;
        notifyOthers(change);
        if (Status s = tx.commit(); !s)
            return s.error();
    }
    if (!change.isEmpty())
        emit changed(change);
    return result;
}

Status OfficeService::requireWriter() const
{
    if (m_coordinator.id != 0 && m_coordinator.role == CoordinatorRole::Viewer)
        return Error(Error::Code::NotAllowed,
                     tr("You can read this office but not change it: your role is viewer. An admin of the office "
                        "can change your role."),
                     QStringLiteral("role"));
    return Status::success();
}

// --- who is working ---

Status OfficeService::actAs(const QString &login)
{
    const QString username = login.trimmed().toLower();
    if (username.isEmpty())
        return Error(Error::Code::InvalidInput, tr("The login name of the coordinator is empty."),
                     QStringLiteral("username"));
    m_db->setActor(username);
    CoordinatorRepository repo(*m_db);
    auto found = repo.findByUsername(username);
    if (found) {
        m_coordinator = *found;
        m_db->setActorId(found->id);
        return Status::success();
    }
    if (found.error().code != Error::Code::NotFound)
        return found.error();
    auto everyone = repo.list();
    if (!everyone)
        return everyone.error();
    Coordinator me;
    me.username = username;
    me.displayName = login.trimmed();
    me.role = everyone->isEmpty() ? CoordinatorRole::Admin : CoordinatorRole::Coordinator;
    auto saved = repo.save(me);
    if (!saved)
        return saved.error();
    m_coordinator = *saved;
    m_db->setActorId(saved->id);
    emit changed(OfficeChange().add(OfficeChange::Kind::Coordinator, saved->id));
    return Status::success();
}

Result<QVector<Coordinator>> OfficeService::coordinators()
{
    return CoordinatorRepository(*m_db).list();
}

Result<Coordinator> OfficeService::saveCoordinator(const Coordinator &coordinator)
{
    auto saved = run<Coordinator>([&](OfficeChange &change) -> Result<Coordinator> {
        CoordinatorRepository repo(*m_db);
        // The rules compare with what is stored now, not with what this window read.
        std::optional<Coordinator> before;
        if (coordinator.id != 0) {
            auto stored = repo.get(coordinator.id);
            if (!stored)
                return stored.error();
            before = *stored;
        }
        const bool self = before && before->id == m_coordinator.id;
        if (!isAdmin()
            && (!self || coordinator.role != before->role || coordinator.active != before->active
                || coordinator.username.trimmed().toLower() != before->username
                || coordinator.organisationId != before->organisationId))
            return Error(Error::Code::NotAllowed,
                         tr("Only an admin can add coordinators or change their login, organisation, role or "
                            "whether they are active."),
                         QStringLiteral("role"));
        if (self && coordinator.username.trimmed().toLower() != before->username)
            return Error(Error::Code::NotAllowed,
                         tr("Your own login cannot be changed here: Kohtaamo knows you by it. Ask another admin."),
                         QStringLiteral("username"));
        const bool wasActiveAdmin = before && before->active && before->role == CoordinatorRole::Admin;
        if (wasActiveAdmin && (!coordinator.active || coordinator.role != CoordinatorRole::Admin)) {
            auto everyone = repo.list();
            if (!everyone)
                return everyone.error();
            int admins = 0;
            for (const Coordinator &c : *everyone)
                admins += c.active && c.role == CoordinatorRole::Admin ? 1 : 0;
            if (admins <= 1)
                return Error(Error::Code::NotAllowed,
                             tr("%1 is the office's only active admin. Make another coordinator an admin first.")
                                 .arg(before->displayName),
                             QStringLiteral("role"));
        }
        auto stored = repo.save(coordinator);
        if (stored)
            change.add(OfficeChange::Kind::Coordinator, stored->id);
        return stored;
    });
    if (saved && saved->id == m_coordinator.id)
        m_coordinator = *saved;
    return saved;
}

// --- the office's settings ---

Result<OfficeSettings> OfficeService::officeSettings()
{
    return OfficeSettingsRepository(*m_db).get();
}

Result<OfficeSettings> OfficeService::saveOfficeSettings(const OfficeSettings &settings)
{
    if (!isAdmin())
        return Error(Error::Code::NotAllowed, tr("Only an admin can change the office's settings."),
                     QStringLiteral("role"));
    return run<OfficeSettings>([&](OfficeChange &change) -> Result<OfficeSettings> {
        auto saved = OfficeSettingsRepository(*m_db).save(settings);
        if (saved)
            change.add(OfficeChange::Kind::Settings, 1);
        return saved;
    });
}

// --- reads ---

Result<Request> OfficeService::request(qint64 id)
{
    return RequestRepository(*m_db).get(id);
}

Result<QVector<Invitation>> OfficeService::invitations(qint64 requestId)
{
    return InvitationRepository(*m_db).listForRequest(requestId);
}

Result<QVector<InvitationEvent>> OfficeService::invitationHistory(qint64 invitationId)
{
    return InvitationRepository(*m_db).history(invitationId);
}

Result<QVector<ChangeNotice>> OfficeService::changeNotices(qint64 requestId)
{
    return ChangeNoticeRepository(*m_db).listForRequest(requestId);
}

Result<QVector<Organisation>> OfficeService::organisations()
{
    return OrganisationRepository(*m_db).list();
}

Result<QVector<CloseGap>> OfficeService::closeGaps(qint64 requestId)
{
    return RequestOperations(*m_db).closeGaps(requestId);
}

// --- a request's workflow ---

Result<RequestOperations::SaveResult> OfficeService::saveRequestDetailed(const Request &request)
{
    return run<RequestOperations::SaveResult>([&](OfficeChange &change) -> Result<RequestOperations::SaveResult> {
        auto saved = RequestOperations(*m_db).save(request);
        if (!saved)
            return saved;
        addRequest(change, saved->request);
        for (const Engagement &e : std::as_const(saved->moved))
            change.add(OfficeChange::Kind::Engagement, e.id).add(OfficeChange::Kind::Worker, e.workerId);
        if (!saved->workersToTell.isEmpty())
            change.add(OfficeChange::Kind::Notice, saved->request.id);
        return saved;
    });
}

Result<Request> OfficeService::saveRequest(const Request &request)
{
    auto saved = saveRequestDetailed(request);
    if (!saved)
        return saved.error();
    return saved->request;
}

Result<Request> OfficeService::markTagged(qint64 requestId, int expectedVersion)
{
    return moveRequest(requestId, expectedVersion, RequestStatus::Tagged);
}

Result<RequestOperations::InviteResult> OfficeService::invite(qint64 requestId, int expectedVersion,
                                                              const QVector<qint64> &workerIds,
                                                              InvitationChannel channel)
{
    return run<RequestOperations::InviteResult>([&](OfficeChange &change) -> Result<RequestOperations::InviteResult> {
        auto invited = RequestOperations(*m_db).invite(requestId, expectedVersion, workerIds, channel);
        if (!invited)
            return invited;
        addRequest(change, invited->request);
        for (const Invitation &i : std::as_const(invited->invitations))
            change.add(OfficeChange::Kind::Invitation, i.id).add(OfficeChange::Kind::Worker, i.workerId);
        return invited;
    });
}

Result<InvitationOperations::AnswerResult> OfficeService::recordAnswer(qint64 invitationId, int expectedVersion,
                                                                       InvitationResponse response,
                                                                       const QString &declineReason,
                                                                       InvitationOperations::TeamChoice choice)
{
    return run<InvitationOperations::AnswerResult>(
        [&](OfficeChange &change) -> Result<InvitationOperations::AnswerResult> {
            auto answered = InvitationOperations(*m_db).recordAnswer(invitationId, expectedVersion, response,
                                                                     declineReason, choice);
            if (answered)
                addAnswer(change, *answered);
            return answered;
        });
}

Result<InvitationOperations::AnswerResult> OfficeService::withdrawInvitation(qint64 invitationId, int expectedVersion,
                                                                             const QString &reason)
{
    return run<InvitationOperations::AnswerResult>(
        [&](OfficeChange &change) -> Result<InvitationOperations::AnswerResult> {
            auto withdrawn = InvitationOperations(*m_db).withdraw(invitationId, expectedVersion, reason);
            if (withdrawn)
                addAnswer(change, *withdrawn);
            return withdrawn;
        });
}

Result<InvitationOperations::AnswerResult> OfficeService::takeIntoTeam(qint64 invitationId, int expectedVersion)
{
    return run<InvitationOperations::AnswerResult>(
        [&](OfficeChange &change) -> Result<InvitationOperations::AnswerResult> {
            auto joined = InvitationOperations(*m_db).joinTeam(invitationId, expectedVersion);
            if (joined)
                addAnswer(change, *joined);
            return joined;
        });
}

Result<Invitation> OfficeService::remind(qint64 invitationId, int expectedVersion)
{
    return run<Invitation>([&](OfficeChange &change) -> Result<Invitation> {
        auto reminded = InvitationOperations(*m_db).remind(invitationId, expectedVersion);
        if (reminded)
            change.add(OfficeChange::Kind::Invitation, reminded->id)
                .add(OfficeChange::Kind::Request, reminded->requestId);
        return reminded;
    });
}

Result<RequestOperations::ConfirmResult> OfficeService::confirm(qint64 requestId, int expectedVersion)
{
    return run<RequestOperations::ConfirmResult>([&](OfficeChange &change) -> Result<RequestOperations::ConfirmResult> {
        auto confirmed = RequestOperations(*m_db).confirm(requestId, expectedVersion);
        if (!confirmed)
            return confirmed;
        addRequest(change, confirmed->request);
        for (const Engagement &e : std::as_const(confirmed->engagements))
            change.add(OfficeChange::Kind::Engagement, e.id).add(OfficeChange::Kind::Worker, e.workerId);
        return confirmed;
    });
}

Result<Request> OfficeService::markHeld(qint64 requestId, int expectedVersion)
{
    return moveRequest(requestId, expectedVersion, RequestStatus::Held);
}

Result<Request> OfficeService::close(qint64 requestId, int expectedVersion, bool despiteGaps)
{
    return run<Request>([&](OfficeChange &change) -> Result<Request> {
        auto closed = RequestOperations(*m_db).close(requestId, expectedVersion, despiteGaps);
        if (closed)
            addRequest(change, *closed);
        return closed;
    });
}

Result<Request> OfficeService::reopen(qint64 requestId, int expectedVersion, const QString &reason)
{
    if (!isAdmin())
        return Error(Error::Code::NotAllowed,
                     tr("Only an admin can reopen a closed request. Ask an admin of this office."),
                     QStringLiteral("role"));
    return run<Request>([&](OfficeChange &change) -> Result<Request> {
        auto reopened = RequestRepository(*m_db).reopen(requestId, expectedVersion, reason);
        if (reopened)
            addRequest(change, *reopened);
        return reopened;
    });
}

Result<RequestOperations::CancelResult> OfficeService::cancel(qint64 requestId, int expectedVersion,
                                                              const QString &reason)
{
    return run<RequestOperations::CancelResult>([&](OfficeChange &change) -> Result<RequestOperations::CancelResult> {
        auto cancelled = RequestOperations(*m_db).cancel(requestId, expectedVersion, reason);
        if (!cancelled)
            return cancelled;
        addRequest(change, cancelled->request);
        for (const Engagement &e : std::as_const(cancelled->engagements))
            change.add(OfficeChange::Kind::Engagement, e.id).add(OfficeChange::Kind::Worker, e.workerId);
        for (const Invitation &i : std::as_const(cancelled->invitations))
            change.add(OfficeChange::Kind::Invitation, i.id).add(OfficeChange::Kind::Worker, i.workerId);
        if (!cancelled->workersToTell.isEmpty())
            change.add(OfficeChange::Kind::Notice, requestId);
        return cancelled;
    });
}

Result<Request> OfficeService::moveRequest(qint64 requestId, int expectedVersion, RequestStatus to,
                                           const QString &reason, bool despiteGaps)
{
    const auto requestOf = [](const auto &result) -> Result<Request> {
        if (!result)
            return result.error();
        return result->request;
    };
    switch (to) {
    case RequestStatus::Confirmed:
        return requestOf(confirm(requestId, expectedVersion));
    case RequestStatus::Cancelled:
        return requestOf(cancel(requestId, expectedVersion, reason));
    case RequestStatus::Closed:
        return close(requestId, expectedVersion, despiteGaps);
    case RequestStatus::New:
    case RequestStatus::Tagged:
    case RequestStatus::Inviting:
    case RequestStatus::Held:
        break;
    }
    return run<Request>([&](OfficeChange &change) -> Result<Request> {
        auto moved = RequestRepository(*m_db).changeStatus(requestId, expectedVersion, to, reason);
        if (moved)
            addRequest(change, *moved);
        return moved;
    });
}

Status OfficeService::markNoticeDone(qint64 noticeId)
{
    auto done = run<bool>([&](OfficeChange &change) -> Result<bool> {
        if (Status s = ChangeNoticeRepository(*m_db).markDone(noticeId); !s)
            return s.error();
        change.addAll(OfficeChange::Kind::Notice);
        return true;
    });
    return done ? Status::success() : Status(done.error());
}

} // namespace Kohtaamo
