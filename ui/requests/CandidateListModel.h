#pragma once

#include "common/Chip.h"
#include "matching/Candidate.h"

#include <QAbstractTableModel>
#include <QSet>

namespace Kohtaamo {

// The ranked candidates of one request: a check box to pick whom to invite, the place, the name, the score (drawn as
// a bar by ScoreBarDelegate) and the reasons (drawn as chips by ChipsDelegate). Rows stay in ranking order; the
// model is not sorted, because the order is the ranking.
class CandidateListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column { Invite, Position, Worker, Score, Reasons, ColumnCount };

    explicit CandidateListModel(QObject *parent = nullptr);

    void setCandidates(const QVector<Candidate> &candidates);
    const QVector<Candidate> &candidates() const { return m_candidates; }
    const Candidate *candidateAt(int row) const;

    QVector<qint64> checkedWorkers() const; // in ranking order
    void setChecked(const QSet<qint64> &workerIds);
    void clearChecked() { setChecked({}); }

    // The chips for a candidate: what counts for them, what against, and what the coordinator should know.
    static ChipList chipsFor(const Candidate &candidate);
    // "Experience 40 · Willingness 10 · …": every part, for tooltips and screen readers.
    static QString partsText(const Candidate &candidate);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

signals:
    void checkedChanged();

private:
    QVector<Candidate> m_candidates;
    QVector<ChipList> m_chips;
    QSet<qint64> m_checked;
    int m_maxScore = 1;
};

} // namespace Kohtaamo
