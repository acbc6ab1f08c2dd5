#include "WorkerImportPreviewModel.h"

#include <QLocale>

namespace Kohtaamo {

WorkerImportPreviewModel::WorkerImportPreviewModel(QObject *parent) : QAbstractTableModel(parent) { }

void WorkerImportPreviewModel::setPreview(const WorkerImportPreview &preview)
{
    beginResetModel();
    m_preview = preview;
    endResetModel();
}

void WorkerImportPreviewModel::clear()
{
    setPreview({});
}

int WorkerImportPreviewModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_preview.rows.size());
}

int WorkerImportPreviewModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString WorkerImportPreviewModel::stateText(WorkerImportRow::State state)
{
    switch (state) {
    case WorkerImportRow::State::Ready:
        return tr("Imported");
    case WorkerImportRow::State::Warning:
        return tr("Imported, check");
    case WorkerImportRow::State::Refused:
        return tr("Refused");
    }
    return {};
}

QVariant WorkerImportPreviewModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const WorkerImportRow &row = m_preview.rows.at(index.row());
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Row:
            return QLocale().toString(row.line);
        case State:
            return stateText(row.state);
        case Name:
            return row.worker.displayName;
        case Message:
            return row.messages.join(QLatin1Char('\n'));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Message && !row.messages.isEmpty())
        return row.messages.join(QLatin1Char('\n'));
    if (role == Qt::TextAlignmentRole && index.column() == Row)
        return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::UserRole)
        return int(row.state);
    return {};
}

QVariant WorkerImportPreviewModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case Row:
        return tr("Row");
    case State:
        return tr("Status");
    case Name:
        return tr("Name");
    case Message:
        return tr("Message");
    default:
        return {};
    }
}

} // namespace Kohtaamo
