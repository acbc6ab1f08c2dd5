#include "ReportTableModel.h"

#include "ReportDocument.h"

#include <QFont>

namespace Kohtaamo {

ReportTableModel::ReportTableModel(QObject *parent) : QAbstractTableModel(parent) { }

void ReportTableModel::setTable(const ExportTable &table, const QLocale &locale)
{
    beginResetModel();
    m_table = table;
    m_locale = locale;
    endResetModel();
}

int ReportTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.rows.size());
}

int ReportTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_table.columns.size());
}

QVariant ReportTableModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const auto &column = m_table.columns.at(index.column());
    const QVariant value = m_table.rows.at(index.row()).value(index.column());
    const bool number = column.type != ExportTable::ColumnType::Text && column.type != ExportTable::ColumnType::Date;
    switch (role) {
    case Qt::DisplayRole:
        return ReportDocument::cellText(column, value, m_locale);
    case Qt::ToolTipRole:
        if (ExportTable::hidesCell(column, value))
            return tr("Fewer than 5 people: shown as “< 5” so that no one can be recognised.");
        return {};
    case Qt::TextAlignmentRole:
        return QVariant::fromValue(Qt::Alignment((number ? Qt::AlignRight : Qt::AlignLeft) | Qt::AlignVCenter));
    case Qt::FontRole:
        if (m_table.lastRowIsTotal && index.row() == m_table.rows.size() - 1) {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        return {};
    default:
        return {};
    }
}

QVariant ReportTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole || section < 0 || section >= m_table.columns.size())
        return QAbstractTableModel::headerData(section, orientation, role);
    return m_table.columns.at(section).header;
}

} // namespace Kohtaamo
