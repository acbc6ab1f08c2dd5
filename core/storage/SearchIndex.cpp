#include "SearchIndex.h"

#include "Database.h"
#include "SqlQuery.h"

#include <QCoreApplication>
#include <QStringList>

namespace Kohtaamo {

namespace {
const QString kSavepoint = QStringLiteral("kohtaamo_trigram_search");
const QStringList kColumns { QStringLiteral("reference"), QStringLiteral("title"), QStringLiteral("requester_name"),
                             QStringLiteral("requester_unit") };

Result<bool> hasTrigramExtension(Database &db)
{
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM pg_extension WHERE extname = ?"));
    q.bind(QStringLiteral("pg_trgm"));
    auto n = q.scalar();
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

// Statements that may fail for want of the extension or a privilege, as one unit: all of them or none.
Status tryStatements(Database &db, const QStringList &statements)
{
    if (Status s = SqlQuery::runStatement(db, QStringLiteral("SAVEPOINT ") + kSavepoint); !s)
        return s;
    for (const QString &statement : statements) {
        if (Status s = SqlQuery::runStatement(db, statement); !s) {
            if (Status back = SqlQuery::runStatement(db, QStringLiteral("ROLLBACK TO SAVEPOINT ") + kSavepoint); !back)
                return back;
            return s;
        }
    }
    return SqlQuery::runStatement(db, QStringLiteral("RELEASE SAVEPOINT ") + kSavepoint);
}
} // namespace

const QStringList &SearchIndex::trigramIndexNames()
{
    static const QStringList names = [] {
        QStringList all;
        for (const QString &column : kColumns)
            all << QStringLiteral("requests_trgm_") + column;
        return all;
    }();
    return names;
}

Status SearchIndex::installTrigramIndexes(Database &db)
{
    if (!db.dialect().isPostgreSQL())
        return Status::success();
    auto present = hasTrigramExtension(db);
    if (!present)
        return present.error();
    if (!*present) {
        // pg_trgm is trusted since PostgreSQL 13: a database owner may create it. Without postgresql-contrib, or
        // without the privilege, the search stays plain; a warning tells the log why.
        if (Status s = tryStatements(db, { QStringLiteral("CREATE EXTENSION IF NOT EXISTS pg_trgm") }); !s) {
            qWarning("Kohtaamo: plain search, pg_trgm could not be created: %s", qPrintable(s.error().detail));
            return Status::success();
        }
    }
    QStringList statements;
    for (qsizetype i = 0; i < kColumns.size(); ++i)
        statements << QStringLiteral("CREATE INDEX IF NOT EXISTS %1 ON requests USING gin (%2 gin_trgm_ops)")
                          .arg(trigramIndexNames().at(i), kColumns.at(i));
    if (Status s = tryStatements(db, statements); !s)
        qWarning("Kohtaamo: plain search, the trigram indexes could not be created: %s", qPrintable(s.error().detail));
    return Status::success();
}

Result<SearchIndex::Kind> SearchIndex::inUse(Database &db)
{
    if (db.dialect().isSQLite())
        return Kind::SQLiteFullText;
    SqlQuery q(db,
               QStringLiteral("SELECT COUNT(*) FROM pg_indexes WHERE schemaname = current_schema() "
                              "AND tablename = ? AND indexname IN (%1)")
                   .arg(SqlQuery::placeholders(trigramIndexNames().size())));
    q.bind(QStringLiteral("requests"));
    for (const QString &name : trigramIndexNames())
        q.bind(name);
    auto n = q.scalar();
    if (!n)
        return n.error();
    return n->toInt() == trigramIndexNames().size() ? Kind::PostgresTrigram : Kind::Plain;
}

QString SearchIndex::describe(Kind kind)
{
    switch (kind) {
    case Kind::SQLiteFullText:
        return QCoreApplication::translate("Kohtaamo::SearchIndex", "fast search (SQLite full-text index)");
    case Kind::PostgresTrigram:
        return QCoreApplication::translate("Kohtaamo::SearchIndex", "fast search (pg_trgm)");
    case Kind::Plain:
        break;
    }
    return QCoreApplication::translate("Kohtaamo::SearchIndex",
                                       "plain search: ask your administrator to install postgresql-contrib");
}

} // namespace Kohtaamo
