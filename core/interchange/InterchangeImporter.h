#pragma once

#include "InterchangeKeys.h"
#include "InterchangeSummary.h"
#include "common/Result.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QJsonObject>

#include <optional>

class QIODevice;

namespace Kohtaamo {

class Database;
class JsonRecord;
class RequestImporter;
class JsonStreamReader;

// Reads an interchange document (docs/interchange.md) into a database, through the repositories, so that every
// record is validated and audited as if a coordinator had entered it, all in ONE transaction: the first problem
// stops the import, rolls everything back and is returned as an Error whose message names the place in the file
// (`workers[3].consents[0].scope: unknown value "foo" ...`); nothing is half-imported.
//
// The database must not hold workers, requests or knowledge entries yet: an import into one that does is refused
// with Error::Code::NotAllowed (workers have no stable key to merge by). Topics, organisations and coordinators it
// already has (the seeded taxonomy, for one) are used, not duplicated: topics by code (updated to the file's names,
// parent, flags and order), organisations by name and coordinators by username (both kept as they are). Service
// types are not created: every one the file names must exist. The office's settings are set to the file's, before
// the requests and engagements whose fees they limit.
//
// A document of a newer format version is refused with Error::Code::NewerSchema, and nothing is read from it. One of
// an older version is read as that version wrote it (InterchangeFormat::kWorkflowVersion).
class InterchangeImporter
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::InterchangeImporter)
public:
    explicit InterchangeImporter(Database &db);

    Result<InterchangeSummary> importJson(const QByteArray &json);
    // The same from a file, read a record at a time (JsonStreamReader): the whole text is checked first (JSON, NUL
    // bytes, keys given twice), then the workers, requests and knowledge entries are parsed and stored one at a time
    // in the one transaction. A device that cannot seek (standard input) is read whole first.
    Result<InterchangeSummary> importDevice(QIODevice &in);
    Result<InterchangeSummary> importObject(const QJsonObject &document);

private:
    Status checkFormat(JsonRecord &document);
    Status checkEmpty();
    Status loadExisting();
    Status auditImport();
    bool importTopics(JsonRecord &document);
    bool checkServiceTypes(JsonRecord &document);
    bool importOrganisations(JsonRecord &document);
    bool importCoordinators(JsonRecord &document);
    bool importOfficeSettings(JsonRecord &document);
    bool importKnowledge(JsonRecord &document, RequestImporter &requests);
    // A list of the document: in memory (importObject), or read an element at a time (importDevice).
    int listSize(const QJsonArray &list, const QString &key) const;
    std::optional<QJsonValue> listItem(const QJsonArray &list, const QString &key, int index);

    Database &m_db;
    InterchangeKeys m_keys;
    InterchangeSummary m_summary;
    Error m_problem;
    int m_version = 0; // the document's format version
    JsonStreamReader *m_reader = nullptr; // while importDevice() reads
};

} // namespace Kohtaamo
