#include "PostgresSecurity.h"

#include "Database.h"
#include "SqlQuery.h"
#include "Transaction.h"

#include <QCoreApplication>
#include <QFile>
#include <QRegularExpression>

namespace Kohtaamo {

namespace {
QString tr(const char *text)
{
    return QCoreApplication::translate("Kohtaamo::PostgresSecurity", text);
}

const QString kScript = QStringLiteral(":/kohtaamo/postgresql/kohtaamo-security.sql");

// The server's words from an error's detail ("STATEMENT: driver text", Database::databaseError).
QString serverText(const Error &error, const QString &sql)
{
    QString text = error.detail.startsWith(sql) ? error.detail.mid(sql.size() + 2) : error.detail;
    return text.section(QLatin1Char('\n'), 0, 0).trimmed();
}
} // namespace

QStringList PostgresSecurity::splitScript(const QString &script)
{
    QStringList statements;
    QStringList current;
    bool quoted = false;
    for (const QString &line : script.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!quoted && (trimmed.isEmpty() || trimmed.startsWith(QLatin1String("--"))))
            continue;
        current << line;
        if (line.count(QLatin1String("$$")) % 2 == 1)
            quoted = !quoted;
        if (!quoted && trimmed.endsWith(QLatin1Char(';'))) {
            QString statement = current.join(QLatin1Char('\n')).trimmed();
            statement.chop(1);
            statements << statement;
            current.clear();
        }
    }
    if (!current.join(QString()).trimmed().isEmpty())
        statements << current.join(QLatin1Char('\n')).trimmed();
    return statements;
}

bool PostgresSecurity::isValidLogin(const QString &login)
{
    static const QRegularExpression valid(QStringLiteral("^[a-z_][a-z0-9_.-]{0,62}$"));
    return valid.match(login).hasMatch();
}

Status PostgresSecurity::apply(Database &db)
{
    if (!db.dialect().isPostgreSQL())
        return Error(Error::Code::InvalidInput,
                     tr("Roles and row-level security are for a shared PostgreSQL database; this office is an SQLite "
                        "file, which only its owner can read."),
                     QStringLiteral("database"));
    QFile file(kScript);
    if (!file.open(QIODevice::ReadOnly))
        return Error(Error::Code::Database, tr("The security script is missing from this build."), kScript);
    const QStringList statements = splitScript(QString::fromUtf8(file.readAll()));
    Transaction tx(db);
    if (!tx.beginStatus())
        return tx.beginStatus();
    for (const QString &statement : statements) {
        if (Status s = SqlQuery::runStatement(db, statement); !s)
            return Error(Error::Code::NotAllowed,
                         tr("Setting up the roles and row-level security failed; nothing was changed. Run it as the "
                            "owner of Kohtaamo's tables with permission to create roles. (%1)")
                             .arg(serverText(s.error(), statement)),
                         s.error().detail);
    }
    return tx.commit();
}

Result<bool> PostgresSecurity::isApplied(Database &db)
{
    if (!db.dialect().isPostgreSQL())
        return false;
    SqlQuery q(db, QStringLiteral("SELECT COUNT(*) FROM pg_proc WHERE proname = ?"));
    q.bind(QStringLiteral("kohtaamo_create_login"));
    auto n = q.scalar();
    if (!n)
        return n.error();
    return n->toInt() > 0;
}

Status PostgresSecurity::createLogin(Database &db, const QString &login, const QString &password, const QString &role)
{
    auto applied = isApplied(db);
    if (!applied)
        return applied.error();
    if (!*applied)
        return Error(Error::Code::NotAllowed,
                     tr("This database has no Kohtaamo roles yet: run `kohtaamo-cli admin init-postgres` first."),
                     QStringLiteral("database"));
    const QString sql = QStringLiteral("SELECT kohtaamo_create_login(?, ?, ?)");
    SqlQuery q(db, sql);
    q.bindAll({ login, password, QString(QStringLiteral("kohtaamo_") + role) });
    if (Status s = q.exec(); !s)
        return Error(Error::Code::NotAllowed,
                     tr("The login “%1” could not be created: %2").arg(login, serverText(s.error(), sql)),
                     s.error().detail);
    return Status::success();
}

} // namespace Kohtaamo
