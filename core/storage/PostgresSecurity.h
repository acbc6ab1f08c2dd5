#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace Kohtaamo {

class Database;

// A shared PostgreSQL database where each coordinator connects as their own login (docs/shared-database.md): the
// group roles, privileges, row-level security policies and the append-only audit log of
// packaging/postgresql/kohtaamo-security.sql, and the logins of coordinators.
class PostgresSecurity
{
public:
    // Runs the security script in one transaction. The connection must own Kohtaamo's tables (or be a superuser)
    // and may create roles. Running it again replaces what it made.
    static Status apply(Database &db);

    // Creates the login `login` with `password` in the group role of `role` ("admin", "coordinator", "viewer"), or
    // gives an existing login that password and group. Needs apply() first and a connection that may create roles.
    // Runs inside the caller's transaction.
    static Status createLogin(Database &db, const QString &login, const QString &password, const QString &role);

    // Whether apply() has been run on this database (its helper functions exist).
    static Result<bool> isApplied(Database &db);

    // The statements of a script: each ends with a semicolon at the end of a line, outside dollar quotes; lines that
    // start with "--" outside dollar quotes are comments.
    static QStringList splitScript(const QString &script);

    // A login name Kohtaamo accepts: lower-case letters, digits, '_', '.', '-', starting with a letter or '_', at
    // most 63 characters (so that it is the same name quoted or not, and the coordinator's username).
    static bool isValidLogin(const QString &login);
};

} // namespace Kohtaamo
