#pragma once

#include <QCoreApplication>
#include <QStringList>
#include <QVector>

#include <optional>

namespace Kohtaamo {

// What a column of a worker register can fill in a worker (domain/Worker.h). A name is required: the display name,
// or the first and last names joined. The organisation is required too, from its column or the import's default.
enum class WorkerImportField {
    DisplayName,
    FirstName,
    LastName,
    Pseudonym,
    Email,
    Phone,
    Organisation,
    Title,
    DateOfBirth,
    Languages,
    Municipality,
    HomeRegion,
    RegionsCovered,
    Status,
    Notes,
    ContactConsent, // the date the worker consented to be contacted (or yes: today); none when not mapped
};

// The fields' codes (for `--map code=column`), names and the column headers they are guessed from.
class WorkerImportFields
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::WorkerImportFields)
public:
    static QVector<WorkerImportField> all();
    static QString code(WorkerImportField field); // "email"
    static std::optional<WorkerImportField> fromCode(const QString &code);
    static QString name(WorkerImportField field); // translated: "E-mail"
    // Header names (lower case, in Finnish, Swedish and English) that mean this field.
    static QStringList headerNames(WorkerImportField field);
    // The field a validation error's detail (WorkerRepository::validate: "email", "dateOfBirth" …) is about.
    static std::optional<WorkerImportField> fromWorkerProperty(const QString &property);
};

} // namespace Kohtaamo
