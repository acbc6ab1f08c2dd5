#include "FeeListModel.h"

#include "common/ItemRoles.h"
#include "outcomes/OutcomeTexts.h"

namespace Kohtaamo {

FeeListModel::FeeListModel(QObject *parent) : QAbstractTableModel(parent) { }

void FeeListModel::setRows(const QVector<FeeRow> &rows)
{
    beginResetModel();
    m_rows = rows;
    endResetModel();
}

int FeeListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

int FeeListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString FeeListModel::stateName(FeeRow::State state)
{
    return state == FeeRow::State::Paid ? tr("Paid") : tr("Due");
}

QString FeeListModel::ceilingText(const FeeRow &row)
{
    if (!row.ceilingCents)
        return {};
    return tr("%1 of %2", "paid this year of the ceiling")
        .arg(OutcomeTexts::euros(row.yearPaidCents), OutcomeTexts::euros(*row.ceilingCents));
}

QVariant FeeListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= ColumnCount)
        return {};
    const FeeRow &r = m_rows.at(index.row());
    if (role == ItemRoles::IdRole)
        return r.engagementId;
    if (role == Qt::TextAlignmentRole) {
        switch (index.column()) {
        case Fee:
        case Travel:
        case Total:
            return int(Qt::AlignRight | Qt::AlignVCenter);
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole) {
        if (index.column() == Request)
            return r.requestTitle;
        if (index.column() == Organisation)
            return r.organisationName; // the column may cut a long name
        if (index.column() == Batch && r.state == FeeRow::State::Paid)
            return tr("Paid on %1").arg(OutcomeTexts::date(r.paidOn));
        if (index.column() == Ceiling && r.ceilingCents)
            return tr("Fees paid to the worker in %1 against their annual earnings ceiling").arg(r.heldOn.year());
        return {};
    }
    if (role == ItemRoles::SortRole) {
        switch (index.column()) {
        case HeldOn:
            return r.heldOn;
        case Fee:
            return r.feeCents;
        case Travel:
            return r.travelCents;
        case Total:
            return r.totalCents();
        case Ceiling:
            return r.ceilingCents ? QVariant(r.yearPaidCents) : QVariant(qint64(-1));
        default:
            break;
        }
        role = Qt::DisplayRole;
    }
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case Worker:
        return r.workerName;
    case Organisation:
        return r.organisationName;
    case Request:
        return r.requestReference;
    case HeldOn:
        return OutcomeTexts::date(r.heldOn);
    case Fee:
        return OutcomeTexts::euros(r.feeCents);
    case Travel:
        return OutcomeTexts::euros(r.travelCents);
    case Total:
        return OutcomeTexts::euros(r.totalCents());
    case State:
        return stateName(r.state);
    case Batch:
        return r.batchReference.isEmpty() && r.state == FeeRow::State::Paid ? OutcomeTexts::date(r.paidOn)
                                                                            : r.batchReference;
    case Ceiling:
        return ceilingText(r);
    default:
        return {};
    }
}

QVariant FeeListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Worker:
        return tr("Worker");
    case Organisation:
        return tr("Organisation");
    case Request:
        return tr("Request");
    case HeldOn:
        return tr("Held on");
    case Fee:
        return tr("Fee");
    case Travel:
        return tr("Travel costs");
    case Total:
        return tr("Total");
    case State:
        return tr("State");
    case Batch:
        return tr("Batch");
    case Ceiling:
        return tr("Paid this year / ceiling");
    default:
        return {};
    }
}

} // namespace Kohtaamo
