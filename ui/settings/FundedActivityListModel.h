#pragma once

#include "domain/FundedActivity.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace Kohtaamo {

// The funded activities as a table: name, funder, the organisation whose requests take it by default (or the whole
// office), the years, and whether they are in use. ItemRoles::IdRole gives the activity's id; inactive ones are shown
// in italics.
class FundedActivityListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, FunderColumn, OrganisationColumn, YearsColumn, StateColumn, ColumnCount };

    explicit FundedActivityListModel(QObject *parent = nullptr);

    // `organisationNames` by id names the organisation column.
    void setActivities(const QVector<FundedActivity> &activities, const QHash<qint64, QString> &organisationNames);
    const QVector<FundedActivity> &activities() const { return m_activities; }
    // -1 when not listed.
    int rowOf(qint64 id) const;
    const FundedActivity *at(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString yearsText(const FundedActivity &activity); // "2024–2026", "from 2025", ""

private:
    QVector<FundedActivity> m_activities;
    QHash<qint64, QString> m_organisationNames;
};

} // namespace Kohtaamo
