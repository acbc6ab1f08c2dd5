#pragma once

#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

class QIODevice;

namespace Kohtaamo {

class Database;
class JsonStreamWriter;
struct ExportKeys;

// Writes a whole office as one interchange document (docs/interchange.md): the office's settings, the topic taxonomy,
// service types, organisations, coordinators' accounts, workers with their experiences, availability and consents,
// requests with their topics, proposed times, scope, invitations (with their histories), engagements, outcome and
// change notices, and the experience knowledge.
// Everything is read through the repositories inside one read transaction, so the document is one consistent
// picture. Records refer to each other by stable keys (topic codes, organisation names, usernames, worker keys,
// request references), never by database ids, and every list is in a fixed order, so that exporting, importing
// into an empty database and exporting again gives the same document. Database ids, versions, the audit log and
// connection details are not written.
class InterchangeExporter
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::InterchangeExporter)
public:
    explicit InterchangeExporter(Database &db);

    // The document as indented UTF-8 JSON, written to `out` a record at a time (the whole document is never in
    // memory); the bytes are those QJsonDocument::toJson(Indented) would give for the same object.
    Status exportTo(QIODevice &out);
    // The same, in memory.
    Result<QByteArray> exportJson();

private:
    Status writeRequests(JsonStreamWriter &writer, const ExportKeys &keys, qint64 first, qint64 last);

    Database &m_db;
};

} // namespace Kohtaamo
