// OfficeService: the session (who is working, the change signal, NOTIFY/LISTEN), coordinators and the office's
// settings. The use cases of each feature are in their own file: OfficeRequests.cpp, ...
#include "OfficeRun.h"

#include "common/OfficeTimeZone.h"

#include "repositories/CoordinatorRepository.h"
#include "repositories/OfficeSettingsRepository.h"
#include "repositories/OrganisationRepository.h"
#include "storage/SqlQuery.h"

#include <QCoreApplication>
#include <QSqlDriver>
#include <QSqlError>

namespace Kohtaamo {

namespace {
const QString kChannel = QStringLiteral("kohtaamo_changes");
constexpr int kMaxPayload = 7000; // PostgreSQL allows 8000 bytes

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

Result<std::unique_ptr<OfficeService>> OfficeService::open(const DatabaseLocation &location, const OpenOptions &options)
{
    Database::OpenOptions how;
    how.create = options.create;
    how.requireWrite = options.requireWrite;
    how.readOnly = options.readOnly;
    auto db = Database::open(location, how);
    if (!db)
        return db.error();
    return std::make_unique<OfficeService>(std::move(db).value());
}

bool OfficeService::isReadOnly() const
{
    return m_db->isReadOnly();
}

bool OfficeService::lacksWritePermission() const
{
    return m_db->lacksWritePermission();
}

const DatabaseLocation &OfficeService::location() const
{
    return m_db->location();
}

QString OfficeService::openedAs() const
{
    return m_db->actor();
}

void OfficeService::actAsTool(const QString &name)
{
    m_db->setActor(name);
    m_db->setActorId(0);
    m_coordinator = Coordinator();
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

Status OfficeService::requireWriter() const
{
    if (m_db->lacksWritePermission())
        return Error(Error::Code::NotAllowed,
                     tr("This office is open read-only: you have no permission to write to “%1”. Nothing was "
                        "changed.")
                         .arg(m_db->location().displayName()),
                     QStringLiteral("permission"));
    if (m_db->isReadOnly())
        return Error(Error::Code::NotAllowed, tr("This office is open read-only. Nothing was changed."),
                     QStringLiteral("permission"));
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
    if (m_db->isReadOnly()) {
        // Nothing can be recorded in an office open read-only: work as a reader under the login name.
        m_coordinator = Coordinator();
        m_coordinator.username = username;
        m_coordinator.displayName = login.trimmed();
        m_coordinator.role = CoordinatorRole::Viewer;
        return Status::success();
    }
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
        auto stored = OfficeSettingsRepository(*m_db).save(settings);
        if (stored)
            change.add(OfficeChange::Kind::Settings, kOfficeSettingsRecord);
        return stored;
    });
}

Status OfficeService::applyTimeZone()
{
    auto settings = officeSettings();
    if (!settings)
        return settings.error();
    if (Status s = OfficeTimeZone::apply(settings->timeZone); !s)
        return s;
    if (!m_appliesTimeZone) {
        m_appliesTimeZone = true;
        // An admin changed the settings, here or elsewhere (NOTIFY): the zone follows before the views hear of it,
        // this being the window's first connection to the signal.
        connect(this, &OfficeService::changed, this, [this](const OfficeChange &change) {
            if (change.touches(OfficeChange::Kind::Settings, kOfficeSettingsRecord))
                if (auto now = officeSettings())
                    OfficeTimeZone::apply(now->timeZone);
        });
    }
    return Status::success();
}

// --- organisations ---

Result<QVector<Organisation>> OfficeService::organisations()
{
    return OrganisationRepository(*m_db).list();
}

} // namespace Kohtaamo
