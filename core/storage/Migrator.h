#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>

namespace Kohtaamo {

class Database;

// Versioned, transactional schema migrations in the manner of KMyMoney: an ordered list of steps, one per schema
// version, each applied inside its own transaction that rolls back completely on failure. The version is stored in
// the kohtaamo_meta table together with the application name that marks a database as Kohtaamo's.
class Migrator
{
public:
    struct Step
    {
        int version = 0;
        QString description;
        QStringList scripts; // resource paths, applied in order
        // Work that SQL cannot do (hashing), run after the scripts in the step's transaction; may be empty.
        std::function<Status(Database &)> after = {};
    };

    enum class State { Empty, Kohtaamo, Foreign };
    struct Inspection
    {
        State state = State::Empty;
        int version = 0;
    };

    static const QVector<Step> &steps();
    static int currentVersion();

    // What kind of database this is; changes nothing.
    static Result<Inspection> inspect(Database &db);

    // Brings an empty or older Kohtaamo database up to targetVersion (-1 = current) with the given steps.
    static Status migrate(Database &db, int targetVersion = -1);
    static Status migrate(Database &db, int targetVersion, const QVector<Step> &steps);

    static QStringList splitStatements(const QString &script);

private:
    static Status applyStep(Database &db, const Step &step);
};

} // namespace Kohtaamo
