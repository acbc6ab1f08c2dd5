#pragma once

#include "ImportTable.h"
#include "WorkerImportMapping.h"
#include "WorkerImportPreview.h"
#include "common/Result.h"
#include "domain/Organisation.h"

#include <QCoreApplication>

namespace Kohtaamo {

class Database;

// Turns the rows of a register into workers and checks each with the rules of the worker form
// (WorkerRepository::validate, as OfficeService::validateWorker), naming the row and the column of what is refused.
// Warns about likely duplicates: the same e-mail address, or the same name and date of birth, as a worker already in
// the register or another row. Reads nothing itself but existingWorkers(); OfficeService runs it in its transaction.
class WorkerImportPlanner
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::WorkerImportPlanner)
public:
    struct ExistingWorker
    {
        qint64 id = 0;
        QString name;
        QString email;
        QDate dateOfBirth;
    };
    static Result<QVector<ExistingWorker>> existingWorkers(Database &db);

    WorkerImportPlanner(QVector<Organisation> organisations, QVector<ExistingWorker> existing,
                        WorkerImportOptions options, QDate today);

    WorkerImportPreview preview(const ImportTable &table, const WorkerImportMapping &mapping) const;

    // Cell values: "31.12.1980", "1980-12-31", an XLSX day serial; invalid when not a date (empty: null date).
    static QDate parseDate(const QString &text);
    // yes/no in Finnish, Swedish and English, 1/0, x; nullopt when neither.
    static std::optional<bool> parseYesNo(const QString &text);

private:
    WorkerImportRow readRow(const ImportTable &table, int index, const WorkerImportMapping &mapping) const;

    QVector<Organisation> m_organisations;
    QVector<ExistingWorker> m_existing;
    WorkerImportOptions m_options;
    QDate m_today;
};

} // namespace Kohtaamo
