#pragma once

#include "common/Result.h"

#include <QString>
#include <QStringList>

namespace Kohtaamo {

class Database;

// The indexes behind searching the request inbox as you type (schema versions 5 and 20, docs/performance.md): on
// SQLite two FTS5 tables, always there; on PostgreSQL GIN trigram indexes when the server has the pg_trgm extension
// (postgresql-contrib), else none, and the same searches read the table, slower but with the same results.
class SearchIndex
{
public:
    enum class Kind {
        SQLiteFullText, // FTS5: trigrams for words of three or more characters, word starts for shorter ones
        PostgresTrigram, // pg_trgm GIN indexes over the four searched columns
        Plain, // PostgreSQL without pg_trgm: every search reads the requests
    };

    // The GIN indexes' names, one per searched column of requests.
    static const QStringList &trigramIndexNames();

    // PostgreSQL: creates pg_trgm if it is missing and the server lets this login, and the trigram indexes if the
    // extension is there. Without either it changes nothing and succeeds (the search then reads the table). Runs
    // inside the caller's transaction; a failed attempt is rolled back to a savepoint so the transaction goes on.
    // Nothing to do on SQLite.
    static Status installTrigramIndexes(Database &db);

    // Which search this database uses now (PostgreSQL: whether all the trigram indexes exist).
    static Result<Kind> inUse(Database &db);
    // What Settings ▸ Database and `kohtaamo-cli info` say of it, translated.
    static QString describe(Kind kind);
};

} // namespace Kohtaamo
