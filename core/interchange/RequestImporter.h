#pragma once

#include "InterchangeKeys.h"
#include "InterchangeSummary.h"
#include "common/Result.h"
#include "domain/InvitationEvent.h"
#include "domain/Request.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>

namespace Kohtaamo {

class Database;
class JsonRecord;

// Part of InterchangeImporter: reads one request of an interchange file and saves it through the repositories with
// its history. A request is saved New (as RequestRepository always does) and then walked through the workflow to
// the status the file gives (RequestRepository::changeStatus, so the workflow's rules apply); its invitations are
// created once it is inviting, before it is confirmed (each with its history as the file gives it, from format
// version 2), and its engagements, outcome and change notices after. Problems go into the import's shared Error,
// naming the place.
class RequestImporter
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::RequestImporter)
public:
    // `version`: the document's format version (what an invitation and a request carry depends on it).
    RequestImporter(Database &db, InterchangeKeys &keys, Error &problem, int version);

    // false when there was a problem (see the shared Error).
    bool importRequest(const QJsonObject &object, const QString &path, InterchangeSummary &summary);

private:
    void readRequest(JsonRecord &r, Request &request);
    bool walkTo(JsonRecord &r, Request &stored, const QVector<RequestStatus> &steps, const QString &cancelReason,
                int acceptedInvitations);
    bool importInvitations(JsonRecord &r, const Request &stored, QHash<qint64, qint64> &invitationOf, int &accepted,
                           InterchangeSummary &summary);
    bool importEngagements(JsonRecord &r, const Request &stored, const QHash<qint64, qint64> &invitationOf,
                           InterchangeSummary &summary);
    bool importOutcome(JsonRecord &r, const Request &stored, InterchangeSummary &summary);
    bool importChangeNotices(JsonRecord &r, const Request &stored, InterchangeSummary &summary);
    QVector<InvitationEvent> readEvents(JsonRecord &v);
    bool workflow() const; // the document carries histories, reserve flags and change notices

    Database &m_db;
    InterchangeKeys &m_keys;
    Error &m_problem;
    int m_version;
};

} // namespace Kohtaamo
