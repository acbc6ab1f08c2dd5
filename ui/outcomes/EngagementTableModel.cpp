#include "EngagementTableModel.h"

#include "OutcomeTexts.h"
#include "common/Clock.h"

#include <QApplication>
#include <QFont>
#include <QIcon>
#include <QStyle>

#include <cmath>

namespace Kohtaamo {

namespace {
// The fields the table edits; what the dialog compares to know whether a row needs saving.
bool sameOutcome(const Engagement &a, const Engagement &b)
{
    return a.attendance == b.attendance && a.hours == b.hours && a.feeCents == b.feeCents
        && a.feeDeclined == b.feeDeclined && a.travelCents == b.travelCents && a.preparationDone == b.preparationDone
        && a.debriefDone == b.debriefDone && a.debriefOn == b.debriefOn && a.debriefBy == b.debriefBy
        && a.payment == b.payment && a.paidOn == b.paidOn && a.note == b.note;
}

std::optional<qint64> centsFrom(const QVariant &value, int role)
{
    bool ok = false;
    if (role == EngagementTableModel::CentsRole) {
        const qint64 cents = value.toLongLong(&ok);
        return ok ? std::optional<qint64>(cents) : std::nullopt;
    }
    const double euros = value.toDouble(&ok);
    if (!ok || !std::isfinite(euros) || std::abs(euros) > 1e12)
        return std::nullopt;
    return qRound64(euros * 100.0);
}
} // namespace

EngagementTableModel::EngagementTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void EngagementTableModel::setEngagements(const QVector<Engagement> &engagements,
                                          const QHash<qint64, QString> &workerNames)
{
    beginResetModel();
    m_rows = engagements;
    m_loaded = engagements;
    m_names = workerNames;
    endResetModel();
    emit rowsChangedByUser();
}

void EngagementTableModel::markSaved(const QVector<Engagement> &stored)
{
    for (const Engagement &e : stored) {
        const int row = rowOf(e.id);
        if (row < 0)
            continue;
        m_rows[row] = e;
        m_loaded[row] = e;
        emitRowChanged(row);
    }
    emit rowsChangedByUser();
}

QString EngagementTableModel::workerName(int row) const
{
    const qint64 id = m_rows.at(row).workerId;
    const QString name = m_names.value(id);
    return name.isEmpty() ? tr("Worker #%1").arg(id) : name;
}

bool EngagementTableModel::isModified(int row) const
{
    return row >= 0 && row < m_rows.size() && !sameOutcome(m_rows.at(row), m_loaded.at(row));
}

QVector<Engagement> EngagementTableModel::modifiedEngagements() const
{
    QVector<Engagement> changed;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (isModified(row))
            changed.append(m_rows.at(row));
    }
    return changed;
}

int EngagementTableModel::rowOf(qint64 engagementId) const
{
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).id == engagementId)
            return row;
    }
    return -1;
}

QStringList EngagementTableModel::missingDebriefs() const
{
    QStringList names;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (needsDebrief(m_rows.at(row)))
            names << workerName(row);
    }
    return names;
}

QStringList EngagementTableModel::missingAttendance() const
{
    QStringList names;
    for (int row = 0; row < m_rows.size(); ++row) {
        if (m_rows.at(row).attendance == Attendance::Planned)
            names << workerName(row);
    }
    return names;
}

EngagementTableModel::Column EngagementTableModel::columnForField(const QString &field)
{
    if (field == QLatin1String("hours"))
        return HoursColumn;
    if (field == QLatin1String("feeCents"))
        return FeeColumn;
    if (field == QLatin1String("travelCents"))
        return TravelColumn;
    if (field == QLatin1String("payment") || field == QLatin1String("paidOn"))
        return FeeDeclinedColumn;
    if (field == QLatin1String("debriefOn"))
        return DebriefDateColumn;
    if (field == QLatin1String("debriefBy"))
        return DebriefedByColumn;
    if (field == QLatin1String("debriefDone"))
        return DebriefColumn;
    if (field == QLatin1String("attendance"))
        return AttendanceColumn;
    return WorkerColumn;
}

QString EngagementTableModel::columnTitle(Column column)
{
    switch (column) {
    case WorkerColumn:
        return tr("Worker");
    case AttendanceColumn:
        return tr("Attendance");
    case HoursColumn:
        return tr("Hours");
    case FeeColumn:
        return tr("Fee");
    case FeeDeclinedColumn:
        return tr("Fee declined");
    case TravelColumn:
        return tr("Travel costs");
    case PreparationColumn:
        return tr("Prepared");
    case DebriefColumn:
        return tr("Debrief done");
    case DebriefDateColumn:
        return tr("Debrief date");
    case DebriefedByColumn:
        return tr("Debriefed by");
    case ColumnCount:
        break;
    }
    return {};
}

int EngagementTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EngagementTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

bool EngagementTableModel::isCheckColumn(int column)
{
    return column == FeeDeclinedColumn || column == PreparationColumn || column == DebriefColumn;
}

bool EngagementTableModel::checkValue(const Engagement &e, int column)
{
    switch (column) {
    case FeeDeclinedColumn:
        return e.feeDeclined;
    case PreparationColumn:
        return e.preparationDone;
    case DebriefColumn:
        return e.debriefDone;
    default:
        return false;
    }
}

bool EngagementTableModel::needsDebrief(const Engagement &e)
{
    // "Debrief after every event": whoever took part is owed one.
    return e.attendance == Attendance::Attended && !e.debriefDone;
}

QVariant EngagementTableModel::displayValue(int row, int column) const
{
    const Engagement &e = m_rows.at(row);
    switch (column) {
    case WorkerColumn:
        return workerName(row);
    case AttendanceColumn:
        return OutcomeTexts::attendanceName(e.attendance);
    case HoursColumn:
        return OutcomeTexts::hours(e.hours);
    case FeeColumn:
        return e.feeDeclined ? tr("%1 (declined)").arg(OutcomeTexts::euros(e.feeCents))
                             : OutcomeTexts::euros(e.feeCents);
    case TravelColumn:
        return OutcomeTexts::euros(e.travelCents);
    case DebriefDateColumn:
        if (needsDebrief(e))
            return tr("Missing");
        return OutcomeTexts::date(e.debriefOn);
    case DebriefedByColumn:
        return e.debriefBy;
    default:
        return {};
    }
}

QVariant EngagementTableModel::editValue(int row, int column) const
{
    const Engagement &e = m_rows.at(row);
    switch (column) {
    case AttendanceColumn:
        return int(e.attendance);
    case HoursColumn:
        return e.hours;
    case FeeColumn:
        return double(e.feeCents) / 100.0;
    case TravelColumn:
        return double(e.travelCents) / 100.0;
    case DebriefDateColumn:
        return e.debriefOn;
    case DebriefedByColumn:
        return e.debriefBy;
    case WorkerColumn:
        return workerName(row);
    default:
        return isCheckColumn(column) ? QVariant(checkValue(e, column)) : QVariant();
    }
}

QString EngagementTableModel::accessibleText(int row, int column) const
{
    const Engagement &e = m_rows.at(row);
    if (isCheckColumn(column))
        return OutcomeTexts::yesNo(checkValue(e, column));
    if (column == WorkerColumn && needsDebrief(e))
        return tr("%1, debrief missing").arg(workerName(row));
    return displayValue(row, column).toString();
}

QVariant EngagementTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const int row = index.row();
    const int column = index.column();
    const Engagement &e = m_rows.at(row);
    switch (role) {
    case Qt::DisplayRole:
        return displayValue(row, column);
    case Qt::EditRole:
        return editValue(row, column);
    case Qt::CheckStateRole:
        if (isCheckColumn(column))
            return checkValue(e, column) ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::AccessibleTextRole:
        return accessibleText(row, column);
    case Qt::ToolTipRole:
        if (needsDebrief(e) && (column == WorkerColumn || column == DebriefColumn || column == DebriefDateColumn))
            return tr("%1 took part but has not been debriefed yet. Every event is followed by a debrief.")
                .arg(workerName(row));
        if (column == FeeColumn && e.feeDeclined)
            return tr("%1 declined the fee.").arg(workerName(row));
        return {};
    case Qt::DecorationRole:
        if (column == WorkerColumn && needsDebrief(e))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::FontRole:
        if ((column == DebriefDateColumn && needsDebrief(e)) || (column == FeeColumn && e.feeDeclined)) {
            QFont font;
            font.setItalic(true);
            return font;
        }
        return {};
    case Qt::TextAlignmentRole:
        if (column == HoursColumn || column == FeeColumn || column == TravelColumn)
            return QVariant::fromValue(Qt::Alignment(Qt::AlignRight | Qt::AlignVCenter));
        return {};
    case CentsRole:
        if (column == FeeColumn)
            return e.feeCents;
        if (column == TravelColumn)
            return e.travelCents;
        return {};
    case NeedsDebriefRole:
        return needsDebrief(e);
    case ModifiedRole:
        return isModified(row);
    default:
        return {};
    }
}

QVariant EngagementTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= ColumnCount)
        return QAbstractTableModel::headerData(section, orientation, role);
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return columnTitle(Column(section));
    return {};
}

bool EngagementTableModel::apply(int row, Engagement &e, int column, const QVariant &value, int role) const
{
    if (isCheckColumn(column)) {
        bool on = false;
        if (role == Qt::CheckStateRole)
            on = value.toInt() == Qt::Checked;
        else if (role == Qt::EditRole)
            on = value.toBool();
        else
            return false;
        switch (column) {
        case FeeDeclinedColumn: {
            // A declined fee is not going to be paid; undeclining it brings back what was loaded.
            e.feeDeclined = on;
            const PaymentState loaded = m_loaded.at(row).payment;
            if (on && e.payment != PaymentState::Paid)
                e.payment = PaymentState::Declined;
            else if (!on && e.payment == PaymentState::Declined)
                e.payment = loaded == PaymentState::Declined ? PaymentState::Unpaid : loaded;
            break;
        }
        case PreparationColumn:
            e.preparationDone = on;
            break;
        default:
            e.debriefDone = on;
            if (on && !e.debriefOn.isValid())
                e.debriefOn = Clock::instance().today();
            if (!on) {
                e.debriefOn = QDate();
                e.debriefBy.clear();
            }
            break;
        }
        return true;
    }
    if (role != Qt::EditRole && !(role == CentsRole && (column == FeeColumn || column == TravelColumn)))
        return false;
    bool ok = false;
    switch (column) {
    case AttendanceColumn: {
        const int v = value.toInt(&ok);
        if (!ok || v < int(Attendance::Planned) || v > int(Attendance::Cancelled))
            return false;
        e.attendance = Attendance(v);
        return true;
    }
    case HoursColumn: {
        const double v = value.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return false;
        e.hours = v; // the range is checked when saving, where the coordinator is told what is wrong
        return true;
    }
    case FeeColumn:
    case TravelColumn: {
        const auto cents = centsFrom(value, role);
        if (!cents)
            return false;
        (column == FeeColumn ? e.feeCents : e.travelCents) = *cents;
        return true;
    }
    case DebriefDateColumn:
        if (!e.debriefDone || (value.isValid() && !value.canConvert<QDate>()))
            return false;
        e.debriefOn = value.toDate();
        return true;
    case DebriefedByColumn:
        if (!e.debriefDone)
            return false;
        e.debriefBy = value.toString();
        return true;
    default:
        return false;
    }
}

bool EngagementTableModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return false;
    if (!(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable)))
        return false;
    Engagement changed = m_rows.at(index.row());
    if (!apply(index.row(), changed, index.column(), value, role))
        return false;
    m_rows[index.row()] = changed;
    emitRowChanged(index.row());
    emit rowsChangedByUser();
    return true;
}

Qt::ItemFlags EngagementTableModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    const int column = index.column();
    if (column == WorkerColumn)
        return f;
    if (isCheckColumn(column))
        return f | Qt::ItemIsUserCheckable;
    if ((column == DebriefDateColumn || column == DebriefedByColumn) && !m_rows.at(index.row()).debriefDone)
        return f;
    return f | Qt::ItemIsEditable;
}

void EngagementTableModel::retranslate()
{
    emit headerDataChanged(Qt::Horizontal, 0, ColumnCount - 1);
    if (!m_rows.isEmpty())
        emit dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void EngagementTableModel::emitRowChanged(int row)
{
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

} // namespace Kohtaamo
