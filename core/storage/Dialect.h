#pragma once

#include <QString>

namespace Kohtaamo {

// Everything that differs between SQLite and PostgreSQL, in one place. Repositories write portable SQL
// (standard types, INSERT ... RETURNING, ON CONFLICT) and ask the dialect for the rest.
class Dialect
{
public:
    enum class Kind { SQLite, PostgreSQL };

    explicit Dialect(Kind kind = Kind::SQLite)
        : m_kind(kind)
    {
    }

    Kind kind() const { return m_kind; }
    bool isSQLite() const { return m_kind == Kind::SQLite; }
    bool isPostgreSQL() const { return m_kind == Kind::PostgreSQL; }
    QString name() const { return isSQLite() ? QStringLiteral("SQLite") : QStringLiteral("PostgreSQL"); }

    // Replaces the type placeholders of a schema script ({{ID}}, {{REAL}}, {{TIMESTAMP}}).
    QString schemaScript(QString script) const;

    // One row per user table of the current schema, column 0 the name.
    QString listTablesSql() const;

    // Serialises migrations between coordinators starting Kohtaamo at once; empty when not needed.
    QString migrationLockSql() const;

    // Case-insensitive "contains" for search-as-you-type; the pattern is bound, never spliced.
    QString containsInsensitive(const QString &column) const;

private:
    Kind m_kind;
};

} // namespace Kohtaamo
