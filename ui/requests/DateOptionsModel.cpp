#include "DateOptionsModel.h"
#include "common/DateTexts.h"

#include "office/OfficeService.h"

#include <QApplication>
#include <QFont>
#include <QLocale>
#include <QStyle>

namespace Kohtaamo {

DateOptionsModel::DateOptionsModel(QObject *parent) : QAbstractListModel(parent) { }

void DateOptionsModel::setOptions(const QVector<DateOption> &options)
{
    beginResetModel();
    m_options = options;
    endResetModel();
}

int DateOptionsModel::add(const DateOption &option)
{
    const int row = int(m_options.size());
    beginInsertRows({}, row, row);
    m_options.append(option);
    endInsertRows();
    if (option.chosen)
        setChosen(row, true);
    return row;
}

void DateOptionsModel::remove(int row)
{
    if (row < 0 || row >= m_options.size())
        return;
    beginRemoveRows({}, row, row);
    m_options.removeAt(row);
    endRemoveRows();
}

void DateOptionsModel::setOption(int row, const DateOption &option)
{
    if (row < 0 || row >= m_options.size())
        return;
    const bool chosen = option.chosen && !m_options.at(row).chosen;
    m_options[row] = option;
    changedRow(row);
    if (chosen)
        setChosen(row, true);
}

void DateOptionsModel::setChosen(int row, bool chosen)
{
    for (int i = 0; i < m_options.size(); ++i) {
        const bool wanted = chosen ? i == row : (i == row ? false : m_options.at(i).chosen);
        if (m_options.at(i).chosen != wanted) {
            m_options[i].chosen = wanted;
            changedRow(i);
        }
    }
}

int DateOptionsModel::firstInvalidRow() const
{
    for (int i = 0; i < m_options.size(); ++i) {
        if (!OfficeService::checkDateOption(m_options.at(i)))
            return i;
    }
    return -1;
}

QString DateOptionsModel::describe(const DateOption &option)
{
    const QLocale locale;
    if (!option.starts.isValid())
        return tr("No start");
    const QString day = locale.dayName(option.starts.date().dayOfWeek(), QLocale::ShortFormat);
    const QString date = DateTexts::shortText(option.starts.date(), locale);
    const QString start = DateTexts::shortText(option.starts.time(), locale);
    QString text;
    if (!option.ends.isValid())
        text = tr("%1 %2 at %3").arg(day, date, start);
    else if (option.ends.date() == option.starts.date())
        text = tr("%1 %2 %3–%4").arg(day, date, start, DateTexts::shortText(option.ends.time(), locale));
    else
        text = tr("%1 %2 %3 – %4").arg(day, date, start, DateTexts::shortText(option.ends, locale));
    return option.chosen ? tr("%1, chosen").arg(text) : text;
}

void DateOptionsModel::changedRow(int row)
{
    emit dataChanged(index(row), index(row));
}

int DateOptionsModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_options.size());
}

QVariant DateOptionsModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const DateOption &option = m_options.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return describe(option);
    case Qt::DecorationRole:
        if (!OfficeService::checkDateOption(option))
            return QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning);
        return {};
    case Qt::ToolTipRole: {
        const Status s = OfficeService::checkDateOption(option);
        return s ? QVariant() : QVariant(s.error().message);
    }
    case Qt::FontRole:
        if (option.chosen) {
            QFont font;
            font.setBold(true);
            return font;
        }
        return {};
    default:
        return {};
    }
}

} // namespace Kohtaamo
