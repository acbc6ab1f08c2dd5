#include "OrganisationRepository.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace Kohtaamo {

namespace {
const QString kColumns = QStringLiteral("id, version, name, short_name, region, contact, notes, active");

Organisation fromQuery(SqlQuery &q)
{
    Organisation o;
    o.id = q.value(0).toLongLong();
    o.version = q.value(1).toInt();
    o.name = q.value(2).toString();
    o.shortName = q.value(3).toString();
    o.region = q.value(4).toString();
    o.contact = q.value(5).toString();
    o.notes = q.value(6).toString();
    o.active = q.value(7).toBool();
    return o;
}
} // namespace

OrganisationRepository::OrganisationRepository(Database &db) : m_db(db) { }

Result<QVector<Organisation>> OrganisationRepository::list()
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM organisations ORDER BY name, id").arg(kColumns));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Organisation> result;
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

Result<Organisation> OrganisationRepository::get(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM organisations WHERE id = ?").arg(kColumns));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return RecordStore::notFound(tr("Organisation #%1").arg(id));
    return fromQuery(q);
}

Result<Organisation> OrganisationRepository::findByName(const QString &name)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM organisations WHERE name = ?").arg(kColumns));
    q.bind(name.trimmed());
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return RecordStore::notFound(tr("Organisation “%1”").arg(name));
    return fromQuery(q);
}

Status OrganisationRepository::validate(const Organisation &o)
{
    if (o.name.trimmed().isEmpty())
        return Error(Error::Code::InvalidInput, tr("An organisation needs a name."), QStringLiteral("name"));
    if (o.name.trimmed().size() > 200)
        return Error(Error::Code::InvalidInput, tr("The organisation's name is longer than 200 characters."),
                     QStringLiteral("name"));
    return Status::success();
}

Result<Organisation> OrganisationRepository::save(const Organisation &organisation)
{
    if (Status s = validate(organisation); !s)
        return s.error();
    Organisation o = organisation;
    o.name = o.name.trimmed();

    Row row;
    row.set(QStringLiteral("name"), o.name)
        .set(QStringLiteral("short_name"), o.shortName.trimmed())
        .set(QStringLiteral("region"), o.region.trimmed())
        .set(QStringLiteral("contact"), o.contact.trimmed())
        .set(QStringLiteral("notes"), o.notes)
        .set(QStringLiteral("active"), o.active);

    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    // A duplicate name is the user's mistake, not a database failure: say so plainly. Checked inside the
    // transaction, so that the names seen are the names the save is written among.
    SqlQuery dup(m_db, QStringLiteral("SELECT COUNT(*) FROM organisations WHERE name = ? AND id <> ?"));
    dup.bindAll({ o.name, o.id });
    auto count = dup.scalar();
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return Error(Error::Code::InvalidInput, tr("An organisation called “%1” already exists.").arg(o.name),
                     QStringLiteral("name"));

    RecordStore store(m_db);
    if (o.id == 0) {
        auto id = store.insert(QStringLiteral("organisations"), row);
        if (!id)
            return id.error();
        o.id = *id;
        o.version = 1;
    } else {
        auto version = store.update(QStringLiteral("organisations"), o.id, o.version, row,
                                    tr("The organisation “%1”").arg(o.name));
        if (!version)
            return version.error();
        o.version = *version;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return o;
}

} // namespace Kohtaamo
