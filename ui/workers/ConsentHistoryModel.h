#pragma once

#include "domain/Consent.h"

#include <QAbstractTableModel>
#include <QDate>
#include <QHash>
#include <QVector>

namespace Kohtaamo {

// A worker's consents as a history, oldest first, with what the editor will do on save: consents to record (new)
// and stored consents to withdraw on a date. A stored consent is never changed here.
class ConsentHistoryModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Scope, Given, Expires, Withdrawn, RecordedBy, State, ColumnCount };

    struct Line
    {
        Consent consent;
        bool pendingNew = false; // recorded when the worker is saved
        QDate pendingWithdrawal; // withdrawn on this day when the worker is saved; invalid = not
    };

    explicit ConsentHistoryModel(QObject *parent = nullptr);

    void setConsents(const QVector<Consent> &stored, const QHash<qint64, QString> &coordinatorNames);
    const QVector<Line> &lines() const { return m_lines; }
    int addNew(const Consent &consent); // its row
    void withdraw(int row, const QDate &on);
    // The current (stored, not withdrawn, not replaced) consent of a scope; -1 if none.
    int currentOf(ConsentScope scope) const;
    bool hasPendingChanges() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QString stateText(const Line &line) const;

    QVector<Line> m_lines;
    QHash<qint64, QString> m_names;
};

} // namespace Kohtaamo
