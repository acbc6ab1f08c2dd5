#pragma once

#include "InterchangeKeys.h"
#include "InterchangeSummary.h"
#include "common/Result.h"
#include "domain/InvitationEvent.h"
#include "domain/Request.h"
#include "repositories/RequestBulkWriter.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace Kohtaamo {

class Database;
class JsonRecord;

// Part of InterchangeImporter: reads one request of an interchange file with everything that follows from it and
// checks it with the repositories' own rules, in memory: the request as RequestRepository::save checks and stores
// it (New, then walked through the workflow to the status the file gives, RequestWorkflow::walk, each step in the
// status history); its invitations made once it is inviting, before it is confirmed (each with its history as the
// file gives it, from format version 2), its engagements, outcome and change notices after. What passes is written
// by RequestBulkWriter in multi-row statements (an office of 40,000 requests would otherwise take millions of round
// trips to a PostgreSQL server). Problems go into the import's shared Error, naming the place.
class RequestImporter
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::RequestImporter)
public:
    // `version`: the document's format version (what an invitation and a request carry depends on it).
    RequestImporter(Database &db, InterchangeKeys &keys, Error &problem, int version);

    // Reads what the checks need from the database (the office's largest fee, the funded activities): after the
    // settings and funded activities are imported, before the first request.
    Status start();
    // false when there was a problem (see the shared Error).
    bool importRequest(const QJsonObject &object, const QString &path, InterchangeSummary &summary);
    // An experience knowledge entry of the file, checked as OutcomeRepository::saveKnowledge checks it (its request
    // and topics were looked up as it was read), written with the requests.
    Status importKnowledge(KnowledgeEntry &entry);
    // Writes what is buffered; then other records may refer to the requests.
    Status finish();

private:
    struct BatchLink // an engagement the file says was paid in a batch; linked once the batches are read
    {
        int engagement = 0; // index in the record's engagements
        QString batch; // the batch's reference
        QString path; // where the file names it
    };
    void readRequest(JsonRecord &r, Request &request);
    bool checkRequest(JsonRecord &r, Request &request);
    bool walkTo(JsonRecord &r, Request &request, QVector<RequestRecord::Step> &steps,
                const QVector<RequestStatus> &path, const QString &cancelReason, int acceptedInvitations);
    bool readInvitations(JsonRecord &r, RequestRecord &record, int &accepted);
    bool readEngagements(JsonRecord &r, RequestRecord &record, QVector<BatchLink> &batches);
    bool readOutcome(JsonRecord &r, RequestRecord &record);
    bool importChangeNotices(JsonRecord &r, const Request &stored, InterchangeSummary &summary);
    QVector<InvitationEvent> readEvents(JsonRecord &v);
    bool workflow() const; // the document carries histories, reserve flags and change notices

    Database &m_db;
    InterchangeKeys &m_keys;
    Error &m_problem;
    int m_version;
    RequestBulkWriter m_writer;
    qint64 m_maxFeeCents = 0;
    QHash<qint64, QVector<qint64>> m_activeFundedActivities; // organisation -> its active funded activities
};

} // namespace Kohtaamo
