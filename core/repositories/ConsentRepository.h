#pragma once

#include "common/Result.h"
#include "domain/Consent.h"

#include <QCoreApplication>
#include <QDate>
#include <QVector>

#include <optional>

namespace Kohtaamo {

class Database;

// Consents as a history. A consent is recorded once and never edited afterwards: it is withdrawn, or superseded by
// a new consent, which withdraws the old one on the day the new one is given. Every write is one transaction
// through RecordStore: audited and version-checked.
class ConsentRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::ConsentRepository)
public:
    explicit ConsentRepository(Database &db);

    Result<Consent> get(qint64 id);
    // One worker's consents, oldest first (by the day given, then id). NotFound if the worker does not exist.
    Result<QVector<Consent>> listForWorker(qint64 workerId);
    // Every consent, by worker, then day given, then id; one query, for the matching.
    Result<QVector<Consent>> listAll();

    // Records a new consent (its id must be 0 and it cannot already be withdrawn). If it supersedes an earlier
    // consent of the same worker and scope, that one is withdrawn on the day the new one is given, in the same
    // transaction. supersededVersion is the version the caller read the superseded consent at; when given, a
    // consent changed since is a Conflict. Returns the new consent as stored.
    Result<Consent> record(const Consent &consent, std::optional<int> supersededVersion = std::nullopt);

    // Withdraws a consent read at expectedVersion on the given day (not before it was given). Returns the consent
    // as stored. A consent that is already withdrawn stays as it is (NotAllowed).
    Result<Consent> withdraw(qint64 consentId, int expectedVersion, const QDate &on);

    // The rules that need no database.
    static Status validate(const Consent &consent);
    // The scope as the user reads it ("public appearance").
    static QString scopeName(ConsentScope scope);

private:
    Result<QVector<Consent>> load(const QString &where, const QVariantList &binds, const QString &order);
    Status checkAgainstDatabase(const Consent &consent);
    QString label(const Consent &consent) const;

    Database &m_db;
};

} // namespace Kohtaamo
