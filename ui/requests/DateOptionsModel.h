#pragma once

#include "domain/Request.h"

#include <QAbstractListModel>
#include <QVector>

namespace Kohtaamo {

// The proposed times of a request as a list, one line each ("Tue 14.4.2026 13.00–15.00, chosen"). A time that
// breaks a rule (OfficeService::checkDateOption) carries a warning icon and the rule's message.
// At most one time is chosen: choosing one clears the others.
class DateOptionsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    explicit DateOptionsModel(QObject *parent = nullptr);

    void setOptions(const QVector<DateOption> &options);
    QVector<DateOption> options() const { return m_options; }
    DateOption option(int row) const { return m_options.value(row); }

    int add(const DateOption &option); // at the end; returns the row
    void remove(int row);
    void setOption(int row, const DateOption &option);
    void setChosen(int row, bool chosen);
    // The first time that breaks a rule, or -1.
    int firstInvalidRow() const;

    static QString describe(const DateOption &option);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    void changedRow(int row);

    QVector<DateOption> m_options;
};

} // namespace Kohtaamo
