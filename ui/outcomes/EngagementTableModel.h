#pragma once

#include "domain/Engagement.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QVector>

namespace Kohtaamo {

// The workers engaged in one request and what came of it, one row per engagement, editable in place
// (EngagementDelegate gives each column its editor). The model keeps the engagements as loaded, so that it can
// tell which rows the coordinator changed; nothing is written until the dialog saves.
//
// Values a view exchanges (Qt::EditRole): Attendance as int(Attendance), hours as double, fee and travel costs as
// euros (double; CentsRole gives integer cents), the debrief date as QDate, "debriefed by" as text. The yes/no
// columns are check boxes (Qt::CheckStateRole; EditRole takes a bool too).
// Ticking "debrief done" fills in today's date (from the Clock) when none is given; unticking it clears the date
// and the name. The debrief date and name are editable only while "debrief done" is ticked. Ticking "fee declined"
// marks the payment declined (unless it was paid, which the core then refuses); unticking restores it.
class EngagementTableModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        WorkerColumn,
        AttendanceColumn,
        HoursColumn,
        FeeColumn,
        FeeDeclinedColumn,
        TravelColumn,
        PreparationColumn,
        DebriefColumn,
        DebriefDateColumn,
        DebriefedByColumn,
        ColumnCount
    };
    enum Role {
        CentsRole = Qt::UserRole + 64, // qint64, fee and travel columns
        NeedsDebriefRole, // bool, any column: attended, but no debrief recorded yet
        ModifiedRole, // bool, any column: the row differs from what was loaded
    };

    explicit EngagementTableModel(QObject *parent = nullptr);

    // Replaces the rows; the given engagements become the "loaded" state. workerNames maps worker id to the name.
    void setEngagements(const QVector<Engagement> &engagements, const QHash<qint64, QString> &workerNames);
    // After a save: the stored versions become the loaded state of their rows (matched by id).
    void markSaved(const QVector<Engagement> &stored);

    const QVector<Engagement> &engagements() const { return m_rows; }
    const Engagement &engagement(int row) const { return m_rows.at(row); }
    QString workerName(int row) const;
    bool isModified(int row) const;
    QVector<Engagement> modifiedEngagements() const;
    int rowOf(qint64 engagementId) const;
    // The names of the workers who attended but have no debrief yet, in row order.
    QStringList missingDebriefs() const;
    QStringList missingAttendance() const; // still "planned"

    // The column a core validation error is about (Error::detail names an Engagement field).
    static Column columnForField(const QString &field);
    static QString columnTitle(Column column);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // The header titles follow the UI language.
    void retranslate();

signals:
    // Something the coordinator sees outside the table changed: a row's debrief or attendance, or its modified state.
    void rowsChangedByUser();

private:
    static bool isCheckColumn(int column);
    static bool checkValue(const Engagement &e, int column);
    static bool needsDebrief(const Engagement &e);
    QVariant displayValue(int row, int column) const;
    QVariant editValue(int row, int column) const;
    QString accessibleText(int row, int column) const;
    bool apply(int row, Engagement &e, int column, const QVariant &value, int role) const;
    void emitRowChanged(int row);

    QVector<Engagement> m_rows;
    QVector<Engagement> m_loaded;
    QHash<qint64, QString> m_names;
};

} // namespace Kohtaamo
