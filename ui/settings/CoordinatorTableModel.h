#pragma once

#include "domain/Coordinator.h"
#include "domain/Organisation.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace Kohtaamo {

// The coordinators as a table: name, login, e-mail, organisation, role and whether the account is active. The
// acting coordinator's row says "(you)" and is bold; inactive accounts are in italics. ItemRoles::IdRole gives the
// coordinator's id.
class CoordinatorTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { NameColumn, LoginColumn, EmailColumn, OrganisationColumn, RoleColumn, StateColumn, ColumnCount };

    explicit CoordinatorTableModel(QObject *parent = nullptr);

    // `organisations` name the coordinators' organisations; `actingId` is the coordinator at this computer.
    void setCoordinators(const QVector<Coordinator> &coordinators, const QVector<Organisation> &organisations,
                         qint64 actingId);
    const QVector<Coordinator> &coordinators() const { return m_coordinators; }
    qint64 actingId() const { return m_actingId; }
    // -1 when not listed.
    int rowOf(qint64 id) const;
    const Coordinator *at(int row) const;
    QString organisationName(qint64 id) const;

    // The texts are the UI language's: call after a language change.
    void retranslate();

    // The role as the user reads it (Admin, Coordinator, Viewer), translated.
    static QString roleName(CoordinatorRole role);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QVector<Coordinator> m_coordinators;
    QHash<qint64, QString> m_organisationNames;
    qint64 m_actingId = 0;
};

} // namespace Kohtaamo
