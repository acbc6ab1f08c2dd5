#pragma once

#include "WorkerImportField.h"
#include "common/Result.h"

#include <QCoreApplication>
#include <QMap>
#include <QStringList>

namespace Kohtaamo {

// Which column of the register fills which field of a worker (a column may fill one field; a field not mapped is left
// empty). guess() reads the header names in Finnish, Swedish and English ("Nimi", "Sähköposti", "Namn", "E-post",
// "Email" …); the coordinator corrects it in the import dialog or with `--map field=column`.
class WorkerImportMapping
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::WorkerImportMapping)
public:
    static constexpr int kNone = -1;

    static WorkerImportMapping guess(const QStringList &header);

    int column(WorkerImportField field) const { return m_columns.value(field, kNone); }
    bool isMapped(WorkerImportField field) const { return column(field) != kNone; }
    // Maps `field` to `column` (kNone: not imported); the column no longer fills another field.
    void set(WorkerImportField field, int column);
    // Reads "field=column": a field code (WorkerImportFields::code) and a column by its header, its letter (C) or
    // its number from 1; an empty column unmaps the field. An error names what does not fit.
    Status apply(const QString &spec, const QStringList &header);
    // The field's column header ("Sähköposti"), for messages; empty when not mapped.
    QString columnName(WorkerImportField field, const QStringList &header) const;

private:
    QMap<WorkerImportField, int> m_columns;
};

} // namespace Kohtaamo
