#include "FundedActivityRepository.h"

#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

namespace Kohtaamo {

namespace {
const QString kTable = QStringLiteral("funded_activities");
const QString kColumns = QStringLiteral("id, version, name, funder, organisation_id, first_year, last_year, active");

FundedActivity fromQuery(SqlQuery &q)
{
    FundedActivity a;
    a.id = q.value(0).toLongLong();
    a.version = q.value(1).toInt();
    a.name = q.value(2).toString();
    a.funder = q.value(3).toString();
    a.organisationId = q.value(4).toLongLong();
    a.firstYear = q.value(5).toInt();
    a.lastYear = q.value(6).toInt();
    a.active = q.value(7).toBool();
    return a;
}

QVariant optionalYear(int year)
{
    return year == 0 ? QVariant(QMetaType::fromType<int>()) : QVariant(year);
}
} // namespace

FundedActivityRepository::FundedActivityRepository(Database &db) : m_db(db) { }

Result<QVector<FundedActivity>> FundedActivityRepository::list()
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM funded_activities ORDER BY name, id").arg(kColumns));
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<FundedActivity> result;
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

Result<FundedActivity> FundedActivityRepository::get(qint64 id)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM funded_activities WHERE id = ?").arg(kColumns));
    q.bind(id);
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return RecordStore::notFound(tr("Funded activity #%1").arg(id));
    return fromQuery(q);
}

Result<FundedActivity> FundedActivityRepository::findByName(const QString &name)
{
    SqlQuery q(m_db, QStringLiteral("SELECT %1 FROM funded_activities WHERE name = ?").arg(kColumns));
    q.bind(name.trimmed());
    if (Status s = q.exec(); !s)
        return s.error();
    if (!q.next())
        return RecordStore::notFound(tr("Funded activity “%1”").arg(name));
    return fromQuery(q);
}

Status FundedActivityRepository::validate(const FundedActivity &a)
{
    const auto invalid = [](const QString &message, const char *field) {
        return Error(Error::Code::InvalidInput, message, QString::fromLatin1(field));
    };
    if (a.name.trimmed().isEmpty())
        return invalid(tr("A funded activity needs a name."), "name");
    if (a.name.trimmed().size() > 200)
        return invalid(tr("The funded activity's name is longer than 200 characters."), "name");
    if (a.funder.trimmed().size() > 100)
        return invalid(tr("The funder's name is longer than 100 characters."), "funder");
    if (a.firstYear != 0 && (a.firstYear < 1990 || a.firstYear > 2100))
        return invalid(tr("The first year %1 is not a year between 1990 and 2100.").arg(a.firstYear), "firstYear");
    if (a.lastYear != 0 && (a.lastYear < 1990 || a.lastYear > 2100))
        return invalid(tr("The last year %1 is not a year between 1990 and 2100.").arg(a.lastYear), "lastYear");
    if (a.firstYear != 0 && a.lastYear != 0 && a.lastYear < a.firstYear)
        return invalid(tr("The last year comes before the first year."), "lastYear");
    return Status::success();
}

Result<FundedActivity> FundedActivityRepository::save(const FundedActivity &activity)
{
    if (Status s = validate(activity); !s)
        return s.error();
    FundedActivity a = activity;
    a.name = a.name.trimmed();
    a.funder = a.funder.trimmed();

    Row row;
    row.set(QStringLiteral("name"), a.name)
        .set(QStringLiteral("funder"), a.funder)
        .set(QStringLiteral("organisation_id"), SqlQuery::fromId(a.organisationId))
        .set(QStringLiteral("first_year"), optionalYear(a.firstYear))
        .set(QStringLiteral("last_year"), optionalYear(a.lastYear))
        .set(QStringLiteral("active"), a.active);

    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    SqlQuery dup(m_db, QStringLiteral("SELECT COUNT(*) FROM funded_activities WHERE name = ? AND id <> ?"));
    dup.bindAll({ a.name, a.id });
    auto count = dup.scalar();
    if (!count)
        return count.error();
    if (count->toInt() > 0)
        return Error(Error::Code::InvalidInput, tr("A funded activity called “%1” already exists.").arg(a.name),
                     QStringLiteral("name"));
    if (a.organisationId != 0) {
        SqlQuery org(m_db, QStringLiteral("SELECT COUNT(*) FROM organisations WHERE id = ?"));
        org.bind(a.organisationId);
        auto found = org.scalar();
        if (!found)
            return found.error();
        if (found->toInt() == 0)
            return Error(Error::Code::InvalidInput,
                         tr("Organisation #%1 does not exist; someone may have removed it.").arg(a.organisationId),
                         QStringLiteral("organisationId"));
    }

    RecordStore store(m_db);
    if (a.id == 0) {
        auto id = store.insert(kTable, row);
        if (!id)
            return id.error();
        a.id = *id;
        a.version = 1;
    } else {
        auto version = store.update(kTable, a.id, a.version, row, tr("The funded activity “%1”").arg(a.name));
        if (!version)
            return version.error();
        a.version = *version;
    }
    if (Status s = tx.commit(); !s)
        return s.error();
    return a;
}

} // namespace Kohtaamo
