#pragma once

#include "domain/Worker.h"

#include <QDate>
#include <QStringList>
#include <QVector>

namespace Kohtaamo {

// What the import would do with each row of a register (OfficeService::previewWorkerImport): the worker it makes, or
// why the row is refused, with warnings about likely duplicates. importWorkerRegister stores all rows or none.
struct WorkerImportRow
{
    enum class State { Ready, Warning, Refused };

    int line = 0; // the row as the coordinator finds it in the file
    State state = State::Ready;
    QStringList messages; // "Row 7, column “Sähköposti”: …", each naming the row
    Worker worker;
    QDate contactConsentGiven; // a consent to be contacted to record (invalid: none)
};

struct WorkerImportPreview
{
    QVector<WorkerImportRow> rows;
    int ready = 0; // without warnings
    int warnings = 0;
    int refused = 0;
    bool consentMapped = false; // otherwise no consent is recorded for anyone imported
    QString consentNote; // what the import records about consent, for the coordinator to read before importing

    bool canImport() const { return refused == 0 && !rows.isEmpty(); }
};

struct WorkerImportResult
{
    int workers = 0;
    int consents = 0;
    int warnings = 0; // rows imported despite a warning
    QVector<qint64> workerIds;
};

// Choices the file does not make.
struct WorkerImportOptions
{
    qint64 defaultOrganisationId = 0; // for rows without an organisation (0: such a row is refused)
};

} // namespace Kohtaamo
