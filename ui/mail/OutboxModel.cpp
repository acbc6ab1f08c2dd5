#include "OutboxModel.h"

#include "common/ItemRoles.h"
#include "mail/MessageTemplates.h"

#include <algorithm>

namespace Kohtaamo {

OutboxModel::OutboxModel(QObject *parent) : QAbstractTableModel(parent) { }

void OutboxModel::setMessages(const QVector<OutboxMessage> &messages)
{
    beginResetModel();
    m_messages = messages;
    endResetModel();
}

const OutboxMessage *OutboxModel::messageAt(int row) const
{
    return row >= 0 && row < m_messages.size() ? &m_messages.at(row) : nullptr;
}

int OutboxModel::rowOf(qint64 id) const
{
    for (int r = 0; r < m_messages.size(); ++r)
        if (m_messages.at(r).id == id)
            return r;
    return -1;
}

int OutboxModel::count(OutboxState state) const
{
    return int(std::count_if(m_messages.cbegin(), m_messages.cend(),
                             [state](const OutboxMessage &m) { return m.state == state; }));
}

QString OutboxModel::stateName(OutboxState state)
{
    switch (state) {
    case OutboxState::Draft:
        return tr("Draft");
    case OutboxState::Queued:
        return tr("Approved, to send");
    case OutboxState::Sent:
        return tr("Sent");
    case OutboxState::Failed:
        return tr("Could not be sent");
    }
    return {};
}

int OutboxModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_messages.size());
}

int OutboxModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OutboxModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const OutboxMessage &m = m_messages.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case State:
            return stateName(m.state);
        case Kind:
            return MessageTemplates::kindName(m.kind);
        case Recipient:
            return m.recipientName.isEmpty() ? m.recipientAddress
                                             : QStringLiteral("%1 <%2>").arg(m.recipientName, m.recipientAddress);
        case Subject:
            return m.subject;
        case Answer:
            return m.state == OutboxState::Failed ? m.lastError : QString();
        default:
            return {};
        }
    }
    if (role == ItemRoles::IdRole)
        return m.id;
    return {};
}

QVariant OutboxModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case State:
        return tr("State");
    case Kind:
        return tr("Message");
    case Recipient:
        return tr("To");
    case Subject:
        return tr("Subject");
    case Answer:
        return tr("Server's answer");
    default:
        return {};
    }
}

} // namespace Kohtaamo
