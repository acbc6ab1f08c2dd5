#include "DatabaseLocation.h"

#include <QCoreApplication>
#include <QUrl>
#include <QUrlQuery>

namespace Kohtaamo {

Result<DatabaseLocation> DatabaseLocation::parse(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("Kohtaamo::DatabaseLocation", "No database was given."));

    if (trimmed.startsWith(QLatin1String("postgresql://")) || trimmed.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(trimmed, QUrl::StrictMode);
        if (!url.isValid() || url.host().isEmpty())
            return Error(Error::Code::InvalidInput,
                         QCoreApplication::translate("Kohtaamo::DatabaseLocation",
                                                     "“%1” is not a valid PostgreSQL address. Use "
                                                     "postgresql://user@host:port/database.")
                             .arg(trimmed));
        DatabaseLocation loc;
        loc.kind = Kind::PostgreSQL;
        loc.host = url.host();
        loc.port = url.port(5432);
        loc.user = url.userName();
        loc.password = url.password();
        loc.databaseName = url.path().mid(1);
        if (loc.databaseName.isEmpty())
            return Error(Error::Code::InvalidInput,
                         QCoreApplication::translate("Kohtaamo::DatabaseLocation",
                                                     "The PostgreSQL address “%1” names no database.")
                             .arg(trimmed));
        const QUrlQuery query(url);
        QStringList opts;
        for (const auto &item : query.queryItems(QUrl::FullyDecoded))
            opts << item.first + QLatin1Char('=') + item.second;
        loc.options = opts.join(QLatin1Char(';'));
        return loc;
    }

    if (trimmed.startsWith(QLatin1String("sqlite://")))
        return sqlite(QUrl(trimmed).path());
    // A file manager may hand over a local file as a file:// URL (the desktop entry's %u).
    if (trimmed.startsWith(QLatin1String("file://"))) {
        const QUrl url(trimmed);
        if (url.isLocalFile() && url.host().isEmpty())
            return sqlite(url.toLocalFile());
    }
    if (trimmed.contains(QLatin1String("://")))
        return Error(Error::Code::InvalidInput,
                     QCoreApplication::translate("Kohtaamo::DatabaseLocation",
                                                 "Unknown kind of database address “%1”: use a file path or "
                                                 "postgresql://…")
                         .arg(trimmed));
    return sqlite(trimmed);
}

DatabaseLocation DatabaseLocation::sqlite(const QString &path)
{
    DatabaseLocation loc;
    loc.kind = Kind::SQLite;
    loc.path = path;
    return loc;
}

QString DatabaseLocation::displayName() const
{
    if (kind == Kind::SQLite)
        return path;
    return QStringLiteral("%1@%2:%3/%4").arg(user, host).arg(port).arg(databaseName);
}

QString DatabaseLocation::toString() const
{
    if (kind == Kind::SQLite)
        return path;
    QUrl url;
    url.setScheme(QStringLiteral("postgresql"));
    url.setHost(host);
    url.setPort(port);
    url.setUserName(user);
    url.setPath(QLatin1Char('/') + databaseName);
    return url.toString();
}

} // namespace Kohtaamo
