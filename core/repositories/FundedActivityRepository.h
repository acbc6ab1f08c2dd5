#pragma once

#include "common/Result.h"
#include "domain/FundedActivity.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

class Database;

// The funded activities (schema 12): what a funder pays for and asks a results report of. Never deleted: an activity
// that ended is saved with `active` cleared.
class FundedActivityRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::FundedActivityRepository)
public:
    explicit FundedActivityRepository(Database &db);

    Result<QVector<FundedActivity>> list(); // by name
    Result<FundedActivity> get(qint64 id);
    Result<FundedActivity> findByName(const QString &name);
    // A new activity (id 0) or a change of one read at its version. Returns what was stored.
    Result<FundedActivity> save(const FundedActivity &activity);

    static Status validate(const FundedActivity &activity);

private:
    Database &m_db;
};

} // namespace Kohtaamo
