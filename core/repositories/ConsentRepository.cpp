#include "ConsentRepository.h"

#include "common/Plausibility.h"
#include "storage/Database.h"
#include "storage/RecordStore.h"
#include "storage/SqlQuery.h"
#include "storage/Transaction.h"

#include <QJsonObject>
#include <QLocale>

namespace Kohtaamo {

namespace {
const QString kTable = QStringLiteral("consents");
const QString kColumns = QStringLiteral("id, version, worker_id, scope, given_on, expires_on, withdrawn_on, "
                                        "recorded_by, guardian_name, note, supersedes_id");
constexpr int kMaxGuardianNameLength = Plausibility::kMaxNameLength;

Consent fromQuery(const SqlQuery &q)
{
    Consent c;
    c.id = q.value(0).toLongLong();
    c.version = q.value(1).toInt();
    c.workerId = q.value(2).toLongLong();
    c.scope = consentScopeFromCode(q.value(3).toString()).value_or(ConsentScope::Contact);
    c.givenOn = SqlQuery::toDate(q.value(4));
    c.expiresOn = SqlQuery::toDate(q.value(5));
    c.withdrawnOn = SqlQuery::toDate(q.value(6));
    c.recordedBy = q.value(7).isNull() ? 0 : q.value(7).toLongLong();
    c.guardianName = q.value(8).toString();
    c.note = q.value(9).toString();
    c.supersedesId = q.value(10).isNull() ? 0 : q.value(10).toLongLong();
    return c;
}

QString date(const QDate &d)
{
    return QLocale().toString(d, QLocale::ShortFormat);
}

Error invalid(const QString &message, const char *field)
{
    return Error(Error::Code::InvalidInput, message, QString::fromLatin1(field));
}
} // namespace

ConsentRepository::ConsentRepository(Database &db) : m_db(db) { }

QString ConsentRepository::scopeName(ConsentScope scope)
{
    switch (scope) {
    case ConsentScope::Contact:
        return tr("contact for commissions");
    case ConsentScope::SensitiveBackground:
        return tr("sensitive background data");
    case ConsentScope::PublicAppearance:
        return tr("public appearance");
    case ConsentScope::PhotoRecording:
        return tr("photographs and recordings");
    case ConsentScope::Guardian:
        return tr("guardian's consent");
    }
    return toCode(scope);
}

QString ConsentRepository::label(const Consent &consent) const
{
    SqlQuery q(m_db, QStringLiteral("SELECT display_name FROM workers WHERE id = ?"));
    q.bind(consent.workerId);
    auto name = q.scalar();
    if (!name)
        return tr("The consent “%1”").arg(scopeName(consent.scope));
    return tr("The consent “%1” of %2").arg(scopeName(consent.scope), name->toString());
}

Result<QVector<Consent>> ConsentRepository::load(const QString &where, const QVariantList &binds, const QString &order)
{
    // `where` and `order` are written in this file; values are bound.
    SqlQuery q(m_db,
               QStringLiteral("SELECT %1 FROM consents%2 ORDER BY %3")
                   .arg(kColumns, where.isEmpty() ? QString() : QStringLiteral(" WHERE ") + where, order));
    q.bindAll(binds);
    if (Status s = q.exec(); !s)
        return s.error();
    QVector<Consent> result;
    while (q.next())
        result.append(fromQuery(q));
    return result;
}

Result<Consent> ConsentRepository::get(qint64 id)
{
    auto loaded = load(QStringLiteral("id = ?"), { id }, QStringLiteral("id"));
    if (!loaded)
        return loaded.error();
    if (loaded->isEmpty())
        return RecordStore::notFound(tr("Consent #%1").arg(id));
    return loaded->first();
}

Result<QVector<Consent>> ConsentRepository::listForWorker(qint64 workerId)
{
    auto loaded = load(QStringLiteral("worker_id = ?"), { workerId }, QStringLiteral("given_on, id"));
    if (!loaded || !loaded->isEmpty())
        return loaded;
    SqlQuery exists(m_db, QStringLiteral("SELECT COUNT(*) FROM workers WHERE id = ?"));
    exists.bind(workerId);
    auto count = exists.scalar();
    if (!count)
        return count.error();
    if (count->toInt() == 0)
        return RecordStore::notFound(tr("Worker #%1").arg(workerId));
    return loaded;
}

Result<QVector<Consent>> ConsentRepository::listAll()
{
    return load(QString(), {}, QStringLiteral("worker_id, given_on, id"));
}

Status ConsentRepository::validate(const Consent &consent)
{
    const QString guardian = consent.guardianName.trimmed();
    if (consent.workerId <= 0)
        return invalid(tr("Choose the worker who gave the consent."), "workerId");
    if (toCode(consent.scope).isEmpty())
        return invalid(tr("The consent's scope is not one Kohtaamo knows."), "scope");
    if (!consent.givenOn.isValid())
        return invalid(tr("Enter the date the consent was given."), "givenOn");
    if (consent.expiresOn.isValid() && consent.expiresOn < consent.givenOn)
        return invalid(tr("A consent cannot expire (%1) before it was given (%2).")
                           .arg(date(consent.expiresOn), date(consent.givenOn)),
                       "expiresOn");
    if (consent.withdrawnOn.isValid() && consent.withdrawnOn < consent.givenOn)
        return invalid(tr("A consent cannot be withdrawn (%1) before it was given (%2).")
                           .arg(date(consent.withdrawnOn), date(consent.givenOn)),
                       "withdrawnOn");
    if (consent.scope == ConsentScope::Guardian && guardian.isEmpty())
        return invalid(tr("Enter the name of the guardian who gave the consent."), "guardianName");
    if (guardian.size() > kMaxGuardianNameLength)
        return invalid(tr("The guardian's name is longer than %1 characters.").arg(kMaxGuardianNameLength),
                       "guardianName");
    if (Status s = Plausibility::checkLength(consent.note, Plausibility::kMaxNoteLength, "note"); !s)
        return s;
    if (consent.recordedBy < 0)
        return invalid(tr("The coordinator who recorded the consent is not valid."), "recordedBy");
    if (consent.supersedesId < 0 || (consent.id != 0 && consent.supersedesId == consent.id))
        return invalid(tr("The consent being replaced is not valid."), "supersedesId");
    return Status::success();
}

Status ConsentRepository::checkAgainstDatabase(const Consent &c)
{
    // One round trip for both (an import records tens of thousands of consents).
    SqlQuery q(m_db,
               QStringLiteral("SELECT (SELECT COUNT(*) FROM workers WHERE id = ?), "
                              "(SELECT COUNT(*) FROM coordinators WHERE id = ?)"));
    q.bindAll({ c.workerId, c.recordedBy });
    auto workers = q.scalar(); // the first column; the row stays for the second
    if (!workers)
        return workers.error();
    if (workers->toInt() == 0)
        return invalid(tr("Worker #%1 does not exist; someone may have removed them.").arg(c.workerId), "workerId");
    if (c.recordedBy != 0 && q.value(1).toInt() == 0)
        return invalid(tr("Coordinator #%1 does not exist.").arg(c.recordedBy), "recordedBy");
    q.raw().finish();
    return Status::success();
}

Result<Consent> ConsentRepository::record(const Consent &consent, std::optional<int> supersededVersion)
{
    if (consent.id != 0)
        return Error(Error::Code::NotAllowed,
                     tr("A recorded consent is never changed afterwards. Withdraw it, or record a new consent that "
                        "replaces it."),
                     QStringLiteral("id"));
    if (Status s = validate(consent); !s)
        return s.error();
    if (consent.withdrawnOn.isValid())
        return invalid(tr("Record the consent first; withdraw it afterwards if it has been withdrawn."), "withdrawnOn");
    Consent c = consent;
    c.guardianName = c.guardianName.trimmed();
    c.version = 0;

    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    if (Status s = checkAgainstDatabase(c); !s)
        return s.error();
    RecordStore store(m_db);

    Consent superseded;
    if (c.supersedesId != 0) {
        auto old = get(c.supersedesId);
        if (!old)
            return old.error().code == Error::Code::NotFound
                ? Error(Error::Code::NotFound,
                        tr("The consent being replaced (#%1) no longer exists; someone may have removed it.")
                            .arg(c.supersedesId))
                : old.error();
        superseded = *old;
        if (superseded.workerId != c.workerId)
            return invalid(tr("A consent can only replace an earlier consent of the same worker."), "supersedesId");
        if (superseded.scope != c.scope)
            return invalid(tr("A consent for “%1” cannot replace one for “%2”.")
                               .arg(scopeName(c.scope), scopeName(superseded.scope)),
                           "supersedesId");
        if (supersededVersion && *supersededVersion != superseded.version)
            return store.conflict(kTable, superseded.id, label(superseded));
        if (superseded.withdrawnOn.isValid())
            return Error(Error::Code::NotAllowed,
                         tr("%1 was already withdrawn on %2, so there is nothing to replace. Record the new consent "
                            "on its own.")
                             .arg(label(superseded), date(superseded.withdrawnOn)),
                         QStringLiteral("supersedesId"));
        SqlQuery replaced(m_db, QStringLiteral("SELECT COUNT(*) FROM consents WHERE supersedes_id = ?"));
        replaced.bind(superseded.id);
        auto count = replaced.scalar();
        if (!count)
            return count.error();
        if (count->toInt() > 0)
            return Error(Error::Code::NotAllowed, tr("%1 has already been replaced.").arg(label(superseded)),
                         QStringLiteral("supersedesId"));
        if (c.givenOn < superseded.givenOn)
            return invalid(tr("The new consent (given %1) cannot be older than the one it replaces (given %2).")
                               .arg(date(c.givenOn), date(superseded.givenOn)),
                           "givenOn");
    }

    Row row;
    row.set(QStringLiteral("worker_id"), c.workerId)
        .set(QStringLiteral("scope"), toCode(c.scope))
        .set(QStringLiteral("given_on"), SqlQuery::fromDate(c.givenOn))
        .set(QStringLiteral("expires_on"), SqlQuery::fromDate(c.expiresOn))
        .set(QStringLiteral("withdrawn_on"), SqlQuery::fromDate(QDate()))
        .set(QStringLiteral("recorded_by"), SqlQuery::fromId(c.recordedBy))
        .set(QStringLiteral("guardian_name"), c.guardianName)
        .set(QStringLiteral("note"), c.note)
        .set(QStringLiteral("supersedes_id"), SqlQuery::fromId(c.supersedesId));
    auto id = store.insert(kTable, row);
    if (!id)
        return id.error();

    if (c.supersedesId != 0) {
        Row withdrawal;
        withdrawal.set(QStringLiteral("withdrawn_on"), SqlQuery::fromDate(c.givenOn));
        const QJsonObject why { { QStringLiteral("superseded_by"), QJsonObject { { QStringLiteral("new"), *id } } } };
        auto version = store.update(kTable, superseded.id, superseded.version, withdrawal, label(superseded), why);
        if (!version)
            return version.error();
    }
    auto stored = get(*id);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

Result<Consent> ConsentRepository::withdraw(qint64 consentId, int expectedVersion, const QDate &on)
{
    if (!on.isValid())
        return invalid(tr("Enter the date the consent was withdrawn."), "withdrawnOn");

    Transaction tx(m_db);
    if (!tx.beginStatus())
        return tx.beginStatus().error();
    RecordStore store(m_db);
    auto current = get(consentId);
    if (!current)
        return current.error();
    const QString name = label(*current);
    if (current->version != expectedVersion)
        return store.conflict(kTable, consentId, name);
    if (current->withdrawnOn.isValid())
        return Error(Error::Code::NotAllowed,
                     tr("%1 was already withdrawn on %2.").arg(name, date(current->withdrawnOn)),
                     QStringLiteral("withdrawnOn"));
    if (on < current->givenOn)
        return invalid(
            tr("A consent cannot be withdrawn (%1) before it was given (%2).").arg(date(on), date(current->givenOn)),
            "withdrawnOn");

    Row row;
    row.set(QStringLiteral("withdrawn_on"), SqlQuery::fromDate(on));
    auto version = store.update(kTable, consentId, expectedVersion, row, name);
    if (!version)
        return version.error();
    auto stored = get(consentId);
    if (!stored)
        return stored.error();
    if (Status s = tx.commit(); !s)
        return s.error();
    return stored;
}

} // namespace Kohtaamo
