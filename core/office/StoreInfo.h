#pragma once

#include <QPair>
#include <QString>
#include <QVector>

namespace Kohtaamo {

// What `kohtaamo-cli info` shows of an office's database: where it is, which kind, its schema version, which search
// it uses and how many rows its main tables hold.
struct StoreInfo
{
    QString where; // the file or the PostgreSQL address, without a password
    QString kind; // "SQLite" or "PostgreSQL"
    int schemaVersion = 0;
    QString search; // which inbox search is in use (SearchIndex::describe), translated
    QVector<QPair<QString, qint64>> tables; // table name, rows
};

} // namespace Kohtaamo
