#include "InvitationListModel.h"
#include "common/DateTexts.h"

#include "common/Colours.h"
#include "common/ItemRoles.h"

#include <QBrush>
#include <QColor>
#include <QGuiApplication>
#include <QLocale>

namespace Kohtaamo {

InvitationListModel::InvitationListModel(QObject *parent) : QAbstractTableModel(parent) { }

void InvitationListModel::setInvitations(const QVector<Invitation> &invitations,
                                         const QHash<qint64, QString> &workerNames)
{
    beginResetModel();
    m_invitations = invitations;
    m_names = workerNames;
    endResetModel();
}

const Invitation *InvitationListModel::invitationAt(int row) const
{
    return row >= 0 && row < m_invitations.size() ? &m_invitations.at(row) : nullptr;
}

int InvitationListModel::rowOf(qint64 invitationId) const
{
    for (int i = 0; i < m_invitations.size(); ++i) {
        if (m_invitations.at(i).id == invitationId)
            return i;
    }
    return -1;
}

int InvitationListModel::count(InvitationResponse response) const
{
    int n = 0;
    for (const Invitation &i : m_invitations)
        n += i.response == response && !(response == InvitationResponse::Accepted && i.reserve) ? 1 : 0;
    return n;
}

int InvitationListModel::reserveCount() const
{
    int n = 0;
    for (const Invitation &i : m_invitations)
        n += i.reserve ? 1 : 0;
    return n;
}

QString InvitationListModel::responseName(InvitationResponse response)
{
    switch (response) {
    case InvitationResponse::Pending:
        return tr("Waiting for an answer");
    case InvitationResponse::Accepted:
        return tr("Accepted");
    case InvitationResponse::Declined:
        return tr("Declined");
    case InvitationResponse::NoReply:
        return tr("No reply");
    case InvitationResponse::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString InvitationListModel::channelName(InvitationChannel channel)
{
    switch (channel) {
    case InvitationChannel::Email:
        return tr("E-mail");
    case InvitationChannel::Phone:
        return tr("Phone");
    case InvitationChannel::Sms:
        return tr("Text message");
    case InvitationChannel::InPerson:
        return tr("In person");
    case InvitationChannel::Other:
        return tr("Other");
    }
    return {};
}

int InvitationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_invitations.size());
}

int InvitationListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant InvitationListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Invitation &inv = m_invitations.at(index.row());
    if (role == ItemRoles::IdRole)
        return inv.id;
    const QLocale locale;
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case Worker:
            return m_names.value(inv.workerId, tr("Worker #%1").arg(inv.workerId));
        case Sent: // the day; the hour is in the tooltip and the history below, so the table fits its panel
            return DateTexts::shortText(inv.sentAt.toLocalTime().date(), locale);
        case Channel:
            return channelName(inv.channel);
        case Answer: {
            const QString answer = inv.reserve ? tr("Accepted, in reserve") : responseName(inv.response);
            if (inv.respondedAt.isValid() && inv.response != InvitationResponse::Pending)
                return tr("%1 (%2)").arg(answer, DateTexts::shortText(inv.respondedAt.toLocalTime().date(), locale));
            return answer;
        }
        case DeclineReason:
            return inv.response == InvitationResponse::Declined ? inv.declineReason : QString();
        case Reminders:
            if (inv.reminders == 0)
                return QString();
            return tr("%1, last %2")
                .arg(locale.toString(inv.reminders),
                     DateTexts::shortText(inv.lastReminderAt.toLocalTime().date(), locale));
        default:
            return {};
        }
    }
    if (role == Qt::ToolTipRole && index.column() == Sent)
        return DateTexts::shortText(inv.sentAt.toLocalTime(), locale);
    if (role == Qt::ForegroundRole && index.column() == Answer) {
        if (inv.response == InvitationResponse::Accepted)
            return QBrush(Colours::toneText(QGuiApplication::palette(), Colours::Tone::Good));
        if (inv.response == InvitationResponse::Declined || inv.response == InvitationResponse::Withdrawn)
            return QBrush(Colours::toneText(QGuiApplication::palette(), Colours::Tone::Caution));
    }
    return {};
}

QVariant InvitationListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Worker:
        return tr("Experience worker");
    case Sent:
        return tr("Invited");
    case Channel:
        return tr("By");
    case Answer:
        return tr("Answer");
    case DeclineReason:
        return tr("Reason for declining");
    case Reminders:
        return tr("Reminders");
    default:
        return {};
    }
}

} // namespace Kohtaamo
