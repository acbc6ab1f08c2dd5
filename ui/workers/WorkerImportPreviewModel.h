#pragma once

#include "workerimport/WorkerImportPreview.h"

#include <QAbstractTableModel>

namespace Kohtaamo {

// The import dialog's preview: one line per row of the register, with its row number, whether it is imported, the
// worker's name and what is wrong or doubtful about it.
class WorkerImportPreviewModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Row, State, Name, Message, ColumnCount };

    explicit WorkerImportPreviewModel(QObject *parent = nullptr);

    void setPreview(const WorkerImportPreview &preview);
    void clear();
    const WorkerImportPreview &preview() const { return m_preview; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString stateText(WorkerImportRow::State state);

private:
    WorkerImportPreview m_preview;
};

} // namespace Kohtaamo
