#pragma once

#include "common/Result.h"

#include <QString>

namespace Kohtaamo {

// Where a Kohtaamo database lives: an SQLite file (the embedded default, one coordinator) or a PostgreSQL server
// (shared by several coordinators). Parsed from what the user types: a path, "sqlite:///path" or
// "postgresql://user[:password]@host[:port]/database".
struct DatabaseLocation
{
    enum class Kind { SQLite, PostgreSQL };

    Kind kind = Kind::SQLite;
    QString path; // SQLite
    QString host; // PostgreSQL
    int port = 5432;
    QString user;
    QString password;
    QString databaseName;
    QString options; // QPSQL connect options, e.g. "sslmode=require"

    static Result<DatabaseLocation> parse(const QString &text);
    static DatabaseLocation sqlite(const QString &path);

    // For the status bar and messages: never contains the password.
    QString displayName() const;
    // Round-trippable text (without the password).
    QString toString() const;
};

} // namespace Kohtaamo
