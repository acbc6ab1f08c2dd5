#pragma once

#include "common/Result.h"
#include "domain/ChangeNotice.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

class Database;

// The workers still to be told that a request moved or was cancelled. A notice is added in the transaction of the
// change and closed when the worker has been told; an open notice for the same worker, request and kind is not
// repeated.
class ChangeNoticeRepository
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::ChangeNoticeRepository)
public:
    explicit ChangeNoticeRepository(Database &db);

    // Adds an open notice for each worker (none twice); returns how many were added.
    Result<int> add(qint64 requestId, const QVector<qint64> &workerIds, ChangeNoticeKind kind);
    Result<QVector<ChangeNotice>> listForRequest(qint64 requestId); // oldest first, done ones included
    Result<QVector<ChangeNotice>> listOpen(); // by request
    Result<QVector<ChangeNotice>> listAll(); // by request, oldest first, done ones included
    // Those of the requests whose ids lie from `first` to `last`, in the same order.
    Result<QVector<ChangeNotice>> listForRequestIds(qint64 first, qint64 last);
    // Stores one notice as it is already known (an interchange import): its kind, when and by whom it was made, and
    // when the worker was told (invalid: still open). InvalidInput when validate() refuses it or the worker already
    // has an open notice of the same kind for the request.
    Result<ChangeNotice> insert(const ChangeNotice &notice);
    // A notice needs the time it was made and cannot be done before it; the detail names the field.
    static Status validate(const ChangeNotice &notice);
    // Marks a notice done (the worker was told) at `at` (now if invalid).
    Status markDone(qint64 id, const QDateTime &at = {});

private:
    Database &m_db;
};

} // namespace Kohtaamo
