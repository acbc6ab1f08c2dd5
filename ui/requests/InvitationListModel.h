#pragma once

#include "domain/Invitation.h"

#include <QAbstractTableModel>
#include <QHash>

namespace Kohtaamo {

// The invitations of one request, in the order they were made: who, when and how they were asked, their answer
// (pending, accepted, declined with the reason, no reply, withdrawn) and the reminders sent.
class InvitationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Worker, Sent, Channel, Answer, DeclineReason, Reminders, ColumnCount };

    explicit InvitationListModel(QObject *parent = nullptr);

    void setInvitations(const QVector<Invitation> &invitations, const QHash<qint64, QString> &workerNames);
    const QVector<Invitation> &invitations() const { return m_invitations; }
    const Invitation *invitationAt(int row) const;
    int rowOf(qint64 invitationId) const;
    QString workerName(qint64 workerId) const { return m_names.value(workerId); }
    int count(InvitationResponse response) const;
    int reserveCount() const; // accepted, kept in reserve

    static QString responseName(InvitationResponse response);
    static QString channelName(InvitationChannel channel);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Invitation> m_invitations;
    QHash<qint64, QString> m_names;
};

} // namespace Kohtaamo
