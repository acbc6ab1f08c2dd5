#pragma once

#include "FeeRow.h"
#include "export/ExportTable.h"

#include <QCoreApplication>
#include <QVector>

namespace Kohtaamo {

// The fees as a table for bookkeeping (CSV or XLSX, export/): one row per fee and a totals row.
class FeeExport
{
    Q_DECLARE_TR_FUNCTIONS(Kohtaamo::FeeExport)
public:
    static ExportTable table(const QVector<FeeRow> &rows, const QString &title);
    static QString stateName(FeeRow::State state);
};

} // namespace Kohtaamo
