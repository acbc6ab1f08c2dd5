#pragma once

#include <QString>
#include <QVariantList>

namespace Kohtaamo {

// Everything that differs between SQLite and PostgreSQL, in one place. Repositories write portable SQL
// (standard types, INSERT ... RETURNING, ON CONFLICT) and ask the dialect for the rest.
class Dialect
{
public:
    enum class Kind { SQLite, PostgreSQL };

    explicit Dialect(Kind kind = Kind::SQLite) : m_kind(kind) { }

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
    // Serialises imports of a whole office (kohtaamo-cli import) into one database: the second waits for the first
    // to commit and then finds the office there. Empty on SQLite, where a write transaction has the file to itself.
    QString importLockSql() const;

    // Case-insensitive "contains" for search-as-you-type; the pattern is bound, never spliced.
    QString containsInsensitive(const QString &column) const;

    // Case-insensitive "contains" that folds letters beyond ASCII too (ä/Ä, ö/Ö, å/Å): SQLite's LIKE and lower()
    // fold ASCII only. Bind containsTextValues(text) to the condition's placeholders, in order. Wildcards in the text
    // match themselves.
    QString containsText(const QString &column) const;
    QVariantList containsTextValues(const QString &text) const;

    // PostgreSQL: a word of the column starts with `word` (letters and digits only), whatever the case; a word is a
    // run of letters and digits. Bind startsWordValue(word). SQLite looks this up in its word index instead
    // (RequestInboxQuery), and has no such condition.
    QString startsWord(const QString &column) const;
    static QVariant startsWordValue(const QString &word);

    // The local calendar date of a stored instant (a {{TIMESTAMP}} column or an aggregate of one), comparable with a
    // DATE column and a bound QDate. PostgreSQL uses the session's time zone.
    QString localDate(const QString &instant) const;

private:
    Kind m_kind;
};

} // namespace Kohtaamo
