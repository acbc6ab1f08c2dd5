#include "FeeExport.h"

namespace Kohtaamo {

QString FeeExport::stateName(FeeRow::State state)
{
    return state == FeeRow::State::Paid ? tr("paid") : tr("due");
}

ExportTable FeeExport::table(const QVector<FeeRow> &rows, const QString &title)
{
    using Type = ExportTable::ColumnType;
    ExportTable t;
    t.title = title;
    t.addColumn(tr("Worker"), Type::Text)
        .addColumn(tr("Organisation"), Type::Text)
        .addColumn(tr("Request"), Type::Text)
        .addColumn(tr("Held on"), Type::Date)
        .addColumn(tr("Fee (€)"), Type::Money)
        .addColumn(tr("Travel costs (€)"), Type::Money)
        .addColumn(tr("Total (€)"), Type::Money)
        .addColumn(tr("State"), Type::Text)
        .addColumn(tr("Paid on"), Type::Date)
        .addColumn(tr("Batch"), Type::Text);
    qint64 fees = 0;
    qint64 travel = 0;
    for (const FeeRow &r : rows) {
        t.rows.append({ r.workerName, r.organisationName, r.requestReference, r.heldOn, r.feeCents, r.travelCents,
                        r.totalCents(), stateName(r.state), r.paidOn.isValid() ? QVariant(r.paidOn) : QVariant(),
                        r.batchReference });
        fees += r.feeCents;
        travel += r.travelCents;
    }
    t.rows.append({ tr("Total"), QVariant(), QVariant(), QVariant(), fees, travel, fees + travel, QVariant(),
                    QVariant(), QVariant() });
    t.lastRowIsTotal = true;
    return t;
}

} // namespace Kohtaamo
