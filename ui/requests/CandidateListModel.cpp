#include "CandidateListModel.h"

#include "common/ItemRoles.h"

#include <QLocale>

namespace Kohtaamo {

CandidateListModel::CandidateListModel(QObject *parent) : QAbstractTableModel(parent) { }

void CandidateListModel::setCandidates(const QVector<Candidate> &candidates)
{
    beginResetModel();
    m_candidates = candidates;
    m_chips.clear();
    m_maxScore = 1;
    QSet<qint64> stillThere;
    for (const Candidate &c : m_candidates) {
        m_chips.append(chipsFor(c));
        m_maxScore = qMax(m_maxScore, c.score);
        if (m_checked.contains(c.workerId))
            stillThere.insert(c.workerId);
    }
    m_checked = stillThere;
    endResetModel();
    emit checkedChanged();
}

const Candidate *CandidateListModel::candidateAt(int row) const
{
    return row >= 0 && row < m_candidates.size() ? &m_candidates.at(row) : nullptr;
}

QVector<qint64> CandidateListModel::checkedWorkers() const
{
    QVector<qint64> ids;
    for (const Candidate &c : m_candidates) {
        if (m_checked.contains(c.workerId))
            ids.append(c.workerId);
    }
    return ids;
}

void CandidateListModel::setChecked(const QSet<qint64> &workerIds)
{
    m_checked = workerIds;
    if (!m_candidates.isEmpty())
        emit dataChanged(index(0, Invite), index(rowCount() - 1, Invite), { Qt::CheckStateRole });
    emit checkedChanged();
}

ChipList CandidateListModel::chipsFor(const Candidate &candidate)
{
    ChipList chips;
    for (const ScorePart &part : candidate.parts) {
        const bool protective = part.kind == ScorePartKind::Rotation || part.kind == ScorePartKind::Wellbeing
            || part.kind == ScorePartKind::FeeCeiling;
        Chip::Tone tone = Chip::Tone::Neutral;
        if (part.points > 0)
            tone = Chip::Tone::Good;
        else if (part.points < 0 || protective)
            tone = Chip::Tone::Caution;
        // The experience part says one reason per request topic (Candidate::matches, in the same order): each topic
        // speaks for the candidate only when it earned points; "Rainbow families — no experience" is information, not
        // a reason for, even when other topics give the part its points.
        const bool perTopic = part.kind == ScorePartKind::Experience && part.reasons.size() == candidate.matches.size();
        for (int i = 0; i < part.reasons.size(); ++i) {
            Chip::Tone reasonTone = tone;
            if (perTopic && reasonTone == Chip::Tone::Good && candidate.matches.at(i).points <= 0)
                reasonTone = Chip::Tone::Neutral;
            chips.append({ part.reasons.at(i), reasonTone });
        }
    }
    for (const CandidateNote &note : candidate.notes)
        chips.append({ note.text, Chip::Tone::Caution });
    return chips;
}

QString CandidateListModel::partsText(const Candidate &candidate)
{
    QStringList parts;
    for (const ScorePart &part : candidate.parts)
        parts.append(tr("%1 %2").arg(ScorePart::title(part.kind), QLocale().toString(part.points)));
    return parts.join(QStringLiteral(" · "));
}

int CandidateListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_candidates.size());
}

int CandidateListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant CandidateListModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Candidate &c = m_candidates.at(index.row());
    if (role == ItemRoles::IdRole)
        return c.workerId;
    switch (index.column()) {
    case Invite:
        if (role == Qt::CheckStateRole)
            return m_checked.contains(c.workerId) ? Qt::Checked : Qt::Unchecked;
        if (role == Qt::AccessibleTextRole || role == Qt::ToolTipRole)
            return tr("Invite %1").arg(c.displayName);
        break;
    case Position:
        if (role == Qt::DisplayRole)
            return QLocale().toString(c.position);
        if (role == Qt::TextAlignmentRole)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        break;
    case Worker:
        if (role == Qt::DisplayRole)
            return c.displayName;
        break;
    case Score:
        if (role == Qt::DisplayRole)
            return QLocale().toString(c.score);
        if (role == ItemRoles::FractionRole)
            return c.score <= 0 ? 0.0 : double(c.score) / double(m_maxScore);
        if (role == Qt::ToolTipRole || role == Qt::AccessibleTextRole)
            return tr("Score %1 of the best %2: %3")
                .arg(QLocale().toString(c.score), QLocale().toString(m_maxScore), partsText(c));
        break;
    case Reasons: {
        const ChipList &chips = m_chips.at(index.row());
        if (role == ItemRoles::ChipsRole)
            return QVariant::fromValue(chips);
        if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
            return chipsAsText(chips);
        if (role == Qt::ToolTipRole)
            return chipsAsText(chips).replace(QStringLiteral("; "), QStringLiteral("\n"));
        break;
    }
    default:
        break;
    }
    return {};
}

bool CandidateListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid)
        || index.column() != Invite || role != Qt::CheckStateRole)
        return false;
    const qint64 id = m_candidates.at(index.row()).workerId;
    const bool checked = value.toInt() == Qt::Checked;
    if (checked == m_checked.contains(id))
        return true;
    if (checked)
        m_checked.insert(id);
    else
        m_checked.remove(id);
    emit dataChanged(index, index, { Qt::CheckStateRole });
    emit checkedChanged();
    return true;
}

Qt::ItemFlags CandidateListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (index.column() == Invite)
        f |= Qt::ItemIsUserCheckable;
    return f;
}

QVariant CandidateListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Invite:
        return tr("Invite");
    case Position:
        return tr("#");
    case Worker:
        return tr("Experience worker");
    case Score:
        return tr("Score");
    case Reasons:
        return tr("Why");
    default:
        return {};
    }
}

} // namespace Kohtaamo
