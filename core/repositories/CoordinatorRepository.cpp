#include "CoordinatorRepository.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QRegularExpression>

namespace Kohtaamo {

namespace {
const QString kTable = QStringLiteral("coordinators");
const QString kColumns = QStringLiteral("id, version, username, display_name, email, role, organisation_id, active");
constexpr int kMaxUsernameLength = 64;
constexpr int kMaxNameLength = 200;

Coordinator fromQuery(const SqlQuery &q)
{
    Coordinator c;
    c.id = q.value(0).toLongLong();
    c.version = q.value(1).toInt();
    c.username = q.value(2).toString();
    c.displayName = q.value(3).toString();
    c.email = q.value(4).toString();
    c.role = coordinatorRoleFromCode(q.value(5).toString()).value_or(CoordinatorRole::Viewer);
    c.organisationId = q.value(6).isNull() ? 0 : q.value(6).toLongLong();
    c.active = q.value(7).toBool();
    return c;
}

Coordinator normalised(Coordinator c)
{
    c.username = c.username.trimmed().toLower();
    c.displayName = c.displayName.trimmed();
    c.email = c.email.trimmed();
    return c;
}

Row coordinatorRow(const Coordinator &c)
{
    Row row;
    row.set(QStringLiteral("username"), c.username)
        .set(QStringLiteral("display_name"), c.displayName)
        .set(QStringLiteral("email"), c.email)
        .set(QStringLiteral("role"), toCode(c.role))
        .set(QStringLiteral("organisation_id"), SqlQuery::fromId(c.organisationId))
        .set(QStringLiteral("active"), c.active);
    return row;
}

Error invalid(const QString &message, const char *field)
{
    return Error(Error::Code::InvalidInput, message, QString::fromLatin1(field));
}
} // namespace

CoordinatorRepository::CoordinatorRepository(Database &db) : m_db(db) { }

Result<QVector<Coordinator>> CoordinatorRepository::list()
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM coordinators ORDER BY display_name, id").arg(kColumns));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Coordinator> result;
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

Result<Coordinator> CoordinatorRepository::get(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM coordinators WHERE id = ?").arg(kColumns));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return RecordStore::notFound(tr("Coordinator #%1").arg(id));
    return fromQuery(q);
}

Result<Coordinator> CoordinatorRepository::findByUsername(const QString &username)
{
    const QString wanted = username.trimmed().toLower();
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM coordinators WHERE lower(username) = ? ORDER BY id").arg(kColumns));
    q.bind(wanted);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return RecordStore::notFound(tr("The user “%1”").arg(wanted));
    return fromQuery(q);
}

Status CoordinatorRepository::validate(const Coordinator &coordinator)
{
    static const QRegularExpression usernamePattern(QStringLiteral("^[a-z0-9][a-z0-9._@-]*$"));
    static const QRegularExpression email(QStringLiteral("^[^@\\s]+@[^@\\s]+\\.[^@\\s.]{2,}$"));
    const Coordinator c = normalised(coordinator);
    if (c.username.isEmpty())
        return invalid(tr("A coordinator needs a username."), "username");
    if (c.username.size() > kMaxUsernameLength || !usernamePattern.match(c.username).hasMatch())
        return invalid(tr("“%1” cannot be a username: use letters a–z, digits and the characters . _ @ -, at most "
                          "%2 characters, without spaces.")
                           .arg(c.username)
                           .arg(kMaxUsernameLength),
                       "username");
    if (c.displayName.isEmpty())
        return invalid(tr("A coordinator needs a name."), "displayName");
    if (c.displayName.size() > kMaxNameLength)
        return invalid(tr("The coordinator's name is longer than %1 characters.").arg(kMaxNameLength), "displayName");
    if (!c.email.isEmpty() && !email.match(c.email).hasMatch())
        return invalid(tr("“%1” is not an email address.").arg(c.email), "email");
    if (c.organisationId < 0)
        return invalid(tr("The organisation is not valid."), "organisationId");
    return Status::success();
}

Result<Coordinator> CoordinatorRepository::save(const Coordinator &coordinator)
{
    if (Status s = validate(coordinator); !s)
        return s.error();
    Coordinator c = normalised(coordinator);

    SqlQuery dup(m_db, QStringLiteral("SELECT COUNT(*) FROM coordinators WHERE lower(username) = ? AND id <> ?"));
    dup.bindAll({ c.username, c.id });
    auto count = dup.scalar();
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return invalid(tr("The username “%1” is already taken.").arg(c.username), "username");
    if (c.organisationId != 0) {
        SqlQuery org(m_db, QStringLiteral("SELECT COUNT(*) FROM organisations WHERE id = ?"));
        org.bind(c.organisationId);
        auto found = org.scalar();
        if (!found)
            return found.error();
        if (found->toInt() == 0)
            return invalid(tr("Organisation #%1 does not exist; someone may have removed it.").arg(c.organisationId),
                           "organisationId");
    }

    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    RecordStore store(m_db);
    if (c.id == 0) {
        auto id = store.insert(kTable, coordinatorRow(c));
        if (!id)
            return id.error();
        c.id = *id;
        c.version = 1;
    } else {
        auto version
            = store.update(kTable, c.id, c.version, coordinatorRow(c), tr("The coordinator “%1”").arg(c.displayName));
        if (!version)
            return version.error();
        c.version = *version;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return c;
}

} // namespace Kohtaamo
