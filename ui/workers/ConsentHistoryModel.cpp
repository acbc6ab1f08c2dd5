#include "ConsentHistoryModel.h"
#include "common/DateTexts.h"

#include "WorkerTexts.h"
#include "common/Clock.h"

#include <QFont>
#include <QLocale>

#include <algorithm>

namespace Kohtaamo {

namespace {
QString day(const QDate &d)
{
    return d.isValid() ? DateTexts::shortText(d) : QString();
}
} // namespace

ConsentHistoryModel::ConsentHistoryModel(QObject *parent) : QAbstractTableModel(parent) { }

void ConsentHistoryModel::setConsents(const QVector<Consent> &stored, const QHash<qint64, QString> &coordinatorNames)
{
    beginResetModel();
    m_names = coordinatorNames;
    m_lines.clear();
    for (const Consent &c : stored)
        m_lines.append({ c, false, {} });
    endResetModel();
}

int ConsentHistoryModel::addNew(const Consent &consent)
{
    const int row = int(m_lines.size());
    beginInsertRows({}, row, row);
    m_lines.append({ consent, true, {} });
    endInsertRows();
    return row;
}

void ConsentHistoryModel::withdraw(int row, const QDate &on)
{
    if (row < 0 || row >= m_lines.size() || m_lines.at(row).pendingNew)
        return;
    m_lines[row].pendingWithdrawal = on;
    emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

int ConsentHistoryModel::currentOf(ConsentScope scope) const
{
    for (int row = int(m_lines.size()) - 1; row >= 0; --row) {
        const Line &l = m_lines.at(row);
        if (l.pendingNew || l.consent.scope != scope || l.consent.withdrawnOn.isValid()
            || l.pendingWithdrawal.isValid())
            continue;
        const bool replaced = std::any_of(m_lines.cbegin(), m_lines.cend(), [&](const Line &other) {
            return other.consent.supersedesId == l.consent.id;
        });
        if (!replaced)
            return row;
    }
    return -1;
}

bool ConsentHistoryModel::hasPendingChanges() const
{
    return std::any_of(m_lines.cbegin(), m_lines.cend(),
                       [](const Line &l) { return l.pendingNew || l.pendingWithdrawal.isValid(); });
}

QString ConsentHistoryModel::stateText(const Line &l) const
{
    if (l.pendingNew)
        return l.consent.supersedesId ? tr("New, replaces the earlier one; recorded on saving")
                                      : tr("New; recorded on saving");
    if (l.pendingWithdrawal.isValid())
        return tr("To be withdrawn on %1 when saved").arg(day(l.pendingWithdrawal));
    const bool replaced = std::any_of(m_lines.cbegin(), m_lines.cend(), [&](const Line &other) {
        return !other.pendingNew && other.consent.supersedesId == l.consent.id;
    });
    if (replaced)
        return tr("Replaced");
    if (l.consent.withdrawnOn.isValid())
        return tr("Withdrawn");
    const QDate today = Clock::instance().today();
    if (l.consent.isValidOn(today))
        return tr("Valid");
    if (l.consent.expiresOn.isValid() && l.consent.expiresOn < today)
        return tr("Expired");
    return tr("Not yet valid");
}

int ConsentHistoryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_lines.size());
}

int ConsentHistoryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConsentHistoryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_lines.size())
        return {};
    const Line &l = m_lines.at(index.row());
    const Consent &c = l.consent;
    if (role == Qt::DisplayRole) {
        switch (Column(index.column())) {
        case Scope:
            return c.guardianName.isEmpty()
                ? WorkerTexts::consentScope(c.scope)
                : tr("%1 (%2)", "scope (guardian)").arg(WorkerTexts::consentScope(c.scope), c.guardianName);
        case Given:
            return day(c.givenOn);
        case Expires:
            return c.expiresOn.isValid() ? day(c.expiresOn) : tr("does not expire");
        case Withdrawn:
            return day(l.pendingWithdrawal.isValid() ? l.pendingWithdrawal : c.withdrawnOn);
        case RecordedBy:
            return c.recordedBy ? m_names.value(c.recordedBy, tr("Coordinator #%1").arg(c.recordedBy)) : tr("unknown");
        case State:
            return stateText(l);
        case ColumnCount:
            break;
        }
    }
    if (role == Qt::ToolTipRole && !c.note.isEmpty())
        return c.note;
    if (role == Qt::FontRole && (l.pendingNew || l.pendingWithdrawal.isValid())) {
        QFont font;
        font.setItalic(true);
        return font;
    }
    return {};
}

QVariant ConsentHistoryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case Scope:
        return tr("Consent to");
    case Given:
        return tr("Given");
    case Expires:
        return tr("Expires");
    case Withdrawn:
        return tr("Withdrawn");
    case RecordedBy:
        return tr("Recorded by");
    case State:
        return tr("State");
    case ColumnCount:
        break;
    }
    return {};
}

} // namespace Kohtaamo
