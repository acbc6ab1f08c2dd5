#pragma once

#include "common/Result.h"
#include "domain/Request.h"

#include <QCoreApplication>
#include <QPair>
#include <QVector>

#include <functional>

namespace Kohtaamo {

class Database;

// Requests (commissions) as one aggregate each: the requests row with its topics, proposed times and organisation
// scope. Every write is one transaction through RecordStore: audited, and version-checked so that a change another
// coordinator saved meanwhile is reported as a Conflict instead of being overwritten.
//
// The status is never written by save(): it moves only through changeStatus(), which applies RequestWorkflow and
// records each step in the request's status history.
class RequestRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::RequestRepository)
public:
    explicit RequestRepository(Database &db);

    Result<Request> get(qint64 id);
    Result<Request> findByReference(const QString &reference);
    // Every request, fully loaded, latest received first. One query per table, whatever the number of requests.
    Result<QVector<Request>> listAll();
    // The requests whose ids lie from `first` to `last`, fully loaded, by id (an export a slice at a time), and every
    // request's reference by id (what other records name a request by).
    Result<QVector<Request>> listIds(qint64 first, qint64 last);
    Result<QVector<QPair<qint64, QString>>> references(); // by id

    // Saves a new request (id 0) or changes an existing one read at its version; returns what was stored (new
    // ids of the proposed times included). A new request starts New, whatever its status says, and gets the
    // next free reference of the year it was received unless it brings one of its own. Validation failures are
    // InvalidInput and change nothing.
    Result<Request> save(const Request &request);

    // Moves the request read at expectedVersion to `to` if RequestWorkflow allows it, counting its accepted
    // invitations and taking "today" from the Clock. Writes the status (and, for a cancellation, the reason), an
    // audit entry and a status-history row. Returns the request as stored afterwards.
    Result<Request> changeStatus(qint64 id, int expectedVersion, RequestStatus to, const QString &reason = {});

    // An admin's step back: a Closed request becomes Held again (to correct its outcome), with a reason, audited and
    // in the status history. NotAllowed unless Closed; who may do it is the office service's rule.
    Result<Request> reopen(qint64 id, int expectedVersion, const QString &reason);

    // The request's steps, oldest first; the first one is its creation (no "from").
    Result<QVector<RequestStatusChange>> statusHistory(qint64 id);

    // The reference "YYYY-NNNN" the next new request of the year of `receivedOn` (this year if invalid) would be
    // given; takes nothing. Read from the year's counter (schema 15), never from the requests the coordinator can see.
    Result<QString> nextReference(const QDate &receivedOn);

    // Takes the next number of the year's counter inside the caller's transaction (its row stays locked on
    // PostgreSQL until commit) and gives the reference.
    Result<QString> claimReference(const QDate &receivedOn);

    // The rules that need no database (required fields, formats, ranges, duplicates): the first problem.
    static Status validate(const Request &request);
    // The request as save() stores it: texts trimmed, topics, proposed times and organisations in their order.
    static Request normalised(Request request);
    // The refusal of a reference another request has (also the import's, checked in memory).
    static Error referenceTaken(const QString &reference);
    // Every problem validate() knows of, one per field at most, in the order validate() checks them; each
    // InvalidInput error names its field (a Request member such as "requesterEmail") in `detail`. For forms that
    // show every problem next to its field at once.
    static QVector<Error> problems(const Request &request);
    // The rules for one proposed time (a start; an end after the start), so a form can mark the time at fault.
    static Status validateDateOption(const DateOption &option);

private:
    Status checkAgainstDatabase(const Request &request);
    Result<QVector<Request>> load(const QString &where, const QVariantList &binds);
    Result<Request> loadOne(const QString &where, const QVariantList &binds, const QString &label);
    Result<Request> insert(Request request);
    Result<Request> update(const Request &request);
    Status storeWorkDate(qint64 id, const Request &request);
    // The one way a status is written: the request read at expectedVersion, `allowed` asked, then the status, the
    // audit entry and the status-history row in one transaction.
    Result<Request> moveStatus(qint64 id, int expectedVersion, RequestStatus to, const QString &reason,
                               const std::function<Status(const Request &)> &allowed);
    Status addHistory(qint64 requestId, const std::optional<RequestStatus> &from, RequestStatus to,
                      const QString &reason);
    QString label(const Request &request) const;

    Database &m_db;
};

} // namespace Kohtaamo
