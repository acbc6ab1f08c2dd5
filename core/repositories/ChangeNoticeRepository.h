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
    // Marks a notice done (the worker was told) at `at` (now if invalid).
    Status markDone(qint64 id, const QDateTime &at = {});

private:
    Database &m_db;
};

} // namespace Kohtaamo
