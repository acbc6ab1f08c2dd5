#pragma once

#include "domain/Organisation.h"

#include <QAbstractTableModel>
#include <QVector>

namespace Kohtaamo {

// The organisations as a table: name, short name, region, and whether they are in use. ItemRoles::IdRole gives the
// organisation's id; inactive ones are shown in italics.
class OrganisationListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, ShortNameColumn, RegionColumn, StateColumn, ColumnCount };

    explicit OrganisationListModel(QObject *parent = nullptr);

    void setOrganisations(const QVector<Organisation> &organisations);
    const QVector<Organisation> &organisations() const { return m_organisations; }
    // -1 when not listed.
    int rowOf(qint64 id) const;
    const Organisation *at(int row) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Organisation> m_organisations;
};

} // namespace Kohtaamo
