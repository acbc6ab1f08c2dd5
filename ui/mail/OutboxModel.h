#pragma once

#include "mail/OutboxMessage.h"

#include <QAbstractTableModel>

namespace Kohtaamo {

// The messages of one request's outbox (or the whole office's): state, kind, recipient, subject, and the server's
// answer when sending failed.
class OutboxModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { State, Kind, Recipient, Subject, Answer, ColumnCount };

    explicit OutboxModel(QObject *parent = nullptr);

    void setMessages(const QVector<OutboxMessage> &messages);
    const QVector<OutboxMessage> &messages() const { return m_messages; }
    const OutboxMessage *messageAt(int row) const;
    int rowOf(qint64 id) const;
    int count(OutboxState state) const;

    static QString stateName(OutboxState state);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<OutboxMessage> m_messages;
};

} // namespace Kohtaamo
